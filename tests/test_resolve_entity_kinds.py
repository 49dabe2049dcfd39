"""Entity kinds in evaluation, and the word lists that type names.

A mention linked to an entity of its own name is still wrong when its kind is
wrong (a general typed a place); the entity evaluation counts that apart. The
lexicon's word lists must hold words: YAML 1.1 reads a bare ``on`` or ``no`` as a
boolean, which silently drops the word from a list.
"""

from __future__ import annotations

import yaml

from historiograph.evaluate.entities import EntityScores, score_document
from historiograph.record import Entity, Mention
from historiograph.resolve import load_gazetteer
from historiograph.resolve.cues import listed_towns
from historiograph.resolve.ruler import LEXICON


def test_kind_accuracy_counts_matched_mentions_of_the_wrong_kind() -> None:
    text = "Xerxes crossed at Abydos."
    gold = {
        "document": {"text": text},
        "entities": [
            {"id": "ent:x", "kind": "person", "name": "Xerxes"},
            {"id": "ent:a", "kind": "place", "name": "Abydos"},
        ],
        "mentions": [
            {"id": "m1", "span": [0, 6], "text": "Xerxes", "entity": "ent:x"},
            {"id": "m2", "span": [18, 24], "text": "Abydos", "entity": "ent:a"},
        ],
    }
    predicted = (
        [
            Entity(id="ent:xerxes", kind="place", name="Xerxes"),
            Entity(id="ent:abydos", kind="place", name="Abydos"),
        ],
        [
            Mention(id="m1", span=(0, 6), text="Xerxes", entity="ent:xerxes"),
            Mention(id="m2", span=(18, 24), text="Abydos", entity="ent:abydos"),
        ],
    )
    scores = EntityScores()
    score_document(gold, predicted, scores)
    rates = scores.rates()
    assert rates["linking_accuracy"] == 1.0  # linked by name ...
    assert rates["kind_accuracy"] == 0.5  # ... but Xerxes typed a place


def test_lexicon_lists_hold_only_words() -> None:
    lexicon = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    for key, value in lexicon.items():
        items = value if isinstance(value, list) else []
        assert all(isinstance(item, str) for item in items), key


def test_a_list_of_cities_is_no_town_in_a_region() -> None:
    gazetteer = load_gazetteer()
    text = "The rebels took Seville, Granada and Cordoba."
    assert listed_towns(text, "Seville", text.index("Granada"), "Granada", gazetteer)
    text = "He drove from Paris, Texas, and Dallas."
    assert not listed_towns(text, "Paris", text.index("Texas"), "Texas", gazetteer)
    text = "He was born in Seville, Granada."
    assert not listed_towns(text, "Seville", text.index("Granada"), "Granada", gazetteer)
