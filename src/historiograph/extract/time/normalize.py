"""Turn a matched expression into a TIMEX3 type, value, mod and period.

Each pattern kind (see ``data/patterns.yaml``) has one function here that
reads the match's named groups. Expressions that need a reference point get
it from :class:`Context`: the narrative time (the latest date the text has
established, with its timex id) for anaphoric expressions ("the following
year", "that summer", "in September"), the document date for deictic ones
("last year", "Friday", "two weeks ago"); when one is missing the other is
used, and with neither the value keeps its unknown digits as ``X``. The
story's day ("that morning", "the next day") is the exception: the document
date stands for it only in a text that has named its own day
(:attr:`Context.on_its_day`), never in a memoir that has told no day yet.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from historiograph.extract.time import calendars, clues, periods
from historiograph.extract.time.grammar import Candidate
from historiograph.extract.time.periods import Period
from historiograph.extract.time.vocabulary import Holiday, Vocabulary, fold, load_vocabulary

DOCUMENT = "document"
CURRENT = "current"
MENTION = "mention"


@dataclass(frozen=True)
class Anchor:
    """A reference point: its period and what to cite as the timex's ``anchor``."""

    period: Period
    ref: str  # a timex id or "document"


@dataclass(frozen=True)
class Context:
    """The reference points available where an expression stands."""

    narrative: Anchor | None
    document: Anchor | None
    own_time: bool = False  # the text reports its own time (see clues.reports_its_own_time)
    tense: int = clues.UNKNOWN  # of the clause around the expression
    quarter: Anchor | None = None  # the last quarter named, which company results report on
    # the first quarter named that had ended by the document date: the one a
    # company's results cover, which "the quarter" and "the latest period" name
    reported: Anchor | None = None
    # the latest narrative time of a year or finer: a month named after "the
    # 1940s" or "two decades earlier" belongs to the year the story was in
    dated: Anchor | None = None
    # the text dates things by weekday ("on Tuesday"), as news of its own days does
    daily: bool = False
    # the clause around a month named alone is in the past perfect: a flashback
    recalled: bool = False
    # the narrative time is a point the story reached ("on 7 December"), not
    # the far end of a span ("by December", "from October to March") or a
    # feast that names a thing ("the Tet Offensive"): only from such a point
    # does a month far back in the calendar lie in the next year
    reached: bool = True
    # the last time the text named (a flashback or an aside included), which
    # a demonstrative ("that year") points back at
    mentioned: Anchor | None = None
    # the latest day or month the text named without a year where it has no
    # dated time at all (a wire dateline "QUETTA, Oct. 9 -" in an undated
    # text): "this month" and "the next day" keep its month and day
    partial: Anchor | None = None
    # a bare weekday right after "since" (-1) or "until" (1): the last one
    # before the reference day or the next one after it (OpenInterval.weekday)
    facing: int = 0
    # the text has tied its story to its own day (a weekday, a dateline,
    # "today", "this morning"): news of its day, where "that morning" or "the
    # next day" with no day told yet counts from the document date. A memoir
    # that has named no day has not set one, and its publication day is none
    on_its_day: bool = False
    # the narrative time was set earlier in the same sentence by an expression
    # that writes its year ("questioned in the summer of 2016, a month after the
    # fire of 3 June"): a day or month named without a year after it is in that year
    year_in_sentence: bool = False
    # the last whole day the text named, narrated or not ("On Saturday, police
    # fired on the rally" after a background of years): what "four days later"
    # counts from where the story's own time is only a year
    named_day: Anchor | None = None
    # the clause tells a deed gone by before the expression ("broke out on
    # Saturday"): a bare weekday is the last one, however far back in the week
    done_before: bool = False
    # the month named earlier in the sentence where a comparison word stands
    # right before the expression ("in April from a year earlier"): what "a
    # year earlier" moves back, as results "up from a year ago" move the quarter
    compared: Anchor | None = None

    def pick(self, preferred: str) -> Anchor | None:
        """The preferred anchor ("narrative", "document", "current", "mention"), else another.

        "current" (what "the year" points at) is the narrative time, except in
        a report on its own time whose narrative has moved past the document
        date, or where the clause looks ahead: there the narrative is a
        forecast ("expects a profit in fiscal 1990"), and "for the year" or
        "will slow by the end of the year" still means the report's own year.
        """
        if preferred == CURRENT:
            preferred = "document" if self._forecasting() else "narrative"
        if preferred == MENTION:
            return self.mentioned or self.narrative or self.document
        first, second = (
            (self.narrative, self.document)
            if preferred == "narrative"
            else (self.document, self.narrative)
        )
        return first or second

    def _forecasting(self) -> bool:
        if not self.own_time or self.narrative is None or self.document is None:
            return False
        if self.tense == clues.FUTURE:  # "will slow by the end of the year"
            return True
        story, today = self.narrative.period.earliest, self.document.period.latest
        return story is not None and today is not None and story > today


@dataclass(frozen=True)
class Resolved:
    """What one expression means: TIMEX3 type, value, mod, period and anchor.

    ``establishes`` says whether the expression sets the narrative time for
    what follows (a calendar date does; "now", a duration or "at that time"
    does not).
    """

    type: str
    period: Period
    mod: str | None = None
    anchor: str | None = None
    establishes: bool = False


def _number(text: str, vocabulary: Vocabulary) -> float | None:
    """A quantity written in digits or words ("50", "two", "twenty-five", "half a")."""
    key = fold(text).replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", key):
        return float(key)
    if key in vocabulary.numbers:
        return float(vocabulary.numbers[key])
    return _number_compound(re.split(r"[\s-]+", key), vocabulary)


def _number_compound(words: list[str], vocabulary: Vocabulary) -> float | None:
    """The value of number words in a row: "twenty five" is 25, "four hundred
    and fifty" 450, "two thousand" 2000 (a hundred or thousand multiplies what
    stands before it)."""
    total = current = 0.0
    for word in words:
        if word == "and":
            continue
        number = vocabulary.numbers.get(word)
        if number is None:
            return None
        if number in (100, 1000):
            current = (current or 1) * number
            if number == 1000:
                total, current = total + current, 0
        else:
            current += number
    return total + current if words else None


def spoken_year(text: str, vocabulary: Vocabulary) -> int:
    """A year read aloud: "nineteen ninety-six" is 1996."""
    hundreds, rest = fold(text).split(" ", 1)
    tens = _number(rest, vocabulary)
    assert tens is not None  # the grammar only matches number words
    return vocabulary.spoken_year_hundreds[hundreds] * 100 + int(tens)


def _year(groups: dict[str, str], vocabulary: Vocabulary) -> int | None:
    """The year of the match, signed by its era (499 BC is -498 astronomically)."""
    if "yearend" in groups:
        return int(groups["hundreds"] + groups["yearend"])
    if "spokenyear" in groups:
        return spoken_year(groups["spokenyear"], vocabulary)
    if "yearwords" in groups:  # "two thousand and one"
        number = _number(groups["yearwords"], vocabulary)
        return None if number is None else int(number)
    if "year" not in groups:
        return None
    number = int(groups["year"])
    era = groups.get("era")
    if era is not None and vocabulary.eras[fold(era)] < 0:
        return 1 - number
    return number


def _day(groups: dict[str, str], vocabulary: Vocabulary) -> int | None:
    if "day" in groups:
        return int(groups["day"])
    if "dayword" in groups:
        return vocabulary.ordinals[fold(groups["dayword"])]
    return None


def _with_part(
    period: Period, groups: dict[str, str], vocabulary: Vocabulary
) -> tuple[Period, str | None]:
    part = vocabulary.parts.get(fold(groups.get("part", "")))
    if part is None and "half" in groups:  # "the first half of the 15th century"
        part = vocabulary.coarse_halves[fold(groups["half"])]
    if part is None:
        return period, None
    return periods.narrow(period, part), part.mod


def _reference_year(
    context: Context, preferred: str = "narrative"
) -> tuple[int | None, str | None]:
    anchor = context.pick(preferred)
    year = periods.year_of(anchor.period) if anchor is not None else None
    if anchor is None or year is None:
        return None, None
    return year, anchor.ref


def _date(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    month_number = int(g["monthnum"]) if "monthnum" in g else v.month_number(g["month"])
    number, anchor = _year(g, v), None
    if number is None and "year2" in g:
        number = 1900 + int(g["year2"])
        if ctx.document is not None and ctx.document.period.earliest is not None:
            century = ctx.document.period.earliest.year // 100 * 100
            number = century + int(g["year2"])
    day_number = _day(g, v)
    if "romanday" in g:  # "the Ides of March" is the 15th, "of January" the 13th
        usual, long_month = v.roman_days[fold(g["romanday"])]
        day_number = long_month if month_number in v.roman_long_months else usual
    if number is None and "postdir" in g:
        number, anchor = _year_in_direction(ctx, month_number, day_number, g["postdir"], v)
    if number is None:
        number, anchor = _month_year(ctx, month_number, day_number)
        if number is not None and day_number is not None and "weekday" in g:
            number = _year_of_weekday(
                number, month_number, day_number, v.weekdays[fold(g["weekday"])]
            )
    if number is None:
        unknown = f"XXXX-{month_number:02d}" + (f"-{day_number:02d}" if day_number else "")
        return Resolved("DATE", Period(unknown, "day" if day_number else "month"))
    period = (
        periods.calendar_day(number, month_number, day_number) if day_number is not None else None
    ) or periods.month(number, month_number)
    period, mod = _with_part(period, g, v)
    if "weekof" in g and period.precision == "day" and period.earliest is not None:
        period = periods.week(period.earliest)  # "the week of March 6": the week of that day
    return Resolved("DATE", period, mod, anchor, establishes=True)


def _year_in_direction(
    ctx: Context, month_number: int, day_number: int | None, direction: str, v: Vocabulary
) -> tuple[int | None, str | None]:
    """The year of "the 9th of January last" or "the 3rd of March next" in a letter
    or a court record: the latest such day before the day the story stands at
    (else the document's), or the first after it."""
    date, ref = _day_of(ctx, "narrative")
    if date is None:
        date, ref = _day_of(ctx, DOCUMENT)
    if date is None:
        return None, None
    shift = v.determiners[fold(direction)].amount
    named = (month_number, day_number or 0)
    today = (date.month, date.day if day_number else 0)
    if shift < 0:
        return date.year - (named >= today), ref
    return date.year + (named <= today), ref


# How many years a weekday told with a day and month ("Friday the 10th of October") may
# move the year inferred for them, and how many months it may move the month inferred for
# a day told by its number ("on Tuesday the 12th").
WEEKDAY_YEARS = 6
WEEKDAY_MONTHS = 12


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest ``year`` (an earlier one first) in which the day falls on the
    weekday the text names with it: "It was Friday the 10th of October", told in a
    podcast of 9 October 2015, is 10 October 2014, a Friday."""
    for step in range(WEEKDAY_YEARS + 1):
        for candidate in (year - step, year + step):
            try:
                if dt.date(candidate, month, day).isoweekday() == weekday:
                    return candidate
            except ValueError:  # the 29th of February of a common year
                continue
    return year


def _month_of_weekday(year: int, month: int, day: int, weekday: int) -> tuple[int, int]:
    """The month, from the one inferred back, whose ``day`` falls on the weekday named:
    "on Tuesday the 12th", in a letter of 24 June 1951, is 12 June 1951."""
    for _ in range(WEEKDAY_MONTHS):
        try:
            if dt.date(year, month, day).isoweekday() == weekday:
                return year, month
        except ValueError:
            pass
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return year, month


_MONTH_OR_FINER = frozenset({"day", "week", "month", "season"})
_SECOND_HALF = 7  # July: from here on "the new year" is the next one


def _day_of_month(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """A day named by its number alone ("on the 25th"): that day of the month in focus.

    Narratives count days within the month they have reached ("in late
    October 1973 ... on the 25th"), so the narrative time of a month or finer
    gives the month. Without one, a report counts from its own date: the
    latest such day up to it. Neither known, only the day is.
    """
    number = _day(c.groups, v)
    assert number is not None
    if "monthref" in c.groups:
        return _day_of_month_named(number, v.month_references[fold(c.groups["monthref"])], ctx)
    narrative = ctx.narrative
    month: tuple[int, int] | None = None
    anchor: str | None = None
    if narrative is not None and narrative.period.precision in ("day", "week", "month"):
        start = narrative.period.earliest
        if start is not None:
            month, anchor = (start.year, start.month), narrative.ref
    if month is None and ctx.document is not None and ctx.document.period.earliest is not None:
        first = ctx.document.period.earliest.replace(day=1)
        if number > ctx.document.period.earliest.day:  # still to come: last month's
            first = (first - dt.timedelta(days=1)).replace(day=1)
        month, anchor = (first.year, first.month), ctx.document.ref
    if month is None:
        return Resolved("DATE", Period(f"XXXX-XX-{number:02d}", "day"))
    if "weekday" in c.groups:
        month = _month_of_weekday(*month, number, v.weekdays[fold(c.groups["weekday"])])
    try:
        date = dt.date(month[0], month[1], number)
    except ValueError:  # "the 31st" of a shorter month: only the month is sure
        return Resolved("DATE", periods.month(*month), None, anchor)
    return Resolved("DATE", periods.day(date), None, anchor, establishes=True)


def _day_of_month_named(number: int, shift: int, ctx: Context) -> Resolved:
    """ "the 2nd instant", "the 15th ult.": that day of the month the letter or
    record is written in, or of the month before or after it. The day written
    is the document's (a letter's or an entry's heading sets it), else the
    story's: a day named so does not move the month the next one counts from."""
    written, anchor = _day_of(ctx, DOCUMENT)
    if written is None:
        return Resolved("DATE", Period(f"XXXX-XX-{number:02d}", "day"))
    months = written.year * 12 + written.month - 1 + shift
    year, month = divmod(months, 12)
    try:
        date = dt.date(year, month + 1, number)
    except ValueError:  # "the 31st ult." of a shorter month: only the month is sure
        return Resolved("DATE", periods.month(year, month + 1), None, anchor)
    return Resolved("DATE", periods.day(date), None, anchor, establishes=True)


def _month_year(
    ctx: Context, month_number: int, day_number: int | None = None
) -> tuple[int | None, str | None]:
    """The year of a month named without one ("in November", "on 10 September").

    In a text about its own time (it reports its own time, and its story is in
    its own days or within a year of the document date) it is the month's occurrence
    next to the document date: the coming one in a clause in the future, else
    the latest up to nine months back (a past verb says little: "declared a
    dividend payable Dec. 7"); a report's future is always its own, whatever
    older month it was telling of. A report that has stepped back to an older
    day ("on Jan. 1, 1959, Castro took power") keeps that year for the next
    month it names, unless it dates things by weekday: news of its own days
    ("said Saturday") comes back to them, and TimeBank and TempEval-3
    annotate "in late November" there as the latest November. In a narrative
    about other times it is the narrative year, even for a month before the
    narrative month: histories step back a few months ("By October ... in
    late September") more often than they cross into a new year without
    naming it, and a wrong year carried forward would spoil every month
    after it. A history that comes up to the year it was written in is no
    report: "In May" after a paragraph on 2008 is May 2008 in a history of
    the Iraq war dated December 2009. Nor is a text, however short, whose
    story is in a year generations before its date.
    """
    narrative, document = ctx.narrative, ctx.document
    if narrative is not None and narrative.period.precision in ("decade", "century"):
        narrative = ctx.dated
    published = document.period.earliest if document is not None else None
    story = periods.year_of(narrative.period) if narrative is not None else None
    seasons = load_vocabulary().seasons
    end = periods.last_month(narrative.period, seasons) if narrative is not None else None
    if story is not None and end is not None and end[0] > story and month_number <= end[1]:
        # after "the winter of 1867-68", "on 3 January" is in the year it ended in
        story = end[0]
    fine = narrative is not None and narrative.period.precision in _MONTH_OR_FINER
    # a report recalls an old year ("the 2010 floods") and comes back to its
    # own months; a story set generations before its date ("Early in 1453
    # ... on 29 May") stays there, however few years it names
    distant = (
        story is not None
        and published is not None
        and abs(story - published.year) > load_vocabulary().distant_years
    )
    # a year written earlier in the sentence holds for the month named after it
    # in a report too, unless the clause looks ahead to the report's own future
    sentence_dated = ctx.year_in_sentence and ctx.tense != clues.FUTURE
    own_time = (
        story is None
        or (
            ctx.own_time
            and not sentence_dated
            and (ctx.daily or not (fine or distant) or ctx.tense == clues.FUTURE)
        )
        or (ctx.own_time and published is not None and abs(story - published.year) <= 1)
        or (ctx.tense == clues.FUTURE and _told_from_its_day(narrative, document))
    )
    if published is not None and document is not None and own_time:
        named = (month_number, day_number or 0)
        today = (published.month, published.day if day_number else 0)
        if ctx.tense == clues.FUTURE:
            return published.year + (named < today), document.ref
        back = (published.month - month_number) % 12
        if back <= 9:  # the latest such month, up to nine months back
            return published.year - (month_number > published.month), document.ref
        return published.year + (month_number < published.month), document.ref
    if story is None or narrative is None:
        return None, None
    turn = _turn_of_year(narrative.period, month_number, ctx.recalled, ctx.reached)
    return story + turn, narrative.ref


def _told_from_its_day(narrative: Anchor | None, document: Anchor | None) -> bool:
    """Whether the story has not stepped back before the day the text speaks from.

    A letter or a diary entry ("Smyrna, 14th October 1836. ... a good price
    before Christmas. I hope to be in Vienna by the end of May") tells of its
    own days: its future, like a report's, is its own (the coming May). A
    history's "would" looks ahead from a story set before its date.
    """
    if narrative is None or document is None:
        return False
    story, today = narrative.period.earliest, document.period.earliest
    return story is not None and today is not None and story >= today


def _turn_of_year(narrative: Period, month_number: int, recalled: bool, reached: bool) -> int:
    """How many years (-1, 0 or 1) a month named alone lies from the narrative's year.

    A history stepping back a few months ("By October ... in late September")
    stays in its year, but one that has reached the last months of a year and
    names a month more than half a year back has crossed into the next without
    saying so ("on December 7, 1941 ... In January, the Allies"), as TimeML
    annotators read it. A month in a past perfect clause is a flashback ("in
    December his engineers had tested the ice", told in February): never
    forward, and one later in the year than the story's month is last year's.
    Only a story dated to a month or finer (or a season) knows its month, and
    only one that reached it (see :attr:`Context.reached`) moves on from it.
    """
    last = periods.last_month(narrative, load_vocabulary().seasons)
    if narrative.precision not in _MONTH_OR_FINER or last is None:
        return 0
    current = last[1]
    if recalled:
        return -1 if month_number > current else 0
    far_back = current - month_number > load_vocabulary().turn_of_year_months
    return 1 if reached and far_back else 0


def _holiday_date(spec: Holiday, year: int) -> dt.date:
    if spec.easter is not None:
        return calendars.easter(year) + dt.timedelta(days=spec.easter)
    if spec.persian is not None:  # the Solar Hijri year that begins in March of ``year``
        return calendars.to_date("persian", year - 621, *spec.persian)
    assert spec.month is not None
    if spec.weekday is not None and spec.nth is not None:
        return periods.nth_weekday(year, spec.month, spec.weekday, spec.nth, spec.first)
    assert spec.day is not None
    return dt.date(year, spec.month, spec.day)


def _holiday(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """A named holiday ("Thanksgiving Day", "Christmas 1963"): its day in the year meant.

    Without a year, the year is found as for a month named alone.
    """
    spec = v.holidays[fold(c.groups["holiday"])]
    number, anchor = _year(c.groups, v), None
    if spec.hijri is not None:
        return _lunar_holiday(spec.hijri, number, ctx)
    if number is None:
        approximate = _holiday_date(spec, 2001)  # only its month and day matter here
        number, anchor = _month_year(ctx, approximate.month, approximate.day)
    if number is None or not dt.MINYEAR <= number <= dt.MAXYEAR - 1:
        return Resolved("DATE", Period("XXXX-XX-XX", "day"))
    return Resolved(
        "DATE", periods.day(_holiday_date(spec, number)), None, anchor, establishes=True
    )


def _lunar_holiday(month_day: tuple[int, int], year: int | None, ctx: Context) -> Resolved:
    """A feast of the lunar Hijri year ("Eid al-Fitr", "Ashura 1990"), which moves
    about eleven days earlier each Gregorian year.

    With a Gregorian year written it is that year's (the first, in the rare year
    that holds two); without one, the one nearest the story's time ("ended
    before Eid al-Fitr" in a story at Ramadan is the feast that closes it), or
    in a clause looking ahead the next one.
    """
    if year is not None:
        if not dt.MINYEAR + 1 <= year <= dt.MAXYEAR - 1:
            return Resolved("DATE", Period("XXXX-XX-XX", "day"))
        lunar = calendars.year_of("hijri", dt.date(year, 1, 1))
        days = [calendars.to_date("hijri", h, *month_day) for h in (lunar, lunar + 1)]
        day = next(d for d in days if d.year == year)
        return Resolved("DATE", periods.day(day), None, None, establishes=True)
    reference = ctx.pick("narrative")
    start = reference.period.earliest if reference is not None else None
    end = (reference.period.latest if reference is not None else None) or start
    if reference is None or start is None or end is None or start.year <= dt.MINYEAR + 1:
        return Resolved("DATE", Period("XXXX-XX-XX", "day"))
    lunar = calendars.year_of("hijri", start)
    days = [calendars.to_date("hijri", h, *month_day) for h in (lunar - 1, lunar, lunar + 1)]
    if ctx.tense == clues.FUTURE:
        day = min(d for d in days if d >= start)
    else:
        day = min(days, key=lambda d: max((start - d).days, (d - end).days, 0))
    return Resolved("DATE", periods.day(day), None, reference.ref, establishes=True)


def _iso(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    date = dt.date(int(g["year"]), int(g["monthnum"]), int(g["day"]))
    if "hour" in g:
        value = f"{date.isoformat()}T{g['hour']}:{g['minute']}" + (
            f":{g['second']}" if "second" in g else ""
        )
        return Resolved("TIME", Period(value, "day", date, date), establishes=True)
    return Resolved("DATE", periods.day(date), establishes=True)


def _year_kind(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    number = _year(c.groups, v)
    assert number is not None
    period, mod = _with_part(periods.year(number), c.groups, v)
    return Resolved("DATE", period, mod, establishes=True)


def _new_year(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """The year "the new year" names: the one that begins after the time the text is at.

    From the second half of a year ("the siege dragged on into the new year"
    in December, "a ceremony in the new year" in September) that is the next
    year; from its first half ("sales have slowed since the new year" in
    March, or "since the new year" at any time) the year just begun. It is
    counted from the month or day the story is at ("In December ... into the
    new year"); a report whose story names only years ("fell in 2019") counts
    from its own date.
    """
    anchor = ctx.narrative or ctx.document
    story_month = ctx.narrative is not None and ctx.narrative.period.precision in _MONTH_OR_FINER
    if ctx.own_time and ctx.document is not None and not story_month:
        anchor = ctx.document
    end = anchor.period.latest if anchor is not None else None
    if anchor is None or end is None or anchor.period.precision in ("decade", "century"):
        return Resolved("DATE", Period("XXXX", None), anchor=anchor.ref if anchor else None)
    # the time's last day says which year is next: a whole year or a December
    # is followed by the next one, a winter reaching into February by its own
    turned = end.month >= _SECOND_HALF and "begun" not in c.groups
    return Resolved("DATE", periods.year(end.year + turned), None, anchor.ref, establishes=True)


def _decade(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    anchor = None
    bc = "era" in g and v.eras[fold(g["era"])] < 0
    if "decade" in g:
        prefix = int(g["decade"])
    else:
        tens = int(g["decade2"]) if "decade2" in g else v.decade_words[fold(g["decadeword"])]
        reference, anchor = _reference_year(ctx, "document")
        century = reference // 100 if reference is not None else 19
        prefix = century * 10 + tens
    period, mod = _with_part(periods.decade(prefix, bc=bc), g, v)
    return Resolved("DATE", period, mod, anchor, establishes=True)


def _century(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    if "century" in g:
        ordinal = int(g["century"])
    elif "hundreds_of_years" in g:  # the 1800s are the 19th century
        ordinal = int(g["hundreds_of_years"]) + 1
    else:
        ordinal = v.ordinals[fold(g["centuryword"])]
    bc = "era" in g and v.eras[fold(g["era"])] < 0
    if "decadeword" in g:  # "the last decade of the 19th century": the 1890s
        word = fold(g["decadeword"])
        index = 10 if word in v.last_decade_words else v.ordinals[word]
        return Resolved("DATE", periods.decade((ordinal - 1) * 10 + index - 1), establishes=True)
    period, mod = _with_part(periods.century(ordinal, bc=bc), g, v)
    return Resolved("DATE", period, mod, establishes=True)


def _turn_of_century(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """ "the turn of the century": about the year one century gives way to the next.

    A century named ("the turn of the 19th century") turns at its start, 1800;
    else the story's year says which turn is meant: the hundred nearest it
    ("returned home at the turn of the century" after the 1890s: 1900).
    TimeBank writes it as that year with mod APPROX.
    """
    g = c.groups
    anchor = None
    if "century" in g or "centuryword" in g:
        ordinal = int(g["century"]) if "century" in g else v.ordinals[fold(g["centuryword"])]
        boundary: int | None = (ordinal - 1) * 100
    else:
        year, anchor = _reference_year(ctx)
        boundary = None if year is None else (year + 50) // 100 * 100
    if boundary is None:
        return Resolved("DATE", Period("XXXX", "year"), "APPROX")
    return Resolved("DATE", periods.year(boundary), "APPROX", anchor)


def _under_way(period: Period, ctx: Context, anchor: str | None) -> bool:
    """Whether a clause looking ahead from the document date stands inside ``period``.

    A month named alone in the future is its next occurrence; a season lasts
    three months, and one that has begun but not ended is still the one ahead.
    """
    if ctx.tense != clues.FUTURE or ctx.document is None or anchor != ctx.document.ref:
        return False
    today = ctx.document.period.earliest
    return (
        today is not None
        and period.earliest is not None
        and period.latest is not None
        and period.earliest <= today <= period.latest
    )


def _season(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    spec = v.seasons[fold(g["season"])]
    number, anchor = _year(g, v), None
    if number is None:  # the year of its first month, found as for a month named alone
        number, anchor = _month_year(ctx, spec.start[0])
        if number is not None and _under_way(periods.season(number - 1, spec), ctx, anchor):
            # "will run until the end of the summer" said in August: the summer
            # under way, not next year's, though its first month is past
            number -= 1
    if number is None:
        return Resolved("DATE", Period(f"XXXX-{spec.code}", "season"))
    period, mod = _with_part(periods.season(number, spec), g, v)
    return Resolved("DATE", period, mod, anchor, establishes=True)


def _quarter_index(g: dict[str, str], v: Vocabulary) -> int:
    """Which quarter: its ordinal ("third"), else its first month ("the July-September quarter")."""
    if "quarter" not in g:
        return (v.month_number(g["month"]) - 1) // 3 + 1
    return int(g["quarter"][0]) if g["quarter"][0].isdigit() else v.ordinals[fold(g["quarter"])]


def _quarter(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    index = _quarter_index(g, v)
    number, anchor = _year(g, v), None
    if number is None and "det" in g:  # "last year's fourth quarter"
        determiner = v.determiners[fold(g["det"])]
        number, anchor = _reference_year(ctx, determiner.anchor)
        number = number + determiner.amount if number is not None else None
    elif number is None:
        # the year of its last month, found as for a month named alone: "the third
        # quarter" in March is last year's, the quarter under way is this year's.
        # Results come out in the quarter after the one they cover, so the quarter
        # just ended is still the one a company "expects to report" or "plans" for.
        number, anchor = _month_year(ctx, 3 * index)
        today = ctx.document.period.earliest if ctx.document is not None else None
        if today is not None and number is not None:
            ended = (today.month - 1) // 3  # the quarter just ended (0: last year's fourth)
            ended_year, ended_index = (today.year, ended) if ended else (today.year - 1, 4)
            if index == ended_index and number > ended_year:
                number = ended_year
    if number is None:
        return Resolved("DATE", Period(f"XXXX-Q{index}", "quarter"))
    return Resolved("DATE", periods.quarter(number, index), None, anchor, establishes=True)


def _half(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """A half of a year: of the year written ("the first half of 1981"), else, as a
    quarter named alone, of the year its last month falls in ("sales for the
    first half slipped", "expects a stronger second half")."""
    code = v.halves[fold(c.groups["half"])]
    number, anchor = _year(c.groups, v), None
    if number is None:
        number, anchor = _month_year(ctx, 6 if code == "H1" else 12)
        if number is not None and _under_way(periods.half(number - 1, code), ctx, anchor):
            number -= 1  # "expects a stronger second half" said in July: this one
    if number is None:
        return Resolved("DATE", Period(f"XXXX-{code}", "year"))
    return Resolved("DATE", periods.half(number, code), None, anchor, establishes=True)


def _other_calendar(
    system: str, month_group: str, table: dict[str, int]
) -> Callable[[Candidate, Context, Vocabulary], Resolved]:
    def resolve(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
        g = c.groups
        month_number = table[fold(g[month_group])]
        number: int | None = int(g["year"]) if "year" in g else None
        anchor: str | None = None
        if number is None:
            reference = ctx.pick("narrative")
            if reference is None or reference.period.earliest is None:
                return Resolved("DATE", Period("XXXX-XX", "month"))
            number, anchor = calendars.year_of(system, reference.period.earliest), reference.ref
        day_number = _day(g, v)
        if day_number is not None:
            period = calendars.day_period(system, number, month_number, day_number)
        else:
            period = calendars.month_period(system, number, month_number)
        return Resolved("DATE", period, None, anchor, establishes=True)

    return resolve


def _calendar_year(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    system = (
        v.calendar_markers[fold(g["calmark"])]
        if "calmark" in g
        else v.calendar_names[fold(g["calname"])]
    )
    return Resolved("DATE", calendars.year_period(system, int(c.groups["year"])), establishes=True)


def _unit_shift(unit: str, v: Vocabulary) -> tuple[str, int | None, int]:
    """A unit's precision, its length in days (None if counted in months), its count."""
    spec = v.units[fold(unit)]
    if spec.code == "W":
        return "week", 7, spec.count
    if spec.code == "D" or spec.time:
        return "day", 1, spec.count
    return spec.precision or "year", None, spec.count


def _years_before_christ(anchor: Anchor, years: float, unit: str, v: Vocabulary) -> Period | None:
    """An anchor before 1 AD (a year, no days) moved by ``years``, if the unit counts years.

    Such periods cannot be shifted day by day, but "the following year" or
    "14 years later" after "490 BC" is plain year arithmetic.
    """
    year = periods.year_of(anchor.period)
    spec = v.units[fold(unit)]
    if anchor.period.earliest is not None or year is None or spec.code != "Y":
        return None
    moved = year + round(years)
    if moved <= 0 and spec.precision == "decade":  # "the following decade": BC048
        return periods.decade((1 - moved) // 10, bc=True)
    if moved <= 0 and spec.precision == "century":
        return periods.century(-moved // 100 + 1, bc=True)
    return periods.year(moved)


def _season_or_month_before_christ(
    c: Candidate, anchor: Anchor | None, amount: int, v: Vocabulary
) -> Period | None:
    """A season or month of the anchor's year moved by ``amount``, for an anchor before 1 AD.

    Such an anchor has no days to count from, but "the summer of the
    following year" or "that winter" after "431 BC" is plain year
    arithmetic, as "the following year" is (:func:`_years_before_christ`).
    """
    if anchor is None or anchor.period.earliest is not None:
        return None
    year = periods.year_of(anchor.period)
    if year is None:
        return None
    g = c.groups
    if "season" in g:
        return periods.season(year + amount, v.seasons[fold(g["season"])])
    if "month" in g and c.pattern.name.startswith("month_of"):  # "August of that year"
        return periods.month(year + amount, v.month_number(g["month"]))
    return None


# A date shifted by an unsaid number of units ("weeks later", "months
# before") is known only to the unit: TIMEX3 writes the unit's digits as X
# (WikiWars and TimeBank: XXXX-XX-XX, XXXX-WXX, XXXX-XX).
_UNKNOWN_SHIFT = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DE": "XXX"}


def _in_era_of(value: str, anchor: Anchor | None) -> str:
    """An unknown day's value in its anchor's era: "the next day" after 479 BC is
    BCXXXX-XX-XX, as WikiWars writes it (the era is known though the year is not)."""
    year = periods.year_of(anchor.period) if anchor is not None else None
    return f"BC{value}" if year is not None and year <= 0 else value


# A month and day without a year ("XXXX-03-29", "XXXX-10", "XXXX-03-29TNI").
_YEARLESS = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?(?:T.*)?")
# A leap and a common year, to count days in where the year is unknown: a day
# counted across the end of February is known only where both agree.
_LEAP_AND_COMMON = (2000, 2001)


def _yearless_shift(anchor: Anchor, amount: float, unit: str, v: Vocabulary) -> Period | None:
    """A month or day without a year moved by ``amount`` units, the year still unknown.

    "The next day" after "the night of March 29" is XXXX-03-30 and "this
    month" after a dateline "Oct. 9" is XXXX-10: the month and day are known
    though the year is not. A week keeps none of them (XXXX-WXX), nor a year;
    None where the unit is finer than the anchor or coarser than a year.
    """
    match = _YEARLESS.fullmatch(anchor.period.value)
    if match is None or amount != int(amount):
        return None
    precision, days, count = _unit_shift(unit, v)
    steps = int(amount) * count
    month_number = int(match[1])
    if precision == "day" and days == 1 and match[2] is not None and not v.units[fold(unit)].time:
        moved = set()
        for year in _LEAP_AND_COMMON:
            last = calendar.monthrange(year, month_number)[1]
            then = dt.date(year, month_number, min(int(match[2]), last))
            then += dt.timedelta(days=steps)
            moved.add((then.month, then.day))
        if len(moved) > 1:  # across the end of February: it depends on the year
            return None
        ((month_after, day_after),) = moved
        return Period(f"XXXX-{month_after:02d}-{day_after:02d}", "day")
    if precision == "week":
        return Period("XXXX-WXX", None)
    if precision == "month":
        return Period(f"XXXX-{(month_number - 1 + steps) % 12 + 1:02d}", "month")
    if precision == "year":
        return Period("XXXX", None)
    return None


def _counts_from_named_day(anchor: Anchor | None, ctx: Context, unit: str, v: Vocabulary) -> bool:
    """Whether a count of days should run from the last day named, not from ``anchor``.

    A count of days or weeks needs a day to count from. Where the story's
    time is coarser (a year of background, or a year in an aside "who took
    office in 2019") and a whole day was named within or after it, that day
    is the one counted from; a day named before the story's year ("on 3 May
    1808 ... In 1810 ... four days later") is left behind.
    """
    day_named = ctx.named_day
    if anchor is None or day_named is None or anchor is day_named:
        return False
    if _unit_shift(unit, v)[0] not in ("day", "week") or anchor.period.precision in ("day", "week"):
        return False
    start, named = anchor.period.earliest, day_named.period.earliest
    return start is not None and named is not None and named >= start


def _relative(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    direction = v.directions[fold(g["dir"])]
    # a shift of nothing ("on 12 Oct., the day before the plunge") is the date
    # just named, which may be an aside the story did not move to ("eight
    # days after Oct. 12, the day before ..."), not the narrative time
    anchor = ctx.pick(MENTION if c.pattern.amount == 0 else direction.anchor)
    if (
        direction.anchor != DOCUMENT
        and ctx.narrative is None
        and ctx.mentioned is not None
        and ctx.mentioned is not ctx.document
    ):
        # "Police had clashed with the strikers on Saturday. The mayor resigned
        # four days later": a count on counts from the time last told, even one
        # the story did not stand at, never from the day of the report
        anchor = ctx.mentioned
    unit = v.units[fold(g["unit"])]
    if direction.anchor != DOCUMENT and _counts_from_named_day(anchor, ctx, g["unit"], v):
        # "The party was legalised in 1990. On Saturday, police fired on its
        # rally. The minister resigned four days later": days count from a day
        anchor = ctx.named_day
    unknown = _UNKNOWN_SHIFT.get(unit.whole or unit.code)
    if "num" not in g and "vague" not in g and c.pattern.amount is None and unknown:
        if direction.anchor == DOCUMENT:
            # "weeks ago", "years ago": some time back from the report, the past as
            # a whole, not an unknown week of some year
            return Resolved("DATE", Period("PAST_REF", None), anchor=anchor.ref if anchor else None)
        return Resolved("DATE", Period(unknown, None), anchor=anchor.ref if anchor else None)
    amount = _number(g["num"], v) if "num" in g else c.pattern.amount
    if anchor is None and ctx.partial is not None and amount is not None:
        shifted = _yearless_shift(ctx.partial, direction.amount * amount, g["unit"], v)
        if shifted is not None:
            return Resolved("DATE", shifted, None, ctx.partial.ref, establishes="num" in g)
    year_back = unit.precision == "year" and amount == 1 and direction.amount < 0
    if year_back and ctx.compared is not None:
        # "fell 11 percent in April from a year earlier": April of the year before
        period = periods.shift(ctx.compared.period, -12, "month", None)
        return Resolved("DATE", period, None, ctx.compared.ref)
    # results "up from $10 million a year ago" compare with the same quarter;
    # "took over three years ago" dates an event, to the year its unit names
    quarterly = ctx.quarter is not None and unit.precision == "year" and amount == 1
    if quarterly:
        anchor = ctx.quarter
    if anchor is None or amount is None:
        value = "PAST_REF" if direction.amount < 0 else "FUTURE_REF"
        return Resolved("DATE", Period(value, None), anchor=anchor.ref if anchor else None)
    if (
        ctx.narrative is None
        and not quarterly
        and direction.anchor != DOCUMENT
        and direction.amount > 0
        and unit.code == "Y"
    ):
        # "Two decades later, the country was rich" before any date is told:
        # years counted on from the document date would put the story in its
        # writer's future, so the year is unknown
        return Resolved("DATE", Period("XXXX", None))
    count = unit.count
    ancient = _years_before_christ(anchor, direction.amount * amount * count, g["unit"], v)
    if ancient is not None:
        return Resolved("DATE", ancient, None, anchor.ref, establishes=True)
    if quarterly:
        period = periods.shift(
            anchor.period, direction.amount * amount * count * 4, "quarter", None
        )
        return Resolved("DATE", period, None, anchor.ref)
    precision, days, count = _unit_shift(g["unit"], v)
    if precision in ("decade", "century") and direction.anchor == DOCUMENT:
        # "a decade ago" is the year ten years back (2003 in 2013), not the 2000s;
        # "two decades earlier" in a history stays as coarse as histories annotate it
        precision = "year"
    if unit.time:
        hours = amount * count / {"H": 1, "M": 60, "S": 3600}[unit.code]
        amount, count = hours / 24, 1
    if (
        precision == "week"
        and direction.anchor != DOCUMENT
        and anchor.period.precision == "day"
        and "num" in g
    ):
        # a story counts whole weeks from a day it told to a day ("Two weeks
        # later" after 7 March is 21 March), where news counts back from its
        # own date to a week (TimeBank: "six weeks ago" is 1999-W47)
        precision, count, days = "day", count * 7, 1
    period = periods.shift(anchor.period, direction.amount * amount * count, precision, days)
    # "the day after his death" counts from an event the text may not have
    # dated: a guess, which the story's time does not move to
    return Resolved("DATE", period, None, anchor.ref, establishes="num" in g)


def _near_month(anchor: Period, month_number: int, amount: int) -> Period:
    """The month named relative to a reference ("last June", "this June", "next June").

    Said in June, "last June" is a year back and "next June" a year ahead:
    the reference's own month is neither.
    """
    assert anchor.earliest is not None
    year, month_now = anchor.earliest.year, anchor.earliest.month
    if amount < 0 and month_number >= month_now:
        return periods.month(year - 1, month_number)
    if amount > 0 and month_number <= month_now:
        return periods.month(year + 1, month_number)
    return periods.month(year, month_number)


def _deictic(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    if "unit" in g and fold(g["unit"]).endswith("s"):
        # "the coming weeks", "the following days", "past years": a stretch of
        # unsaid length (PXW), not one calendar unit
        return Resolved("DURATION", Period(duration_value(None, g["unit"], v), None))
    # "year end" has no determiner: it is "the end of the year"
    determiner = v.determiners[fold(g.get("det", "the"))]
    anchor = ctx.pick(determiner.anchor)
    if (
        determiner.anchor != DOCUMENT
        and ctx.quarter is not None
        and "unit" in g
        and _unit_shift(g["unit"], v)[0] == "quarter"
    ):
        # "grew in the first quarter from the previous quarter": counted from
        # the quarter just named, not from the day the report speaks from
        anchor = ctx.quarter
    if (
        anchor is ctx.document
        and determiner.anchor != DOCUMENT
        and not ctx.on_its_day
        and "unit" in g
        and _unit_shift(g["unit"], v)[0] == "day"
    ):
        # "that day", "the next day" before the story has told a day: its
        # day, which the publication date of a memoir or history is not
        anchor = None
        if ctx.partial is None:
            return Resolved("DATE", Period("XXXX-XX-XX", "day"))
    if anchor is not None and "unit" in g:
        count = v.units[fold(g["unit"])].count
        ancient = _years_before_christ(anchor, determiner.amount * count, g["unit"], v)
        if ancient is not None:
            period, mod = _with_part(ancient, g, v)
            return Resolved("DATE", period, mod, anchor.ref, establishes=True)
    if (
        anchor is None
        and ctx.partial is not None
        and "unit" in g
        and not {"month", "season", "half"} & set(g)
    ):
        shifted = _yearless_shift(ctx.partial, determiner.amount, g["unit"], v)
        if shifted is not None:
            part = v.parts.get(fold(g.get("part", "")))
            mod = part.mod if part is not None else None
            return Resolved("DATE", shifted, mod, ctx.partial.ref, establishes=True)
    ancient = _season_or_month_before_christ(c, anchor, determiner.amount, v)
    if anchor is not None and ancient is not None:
        period, mod = _with_part(ancient, g, v)
        return Resolved("DATE", period, mod, anchor.ref, establishes=True)
    if anchor is None or anchor.period.earliest is None or anchor.period.precision is None:
        # "the next day" in a history before Christ: the day is unknown, its era is not
        code = v.units[fold(g["unit"])].code if "unit" in g else "Y"
        in_era = _in_era_of(_UNKNOWN_SHIFT.get(code, "XXXX"), anchor)
        value = in_era if in_era.startswith("BC") else "XXXX"
        return Resolved("DATE", Period(value, None), anchor=anchor.ref if anchor else None)
    base, today, known = anchor.period, anchor.period.earliest, anchor.period.precision
    if "month" in g:
        month_number = v.month_number(g["month"])
        if c.pattern.name.startswith("month_of"):  # "August of that year"
            period = periods.month(today.year + determiner.amount, month_number)
            day_number = _day(g, v)
            if day_number is not None:  # "July 25 of that year"
                try:
                    date = dt.date(today.year + determiner.amount, month_number, day_number)
                    period = periods.day(date)
                except ValueError:  # no such day: the month stays
                    pass
        else:
            period = _near_month(base, month_number, determiner.amount)
    elif "season" in g:
        spec = v.seasons[fold(g["season"])]
        number = today.year + determiner.amount
        if determiner.amount == 0 and _within(today, periods.season(today.year - 1, spec)):
            # "this winter" said in February: the winter that began last December
            number -= 1
        if determiner.amount != 0 and (determiner.anchor == DOCUMENT or known in _MONTH_OR_FINER):
            # "last summer" in October is this year's summer, and "the
            # following spring" after a treaty in February that same spring
            started = periods.season(today.year, spec).earliest
            begun = started is not None and started < today
            number = today.year - (not begun) if determiner.amount < 0 else today.year + begun
        period = periods.season(number, spec)
    elif "half" in g:  # "the second half of the year", "the first half of next year"
        # the half is the period itself (2024-H2, July to December), no part of it
        period = periods.half(today.year + determiner.amount, v.halves[fold(g["half"])])
        return Resolved("DATE", period, None, anchor.ref, establishes=True)
    else:
        precision, days, count = _unit_shift(g["unit"], v)
        start = periods.at_precision(today, periods.coarser(known, precision), base)
        if determiner.amount:
            period = periods.shift(start, determiner.amount * count, precision, days)
        else:
            period = start
    narrowed, mod = _with_part(period, g, v)
    narrowed = _beside_the_story(narrowed, period, fold(g.get("part", "")), base, v)
    return Resolved("DATE", narrowed, mod, anchor.ref, establishes=True)


def _beside_the_story(
    narrowed: Period, whole: Period, part: str, point: Period, v: Vocabulary
) -> Period:
    """ "Later that week" after a Thursday: the days of ``whole`` after the story's day.

    A comparative part is told from the day the story stands at, where that
    day lies inside the period: "Later that week" said of a Thursday starts
    on the Friday, not in the week's fixed second half (which would take in
    the Thursday itself), and "earlier this month" ends the day before.
    """
    first, last, day = whole.earliest, whole.latest, point.earliest
    if (
        part not in v.parts_beside_the_story
        or point.precision != "day"
        or first is None
        or last is None
        or day is None
        or not first <= day <= last
    ):
        return narrowed
    one_day = dt.timedelta(days=1)
    if v.parts[part].low > 0:
        earliest, latest = day + one_day, last
    else:
        earliest, latest = first, day - one_day
    if earliest > latest:  # "later that week" said of its Sunday: the half stays
        return narrowed
    return replace(narrowed, earliest=earliest, latest=latest)


def _within(day: dt.date, period: Period) -> bool:
    """Whether ``day`` lies inside ``period``'s known interval."""
    start, end = period.earliest, period.latest
    return start is not None and end is not None and start <= day <= end


def _weekday_date(
    ctx: Context, weekday: int, amount: int | None
) -> tuple[dt.date | None, str | None]:
    """The day a weekday name refers to: the latest one on or before the reference
    day, or the one in the previous / next week after "last" / "next".

    "since" and "until" say which way it lies (:attr:`Context.facing`): the
    interval they open runs up to the reference day or from it, so "gathered
    since Tuesday" is a Tuesday gone by even where the tense window would
    reach two days ahead, and "stays closed until Friday" one to come.
    """
    anchor = ctx.pick("document")
    if (
        anchor is None
        or anchor.period.precision not in ("day", "week")
        or anchor.period.earliest is None
    ):
        return None, None
    base = anchor.period.earliest
    back = (base.isoweekday() - weekday) % 7
    if not amount and ctx.facing < 0:  # "since Tuesday": said on a Tuesday, a week back
        return base - dt.timedelta(days=back or 7), anchor.ref
    if not amount and ctx.facing > 0:  # "until Friday": said on a Friday, a week on
        return base + dt.timedelta(days=(7 - back) % 7 or 7), anchor.ref
    if amount is None or amount == 0:
        # a verb in the future names the coming one; one in the past says
        # little (news reports in the past what is announced for next week)
        if ctx.tense == clues.FUTURE:
            return base + dt.timedelta(days=(7 - back) % 7), anchor.ref
        if ctx.done_before:
            return base - dt.timedelta(days=back), anchor.ref
        # news reports the last few days and announces the next two
        return base - dt.timedelta(days=back if back <= 4 else back - 7), anchor.ref
    if amount < 0:
        return base - dt.timedelta(days=back or 7), anchor.ref
    return base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 or 7), anchor.ref


def _weekday(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """A weekday, with its part of the day or its early or late end if named.

    "Monday afternoon" is the day with its part ("2023-06-12TAF"): a value with
    a time of day is a TIME, as TimeBank and this project's gold type it (and
    as "the morning of 4 September" is). "early Sunday" is the day with mod
    START, not a part of it: TimeML has no code for the early hours of a day.
    """
    g = c.groups
    number = v.weekdays[fold(g["weekday"])]
    direction = g.get("det") or g.get("postdir")  # "next Thursday", "Thursday next"
    amount = v.determiners[fold(direction)].amount if direction else None
    date, ref = _weekday_date(ctx, number, amount)
    mod = v.parts[fold(g["part"])].mod if "part" in g else None
    kind = "TIME" if "daypart" in g else "DATE"
    part = f"T{v.day_parts[fold(g['daypart'])]}" if "daypart" in g else ""
    if date is None:
        return Resolved(kind, Period(f"XXXX-WXX-{number}{part}", None), mod)
    period = Period(f"{date.isoformat()}{part}", "day", date, date) if part else periods.day(date)
    return Resolved(kind, period, mod, anchor=ref, establishes=True)


def _weekend(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """ "the weekend", "last weekend", "next weekend": Saturday and Sunday of one week.

    A bare "the weekend" is the latest one up to the reference day (news
    reports the weekend just past) unless the clause is in the future. "This
    weekend", like "this week", is the one of the reference day's own week
    (on a Tuesday, the coming one) unless the clause is in the past; "last" /
    "next" step to the one before / after the reference day's own week.
    """
    determiner = v.determiners.get(fold(c.groups.get("det", "")))
    anchor = ctx.pick(determiner.anchor if determiner is not None else DOCUMENT)
    if (
        anchor is None
        or anchor.period.earliest is None
        or anchor.period.precision
        not in (
            "day",
            "week",
        )
    ):
        return Resolved("DATE", Period("XXXX-WXX-WE", None))
    base = anchor.period.earliest
    latest = base - dt.timedelta(days=(base.isoweekday() - 6) % 7)  # Saturday on or before
    in_weekend = base.isoweekday() >= 6
    amount = determiner.amount if determiner is not None else 0
    if amount < 0:
        saturday = latest - dt.timedelta(days=7 if in_weekend else 0)
    elif amount > 0 or (
        not in_weekend
        and (
            ctx.tense == clues.FUTURE
            or (
                determiner is not None and determiner.anchor == DOCUMENT and ctx.tense != clues.PAST
            )
        )
    ):
        saturday = latest + dt.timedelta(days=7)
    else:
        saturday = latest
    return Resolved("DATE", periods.weekend(saturday), anchor=anchor.ref, establishes=True)


def _day_of(ctx: Context, preferred: str) -> tuple[dt.date | None, str | None]:
    """The day a time of day falls on: the preferred anchor's, else the other's, if a day.

    News gives the clock of its own day, a history that of the day it
    narrates; an anchor coarser than a day cannot say which day it is. The
    story's day ("that morning", "by evening") falls back on the document
    date only in a text on its own day (:attr:`Context.on_its_day`).
    """
    order = {
        "narrative": (ctx.narrative, ctx.document),
        "document": (ctx.document, ctx.narrative),
        # "that morning": the day last named, else the story's; after a
        # coarser time ("When independence came on 1 October 1960 ... Seven
        # years later ... I think of that night") the last whole day named
        MENTION: (ctx.mentioned, ctx.named_day, ctx.narrative, ctx.document),
    }
    for anchor in order[preferred]:
        if anchor is ctx.document and preferred != DOCUMENT and not ctx.on_its_day:
            continue
        if anchor is not None and anchor.period.precision == "day":
            return anchor.period.earliest, anchor.ref
    return None, None


def _story_day(ctx: Context) -> Anchor | None:
    """The day the story stands at: the narrative time if a day, else the last day named
    within or after it.

    "A court on Tuesday jailed him for taking bribes between 2014 and 2017.
    The judge read the verdict at 10 a.m.": the years are background, and
    the clock is Tuesday's, the day told before them.
    """
    story, named = ctx.narrative, ctx.named_day
    if story is None or story.period.precision == "day":
        return story
    start = story.period.earliest
    if named is None or start is None or named.period.earliest is None:
        return None
    return named if named.period.earliest >= start else None


def _story_before_its_day(ctx: Context) -> bool:
    """Whether a report's story stands at a day before the report's own.

    "Firefighters battled the blaze on Tuesday night, officials said on
    Wednesday. The fire broke out at about 11 p.m.": the clock is the
    story's day's, not the day the report was filed.
    """
    story, today = _story_day(ctx), ctx.document
    if story is None or today is None:
        return False
    then, now = story.period.earliest, today.period.earliest
    return then is not None and now is not None and then < now


def _clock_hour(g: dict[str, str], v: Vocabulary) -> int:
    """The hour a clock time names, in digits or in words ("eleven o'clock")."""
    if "hour" in g:
        return int(g["hour"])
    return int(v.numbers[fold(g["hourword"])])


def _time(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    if "noon" in g:
        clock = "24:00" if fold(g["noon"]) == "midnight" else "12:00"
    else:
        hour = _clock_hour(g, v)
        ampm = fold(g.get("ampm", "")) or v.clock_parts.get(fold(g.get("clockpart", "")), "")
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{g.get('minute', '00')}"
    if "weekday" in g:
        date, ref = _weekday_date(ctx, v.weekdays[fold(g["weekday"])], None)
    else:
        own_day = ctx.own_time and ctx.on_its_day and not _story_before_its_day(ctx)
        story = None if own_day else _story_day(ctx)
        if story is not None:
            date, ref = story.period.earliest, story.ref
        else:
            date, ref = _day_of(ctx, DOCUMENT if own_day else "narrative")
    if date is None:
        return Resolved("TIME", Period(f"XXXX-XX-XXT{clock}", None))
    return Resolved("TIME", Period(f"{date.isoformat()}T{clock}", "day", date, date), anchor=ref)


def _day_part(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """A part of a day named by reference ("that afternoon", "the next morning").

    With an article or none ("by the evening", "at dawn") it is the part of
    the day the story is at: the narrative's day, or in a report on its own
    days the document's. A history's publication day is no day it tells of,
    so there "moved only at night" stays any night (WikiWars: XXXX-XX-XXTNI).
    """
    g = c.groups
    determiner = v.determiners[fold(g.get("det", "the"))]
    code = v.day_parts[fold(g["daypart"])]
    if determiner.anchor == CURRENT:
        date, ref = _day_of(ctx, "narrative")
        if ref == DOCUMENT and not _story_holds(ctx, date):
            date = ref = None  # "Early in October ... at night": not the letter's own day
    else:
        date, ref = _day_of(ctx, determiner.anchor)
        if date is None and ctx.partial is not None:
            # "the next morning" after "the night of March 12" in an undated text
            moved = _yearless_shift(ctx.partial, determiner.amount, "day", v)
            if moved is not None and moved.precision == "day":
                period = Period(f"{moved.value}T{code}", "day")
                return Resolved("TIME", period, None, ctx.partial.ref, establishes=True)
    if date is None:
        # "at night" in a history before Christ: any night of its era
        return Resolved("TIME", Period(f"{_in_era_of('XXXX-XX-XX', ctx.narrative)}T{code}", None))
    date += dt.timedelta(days=determiner.amount)
    period = Period(f"{date.isoformat()}T{code}", "day", date, date)
    return Resolved("TIME", period, None, ref, establishes=determiner.amount != 0)


def _story_holds(ctx: Context, day: dt.date | None) -> bool:
    """Whether the story is still at the document's ``day``: no narrative time yet, or
    one whose interval holds it. A story moved to another month tells a night of
    that month, which no day of the document's can stand for."""
    story = ctx.narrative
    if story is None or day is None or story.ref == DOCUMENT:
        return True
    earliest, latest = story.period.earliest, story.period.latest
    return earliest is None or latest is None or earliest <= day <= latest


def _anaphoric(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    anchor = ctx.narrative
    if anchor is None:
        return Resolved("DATE", Period("PRESENT_REF", None))
    return Resolved("DATE", anchor.period, None, anchor.ref)


def _reference(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    word = v.reference_words[fold(c.groups["ref"])]
    if word.value is not None:
        return Resolved("DATE", Period(word.value, None), anchor=DOCUMENT if ctx.document else None)
    anchor = ctx.document
    if anchor is None and word.in_history is None and _dated_day(ctx.narrative):
        # an undated diary or letter: "6 March. Quiet this morning." speaks
        # from the day its entry is dated ("today" stays unknown: in an
        # undated history it is more often the narrator's present)
        anchor = ctx.narrative
    if anchor is None or anchor.period.earliest is None:
        return Resolved("DATE", Period("XXXX-XX-XX", "day"))
    date = anchor.period.earliest + dt.timedelta(days=word.days or 0)
    if word.time:
        return Resolved(
            "TIME", Period(f"{date.isoformat()}T{word.time}", "day", date, date), anchor=anchor.ref
        )
    g = c.groups
    # "late yesterday", "earlier today": the day, its part a mod (TimeBank)
    mod = v.parts[fold(g["part"])].mod if "part" in g else None
    if "daypart" in g:
        # "yesterday afternoon" is the day with its part, a TIME as "Monday
        # night" is (:func:`_weekday`)
        code = v.day_parts[fold(g["daypart"])]
        period = Period(f"{date.isoformat()}T{code}", "day", date, date)
        return Resolved("TIME", period, mod, anchor.ref, establishes=True)
    return Resolved("DATE", periods.day(date), mod, anchor.ref, establishes=True)


def _dated_day(anchor: Anchor | None) -> bool:
    """Whether ``anchor`` is one known day (a diary entry's date), not a longer period."""
    return (
        anchor is not None
        and anchor.period.precision == "day"
        and anchor.period.earliest is not None
        and anchor.period.earliest == anchor.period.latest
    )


def duration_value(amount: float | None, unit: str, v: Vocabulary) -> str:
    """The TIMEX3 duration of a quantity of units ("P8Y", "PT16H", "P3DE", "PXD")."""
    spec = v.units[fold(unit)]
    prefix = "PT" if spec.time else "P"
    if spec.whole is not None and (amount is None or amount == int(amount)):
        return f"P{'X' if amount is None else int(amount)}{spec.whole}"
    if amount is None:
        return f"{prefix}X{spec.code}"
    total = amount * spec.count
    if total != int(total):
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        code, factor = smaller.get(spec.code, (spec.code, 1))
        if code == "H" or spec.time:
            prefix = "PT"
        return f"{prefix}{round(total * factor)}{code}"
    return f"{prefix}{int(total)}{spec.code}"


# ISO 8601 duration designators, largest first; hours, minutes, seconds follow a "T"
_DATE_DESIGNATORS = ("Y", "M", "W", "D")
_TIME_DESIGNATORS = ("H", "M", "S")


def _compound_value(parts: list[tuple[float | None, str]], v: Vocabulary) -> str | None:
    """One ISO 8601 duration of whole amounts in units from larger to smaller
    ("P2Y3M", "PT4H12M", "P1DT6H"), or None where there is no such value
    ("three months and two years", "two decades and five years")."""
    order = [("date", code) for code in _DATE_DESIGNATORS]
    order += [("time", code) for code in _TIME_DESIGNATORS]
    fields: list[tuple[int, str, int]] = []
    for amount, unit in parts:
        spec = v.units[fold(unit)]
        if amount is None or amount != int(amount) or spec.whole is not None:
            return None
        key = ("time" if spec.time else "date", spec.code)
        if key not in order:  # quarters have no ISO designator
            return None
        fields.append((order.index(key), spec.code, int(amount) * spec.count))
    if [f[0] for f in fields] != sorted({f[0] for f in fields}):
        return None
    date = "".join(f"{n}{code}" for rank, code, n in fields if rank < len(_DATE_DESIGNATORS))
    time = "".join(f"{n}{code}" for rank, code, n in fields if rank >= len(_DATE_DESIGNATORS))
    return "P" + date + (f"T{time}" if time else "")


# Months in one unit counted in months, by its TIMEX3 code (a decade counts 10 years).
_MONTHS_IN = {"Y": 12, "Q": 3, "M": 1}


def counted_time(duration: Candidate, sign: int, base: Period) -> Period | None:
    """The time a duration counted from ``base`` reaches ("three weeks after 4 March
    1990" is 25 March), at ``base``'s own precision: a count of days or years
    from a day is a day. None where the duration has no single amount of one
    unit counted in days or months ("weeks", "two years and three months",
    "six hours", which may not leave the day).
    """
    v = load_vocabulary()
    g = duration.groups
    if "num" not in g or "unit" not in g or "unit2" in g:
        return None
    amount = _number(g["num"], v)
    spec = v.units[fold(g["unit"])]
    start = base.earliest
    if amount is None or spec.time or start is None or base.precision is None:
        return None
    _, days, count = _unit_shift(g["unit"], v)
    steps = sign * amount * count
    try:
        if days is not None:
            moved = start + dt.timedelta(days=round(steps * days))
        elif spec.code in _MONTHS_IN:
            moved = periods.add_months(start, round(steps * _MONTHS_IN[spec.code]))
        else:
            return None
    except (ValueError, OverflowError):  # outside what datetime.date holds
        return None
    return periods.at_precision(moved, base.precision, base)


def _duration(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    amount = _number(g["num"], v) if "num" in g else c.pattern.amount
    if "unit2" in g:
        parts = [(amount, g["unit"]), (_number(g["num2"], v), g["unit2"])]
        value = _compound_value(parts, v)
        if value is not None:
            return Resolved("DURATION", Period(value, None))
    return Resolved("DURATION", Period(duration_value(amount, g["unit"], v), None))


def _set(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    g = c.groups
    if "freq" in g:
        return Resolved("SET", Period(v.frequency_words[fold(g["freq"])], None))
    if "weekday" in g:
        key = fold(g["weekday"])
        number = v.weekdays.get(key) or v.weekdays[key.removesuffix("s")]
        part = f"T{v.day_parts[fold(g['daypart'])]}" if "daypart" in g else ""
        return Resolved("SET", Period(f"XXXX-WXX-{number}{part}", None))
    if "weekend" in g:
        return Resolved("SET", Period("XXXX-WXX-WE", None))
    if "workday" in g:
        return Resolved("SET", Period("XXXX-WXX-WD", None))
    if "season" in g:
        return Resolved("SET", Period(f"XXXX-{v.seasons[fold(g['season'])].code}", None))
    if "month" in g:
        return Resolved("SET", Period(f"XXXX-{v.month_number(g['month']):02d}", None))
    if "daypart" in g:  # "every evening"
        return Resolved("SET", Period(f"XXXX-XX-XXT{v.day_parts[fold(g['daypart'])]}", None))
    amount = _number(g["num"], v) if "num" in g else 1.0
    return Resolved("SET", Period(duration_value(amount, g["unit"], v), None))


def _opening_reference(c: Candidate, ctx: Context, v: Vocabulary) -> Resolved:
    """A reference word opening a sentence: in a history, the present as a whole.

    "Today the walls still stand" in a text about other times (no report of
    its own days, none dated by weekday) is the narrator's present, not the
    day the text was published (WikiWars: PRESENT_REF), and so is it in an
    undated text that is no diary. Inside a sentence the word is more often
    a speaker's, quoted in a report that names many old years ("here we
    today accept the guarantee"), and TempEval-3 dates that one: only the
    opening position is read this way.
    """
    word = v.reference_words[fold(c.groups["ref"])]
    if ctx.document is None:
        # an undated memoir or history ("Today I teach mathematics") speaks
        # from the narrator's present, unless it is a diary dated by entry
        history = not _dated_day(ctx.narrative)
    else:
        history = not (ctx.own_time or ctx.daily)
    if word.in_history is not None and history:
        return Resolved("DATE", Period(word.in_history, None), anchor=DOCUMENT)
    return _reference(c, ctx, v)


RESOLVERS: dict[str, Callable[[Candidate, Context, Vocabulary], Resolved]] = {
    "date": _date,
    "iso": _iso,
    "day_of_month": _day_of_month,
    "holiday": _holiday,
    "year": _year_kind,
    "decade": _decade,
    "new_year": _new_year,
    "opening_reference": _opening_reference,
    "century": _century,
    "turn_of_century": _turn_of_century,
    "season": _season,
    "quarter": _quarter,
    "half": _half,
    "calendar_year": _calendar_year,
    "relative": _relative,
    "deictic": _deictic,
    "weekday": _weekday,
    "weekend": _weekend,
    "time": _time,
    "anaphoric": _anaphoric,
    "day_part": _day_part,
    "reference": _reference,
    "duration": _duration,
    "set": _set,
}


def resolve(candidate: Candidate, context: Context) -> Resolved:
    """The meaning of one matched expression where it stands."""
    vocabulary = load_vocabulary()
    kind = candidate.pattern.kind
    if kind == "persian":
        resolver = _other_calendar("persian", "pmonth", vocabulary.persian_months)
    elif kind == "hijri":
        resolver = _other_calendar("hijri", "hmonth", vocabulary.hijri_months)
    else:
        resolver = RESOLVERS[kind]
    return resolver(candidate, context, vocabulary)
