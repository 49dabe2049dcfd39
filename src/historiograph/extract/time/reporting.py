"""Reporting periods: "the quarter", "the latest period", "the year-earlier quarter".

Company and economic news count in reporting periods and name them by
reference: "the quarter" is the quarter being reported on (the narrative's
quarter, else the last one completed before the document date: results come
out after a quarter ends), and "year-earlier" / "year-ago" compare with the
same period a year before. The words live in ``patterns.yaml``; this module
gives them values. It is separate from :mod:`.normalize` because these
resolve against the period under report rather than a calendar unit.
"""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import periods
from historiograph.extract.time.grammar import Candidate
from historiograph.extract.time.normalize import Context, Resolved
from historiograph.extract.time.periods import Period
from historiograph.extract.time.vocabulary import Vocabulary


def _period_under_report(ctx: Context) -> tuple[Period, str] | None:
    """The quarter the text reports on: the narrative's, else the first one it named
    that had ended by the document date, else the last one completed.

    A report names the quarter it covers first ("earned $5.2 million in the
    fiscal first quarter") and then calls it "the quarter" or "the latest
    period"; a quarter still to come ("expect the trend to continue into the
    fourth quarter") is an outlook, and one named later a comparison.
    """
    if ctx.narrative is not None and ctx.narrative.period.precision == "quarter":
        return ctx.narrative.period, ctx.narrative.ref
    if ctx.reported is not None:
        return ctx.reported.period, ctx.reported.ref
    if ctx.document is None or ctx.document.period.earliest is None:
        return None
    today = ctx.document.period.earliest
    this_quarter = periods.quarter(today.year, (today.month - 1) // 3 + 1)
    assert this_quarter.earliest is not None
    last_day = this_quarter.earliest - dt.timedelta(days=1)
    return periods.quarter(last_day.year, (last_day.month - 1) // 3 + 1), ctx.document.ref


def _reported_quarter(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """The quarter under report; "the 1988 quarter" is that quarter in 1988."""
    found = _period_under_report(ctx)
    if found is None:
        return Resolved("DATE", Period("XXXX-QX", "quarter"))
    period, ref = found
    if "year" in c.groups and period.earliest is not None:
        index = (period.earliest.month - 1) // 3 + 1
        return Resolved("DATE", periods.quarter(int(c.groups["year"]), index), None, ref)
    return Resolved("DATE", period, None, ref)


def _year_earlier(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """The quarter under report, one year back."""
    found = _period_under_report(ctx)
    if found is None or found[0].earliest is None:
        return Resolved("DATE", Period("PAST_REF", None))
    period, ref = found
    assert period.earliest is not None
    start = period.earliest
    return Resolved("DATE", periods.quarter(start.year - 1, (start.month - 1) // 3 + 1), None, ref)


def _same_period_year_back(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """ "The same period last year": the period the story is in, a year back.

    Company results compare quarters ("fell in the quarter from the same
    period last year"); other news compares the month it tells of ("arrivals
    in January were down from the same period last year").
    """
    narrative = ctx.narrative
    if narrative is not None and narrative.period.precision in ("month", "season"):
        return Resolved(
            "DATE", periods.shift(narrative.period, -12, "month", None), None, narrative.ref
        )
    return _year_earlier(c, ctx, v)


RESOLVERS = {
    "reported_quarter": _reported_quarter,
    "year_earlier": _year_earlier,
    "same_period_year_back": _same_period_year_back,
}
