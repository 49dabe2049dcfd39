"""Dates between the record's intervals and the datasets' precision codes.

The record keeps every date as an inclusive interval (``earliest``,
``latest``); the datasets keep one day and a precision code. These helpers
convert both ways so that an export re-imported gives the same interval.
"""

from __future__ import annotations

import calendar
import datetime as dt

from historiograph.record import EventPrecision

_MONTH_FORMATS = ("%d-%b-%y", "%d-%B-%Y", "%d-%b-%Y", "%d %B %Y", "%d %b %Y", "%m/%d/%Y")


def parse_day(text: str) -> dt.date:
    """A day as the datasets write it: ISO, ``9-May-20``, ``01-January-2015``, ``05/09/2020``."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _MONTH_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``day``'s month."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def days(interval: tuple[dt.date, dt.date]) -> int:
    """How many days an inclusive interval spans."""
    return (interval[1] - interval[0]).days + 1


def midpoint(interval: tuple[dt.date, dt.date]) -> dt.date:
    return interval[0] + dt.timedelta(days=(days(interval) - 1) // 2)


def precision_of(earliest: dt.date, latest: dt.date) -> EventPrecision:
    """The precision an interval's shape shows: a day, a calendar month, quarter, year, decade."""
    if earliest == latest:
        return "day"
    if (earliest, latest) == month_of(earliest):
        return "month"
    if earliest.day == 1 and latest == month_of(latest)[1] and earliest.year == latest.year:
        if earliest.month == 1 and latest.month == 12:
            return "year"
        if earliest.month % 3 == 1 and latest.month == earliest.month + 2:
            return "quarter"
    whole_years = (earliest.month, earliest.day, latest.month, latest.day) == (1, 1, 12, 31)
    if whole_years and earliest.year % 10 == 0 and latest.year == earliest.year + 9:
        return "decade"
    return "unknown"
