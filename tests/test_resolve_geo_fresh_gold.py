"""A floor on ``tests/gold/geo9-geo.jsonl``: 14 short texts written for issue 4 and never
tuned on before they were measured (ambiguous names such as Paris, Texas and Tripoli,
Lebanon; places named with a region, "Kandahar province"; older names, Salisbury,
Leopoldville, Bombay; transliterations; demonyms; places too small for the gazetteer).

With gold spans the code placed 0.855 of its 55 toponyms within 161 km when the file
was written, and 0.909 once older names of two cities of one country vouched for each
other (Bombay and Madras) and a KB country counted once among the document's countries
(Salisbury, Rhodesia); the floor sits just under that, so that a change which loses an
older name or a context decision fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from historiograph.evaluate.geo import evaluate_geo, read_record_gold
from historiograph.resolve import Gazetteer, KnowledgeBase

GOLD = Path(__file__).parent / "gold" / "geo9-geo.jsonl"


def test_fresh_gold_with_gold_spans(kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
    documents = list(read_record_gold(GOLD))
    scores = evaluate_geo(documents, spacy.blank("en"), gold_spans=True, kb=kb, gazetteer=gazetteer)
    summary = scores.summary()
    assert summary["toponyms"] == 55
    assert summary["accuracy_161km"] >= 0.89
    # Foundry Road, a street the gazetteer lacks, gets no namesake's pin.
    assert summary["unplaced"] == 1 and summary["unplaced_kept"] == 1.0


# Later fresh sets, each measured once before the round that then worked on it: the
# floors sit at or just under what the code reached, gold spans and end to end (geo11:
# .919/.855 first; geo12: .864/.695 first; geo13: .963/.907 first).
LATER_SETS = {
    "geo11-geo.jsonl": (62, 0.93, 0.90),
    "geo12-geo.jsonl": (59, 0.90, 0.78),
    "geo13-geo.jsonl": (54, 0.94, 0.90),
}


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_fresh_gold_with_gold_spans(
    name: str, kb: KnowledgeBase, gazetteer: Gazetteer
) -> None:
    toponyms, floor, _ = LATER_SETS[name]
    documents = list(read_record_gold(GOLD.parent / name))
    summary = evaluate_geo(
        documents, spacy.blank("en"), gold_spans=True, kb=kb, gazetteer=gazetteer
    ).summary()
    assert summary["toponyms"] == toponyms
    assert summary["accuracy_161km"] >= floor


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_fresh_gold_end_to_end(
    name: str, nlp_with_kb_ruler: Language, kb: KnowledgeBase, gazetteer: Gazetteer
) -> None:
    documents = list(read_record_gold(GOLD.parent / name))
    summary = evaluate_geo(
        documents, nlp_with_kb_ruler, gold_spans=False, kb=kb, gazetteer=gazetteer
    ).summary()
    assert summary["accuracy_161km"] >= LATER_SETS[name][2]
