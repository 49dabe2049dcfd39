"""Running the event extractor over one sentence, or the whole pipeline over a short
text, for tests that read events and their arguments."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Token

from historiograph.extract.events import extract_events, load_lexicon
from historiograph.extract.events.anchoring import find_where
from historiograph.nlp.entities import entities_from_doc
from historiograph.pipeline import Pipeline
from historiograph.record import Document, Entity, EntityKind, Event, Geo, Record, document_id


def events_of(nlp: Language, text: str) -> tuple[list[Event], dict[str, str]]:
    """The events of ``text`` and the names of every entity they may point to."""
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    result = extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=[])
    names = {e.id: e.name for e in [*entities, *result.entities]}
    return result.events, names


def record_of(pipeline: Pipeline, text: str, published: str | dt.date | None = None) -> Record:
    """The whole record of ``text``, as the product makes it."""
    return pipeline.record(Document(id=document_id(text), text=text, published=published))


def event_of(record: Record, trigger: str) -> Event:
    """The first event of ``record`` whose trigger starts with ``trigger``."""
    return next(e for e in record.events if e.trigger.text.lower().startswith(trigger))


def names_in(record: Record, event: Event, roles: tuple[str, ...]) -> list[str]:
    """The names of ``event``'s actors in ``roles``, in the event's order."""
    names = {e.id: e.name for e in record.entities}
    return [names[a.entity] for a in event.actors if a.role in roles]


def readings(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    """Each event of ``text`` as (trigger, type, subtype), as the whole pipeline reads it."""
    record = record_of(pipeline, text)
    return [(e.trigger.text, e.type, e.subtype) for e in record.events]


def event_told_by(record: Record, word: str) -> Event:
    """The first event of ``record`` whose trigger contains ``word``."""
    return next(e for e in record.events if word in e.trigger.text)


def toll_of(event: Event) -> tuple[object, object] | None:
    """The event's fatalities as (low, high), or None when it has none."""
    return None if event.fatalities is None else (event.fatalities.low, event.fatalities.high)


def figure_property(record: Record, words: str) -> str | None:
    """The property of the claim whose quoted figure starts with ``words``."""
    text = record.document.text
    return next(
        (c.property for c in record.claims if text[c.span[0] : c.span[1]].startswith(words)),
        None,
    )


def found_where(head: Token, places: list[tuple[int, int, Entity]]) -> str | None:
    """The name of the place find_where gives the event whose trigger is ``head``, among
    ``places`` (each a character span and its located entity), with the bundled lexicon."""
    lexicon = load_lexicon()
    where = find_where(
        head,
        head.sent,
        places,
        exclude=set(),
        prefer_destination=False,
        place_nouns=lexicon.place_nouns,
        town_nouns=lexicon.town_nouns,
    )
    return where.name if where is not None else None


# A place as a test names it: its surface in the text, its name, its point and its kind.
Named = tuple[str, str, Geo | None, EntityKind]


def named_places(text: str, named: list[Named]) -> list[tuple[int, int, Entity]]:
    """Each mention (the name as it stands in the text, in order; a name inside the one
    before it is looked for there) with its entity's name, point and kind."""
    places = []
    start = 0
    for surface, name, geo, kind in named:
        found = text.index(surface, start)
        entity = Entity(id=f"ent:{name.lower()}", kind=kind, name=name, geo=geo)
        places.append((found, found + len(surface), entity))
        start = found + 1
    return places


def where_named(nlp: Language, text: str, trigger: str, named: list[Named]) -> str | None:
    """The place find_where gives the event of the last ``trigger`` word, among ``named``."""
    doc = nlp(text)
    head = [t for t in doc if t.text == trigger][-1]
    return found_where(head, named_places(text, named))
