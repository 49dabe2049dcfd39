"""Detection and typing misses from an unseen lead set (round 25b).

A measure made public ("announced a transition") is an announcement, but an announced
curfew is the curfew; rejecting an announcement or a result is a denial; parties that
accept a plan together reach a pact; police clearing a square crack down; an occupation
by students stays a protest when others' strike is joined to it; the one who ends a
siege is not its doer, and "the siege" after an assault told is that assault again.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_a_minister_announcing_a_transition_makes_an_announcement(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "The interior minister announced a three-month national unity transition."
    )
    assert ("announced", "statement", "announcement") in found


def test_an_announced_curfew_is_the_curfew_not_an_announcement(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The provincial governor announced a curfew in Jos on Monday.")
    assert not any(kind == "statement" for _, kind, _ in found)


def test_a_reporting_frame_announces_nothing_of_its_own(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "The king abdicated on Monday in favour of his son, the palace announced."
    )
    assert not any(kind == "statement" for _, kind, _ in found)


def test_a_figure_announced_is_no_announcement(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The movement announced the number of 900 killed.")
    assert ("announced", "statement", "announcement") not in found


def test_rejecting_the_results_is_a_denial(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The opposition coalition rejected the official results.")
    assert ("rejected", "statement", "denial") in found


def test_two_parties_accepting_a_plan_make_a_pact(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "In 1921 the Labour Party and the Farmers' Union accepted the plan to merge the boards.",
    )
    assert ("accepted", "agreement", "pact") in found


def test_one_side_accepting_an_offer_makes_no_pact(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The garrison accepted an offer of safe conduct in May 1645.")
    assert ("accepted", "agreement", "pact") not in found


def test_police_clearing_an_occupied_square_crack_down(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Riot police cleared Syntagma Square on 29 June.")
    assert ("cleared", "repression", "crackdown") in found


def test_an_occupation_joined_to_others_strike_stays_a_protest(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "In March 1970 workers occupied the shipyard in Gdansk, and within a week dockers "
        "along the coast had joined a strike that shut every port.",
    )
    assert ("occupied", "protest", "demonstration") in found


def test_those_ending_a_siege_fight_apart_from_the_siege(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Special forces killed the last of the hijackers holed up in the airport terminal on "
        "Sunday, ending a two-day siege in which 40 people died.",
    )
    assert {trigger for trigger, _, _ in found} == {"killed", "siege"}


def test_the_siege_after_a_told_assault_is_that_assault(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Gunmen stormed a hotel in Bamako on 20 November. Troops ended the siege after nine "
        "hours, killing both attackers.",
    )
    assert not any(trigger == "siege" for trigger, _, _ in found)
