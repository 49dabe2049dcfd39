"""Score claims extraction against gold records (``historiograph eval claims``).

**Gold files** are JSON (one record or a list) or JSON Lines (one record a
line) in the record format, holding only ``document`` and ``claims``. The
text comes either inline (``document.text``) or, so that a gold file never
carries a whole article into the repository, from ``document.source``: a
path relative to the gold file. ``document.id`` must then be the hash of that
text, so gold spans can only be scored against the text they were made on.
A gold claim may carry a ``quote``, the text its span covers; it is checked
and then dropped, and keeps hand-written offsets honest.

**Matching.** A predicted claim matches a gold claim when their spans
overlap, one to one, the largest overlap first. Detection P/R/F1 count those
matches; the headline claims P/R/F1 also require the same property. Over the
matched pairs: ``low_high`` (both bounds equal), ``property``, ``unit``,
``source`` (same kind, and for named and unnamed sources names that share a
word) and ``stance`` accuracy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from historiograph.errors import MalformedInputError, NotFoundError
from historiograph.record import Claim, ClaimSource, Record, document_id

Extractor = Callable[[str], list[Claim]]

_NAME_STOPWORDS = frozenset({"the", "a", "an", "of", "s", "to", "for", "and"})


@dataclass(frozen=True)
class GoldDocument:
    """One gold record, with the file it came from."""

    path: Path
    record: Record

    @property
    def title(self) -> str:
        return self.record.document.title or self.record.document.id[:15]


def _records(path: Path) -> list[dict[str, Any]]:
    raw = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in raw.splitlines() if line.strip()]
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"{path}: not valid JSON: {exc}") from exc
    return data if isinstance(data, list) else [data]


def _with_text(path: Path, raw: dict[str, Any]) -> dict[str, Any]:
    document = dict(raw.get("document") or {})
    if "text" not in document:
        source = document.get("source")
        if not source:
            raise MalformedInputError(f"{path}: a gold document needs a text or a source")
        text_path = (path.parent / source).resolve()
        if not text_path.is_file():
            raise NotFoundError(f"{path}: the document text {text_path} is not there")
        document["text"] = text_path.read_text(encoding="utf-8")
        if document.get("id") != document_id(document["text"]):
            raise MalformedInputError(f"{path}: {text_path} is not the text the gold was made on")
    document.setdefault("id", document_id(document["text"]))
    text = document["text"]
    claims = []
    for claim in raw.get("claims", []):
        claim = dict(claim)
        quote = claim.pop("quote", None)
        start, end = claim["span"]
        if quote is not None and text[start:end] != quote:
            raise MalformedInputError(
                f"{path}: {claim.get('id')} covers {text[start:end]!r}, not {quote!r}"
            )
        claims.append(claim)
    return {**raw, "document": document, "claims": claims}


def load_gold(path: Path) -> list[GoldDocument]:
    """The gold records of one file, texts resolved and spans checked."""
    if not path.is_file():
        raise NotFoundError(f"gold file {path} not found")
    golds = []
    for raw in _records(path):
        try:
            record = Record.model_validate(_with_text(path, raw))
        except ValueError as exc:
            raise MalformedInputError(f"{path}: {exc}") from exc
        golds.append(GoldDocument(path, record))
    return golds


def _overlap(a: Claim, b: Claim) -> int:
    return min(a.span[1], b.span[1]) - max(a.span[0], b.span[0])


def match(gold: Sequence[Claim], predicted: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """One-to-one pairs of overlapping claims, the largest overlaps first."""
    candidates = sorted(
        ((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for overlap, gi, pi in candidates:
        if overlap <= 0:
            break
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi))
    return [(gold[gi], predicted[pi]) for gi, pi in sorted(pairs)]


def _name_words(name: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (name or "").lower())) - _NAME_STOPWORDS


def same_source(gold: ClaimSource, predicted: ClaimSource) -> bool:
    """Same kind, and (unless the author) names that share a word."""
    if gold.kind != predicted.kind:
        return False
    if gold.kind == "author":
        return True
    return bool(_name_words(gold.name) & _name_words(predicted.name))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class ClaimScores:
    """Counts for one document or many; the rates are computed from them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    typed: int = 0
    low_high: int = 0
    unit: int = 0
    source: int = 0
    stance: int = 0

    def add(self, other: ClaimScores) -> None:
        for name in ClaimScores.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def rates(self) -> dict[str, float]:
        """Precision, recall, F1 (span + property, and span alone) and accuracies."""
        precision = _ratio(self.typed, self.predicted)
        recall = _ratio(self.typed, self.gold)
        span_precision = _ratio(self.matched, self.predicted)
        span_recall = _ratio(self.matched, self.gold)
        return {
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "detection_precision": span_precision,
            "detection_recall": span_recall,
            "detection_f1": _f1(span_precision, span_recall),
            "low_high_accuracy": _ratio(self.low_high, self.matched),
            "property_accuracy": _ratio(self.typed, self.matched),
            "unit_accuracy": _ratio(self.unit, self.matched),
            "source_accuracy": _ratio(self.source, self.matched),
            "stance_accuracy": _ratio(self.stance, self.matched),
        }

    def to_dict(self) -> dict[str, Any]:
        counts = {name: getattr(self, name) for name in ClaimScores.__dataclass_fields__}
        return {**counts, **self.rates()}


@dataclass
class DocumentResult:
    """The scores of one gold document and the claims that went wrong."""

    path: Path
    title: str
    scores: ClaimScores
    errors: list[str] = field(default_factory=list)


def score_document(gold: GoldDocument, predicted: Sequence[Claim]) -> DocumentResult:
    """Compare one document's predicted claims with its gold claims."""
    text = gold.record.document.text
    expected = gold.record.claims
    pairs = match(expected, predicted)
    scores = ClaimScores(gold=len(expected), predicted=len(predicted), matched=len(pairs))
    result = DocumentResult(gold.path, gold.title, scores)
    for g, p in pairs:
        checks = {
            "property": g.property == p.property,
            "low/high": (g.low, g.high) == (p.low, p.high),
            "unit": g.unit == p.unit,
            "source": same_source(g.source, p.source),
            "stance": g.stance == p.stance,
        }
        scores.typed += checks["property"]
        scores.low_high += checks["low/high"]
        scores.unit += checks["unit"]
        scores.source += checks["source"]
        scores.stance += checks["stance"]
        for what, ok in checks.items():
            if not ok:
                result.errors.append(f"{what}: {text[g.span[0] : g.span[1]]!r} {_diff(what, g, p)}")
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(p) for _, p in pairs}
    for g in expected:
        if id(g) not in matched_gold:
            result.errors.append(f"missed: {text[g.span[0] : g.span[1]]!r}")
    for p in predicted:
        if id(p) not in matched_predicted:
            result.errors.append(f"spurious: {text[p.span[0] : p.span[1]]!r} ({p.property})")
    return result


def _diff(what: str, gold: Claim, predicted: Claim) -> str:
    def show(c: Claim) -> str:
        if what == "low/high":
            return f"{c.low}..{c.high}"
        if what == "source":
            return f"{c.source.kind}:{c.source.name}"
        return str(getattr(c, what))

    return f"gold {show(gold)}, got {show(predicted)}"


@dataclass
class ClaimsReport:
    """Per-document results and their total."""

    documents: list[DocumentResult]

    @property
    def overall(self) -> ClaimScores:
        total = ClaimScores()
        for result in self.documents:
            total.add(result.scores)
        return total

    def by_file(self) -> dict[Path, ClaimScores]:
        """Scores summed over the documents of each gold file, in order."""
        files: dict[Path, ClaimScores] = {}
        for result in self.documents:
            files.setdefault(result.path, ClaimScores()).add(result.scores)
        return files

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": [
                {"path": str(path), **scores.to_dict()} for path, scores in self.by_file().items()
            ],
            "documents": [
                {
                    "path": str(r.path),
                    "title": r.title,
                    **r.scores.to_dict(),
                    "errors": r.errors,
                }
                for r in self.documents
            ],
            "overall": self.overall.to_dict(),
        }


def evaluate_claims(paths: Iterable[Path], extract: Extractor) -> ClaimsReport:
    """Run ``extract`` on every gold document's text and score it."""
    results = []
    for path in paths:
        for gold in load_gold(path):
            results.append(score_document(gold, extract(gold.record.document.text)))
    return ClaimsReport(results)
