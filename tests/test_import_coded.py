"""Importing ACLED, UCDP GED and GTD CSVs: real files where present, tiny synthetic ones always."""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

import pytest
from click.testing import CliRunner

from historiograph.cli import cli
from historiograph.export.codes import gtd_attack_type
from historiograph.export.dates import parse_day
from historiograph.export.formats import export
from historiograph.export.importer import read_rows, records
from historiograph.extract.events import load_lexicon
from historiograph.record import Event, Record, Trigger
from historiograph.store import Store

UCDP_ROWS = [
    {
        "id": "244657",
        "year": "2017",
        "type_of_violence": "3",
        "conflict_name": "IS - Civilians",
        "side_a": "IS",
        "side_b": "Civilians",
        "number_of_sources": "2",
        "source_original": "Reuters; Local media",
        "source_headline": "Bomb kills 12 at market",
        "source_date": "2017-03-02",
        "where_prec": "1",
        "where_description": "Mosul town",
        "adm_1": "Ninawa governorate",
        "latitude": "36.335",
        "longitude": "43.118",
        "country": "Iraq",
        "event_clarity": "1",
        "date_prec": "1",
        "date_start": "2017-03-01 00:00:00.000",
        "date_end": "2017-03-01 00:00:00.000",
        "deaths_civilians": "12",
        "best": "12",
        "low": "10",
        "high": "15",
    },
    {
        "id": "244658",
        "year": "2017",
        "type_of_violence": "1",
        "side_a": "Government of Iraq",
        "side_b": "IS",
        "source_original": "AFP",
        "where_prec": "4",
        "where_description": "Anbar province",
        "date_start": "2017-03-01",
        "date_end": "2017-03-31",
        "best": "40",
        "low": "40",
        "high": "40",
    },
]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def imported(path: Path, fmt: str, limit: int) -> list[Record]:
    found = [item for _, item in itertools.islice(records(path, fmt), limit)]
    assert not [item for item in found if isinstance(item, Exception)]
    return [item for item in found if isinstance(item, Record)]


def exported(items: list[Record], fmt: str) -> list[dict[str, str]]:
    out = io.StringIO()
    export(items, fmt, out=out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def same(column: str, original: str, written: str) -> bool:
    """Field equality as a consumer reads it: dates as days, coordinates as numbers."""
    if column in ("event_date",):
        return parse_day(original) == parse_day(written)
    if column in ("latitude", "longitude") and original:
        return float(original) == float(written)
    return original == written


def assert_round_trip(path: Path, fmt: str, limit: int) -> None:
    source = list(itertools.islice(read_rows(path), limit))
    rows = exported(imported(path, fmt, limit), fmt)
    assert len(rows) == len(source)
    compared = 0
    for before, after in zip(source, rows, strict=True):
        for column, written in after.items():
            original = before.get(column, before.get(column.upper()))
            if original is None or (column == "event_id_cnty" and not original):
                continue  # a column the file does not have
            assert same(column, original.strip(), written), (column, original, written)
            compared += 1
    assert compared > limit * 10


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("acled-2020", "acled_2020_dev.csv"),
        ("acled-2016-africa-sample", "acled.csv"),
        ("acled-2015-asia", "acled.csv"),
    ],
)
def test_real_acled_rows_export_back_field_by_field(
    shared_dir: Path, folder: str, name: str
) -> None:
    path = shared_dir / "data" / "events" / folder / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    assert_round_trip(path, "acled", 150)


def test_real_gtd_rows_export_back_field_by_field(shared_dir: Path) -> None:
    path = shared_dir / "data" / "events" / "gtd-2016-2018-subset" / "gtd_2016_2018_subset.csv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    assert_round_trip(path, "gtd", 150)


def test_ucdp_rows_export_back_field_by_field(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ged.csv", UCDP_ROWS)
    (first, second) = exported(imported(path, "ucdp", 10), "ucdp")
    assert (first["best"], first["low"], first["high"]) == ("12", "10", "15")
    assert first["type_of_violence"] == "3" and second["type_of_violence"] == "1"
    assert first["source_original"] == "Reuters; Local media"
    assert first["number_of_sources"] == "2"
    assert (first["date_start"], first["date_end"], first["date_prec"]) == ("2017-03-01",) * 2 + (
        "1",
    )
    assert (second["date_prec"], second["where_prec"]) == ("4", "4")
    for column in ("side_a", "side_b", "adm_1", "country", "where_description"):
        assert first[column] == UCDP_ROWS[0][column]


def test_an_imported_row_is_a_valid_record_whose_spans_quote_the_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ged.csv", UCDP_ROWS[:1])
    (record,) = imported(path, "ucdp", 1)
    text = record.document.text
    (event,) = record.events
    assert record.document.source == "ucdp:244657"
    assert record.document.author == "Reuters; Local media"
    assert event.type == "attack" and event.when.precision == "day"
    (claim,) = record.claims
    assert text[claim.span[0] : claim.span[1]] == "12 (low 10, high 15)"
    assert (claim.low, claim.value, claim.high) == (10, 12, 15)
    assert {text[m.span[0] : m.span[1]] for m in record.mentions} == {
        "IS",
        "Civilians",
        "Mosul town",
    }


def test_import_command_is_idempotent_and_logs_bad_rows(tmp_path: Path) -> None:
    rows = [*UCDP_ROWS, {**UCDP_ROWS[1], "id": "bad", "date_start": "the spring"}]
    path = write_csv(tmp_path / "ged.csv", rows)
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["import", "--format", "ucdp", str(path), "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored 2, skipped 0 (already stored), failed 1" in first.output
    again = runner.invoke(cli, ["import", "--format", "ucdp", str(path), "--db", db])
    assert "stored 0, skipped 2" in again.output
    with Store.open(db) as store:
        assert store.count_documents() == 2
        (error,) = store.run_errors(1)
        assert error.source.endswith("#4") and "the spring" in error.reason


def test_imported_and_extracted_records_export_side_by_side(tmp_path: Path) -> None:
    from store_records import rich_record

    path = write_csv(tmp_path / "ged.csv", UCDP_ROWS)
    db = str(tmp_path / "store.db")
    with Store.open(db) as store:
        store.save_record(rich_record())
    CliRunner().invoke(cli, ["import", "--format", "ucdp", str(path), "--db", db])
    result = CliRunner().invoke(cli, ["export", "--format", "ucdp", "--db", db])
    ids = [row["id"] for row in csv.DictReader(io.StringIO(result.output))]
    assert ids[1:] == ["244657", "244658"] and ids[0].startswith("HG-")


@pytest.mark.parametrize(
    ("event_type", "subtype", "attack"),
    [
        ("battle", "clash", "Armed Assault"),  # insurgents storming a checkpoint
        ("battle", "shelling", "Bombing/Explosion"),  # rockets and mortars are explosives
        ("attack", "bombing", "Bombing/Explosion"),  # the ontology's own mapping
        ("protest", "demonstration", "Unknown"),
    ],
)
def test_gtd_attack_types_cover_battles_by_their_weapons(
    event_type: str, subtype: str, attack: str
) -> None:
    event = Event.model_validate(
        {
            "id": "e1",
            "span": (0, 4),
            "trigger": Trigger(span=(0, 4), text="raid"),
            "type": event_type,
            "subtype": subtype,
            "mappings": load_lexicon().mappings(event_type, subtype),
        }
    )
    assert gtd_attack_type(event) == attack
