"""The events evaluation, and quality floors on the gold sets (raise them, never lower them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from historiograph.cli import cli
from historiograph.evaluate.events import GoldEvent, load_gold, score_record
from historiograph.record import Document, Entity, Event, Mention, Record, Trigger, document_id

GOLD = Path(__file__).parent / "gold"
TEXT = "Rebels bombed the ministry in Basra on May 2, 1990. Later, police arrested dozens."


def record_with(events: list[Event]) -> Record:
    return Record(
        document=Document(id=document_id(TEXT), text=TEXT),
        entities=[Entity(id="ent:rebels", kind="group", name="Rebels", aliases=["Rebels"])],
        mentions=[Mention(id="m1", span=(0, 6), text="Rebels", entity="ent:rebels")],
        events=events,
    )


def gold_event(**fields: object) -> GoldEvent:
    base: dict[str, object] = dict(
        spans=[(0, 51)],
        trigger="bombed",
        type="attack",
        subtype="bombing",
        when=None,
        where=None,
        agent=[],
        target=[],
        fatalities=None,
    )
    base.update(fields)
    return GoldEvent(**base)  # type: ignore[arg-type]


def test_a_match_needs_the_trigger_inside_the_evidence_and_the_same_type() -> None:
    bombing = Event(
        id="e1",
        span=(0, 51),
        trigger=Trigger(span=(7, 13), text="bombed"),
        type="attack",
        subtype="bombing",
        actors=[{"entity": "ent:rebels", "role": "agent"}],
    )  # type: ignore[list-item]
    arrest = Event(
        id="e2",
        span=(52, 82),
        trigger=Trigger(span=(66, 74), text="arrested"),
        type="repression",
        subtype="arrest",
    )
    scores = score_record(record_with([bombing, arrest]), [gold_event(agent=["rebels|insurgents"])])
    metrics = scores.metrics()
    assert (metrics["gold"], metrics["system"], metrics["matched"]) == (1, 2, 1)
    assert metrics["precision"] == 0.5 and metrics["recall"] == 1.0
    assert metrics["agent_accuracy"] == 1.0

    wrong_type = bombing.model_copy(update={"type": "battle"})
    assert score_record(record_with([wrong_type]), [gold_event()]).matched == 0


def test_a_gold_place_with_coordinates_is_scored_within_50_km() -> None:
    def bombing_at(lat: float, lon: float) -> Event:
        return Event(
            id="e1",
            span=(0, 51),
            trigger=Trigger(span=(7, 13), text="bombed"),
            type="attack",
            subtype="bombing",
            where={"entity": "ent:somewhere", "name": "Basrah", "lat": lat, "lon": lon},
        )  # type: ignore[arg-type]

    gold = gold_event(where="Basra|basra", where_point=(30.51, 47.81))
    near = score_record(record_with([bombing_at(30.60, 47.70)]), [gold]).metrics()
    far = score_record(record_with([bombing_at(33.34, 44.40)]), [gold]).metrics()  # Baghdad
    assert (near["place_accuracy"], far["place_accuracy"]) == (1.0, 0.0)


def test_gold_evidence_that_is_not_in_the_text_is_an_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "document": {"text": TEXT},
                "events": [
                    {
                        "evidence": "a sentence that is not there",
                        "trigger": "there",
                        "type": "other",
                    }
                ],
            }
        )
    )
    with pytest.raises(Exception, match="not in the document text"):
        load_gold(gold)


@pytest.mark.model
def test_demo_gold_floor() -> None:
    result = CliRunner().invoke(cli, ["eval", "events", str(GOLD / "demo-events.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)["overall"]
    assert overall["f1"] >= 0.85
    assert overall["date_overlap_accuracy"] >= 0.9
    assert overall["agent_accuracy"] >= 0.9
    assert overall["fatalities_accuracy"] >= 0.9  # each toll on the raid it counts


@pytest.mark.model
def test_flagship_gold_floor(shared_dir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "eval",
            "events",
            str(GOLD / "flagship-events.jsonl"),
            "--shared",
            str(shared_dir),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    overall = json.loads(result.stdout)["overall"]
    assert overall["f1"] >= 0.85
    assert overall["subtype_accuracy"] >= 0.9
    assert overall["place_accuracy"] >= 0.8
    # the contested tolls (72; 6,000 vs 7,000; 2,500 vs 1,300; 100 to 200 thousand)
    assert overall["fatalities_accuracy"] >= 0.9


@pytest.mark.model
def test_coded_acled_rows_floor(shared_dir: Path) -> None:
    acled = shared_dir / "data" / "events" / "acled-2020" / "acled_2020_dev.csv"
    if not acled.is_file():
        pytest.skip(f"ACLED development data not found at {acled}")
    result = CliRunner().invoke(
        cli, ["eval", "coded", str(acled), "--dataset", "acled", "--limit", "60", "--json"]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["rows"] == 60
    assert metrics["event_found"] >= 0.6
    assert metrics["date_accuracy"] >= 0.9
    assert metrics["event_type_accuracy"] >= 0.6
