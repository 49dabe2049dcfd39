"""The command line, end to end: extract, ingest, idempotency, resume, bad input, search."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

from historiograph.cli import cli, main
from historiograph.pipeline import build_pipeline, ingest
from historiograph.record import Record
from historiograph.store import Store

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "schema" / "record-1.json").read_text())

ARTICLE_A = (
    "Bombing in the capital\n\nOn March 3, 1985, a car bomb exploded outside the ministry in "
    "Baghdad. According to the police, at least 12 people were killed and 40 were injured.\n"
)
ARTICLE_B = (
    "Talks resume\n\nDelegations from Iran and Iraq met in Geneva in August 1988 to discuss the "
    "ceasefire that the United Nations had brokered.\n"
)
ARTICLE_C = "Exile\n\nThe organization moved its headquarters from Paris to Baghdad in 1986.\n"


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "nested" / "c.txt").write_text(ARTICLE_C, encoding="utf-8")
    return folder


@pytest.fixture
def bad_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "bad"
    folder.mkdir()
    binary = folder / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 64)
    empty = folder / "empty.txt"
    empty.write_text("   \n\n", encoding="utf-8")
    undecodable = folder / "latin1.txt"
    undecodable.write_bytes(
        "Caf\xe9 au lait, na\xefve r\xe9sum\xe9 in a Latin-1 file.".encode("latin-1")
    )
    return [binary, empty, undecodable]


def test_extract_prints_records_that_validate_against_the_schema(corpus: Path) -> None:
    result = run("extract", str(corpus / "a.txt"), "--format", "jsonl", "--published", "1985-03-04")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    data = json.loads(lines[0])
    jsonschema.validate(data, SCHEMA)
    record = Record.model_validate(data)
    assert (
        record.document.published is not None
        and record.document.published.isoformat() == "1985-03-04"
    )
    assert "Baghdad" in {m.text for m in record.mentions}


def test_extract_json_prints_one_array(corpus: Path) -> None:
    result = run("extract", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 3
    for data in records:
        jsonschema.validate(data, SCHEMA)


def test_ingest_is_idempotent(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    first = run("ingest", str(corpus), "--db", db, "--quiet")
    assert first.exit_code == 0, first.output
    second = run("ingest", str(corpus), str(corpus / "a.txt"), "--db", db, "--quiet")
    assert second.exit_code == 0, second.output
    with Store.open(db) as store:
        assert store.count_documents() == 3
        last = store.runs()[-1]
    assert (last.stored, last.skipped) == (0, 3)  # a path named twice is read once


def test_bad_files_are_recorded_and_the_batch_goes_on(
    corpus: Path, bad_files: list[Path], tmp_path: Path
) -> None:
    db = str(tmp_path / "store.db")
    result = run(
        "ingest",
        str(corpus),
        *map(str, bad_files),
        str(tmp_path / "missing.txt"),
        "--db",
        db,
        "--quiet",
    )
    assert result.exit_code == 0, result.output
    errors = json.loads(run("runs", "--errors", "--db", db, "--format", "json").stdout)
    failed = {Path(e["source"]).name: e["code"] for e in errors}
    assert failed == {
        "binary.txt": "E102",
        "empty.txt": "E101",
        "latin1.txt": "E103",
        "missing.txt": "E107",
    }
    with Store.open(db) as store:
        assert store.count_documents() == 3


def test_a_run_killed_half_way_resumes_without_duplicates(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    pipeline = build_pipeline()
    with Store.open(db) as store:
        saved: list[str] = []
        real_save = store.save_record

        def save_then_crash(record: Record, *, run_id: int | None = None) -> bool:
            if len(saved) == 2:
                raise KeyboardInterrupt  # the process is killed after two documents
            saved.append(record.document.id)
            return real_save(record, run_id=run_id)

        store.save_record = save_then_crash  # type: ignore[method-assign]
        with pytest.raises(KeyboardInterrupt):
            ingest([str(corpus)], store=store, pipeline=pipeline)
        assert store.count_documents() == 2
        assert store.runs()[-1].status == "interrupted"
    with Store.open(db) as store:
        summary = ingest([str(corpus)], store=store, pipeline=pipeline)
        assert (summary.stored, summary.skipped) == (1, 2)
        assert store.count_documents() == 3
        ids = [d.id for d in store.documents()]
        assert len(ids) == len(set(ids))


def test_listings_follow_the_format_conventions(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    run("ingest", str(corpus), "--db", db, "--quiet")
    as_json = json.loads(run("documents", "--db", db, "--format", "json").stdout)
    assert isinstance(as_json, list) and len(as_json) == 3
    jsonl = run("documents", "--db", db, "--format", "jsonl").stdout.strip().splitlines()
    assert [json.loads(line)["id"] for line in jsonl] == [d["id"] for d in as_json]
    csv_lines = run("documents", "--db", db, "--format", "csv").stdout.strip().splitlines()
    assert csv_lines[0].startswith("id,") and len(csv_lines) == 4
    hits = json.loads(run("search", "ceasefire", "--db", db, "--format", "json").stdout)
    assert len(hits) == 1 and "Geneva" in hits[0]["snippet"] + ARTICLE_B
    shown = run("show", as_json[0]["id"][7:19], "--db", db, "--format", "json")
    assert Record.model_validate_json(shown.stdout).document.id == as_json[0]["id"]


def test_db_defaults_to_the_environment_variable(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("HISTORIOGRAPH_DB", str(db))
    assert run("ingest", str(corpus / "a.txt"), "--quiet").exit_code == 0
    assert db.exists()
    assert len(json.loads(run("documents", "--format", "json").stdout)) == 1


def test_errors_are_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["show", "0123abcd", "--db", str(tmp_path / "empty.db")])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: [E301]") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_doctor_reports_versions(tmp_path: Path) -> None:
    result = run("doctor", "--json", "--db", str(tmp_path / "d.db"))
    report = json.loads(result.stdout)
    assert report["libraries"]["spacy"].startswith("3.")
    assert "historiograph_time" in report["pipeline"]["components"]


def test_demo_ingests_the_bundled_corpus(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    result = run("demo", "--db", db, "--quiet")
    assert result.exit_code == 0, result.output
    assert "Camp Ashraf" in result.stdout or "Ashraf" in result.stdout
    with Store.open(db) as store:
        assert store.count_documents() == 6
        assert store.run_errors() == []
    again = run("demo", "--db", db, "--quiet")
    assert again.exit_code == 0
    with Store.open(db) as store:
        assert store.count_documents() == 6


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "historiograph", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "ingest" in out.stdout and "extract" in out.stdout


def test_extract_table_reads_as_a_timeline_with_actor_names() -> None:
    """The table view orders events by date, not by where the text tells them, and
    names actors by the record's entity names; an id the record lacks stays an id."""
    from rich.console import Console

    from historiograph.cli.extract import record_panel
    from store_records import rich_record

    console = Console(width=400, record=True)
    console.print(record_panel(rich_record()))
    shown = console.export_text()
    assert shown.index("ev2") < shown.index("ev1")  # 1982 before 2011, though told after
    assert "agent: Iraqi forces" in shown
    assert "supporter: ent:not-in-this-record" in shown
    assert "2011-04-08 " in shown and "2011-04-08…" not in shown  # one day, one date
    assert "1982-06-01…1982-08-31" in shown
    row = next(line for line in shown.splitlines() if "ev2" in line)
    assert "reported" in row


def test_a_document_built_in_code_counts_relative_times_from_its_wire_dateline() -> None:
    """Ingest reads a dateline's date as the publication date; a Document made in code
    (the Python API) gets the same anchor, and keeps ``published`` as given."""
    from historiograph.record import Document, document_id

    text = "LIMA, Aug. 3, 1989 -- Guerrillas blew up a power pylon near the city last night."
    record = build_pipeline().record(Document(id=document_id(text), text=text))
    night = next(t for t in record.timexes if t.text == "last night")
    assert night.value == "1989-08-02TNI"
    assert record.document.published is None
    undated = "LIMA -- Guerrillas blew up a power pylon near the city last night."
    record = build_pipeline().record(Document(id=document_id(undated), text=undated))
    assert all(t.value.startswith("X") for t in record.timexes if t.text == "last night")
