"""``historiograph export`` end to end on a store built by the real pipeline, and ``to_pandas``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from historiograph.cli import cli
from historiograph.export.python_api import extract, to_pandas
from historiograph.store import Store
from store_records import rich_record
from test_export_tabular import disputed_record

ARTICLE = (
    "Bombing in the capital\n\nOn March 3, 1985, a car bomb exploded outside the ministry in "
    "Baghdad. According to the police, at least 12 people were killed and 40 were injured.\n"
)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "store.db")
    with Store.open(path) as store:
        store.save_record(rich_record())
        store.save_record(disputed_record())
    return path


def test_filters_choose_the_events(db: str) -> None:
    result = run("export", "--format", "acled", "--db", db, "--type", "battle")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["event_type"] for r in rows] == ["Battles"]
    result = run("export", "--format", "timeline", "--db", db, "--since", "2000-01-01")
    assert [s["start_date"]["year"] for s in json.loads(result.output)["events"]] == [2011]
    result = run("export", "--format", "jsonl", "--db", db, "--until", "1985-12-31")
    (line,) = result.output.splitlines()
    assert json.loads(line)["events"][0]["id"] == "ev2"  # the summer of 1982


def test_document_filter_and_out_file(db: str, tmp_path: Path) -> None:
    doc = disputed_record().document.id.split(":")[1][:10]
    out = tmp_path / "events.geojson"
    result = run("export", "--format", "geojson", "--db", db, "--document", doc, "--out", str(out))
    assert result.exit_code == 0 and result.output == ""
    (feature,) = json.loads(out.read_text())["features"]
    assert feature["properties"]["place"] == "Kermanshah"


def test_parquet_without_out_is_a_clear_error(db: str) -> None:
    from historiograph.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "parquet", "--db", db])
    assert exit_info.value.code == 1


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_actor_graphs_go_to_stdout_as_xml(db: str, fmt: str) -> None:
    """GraphML and GEXF are XML text: `export --format graphml > actors.graphml` works."""
    import networkx as nx

    result = run("export", "--format", fmt, "--db", db)
    assert result.exit_code == 0
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    graph = read(io.BytesIO(result.output.encode("utf-8")))
    assert graph.number_of_nodes() > 0


def test_a_mistyped_db_is_an_error_not_an_empty_export(tmp_path: Path) -> None:
    from historiograph.cli import main

    missing = tmp_path / "typo.db"
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "acled", "--db", str(missing)])
    assert exit_info.value.code == 1
    assert not missing.exists()  # reading created no empty store


def test_extracted_text_exports_to_acled(tmp_path: Path, nlp_model: Language) -> None:
    """hg.extract on a text, stored, then exported: the pipeline's record is ACLED-ready."""
    record = extract(ARTICLE, published=dt.date(1985, 3, 4))
    db = str(tmp_path / "pipeline.db")
    with Store.open(db) as store:
        store.save_record(record)
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "acled", "--db", db).output)))
    bombing = next(r for r in rows if r["event_date"] == "1985-03-03")
    assert bombing["fatalities"] == "12" and bombing["time_precision"] == "1"
    assert "police" in bombing["source"]


def test_to_pandas_gives_one_frame_per_record_part(db: str) -> None:
    pytest.importorskip("pandas")
    frames = to_pandas(db)
    assert set(frames) == {"documents", "entities", "mentions", "timexes", "claims", "events"}
    events = frames["events"]
    assert len(events) == 3
    battle = events[events["type"] == "battle"].iloc[0]
    assert (battle["fatalities_low"], battle["fatalities_high"]) == (1300, 2500)
    joined = frames["claims"].merge(
        events, left_on=["document_id", "about"], right_on=["document_id", "id"]
    )
    assert set(joined["source_name"].dropna()) == {
        "Iranian government sources",
        "The MKO",
        "the UN",
    }
