"""Scale benchmark: single process vs a Dask LocalCluster, where the time goes, worker memory.

Generates a corpus of short documents (a sentence or two each, one .txt file
per document; default 50,000), then measures in one run, so that the engines
share the machine's load:

1. ``single``: the single-process ingest into SQLite (the baseline): the
   model load, then the ingest, split into read and clean, NLP and store
   (what ``historiograph ingest`` does, timed from outside);
2. ``dask``: the same corpus on a LocalCluster of ``--workers`` worker
   processes into SQLite, split into cluster start, pipeline load on the
   workers, and the tasks, with each worker's read/NLP/store/CPU time per
   document; the target is ``dask / single >= 1.7`` on 2 cores, end to end
   (both including their model loads) and in steady state (both without);
3. ``dask_jsonl``: the same documents as one JSON Lines file, which the
   engine cuts into slices so that every worker reads it;
4. ``dask_tenth``: a tenth of the corpus on a fresh cluster, for the peak
   resident memory per worker, which should stay flat as the corpus grows 10×;
5. ``reconcile``: clustering the single run's events across documents, which
   both engines do after ingest, in the client: timed apart (``--no-reconcile``
   leaves it out);
6. ``writes``: stored records written again into fresh SQLite and PostgreSQL
   stores, one transaction per record (``save_record``) and in bulk batches
   (``save_records``), records per second;
7. ``projection``: documents/s and hours per million documents on clusters of
   more workers, from the per-document costs the workers measured (read and
   clean, NLP, store) and the measured PostgreSQL bulk write rate as the ceiling.

CPU time per document is reported beside wall time: on a machine shared with
other work the wall times (and the speed-up) understate the engines, while
the CPU cost per document is what a dedicated cluster would pay.

Run: ``python benchmarks/scale.py [--docs N] [--pg URL]`` (PostgreSQL from
``--pg``, else ``$HISTORIOGRAPH_BENCH_PG_URL``; a database it may wipe; left
out when neither is given); prints a table and writes
``benchmarks/results/scale.json`` (``--out``). ``--docs 50000`` is the
reference run.
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
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import text

from historiograph.pipeline import Pipeline, build_pipeline, ingest
from historiograph.reconcile import reconcile_pending
from historiograph.record import Document, Record
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


def write_jsonl(corpus: Path, path: Path) -> None:
    """The corpus's documents as one JSON Lines file, in the same order."""
    with path.open("w", encoding="utf-8") as out:
        for file in sorted(corpus.rglob("*.txt")):
            out.write(json.dumps({"text": file.read_text(encoding="utf-8")}) + "\n")


@dataclass
class Phases:
    """Seconds a single-process ingest spent in NLP and in the store, timed from outside it."""

    nlp: float = 0.0
    store: float = 0.0

    def timed(self, items: Iterable[Any]) -> Iterator[Any]:
        """``items``, adding the time each takes to produce to :attr:`nlp`."""
        iterator = iter(items)
        while True:
            started = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                self.nlp += time.perf_counter() - started
            yield item


@dataclass
class TimedPipeline(Pipeline):
    """The pipeline, timing its NLP and record building (not what its consumer does meanwhile)."""

    phases: Phases = field(default_factory=Phases)

    def _process_batch(self, documents: list[Document]) -> Iterator[Record]:
        return self.phases.timed(super()._process_batch(documents))


class TimedStore(Store):
    """The store, timing every call an ingest makes to check or write documents."""

    def __init__(self, store: Store, phases: Phases) -> None:
        super().__init__(store.engine)
        self.phases = phases

    def _timed(self, started: float) -> None:
        self.phases.store += time.perf_counter() - started

    def has_document(self, doc_id: str) -> bool:
        started = time.perf_counter()
        try:
            return super().has_document(doc_id)
        finally:
            self._timed(started)

    def stored_ids(self, ids: Collection[str]) -> set[str]:
        started = time.perf_counter()
        try:
            return super().stored_ids(ids)
        finally:
            self._timed(started)

    def save_record(self, record: Record, **options: Any) -> bool:
        started = time.perf_counter()
        try:
            return super().save_record(record, **options)
        finally:
            self._timed(started)

    def save_records(self, records: Sequence[Record], **options: Any) -> list[str]:
        started = time.perf_counter()
        try:
            return super().save_records(records, **options)
        finally:
            self._timed(started)


def run_single(corpus: Path, db: Path, docs: int) -> dict[str, Any]:
    """The baseline: model load, then ingest, with NLP/store/the rest per document, and CPU.

    The rest is reading and cleaning the files, and the ingest loop itself.
    """
    started = time.perf_counter()
    base = build_pipeline()
    load_s = time.perf_counter() - started
    phases = Phases()
    pipeline = TimedPipeline(
        nlp=base.nlp, kb=base.kb, gazetteer=base.gazetteer, batch_size=base.batch_size
    )
    pipeline.phases = phases
    with Store.open(str(db)) as plain:
        store = TimedStore(plain, phases)
        cpu = time.process_time()
        summary = ingest([str(corpus)], store=store, pipeline=pipeline, reconcile=False)
        cpu_s = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    rest = summary.seconds - phases.nlp - phases.store
    return {
        "model_load_seconds": round(load_s, 2),
        "ingest_seconds": round(summary.seconds, 2),
        "seconds": round(load_s + summary.seconds, 2),
        "docs_per_s": round(docs / (load_s + summary.seconds), 1),
        "docs_per_s_after_startup": round(docs / summary.seconds, 1),
        "stored": summary.stored,
        "peak_rss_mb": round(peak / MB),
        "per_doc_ms": {
            "read_clean": round(1000 * rest / docs, 3),
            "nlp": round(1000 * phases.nlp / docs, 3),
            "store": round(1000 * phases.store / docs, 3),
            "other": 0.0,  # in read_clean: the single process's loop is not timed apart
            "cpu": round(1000 * cpu_s / docs, 3),
        },
    }


def run_dask(
    inputs: Sequence[str], db: Path, workers: int, files_per_task: int, bytes_per_task: int
) -> DaskRunSummary:
    options = DaskOptions(
        workers=workers, files_per_task=files_per_task, bytes_per_task=bytes_per_task
    )
    with Store.open(str(db)) as store:
        return ingest_dask(list(inputs), store=store, options=options, reconcile=False)


def dask_figures(summary: DaskRunSummary, docs: int) -> dict[str, Any]:
    workers = summary.workers.values()
    processed = sum(w.documents for w in workers) or 1
    tasks_s = summary.tasks_seconds
    busy = sum(w.task_s for w in workers)

    def per_doc(seconds: float) -> float:
        return round(1000 * seconds / processed, 3)

    return {
        "seconds": round(summary.seconds, 2),
        "docs_per_s": round(docs / summary.seconds, 1),
        "cluster_seconds": round(summary.cluster_seconds, 2),
        "pipeline_load_seconds": round(summary.pipeline_seconds, 2),
        "startup_seconds": round(summary.startup_seconds, 2),
        "tasks_seconds": round(tasks_s, 2),
        "shutdown_seconds": round(summary.shutdown_seconds, 2),
        "docs_per_s_after_startup": round(docs / tasks_s, 1),
        "stored": summary.stored,
        "tasks_per_worker": sorted(w.tasks for w in workers),
        "documents_per_worker": sorted(w.documents for w in workers),
        # How much of the tasks' wall time the workers spent in tasks: the rest is waiting
        # for work (scheduling, the last tasks' tail).
        "worker_busy_fraction": round(busy / (tasks_s * max(len(workers), 1)), 3),
        "peak_rss_mb_per_worker": sorted(round(w.peak_rss / MB) for w in workers),
        "per_doc_ms": {
            "read_clean": per_doc(sum(w.read_s for w in workers)),
            "nlp": per_doc(sum(w.nlp_s for w in workers)),
            "store": per_doc(sum(w.store_s for w in workers)),
            "other": per_doc(sum(w.task_s - w.read_s - w.nlp_s - w.store_s for w in workers)),
            "cpu": per_doc(sum(w.cpu_s for w in workers)),
        },
    }


def time_reconcile(db: Path) -> dict[str, Any]:
    """Clustering the stored documents' events, as both engines do after ingest."""
    with Store.open(str(db)) as store:
        started = time.perf_counter()
        results = reconcile_pending(store)
        seconds = time.perf_counter() - started
        documents = store.count_documents()
    return {
        "seconds": round(seconds, 2),
        "docs_per_s": round(documents / seconds, 1) if seconds else None,
        "documents": len(results),
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
        "(a lower bound: the server writes concurrently from many connections); "
        "reconciliation, which runs after ingest in the client, is not included",
        "workers": clusters,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=50_000, help="documents (default 50000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files-per-task", type=int, default=DaskOptions.files_per_task)
    parser.add_argument("--bytes-per-task", type=int, default=DaskOptions.bytes_per_task)
    parser.add_argument("--write-records", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-reconcile", action="store_true", help="do not time reconciliation")
    parser.add_argument("--no-jsonl", action="store_true", help="skip the one-JSONL-file run")
    parser.add_argument("--pg", default=os.environ.get("HISTORIOGRAPH_BENCH_PG_URL"))
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "scale.json"
    )
    args = parser.parse_args()
    results: dict[str, Any] = {
        "documents": args.docs,
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
    }

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus, tenth = root / "corpus", root / "tenth"
        write_corpus(corpus, args.docs, args.seed)
        write_corpus(tenth, args.docs // 10, args.seed + 1)
        results["megabytes"] = round(sum(f.stat().st_size for f in corpus.rglob("*.txt")) / 1e6, 2)

        results["single"] = run_single(corpus, root / "single.db", args.docs)
        shape = (args.workers, args.files_per_task, args.bytes_per_task)
        dask = run_dask([str(corpus)], root / "dask.db", *shape)
        results["dask"] = dask_figures(dask, args.docs)
        if not args.no_jsonl:
            one_file = root / "corpus.jsonl"
            write_jsonl(corpus, one_file)
            # Slices of about as many documents as a task of files holds.
            every = max(one_file.stat().st_size * args.files_per_task // args.docs, 4096)
            jsonl = run_dask([str(one_file)], root / "jsonl.db", args.workers, 1, every)
            results["dask_jsonl"] = dask_figures(jsonl, args.docs)
        small = run_dask([str(tenth)], root / "tenth.db", *shape)
        results["dask_tenth"] = dask_figures(small, args.docs // 10)
        if not args.no_reconcile:
            results["reconcile"] = time_reconcile(root / "single.db")

        with Store.open(str(root / "single.db")) as store:
            records = list(itertools.islice(store.iter_records(), args.write_records))
        writes: dict[str, Any] = {"records": len(records)}
        writes["sqlite"] = write_rates(str(root / "writes.db"), records, reset=False)
        if args.pg:
            writes["postgresql"] = write_rates(args.pg, records, reset=True)
        results["writes"] = writes
    results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]

    single, dask_row = results["single"], results["dask"]
    results["speedup_dask_vs_single"] = round(dask_row["docs_per_s"] / single["docs_per_s"], 2)
    results["speedup_after_startup"] = round(
        dask_row["docs_per_s_after_startup"] / single["docs_per_s_after_startup"], 2
    )
    # What the workers would give with a core each, from CPU time alone: the single
    # process's CPU per document over the workers', times the workers.
    results["speedup_cpu_bound"] = round(
        args.workers * single["per_doc_ms"]["cpu"] / dask_row["per_doc_ms"]["cpu"], 2
    )
    big, little = results["dask"], results["dask_tenth"]
    results["worker_memory_growth_10x"] = round(
        max(big["peak_rss_mb_per_worker"]) / max(little["peak_rss_mb_per_worker"]), 3
    )
    ceiling = writes.get("postgresql", writes["sqlite"])["bulk"]
    results["projection"] = projection(results["dask"]["per_doc_ms"], ceiling)
    print_results(results, args.docs, args.workers)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def print_results(results: dict[str, Any], docs: int, workers: int) -> None:
    console = Console()
    runs = Table(title=f"Scale: {docs} documents, {workers} workers")
    for column in ("run", "startup s", "ingest s", "docs/s", "after startup", "peak MB"):
        runs.add_column(column, justify="right")
    single = results["single"]
    runs.add_row(
        "single process",
        str(single["model_load_seconds"]),
        str(single["ingest_seconds"]),
        str(single["docs_per_s"]),
        str(single["docs_per_s_after_startup"]),
        str(single["peak_rss_mb"]),
    )
    for name in ("dask", "dask_jsonl", "dask_tenth"):
        if name in results:
            row = results[name]
            runs.add_row(
                name,
                f"{row['cluster_seconds']} + {row['pipeline_load_seconds']}",
                str(row["tasks_seconds"]),
                str(row["docs_per_s"]),
                str(row["docs_per_s_after_startup"]),
                str(row["peak_rss_mb_per_worker"]),
            )
    console.print(runs)
    phases = Table(title="Milliseconds per document (dask: summed over workers)")
    phases.add_column("phase")
    phases.add_column("single", justify="right")
    phases.add_column("dask", justify="right")
    for phase in ("read_clean", "nlp", "store", "other", "cpu"):
        phases.add_row(
            phase,
            str(single["per_doc_ms"][phase]),
            str(results["dask"]["per_doc_ms"][phase]),
        )
    console.print(phases)
    reconcile = results.get("reconcile", {}).get("seconds", "not run")
    console.print(
        f"speed-up {results['speedup_dask_vs_single']}x end to end, "
        f"{results['speedup_after_startup']}x after start-up, "
        f"{results['speedup_cpu_bound']}x with a core per worker; worker busy "
        f"{results['dask']['worker_busy_fraction']}; worker memory at 10x the corpus: "
        f"{results['worker_memory_growth_10x']}x; reconcile {reconcile} s; "
        f"load average {results['load_average_before']} -> {results['load_average_after']}; "
        f"writes/s {json.dumps(results['writes'])}"
    )


if __name__ == "__main__":
    main()
