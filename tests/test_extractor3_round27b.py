"""Where each act happened, and one toll per act (round 27b).

A vehicle's route ("an airliner bound from Paris to Lagos") is not where something befell
it, and "this town" in a wire story is the dateline's town. A relative clause on someone's
past ("who had spent three years in the United States") holds no place of the act. People
moved in the sentence before ("was flown to Kamina") are where an act that befalls them
("He was shot that night") happened. An exile told with no place of its own takes none
from an act before it, and a move's end places no act of other people. A running total
("the toll rose to 15 after three more died") already counts the later dead.
"""

from __future__ import annotations

from event_runs import event_of, record_of, toll_of
from historiograph.pipeline import Pipeline


def place_name(pipeline: Pipeline, text: str, trigger: str, published: str) -> str | None:
    event = event_of(record_of(pipeline, text, published), trigger)
    return event.where.name if event.where is not None else None


def test_this_town_is_the_dateline_town_not_the_route(pipeline: Pipeline) -> None:
    text = (
        "LOCKERBIE, Scotland — Flight 771, an airliner bound from Paris to Lagos, exploded "
        "over this town on Monday, killing all 250 people on board."
    )
    assert place_name(pipeline, text, "exploded", "1988-12-22") == "Lockerbie"


def test_a_route_told_of_a_bus_is_not_where_the_passengers_were_killed(
    pipeline: Pipeline,
) -> None:
    text = (
        "KARACHI, Pakistan — A bus bound from Quetta to Lahore was ambushed near this city "
        "on Friday, and gunmen killed nine passengers."
    )
    assert place_name(pipeline, text, "killed", "2001-05-12") == "Karachi"


def test_where_a_bus_was_going_is_not_where_it_was_ambushed(pipeline: Pipeline) -> None:
    text = "A bus travelling to Lahore was ambushed on Friday and gunmen killed nine passengers."
    assert place_name(pipeline, text, "ambushed", "2001-05-12") != "Lahore"


def test_a_victims_past_is_not_the_place_of_the_shooting(pipeline: Pipeline) -> None:
    text = (
        "MANILA, Philippines — The opposition leader, who had spent three years in the "
        "United States, was shot dead on the tarmac on Sunday."
    )
    assert place_name(pipeline, text, "shot", "1983-08-22") == "Manila"


def test_a_clause_on_what_the_victim_was_doing_still_places_the_act(
    pipeline: Pipeline,
) -> None:
    text = "Gunmen shot a policeman who was guarding a checkpoint in Kabul."
    assert place_name(pipeline, text, "shot", "2010-01-01") == "Kabul"


def test_the_man_flown_to_a_town_was_shot_there(pipeline: Pipeline) -> None:
    text = (
        "The premier was arrested in Congo in December. In January the deposed premier was "
        "flown to Kamina and handed over to the rebels. He was shot that night."
    )
    assert place_name(pipeline, text, "shot", "1961-02-01") == "Kamina"


def test_an_exile_takes_no_place_from_the_act_before(pipeline: Pipeline) -> None:
    text = "Farouk ruled Egypt until the army deposed him in 1952. His exile began in 1953."
    assert place_name(pipeline, text, "exile", "1960-01-01") is None


def test_an_exile_told_again_keeps_the_place_it_ended(pipeline: Pipeline) -> None:
    text = "Nasser's rival fled to Egypt in 1950. His exile began in 1953."
    assert place_name(pipeline, text, "exile", "1960-01-01") == "Egypt"


def test_a_flight_abroad_places_no_swearing_in_of_another_man(pipeline: Pipeline) -> None:
    text = (
        "Aristide fled to Caracas on Tuesday. Khondaker was sworn in as president the same morning."
    )
    assert place_name(pipeline, text, "sworn in", "1991-10-03") != "Caracas"


def test_a_running_total_counts_the_later_dead(pipeline: Pipeline) -> None:
    text = (
        "Gunmen killed 12 villagers on Monday. The toll rose to 15 after three more died "
        "of their wounds."
    )
    killing = event_of(record_of(pipeline, text, "2010-03-10"), "killed")
    assert toll_of(killing) == (15, 15)
