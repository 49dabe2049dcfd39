"""Progress and an ETA for a running ingest, for the console and for the API.

Both engines report into a :class:`ProgressTracker`: the single-process engine
per document as it streams by, the Dask engine per finished partition. The
console bar (``historiograph ingest``) is drawn from its snapshots, and every
tracker opened with :func:`tracking` is listed by :func:`current_progress`, so
the workbench API (or any caller in the process running the ingest) can show
the same figures without reaching into the engine.

The ETA comes from the rate over the last :data:`RATE_WINDOW_S` seconds, not
since the start: model loading and worker start-up would otherwise make every
estimate of a long run too pessimistic for its first minutes.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

RATE_WINDOW_S = 30.0


@dataclass(frozen=True)
class ProgressSnapshot:
    """Where an ingest stands: files and items done, the recent rate and the time left.

    ``items`` counts documents and failures (a WARC or JSONL file holds many);
    ``files_per_s`` and ``eta_s`` are ``None`` until there is a rate to go on,
    and ``eta_s`` also while the total is unknown.
    """

    engine: str
    run_id: int | None
    total_files: int | None
    files: int
    items: int
    elapsed_s: float
    files_per_s: float | None
    eta_s: float | None
    finished: bool


Listener = Callable[[ProgressSnapshot], None]


class ProgressTracker:
    """Thread-safe counters of one ingest; ``listener`` gets a snapshot after each change."""

    def __init__(
        self,
        *,
        total_files: int | None = None,
        engine: str = "local",
        listener: Listener | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Start counting now; ``total_files`` (if known) makes an ETA possible."""
        self.engine = engine
        self.total_files = total_files
        self.run_id: int | None = None
        self._listener = listener
        self._clock = clock
        self._lock = threading.Lock()
        self._started = clock()
        self._files = 0
        self._items = 0
        self._last_file: str | None = None
        self._finished = False
        self._samples: deque[tuple[float, int]] = deque([(self._started, 0)])

    def advance(self, *, files: int = 0, items: int = 0) -> None:
        """Count ``files`` more files and ``items`` more documents or failures done."""
        with self._lock:
            self._files += files
            self._items += items
            now = self._clock()
            self._samples.append((now, self._files))
            while len(self._samples) > 2 and now - self._samples[1][0] > RATE_WINDOW_S:
                self._samples.popleft()
        self._notify()

    def saw_source(self, source: str) -> None:
        """One item from ``source`` (``file.warc#7`` is a record of ``file.warc``) went by."""
        path = source.split("#", 1)[0]
        with self._lock:
            new_file = path != self._last_file
            self._last_file = path
        self.advance(files=int(new_file), items=1)

    def finish(self) -> None:
        """Mark the run over (done, failed or interrupted)."""
        with self._lock:
            self._finished = True
        self._notify()

    def snapshot(self) -> ProgressSnapshot:
        """The figures now: consistent with each other, safe to read from any thread."""
        with self._lock:
            now = self._clock()
            first_time, first_files = self._samples[0]
            span = now - first_time
            rate = (self._files - first_files) / span if span > 0 and self._files else None
            eta = None
            if rate and self.total_files is not None:
                eta = max(self.total_files - self._files, 0) / rate
            return ProgressSnapshot(
                engine=self.engine,
                run_id=self.run_id,
                total_files=self.total_files,
                files=self._files,
                items=self._items,
                elapsed_s=now - self._started,
                files_per_s=rate,
                eta_s=0.0 if self._finished else eta,
                finished=self._finished,
            )

    def _notify(self) -> None:
        if self._listener is not None:
            self._listener(self.snapshot())


_ACTIVE: dict[int, ProgressTracker] = {}
_ACTIVE_LOCK = threading.Lock()


@contextmanager
def tracking(tracker: ProgressTracker) -> Iterator[ProgressTracker]:
    """List ``tracker`` in :func:`current_progress` while the block runs, then finish it."""
    with _ACTIVE_LOCK:
        _ACTIVE[id(tracker)] = tracker
    try:
        yield tracker
    finally:
        tracker.finish()
        with _ACTIVE_LOCK:
            _ACTIVE.pop(id(tracker), None)


def current_progress() -> list[ProgressSnapshot]:
    """Snapshots of every ingest running in this process under :func:`tracking`, oldest first."""
    with _ACTIVE_LOCK:
        trackers = list(_ACTIVE.values())
    return [t.snapshot() for t in trackers]
