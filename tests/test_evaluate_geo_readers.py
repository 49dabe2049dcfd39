"""``eval geo`` reads the geoparsing corpora by their content, and gold folders whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from historiograph.errors import MalformedInputError
from historiograph.evaluate.geo import (
    GeoDocument,
    GeoScores,
    GoldToponym,
    evaluate_geo,
    gold_files,
    gold_format,
    read_record_gold,
    read_toponym_xml,
)
from historiograph.resolve import KnowledgeBase

LGL_SHAPED = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title>
<text>Fire in Alexandria. Police in Pineville said.</text>
<toponyms>
<toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
<gaztag geonameid="4314550"><name>Alexandria</name><lat>31.31129</lat><lon>-92.44514</lon></gaztag>
</toponym>
<toponym><start>30</start><end>39</end><phrase>Pineville</phrase></toponym>
</toponyms></article></articles>"""

GEOVIRUS_SHAPED = """<articles><article><source>s</source>
<text>Hogs culled in Pandi.</text>
<locations><location><name>Pandi</name><start>15</start><end>20</end>
<lat>14.87</lat><lon>120.95</lon><page>p</page></location></locations>
</article></articles>"""


def test_both_xml_shapes_read_whatever_the_file_is_called(tmp_path: Path) -> None:
    (tmp_path / "TR-News.xml").write_text(LGL_SHAPED, encoding="utf-8")
    (tmp_path / "corpus.xml").write_text(GEOVIRUS_SHAPED, encoding="utf-8")
    [lgl] = read_toponym_xml(tmp_path / "TR-News.xml")
    [virus] = read_toponym_xml(tmp_path / "corpus.xml")
    # The toponym without coordinates is not scored.
    assert [(t.start, t.end, t.name) for t in lgl.toponyms] == [(8, 18, "Alexandria")]
    assert lgl.toponyms[0].lat == pytest.approx(31.31129)
    assert [(t.name, t.lat, t.lon) for t in virus.toponyms] == [("Pandi", 14.87, 120.95)]
    assert virus.text == "Hogs culled in Pandi."


def test_a_folder_gives_its_gold_files_and_each_its_format(tmp_path: Path) -> None:
    for name in ("b.xml", "a.jsonl", "notes.md"):
        (tmp_path / name).write_text("", encoding="utf-8")
    files = gold_files(tmp_path)
    assert [f.name for f in files] == ["a.jsonl", "b.xml"]
    assert [gold_format(f) for f in files] == ["record", "xml"]


def test_broken_xml_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.xml").write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(MalformedInputError, match="not well-formed XML"):
        list(read_toponym_xml(tmp_path / "bad.xml"))


def test_record_gold_places_come_from_their_entities_geo(tmp_path: Path) -> None:
    text = "Clashes in Gao and Mopti."
    row = {
        "document": {"text": text},
        "entities": [
            {"id": "ent:gao", "kind": "place", "name": "Gao", "geo": {"lat": 16.27, "lon": -0.04}},
            {"id": "ent:mopti", "kind": "place", "name": "Mopti", "geo": None},
        ],
        "mentions": [
            {"id": "m1", "span": [11, 14], "text": "Gao", "entity": "ent:gao"},
            {"id": "m2", "span": [19, 24], "text": "Mopti", "entity": "ent:mopti"},
        ],
    }
    (tmp_path / "gold.json").write_text(json.dumps(row), encoding="utf-8")
    [document] = read_record_gold(tmp_path / "gold.json")
    assert [(t.name, t.lat) for t in document.toponyms] == [("Gao", 16.27)]
    # A place the gold leaves without coordinates is kept apart, to score a pin on it.
    assert document.unplaced == ((19, 24),)


def test_a_pin_on_a_place_the_gold_leaves_unplaced_counts_against_the_system(
    blank_kb_nlp: Language, kb: KnowledgeBase
) -> None:
    # Orvel is invented (the lossy key makes it Orrville, Ohio): the gold gives no point.
    text = "Snow closed the road from Zakopane to Orvel."
    document = GeoDocument(text, (GoldToponym(26, 34, "Zakopane", 49.299, 19.949),), ((38, 43),))
    scores = evaluate_geo([document], blank_kb_nlp, gold_spans=True, kb=kb)
    assert scores.unplaced == 1 and scores.summary()["unplaced_kept"] == 1.0
    assert scores.summary()["accuracy_161km"] == 1.0
    s = GeoScores(errors=[0.0], unplaced=4, unplaced_placed=1).summary()
    assert (s["unplaced"], s["unplaced_kept"]) == (4, 0.75)


def test_the_summary_gives_the_published_reading_and_the_strict_one_apart() -> None:
    # Three gold toponyms: one placed 10 km off, one missed, one placed 500 km off; of
    # four placed names, two overlap gold toponyms.
    scores = GeoScores(errors=[10.0, None, 500.0], predicted=4, predicted_matched=2)
    s = scores.summary()
    assert (s["recall"], s["precision"]) == (pytest.approx(2 / 3), 0.5)
    # Gritta et al.: geocoding scored on the toponyms found ...
    assert s["accuracy_161km_of_resolved"] == 0.5
    assert s["median_km_of_resolved"] == 255.0
    # ... and the strict figure counts the missed one as a failure at the largest error.
    assert s["accuracy_161km"] == pytest.approx(1 / 3)
    assert s["median_km"] == 500.0
    assert s["auc"] > s["auc_of_resolved"] > 0


GOLD = Path(__file__).parent / "gold"


@pytest.mark.parametrize("path", sorted(GOLD.glob("*-geo.jsonl")), ids=lambda p: p.name)
def test_the_committed_geo_gold_reads_and_every_point_lies_on_earth(path: Path) -> None:
    documents = list(read_record_gold(path))
    assert documents and all(d.toponyms or d.unplaced for d in documents)
    for document in documents:
        for toponym in document.toponyms:
            assert document.text[toponym.start : toponym.end] == toponym.name
            assert -90 <= toponym.lat <= 90 and -180 <= toponym.lon <= 180
