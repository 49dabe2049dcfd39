"""Resolve: link mentions to the knowledge base and places to the gazetteer.

Pipeline contract::

    nlp = load_nlp()
    add_entity_ruler(nlp, kb)            # KB names, before "ner"
    doc = nlp(text)
    entities, mentions = resolve_entities(doc, kb=kb, gazetteer=gazetteer)
"""

from __future__ import annotations

from historiograph.resolve.gazetteer import Gazetteer, Place, geo_precision, load_gazetteer
from historiograph.resolve.kb import KBEntity, KnowledgeBase, load_kb
from historiograph.resolve.link import ResolvedMention, resolve_doc, resolve_entities
from historiograph.resolve.ruler import FACTORY, KBEntityRuler, add_entity_ruler

__all__ = [
    "FACTORY",
    "Gazetteer",
    "KBEntity",
    "KBEntityRuler",
    "KnowledgeBase",
    "Place",
    "ResolvedMention",
    "add_entity_ruler",
    "geo_precision",
    "load_gazetteer",
    "load_kb",
    "resolve_doc",
    "resolve_entities",
]
