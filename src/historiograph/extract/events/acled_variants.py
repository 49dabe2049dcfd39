"""ACLED codes that depend on what surrounds an event, not on its type alone.

ACLED splits protests by what happens around them: a demonstration that the
state's forces act on is a "Protest with intervention", a riot with no word of
a demonstration around it is "Mob violence". The ontology keeps one subtype for
each; the variants live in ``ontology.yaml`` (``acled_variants``) and are set
on the event's ACLED mapping here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from historiograph.extract.events.arguments import subject_of
from historiograph.extract.events.lexicon import EventLexicon
from historiograph.extract.events.tolls import TOLL_REACH_SENTENCES
from historiograph.nlp.views import doc_text
from historiograph.record import Event


def _paragraph(text: str, sentences: list[Span], offset: int) -> list[Span]:
    """The sentences of the paragraph (text between blank lines) around an offset."""
    start = text.rfind("\n\n", 0, offset) + 1
    end = text.find("\n\n", offset)
    end = len(text) if end < 0 else end
    return [s for s in sentences if start <= s.start_char < end]


def _intervened(sentences: list[Span], lexicon: EventLexicon) -> bool:
    """Do the state's forces act on the protest ("police dispersed them", "police intervened")?"""
    for sent in sentences:
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.intervention_verbs:
                continue
            subject = subject_of(token)
            words = {t.lower_ for t in subject.subtree} if subject is not None else set()
            if words & lexicon.state_words:
                return True
    return False


def acled_variants(doc: Doc, events: list[Event], lexicon: EventLexicon) -> list[Event]:
    """ACLED codes that depend on what surrounds an event, not on its type alone.

    A demonstration that the state's forces then act on ("police dispersed them",
    "police intervened", in its sentence or the next two) is a "Protest with
    intervention"; a riot in a paragraph without any word of
    demonstration is crowd violence, "Mob violence".
    """
    if not any(e.type == "protest" for e in events):
        return events
    text, sentences = doc_text(doc), list(doc.sents)
    updated = []
    for event in events:
        variant = None
        start = event.trigger.span[0]
        paragraph = _paragraph(text, sentences, start) if event.type == "protest" else []
        if (event.type, event.subtype) == ("protest", "demonstration"):
            after = [s for s in paragraph if s.end_char > start][: TOLL_REACH_SENTENCES + 1]
            if _intervened(after, lexicon):
                variant = lexicon.acled_variant(event.type, event.subtype, "intervention")
        elif (event.type, event.subtype) == ("protest", "riot"):
            lemmas = {t.lemma_.lower() for s in paragraph for t in s}
            if not lemmas & lexicon.demonstration_words:
                variant = lexicon.acled_variant(event.type, event.subtype, "mob")
        if variant is not None:
            mappings = event.mappings.model_copy(update={"acled": variant})
            event = event.model_copy(update={"mappings": mappings})
        updated.append(event)
    return updated
