"""Mentions and entities from spaCy's named-entity recogniser.

This is the first, unresolved layer: each named span spaCy finds becomes a
mention, and mentions whose names fold to the same key share one entity.
Entity ids are generated deterministically from the name (``ent:masoud-rajavi``)
so that the same name in two documents links even before the knowledge base
resolves it. The resolve stage refines these (aliases, KB ids, places).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc, Span

from historiograph.record import Entity, EntityKind, Mention

# spaCy (OntoNotes) labels that name an entity, and the record kind each maps to.
# Dates, numbers and other values are not entities: other extractors read them.
LABEL_KINDS: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "facility",
    "NORP": "group",
    "EVENT": "other",
    "LAW": "other",
    "WORK_OF_ART": "other",
    "PRODUCT": "other",
}

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
# A preposition the recogniser ran a name on into ("El Fasher for" of "leaving El Fasher
# for Kutum"): lower case, so no word of the name itself. Not "and": "St. Kitts and"
# is the start of "St. Kitts and Nevis".
_TRAILING_FUNCTION_WORD = re.compile(r"\s+(?:for|to|from|of|in|at|on|with|by)$")
_TRAILING_AND = re.compile(r"\s+and$")


@lru_cache(maxsize=1 << 15)
def name_key(name: str) -> str:
    """Fold a name to a key insensitive to case, accents, articles and punctuation.

    Cached: resolution and events key the same few names of a document many times."""
    name = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", name.strip()))
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def entity_id(name: str) -> str:
    """The deterministic id of an entity that the knowledge base does not know."""
    return "ent:" + (name_key(name) or "unnamed")


def clean_surface(span: Span) -> tuple[int, int, str]:
    """Trim a leading article, a trailing preposition, an "and" before another name and
    a trailing possessive from the span's text."""
    start, end = span.start_char, span.end_char
    text = span.text
    article = _LEADING_ARTICLE.match(text)
    if article and len(text) > article.end():
        start += article.end()
        text = text[article.end() :]
    trailing = _TRAILING_FUNCTION_WORD.search(text)
    if trailing:
        end -= len(text) - trailing.start()
        text = text[: trailing.start()]
    joined = _TRAILING_AND.search(text)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if joined and after is not None and after.ent_iob_ == "B":
        # "the ports of Le Havre and | Marseille": the recogniser ran the first of two
        # names on into the "and" before the second, which it tells apart.
        end -= len(text) - joined.start()
        text = text[: joined.start()]
    possessive = _POSSESSIVE.search(text)
    if possessive and possessive.start() > 0:
        end -= len(text) - possessive.start()
        text = text[: possessive.start()]
    return start, end, text


def entities_from_doc(doc: Doc) -> tuple[list[Entity], list[Mention]]:
    """Entities and mentions from ``doc.ents``, in text order, with stable ids."""
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for span in doc.ents:
        kind = LABEL_KINDS.get(span.label_)
        if kind is None:
            continue
        start, end, text = clean_surface(span)
        if not name_key(text):
            continue
        ident = entity_id(text)
        entity = entities.get(ident)
        if entity is None:
            entity = entities[ident] = Entity(id=ident, kind=kind, name=text, aliases=[text])
        elif text not in entity.aliases:
            entity.aliases.append(text)
        mentions.append(
            Mention(id=f"m{len(mentions) + 1}", span=(start, end), text=text, entity=ident)
        )
    return list(entities.values()), mentions
