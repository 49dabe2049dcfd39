"""What runs on a Dask worker: the pipeline loaded once, and one partition at a time.

:class:`PipelinePlugin` is registered with the cluster, so every worker
(including one that joins or restarts mid-run) builds the spaCy pipeline and
opens the store once, in ``setup``; tasks find them there instead of loading a
model per task. :func:`extract_partition` is the task: it reads and cleans its
files, or its slice of a large JSON Lines or WARC file
(:class:`~historiograph.ingest.batch.FileSlice`): ingest runs on the workers
too, not just NLP. It skips documents already stored with one query per
chunk, extracts the rest and writes each chunk with the store's bulk upsert,
so workers writing overlapping documents at once still store each one once.

A partition is streamed in chunks of :data:`CHUNK_DOCUMENTS` documents, so
any partition is processed in bounded memory. Only small figures go back to
the client (:class:`PartitionResult`), never records: the workers write to the
store themselves, so the client does no per-document work at all and is never
the bottleneck, however many workers there are.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed import Worker, WorkerPlugin, get_worker

from historiograph.ingest import IngestFailure
from historiograph.ingest.batch import FileSlice, iter_parts
from historiograph.pipeline import Pipeline, build_pipeline
from historiograph.record import Document, Record
from historiograph.store import Store

PLUGIN_NAME = "historiograph-pipeline"
CHUNK_DOCUMENTS = 64


@dataclass
class PartitionResult:
    """What one task did, and what it cost, for the run summary and the benchmark.

    ``files`` counts whole files, and a split file on its last slice.
    ``failures`` are ``(source, code, reason)``; they are already stored as the
    run's error rows by the worker. ``task_s`` is the task's whole time on the
    worker (the phases plus what no phase accounts for), and ``cpu_s`` the CPU
    time the worker process used meanwhile, all its threads together: on a
    busy machine ``cpu_s`` stays what the work costs while the times grow.
    ``peak_rss`` is the worker process's peak resident memory so far, in bytes.
    """

    worker: str
    files: int
    documents: int = 0
    stored: int = 0
    skipped: int = 0
    characters: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    read_s: float = 0.0
    nlp_s: float = 0.0
    store_s: float = 0.0
    task_s: float = 0.0
    cpu_s: float = 0.0
    peak_rss: int = 0


class PipelinePlugin(WorkerPlugin):
    """Builds the pipeline and opens the store once per worker (what ``setup`` is for)."""

    name = PLUGIN_NAME

    def __init__(
        self,
        db_url: str,
        *,
        model: str | None = None,
        kb_paths: Sequence[Path] | None = None,
        batch_size: int = 16,
    ) -> None:
        """Settings only: this object is pickled to every worker before ``setup`` runs there."""
        self.db_url = db_url
        self.model = model
        self.kb_paths = None if kb_paths is None else tuple(kb_paths)
        self.batch_size = batch_size
        self.pipeline: Pipeline | None = None
        self.store: Store | None = None

    def settings(self) -> tuple[object, ...]:
        """What the pipeline and store are built from: equal settings, interchangeable plugins."""
        return (self.db_url, self.model, self.kb_paths, self.batch_size)

    def setup(self, worker: Worker) -> None:
        self.pipeline = build_pipeline(
            self.model, kb_paths=self.kb_paths, batch_size=self.batch_size
        )
        self.store = Store.open(self.db_url)

    def teardown(self, worker: Worker) -> None:
        if self.store is not None:
            self.store.close()


def has_plugin(settings: tuple[object, ...], dask_worker: Worker) -> bool:
    """Whether ``dask_worker`` already has a pipeline built from ``settings`` (``Client.run``)."""
    plugin = dask_worker.plugins.get(PLUGIN_NAME)
    return isinstance(plugin, PipelinePlugin) and plugin.settings() == settings


def _loaded() -> tuple[Pipeline, Store]:
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, PipelinePlugin) or plugin.pipeline is None or plugin.store is None:
        raise RuntimeError(f"the {PLUGIN_NAME} worker plugin is not set up on this worker")
    return plugin.pipeline, plugin.store


def describe_worker_pipeline() -> dict[str, Any]:
    """The workers' pipeline description, stored with the run (the client loads no model)."""
    pipeline, _ = _loaded()
    return pipeline.describe()


def extract_partition(
    parts: Sequence[str | FileSlice], run_id: int, max_bytes: int, encoding: str | None = None
) -> PartitionResult:
    """Read, clean, extract and store the documents in ``parts`` (a task's files or slice)."""
    task_started, cpu_started = time.perf_counter(), time.process_time()
    pipeline, store = _loaded()
    files = sum(1 for p in parts if not isinstance(p, FileSlice) or p.last)
    result = PartitionResult(worker=get_worker().address, files=files)
    chunk: list[Document] = []
    started = time.perf_counter()
    for item in iter_parts(parts, max_bytes=max_bytes, encoding=encoding):
        if isinstance(item, IngestFailure):
            _record_failure(store, run_id, result, item)
            continue
        chunk.append(item)
        if len(chunk) >= CHUNK_DOCUMENTS:
            result.read_s += time.perf_counter() - started
            _store_chunk(chunk, pipeline, store, run_id, result)
            chunk = []
            started = time.perf_counter()
    result.read_s += time.perf_counter() - started
    if chunk:
        _store_chunk(chunk, pipeline, store, run_id, result)
    result.peak_rss = _peak_rss()
    result.task_s = time.perf_counter() - task_started
    result.cpu_s = time.process_time() - cpu_started
    return result


def _store_chunk(
    chunk: list[Document], pipeline: Pipeline, store: Store, run_id: int, result: PartitionResult
) -> None:
    result.documents += len(chunk)
    started = time.perf_counter()
    known = store.stored_ids({d.id for d in chunk})
    new = [d for d in chunk if d.id not in known]
    result.skipped += len(chunk) - len(new)
    result.store_s += time.perf_counter() - started

    started = time.perf_counter()
    records: list[Record] = []
    for item in pipeline.process_each(new):
        if isinstance(item, IngestFailure):
            _record_failure(store, run_id, result, item)
        else:
            records.append(item)
    result.nlp_s += time.perf_counter() - started

    started = time.perf_counter()
    stored = set(store.save_records(records, run_id=run_id))
    result.store_s += time.perf_counter() - started
    # Not stored: the same text twice in the chunk, or stored meanwhile by another writer.
    result.skipped += len(records) - len(stored)
    result.stored += len(stored)
    result.characters += sum(len(r.document.text) for r in records if r.document.id in stored)


def _record_failure(
    store: Store, run_id: int, result: PartitionResult, failure: IngestFailure
) -> None:
    store.record_error(
        run_id, source=failure.source, code=failure.error.code, reason=failure.error.reason
    )
    result.failures.append((failure.source, failure.error.code, failure.error.reason))


def _peak_rss() -> int:
    """The process's peak resident set size in bytes.

    Linux's ``VmHWM`` first: ``ru_maxrss`` survives ``exec``, so a spawned
    worker would report its parent's peak if that was higher.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024
