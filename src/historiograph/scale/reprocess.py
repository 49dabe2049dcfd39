"""Re-extract only the documents an earlier pipeline version extracted.

Every stored document links to the ingest run that extracted it, and every
run stores its pipeline description (historiograph, spaCy and model versions,
components, and a digest of the knowledge base it loaded, bundled and user
layers: a new alias is a new version). A document is *stale* when its run's
:func:`~historiograph.pipeline.pipeline_version` differs from the current
pipeline's, or when it has no run any more. :func:`reprocess` re-extracts the
stale documents from their stored text (no source file is read again: the
cleaned text is what the document id hashes) in batches, each replaced in
one transaction and moved to a new run with the current pipeline, so a run
stopped half-way leaves every document either old or new and the next run
does the rest.

What people decided survives: review decisions are keyed by document id,
kind and span, and cluster decisions by event key, neither by row id; the
documents keep their ids, and the re-extracted documents are reconciled again
(their clusters recomputed with the decisions applied). A cluster that holds
the same accounts after that as before keeps its id, so a bookmarked event
page or a note about "event 12" still points at the same event.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from historiograph.pipeline import Pipeline, pipeline_version
from historiograph.reconcile import reconcile_pending
from historiograph.scale.progress import ProgressTracker
from historiograph.store import Store
from historiograph.store.clusters import keep_cluster_ids, pending_cluster_keys

BATCH_DOCUMENTS = 64


@dataclass
class ReprocessSummary:
    """What a reprocess did: ``run_id`` is ``None`` for a dry run or when nothing was stale."""

    version: str
    stale: int = 0
    reprocessed: int = 0
    run_id: int | None = None
    seconds: float = 0.0


def stale_batches(
    store: Store, version: str, *, batch: int = BATCH_DOCUMENTS
) -> Iterator[list[str]]:
    """Ids of documents not extracted by pipeline ``version``, ``batch`` at a time."""
    current = [run.id for run in store.runs() if pipeline_version(run.pipeline) == version]
    return store.document_ids_outside_runs(current, page=batch)


def count_stale(store: Store, version: str) -> int:
    """How many documents :func:`reprocess` would re-extract."""
    return sum(len(ids) for ids in stale_batches(store, version, batch=1000))


def reprocess(
    store: Store,
    pipeline: Pipeline,
    *,
    dry_run: bool = False,
    progress: ProgressTracker | None = None,
    reconcile: bool = True,
) -> ReprocessSummary:
    """Re-extract the stale documents with ``pipeline`` (see the module docstring)."""
    started = time.perf_counter()
    description = pipeline.describe()
    summary = ReprocessSummary(version=pipeline_version(description))
    if dry_run:
        summary.stale = count_stale(store, summary.version)
        summary.seconds = time.perf_counter() - started
        return summary
    batches = stale_batches(store, summary.version)
    first = next(batches, None)
    if first is None:
        summary.seconds = time.perf_counter() - started
        return summary
    run_id = store.start_run(inputs=["reprocess"], pipeline=description)
    summary.run_id = run_id
    if progress is not None:
        progress.run_id = run_id
    try:
        for ids in _chain(first, batches):
            summary.stale += len(ids)
            records = list(pipeline.process(store.load_documents(ids)))
            summary.reprocessed += store.replace_extractions(records, run_id=run_id)
            if progress is not None:
                progress.advance(files=len(ids), items=len(ids))
    except BaseException:
        store.finish_run(
            run_id, stored=summary.reprocessed, skipped=0, failed=0, status="interrupted"
        )
        raise
    if reconcile:
        before = pending_cluster_keys(store)
        reconcile_pending(store)
        keep_cluster_ids(store, before)
    store.finish_run(run_id, stored=summary.reprocessed, skipped=0, failed=0)
    summary.seconds = time.perf_counter() - started
    return summary


def _chain(first: list[str], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    yield from rest
