"""Exports say where each account came from: a web source as a link, a path as a path."""

from __future__ import annotations

import io
import json

import pytest
import rdflib

from historiograph.export.account import web_address
from historiograph.export.formats import export
from historiograph.record import Record
from test_export_tabular import disputed_record

URL = "https://archive.example.org/mersad-1988"


def _from(source: str) -> Record:
    record = disputed_record()
    document = record.document.model_copy(update={"source": source})
    return record.model_copy(update={"document": document})


def _export(record: Record, fmt: str) -> str:
    out = io.StringIO()
    export([record], fmt, out=out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("source", "address"),
    [
        (URL, URL),
        ("http://a.example/x?y=1#z", "http://a.example/x?y=1#z"),
        ("corpus/mersad.txt", None),
        ("acled:HG-1", None),
        ("javascript:alert(1)", None),
        ("https:no-host", None),
    ],
)
def test_only_a_web_address_is_a_link(source: str, address: str | None) -> None:
    assert web_address(source) == address


def test_a_geojson_feature_links_its_web_source() -> None:
    (linked,) = json.loads(_export(_from(URL), "geojson"))["features"]
    (local,) = json.loads(_export(_from("corpus/mersad.txt"), "geojson"))["features"]

    assert linked["properties"]["url"] == URL
    assert local["properties"]["url"] is None


@pytest.mark.parametrize("source", [URL, "corpus/mersad.txt"])
def test_jsonld_gives_schema_url_only_to_a_web_address(source: str) -> None:
    graph = rdflib.Graph().parse(data=_export(_from(source), "jsonld"), format="json-ld")
    schema_url = rdflib.URIRef("https://schema.org/url")
    source_path = rdflib.URIRef("https://historiograph.dev/ns#sourcePath")

    urls = {str(o) for o in graph.objects(None, schema_url)}
    paths = {str(o) for o in graph.objects(None, source_path)}

    assert (urls, paths) == (({URL}, set()) if source == URL else (set(), {source}))
