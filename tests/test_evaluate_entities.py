"""``eval entities`` scores detection by span and linking across knowledge bases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from historiograph.errors import MalformedInputError
from historiograph.evaluate.entities import EntityScores, evaluate_entities, score_document
from historiograph.record import Entity, Mention

TEXT = "The MEK claimed the raid. Rajavi said the Mujahedin had lost 40 men."


def _span(word: str) -> list[int]:
    start = TEXT.index(word)
    return [start, start + len(word)]


GOLD = {
    "document": {"text": TEXT},
    "entities": [
        {
            "id": "gold:pmoi",
            "kind": "organization",
            "name": "People's Mojahedin Organization of Iran",
            "aliases": ["MEK", "Mujahedin", "Mojahedin-e Khalq"],
        }
    ],
    "mentions": [
        {"id": "m1", "span": _span("MEK"), "text": "MEK", "entity": "gold:pmoi"},
        {"id": "m2", "span": _span("Rajavi"), "text": "Rajavi", "entity": None},
        {"id": "m3", "span": _span("Mujahedin"), "text": "Mujahedin", "entity": "gold:pmoi"},
    ],
}


def _predicted(entity_for_rajavi: str | None, name: str = "Mojahedin-e Khalq") -> tuple:
    entities = [
        Entity(id="ent:mek", kind="organization", name=name, aliases=["MEK", "Mujahedin"]),
        Entity(id="ent:maryam-rajavi", kind="person", name="Maryam Rajavi"),
    ]
    mentions = [
        Mention(id="m1", span=tuple(_span("MEK")), text="MEK", entity="ent:mek"),
        Mention(id="m2", span=tuple(_span("Rajavi")), text="Rajavi", entity=entity_for_rajavi),
        Mention(id="m3", span=tuple(_span("Mujahedin")), text="Mujahedin", entity="ent:mek"),
        Mention(id="m4", span=tuple(_span("raid")), text="raid", entity=None),
    ]
    return entities, mentions


def test_another_kbs_ids_link_by_the_canonical_name_and_ambiguity_must_be_kept() -> None:
    scores = EntityScores()
    score_document(GOLD, _predicted(entity_for_rajavi=None), scores)
    rates = scores.rates()
    assert (rates["gold"], rates["predicted"], scores.matched) == (3, 4, 3)
    assert rates["linking_accuracy"] == 1.0
    assert rates["unified"] == 1.0


def test_a_guess_for_an_ambiguous_name_and_a_wrong_canonical_name_are_linking_errors() -> None:
    scores = EntityScores()
    score_document(GOLD, _predicted("ent:maryam-rajavi", name="Fedaian Organization"), scores)
    assert scores.linked == 0
    # Both mentions still went to one predicted entity: unified, though wrongly named.
    assert scores.unified == 1


def test_a_gold_span_that_does_not_cover_its_text_is_refused() -> None:
    bad = {**GOLD, "mentions": [{"id": "m1", "span": [0, 3], "text": "MEK", "entity": None}]}
    with pytest.raises(MalformedInputError, match="covers 'The'"):
        score_document(bad, _predicted(None), EntityScores())


def test_evaluate_reads_gold_texts_from_source_files(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    row = {**GOLD, "document": {"source": "doc.txt"}}
    (tmp_path / "gold.json").write_text(json.dumps([row]), encoding="utf-8")
    seen: list[str] = []

    def extract(text: str) -> tuple:
        seen.append(text)
        return _predicted(None)

    scores = evaluate_entities([tmp_path / "gold.json"], extract)
    assert seen == [TEXT]
    assert scores.rates()["recall"] == 1.0
