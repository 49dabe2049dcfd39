"""``historiograph_events``: the events extractor as a spaCy component.

Inside historiograph's own pipeline, events are built in
:func:`historiograph.pipeline.doc_to_record` from what the other components
found. This component does the same work for anyone who assembles their own
spaCy pipeline: placed after ``historiograph_time`` and ``historiograph_claims``
(whose ``doc._.timexes`` and ``doc._.claims`` it reads), it resolves entities
against the knowledge base and gazetteer and sets

- ``doc._.entities`` and ``doc._.mentions``: the resolved entities and mentions;
- ``doc._.events``: the events, typed and anchored;
- ``doc._.claims``: the claims again, now linked (``about``) to their events.

Extensions are registered by :func:`register_extensions` when the component
is built, never on import.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from historiograph.extract.events.extractor import extract_events
from historiograph.resolve import (
    Gazetteer,
    KnowledgeBase,
    load_gazetteer,
    load_kb,
    resolve_entities,
)

FACTORY = "historiograph_events"


def register_extensions() -> None:
    """The Doc extensions this component sets (safe to call more than once)."""
    for name in ("events", "entities", "mentions", "timexes", "claims"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class EventsComponent:
    """Resolve entities, then find and fill the document's events."""

    def __init__(self, nlp: Language, name: str = FACTORY, *, gazetteer: bool = True) -> None:
        register_extensions()
        self.name = name
        self.kb: KnowledgeBase = load_kb()
        self.gazetteer: Gazetteer | None = load_gazetteer() if gazetteer else None

    def __call__(self, doc: Doc) -> Doc:
        entities, mentions = resolve_entities(doc, kb=self.kb, gazetteer=self.gazetteer)
        found = extract_events(
            doc,
            entities=entities,
            mentions=mentions,
            timexes=doc._.timexes or [],
            claims=doc._.claims or [],
        )
        doc._.entities = entities + found.entities
        doc._.mentions = mentions
        doc._.events = found.events
        doc._.claims = found.claims
        return doc


@Language.factory(
    FACTORY,
    default_config={"gazetteer": True},
    assigns=["doc._.events", "doc._.entities", "doc._.mentions"],
    requires=["token.dep", "token.lemma"],
)
def make_events_component(nlp: Language, name: str, gazetteer: bool) -> EventsComponent:
    """Build the component; ``gazetteer`` false skips loading the offline gazetteer (faster)."""
    return EventsComponent(nlp, name, gazetteer=gazetteer)
