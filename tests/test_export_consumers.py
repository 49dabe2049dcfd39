"""GeoJSON, GraphML, GEXF, JSON-LD, TimelineJS and Parquet, each read back by a consumer."""

from __future__ import annotations

import io
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import geojson
import jsonschema
import networkx as nx
import pyarrow.parquet as pq
import pytest
import rdflib
import shapely.geometry

from historiograph.export.formats import export
from historiograph.record import Record
from store_records import rich_record
from test_export_tabular import disputed_record

RECORDS = [rich_record(), disputed_record()]


def text_export(records: list[Record], fmt: str) -> str:
    out = io.StringIO()
    export(records, fmt, out=out)
    return out.getvalue()


def test_geojson_is_valid_and_its_points_load_in_shapely() -> None:
    collection = geojson.loads(text_export(RECORDS, "geojson"))
    assert collection.is_valid, collection.errors()
    points = {
        f["properties"]["event"]: shapely.geometry.shape(f["geometry"])
        for f in collection["features"]
    }
    assert set(points) == {"ev1", "e1"}  # ev2 (Paris, no coordinates) has no feature
    assert (points["ev1"].x, points["ev1"].y) == (44.5, 33.6)  # GeoJSON is lon, lat
    battle = next(f for f in collection["features"] if f["properties"]["event"] == "e1")
    properties = battle["properties"]
    assert properties["geo_precision"] == 2 and properties["when_text"] == "late July 1988"
    assert (properties["fatalities_low"], properties["fatalities_high"]) == (1300, 2500)


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_actor_graphs_load_in_networkx(fmt: str, read: Any, tmp_path: Path) -> None:
    path = tmp_path / f"actors.{fmt}"
    export(RECORDS, fmt, out=path)
    graph = read(path)
    labels = {graph.nodes[n].get("label") for n in graph.nodes}
    # ent:mko is one node though two records name it: entity ids hold across records
    assert {"Iraqi forces", "Iranian armed forces", "People's Mojahedin Organization of Iran"} == (
        labels & {"Iraqi forces", "Iranian armed forces", "People's Mojahedin Organization of Iran"}
    )
    assert graph.number_of_nodes() == len(set(graph.nodes))
    edges = [data for _, _, data in graph.edges(data=True)]
    battle = next(e for e in edges if e.get("event_type") == "battle")
    assert (battle["subtype"], battle["fatalities_high"]) == ("offensive", 2500)
    assert {e["event_type"] for e in edges} == {"attack", "battle"}
    assert (battle["start"], battle["end"]) == ("1988-07-21", "1988-07-31")  # Gephi's timeline


def test_parquet_needs_a_path() -> None:
    from historiograph.errors import UsageError

    with pytest.raises(UsageError, match="--out"):
        export(RECORDS, "parquet", out=io.StringIO())


def test_jsonld_parses_in_rdflib_and_sparql_finds_each_claims_source() -> None:
    graph = rdflib.Graph().parse(data=text_export(RECORDS, "jsonld"), format="json-ld")
    query = """
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX schema: <https://schema.org/>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX hg: <https://historiograph.dev/ns#>
        SELECT ?claim ?source ?exact WHERE {
            ?claim a hg:Claim ;
                   prov:wasAttributedTo ?agent ;
                   prov:wasDerivedFrom ?span .
            ?agent schema:name ?source .
            ?span oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ?exact ] .
        }
    """
    found = {str(row.claim): (str(row.source), str(row.exact)) for row in graph.query(query)}
    assert len(found) == sum(len(r.claims) for r in RECORDS)
    sources = {source for source, _ in found.values()}
    assert {"Iranian government sources", "The MKO", "the UN", "A. Historian"} <= sources
    assert "more than 300 people were injured" in {exact[-33:] for _, exact in found.values()}
    events = graph.query(
        "PREFIX schema: <https://schema.org/> "
        "SELECT ?e ?start WHERE { ?e a schema:Event ; schema:startDate ?start }"
    )
    assert {str(row.start) for row in events} >= {"2011-04-08", "1988-07-21"}


def test_timelinejs_validates_against_its_schema_with_ranges_and_display_dates() -> None:
    schema = json.loads(
        files("historiograph.export").joinpath("data", "timelinejs-schema.json").read_text("utf-8")
    )
    data = json.loads(text_export(RECORDS, "timeline"))
    jsonschema.validate(data, schema)
    slides = {s["unique_id"].rsplit("-", 1)[1]: s for s in data["events"]}
    assert slides["ev2"]["start_date"] == {"year": 1982, "month": 6}  # the summer of 1982
    assert slides["ev2"]["end_date"] == {"year": 1982, "month": 8}
    assert slides["e1"]["display_date"] == "late July 1988"
    assert slides["ev1"]["start_date"] == {"year": 2011, "month": 4, "day": 8}
    assert "end_date" not in slides["ev1"]
    assert [s["start_date"]["year"] for s in data["events"]] == [1982, 1988, 2011]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"events": [{"text": {"headline": "undated"}}]}, schema)


def test_timelinejs_headlines_say_when_the_source_denies_an_event() -> None:
    record = rich_record()
    denied = record.events[0].model_copy(update={"modality": "denied"})
    record = record.model_copy(update={"events": [denied, *record.events[1:]]})
    slides = {
        s["unique_id"].rsplit("-", 1)[1]: s
        for s in json.loads(text_export([record], "timeline"))["events"]
    }
    assert slides[denied.id]["text"]["headline"].startswith("Denied — ")
    assert not any(
        s["text"]["headline"].startswith("Denied") for k, s in slides.items() if k != denied.id
    )


def test_timelinejs_credits_the_document_once_when_no_source_is_named() -> None:
    record = rich_record()
    document = record.document.model_copy(update={"author": None})
    record = record.model_copy(update={"document": document, "claims": []})
    slides = json.loads(text_export([record], "timeline"))["events"]
    assert slides
    for slide in slides:
        credit = slide["text"]["text"].rsplit("<small>", 1)[1]
        assert credit.count(str(document.title)) == 1, credit


def test_parquet_tables_read_in_pyarrow_and_duckdb(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    export(RECORDS, "parquet", out=folder)
    assert {p.stem for p in folder.glob("*.parquet")} == {
        "documents",
        "entities",
        "mentions",
        "timexes",
        "claims",
        "events",
    }
    events = pq.read_table(folder / "events.parquet").to_pylist()
    battle = next(e for e in events if e["id"] == "e1")
    assert (battle["fatalities_low"], battle["fatalities_high"]) == (1300, 2500)
    assert battle["actors"][0] == {"entity": "ent:iranian-forces", "role": "agent"}
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(
        f"""SELECT c.source_name, c.value_number FROM '{folder}/claims.parquet' c
            JOIN '{folder}/events.parquet' e ON c.document_id = e.document_id AND c.about = e.id
            WHERE e.type = 'battle' ORDER BY c.value_number"""
    ).fetchall()
    assert rows == [("The MKO", 1300.0), ("Iranian government sources", 2500.0)]


def test_jsonl_export_is_the_records_themselves() -> None:
    lines = text_export(RECORDS, "jsonl").splitlines()
    assert [Record.model_validate_json(line) for line in lines] == RECORDS
