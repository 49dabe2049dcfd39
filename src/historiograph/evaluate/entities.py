"""Entity evaluation: mention detection and linking against record-format gold.

Gold is records (JSON or JSONL) with ``document`` (``text``, or ``source``
relative to the gold file), ``entities`` and ``mentions``. Mentions match on
exact span. Linking accuracy is over matched gold mentions: the predicted
entity id equals the gold one (``None`` for a deliberately ambiguous mention).
``unified`` is the share of gold entities whose matched mentions all went to
one predicted entity: the "seven names, one organization" test.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from historiograph.evaluate.geo import _record_text
from historiograph.record import Mention


@dataclass
class EntityScores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    linked: int = 0
    entities: int = 0
    unified: int = 0

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
        }


def _rows(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return [json.loads(text)]


def score_document(
    gold_mentions: Sequence[dict[str, Any]], predicted: Sequence[Mention], scores: EntityScores
) -> None:
    """Add one document's counts to ``scores``."""
    by_span = {tuple(m.span): m for m in predicted}
    scores.gold += len(gold_mentions)
    scores.predicted += len(predicted)
    groups: dict[str, set[str | None]] = defaultdict(set)
    for gold in gold_mentions:
        hit = by_span.get(tuple(gold["span"]))
        if hit is None:
            continue
        scores.matched += 1
        scores.linked += hit.entity == gold.get("entity")
        if gold.get("entity"):
            groups[gold["entity"]].add(hit.entity)
    scores.entities += len(groups)
    scores.unified += sum(len(g) == 1 and None not in g for g in groups.values())


def evaluate_entities(
    paths: Sequence[Path], extract: Callable[[str], list[Mention]]
) -> EntityScores:
    """Score ``extract`` (text -> mentions) on every gold record in ``paths``."""
    scores = EntityScores()
    for path in paths:
        for row in _rows(path):
            score_document(row.get("mentions", []), extract(_record_text(row, path)), scores)
    return scores
