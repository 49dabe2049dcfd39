"""API benchmark: p50/p95 latency of the timeline, events and search endpoints under load.

Builds a store of generated records (default 1,000 documents × 100 events =
100,000 events, each with actors, a place, a claim and a date, written
straight through ``Store.save_record`` without NLP), serves it with uvicorn on
a local port, and measures from a local client with several concurrent
workers:

- ``timeline``: ``/api/timeline?limit=100`` at random offsets and date ranges;
- ``events``:   ``/api/events?limit=100`` filtered by type, at random offsets;
- ``search``:   ``/api/search`` for a random word of the generated vocabulary.

Targets (issue 8): p95 under 100 ms for a page of 100 events, under 200 ms for
search. Run: ``python benchmarks/api.py [--docs N] [--events-per-doc N]
[--requests N] [--workers N] [--db PATH]``; prints a table and writes
``benchmarks/results/api.json``. ``--db`` keeps the generated store between
runs (it is built there if missing, and migrated on open).

The results file keeps a ``baseline`` beside the latest run, so a change can
be judged against the query path it replaced: ``--as-baseline`` records a run
there (run it from a checkout of the old code), and a plain run leaves it as
it is (or, in a file that has none, moves the file's previous run there).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import uvicorn
from rich.console import Console
from rich.table import Table

from historiograph.api import create_app
from historiograph.record import (
    Actor,
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Record,
    Trigger,
    When,
    Where,
    document_id,
)
from historiograph.store import Store

TYPES = ["attack", "battle", "protest", "repression", "relocation", "statement"]
PLACES = ["Baghdad", "Ashraf", "Tehran", "Paris", "Tirana", "Diyala", "Basra", "Mosul"]
ACTORS = ["forces", "militia", "police", "residents", "government", "army", "guards"]
WORDS = ["raid", "camp", "convoy", "ceasefire", "border", "checkpoint", "election", "march"]


def make_record(n: int, events: int, rng: random.Random) -> Record:
    """One generated document with ``events`` events, one sentence each."""
    sentences, spans = [], []
    offset = 0
    for i in range(events):
        actor, target = rng.sample(ACTORS, 2)
        sentence = (
            f"In report {n}-{i} the {actor} attacked the {target} near "
            f"{rng.choice(PLACES)} during the {rng.choice(WORDS)}, killing {rng.randint(1, 90)}. "
        )
        sentences.append(sentence)
        spans.append((offset, offset + len(sentence) - 1))
        offset += len(sentence)
    text = "".join(sentences)
    ents = [Entity(id=f"ent:{a}", kind="group", name=a) for a in ACTORS]
    ents += [Entity(id=f"ent:{p.lower()}", kind="place", name=p) for p in PLACES]
    record_events, claims, mentions = [], [], []
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        trigger = start + sentence.index("attacked")
        actor, target = sentence.split(" the ")[1].split()[0], sentence.split(" the ")[2].split()[0]
        place = next(p for p in PLACES if p in sentence)
        day = dt.date(1980, 1, 1) + dt.timedelta(days=rng.randint(0, 15000))
        ranged = rng.random() < 0.3
        killed = start + sentence.index("killing")
        claims.append(
            Claim(
                id=f"c{i}",
                span=(killed, end - 1),
                property="fatalities",
                value=int(sentence.split("killing ")[1].rstrip(". ")),
            )
        )
        place_start = start + sentence.index(place)
        mentions.append(
            Mention(
                id=f"m{i}",
                span=(place_start, place_start + len(place)),
                text=place,
                entity=f"ent:{place.lower()}",
            )
        )
        record_events.append(
            Event(
                id=f"e{i}",
                span=(start, end),
                trigger=Trigger(span=(trigger, trigger + 8), text="attacked"),
                type=rng.choice(TYPES),  # type: ignore[arg-type]
                when=When(
                    earliest=day,
                    latest=day + dt.timedelta(days=30) if ranged else day,
                    precision="month" if ranged else "day",
                ),
                where=Where(entity=f"ent:{place.lower()}", name=place, lat=33.0, lon=44.0),
                actors=[
                    Actor(entity=f"ent:{actor}", role="agent"),
                    Actor(entity=f"ent:{target}", role="target"),
                ],
                claims=[f"c{i}"],
            )
        )
    return Record(
        document=Document(id=document_id(text), title=f"Report {n}", text=text),
        entities=ents,
        mentions=mentions,
        claims=claims,
        events=record_events,
    )


def build_store(db: str, docs: int, events: int) -> float:
    rng = random.Random(8)
    started = time.perf_counter()
    with Store.open(db) as store:
        for n in range(docs):
            store.save_record(make_record(n, events, rng))
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def measure(base: str, paths: list[str], workers: int) -> dict[str, float]:
    def one(path: str) -> float:
        with httpx.Client(base_url=base, timeout=30) as client:
            started = time.perf_counter()
            response = client.get(path)
            elapsed = time.perf_counter() - started
            response.raise_for_status()
            return elapsed * 1000

    with ThreadPoolExecutor(workers) as pool:
        times = sorted(pool.map(one, paths))
    return {
        "requests": len(times),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
        "max_ms": round(times[-1], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--events-per-doc", type=int, default=100)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--db", help="reuse this store (built first if missing)")
    parser.add_argument(
        "--as-baseline", action="store_true", help="record this run as the results' baseline"
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).with_name("results") / "api.json"
    )
    args = parser.parse_args()
    rng = random.Random(1)
    total = args.docs * args.events_per_doc
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        build_seconds: float | None = None  # a reused store was built by an earlier run
        if not Path(db).exists():
            build_seconds = build_store(db, args.docs, args.events_per_doc)
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        runs = {
            "timeline": [
                f"/api/timeline?limit=100&offset={rng.randint(0, max(0, total - 100))}"
                if i % 2
                else f"/api/timeline?limit=100&start={1980 + rng.randint(0, 35)}-01-01"
                for i in range(args.requests)
            ],
            "events": [
                f"/api/events?limit=100&type={rng.choice(TYPES)}&offset={rng.randint(0, 1000)}"
                for _ in range(args.requests)
            ],
            "search": [f"/api/search?q={rng.choice(WORDS)}&limit=20" for _ in range(args.requests)],
        }
        for paths in runs.values():  # warm-up: caches and the connection pool
            measure(base, paths[:20], args.workers)
        results = {name: measure(base, paths, args.workers) for name, paths in runs.items()}
        server.should_exit = True
        thread.join(timeout=10)
    table = Table(title=f"API latency: {total:,} events, {args.workers} concurrent clients")
    for col in ("endpoint", "requests", "p50 ms", "p95 ms", "max ms"):
        table.add_column(col)
    for name, r in results.items():
        table.add_row(
            name, str(r["requests"]), str(r["p50_ms"]), str(r["p95_ms"]), str(r["max_ms"])
        )
    Console().print(table)
    run = {
        "events": total,
        "documents": args.docs,
        "workers": args.workers,
        "store_build_seconds": None if build_seconds is None else round(build_seconds, 1),
        "endpoints": results,
    }
    write_report(args.out, run, as_baseline=args.as_baseline)


def write_report(out: Path, run: dict[str, object], *, as_baseline: bool) -> None:
    """Write ``run`` to ``out``, keeping the baseline the file already holds."""
    previous = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    if as_baseline:
        report = {**previous, "baseline": run}
    else:
        baseline = previous.get("baseline")
        if baseline is None and "endpoints" in previous:
            baseline = {k: v for k, v in previous.items() if k != "baseline"}
        report = {**run, "baseline": baseline} if baseline else run
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
