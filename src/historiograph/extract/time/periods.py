"""Periods: a TIMEX3 value together with the interval of days it covers.

A :class:`Period` is what a date expression denotes: its TIMEX3 ``value``
("1981-06", "1982-SU", "196"), its precision and the inclusive first and last
day. The constructors here build one per calendar unit, and :func:`narrow`,
:func:`shift` and :func:`coarsen` do the arithmetic the normaliser needs
("the mid-1960s", "two years later", "that year"). Years before 1 AD have a
value ("BC0499") but no interval: :class:`datetime.date` cannot hold them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass, replace

from historiograph.extract.time.vocabulary import Part, Season

# Precision names, finest first (the record's TimexPrecision, plus "week").
PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century")


@dataclass(frozen=True)
class Period:
    """A TIMEX3 value and the inclusive days it covers (None where unknown)."""

    value: str
    precision: str | None
    earliest: dt.date | None = None
    latest: dt.date | None = None


_BC_VALUE = re.compile(r"BC(\d{4})")


def year_of(period: Period) -> int | None:
    """The astronomical year a period starts in (0 is 1 BC), or None if unknown.

    Periods before 1 AD have no days, so their year is read from the value
    ("BC0480-08" is -479): a narrative of the Persian Wars anchors "the
    following year" and "in September" on it like any other.
    """
    if period.earliest is not None:
        return period.earliest.year
    match = _BC_VALUE.match(period.value)
    return 1 - int(match[1]) if match else None


_BC_MONTH_OR_SEASON = re.compile(r"BC(\d{4})-(\d\d|[A-Z]{2})$")


def last_month(period: Period, seasons: dict[str, Season]) -> tuple[int, int] | None:
    """The astronomical year and the month a period of a month or season ends in.

    From its last day where it has one; a period before 1 AD has none, so its
    value is read ("BC0481-WI" ends in February of 480 BC, year -479): a
    history of the Persian Wars turns the year after a winter as one of the
    Thirty Years' War does. ``seasons`` are the vocabulary's, keyed by any name.
    """
    if period.latest is not None:
        return period.latest.year, period.latest.month
    match = _BC_MONTH_OR_SEASON.match(period.value)
    if match is None:
        return None
    year, code = 1 - int(match[1]), match[2]
    if code.isdigit():
        return year, int(code)
    spec = next((spec for spec in seasons.values() if spec.code == code), None)
    if spec is None:
        return None
    return (year + 1 if spec.end < spec.start else year), spec.end[0]


def _year_value(year: int) -> str:
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def _safe(year: int, month: int, day: int) -> dt.date | None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def day(date: dt.date) -> Period:
    return Period(date.isoformat(), "day", date, date)


def calendar_day(year: int, month_number: int, day_number: int) -> Period | None:
    """A day of any year, BC too ("2 August" of 216 BC is BC0216-08-02); None if none such.

    Days before 1 AD have a value but no interval, as their months have
    (:class:`datetime.date` cannot hold them); the proleptic Gregorian leap
    rule decides whether 29 February exists.
    """
    if year >= 1:
        try:
            return day(dt.date(year, month_number, day_number))
        except ValueError:
            return None
    like_year = 2000 if calendar.isleap(year) else 2001  # an AD year with the same months
    if not 1 <= day_number <= calendar.monthrange(like_year, month_number)[1]:
        return None
    return Period(f"{_year_value(year)}-{month_number:02d}-{day_number:02d}", "day")


def month(year: int, month_number: int) -> Period:
    last = calendar.monthrange(year, month_number)[1] if year >= 1 else 28
    return Period(
        f"{_year_value(year)}-{month_number:02d}",
        "month",
        _safe(year, month_number, 1),
        _safe(year, month_number, last),
    )


def year(number: int) -> Period:
    return Period(_year_value(number), "year", _safe(number, 1, 1), _safe(number, 12, 31))


def season(number: int, spec: Season) -> Period:
    """A season of a year; a winter runs from December into the next year."""
    end_year = number + 1 if spec.end < spec.start else number
    return Period(
        f"{_year_value(number)}-{spec.code}",
        "season",
        _safe(number, *spec.start),
        _safe(end_year, *spec.end),
    )


def quarter(number: int, index: int) -> Period:
    first = 3 * (index - 1) + 1
    return Period(
        f"{_year_value(number)}-Q{index}",
        "quarter",
        _safe(number, first, 1),
        _safe(number, first + 2, 31),
    )


def half(number: int, code: str) -> Period:
    """The first or second half of a year ("1981-H1"); precision stays "year"."""
    first = 1 if code == "H1" else 7
    return Period(
        f"{_year_value(number)}-{code}",
        "year",
        _safe(number, first, 1),
        _safe(number, first + 5, 31),
    )


def nth_weekday(year: int, month: int, weekday: int, nth: int, first: int = 1) -> dt.date:
    """The nth ISO weekday (1 = Monday) of a month on or after its day ``first``; -1: the last."""
    if nth < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    start = dt.date(year, month, first)
    return start + dt.timedelta(days=(weekday - start.isoweekday()) % 7 + 7 * (nth - 1))


def week(date: dt.date) -> Period:
    """The ISO week that holds ``date`` ("1998-W32"), Monday to Sunday."""
    iso_year, iso_week, _ = date.isocalendar()
    monday = date - dt.timedelta(days=date.weekday())
    return Period(f"{iso_year}-W{iso_week:02d}", "week", monday, monday + dt.timedelta(days=6))


def weekend(saturday: dt.date) -> Period:
    """The weekend that starts on ``saturday`` ("1990-W32-WE"), Saturday and Sunday."""
    return Period(f"{week(saturday).value}-WE", "week", saturday, saturday + dt.timedelta(days=1))


def decade(prefix: int, *, bc: bool = False) -> Period:
    """A decade from its first three digits: 198 is the 1980s, 47 BC the 470s BC."""
    if bc:
        return Period(f"BC{prefix:03d}", "decade")
    return Period(
        f"{prefix:03d}", "decade", _safe(prefix * 10, 1, 1), _safe(prefix * 10 + 9, 12, 31)
    )


def century(ordinal: int, *, bc: bool = False) -> Period:
    """The n-th century: the 20th is 1901-2000 in the calendar, value "19" (1900s)."""
    if bc:
        return Period(f"BC{ordinal - 1:02d}", "century")
    first = (ordinal - 1) * 100
    return Period(
        f"{ordinal - 1:02d}", "century", _safe(max(first, 1), 1, 1), _safe(first + 99, 12, 31)
    )


def narrow(period: Period, part: Part) -> Period:
    """The part of a period ("early", "the end of"), cut at sub-unit boundaries.

    A decade or century is cut in whole years, a year, season or quarter in
    whole months, anything else in days; the value stays the period's (TIMEX3
    puts the part in ``mod``).
    """
    start, end = period.earliest, period.latest
    if start is None or end is None:
        return period
    if period.precision in ("decade", "century"):
        years = end.year - start.year + 1
        first = math.floor(part.low * years)
        last = max(first, math.ceil(part.high * years) - 1)
        return replace(
            period,
            earliest=dt.date(start.year + first, 1, 1),
            latest=dt.date(start.year + last, 12, 31),
        )
    if period.precision in ("year", "season", "quarter"):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        first = math.floor(part.low * months)
        last = max(first, math.ceil(part.high * months) - 1)
        begin = add_months(dt.date(start.year, start.month, 1), first)
        finish = add_months(dt.date(start.year, start.month, 1), last)
        return replace(
            period,
            earliest=max(begin, start),
            latest=min(_safe(finish.year, finish.month, 31) or end, end),
        )
    days = (end - start).days + 1
    first = math.floor(part.low * days)
    last = max(first, math.ceil(part.high * days) - 1)
    return replace(
        period,
        earliest=start + dt.timedelta(days=first),
        latest=start + dt.timedelta(days=last),
    )


def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` moved by whole months, the day clipped to the month's length."""
    index = date.year * 12 + date.month - 1 + months
    target_year, target_month = divmod(index, 12)
    last = calendar.monthrange(target_year, target_month + 1)[1]
    return dt.date(target_year, target_month + 1, min(date.day, last))


def at_precision(date: dt.date, precision: str, like: Period | None = None) -> Period:
    """The period of the given precision that holds ``date``.

    ``like`` supplies the season or quarter code when the precision is one of
    those (a shifted "summer of 1982" stays a summer).
    """
    if precision == "day":
        return day(date)
    if precision == "week":
        return week(date)
    if precision == "month":
        return month(date.year, date.month)
    if precision == "decade":
        return decade(date.year // 10)
    if precision == "century":
        return century(date.year // 100 + 1)
    if precision == "quarter":
        return quarter(date.year, (date.month - 1) // 3 + 1)
    if precision == "season" and like is not None:
        suffix = like.value.rsplit("-", 1)[-1]
        return Period(f"{date.year:04d}-{suffix}", precision, date, date)
    return year(date.year)


def coarser(first: str, second: str) -> str:
    """The coarser of two precisions."""
    return max(first, second, key=PRECISIONS.index)


def shift(period: Period, amount: float, unit_precision: str, unit_days: int | None) -> Period:
    """``period`` moved by ``amount`` units, kept at the coarser of the two precisions.

    ``unit_precision`` names the unit ("year", "month", "day", "week",
    "quarter", "decade", "century"); ``unit_days`` is set for units counted in
    days (a week is 7). "Two years after" a day is a year; "two days after" a
    year is still that year.
    """
    if period.earliest is None or period.precision is None:
        return period
    try:
        return _shift(period, amount, unit_precision, unit_days)
    except (ValueError, OverflowError):  # moved outside what datetime.date can hold
        return Period("XXXX", None)


def _shift(period: Period, amount: float, unit_precision: str, unit_days: int | None) -> Period:
    assert period.earliest is not None and period.precision is not None
    start = period.earliest
    # a decade's or century's count is already in years ("a decade" is 10 of them)
    months_per = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 12, "century": 12}
    if unit_days is not None:
        moved = start + dt.timedelta(days=round(amount * unit_days))
    else:
        moved = add_months(start, round(amount * months_per.get(unit_precision, 12)))
    precision = coarser(period.precision, unit_precision)
    if precision == "season" and period.latest is not None:
        length = period.latest - period.earliest
        shifted = replace(period, earliest=moved, latest=moved + length)
        return replace(shifted, value=f"{moved.year:04d}-{period.value.rsplit('-', 1)[-1]}")
    return at_precision(moved, precision, period)
