"""What the command line prints reads as English: counts agree with their nouns."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

from historiograph.cli import cli
from historiograph.cli.extract import record_panel
from historiograph.cli.options import counted, print_rows
from historiograph.errors import UsageError
from historiograph.record import Document, Record, Removed, document_id
from historiograph.store import Store


def test_a_count_agrees_with_its_noun() -> None:
    assert counted(1, "reference") == "1 reference"
    assert counted(0, "reference") == "0 references"
    assert counted(1200, "character") == "1,200 characters"
    assert counted(1, "piece", "pieces") == "1 piece"


def test_the_record_header_says_one_piece_of_furniture() -> None:
    text = "The fort fell in 1642."
    document = Document(
        id=document_id(text), text=text, removed=[Removed(kind="title", text="Fort")]
    )
    console = Console(width=200, record=True)

    console.print(record_panel(Record(document=document)))

    assert "22 characters, 0 references, 1 piece of page furniture removed" in (
        console.export_text()
    )


def test_an_empty_table_says_nothing_was_found(capsys: pytest.CaptureFixture[str]) -> None:
    print_rows([], "table", title="Search: Lesk")
    print_rows([], "json")

    out, err = capsys.readouterr()
    assert "Search: Lesk: nothing found." in err
    assert out.strip() == "[]"


def test_search_pages_through_the_hits_and_says_how_many_there_are(tmp_path: Path) -> None:
    db = str(tmp_path / "search.db")
    with Store.open(db) as store:
        for n in range(3):
            text = f"Report {n}: the garrison at Brenholt surrendered."
            store.save_record(Record(document=Document(id=document_id(text), text=text)))

    def run(*args: str) -> Any:
        return CliRunner().invoke(cli, ["search", "Brenholt", "--db", db, *args])

    second = run("--limit", "1", "--offset", "1", "--format", "json")
    table = run("--limit", "2")

    assert second.exit_code == 0, second.output
    assert len(json.loads(second.stdout)) == 1
    assert "(1–2 of 3)" in table.output


def test_ingest_names_an_encoding_or_refuses_an_unknown_one(tmp_path: Path) -> None:
    letter = tmp_path / "lettre.txt"
    letter.write_bytes("Le 16 octobre 1970 à Montréal, la loi fut proclamée.".encode("latin-1"))
    db = str(tmp_path / "letters.db")

    unknown = CliRunner().invoke(cli, ["ingest", str(letter), "--db", db, "--encoding", "klingon"])

    assert isinstance(unknown.exception, UsageError)
    assert "unknown character encoding 'klingon'" in str(unknown.exception)
    assert not Path(db).exists()  # refused before the store was opened or a file read
    # Codecs Python knows that do not turn bytes into text are refused alike.
    for codec in ("base64", "rot13"):
        other = CliRunner().invoke(cli, ["ingest", str(letter), "--db", db, "--encoding", codec])
        assert isinstance(other.exception, UsageError), other.output
        assert not Path(db).exists()

    read = CliRunner().invoke(cli, ["ingest", str(letter), "--db", db, "--encoding", "latin-1"])

    assert read.exit_code == 0, read.output
    with Store.open(db) as store:
        (record,) = store.iter_records()
    assert "à Montréal" in record.document.text
