"""Ingest on Dask: the same records as the single-process run, with the model loaded per worker.

The clusters here run their workers as threads (``processes=False``) to keep
the tests fast; the benchmark (``benchmarks/scale.py``) runs worker processes.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import LocalCluster, Worker
from spacy.language import Language

from historiograph.cli import cli
from historiograph.errors import UsageError
from historiograph.pipeline import Pipeline, build_pipeline, ingest
from historiograph.record import Record
from historiograph.scale.dask_engine import DaskOptions, ingest_dask, open_client
from historiograph.scale.progress import ProgressTracker
from historiograph.store import Store

PLACES = ["Baghdad", "Tehran", "Basra", "Kirkuk", "Mosul", "Erbil"]
ACTORS = ["The army", "A militia", "The police", "Rebel fighters", "Security forces"]
TARGETS = ["a checkpoint", "a market", "a convoy", "a police station"]
SOURCES = ["officials", "the interior ministry", "witnesses", "a local hospital"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def short_text(index: int) -> str:
    """A sentence or two with a date, an actor, a place and a sourced toll."""
    rng = random.Random(index)
    return (
        f"Report {index}\n\nOn {rng.choice(MONTHS)} {rng.randint(1, 28)}, "
        f"{rng.randint(1979, 2015)}, {rng.choice(ACTORS).lower()} attacked "
        f"{rng.choice(TARGETS)} in {rng.choice(PLACES)}. According to {rng.choice(SOURCES)}, "
        f"at least {rng.randint(2, 300)} people were killed.\n"
    )


def write_corpus(folder: Path, indices: range) -> Path:
    """One short .txt file per index (the same index is the same text in any folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in indices:
        (folder / f"doc{i:05d}.txt").write_text(short_text(i), encoding="utf-8")
    return folder


def records_by_id(store: Store) -> dict[str, Record]:
    return {record.document.id: record for record in store.iter_records()}


@pytest.fixture(scope="module")
def pipeline(nlp_model: Language) -> Pipeline:
    return build_pipeline()


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    ) as local:
        yield local


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = write_corpus(tmp_path / "corpus", range(30))
    (folder / "copy-of-3.txt").write_text(short_text(3), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    return folder


def test_dask_stores_the_same_records_as_the_single_process_run(
    pipeline: Pipeline, cluster: LocalCluster, corpus: Path, tmp_path: Path
) -> None:
    with Store.open(str(tmp_path / "local.db")) as store:
        local = ingest([str(corpus)], store=store, pipeline=pipeline)
        expected = records_by_id(store)

    tracker = ProgressTracker(total_files=32, engine="dask")
    options = DaskOptions(scheduler=cluster.scheduler_address, files_per_task=4)
    with Store.open(str(tmp_path / "dask.db")) as store:
        summary = ingest_dask([str(corpus)], store=store, options=options, progress=tracker)
        found = records_by_id(store)
        run = store.runs()[-1]
        errors = store.run_errors(summary.run_id)

    # A text in two files is stored once, under whichever file reached the store first: in
    # input order on one process, in completion order on Dask. Everything else is identical.
    repeated = next(
        i for i, r in expected.items() if r.document.text == short_text(3).split("\n\n")[1].strip()
    )
    assert found[repeated].document.source in {
        str(corpus / "doc00003.txt"),
        str(corpus / "copy-of-3.txt"),
    }
    found[repeated] = found[repeated].model_copy(update={"document": expected[repeated].document})
    assert found == expected
    assert (summary.stored, summary.skipped, summary.failed) == (30, 1, 1)
    assert (local.stored, local.skipped, local.failed) == (30, 1, 1)
    assert run.status == "finished" and run.pipeline == pipeline.describe()
    assert [(e.source, e.code) for e in errors] == [(str(corpus / "empty.txt"), "E101")]
    assert len(summary.workers) == 2  # both workers took partitions
    assert sum(w.documents for w in summary.workers.values()) == 31
    assert tracker.snapshot().files == 32


def test_a_second_dask_run_stores_nothing_twice(cluster: LocalCluster, tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "first", range(12))
    both = write_corpus(tmp_path / "both", range(6, 18))
    options = DaskOptions(scheduler=cluster.scheduler_address, files_per_task=3)
    with Store.open(str(tmp_path / "store.db")) as store:
        ingest_dask([str(first)], store=store, options=options, reconcile=False)
        again = ingest_dask([str(both)], store=store, options=options, reconcile=False)
        assert (again.stored, again.skipped) == (6, 6)
        assert store.count_documents() == 18


def test_without_an_address_a_local_cluster_is_started_for_the_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", range(4))
    options = DaskOptions(workers=1, processes=False)
    with Store.open(str(tmp_path / "store.db")) as store:
        summary = ingest_dask([str(corpus)], store=store, options=options)
        assert summary.stored == 4 and store.count_documents() == 4
    phases = (
        summary.cluster_seconds,
        summary.pipeline_seconds,
        summary.tasks_seconds,
        summary.shutdown_seconds,
        summary.reconcile_seconds,
    )
    assert all(p > 0 for p in phases) and sum(phases) <= summary.seconds


def worker_callbacks(dask_worker: Worker) -> list[str]:
    return sorted(dask_worker.periodic_callbacks)


def test_local_worker_processes_run_without_the_profiler() -> None:
    with open_client(DaskOptions(workers=1)) as client:
        (callbacks,) = client.run(worker_callbacks).values()
    assert "heartbeat" in callbacks and "profile" not in callbacks


def test_stdin_cannot_go_to_dask(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "store.db")) as store, pytest.raises(UsageError):
        ingest_dask(["-"], store=store)


def test_the_ingest_command_takes_an_engine_and_a_scheduler(
    cluster: LocalCluster, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus", range(5))
    db = str(tmp_path / "cli.db")
    address = cluster.scheduler_address
    args = [
        "ingest",
        str(corpus),
        "--db",
        db,
        "--quiet",
        "--engine",
        "dask",
        "--scheduler",
        address,
    ]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert store.count_documents() == 5

    refused = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", db, "--scheduler", address])
    assert isinstance(refused.exception, UsageError)
