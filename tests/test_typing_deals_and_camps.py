"""A reconciliation or truce deal signed by rival sides is an agreement (a business deal is
not), and people sent to camps or prisons are confined (troops or aid sent there are not)."""

from __future__ import annotations

from event_runs import record_of
from historiograph.pipeline import Pipeline


def _readings(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.subtype) for e in record_of(pipeline, text).events]


def test_a_reconciliation_deal_is_a_pact(pipeline: Pipeline) -> None:
    readings = _readings(
        pipeline, "The two rival parties signed a reconciliation deal in Addis Ababa in 2019."
    )
    assert ("agreement", "pact") in readings


def test_a_business_deal_is_no_agreement_event(pipeline: Pipeline) -> None:
    assert _readings(pipeline, "The two carmakers signed a supply deal in Tokyo in 2019.") == []


def test_people_sent_to_camps_are_confined(pipeline: Pipeline) -> None:
    readings = _readings(pipeline, "Hundreds of students were sent to prison camps in 1959.")
    assert readings == [("repression", "forced_confinement")]


def test_troops_and_aid_sent_to_a_camp_are_not(pipeline: Pipeline) -> None:
    for text in (
        "The army sent troops to the camp near the border.",
        "The agency sent food to the refugee camps in the east.",
    ):
        assert _readings(pipeline, text) == [], text


def test_thousands_of_monks_sent_to_camps_are_confined(pipeline: Pipeline) -> None:
    """A count of people ("thousands of monks") stands for the people it counts."""
    readings = _readings(pipeline, "Thousands of monks were sent to labour camps in 1959.")
    assert readings == [("repression", "forced_confinement")]
