"""One event per act (round 26b).

Weapons borne by the doers ("gunmen with mortars on the ridge shelled the camp") are how
the doers acted, not a second act; storming a building to take hostages is the way into
the hostage-taking. A count of the dead a speaker gives after an act was told is that
act's figure, not an event of its own. A note in headline grammar ("Farmer killed in
Selea.") tells a death. A killing told in custody on a later day is an act of its own,
not the capture's toll. A relative clause the parser hung on a town inside an attack's
phrase tells the attack's toll. People killed in a sack are no second place taken.
"""

from __future__ import annotations

from event_runs import record_of, toll_of
from historiograph.pipeline import Pipeline


def labels(pipeline: Pipeline, text: str, published: str = "2024-01-10") -> list[str]:
    """The type/subtype of each event the whole pipeline finds in ``text``."""
    return [f"{e.type}/{e.subtype}" for e in record_of(pipeline, text, published).events]


def test_weapons_with_the_doers_are_not_a_second_shelling(pipeline: Pipeline) -> None:
    text = (
        "Rebel gunners with mortars on the hills above Tessalit shelled the army base "
        "on 4 February 2013, killing five soldiers."
    )
    assert labels(pipeline, text) == ["battle/shelling"]


def test_storming_a_building_to_take_hostages_is_one_hostage_taking(
    pipeline: Pipeline,
) -> None:
    text = "Gunmen stormed the town hall in Bouake on 12 June 2002 and took 25 councillors hostage."
    assert labels(pipeline, text) == ["attack/hostage_taking"]


def test_a_count_a_ministry_gives_after_a_shooting_is_no_event_of_its_own(
    pipeline: Pipeline,
) -> None:
    text = (
        "Troops opened fire on a crowd of protesters in Nalut on 2 March 2015. The "
        "government said 52 people had died, most of them militants; the union put the "
        "toll at more than 300."
    )
    record = record_of(pipeline, text, "2015-03-03")
    assert [e.trigger.text for e in record.events] == ["opened fire"]


def test_a_headline_note_of_a_death_is_an_event(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Shepherd killed in Kutum.", "2016-05-02")
    assert [e.trigger.text for e in record.events] == ["killed"]


def test_a_killing_in_custody_days_after_the_capture_is_its_own_act(
    pipeline: Pipeline,
) -> None:
    text = (
        "Militiamen captured the mayor Paul Okello in Gulu on 3 March 1999. Okello was "
        "killed in their custody two days later."
    )
    record = record_of(pipeline, text, "1999-03-10")
    killing = next(e for e in record.events if e.trigger.text == "killed")
    assert str(killing.when.earliest) == "1999-03-05"
    assert toll_of(killing) == (1, 1)


def test_a_clause_on_the_town_in_an_attacks_phrase_is_its_toll(pipeline: Pipeline) -> None:
    text = (
        "Gunmen raided a market near Kutum on Monday. A bomb attack on a bus in the town "
        "that killed four pupils followed a day later."
    )
    record = record_of(pipeline, text, "2024-01-10")
    assert [e.trigger.text for e in record.events] == ["bomb attack"]
    assert toll_of(record.events[0]) == (4, 4)


def test_people_killed_in_a_sack_are_no_second_place_taken(pipeline: Pipeline) -> None:
    text = (
        "In 1527 the imperial army sacked Rome, killing thousands of its people. "
        "A year later the French besieged Naples."
    )
    assert labels(pipeline, text).count("battle/territory_seized") == 1
