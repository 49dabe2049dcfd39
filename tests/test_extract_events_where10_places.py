"""Where an event happened on unseen kinds of text (issue #6, tenth round): a court's
city, not its charge's; the dateline, not a country a vote is about; sides that are no
places; a conjoined verb's own "at" phrase; and the town a named building stands in."""

from __future__ import annotations

import pytest

from event_runs import record_of
from historiograph.pipeline import Pipeline
from historiograph.record import Record


def place_of(record: Record, trigger: str) -> str | None:
    event = next(e for e in record.events if e.trigger.text.lower().startswith(trigger))
    return event.where.name if event.where else None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "THE HAGUE (Reuters) - The International Criminal Court on Monday convicted the "
            "militia leader Germain Katanga of crimes committed in Ituri.",
            "convicted",
        ),
        (
            "THE HAGUE, July 8, 2019 — The International Criminal Court on Monday convicted "
            "the rebel commander Bosco Ntaganda of war crimes, including the murder of "
            "villagers in Ituri province.",
            "convicted",
        ),
        (
            "THE HAGUE (AP) - Judges found the rebel commander Dominic Ongwen guilty of "
            "crimes committed in northern Uganda.",
            "found",
        ),
    ],
)
def test_a_court_sits_where_the_story_is_filed_not_where_the_crimes_were(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    assert place_of(record_of(pipeline, text), trigger) == "The Hague"


def test_a_vote_is_where_the_council_sits_not_in_what_it_demands(pipeline: Pipeline) -> None:
    text = (
        "NEW YORK (Reuters) - The Security Council voted on Friday to demand that Iraq "
        "withdraw its forces from Kuwait."
    )
    assert place_of(record_of(pipeline, text), "voted") == "New York City"


def test_a_country_that_is_a_subject_is_a_side_not_a_place(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Peru, bound to Bolivia by a secret treaty of 1873, entered the war."
    )
    assert place_of(record, "treaty") != "Peru"


def test_a_conjoined_verb_keeps_its_own_place(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Chilean troops landed at Pisagua in November 1879 and entered Lima in 1881."
    )
    assert place_of(record, "landed") == "Pisagua"
    assert place_of(record, "entered") == "Lima"


def test_a_building_with_no_point_of_its_own_is_mapped_to_its_town(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "In October 1984 a bomb tore through the Grand Hotel in Brighton, killing five."
    )
    assert place_of(record, "bomb") == "Brighton"


def test_a_thing_struck_that_is_described_is_still_where(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Israeli aircraft struck what the military described as a depot in Rafah on Sunday.",
    )
    assert place_of(record, "struck") is not None
