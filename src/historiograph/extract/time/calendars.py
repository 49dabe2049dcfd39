"""Solar Hijri (Persian), Hijri lunar and Julian dates as Gregorian periods.

Conversion is convertdate's (``convertdate.persian``, astronomical Solar
Hijri; ``convertdate.islamic``, the arithmetical lunar calendar;
``convertdate.julian`` for days a text marks "old style"): one maintained
library for all three calendars, pure Python, valid for historical years.
The TIMEX3 value is Gregorian; the span keeps the original text ("7 Tir
1360"). A month of the Persian or Hijri calendar straddles two Gregorian
months, so its value is the Gregorian month of its middle day while
``earliest`` and ``latest`` are exact.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol, cast

from convertdate import holidays, islamic, julian, persian

from historiograph.extract.time import periods
from historiograph.extract.time.periods import Period


class _Calendar(Protocol):
    def to_gregorian(self, year: int, month: int, day: int) -> tuple[int, int, int]: ...

    def from_gregorian(self, year: int, month: int, day: int) -> tuple[int, int, int]: ...

    def month_length(self, year: int, month: int) -> int: ...


CALENDARS: dict[str, _Calendar] = {
    "persian": cast(_Calendar, persian),
    "hijri": cast(_Calendar, islamic),
    "julian": cast(_Calendar, julian),
}


def to_date(system: str, year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a day in the named calendar ("persian", "hijri", "julian")."""
    return dt.date(*CALENDARS[system].to_gregorian(year, month, day))


def year_of(system: str, date: dt.date) -> int:
    """The year in the named calendar that holds a Gregorian day."""
    return CALENDARS[system].from_gregorian(date.year, date.month, date.day)[0]


def day_period(system: str, year: int, month: int, day: int) -> Period:
    return periods.day(to_date(system, year, month, day))


def month_period(system: str, year: int, month: int) -> Period:
    first = to_date(system, year, month, 1)
    last = to_date(system, year, month, CALENDARS[system].month_length(year, month))
    middle = first + (last - first) / 2
    return Period(f"{middle.year:04d}-{middle.month:02d}", "month", first, last)


def year_period(system: str, year: int) -> Period:
    first = to_date(system, year, 1, 1)
    last = to_date(system, year + 1, 1, 1) - dt.timedelta(days=1)
    middle = first + (last - first) / 2
    return Period(f"{middle.year:04d}", "year", first, last)


# The first Easter reckoned by the Gregorian computus (the reform took effect
# in October 1582).
_FIRST_GREGORIAN_EASTER = 1583


def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year``, as a text of that time dates it.

    Before the Gregorian reform the Western church reckoned Easter by the
    Julian computus, and histories write medieval days in the Julian calendar
    ("Easter Monday, 30 March 1282"), as TimeML values them: so the Julian
    Easter, written as a Julian day, not the Gregorian reckoning projected back.
    """
    if year >= _FIRST_GREGORIAN_EASTER:
        return dt.date(*holidays.easter(year))
    return dt.date(*julian.from_gregorian(*holidays.easter(year, church="orthodox")))
