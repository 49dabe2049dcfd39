"""A year after a preposition of time that opens a sentence ("In 1905 sailors
mutinied") dates what follows; it counts no one."""

from __future__ import annotations

from event_runs import record_of
from historiograph.pipeline import Pipeline


def test_the_year_before_the_doers_is_no_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "In 1905 sailors mutinied aboard the cruiser, killing three officers."
    )
    assert [c.value for c in record.claims if c.property == "fatalities"] == [3]
    assert not [c for c in record.claims if c.value == 1905]


def test_a_count_after_the_verb_is_still_a_count(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "By 1920 the rebels had killed 1200 settlers in the valley.")
    assert 1200 in [c.value for c in record.claims if c.property == "fatalities"]
