"""TimelineJS JSON: one slide per dated event, uncertain dates as ranges.

TimelineJS (Knight Lab) reads ``{"title": slide, "events": [slide, ...]}``
where a slide has ``start_date`` and optional ``end_date`` objects
(``year``, ``month``, ``day``, ``display_date``), ``text`` (``headline``,
``text``), ``group`` and ``unique_id``. An event known to the day is a
point; a wider interval ("the summer of 1982", "1986") is a range from its
earliest to its latest day, written only to the precision it has (a month
has no ``day``, a year no ``month``). An event the source tells as planned,
attempted or denied says so in its headline. ``display_date`` is the date as the
text gave it (the timex text) so the reader sees the source's wording.
Undated events are left out: TimelineJS needs a start year. Slides are
grouped by event type. ``data/timelinejs-schema.json`` is a JSON Schema
written from the TimelineJS JSON format documentation.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from typing import Any

from historiograph.export.account import Account
from historiograph.record import EventPrecision, Modality

_YEAR_ONLY: frozenset[EventPrecision] = frozenset({"year", "decade"})

_NOT_TOLD_AS_FACT: dict[Modality, str] = {
    "hypothetical": "Planned or attempted",
    "denied": "Denied",
}
"""Headline prefixes for events the source does not tell as having happened: a slide
is a date on a timeline, and a reader must not take a wanted trial for a held one."""


def _date(day: dt.date, precision: EventPrecision) -> dict[str, Any]:
    date: dict[str, Any] = {"year": day.year}
    if precision not in _YEAR_ONLY:
        date["month"] = day.month
        if precision in ("day", "unknown"):
            date["day"] = day.day
    return date


def slide(account: Account) -> dict[str, Any] | None:
    """The TimelineJS slide of an account, or ``None`` when it has no date."""
    interval = account.interval
    if interval is None:
        return None
    event = account.event
    precision = event.when.precision
    document = account.record.document
    headline = f"{event.type.capitalize()}: {event.trigger.text}"
    if event.modality in _NOT_TOLD_AS_FACT:
        headline = f"{_NOT_TOLD_AS_FACT[event.modality]} — {headline}"
    if account.place_name:
        headline += f" ({account.place_name})"
    credit = document.title or document.id
    # With no named source, ``sources`` falls back to the document itself: say it once.
    sources = [s for s in account.sources if s != credit]
    if sources:
        credit += " — " + "; ".join(sources)
    body = (
        f"<p>{html.escape(account.evidence.strip())}</p><p><small>{html.escape(credit)}</small></p>"
    )
    result: dict[str, Any] = {
        "unique_id": account.key,
        "start_date": _date(interval[0], precision),
        "text": {"headline": headline, "text": body},
        "group": event.type,
        "autolink": False,
    }
    if interval[0] != interval[1]:
        result["end_date"] = _date(interval[1], precision)
    if account.timex is not None:
        result["display_date"] = account.timex.text
    return result


def timeline(accounts: Iterable[Account], *, title: str = "historiograph") -> dict[str, Any]:
    """A TimelineJS document of the dated accounts, earliest first."""
    slides = [s for a in accounts if (s := slide(a)) is not None]
    slides.sort(key=lambda s: tuple(s["start_date"].get(k, 0) for k in ("year", "month", "day")))
    return {
        "title": {"text": {"headline": title, "text": f"{len(slides)} events"}},
        "events": slides,
    }
