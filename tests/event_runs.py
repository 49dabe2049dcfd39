"""Running the event extractor over one sentence, for tests that read its arguments."""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Event


def events_of(nlp: Language, text: str) -> tuple[list[Event], dict[str, str]]:
    """The events of ``text`` and the names of every entity they may point to."""
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    result = extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=[])
    names = {e.id: e.name for e in [*entities, *result.entities]}
    return result.events, names
