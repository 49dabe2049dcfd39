"""Event assembly, and where events are anchored (round 23).

Property burned in the passive is an act though no doer is named ("its church was
burned"); a letter burned is none. People taken "from" their own place (an office, a
classroom) are taken away, not a town seized. A new party founded by a body of members
is a founding. An act done at or after a meeting ("at its congress, held in ...", "after
talks at a hotel in ...") happened where the meeting was. A site the story stood at does
not hold an act told a year later: that act is placed in the site's town.
"""

from __future__ import annotations

from event_runs import event_of, readings, record_of
from historiograph.pipeline import Pipeline


def place_of(pipeline: Pipeline, text: str, trigger: str) -> str | None:
    """The name of the place of the first event of ``text`` whose trigger starts with
    ``trigger``."""
    event = event_of(record_of(pipeline, text), trigger)
    return event.where.name if event.where is not None else None


def test_a_church_burned_with_no_doer_named_is_an_attack(pipeline: Pipeline) -> None:
    text = "In the reprisals of 1877 the church of Orlovo was burned."
    assert ("burned", "attack", "facility_attack") in readings(pipeline, text)


def test_farms_burned_in_a_reprisal_are_an_attack(pipeline: Pipeline) -> None:
    text = "During the reprisals of 1901 the settlers' farms were burned."
    assert ("burned", "attack", "facility_attack") in readings(pipeline, text)


def test_letters_burned_are_no_attack(pipeline: Pipeline) -> None:
    text = "After her death in 1899 the old letters were burned."
    assert not any(trigger == "burned" for trigger, _, _ in readings(pipeline, text))


def test_a_barn_burned_by_lightning_is_no_attack(pipeline: Pipeline) -> None:
    text = "In the summer of 1911 the barn was burned by lightning."
    assert not any(trigger == "burned" for trigger, _, _ in readings(pipeline, text))


def test_a_man_taken_from_his_office_is_taken_away(pipeline: Pipeline) -> None:
    text = "In March 1976 soldiers took my uncle from his office, and we never saw him again."
    assert ("took", "repression", "arrest") in readings(pipeline, text)


def test_the_wounded_taken_from_the_field_are_no_arrest(pipeline: Pipeline) -> None:
    text = "After the battle, medics took the wounded from the field."
    assert not any(trigger == "took" for trigger, _, _ in readings(pipeline, text))


def test_a_majority_that_founds_a_new_party_founds_one(pipeline: Pipeline) -> None:
    text = (
        "The factions quarrelled at the congress in Lyon in 1920. "
        "The majority then founded a new party."
    )
    assert ("founded", "organization", "founding") in readings(pipeline, text)


def test_a_split_at_a_congress_is_placed_where_the_congress_was_held(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Social Democratic Party of Austria split at its fifth congress, "
        "held in Vienna and Graz in 1921."
    )
    assert place_of(pipeline, text, "split") == "Vienna"


def test_a_treaty_signed_after_talks_at_a_hotel_is_placed_in_its_town(
    pipeline: Pipeline,
) -> None:
    text = (
        "On 3 March, after two weeks of negotiations at a hotel in Lausanne, Switzerland, "
        "the delegations signed a peace agreement."
    )
    assert place_of(pipeline, text, "peace") == "Lausanne"


def test_an_act_a_year_after_one_at_a_square_is_placed_in_the_town(
    pipeline: Pipeline,
) -> None:
    text = (
        "A bomb was thrown at police in Union Square in Chicago in May 1886. "
        "The next year four of the accused men were hanged."
    )
    assert place_of(pipeline, text, "hanged") == "Chicago"


def test_an_act_the_next_day_stays_at_the_square(pipeline: Pipeline) -> None:
    text = (
        "Protesters gathered in Tahrir Square in Cairo on Monday. "
        "On Tuesday police fired tear gas at them."
    )
    assert place_of(pipeline, text, "fired") == "Tahrir Square"


def test_a_tower_stormed_there_is_in_the_town_named_before(pipeline: Pipeline) -> None:
    text = (
        "Rebels seized the airport at Goma in 1996. "
        "The next day paratroopers stormed the control tower there."
    )
    assert place_of(pipeline, text, "stormed") == "Goma"


def test_homes_burned_beside_a_deportation_are_its_crackdown(pipeline: Pipeline) -> None:
    text = (
        "In 1864 the army began removing the Navajo from their lands. Over the next months "
        "some 8,000 people were deported to Bosque Redondo, and their homes were burned."
    )
    assert ("burned", "repression", "crackdown") in readings(pipeline, text)
