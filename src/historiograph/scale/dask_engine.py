"""Ingest on a Dask cluster: the client partitions the input, the workers do the rest.

:func:`ingest_dask` is :func:`historiograph.pipeline.ingest` with the work
spread over Dask workers. The client streams the inputs (a folder walk, a
glob) into partitions of up to :attr:`DaskOptions.files_per_task` files and
:attr:`DaskOptions.bytes_per_task` bytes of JSON Lines and WARC, and cuts a
JSON Lines or WARC file larger than that into slices at record boundaries
(:func:`~historiograph.ingest.batch.split_file`), one task each, so that one
big file keeps every worker busy rather than one. It keeps only
:attr:`DaskOptions.tasks_per_worker` tasks per worker thread in flight,
submitting the next partition as one finishes; so the client's memory, and
the scheduler's, stay the same whether the corpus holds a thousand files or a
million. Each worker reads, cleans, extracts and writes its partition
(:mod:`historiograph.scale.worker`), with the pipeline loaded once per worker;
only counts come back, so the client does nothing per document.

Records are the same as the single-process engine's: a document's record
depends only on its text and metadata, the document id is the hash of its
text, and the store's upsert on that id stores each document once whichever
worker gets there first. Only the order of the ``documents`` rows (their
``pk``) follows completion order.

With no scheduler address a :class:`distributed.LocalCluster` is started for
the run (``workers`` processes of one thread each: spaCy holds the GIL) and
closed after it, with Dask's statistical profiler off: it samples every
worker thread's stack every 10 ms, under the same GIL as the NLP (about 2%
of a worker's CPU per document, measured), for a dashboard nobody looks at
during a batch ingest. With an address, the
workers must have historiograph and the model installed, see the input paths
(a shared file system), and reach the store: a PostgreSQL URL, since SQLite
is a local file.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import dask
from distributed import Client, LocalCluster, as_completed

from historiograph.errors import IngestError, UsageError
from historiograph.ingest import DEFAULT_MAX_BYTES, IngestFailure, expand_inputs
from historiograph.ingest.batch import SPLITTABLE, FileSlice, split_file
from historiograph.ingest.model import format_of
from historiograph.ingest.readers import STDIN
from historiograph.pipeline import RunSummary, close_run
from historiograph.reconcile import reconcile_pending
from historiograph.scale.progress import ProgressTracker
from historiograph.scale.worker import (
    PartitionResult,
    PipelinePlugin,
    describe_worker_pipeline,
    extract_partition,
    has_plugin,
)
from historiograph.store import Store

Part = str | FileSlice
"""What a task reads: a whole file, or a slice of a large JSON Lines or WARC file."""


@dataclass(frozen=True)
class DaskOptions:
    """Where and how to run: a scheduler address, or the shape of a local cluster.

    A task reads up to ``files_per_task`` files and ``bytes_per_task`` bytes
    of JSON Lines or WARC (each holds many documents; the other formats hold
    one a file); a larger JSON Lines or WARC file is cut into slices of about
    ``bytes_per_task``.
    """

    scheduler: str | None = None
    workers: int = 2
    processes: bool = True
    files_per_task: int = 64
    bytes_per_task: int = 4 * 1024 * 1024
    tasks_per_worker: int = 2


@dataclass
class WorkerStats:
    """One worker's share of a run: for the benchmark's per-worker memory and cost figures."""

    documents: int = 0
    tasks: int = 0
    read_s: float = 0.0
    nlp_s: float = 0.0
    store_s: float = 0.0
    task_s: float = 0.0
    cpu_s: float = 0.0
    peak_rss: int = 0


@dataclass
class DaskRunSummary(RunSummary):
    """A :class:`RunSummary` with what each worker did, keyed by worker address.

    Where ``seconds`` went: ``cluster_seconds`` starting a local cluster (0
    with a scheduler address), ``pipeline_seconds`` loading the pipeline on
    every worker, together ``startup_seconds``, before the first task; then
    ``tasks_seconds`` from the first task submitted to the last result;
    ``shutdown_seconds`` closing the local cluster; and ``reconcile_seconds``
    placing the new documents' events in clusters, in this process.
    """

    workers: dict[str, WorkerStats] = field(default_factory=dict)
    cluster_seconds: float = 0.0
    pipeline_seconds: float = 0.0
    tasks_seconds: float = 0.0
    shutdown_seconds: float = 0.0
    reconcile_seconds: float = 0.0

    @property
    def startup_seconds(self) -> float:
        return self.cluster_seconds + self.pipeline_seconds


@contextmanager
def open_client(options: DaskOptions) -> Iterator[Client]:
    """A client of the cluster at ``options.scheduler``, or of a local cluster made for the run."""
    if options.scheduler:
        with Client(options.scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    with (
        dask.config.set({"distributed.worker.profile.enabled": False}),
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=options.workers,
            threads_per_worker=1,
            processes=options.processes,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def _register(client: Client, plugin: PipelinePlugin) -> None:
    """Set the pipeline up on every worker, unless a running cluster already has it loaded."""
    ready = client.run(has_plugin, plugin.settings())
    if not ready or not all(ready.values()):
        client.register_plugin(plugin)


def _record_bytes(path: str) -> int:
    """The size of a JSON Lines or WARC file (many documents); 0 for the one-document formats."""
    if format_of(path) not in SPLITTABLE:
        return 0
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the worker reading it reports why


def _partitions(
    items: Iterator[str | IngestFailure], options: DaskOptions
) -> Iterator[list[Part] | IngestFailure]:
    """The tasks' parts (see :class:`DaskOptions`); an input naming nothing passes through.

    Only the files in the open partition are held, and a big file's cuts are
    found as its slices are submitted, so the client's memory stays bounded.
    """
    batch: list[Part] = []
    batch_bytes = 0
    for item in items:
        if isinstance(item, IngestFailure):
            yield item
            continue
        size = _record_bytes(item)
        if size > options.bytes_per_task:
            for part in split_file(item, options.bytes_per_task):
                yield [part]
            continue
        batch.append(item)
        batch_bytes += size
        if len(batch) >= options.files_per_task or batch_bytes >= options.bytes_per_task:
            yield batch
            batch, batch_bytes = [], 0
    if batch:
        yield batch


def ingest_dask(
    inputs: Sequence[str],
    *,
    store: Store,
    options: DaskOptions | None = None,
    model: str | None = None,
    kb_paths: Sequence[Path] | None = None,
    batch_size: int = 16,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressTracker | None = None,
    reconcile: bool = True,
    encoding: str | None = None,
) -> DaskRunSummary:
    """Ingest ``inputs`` into ``store`` on Dask workers (see the module docstring).

    The run is logged in the store like a single-process one, with the
    workers' pipeline description; a failed input is recorded by whoever met
    it and never stops the run. Stdin cannot be spread over workers: use the
    local engine for ``-``.
    """
    if STDIN in inputs:
        raise UsageError("the dask engine reads files, not standard input: use --engine local")
    options = options or DaskOptions()
    started = time.perf_counter()
    db_url = store.engine.url.render_as_string(hide_password=False)
    plugin = PipelinePlugin(db_url, model=model, kb_paths=kb_paths, batch_size=batch_size)
    with open_client(options) as client:
        cluster_ready = time.perf_counter()
        _register(client, plugin)
        description = client.submit(describe_worker_pipeline, pure=False).result()
        run_id = store.start_run(inputs=list(inputs), pipeline=description)
        if progress is not None:
            progress.run_id = run_id
        summary = DaskRunSummary(
            run_id=run_id,
            cluster_seconds=cluster_ready - started,
            pipeline_seconds=time.perf_counter() - cluster_ready,
        )
        try:
            _run(client, inputs, store, options, (max_bytes, encoding), summary, progress)
        except BaseException:
            close_run(store, summary, started, status="interrupted")
            raise
        tasks_done = time.perf_counter()
        summary.tasks_seconds = tasks_done - cluster_ready - summary.pipeline_seconds
    summary.shutdown_seconds = time.perf_counter() - tasks_done
    if reconcile:
        reconciling = time.perf_counter()
        reconcile_pending(store)
        summary.reconcile_seconds = time.perf_counter() - reconciling
    close_run(store, summary, started)
    return summary


def _run(
    client: Client,
    inputs: Sequence[str],
    store: Store,
    options: DaskOptions,
    reading: tuple[int, str | None],
    summary: DaskRunSummary,
    progress: ProgressTracker | None,
) -> None:
    """Keep a bounded number of partitions in flight until the input runs out.

    ``reading`` is what every task reads its part with: the size limit and the encoding.
    """
    partitions = _partitions(expand_inputs(inputs), options)
    threads = max(sum(client.nthreads().values()), 1)  # type: ignore[no-untyped-call]
    window = max(threads * options.tasks_per_worker, 2)
    running = as_completed()  # type: ignore[no-untyped-call]

    def submit_next() -> bool:
        for part in partitions:
            if isinstance(part, IngestFailure):
                _record_failure(store, summary, part.source, part.error.code, part.error.reason)
                if progress is not None:
                    progress.advance(items=1)
                continue
            task = client.submit(extract_partition, part, summary.run_id, *reading, pure=False)
            running.add(task)  # type: ignore[no-untyped-call]
            return True
        return False

    for _ in range(window):
        if not submit_next():
            break
    for future in running:
        result: PartitionResult = future.result()
        future.release()
        _merge(summary, result)
        if progress is not None:
            progress.advance(files=result.files, items=result.documents + len(result.failures))
        submit_next()


def _record_failure(store: Store, summary: RunSummary, source: str, code: str, reason: str) -> None:
    store.record_error(summary.run_id, source=source, code=code, reason=reason)
    summary.failures.append(IngestFailure(source, IngestError(reason, code=code)))


def _merge(summary: DaskRunSummary, result: PartitionResult) -> None:
    summary.stored += result.stored
    summary.skipped += result.skipped
    summary.characters += result.characters
    for source, code, reason in result.failures:  # already stored by the worker
        summary.failures.append(IngestFailure(source, IngestError(reason, code=code)))
    stats = summary.workers.setdefault(result.worker, WorkerStats())
    stats.documents += result.documents
    stats.tasks += 1
    stats.read_s += result.read_s
    stats.nlp_s += result.nlp_s
    stats.store_s += result.store_s
    stats.task_s += result.task_s
    stats.cpu_s += result.cpu_s
    stats.peak_rss = max(stats.peak_rss, result.peak_rss)
