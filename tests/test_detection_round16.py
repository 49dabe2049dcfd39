"""Event detection on constructions fresh gold (detect14) and the lead's unseen sets
missed (issue #6).

People held or kept somewhere by those who took them are confined ("the gendarmes kept
the strike leaders in a cellar"), while a garrison that "held off" its besiegers or
delegations that "held talks" confine nobody. "Came for my brother" tells an arrest in
a memoir's words. People crushed or trampled to death in a crowd died in an event of
their own, which no side's violence need have caused. A court that condemns people to
death sentences them; a judicial inquiry is a case opened. People herded into camps are
confined. What armed men destroy is not an armed side beaten: "partisans destroyed a
bridge" is no battle, "the rearguard was destroyed" is one. Those a relative clause
describes ("men who were questioned and shot") are who suffered its verbs. A campaign of
killings the state wages is a massacre; a march troops fire on or break up is still a
march, not a riot. Who heads a body named ("the director of the port authority") can be
sacked from office; a town sacked is taken.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_people_kept_in_a_cellar_are_confined(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "In 1932 the gendarmes kept the strike leaders in a barracks cellar for a fortnight.",
    )
    assert ("kept", "repression", "forced_confinement") in found


def test_soldiers_holding_students_in_a_gymnasium_confine_them(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "After the raid, soldiers held forty students in the school gymnasium."
    )
    assert ("held", "repression", "forced_confinement") in found


def test_holding_off_besiegers_or_holding_talks_confines_nobody(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "The small garrison held off the besiegers for six weeks. The two delegations held "
        "talks in Vienna.",
    )
    assert not any(kind == "repression" for _, kind, _ in found)


def test_a_kept_promise_is_no_confinement(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The new cabinet kept its promise to cut fuel prices.") == []


def test_the_police_coming_for_a_relative_is_an_arrest(pipeline: Pipeline) -> None:
    found = readings(pipeline, "One evening in 1949 the security police came for my brother.")
    assert found == [("came for", "repression", "arrest")]


def test_spectators_crushed_to_death_in_a_crowd_is_an_event(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Nine spectators were crushed to death when fans surged toward the exits of the "
        "arena in Lima.",
    )
    assert [trigger for trigger, _, _ in found] == ["crushed to death"]


def test_pilgrims_trampled_to_death_is_an_event(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Fourteen pilgrims were trampled to death near the shrine gate.")
    assert [trigger for trigger, _, _ in found] == ["trampled to death"]


def test_condemning_rebels_to_death_is_a_sentence(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "In 1746 the special commission condemned the captured officers to death."
    )
    assert [(kind, subtype) for _, kind, subtype in found] == [("legal", "sentence")]


def test_a_judicial_inquiry_ordered_is_a_case_opened(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "The prime minister ordered a judicial inquiry into the deaths at the mine."
    )
    assert found == [("inquiry", "legal", "trial")]


def test_villagers_herded_into_camps_are_confined(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "In 1901 the villagers of the valley were herded into camps by the troops."
    )
    assert [(kind, subtype) for _, kind, subtype in found] == [("repression", "forced_confinement")]


def test_armed_men_destroying_a_bridge_beat_no_armed_side(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Partisans destroyed a railway bridge near the town in 1943.")
    assert not any(kind == "battle" for _, kind, _ in found)


def test_a_rearguard_destroyed_is_a_side_beaten(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The royalist rearguard was destroyed at the ford in 1644.")
    assert found == [("destroyed", "battle", "clash")]


def test_men_a_relative_clause_describes_were_shot(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Witnesses described dozens of men who were questioned and shot in a quarry outside "
        "Tal Afar.",
    )
    assert found == [("shot", "attack", "armed_assault")]


def test_a_campaign_of_killings_the_state_wages_is_a_massacre(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "In 1983 the junta waged a campaign of killings against suspected leftists."
    )
    assert found == [("campaign of killings", "repression", "massacre")]


def test_a_campaign_of_killings_by_rebels_is_an_attack(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Rebel militias carried out a campaign of killings in the province in 1998."
    )
    assert [(kind, subtype) for _, kind, subtype in found] == [("attack", "armed_assault")]


def test_a_march_troops_fire_on_is_no_riot(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Troops opened fire on a march of striking dockers in the port, killing four."
    )
    assert ("march", "protest", "demonstration") in found


def test_a_march_guardsmen_break_up_is_still_a_march(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "National Guard soldiers broke up a march of pensioners in the capital on Friday.",
    )
    assert ("march", "protest", "demonstration") in found


def test_sacking_the_director_of_a_body_is_a_change_of_leader(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The governor sacked the director of the port authority on Monday.")
    assert found == [("sacked", "organization", "leadership")]


def test_sacking_a_town_is_taking_it(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The Normans sacked the town in 1084.")
    assert found == [("sacked", "battle", "territory_seized")]
