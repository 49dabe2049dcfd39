"""A document dated only in its heading: the date anchors the body's partial dates,
and every view says where it came from."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from rich.console import Console

from historiograph.cli import cli
from historiograph.cli.extract import record_panel
from historiograph.ingest import RawDocument, clean
from historiograph.pipeline import build_pipeline
from historiograph.record import Document, document_id

STATEMENT = (
    "Ministry of Interior statement, 14 March 2019\n\n"
    "On the night of 12 March, armed men attacked the police station in the town. "
    "Police arrested 23 suspects the next day."
)


def statement() -> Document:
    return clean(RawDocument(text=STATEMENT, source="statement.txt", format="txt"))


def test_a_title_date_anchors_the_bodys_partial_dates() -> None:
    record = build_pipeline().record(statement())
    values = {t.text: t.value for t in record.timexes}
    assert values["the night of 12 March"].startswith("2019-03-12")
    assert values["the next day"] == "2019-03-13"


def test_a_document_built_in_code_is_anchored_on_its_title_date_too() -> None:
    """The pipeline reads the title as ingest does, so a document stored before
    ingest read titles' dates is anchored the same way when reprocessed."""
    text = "On the night of 12 March, armed men attacked the police station."
    document = Document(id=document_id(text), text=text, title="Statement, 14 March 2019")
    record = build_pipeline().record(document)
    assert record.timexes[0].value.startswith("2019-03-12")
    assert record.document.published is None  # kept as given


def test_show_says_the_published_date_was_read_from_the_title() -> None:
    console = Console(width=200, record=True)
    console.print(record_panel(build_pipeline().record(statement())))
    shown = console.export_text()
    assert "published: 2019-03-14 (read from the title)" in shown
    assert "1 piece of page furniture removed" in shown  # the title line, not the note


def test_a_published_date_given_by_the_user_outranks_the_titles(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "2019-03-20"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)["document"]
    assert document["published"] == "2019-03-20"
    assert all(item["kind"] != "title-date" for item in document["removed"])
