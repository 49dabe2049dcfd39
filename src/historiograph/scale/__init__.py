"""Scale: ingest on a Dask cluster, and progress with an ETA for any ingest.

- :func:`~historiograph.scale.dask_engine.ingest_dask` runs the pipeline on
  Dask workers (a local cluster by default), writing through the store's bulk
  upserts, for ``historiograph ingest --engine dask``;
- :mod:`~historiograph.scale.progress` counts a run's progress for the console
  bar, and :func:`~historiograph.scale.progress.current_progress` lists the
  ingests running in this process with their ETA, for the API;
- :mod:`~historiograph.scale.reprocess` re-extracts the documents whose
  pipeline version is not the current one (``historiograph reprocess``).

Dask is imported only by ``dask_engine`` and ``worker``, so reading progress
or reprocessing locally does not need it loaded.
"""

from historiograph.scale.progress import (
    ProgressSnapshot,
    ProgressTracker,
    current_progress,
    tracking,
)

__all__ = ["ProgressSnapshot", "ProgressTracker", "current_progress", "tracking"]
