"""Entity evaluation: mention detection and linking against record-format gold.

Gold is records (JSON or JSONL, read by :mod:`historiograph.evaluate.record_gold`)
with ``document``, ``entities`` and ``mentions``. Mentions match on exact span.

Linking accuracy is over matched gold mentions. A mention is linked right when
the predicted entity is the gold one: the same id, the same external id (a
Wikidata or GeoNames id both records carry), or, since gold written against
another knowledge base names the same organization with other ids, a
predicted entity whose canonical name is one of the gold entity's names. A
gold mention with entity ``None`` is deliberately ambiguous and is right only
when the prediction leaves it unresolved too. ``unified`` is the share of gold
entities whose matched mentions all went to one predicted entity: the "seven
names, one organization" test. ``kind_accuracy`` is the share of matched gold
mentions whose predicted entity has the gold entity's kind (person, place, ...):
a name linked to itself is still wrong when a general is typed a place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from historiograph.evaluate.record_gold import checked_span, read_records, record_text
from historiograph.nlp.entities import name_key
from historiograph.record import Entity, Mention

Extractor = Callable[[str], tuple[list[Entity], list[Mention]]]


@dataclass
class EntityScores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    linked: int = 0
    entities: int = 0
    unified: int = 0
    kinded: int = 0
    typed: int = 0

    def rates(self) -> dict[str, float | int]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "linking_accuracy": self.linked / self.matched if self.matched else 0.0,
            "unified": self.unified / self.entities if self.entities else 0.0,
            "kind_accuracy": self.typed / self.kinded if self.kinded else 0.0,
        }


def _same_entity(gold: dict[str, Any] | None, predicted: Entity | None) -> bool:
    if gold is None or predicted is None:
        return False
    if gold.get("id") == predicted.id:
        return True
    shared_kb = set((gold.get("kb") or {}).items()) & set(predicted.kb.items())
    if shared_kb:
        return True
    names = {name_key(n) for n in [gold.get("name") or "", *(gold.get("aliases") or [])] if n}
    return name_key(predicted.name) in names


def score_document(
    gold_row: dict[str, Any],
    predicted: tuple[Sequence[Entity], Sequence[Mention]],
    scores: EntityScores,
    *,
    where: str = "gold",
) -> None:
    """Add one document's counts to ``scores``."""
    text = str(gold_row["document"].get("text") or "")
    gold_entities = {e.get("id"): e for e in gold_row.get("entities") or []}
    predicted_entities = {e.id: e for e in predicted[0]}
    by_span = {tuple(m.span): m for m in predicted[1]}
    gold_mentions = gold_row.get("mentions") or []
    scores.gold += len(gold_mentions)
    scores.predicted += len(predicted[1])
    groups: dict[str, set[str | None]] = defaultdict(set)
    for i, gold in enumerate(gold_mentions, start=1):
        span = checked_span(text, gold, f"{where} mention {gold.get('id', i)}") if text else None
        hit = by_span.get(span or tuple(gold["span"]))
        if hit is None:
            continue
        scores.matched += 1
        gold_id = gold.get("entity")
        if gold_id is None:
            scores.linked += hit.entity is None
            continue
        entity = predicted_entities.get(hit.entity) if hit.entity else None
        kind = (gold_entities.get(gold_id) or {}).get("kind")
        if kind:
            scores.kinded += 1
            scores.typed += entity is not None and entity.kind == kind
        right = hit.entity == gold_id or _same_entity(gold_entities.get(gold_id), entity)
        scores.linked += right
        groups[gold_id].add(hit.entity)
    scores.entities += len(groups)
    scores.unified += sum(len(g) == 1 and None not in g for g in groups.values())


def evaluate_entities(paths: Sequence[Path], extract: Extractor) -> EntityScores:
    """Score ``extract`` (text -> entities and mentions) on every gold record in ``paths``."""
    scores = EntityScores()
    for path in paths:
        for n, row in enumerate(read_records(path), start=1):
            text = record_text(path, row["document"])
            row = {**row, "document": {**row["document"], "text": text}}
            score_document(row, extract(text), scores, where=f"{path.name}:{n}")
    return scores
