"""Keyset pagination for event listings: the chronological order, its cursors, and the index.

Paging by offset makes the database walk past every skipped event, so a page
deep into 100,000 events costs as much as reading them all; paging by key
("events after this one") starts where the last page ended. Both ways stay:
``offset`` for jumping to a position (the web timeline loads pages by offset),
``after`` (the ``next`` cursor of the previous page) for walking a listing.

The order is chronological in two runs, each scanned in index order:

1. events with a known start, by ``(when_earliest, document_id, position)``,
   which is the leading part of :data:`CHRONOLOGY_INDEX`;
2. events without one, by ``when_latest`` (end-dated ones such as "before
   1990" first, undated ones last) and then ``(document_id, position)``.

Sorting on a plain column rather than ``coalesce(earliest, latest)`` is what
lets the first run come straight off the index; the second run is sorted, but
it is the small set of events without a start date.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_

from historiograph.errors import UsageError
from historiograph.store.schema import EventRow

CHRONOLOGY_INDEX = "ix_events_chronology"
"""``events (when_earliest, document_id, position, when_latest, type)``, from migration r0005.

The trailing columns make the time-range and type filters checkable in the
index, so skipping non-matching events needs no table reads."""

STARTED, UNSTARTED = 0, 1
"""The two runs of the order: events with a start date, then those without."""


@dataclass(frozen=True)
class Cursor:
    """The sort key of the last event of a page: the next page starts after it."""

    run: int
    date: dt.date | None
    document_id: str
    position: int

    def encode(self) -> str:
        """An opaque, URL-safe token (clients pass it back, they do not read it)."""
        date = None if self.date is None else self.date.isoformat()
        raw = json.dumps([self.run, date, self.document_id, self.position], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> Cursor:
        """The cursor ``token`` encodes; anything this API did not issue is a 400."""
        try:
            padded = token + "=" * (-len(token) % 4)
            run, date, document_id, position = json.loads(base64.urlsafe_b64decode(padded))
            valid = (
                run in (STARTED, UNSTARTED)
                and isinstance(document_id, str)
                and type(position) is int
                and (date is not None or run == UNSTARTED)
            )
            if valid:
                day = None if date is None else dt.date.fromisoformat(date)
                return cls(run=run, date=day, document_id=document_id, position=position)
        except (binascii.Error, UnicodeDecodeError, ValueError, TypeError):
            pass
        raise UsageError(f"the cursor {token!r} is not one this API issued; use a page's 'next'")

    @classmethod
    def of(cls, row: Any) -> Cursor:
        """The cursor after ``row`` (an event row with the chronological key columns)."""
        started = row.when_earliest is not None
        return cls(
            run=STARTED if started else UNSTARTED,
            date=row.when_earliest if started else row.when_latest,
            document_id=row.document_id,
            position=row.position,
        )


def order(columns: Any, run: int) -> list[ColumnElement[Any]]:
    """The sort key of run ``run`` over ``columns`` (``EventRow``, or a subquery's ``.c``)."""
    if run == STARTED:
        return [columns.when_earliest, columns.document_id, columns.position]
    return [
        columns.when_latest.is_(None),
        columns.when_latest,
        columns.document_id,
        columns.position,
    ]


def _after_position(cursor: Cursor) -> ColumnElement[bool]:
    return or_(
        EventRow.document_id > cursor.document_id,
        and_(EventRow.document_id == cursor.document_id, EventRow.position > cursor.position),
    )


def started_after(cursor: Cursor) -> ColumnElement[bool]:
    """Events of the first run that sort after ``cursor`` (also of the first run).

    Written as ``date >= d AND (date > d OR ...)`` rather than a row-value
    comparison so that every database bounds the index scan by the date.
    """
    return and_(
        EventRow.when_earliest >= cursor.date,
        or_(EventRow.when_earliest > cursor.date, _after_position(cursor)),
    )


def unstarted_after(cursor: Cursor) -> ColumnElement[bool]:
    """Events of the second run that sort after ``cursor`` (also of the second run)."""
    if cursor.date is None:  # undated events come last, so only undated ones follow
        return and_(EventRow.when_latest.is_(None), _after_position(cursor))
    return or_(
        EventRow.when_latest.is_(None),
        EventRow.when_latest > cursor.date,
        and_(EventRow.when_latest == cursor.date, _after_position(cursor)),
    )
