"""Whole-document views computed once: the same answers as spaCy's own properties."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from historiograph.nlp.views import doc_text, ents_in, noun_chunks_in

TEXT = (
    "Rebel fighters shelled the old market in the northern town on Monday. "
    "The provincial governor said that 12 civilians and two police officers had died. "
    "Aid workers reached the town's hospital a day later."
)


def test_noun_chunks_of_each_sentence_are_spacys(nlp_model: Language) -> None:
    doc = nlp_model(TEXT)
    for sent in doc.sents:
        assert [c.text for c in noun_chunks_in(sent)] == [c.text for c in sent.noun_chunks]
    assert [c.text for c in noun_chunks_in(doc[3:10])] == ["the old market", "the northern town"]


def test_views_survive_a_serialization_round_trip(nlp_model: Language) -> None:
    doc = nlp_model(TEXT)
    assert doc_text(doc) == TEXT
    expected = [c.text for c in noun_chunks_in(doc[:])]
    again = Doc(nlp_model.vocab).from_bytes(doc.to_bytes())
    assert doc_text(again) == TEXT
    assert [c.text for c in noun_chunks_in(again[:])] == expected


def test_entities_of_a_span_are_spacys(nlp_model: Language) -> None:
    doc = nlp_model(
        "Kofi Annan met officials of the World Health Organization in Geneva. "
        "Later the United Nations sent a mission to New York and Addis Ababa."
    )
    for span in [*doc.sents, doc[1:9], doc[:], doc[14:]]:
        assert [(e.start, e.end, e.label_, e.kb_id_) for e in ents_in(span)] == [
            (e.start, e.end, e.label_, e.kb_id_) for e in span.ents
        ]
