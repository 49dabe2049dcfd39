"""Scale benchmark: single process vs a Dask LocalCluster, worker memory, SQLite vs PostgreSQL.

Generates a corpus of short documents (a sentence or two each, one .txt file
per document; default 50,000), then measures in one run:

1. ``single``: ``historiograph ingest`` on one process into SQLite (the baseline);
2. ``dask``: the same corpus on a LocalCluster of ``--workers`` worker processes
   into SQLite, wall time including cluster start and model loading; the
   target is ``dask / single >= 1.7`` on 2 cores;
3. ``dask_tenth``: a tenth of the corpus on a fresh cluster, for the peak
   resident memory per worker, which should stay flat as the corpus grows 10×;
4. ``writes``: stored records written again into fresh SQLite and PostgreSQL
   stores, one transaction per record (``save_record``) and in bulk batches
   (``save_records``), records per second;
5. ``projection``: documents/s and hours per million documents on clusters of
   more workers, from the per-document costs the workers measured (read and
   clean, NLP, store) and the measured PostgreSQL bulk write rate as the ceiling.

Reconciliation (clustering events across documents) runs after ingest and is
not part of either engine's timing here.

Run: ``python benchmarks/scale.py [--docs N] [--pg URL]`` (PostgreSQL from
``--pg``, else ``$HISTORIOGRAPH_BENCH_PG_URL``; a database it may wipe; left
out when neither is given); prints a table and writes
``benchmarks/results/scale.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import text

from historiograph.pipeline import build_pipeline, ingest
from historiograph.record import Record
from historiograph.scale.dask_engine import DaskOptions, DaskRunSummary, ingest_dask
from historiograph.store import Store

PLACES = ["Baghdad", "Tehran", "Basra", "Kirkuk", "Mosul", "Ahvaz", "Erbil", "Diyala"]
ACTORS = ["the army", "a militia", "the police", "rebel fighters", "security forces"]
TARGETS = ["a checkpoint", "a market", "a convoy", "a police station", "the governor's office"]
SOURCES = ["officials", "the interior ministry", "witnesses", "a local hospital"]
MONTHS = ["January", "March", "April", "June", "August", "October", "December"]
MB = 1024 * 1024


def short_document(rng: random.Random, index: int) -> str:
    return (
        f"On {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1979, 2015)}, "
        f"{rng.choice(ACTORS)} attacked {rng.choice(TARGETS)} in {rng.choice(PLACES)} "
        f"(report {index}). According to {rng.choice(SOURCES)}, at least "
        f"{rng.randint(2, 300)} people were killed.\n"
    )


def write_corpus(folder: Path, docs: int, seed: int) -> None:
    rng = random.Random(seed)
    for start in range(0, docs, 1000):  # 1,000 files a folder, as a large archive would be
        sub = folder / f"{start // 1000:04d}"
        sub.mkdir(parents=True)
        for i in range(start, min(start + 1000, docs)):
            (sub / f"doc{i:07d}.txt").write_text(short_document(rng, i), encoding="utf-8")


def run_dask(corpus: Path, db: Path, workers: int, files_per_task: int) -> DaskRunSummary:
    options = DaskOptions(workers=workers, files_per_task=files_per_task)
    with Store.open(str(db)) as store:
        return ingest_dask([str(corpus)], store=store, options=options, reconcile=False)


def dask_figures(summary: DaskRunSummary, docs: int) -> dict[str, Any]:
    workers = summary.workers.values()
    processed = sum(w.documents for w in workers) or 1
    return {
        "seconds": round(summary.seconds, 2),
        "docs_per_s": round(docs / summary.seconds, 1),
        "startup_seconds": round(summary.startup_seconds, 2),
        "docs_per_s_after_startup": round(docs / (summary.seconds - summary.startup_seconds), 1),
        "stored": summary.stored,
        "peak_rss_mb_per_worker": sorted(round(w.peak_rss / MB) for w in workers),
        "per_doc_ms": {
            "read_clean": round(1000 * sum(w.read_s for w in workers) / processed, 3),
            "nlp": round(1000 * sum(w.nlp_s for w in workers) / processed, 3),
            "store": round(1000 * sum(w.store_s for w in workers) / processed, 3),
        },
    }


def write_rates(url: str, records: list[Record], *, reset: bool) -> dict[str, float]:
    """Records/s written one transaction per record, and in bulk batches of 64."""
    rates: dict[str, float] = {}
    half = len(records) // 2
    with Store.open(url) as store:
        if reset:
            with store.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
    with Store.open(url) as store:
        start = time.perf_counter()
        for record in records[:half]:
            store.save_record(record)
        rates["per_record"] = round(half / (time.perf_counter() - start), 1)
        start = time.perf_counter()
        for i in range(half, len(records), 64):
            store.save_records(records[i : i + 64])
        rates["bulk"] = round((len(records) - half) / (time.perf_counter() - start), 1)
    return rates


def projection(per_doc_ms: dict[str, float], write_ceiling: float | None) -> dict[str, Any]:
    """Documents/s on W workers: W / (worker cost per document), capped by the store's writes."""
    worker_s = (per_doc_ms["read_clean"] + per_doc_ms["nlp"] + per_doc_ms["store"]) / 1000
    clusters = {}
    for workers in (2, 8, 32, 128, 512):
        rate = workers / worker_s
        if write_ceiling is not None:
            rate = min(rate, write_ceiling)
        clusters[str(workers)] = {
            "docs_per_s": round(rate, 1),
            "hours_per_million": round(1e6 / rate / 3600, 2),
        }
    return {
        "worker_seconds_per_doc": round(worker_s, 5),
        "store_write_ceiling_docs_per_s": write_ceiling,
        "assumes": "one single-threaded worker per core, files on shared storage, and one "
        "PostgreSQL server taking bulk writes at the rate measured here from one writer "
        "(a lower bound: the server writes concurrently from many connections)",
        "workers": clusters,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=50_000, help="documents (default 50000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files-per-task", type=int, default=64)
    parser.add_argument("--write-records", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--pg", default=os.environ.get("HISTORIOGRAPH_BENCH_PG_URL"))
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "scale.json"
    )
    args = parser.parse_args()
    results: dict[str, Any] = {"documents": args.docs, "cpus": os.cpu_count()}

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus, tenth = root / "corpus", root / "tenth"
        write_corpus(corpus, args.docs, args.seed)
        write_corpus(tenth, args.docs // 10, args.seed + 1)
        results["megabytes"] = round(sum(f.stat().st_size for f in corpus.rglob("*.txt")) / 1e6, 2)

        pipeline = build_pipeline()
        with Store.open(str(root / "single.db")) as store:
            single = ingest([str(corpus)], store=store, pipeline=pipeline, reconcile=False)
            records = list(itertools.islice(store.iter_records(), args.write_records))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        results["single"] = {
            "seconds": round(single.seconds, 2),
            "docs_per_s": round(args.docs / single.seconds, 1),
            "stored": single.stored,
            "peak_rss_mb": round(peak / MB),
        }
        del pipeline

        dask = run_dask(corpus, root / "dask.db", args.workers, args.files_per_task)
        results["dask"] = dask_figures(dask, args.docs)
        small = run_dask(tenth, root / "tenth.db", args.workers, args.files_per_task)
        results["dask_tenth"] = dask_figures(small, args.docs // 10)

        writes: dict[str, Any] = {"records": len(records)}
        writes["sqlite"] = write_rates(str(root / "writes.db"), records, reset=False)
        if args.pg:
            writes["postgresql"] = write_rates(args.pg, records, reset=True)
        results["writes"] = writes

    results["speedup_dask_vs_single"] = round(
        results["dask"]["docs_per_s"] / results["single"]["docs_per_s"], 2
    )
    results["speedup_after_startup"] = round(
        results["dask"]["docs_per_s_after_startup"] / results["single"]["docs_per_s"], 2
    )
    big, little = results["dask"], results["dask_tenth"]
    results["worker_memory_growth_10x"] = round(
        max(big["peak_rss_mb_per_worker"]) / max(little["peak_rss_mb_per_worker"]), 3
    )
    ceiling = writes.get("postgresql", writes["sqlite"])["bulk"]
    results["projection"] = projection(results["dask"]["per_doc_ms"], ceiling)

    table = Table(title=f"Scale: {args.docs} documents, {args.workers} workers")
    for column in ("run", "seconds", "docs/s", "peak MB (per worker)"):
        table.add_column(column, justify="right")
    table.add_row(
        "single process",
        str(results["single"]["seconds"]),
        str(results["single"]["docs_per_s"]),
        str(results["single"]["peak_rss_mb"]),
    )
    for name in ("dask", "dask_tenth"):
        row = results[name]
        table.add_row(
            name, str(row["seconds"]), str(row["docs_per_s"]), str(row["peak_rss_mb_per_worker"])
        )
    console = Console()
    console.print(table)
    console.print(
        f"speed-up {results['speedup_dask_vs_single']}× "
        f"({results['speedup_after_startup']}× after start-up); worker memory at 10× the corpus: "
        f"{results['worker_memory_growth_10x']}×; writes/s {json.dumps(writes)}"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
