"""What the store's queries return besides records: small, frozen, JSON-ready models.

They are pydantic models so the CLI and the API can print or serve them as they
are, and so that no SQL row ever leaves :mod:`historiograph.store`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentSummary(_Result):
    """One stored document at a glance: its metadata and how much was extracted from it."""

    id: str
    title: str | None
    author: str | None
    published: dt.date | None
    source: str | None
    series_name: str | None
    series_part: int | None
    chars: int
    entities: int
    mentions: int
    timexes: int
    claims: int
    events: int
    ingested_at: dt.datetime
    run_id: int | None


class SearchHit(_Result):
    """A full-text match.

    ``snippet`` is a short extract of the title or text with each match wrapped
    in :data:`MARK_OPEN` and :data:`MARK_CLOSE`; ``rank`` is the FTS5 bm25
    score, lower (more negative) meaning a better match. Hits come best first.
    """

    doc_id: str
    title: str | None
    snippet: str
    rank: float


MARK_OPEN = "<mark>"
MARK_CLOSE = "</mark>"


class IngestRun(_Result):
    """One ``ingest`` invocation: what it was given, how it was configured, what it did."""

    id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    status: str
    inputs: list[str]
    pipeline: dict[str, Any]
    stored: int
    skipped: int
    failed: int


class IngestErrorRow(_Result):
    """An input that failed during a run, with the error's stable code and its reason."""

    id: int
    run_id: int
    source: str
    code: str
    reason: str
    recorded_at: dt.datetime
