"""Benchmark: clustering synthetic event accounts, blocked against naive all-pairs.

Generates ``--events`` accounts (default 10,000) of made-up events, each told by
one to three "sources" with jittered dates, and clusters them with the
reconciler's own engine: once with blocking (type x time bucket), and, as the
baseline in the same run, with the naive all-pairs comparison. All-pairs is
quadratic, so it runs on ``--naive-sizes`` subsets and is extrapolated to the
full size from the largest one; blocked runs on the same subsets too, and the
two must give identical clusters (blocking skips only pairs that scoring would
refuse). Prints a table and writes ``benchmarks/results/reconcile.json``.

Then the same accounts go through the store, as ingest reconciles them: made-up
documents of ``--events-per-document`` events each are saved to a fresh SQLite
store and :func:`~historiograph.reconcile.reconcile_pending` places them, for
each size in ``--store-documents``; once a document per transaction (the
baseline) and once in batches. Time that grows in proportion to the documents
(flat seconds per 1,000 documents) is what an ingest of a large corpus needs.

    python benchmarks/reconcile.py --events 10000 --store-documents 250 500 1000 2000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from historiograph.evaluate.clusters import bcubed
from historiograph.reconcile import Reconciler, reconcile_pending
from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef
from historiograph.reconcile.clustering import cluster_accounts
from historiograph.reconcile.engine import BATCH_DOCUMENTS
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity
from historiograph.record import (
    Actor,
    Document,
    Entity,
    Event,
    Geo,
    Record,
    Trigger,
    When,
    Where,
    document_id,
)
from historiograph.store import Store

RESULTS = Path(__file__).resolve().parent / "results" / "reconcile.json"
TYPES = ("attack", "battle", "repression", "protest", "legal", "relocation", "agreement")
VERBS = {
    "attack": ("bombed", "attacked", "struck"),
    "battle": ("fought", "clashed with", "shelled"),
    "repression": ("arrested", "executed", "detained"),
    "protest": ("marched against", "protested against", "rallied against"),
    "legal": ("sentenced", "charged", "indicted"),
    "relocation": ("moved", "relocated", "transferred"),
    "agreement": ("signed a truce with", "agreed a ceasefire with", "made a pact with"),
}
START = dt.date(1950, 1, 1)
SPAN_DAYS = 70 * 365


def synthetic_accounts(count: int, seed: int = 7) -> tuple[list[Account], dict[str, int]]:
    """``count`` accounts of made-up events (1-3 accounts each) and each account's true event."""
    rng = random.Random(seed)
    places = [
        PlaceRef(
            name=f"Town {i}",
            entity=f"ent:town-{i}",
            lat=rng.uniform(25, 45),
            lon=rng.uniform(35, 60),
            precision=1,
        )
        for i in range(400)
    ]
    syllables = ("ka", "ro", "mi", "tel", "van", "su", "dor", "ez", "li", "bar", "no", "ut")
    names = sorted({"".join(rng.choices(syllables, k=3)).title() for _ in range(600)})[:300]
    actors = [ActorRef(entity=f"ent:{n.lower()}", name=f"{n} Front") for n in names]
    accounts: list[Account] = []
    truth: dict[str, int] = {}
    event = 0
    while len(accounts) < count:
        event += 1
        event_type = rng.choice(TYPES)
        day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        place = rng.choice(places)
        agent, target = rng.sample(actors, 2)
        for source in range(min(rng.randint(1, 3), count - len(accounts))):
            told = day + dt.timedelta(days=rng.choice((0, 0, 0, 1, -1, 20)))
            verb = rng.choice(VERBS[event_type])
            key = f"sha256:{event:08x}{source}@0-5"
            accounts.append(
                Account(
                    key=key,
                    document=key.split("@")[0],
                    event=f"e{source}",
                    type=event_type,
                    trigger=verb,
                    earliest=told,
                    latest=told,
                    precision="day",
                    place=place,
                    agents=[agent],
                    patients=[target],
                    quote=f"On {told:%B %d, %Y}, {agent.name} {verb} {target.name} "
                    f"near {place.name}, sources said.",
                    span=(0, 5),
                )
            )
            truth[key] = event
    rng.shuffle(accounts)
    return accounts, truth


def run(accounts: list[Account], *, blocking: bool) -> tuple[float, dict[str, int], int]:
    settings = load_settings()
    started = time.perf_counter()
    clusterer = cluster_accounts(accounts, settings, LexicalSimilarity(settings), blocking=blocking)
    seconds = time.perf_counter() - started
    return seconds, dict(clusterer.cluster_of), clusterer.comparisons


def same_partition(a: dict[str, int], b: dict[str, int]) -> bool:
    def groups(labels: dict[str, int]) -> set[frozenset[str]]:
        found: dict[int, set[str]] = {}
        for key, label in labels.items():
            found.setdefault(label, set()).add(key)
        return {frozenset(g) for g in found.values()}

    return groups(a) == groups(b)


def synthetic_records(accounts: list[Account], per_document: int) -> list[Record]:
    """The accounts told ``per_document`` at a time, as stored records with entities."""
    records = []
    for start in range(0, len(accounts), per_document):
        told = accounts[start : start + per_document]
        text = " ".join(a.quote for a in told)
        doc = document_id(text)
        entities: dict[str, Entity] = {}
        events = []
        offset = 0
        for number, account in enumerate(told, 1):
            at = text.index(account.trigger, offset)
            offset = text.index(".", at) + 1
            place = account.place
            assert place is not None and place.entity is not None
            entities[place.entity] = Entity(
                id=place.entity,
                kind="place",
                name=place.name or "",
                geo=Geo(lat=place.lat, lon=place.lon),
            )
            for actor in account.agents + account.patients:
                entities[actor.entity] = Entity(id=actor.entity, kind="group", name=actor.name)
            events.append(
                Event(
                    id=f"e{number}",
                    span=(text.rindex(". ", 0, at) + 2 if ". " in text[:at] else 0, offset),
                    trigger=Trigger(span=(at, at + len(account.trigger)), text=account.trigger),
                    type=account.type,
                    when=When(earliest=account.earliest, latest=account.latest, precision="day"),
                    where=Where(
                        entity=place.entity,
                        name=place.name,
                        lat=place.lat,
                        lon=place.lon,
                        precision=place.precision,
                    ),
                    actors=[Actor(entity=a.entity, role="agent") for a in account.agents]
                    + [Actor(entity=a.entity, role="target") for a in account.patients],
                )
            )
        records.append(
            Record(
                document=Document(id=doc, title=text[:40], text=text),
                entities=list(entities.values()),
                events=events,
            )
        )
    return records


def store_run(records: list[Record], batch: int) -> tuple[float, int]:
    """Seconds to reconcile ``records`` saved in a fresh SQLite store, and the clusters made."""
    with tempfile.TemporaryDirectory() as folder, Store.open(str(Path(folder) / "b.db")) as store:
        store.save_records(records)
        started = time.perf_counter()
        results = reconcile_pending(store, reconciler=Reconciler(), batch=batch)
        seconds = time.perf_counter() - started
        return seconds, len({c for r in results for c in r.clusters})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--naive-sizes", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--store-documents", type=int, nargs="*", default=[250, 500, 1000])
    parser.add_argument("--events-per-document", type=int, default=4)
    args = parser.parse_args()

    accounts, truth = synthetic_accounts(args.events)
    rows: list[dict[str, Any]] = []
    for size in sorted(s for s in args.naive_sizes if s < args.events):
        subset = accounts[:size]
        naive_s, naive_labels, naive_cmp = run(subset, blocking=False)
        blocked_s, blocked_labels, blocked_cmp = run(subset, blocking=True)
        rows.append(
            {
                "events": size,
                "naive_seconds": round(naive_s, 3),
                "naive_comparisons": naive_cmp,
                "blocked_seconds": round(blocked_s, 3),
                "blocked_comparisons": blocked_cmp,
                "identical_clusters": same_partition(naive_labels, blocked_labels),
            }
        )
    blocked_s, labels, comparisons = run(accounts, blocking=True)
    largest = rows[-1] if rows else None
    extrapolated = (
        None
        if largest is None
        else round(largest["naive_seconds"] * (args.events / largest["events"]) ** 2, 1)
    )
    quality = bcubed(labels, truth)
    rows.append(
        {
            "events": args.events,
            "naive_seconds": extrapolated,
            "naive_comparisons": args.events * (args.events - 1) // 2,
            "blocked_seconds": round(blocked_s, 3),
            "blocked_comparisons": comparisons,
            "identical_clusters": None,
        }
    )
    print(
        f"{'events':>8} {'naive s':>10} {'naive pairs':>12} {'blocked s':>10} "
        f"{'blocked pairs':>14} {'same':>6}"
    )
    for row in rows:
        naive = "" if row["naive_seconds"] is None else f"{row['naive_seconds']:.2f}"
        if row is rows[-1] and extrapolated is not None:
            naive += "*"
        same = "" if row["identical_clusters"] is None else str(row["identical_clusters"])
        print(
            f"{row['events']:>8} {naive:>10} {row['naive_comparisons']:>12} "
            f"{row['blocked_seconds']:>10.2f} {row['blocked_comparisons']:>14} {same:>6}"
        )
    print("* extrapolated quadratically from the largest measured all-pairs run")
    print(
        f"B-cubed against the synthetic truth at {args.events}: "
        f"P {quality.precision} R {quality.recall} F1 {quality.f1}"
    )
    store_rows = []
    if args.store_documents:
        print(
            f"\n{'documents':>10} {'events':>7} {'per-doc s':>10} {'batched s':>10} "
            f"{'s/1k docs':>10} {'speed-up':>9}"
        )
    for size in args.store_documents:
        records = synthetic_records(
            synthetic_accounts(size * args.events_per_document, seed=11)[0],
            args.events_per_document,
        )
        single_s, _ = store_run(records, batch=1)
        batched_s, clusters = store_run(records, batch=BATCH_DOCUMENTS)
        row = {
            "documents": size,
            "events": sum(len(r.events) for r in records),
            "per_document_seconds": round(single_s, 2),
            "batched_seconds": round(batched_s, 2),
            "batched_seconds_per_1000_documents": round(batched_s / size * 1000, 2),
            "clusters": clusters,
        }
        store_rows.append(row)
        print(
            f"{size:>10} {row['events']:>7} {single_s:>10.2f} {batched_s:>10.2f} "
            f"{row['batched_seconds_per_1000_documents']:>10.2f} {single_s / batched_s:>8.1f}x"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "reconcile",
                "machine": {"python": platform.python_version(), "cpu": platform.processor()},
                "events": args.events,
                "blocked_seconds": round(blocked_s, 3),
                "naive_seconds_extrapolated": extrapolated,
                "speedup": None if extrapolated is None else round(extrapolated / blocked_s, 1),
                "bcubed": vars(quality),
                "runs": rows,
                "store": {
                    "events_per_document": args.events_per_document,
                    "batch": BATCH_DOCUMENTS,
                    "runs": store_rows,
                },
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
