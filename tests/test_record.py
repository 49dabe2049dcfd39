"""The record models: the committed JSON Schema is current, and spans must hold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from historiograph.record import (
    ActorRole,
    Claim,
    ClaimSource,
    Document,
    Entity,
    Event,
    Mention,
    Qualifier,
    Record,
    Timex,
    Trigger,
    document_id,
    json_schema,
    literal,
)

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "record-1.json"
TEXT = "On June 28, 1981, a bomb killed 72 people in Tehran, according to officials."


def make_record(**parts: object) -> Record:
    document = Document(id=document_id(TEXT), text=TEXT, published=dt.date(1981, 7, 1))
    return Record(document=document, **parts)  # type: ignore[arg-type]


def test_committed_schema_is_current() -> None:
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert committed == json_schema(), "schema/record-1.json is stale: run `make schema`"


def test_a_full_record_validates_against_the_committed_schema() -> None:
    record = make_record(
        entities=[Entity(id="ent:tehran", kind="place", name="Tehran", aliases=["Tehran"])],
        mentions=[Mention(id="m1", span=(45, 51), text="Tehran", entity="ent:tehran")],
        timexes=[
            Timex(
                id="t1",
                span=(3, 16),
                text="June 28, 1981",
                type="DATE",
                value="1981-06-28",
                earliest=dt.date(1981, 6, 28),
                latest=dt.date(1981, 6, 28),
                precision="day",
            )
        ],
        claims=[
            Claim(
                id="c1",
                span=(32, 41),
                property="fatalities",
                value=72,
                low=72,
                high=72,
                unit="people",
                source=ClaimSource(name="officials", kind="unnamed"),
                stance="reported",
            )
        ],
        events=[
            Event(
                id="e1",
                span=(0, 52),
                trigger=Trigger(span=(20, 24), text="bomb"),
                type="attack",
                subtype="bombing",
                claims=["c1"],
            )
        ],
    )
    data = json.loads(record.to_json())
    assert data["schema"] == "historiograph.record/1"
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    assert Record.model_validate(data) == record


def test_document_id_is_the_hash_of_the_cleaned_text() -> None:
    assert document_id("abc") == document_id("abc")
    assert document_id("abc") != document_id("abc ")
    assert document_id("abc").startswith("sha256:") and len(document_id("abc")) == 7 + 64


def test_a_span_whose_text_does_not_match_is_rejected() -> None:
    with pytest.raises(ValidationError, match="covers 'Tehra'"):
        make_record(mentions=[Mention(id="m1", span=(45, 50), text="Tehran")])


def test_a_span_outside_the_text_is_rejected() -> None:
    with pytest.raises(ValidationError, match="outside the text"):
        make_record(claims=[Claim(id="c1", span=(70, 500), property="other", value="x")])


def test_a_mention_of_an_unknown_entity_is_rejected() -> None:
    with pytest.raises(ValidationError, match="not in the record"):
        make_record(mentions=[Mention(id="m1", span=(45, 51), text="Tehran", entity="ent:nowhere")])


def test_unknown_fields_are_errors_not_silently_dropped() -> None:
    data = make_record().to_dict()
    data["document"]["titel"] = "typo"
    with pytest.raises(ValidationError, match="titel"):
        Record.model_validate(data)


def test_literal_checks_a_word_against_the_records_own_list() -> None:
    assert literal(Qualifier, "up_to") == "up_to"
    assert literal(ActorRole, "victim") == "victim"
    with pytest.raises(ValueError, match="'perpetrator' is not one of"):
        literal(ActorRole, "perpetrator")
