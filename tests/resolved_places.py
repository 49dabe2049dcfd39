"""Places looked up by the name that mentions them, for resolver tests that set the
recogniser's labels by hand on a blank pipeline."""

from __future__ import annotations

from spacy.language import Language

from historiograph.record import Geo
from historiograph.resolve import KnowledgeBase
from historiograph.resolve.link import resolve_entities


def places(
    nlp: Language,
    kb: KnowledgeBase,
    text: str,
    *labels: tuple[str, str],
    replace: bool = False,
) -> dict[str, Geo | None]:
    """Each mention's place, the recogniser's labels set to ``labels`` (name, label:
    first occurrences); with none given, the pipeline's own unless ``replace``."""
    doc = nlp(text)
    if labels or replace:
        doc.ents = [
            doc.char_span(text.index(name), text.index(name) + len(name), label=label)
            for name, label in labels
        ]
    entities, mentions = resolve_entities(doc, kb=kb)
    geo = {e.id: e.geo for e in entities}
    return {m.text: geo.get(m.entity or "") for m in mentions}


def gpe_places(nlp: Language, kb: KnowledgeBase, text: str, *names: str) -> dict[str, Geo | None]:
    """Each mention's place, exactly ``names`` labelled places (GPE)."""
    return places(nlp, kb, text, *((name, "GPE") for name in names), replace=True)
