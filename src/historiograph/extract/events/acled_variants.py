"""ACLED codes that depend on what surrounds an event, not on its type alone.

ACLED splits protests by what happens around them: a demonstration whose crowd
burns tyres, throws stones or damages property is a "Violent demonstration", one
that the state's forces act on is a "Protest with intervention", a riot with no word of
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


def _violent(sentences: list[Span], lexicon: EventLexicon) -> bool:
    """Do the demonstrators turn to violence ("blocked the road with burning tyres",
    "pelted the police with stones")? Tear gas and the state's own force do not count."""
    phrases = [m for m in lexicon.riot_markers if " " in m]
    return any(
        any(t.lemma_.lower() in lexicon.riot_markers for t in s)
        or any(p in s.text.lower() for p in phrases)
        for s in sentences
    )


def acled_variants(doc: Doc, events: list[Event], lexicon: EventLexicon) -> list[Event]:
    """ACLED codes that depend on what surrounds an event, not on its type alone.

    A demonstration or strike whose crowd turns violent in its sentence or the next
    two (where no riot of its own is told) is a "Violent demonstration"; one that
    the state's forces then act on ("police dispersed them", "police intervened")
    is a "Protest with intervention"; a riot in a paragraph without any word of
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
        if event.subtype in ("demonstration", "strike") and event.type == "protest":
            after = [s for s in paragraph if s.end_char > start][: TOLL_REACH_SENTENCES + 1]
            # Violence told with a riot of its own ("youths set fire to a tax office")
            # is that riot's, not the demonstration's.
            riots = [e.trigger.span[0] for e in events if e.subtype == "riot" and e is not event]
            own = [s for s in after if not any(s.start_char <= r < s.end_char for r in riots)]
            if _violent(own, lexicon):
                variant = lexicon.acled_variant(event.type, event.subtype, "violent")
            elif _intervened(after, lexicon):
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
