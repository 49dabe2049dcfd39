"""Score temporal tagging the way TempEval-3 does, for our tagger and a baseline.

TempEval-3 (UzZaman et al., 2013) scores TIMEX3 extraction by extent — strict
(the exact span) and relaxed (any overlap) precision, recall and F1 — and, on
the relaxed matches, type and value accuracy; value F1 is relaxed F1 counting
only matches whose value is right. That is the official toolkit's "Attribute
F1 Value" (``evaluate_entities.py``: value matches / relaxed matches x relaxed
F1): with v right values among m relaxed matches, s system and g gold timexes,
(v/m) * 2m/(s+g) = 2v/(s+g), the F1 of v/s and v/g computed here. This
module computes those, micro-averaged over documents, for
:func:`historiograph.extract.time.tag_timexes` and for
``dateparser.search.search_dates`` as the baseline.

Gold comes in two forms:

* TimeML (``.tml``; a folder means its ``.tml`` files): the text and TIMEX3
  tags, with the document creation time as the ``published`` anchor (never
  scored);
* record format (``.json`` / ``.jsonl``, one record a line): ``document`` and
  ``timexes`` as in the record spec. So that gold need not carry an article's
  text, ``document.text`` may be left out: the text is then taken from a
  plain-text file given alongside whose sha256 matches ``document.id``. Where
  record gold gives ``earliest``/``latest``, interval accuracy is scored too
  (both bounds equal, on relaxed matches).

Relative expressions in TimeML have a ``value`` resolved by annotators; we
compare values exactly as TempEval-3's scorer does: its
``evaluate_entities.py`` tests ``g.value == s.value`` on the raw attribute
strings (the TimeML-Normalizer it runs first only renumbers ids), so
"2000-W7" and "2000-W07", or "T24" and "T24:00", count as different values.
No padding or granularity is normalised here either, so that our numbers
stay comparable with the published ones.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from historiograph.evaluate.timeml import GoldDocument, GoldTimex, read_timeml
from historiograph.record import document_id

log = logging.getLogger(__name__)

SYSTEM = "historiograph"
BASELINE = "dateparser"


@dataclass(frozen=True)
class Predicted:
    """One system timex: span, type, value and (when known) its interval."""

    start: int
    end: int
    type: str
    value: str
    earliest: dt.date | None = None
    latest: dt.date | None = None


@dataclass(frozen=True)
class GoldInterval:
    """A gold timex's interval bounds, for record-format gold that gives them."""

    earliest: dt.date | None
    latest: dt.date | None


@dataclass
class Counts:
    """The tallies TempEval-3's measures are computed from (they add up over files)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    interval_gold: int = 0
    interval_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def metrics(self) -> dict[str, float | None]:
        """Strict / relaxed / value P, R, F1 and type / value / interval accuracy."""

        def prf(hits: int, prefix: str) -> dict[str, float | None]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {f"{prefix}_p": p, f"{prefix}_r": r, f"{prefix}_f1": f}

        return {
            **prf(self.strict, "strict"),
            **prf(self.relaxed, "relaxed"),
            "type_accuracy": self.type_ok / self.relaxed if self.relaxed else 0.0,
            "value_accuracy": self.value_ok / self.relaxed if self.relaxed else 0.0,
            **prf(self.value_ok, "value"),
            "interval_accuracy": (
                self.interval_ok / self.interval_gold if self.interval_gold else None
            ),
        }


@dataclass
class FileScores:
    """Counts per system for one gold document."""

    name: str
    counts: dict[str, Counts]


@dataclass
class TimeReport:
    """Per-file and overall counts for every system scored."""

    systems: tuple[str, ...]
    files: list[FileScores] = field(default_factory=list)

    def overall(self) -> dict[str, Counts]:
        totals = {system: Counts() for system in self.systems}
        for scores in self.files:
            for system, counts in scores.counts.items():
                totals[system].add(counts)
        return totals

    def to_dict(self) -> dict[str, Any]:
        """The report as one JSON-ready object."""
        return {
            "systems": list(self.systems),
            "overall": {s: _summary(c) for s, c in self.overall().items()},
            "files": [
                {"name": f.name, **{s: _summary(c) for s, c in f.counts.items()}}
                for f in self.files
            ],
        }


def _summary(counts: Counts) -> dict[str, Any]:
    return {"gold": counts.gold, "system": counts.system, **counts.metrics()}


@dataclass(frozen=True)
class GoldItem:
    """A gold document and, for record gold, the intervals of its timexes."""

    document: GoldDocument
    intervals: dict[tuple[int, int], GoldInterval]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(
    gold: Sequence[GoldTimex],
    predicted: Sequence[Predicted],
    intervals: dict[tuple[int, int], GoldInterval] | None = None,
    unscored: Sequence[tuple[int, int]] = (),
) -> Counts:
    """TempEval-3 counts for one document: each gold timex matches at most one system one.

    Relaxed matching pairs each gold timex with the overlapping system timex
    that overlaps it most (an exact match first), in text order. System
    timexes overlapping an ``unscored`` span (the document creation time where
    the text holds it) are left out: the DCT is given, not found.
    """
    predicted = [
        p for p in predicted if not any(_overlaps((p.start, p.end), span) for span in unscored)
    ]
    counts = Counts(gold=len(gold), system=len(predicted))
    exact = {(p.start, p.end) for p in predicted}
    counts.strict = sum(1 for g in gold if (g.start, g.end) in exact)
    used: set[int] = set()
    for g in gold:
        span = (g.start, g.end)
        best, best_overlap = None, 0
        for index, p in enumerate(predicted):
            if index in used or not _overlaps(span, (p.start, p.end)):
                continue
            overlap = (
                min(g.end, p.end)
                - max(g.start, p.start)
                + (1000 if (p.start, p.end) == span else 0)
            )
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None:
            continue
        used.add(best)
        match = predicted[best]
        counts.relaxed += 1
        counts.type_ok += match.type == g.type
        counts.value_ok += match.value == g.value
        interval = (intervals or {}).get(span)
        if interval is not None:
            counts.interval_gold += 1
            counts.interval_ok += (match.earliest, match.latest) == (
                interval.earliest,
                interval.latest,
            )
    return counts


# --- reading gold --------------------------------------------------------------


def _expand(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.tml")) if path.is_dir() else [path])
    return files


def _record_lines(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _record_gold(path: Path, texts: dict[str, str]) -> list[GoldItem]:
    items = []
    for number, record in enumerate(_record_lines(path), start=1):
        document = record["document"]
        text = document.get("text") or texts.get(document.get("id", ""))
        if text is None:
            raise ValueError(
                f"{path}:{number}: the record has no document.text and no text file given "
                f"matches its id {document.get('id')!r}; pass the document's text file too"
            )
        timexes, intervals = [], {}
        for t in record.get("timexes", []):
            start, end = t["span"]
            if text[start:end] != t["text"]:
                raise ValueError(
                    f"{path}:{number}: {t['id']} covers {text[start:end]!r}, not {t['text']!r}"
                )
            timexes.append(GoldTimex(start, end, t["text"], t["type"], t["value"], t.get("mod")))
            if "earliest" in t or "latest" in t:
                intervals[(start, end)] = GoldInterval(
                    _date(t.get("earliest")), _date(t.get("latest"))
                )
        name = Path(document.get("source") or path.name).stem
        published = _date(document.get("published"))
        items.append(GoldItem(GoldDocument(name, text, published, tuple(timexes)), intervals))
    return items


def load_gold(paths: Sequence[Path]) -> list[GoldItem]:
    """Read gold from TimeML files or folders, record JSON/JSONL and plain-text files.

    Plain-text files (``.txt``) are not gold themselves: they supply the text
    of record gold that leaves ``document.text`` out, matched by document id.
    """
    files = _expand(paths)
    texts = {}
    for path in files:
        if path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            texts[document_id(text)] = text
    items: list[GoldItem] = []
    for path in files:
        if path.suffix == ".tml":
            items.append(GoldItem(read_timeml(path), {}))
        elif path.suffix in (".json", ".jsonl"):
            items.extend(_record_gold(path, texts))
        elif path.suffix != ".txt":
            raise ValueError(
                f"{path}: not TimeML (.tml), record gold (.json/.jsonl) or text (.txt)"
            )
    return items


# --- systems -------------------------------------------------------------------

Tagger = Callable[[str, dt.date | None], list[Predicted]]


def historiograph_tagger(text: str, published: dt.date | None) -> list[Predicted]:
    """Our tagger, as the evaluator sees it."""
    from historiograph.extract.time import tag_timexes

    return [
        Predicted(t.span[0], t.span[1], t.type, t.value, t.earliest, t.latest)
        for t in tag_timexes(text, published=published)
    ]


def dateparser_tagger(text: str, published: dt.date | None) -> list[Predicted]:
    """The baseline: ``dateparser.search.search_dates``, every hit a day-valued DATE.

    dateparser returns (substring, datetime) pairs without offsets; each
    substring is located after the previous one.
    """
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    try:
        found = search_dates(text, languages=["en"], settings=settings) or []
    except (ValueError, OverflowError) as error:  # dateparser fails on some inputs
        log.warning("dateparser failed: %s", error)
        found = []
    predicted, cursor = [], 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:
            continue
        cursor = start + len(substring)
        date = moment.date()
        predicted.append(Predicted(start, cursor, "DATE", date.isoformat(), date, date))
    return predicted


SYSTEMS: dict[str, Tagger] = {SYSTEM: historiograph_tagger, BASELINE: dateparser_tagger}


def evaluate_time(paths: Sequence[Path], *, baseline: bool = True) -> TimeReport:
    """Score our tagger (and the dateparser baseline) on every gold document given."""
    systems = (SYSTEM, BASELINE) if baseline else (SYSTEM,)
    report = TimeReport(systems)
    for item in load_gold(paths):
        document = item.document
        counts = {
            system: score(
                document.timexes,
                SYSTEMS[system](document.text, document.published),
                item.intervals,
                document.unscored,
            )
            for system in systems
        }
        report.files.append(FileScores(document.name, counts))
    return report
