"""Gold events are read in the quote format and in the record format alike."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from historiograph.errors import MalformedInputError
from historiograph.evaluate.event_gold import load_gold
from historiograph.record import document_id

TEXT = (
    "Gunmen of the Northern Front attacked a police post in Gao on 3 May 2019, "
    "killing four officers. The army later retook the town."
)


def _record_gold(**event_changes: object) -> dict[str, object]:
    start = TEXT.index("Gunmen")
    end = TEXT.index(" The army")
    trigger = TEXT.index("attacked")
    event = {
        "id": "e1",
        "span": [start, end],
        "trigger": {"span": [trigger, trigger + 8], "text": "attacked"},
        "type": "attack",
        "subtype": "armed_assault",
        "when": {"earliest": "2019-05-03", "latest": "2019-05-03", "precision": "day"},
        "where": {"entity": "ent:gao", "name": "Gao", "lat": 16.27, "lon": -0.04, "precision": 1},
        "actors": [
            {"entity": "ent:nf", "role": "agent"},
            {"entity": "ent:police", "role": "target"},
            {"entity": "ent:officers", "role": "victim"},
        ],
        "fatalities": {"low": 4, "best": 4, "high": 4, "claims": []},
        "modality": "asserted",
    }
    event.update(event_changes)
    return {
        "schema": "historiograph.record/1",
        "document": {"id": document_id(TEXT), "text": TEXT, "published": "2019-05-04"},
        "entities": [
            {"id": "ent:nf", "kind": "organization", "name": "Northern Front", "aliases": ["NF"]},
            {"id": "ent:gao", "kind": "place", "name": "Gao", "aliases": []},
            {"id": "ent:police", "kind": "group", "name": "police post", "aliases": []},
        ],
        "events": [event],
    }


def _write(tmp_path: Path, rows: list[dict[str, object]], name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def test_a_record_format_event_becomes_gold_with_names_from_its_entities(tmp_path: Path) -> None:
    [gold] = load_gold(_write(tmp_path, [_record_gold()]))
    [event] = gold.events
    assert gold.document.published == dt.date(2019, 5, 4)
    assert event.trigger == "attacked"
    assert event.spans == [(0, TEXT.index(" The army"))]
    assert event.when == (dt.date(2019, 5, 3), dt.date(2019, 5, 3))
    assert event.where == "Gao|gao"
    assert event.where_point == (16.27, -0.04)
    # Actors are known by their names (KB ids differ between tools), the slug as a fallback.
    assert event.agent == ["Northern Front|NF|nf"]
    assert event.target == ["police post|police", "officers"]
    assert event.fatalities == (4, 4)


def test_a_more_than_toll_keeps_its_open_high_and_a_half_open_date_is_not_scored(
    tmp_path: Path,
) -> None:
    row = _record_gold(
        fatalities={"low": 4, "best": 4, "high": None},
        when={"earliest": "2019-05-03", "latest": None},
    )
    [gold] = load_gold(_write(tmp_path, [row], "gold.json"))
    assert gold.events[0].fatalities == (4, None)
    assert gold.events[0].when is None


def test_quote_and_record_formats_mix_in_one_file(tmp_path: Path) -> None:
    quoted = {
        "document": {"text": TEXT},
        "events": [{"evidence": "The army later retook the town", "type": "battle"}],
    }
    first, second = load_gold(_write(tmp_path, [_record_gold(), quoted]))
    assert first.events[0].type == "attack"
    assert second.events[0].spans == [(TEXT.index("The army"), len(TEXT) - 1)]


def test_a_record_gold_may_take_its_text_from_a_source_file(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    row = _record_gold()
    row["document"] = {"id": document_id(TEXT), "source": "article.txt"}
    [gold] = load_gold(_write(tmp_path, [row]))
    assert gold.document.text == TEXT


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"trigger": {"span": [0, 6], "text": "attacked"}}, "covers 'Gunmen'"),
        ({"span": [0, 10_000]}, "outside the text"),
        ({"type": ""}, "needs a type"),
        ({"when": {"earliest": "3 May", "latest": "2019-05-03"}}, "not an ISO date"),
    ],
)
def test_bad_record_gold_is_refused_with_its_reason(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(MalformedInputError, match=message):
        load_gold(_write(tmp_path, [_record_gold(**changes)]))


def test_a_source_that_is_not_the_gold_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(TEXT + " Edited.", encoding="utf-8")
    row = _record_gold()
    row["document"] = {"id": document_id(TEXT), "source": "article.txt"}
    with pytest.raises(MalformedInputError, match="not the text the gold was made on"):
        load_gold(_write(tmp_path, [row]))


def test_a_record_events_further_evidence_spans_are_gold_spans_not_quotes(
    tmp_path: Path,
) -> None:
    """In the record format ``evidence`` lists the spans where the document tells the
    event again (what the pipeline itself writes), so such a record is read as a
    record, and each span counts as the event's."""
    again = TEXT.index("killing four officers")
    row = _record_gold(evidence=[[again, again + len("killing four officers")]])
    [gold] = load_gold(_write(tmp_path, [row]))
    assert gold.events[0].spans == [
        (0, TEXT.index(" The army")),
        (again, again + len("killing four officers")),
    ]
