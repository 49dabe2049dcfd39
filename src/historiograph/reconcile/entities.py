"""Entities across documents: one actor or place, however many documents name it.

Within a record, entity ids are already stable: knowledge-base ids for what
the KB knows, ``ent:<slug>`` of the name for what it does not. Across records
the same unknown name can still be spelled two ways ("Ahmad Karimi",
"Ahmed Karimi") and an unknown entity can turn out to be a KB entity under a
transliteration the ruler missed. This module merges those the way events
merge: the KB is the anchor (a KB entity is never merged into another), and an
entity the KB does not know joins a group when its canonical name has the same
transliteration key (:func:`historiograph.resolve.keys.translit_key`) as the
group's or one within a few letters of it (rapidfuzz ratio ≥ 90 on the keys:
"Ahmad Karimi" and "Ahmed Karimi"), and the same kind. Single-word names do
not merge on their own: a bare surname is exactly what two different people
share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from historiograph.record import Record
from historiograph.resolve import KnowledgeBase
from historiograph.resolve.keys import translit_key


@dataclass
class EntityGroup:
    """One entity across documents, with every id and spelling that stood for it."""

    id: str
    kind: str
    name: str
    ids: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    mentions: int = 0
    in_kb: bool = False

    def row(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "documents": len(self.documents),
            "mentions": self.mentions,
            "in_kb": self.in_kb,
            "merged_ids": [i for i in self.ids if i != self.id],
            "aliases": self.aliases,
        }


def _add(group: EntityGroup, other: EntityGroup) -> None:
    group.ids += [i for i in other.ids if i not in group.ids]
    group.aliases += [a for a in other.aliases if a not in group.aliases]
    group.documents |= other.documents
    group.mentions += other.mentions


def entities_across_documents(
    records: Iterable[Record], *, kb: KnowledgeBase | None = None
) -> list[EntityGroup]:
    """Merge the records' entities into groups, most mentioned first."""
    by_id: dict[str, EntityGroup] = {}
    for record in records:
        counts: dict[str, int] = {}
        for mention in record.mentions:
            if mention.entity:
                counts[mention.entity] = counts.get(mention.entity, 0) + 1
        for entity in record.entities:
            group = by_id.get(entity.id)
            if group is None:
                group = by_id[entity.id] = EntityGroup(
                    id=entity.id,
                    kind=entity.kind,
                    name=entity.name,
                    ids=[entity.id],
                    in_kb=kb is not None and entity.id in kb,
                )
            group.aliases += [a for a in entity.aliases if a not in group.aliases]
            group.documents.add(record.document.id)
            group.mentions += counts.get(entity.id, 0)
    anchors: dict[tuple[str, str], EntityGroup] = {}
    merged: list[EntityGroup] = []
    # KB entities first, so that they anchor; then the most mentioned.
    for group in sorted(by_id.values(), key=lambda g: (not g.in_kb, -g.mentions, g.id)):
        key = (group.kind, translit_key(group.name))
        anchor = anchors.get(key)
        if anchor is None and len(group.name.split()) > 1:
            same_kind = [k for kind, k in anchors if kind == group.kind]
            near = process.extractOne(key[1], same_kind, scorer=fuzz.ratio, score_cutoff=90)
            anchor = anchors[(group.kind, near[0])] if near else None
        if anchor is None and not group.in_kb and kb is not None:
            known = [e for e in kb.lookup(group.name) if e.kind == group.kind and e.id in by_id]
            anchor = by_id[known[0].id] if len(known) == 1 else None
        mergeable = len(group.name.split()) > 1 or (anchor is not None and anchor.in_kb)
        if anchor is not None and anchor is not group and not group.in_kb and mergeable:
            _add(anchor, group)
            continue
        anchors.setdefault(key, group)
        merged.append(group)
    return sorted(merged, key=lambda g: (-len(g.documents), -g.mentions, g.name))
