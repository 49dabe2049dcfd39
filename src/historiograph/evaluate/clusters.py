"""Scoring event clusters and conflicts against gold (``historiograph eval clusters``).

Gold is YAML, written by quoting rather than by offsets so that it survives
changes to cleaning and extraction::

    documents:
      ministry:   {path: ../corpus/ministry.html}        # relative to the gold file
      tehran:     {path: ../corpus/two.jsonl, title: "Terrorist group's base..."}
      bulletin:   {text: "...", title: "...", published: 1996-10-01}
    clusters:                       # one entry per real event: its accounts
      raid-1996:
        - {doc: ministry, evidence: "Army units attacked the rebel base"}
        - {doc: bulletin, evidence: "The army raid on Camp Teral took place"}
    conflicts:                      # which accounts of a cluster disagree, on what
      - {cluster: raid-1996, field: date, between: [ministry, bulletin]}

A system event belongs to a gold cluster when its trigger lies inside one of
the cluster's evidence quotes in that document. System events that no quote
covers are singletons of the gold clustering, so merging them into a real
event costs precision. Gold accounts that the extractor did not find are
counted (``missed_accounts``) but cannot be scored for clustering.

Clustering is scored with B-cubed and pairwise precision/recall/F1 over the
system events; conflicts as (gold cluster, field, pair of documents). A system
conflict belongs to a gold cluster when the mentions that gave both its values
(each side's ``event_key``) belong to it (a side's ``also``, the same voice quoted by
another document, counts as that document's side too): two figures from two different events
that a wrong merge set side by side are a false conflict, whatever event most of
the merged cluster tells. A side whose mention no quote covers (a headline the
gold left out, a stray trigger) takes the gold cluster that most of its
document's events in the system cluster belong to, else the cluster's majority.
"""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from historiograph.errors import MalformedInputError
from historiograph.ingest import IngestFailure, iter_documents
from historiograph.pipeline import Pipeline
from historiograph.reconcile import Reconciler, reconcile_pending
from historiograph.reconcile.accounts import parse_event_key
from historiograph.reconcile.queries import ConflictView, list_conflicts, memberships
from historiograph.record import Document, document_id
from historiograph.store import Store

ConflictKey = tuple[str, str, frozenset[str]]


@dataclass
class GoldAccount:
    doc: str
    span: tuple[int, int]


@dataclass
class GoldSet:
    documents: dict[str, Document]
    clusters: dict[str, list[GoldAccount]]
    conflicts: set[ConflictKey]


@dataclass
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
        return cls(round(precision, 4), round(recall, 4), round(f1, 4))


@dataclass
class ClusterScores:
    events: int = 0
    matched_events: int = 0
    gold_accounts: int = 0
    missed_accounts: int = 0
    bcubed: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    pairwise: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    conflicts: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    # Per kind of conflict (date, fatalities, place, perpetrator, type): predicted, gold
    # and correct counts with their precision and recall, since the targets name kinds.
    conflict_fields: dict[str, dict[str, float]] = field(default_factory=dict)
    false_conflicts: list[str] = field(default_factory=list)
    missed_conflicts: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, Any]:
        return {
            "events": self.events,
            "matched_events": self.matched_events,
            "gold_accounts": self.gold_accounts,
            "missed_accounts": self.missed_accounts,
            "bcubed": vars(self.bcubed),
            "pairwise": vars(self.pairwise),
            "conflicts": vars(self.conflicts),
            "conflict_fields": self.conflict_fields,
            "false_conflicts": self.false_conflicts,
            "missed_conflicts": self.missed_conflicts,
        }


def load_gold(path: Path) -> GoldSet:
    """Read a gold file; every quote must occur in its document."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "documents" not in data or "clusters" not in data:
        raise MalformedInputError(f"{path}: gold needs 'documents' and 'clusters'")
    documents = {name: _load_document(spec, path, name) for name, spec in data["documents"].items()}
    clusters: dict[str, list[GoldAccount]] = {}
    for cluster, accounts in data["clusters"].items():
        clusters[str(cluster)] = []
        for account in accounts:
            doc = str(account["doc"])
            if doc not in documents:
                raise MalformedInputError(f"{path}: cluster {cluster} names no document {doc!r}")
            text, quote = documents[doc].text, str(account["evidence"])
            start = text.find(quote)
            if start < 0:
                raise MalformedInputError(f"{path}: {quote!r} is not in document {doc!r}")
            clusters[str(cluster)].append(GoldAccount(doc, (start, start + len(quote))))
    conflicts = {
        (str(c["cluster"]), str(c["field"]), frozenset(str(d) for d in c["between"]))
        for c in data.get("conflicts") or []
    }
    return GoldSet(documents, clusters, conflicts)


def _load_document(spec: Mapping[str, Any], gold_path: Path, name: str) -> Document:
    if "text" in spec:
        text = str(spec["text"])
        published = spec.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return Document(
            id=document_id(text), text=text, title=spec.get("title"), published=published
        )
    path = gold_path.parent / str(spec["path"])
    items = [i for i in iter_documents([str(path)]) if not isinstance(i, IngestFailure)]
    if "title" in spec:
        items = [i for i in items if i.title == spec["title"]]
    if len(items) != 1:
        raise MalformedInputError(f"{gold_path}: document {name!r} ({path}) is not one document")
    return items[0]


def bcubed(system: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> PRF:
    """B-cubed precision and recall of clustering ``system`` against ``gold`` (same items)."""
    sys_members: defaultdict[Hashable, set[str]] = defaultdict(set)
    gold_members: defaultdict[Hashable, set[str]] = defaultdict(set)
    for item, label in system.items():
        sys_members[label].add(item)
    for item, label in gold.items():
        gold_members[label].add(item)
    if not system:
        return PRF(0, 0, 0)
    precision = recall = 0.0
    for item in system:
        s, g = sys_members[system[item]], gold_members[gold[item]]
        overlap = len(s & g)
        precision += overlap / len(s)
        recall += overlap / len(g)
    return PRF.of(precision / len(system), recall / len(system))


def pairwise(system: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> PRF:
    """Precision and recall over pairs of items placed together."""
    items = sorted(system)
    sys_pairs = {(a, b) for a, b in itertools.combinations(items, 2) if system[a] == system[b]}
    gold_pairs = {(a, b) for a, b in itertools.combinations(items, 2) if gold[a] == gold[b]}
    both = len(sys_pairs & gold_pairs)
    precision = both / len(sys_pairs) if sys_pairs else 1.0
    recall = both / len(gold_pairs) if gold_pairs else 1.0
    return PRF.of(precision, recall)


def evaluate_gold(path: Path, pipeline: Pipeline, reconciler: Reconciler) -> ClusterScores:
    """Extract and reconcile the gold documents in a scratch store, then score the result."""
    gold = load_gold(path)
    with (
        tempfile.TemporaryDirectory() as folder,
        Store.open(str(Path(folder) / "gold.db")) as store,
    ):
        for record in pipeline.process(gold.documents.values()):
            store.save_record(record)
        reconcile_pending(store, reconciler=reconciler)
        members = memberships(store)
        conflicts = list_conflicts(store)
    names = {doc.id: name for name, doc in gold.documents.items()}
    gold_of: dict[str, str] = {}
    for key in members:
        doc_id, (start, end) = parse_event_key(key)
        for cluster, accounts in gold.clusters.items():
            if any(
                names.get(doc_id) == a.doc and a.span[0] <= start and end <= a.span[1]
                for a in accounts
            ):
                gold_of[key] = cluster
                break
    gold_labels = {key: gold_of.get(key, "system:" + key) for key in members}
    found_accounts = {(names.get(parse_event_key(k)[0]), gold_of[k]) for k in gold_of}
    all_accounts = [(a.doc, c) for c, accounts in gold.clusters.items() for a in accounts]
    scores = ClusterScores(
        events=len(members),
        matched_events=len(gold_of),
        gold_accounts=len(all_accounts),
        missed_accounts=sum(1 for a in all_accounts if a not in found_accounts),
        bcubed=bcubed(members, gold_labels),
        pairwise=pairwise(members, gold_labels),
    )
    predicted = predicted_conflicts(conflicts, members, gold_of, names)
    _score_conflicts(scores, predicted, gold.conflicts)
    return scores


def predicted_conflicts(
    conflicts: Sequence[ConflictView],
    members: Mapping[str, int],
    gold_of: Mapping[str, str],
    names: Mapping[str, str],
) -> set[ConflictKey]:
    """The system's conflicts as gold keys: (gold cluster, field, the two documents).

    A conflict listed once for one voice that several documents quote (a side's
    ``also``) sets each of those documents against the other side, as the gold does.
    """
    return {
        (
            conflict_gold_cluster(c.cluster, (a, b), members, gold_of),
            c.field,
            frozenset(names.get(str(side["document"]), "?") for side in (a, b)),
        )
        for c in conflicts
        for a in (c.a, *c.a.get("also", []))
        for b in (c.b, *c.b.get("also", []))
    }


def conflict_gold_cluster(
    cluster: int,
    sides: Sequence[Mapping[str, Any]],
    members: Mapping[str, int],
    gold_of: Mapping[str, str],
) -> str:
    """The gold cluster a system conflict is about: the one both its sides' mentions
    belong to, or a label no gold conflict has when they belong to different ones."""
    labels = []
    for side in sides:
        key, document = str(side.get("event_key", "")), str(side["document"])
        if key in gold_of:
            labels.append(gold_of[key])
            continue
        own = Counter(
            gold_of[k]
            for k, c in members.items()
            if c == cluster and k in gold_of and parse_event_key(k)[0] == document
        )
        every = own or Counter(
            gold_of[k] for k, c in members.items() if c == cluster and k in gold_of
        )
        labels.append(every.most_common(1)[0][0] if every else f"system:{cluster}")
    return labels[0] if len(set(labels)) == 1 else "mixed:" + "|".join(labels)


def _score_conflicts(
    scores: ClusterScores, predicted: set[ConflictKey], gold: set[ConflictKey]
) -> None:
    hits = predicted & gold
    precision = len(hits) / len(predicted) if predicted else 1.0
    recall = len(hits) / len(gold) if gold else 1.0
    scores.conflicts = PRF.of(precision, recall)
    for field_name in sorted({k[1] for k in predicted | gold}):
        scores.conflict_fields[field_name] = field_scores(
            predicted=sum(1 for k in predicted if k[1] == field_name),
            gold=sum(1 for k in gold if k[1] == field_name),
            correct=sum(1 for k in hits if k[1] == field_name),
        )
    scores.false_conflicts = sorted(_show(k) for k in predicted - gold)
    scores.missed_conflicts = sorted(_show(k) for k in gold - predicted)


def field_scores(predicted: int, gold: int, correct: int) -> dict[str, float]:
    """One kind of conflict's counts with its precision and recall (1.0 where nothing was
    predicted, or nothing is in gold, to find)."""
    return {
        "predicted": predicted,
        "gold": gold,
        "correct": correct,
        "precision": round(correct / predicted, 4) if predicted else 1.0,
        "recall": round(correct / gold, 4) if gold else 1.0,
    }


def _show(key: ConflictKey) -> str:
    cluster, field_name, docs = key
    return f"{cluster} {field_name}: {' / '.join(sorted(docs))}"


def evaluate_clusters(
    paths: Sequence[Path], pipeline: Pipeline, reconciler: Reconciler | None = None
) -> tuple[dict[str, ClusterScores], dict[str, Any]]:
    """Scores per gold file and their micro-averaged (by event) overall figures."""
    reconciler = reconciler or Reconciler()
    per_file = {str(p): evaluate_gold(p, pipeline, reconciler) for p in paths}
    overall = _overall(list(per_file.values()))
    return per_file, overall


def _overall(scores: Sequence[ClusterScores]) -> dict[str, Any]:
    events = sum(s.events for s in scores) or 1

    def weighted(name: str) -> PRF:
        p = sum(getattr(s, name).precision * s.events for s in scores) / events
        r = sum(getattr(s, name).recall * s.events for s in scores) / events
        return PRF.of(p, r)

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for s in scores:
        for name, kind in s.conflict_fields.items():
            counts[name].update({k: int(kind[k]) for k in ("predicted", "gold", "correct")})
    fields = {
        name: field_scores(kind["predicted"], kind["gold"], kind["correct"])
        for name, kind in sorted(counts.items())
    }
    predicted = sum(kind["predicted"] for kind in counts.values())
    gold = sum(kind["gold"] for kind in counts.values())
    correct = sum(kind["correct"] for kind in counts.values())
    return {
        "events": sum(s.events for s in scores),
        "matched_events": sum(s.matched_events for s in scores),
        "gold_accounts": sum(s.gold_accounts for s in scores),
        "missed_accounts": sum(s.missed_accounts for s in scores),
        "bcubed": vars(weighted("bcubed")),
        "pairwise": vars(weighted("pairwise")),
        "conflicts": vars(
            PRF.of(correct / predicted if predicted else 1.0, correct / gold if gold else 1.0)
        ),
        "conflict_fields": fields,
    }
