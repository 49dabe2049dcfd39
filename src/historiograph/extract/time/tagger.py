"""Tag the temporal expressions of a text as record timexes.

The cascade, in order:

1. :func:`.grammar.scan` finds the expressions (longest match wins);
2. an approximation right before one ("around 1985", "more than four hours")
   or right after one ("two weeks or so") joins its span and sets ``mod``;
   so does the part of a day before a date ("the morning of 31 January
   1965"), which makes it a TIME;
3. :func:`.normalize.resolve` gives each its TIMEX3 type, value and period,
   reading them in text order so that relative expressions resolve against
   the narrative time the text has established so far (or the document date);
   a flashback (a date in a past perfect clause, "the previous year") does not
   move the narrative time, and a month or season named without a year next
   to a dated one ("21 March - 21 June 1952") takes that one's year; a
   duration counted from a date ("three weeks after the election of 4 March
   1990") moves it to the day counted (25 March), the timexes keeping their
   own values;
   a dated entry of a diary or a letter ("12 June. We left Osh early.")
   becomes the day its deictic expressions ("yesterday") count from;
4. a day marked "old style" is converted from the Julian calendar; a clock
   time takes the date that follows it ("5 p.m. EST, Nov. 6");
5. open intervals and ranges bound the intervals.

Ranges follow TimeML: "from June 19, 1981, to the summer of 1982" is two
timexes, each with its own value and precision, as TempEval annotates them.
What makes them a range is recorded in the bounds: the first end keeps only
its ``earliest`` (``latest`` is None, ``mod`` ON_OR_AFTER), the second only
its ``latest`` (``mod`` ON_OR_BEFORE). Open intervals do the same on one
timex: "since 1986" keeps 1986-01-01 as ``earliest`` and no ``latest``;
"until 2003" and "by 1983" keep only ``latest`` (ON_OR_BEFORE); "after
1979" starts the day after 1979 ends, "before 1979" ends the day before it
starts. ``value`` and ``precision`` always
describe the expression itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from historiograph.extract.time import calendars, clues, reporting
from historiograph.extract.time.grammar import Candidate, left_word, scan
from historiograph.extract.time.normalize import (
    CURRENT,
    DOCUMENT,
    Anchor,
    Context,
    Resolved,
    counted_time,
    resolve,
    spoken_year,
)
from historiograph.extract.time.periods import Period, day, year_of
from historiograph.extract.time.vocabulary import fold, load_vocabulary
from historiograph.record import Timex

_DATE_KINDS = frozenset(
    {
        "date",
        "holiday",
        "iso",
        "year",
        "decade",
        "century",
        "season",
        "quarter",
        "half",
        "persian",
        "hijri",
        "calendar_year",
        "time",
    }
)
# Kinds an "or so" after them loosens ("a week or so", "the next year or so").
_LOOSE_KINDS = frozenset({"duration", "deictic", "relative"})
# Kinds that pair up in a range or list sharing one year ("May and June 1943").
_PARTNER_KINDS = frozenset({"date", "season"})
# Kinds whose day a part of it may name before it ("the morning of 31 January",
# "the early hours of Tuesday").
_PARTED_KINDS = frozenset({"date", "weekday", "day_of_month"})
_YEAR_GROUPS = frozenset({"year", "year2", "spokenyear"})
# Kinds counted from another time ("the previous year", "two years earlier").
_COUNTED_KINDS = frozenset(
    {"deictic", "relative", "anaphoric", "year_earlier", "same_period_year_back"}
)
_COARSER_THAN_A_YEAR = frozenset({"decade", "century"})
_MONTH_OR_FINER = frozenset({"day", "week", "month", "season"})
# Kinds that a clause in the future names without the story moving there.
_PLANNED_KINDS = frozenset({"year", "quarter"})
# Kinds that date by weekday: a text that uses them reports on its own days.
_DAY_KINDS = frozenset({"weekday", "weekend"})
_GREGORIAN_YEAR_KINDS = frozenset({"date", "year", "season", "quarter", "half"})
# A heading is a line of at most this many characters not ending in _CLOSING.
_HEADING_LENGTH = 100
_CLOSING = frozenset(".!?:;\"'\u201d)]")
# A day or month without its year, as a dateline without one gives it
# ("XXXX-10-09", "XXXX-03", "XXXX-03-12TNI").
_YEARLESS_DAY_OR_MONTH = re.compile(r"XXXX-\d\d(?:-\d\d)?(?:T[A-Z]+)?")
_UNDATED_WEEKDAY = re.compile(r"XXXX-WXX-\d")
_BETWEEN = re.compile(r"[\s,]*([^\s,]+)[\s,]*")
# The end of a sentence: closing punctuation before a capital, or a line break
# ("Oct. 24" and "the 3rd. of" are no ends: no capital follows).
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z])|\n")
_POSSESSIVE = re.compile(r"['’]s\b")
# A blank line between paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# The word before an expression, or before the figure right before it ("up from
# 4.2 percent a year ago", "from $10 million a year earlier").
_COMPARISON_BEFORE = re.compile(r"\b([a-z]+\.?)\s+(?:[$€£]?\d[\d.,]*%?(?:\s+[a-z]+){0,3}\s+)?$")
# The word before a day, "on" between them allowed ("said on Sunday", "said Sunday").
_VERB_BEFORE_DAY = re.compile(r"\b(\w+)\s+(?:on\s+)?$")
_VERB_REACH = 40  # characters looked back for it
# A lowercase word right after an expression: the noun an adjectival year qualifies.
_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
# "the parliamentary commission of " right before a year: the last few words
# of the clause before "of", a determiner among them (see _names_a_thing)
_NOUN_OF_BEFORE = re.compile(r"(?<![A-Za-z-])(?P<words>(?:[A-Za-z-]+\s+){2,5})of\s+$")
_NOUN_OF_REACH = 80
# How far back a stretch's closing word ("until the fall of ... in") is looked for
_STRETCH_END_REACH = 80
# How far back an origin phrase ("dating back to ") is looked for
_ORIGIN_REACH = 30
# What ends a wire dateline after its date: an agency in brackets, then a dash
# ("DERVAN, March 15 (Reuters) -", "QUETTA, Pakistan, Oct. 9 —").
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014]+\s")
# A dated entry of a diary or a letter: its day opens a line, a place may come
# before it ("Calcutta, 3rd March 1858."), and it closes its line or its own
# sentence ("12 June. We left Osh early."). A wire dateline's place leads
# its date the same way ("COLOMBO, Dec 28 -").
_ENTRY_LEAD = re.compile(r"[ \t]*(?:[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2},[ \t]*){0,2}")
_ENTRY_CLOSE = re.compile(r"[.,:]?[ \t]*(?:\n|$)|\.[ \t]+(?=[A-Z])")
# What follows the year that opens an entry of a timeline ("1859 - Digging
# begins", "1956: Nasser nationalises the canal"): a dash or a colon.
_TIMELINE_ENTRY_CLOSE = re.compile(r"[ \t]*[-\u2013\u2014:][ \t]")
# Between a clock time and the date it is on: a time zone ("EST", "Baghdad
# time", "local time", "(1230 GMT)"), then a comma (one expression) or "on" (two).
_CLOCK_TO_DATE = re.compile(
    r"(?:\s+(?:[A-Z]{2,4}|(?:local|[A-Z][a-z]+)\s+time))?(?:\s+\(\d{4}\s+(?:GMT|UTC)\))?"
    r"(?:(?P<comma>,\s*)|\s+(?:on\s+)?)"
)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    candidate: Candidate
    approximation: str | None
    day_part: str | None = None  # "the morning of" a date: TIMEX3 code of the part


@lru_cache(maxsize=2)
def _approximation_regex(dates_only: bool) -> re.Pattern[str]:
    vocabulary = load_vocabulary()
    words = vocabulary.date_approximations if dates_only else vocabulary.approximations
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w.])({alternation})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _trailing_approximation_regex() -> re.Pattern[str]:
    """ "or so" right after an expression."""
    words = load_vocabulary().trailing_approximations
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\s+({alternation})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _julian_regex() -> re.Pattern[str]:
    """A Julian-calendar marker right after a date: " O.S.", " (old style)"."""
    words = sorted(load_vocabulary().julian_markers, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\s*\(?\s*(?:{alternation})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _day_part_regex() -> re.Pattern[str]:
    """ "the morning of", "early in the morning of", "the early morning hours of"."""
    parts = "|".join(re.escape(p) for p in sorted(load_vocabulary().day_parts, key=len)[::-1])
    return re.compile(
        r"(?<![\w.])((?:early\s+(?:in\s+)?)?(?:the\s+)?(?:(?:early|late)\s+)?"
        rf"({parts})(?:\s+hours)?\s+of)\s+$",
        re.IGNORECASE,
    )


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def _approximates(text: str, match: re.Match[str], candidate: Candidate) -> bool:
    """Whether the word before an expression modifies it rather than governs it.

    "over" and "under" are also prepositions: "lasted over two weeks" is more
    than two weeks, "displaced thousands over several weeks" is during them.
    """
    vocabulary = load_vocabulary()
    if fold(match[1]) not in vocabulary.prepositional_approximations:
        return True
    if "vague" in candidate.groups:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return before is None or fold(before[1]) in vocabulary.quantity_lead_ins


def _with_approximations(text: str, candidates: list[Candidate]) -> list[_Found]:
    """Extend each expression leftwards over an approximation word, if one is there,
    and a date over the part of its day ("the morning of 31 January 1965")."""
    found: list[_Found] = []
    previous_end = 0
    for candidate in candidates:
        start = candidate.start
        kind = candidate.pattern.kind
        approximation = day_part = None
        if kind in _PARTED_KINDS and "daypart" not in candidate.groups:
            part = _day_part_regex().search(text, max(previous_end, start - 40), start)
            if part is not None:
                day_part, start = load_vocabulary().day_parts[fold(part[2])], part.start()
        # a quantity of units, alone or counted back ("nearly two weeks ago")
        is_amount = kind == "relative" or (
            kind == "duration" and not text[start:].lower().startswith("the")
        )
        if kind in _DATE_KINDS or is_amount:
            regex = _approximation_regex(dates_only=not is_amount)
            match = regex.search(text, max(previous_end, start - 30), start)
            if match is not None and _approximates(text, match, candidate):
                approximation, start = fold(match[1]), match.start()
        end = candidate.end
        if kind in _LOOSE_KINDS:
            trailing = _trailing_approximation_regex().match(text, end)
            if trailing is not None:
                approximation, end = approximation or fold(trailing[1]), trailing.end()
        found.append(_Found(start, end, candidate, approximation, day_part))
        previous_end = end
    return found


def _bounded(resolved: Resolved) -> bool:
    return resolved.type == "DATE" and resolved.period.earliest is not None


def _open_interval(text: str, item: _Found, resolved: Resolved) -> Resolved:
    """Apply "since" / "until" / "after" / "before" right before a date."""
    word = load_vocabulary().open_intervals.get(left_word(text, item.start))
    if word is None or not _bounded(resolved):
        return resolved
    period = resolved.period
    first, last = period.earliest, period.latest
    assert first is not None and last is not None
    if word.side == "start":
        period = replace(period, latest=None)
    elif word.side == "after":
        period = replace(period, earliest=last + dt.timedelta(days=1), latest=None)
    elif word.side == "end":
        period = replace(period, earliest=None)
    else:
        period = replace(period, earliest=None, latest=first - dt.timedelta(days=1))
    return replace(resolved, period=period, mod=resolved.mod or word.mod)


def _closes_a_range(text: str, before: _Found, after: _Found) -> bool:
    """Whether ``after`` is the second end of a range opened by ``before``
    ("X–Y", "from X to Y", "between X and Y")."""
    vocabulary = load_vocabulary()
    match = _BETWEEN.fullmatch(text, before.end, after.start)
    if match is None or fold(match[1]) not in vocabulary.range_connectors:
        return False
    if _POSSESSIVE.match(text, after.end) or _in_dateline(text, before):
        # "COLOMBO, Dec 28 - Sunday's tsunami": the dash ends the dateline, and
        # a day that owns a noun dates it, ending no range
        return False
    return fold(match[1]) != "and" or left_word(text, before.start) in vocabulary.range_openers


def _in_dateline(text: str, item: _Found) -> bool:
    """Whether an expression is the date of a wire dateline ("LIMA, Aug. 3 -"):
    the text's first line opens with its place, and a dash follows the date."""
    line_end = text.find("\n")
    if 0 <= line_end < item.start or "," not in text[: item.start]:
        return False
    return (
        _ENTRY_LEAD.fullmatch(text, 0, item.start) is not None
        and _DATELINE_END.match(text, item.end) is not None
    )


def _link_ranges(text: str, found: list[_Found], resolved: list[Resolved]) -> None:
    """Turn "X–Y", "from X to Y" and "between X and Y" into bounds on X and Y."""
    for i in range(1, len(found)):
        if not _closes_a_range(text, found[i - 1], found[i]):
            continue
        first, second = resolved[i - 1], resolved[i]
        if first.type != "DATE" or second.type != "DATE":
            continue
        if first.period.earliest is not None or first.period.latest is not None:
            resolved[i - 1] = replace(
                first,
                period=replace(first.period, latest=None),
                mod=first.mod or "ON_OR_AFTER",
            )
        if second.period.earliest is not None or second.period.latest is not None:
            resolved[i] = replace(
                second,
                period=replace(second.period, earliest=None),
                mod=second.mod or "ON_OR_BEFORE",
            )


def _julian(text: str, item: _Found, resolved: Resolved) -> Resolved:
    """A day marked "old style" is a Julian date: its value is the Gregorian day."""
    day_ = resolved.period.earliest
    if resolved.period.precision != "day" or day_ is None or "T" in resolved.period.value:
        return resolved
    if item.candidate.pattern.kind != "date" or not _julian_regex().match(text, item.end):
        return resolved
    moved = calendars.to_date("julian", day_.year, day_.month, day_.day)
    return replace(resolved, period=day(moved))


def _clocks_on_their_dates(text: str, found: list[_Found], resolved: list[Resolved]) -> None:
    """Give a clock time the day that follows it ("5 p.m. EST, Nov. 6", "at 5:34 AM
    Baghdad time on March 20, 2003", "at 10 a.m. today"), not the narrative's or
    the document's.

    Joined by a comma only (an apposition), the two are one expression, as
    TimeML annotates them; the merged item keeps the time's value, and anchors
    that cited the date cite it.
    """
    merged: dict[int, int] = {}  # 1-based position of a date merged away -> its clock's
    for i in range(len(found) - 1, 0, -1):
        clock, date = found[i - 1], found[i]
        meaning, day_meaning = resolved[i - 1], resolved[i]
        if clock.candidate.pattern.kind != "time" or day_meaning.period.precision != "day":
            continue
        gap = _CLOCK_TO_DATE.fullmatch(text, clock.end, date.start)
        if gap is None or day_meaning.type != "DATE":
            continue
        clock_value = meaning.period.value.partition("T")[2]
        moved = replace(day_meaning.period, value=f"{day_meaning.period.value}T{clock_value}")
        resolved[i - 1] = replace(meaning, period=moved, anchor=day_meaning.anchor)
        if gap["comma"] is not None:
            found[i - 1] = replace(clock, end=date.end)
            del found[i], resolved[i]
            merged[i + 1] = i
    if merged:
        for index, meaning in enumerate(resolved):
            resolved[index] = replace(meaning, anchor=_renumbered(meaning.anchor, merged))


def _renumbered(anchor: str | None, merged: dict[int, int]) -> str | None:
    """A timex id after the dates in ``merged`` have joined their clock times."""
    if anchor is None or not anchor.startswith("t") or not anchor[1:].isdigit():
        return anchor
    number = int(anchor[1:])
    number = merged.get(number, number)
    return f"t{number - sum(1 for gone in merged if gone < number)}"


def _explicit_years(candidates: list[Candidate]) -> list[int]:
    """The years the text writes out (CE, Gregorian), for telling what time it is about."""
    years = []
    for candidate in candidates:
        if candidate.pattern.kind not in _GREGORIAN_YEAR_KINDS:
            continue
        if "year" in candidate.groups:
            years.append(int(candidate.groups["year"]))
        elif "spokenyear" in candidate.groups:
            years.append(spoken_year(candidate.groups["spokenyear"], load_vocabulary()))
    return years


def _names_a_bare_day_or_month(candidate: Candidate) -> bool:
    """A weekday, or a month, season, quarter or half without a year, or "the year": which
    one it is depends on the tense ("will publish figures in the spring")."""
    kind, groups = candidate.pattern.kind, candidate.groups
    if kind == "weekend":
        return True
    if kind == "deictic" and "det" in groups:
        return load_vocabulary().determiners[fold(groups["det"])].anchor == CURRENT
    if kind in ("weekday", "time"):
        return "weekday" in groups and "det" not in groups
    if kind in ("holiday", "quarter", "season", "half"):
        return "year" not in groups
    years = {"year", "year2", "spokenyear"}
    return kind == "date" and "month" in groups and not years & set(groups)


def _planned_year(text: str, item: _Found) -> bool:
    """A year or quarter named in a clause about plans or the future ("a campaign
    planned for 1976", "will report losses through the third quarter of 1990"):
    the story does not move there, so the months it names next stay in the
    year it was in, and "the year-ago period" in the quarter it reports on."""
    return (
        item.candidate.pattern.kind in _PLANNED_KINDS
        and clues.tense(text, item.start, item.end) == clues.FUTURE
        and not _heads_a_timeline_entry(text, item)
    )


def _heads_a_timeline_entry(text: str, item: _Found) -> bool:
    """Whether a year opens a line of a timeline ("1859 - Digging begins at Port
    Said"): it dates the entry, told in the historical present, whose present
    ("begins", "opens") is no plan for a year to come."""
    line_start = text.rfind("\n", 0, item.start) + 1
    return (
        not text[line_start : item.start].strip()
        and _TIMELINE_ENTRY_CLOSE.match(text, item.end) is not None
    )


def _names_a_thing(text: str, item: _Found) -> bool:
    """Whether a year, a month and year or a century names a thing rather than dates the clause.

    As an adjective ("The 1614 rules differed", "the leader of the August 1792
    uprising") or in brackets after a name ("the Civil Constitution of the
    Clergy (1790)") it says which thing is meant: an aside, after which the
    story carries on in the year it was in. So does one closing "the NOUN of"
    ("the parliamentary commission of 1991", "the Constitution of 1917"),
    unless the noun is a stretch of time ("the course of 1991").
    """
    kind, groups = item.candidate.pattern.kind, item.candidate.groups
    written = text[item.start : item.end]
    if kind == "century" and "-" in written and not any(c.isspace() for c in written):
        # "a 16th-century convent": a hyphened century before its noun says
        # which thing is meant, as an adjectival year does
        return _NOUN_AFTER.match(text, item.end) is not None
    if kind not in ("year", "date") or "day" in groups or "dayword" in groups:
        return False
    if text[item.start - 1 : item.start] == "(" and text[item.end : item.end + 1] == ")":
        return True
    vocabulary = load_vocabulary()
    owner = _NOUN_OF_BEFORE.search(text, max(0, item.start - _NOUN_OF_REACH), item.start)
    if owner is not None:
        *qualifiers, head = (fold(word) for word in owner["words"].split())
        if vocabulary.naming_determiners & set(qualifiers):
            # the noun phrase from the last determiner on, with no preposition
            # or conjunction in it ("the troops in March of 1991" is none)
            last = max(i for i, w in enumerate(qualifiers) if w in vocabulary.naming_determiners)
            phrase = set(qualifiers[last + 1 :])
            if not phrase & vocabulary.naming_breakers:
                return head not in vocabulary.time_nouns_before_of
    if left_word(text, item.start) not in vocabulary.naming_determiners:
        return False
    noun = _NOUN_AFTER.match(text, item.end)
    return noun is not None and noun[1] not in vocabulary.naming_breakers


def _dates_the_telling(
    text: str, item: _Found, meaning: Resolved, narrative: Anchor | None
) -> bool:
    """Whether a day names when something was said while the story stands at a day
    or a month.

    "Soldiers fired on the crowd on Saturday, witnesses said on Sunday. The
    minister resigned four days later": Sunday is the day of the telling,
    and the story stays at Saturday for what it counts from; "inflation
    slowed in October, the agency said on Thursday. Prices rose from the
    previous month": the story stays in October. A month the story looked
    back to ("the invoices seized in February 2020 ... his solicitor said
    Thursday") is no month under report: the telling day is the story's.
    """
    if narrative is None or narrative.period.precision not in ("day", "month"):
        return False
    if narrative.period.precision == "month" and not _soon_after(meaning.period, narrative.period):
        return False
    if not _names_a_bare_day_or_month(item.candidate):
        return False
    verb = _VERB_BEFORE_DAY.search(text, max(0, item.start - _VERB_REACH), item.start)
    return verb is not None and fold(verb[1]) in load_vocabulary().reporting_verbs


def _soon_after(told: Period, month: Period) -> bool:
    """Whether a day falls within ``telling_lag_days`` after a month ends (a month's
    figures are told in the weeks after it)."""
    told_day, end = told.earliest, month.latest
    if told_day is None or end is None:
        return False
    return 0 <= (told_day - end).days <= load_vocabulary().telling_lag_days


def _opens_an_entry(text: str, item: _Found) -> bool:
    """Whether a day heads a dated entry of a diary or a letter ("12 June. We left
    Osh early.", "Calcutta, 3rd March 1858."): the entry speaks from that day,
    so "yesterday" and "next month" in it count from there, not from the day
    the diary or the letters were published."""
    groups = item.candidate.groups
    # entries write their month out; "11/02/89" on a line of its own is a
    # wire heading's filing date
    if item.candidate.pattern.kind != "date" or "month" not in groups:
        return False
    if not {"day", "dayword"} & set(groups):
        return False
    line_start = text.rfind("\n", 0, item.start) + 1
    lead = _ENTRY_LEAD.fullmatch(text, line_start, item.start)
    return lead is not None and _ENTRY_CLOSE.match(text, item.end) is not None


def _heading_between(text: str, start: int, end: int) -> bool:
    """Whether a heading (a short line of its own, without closing punctuation)
    starts between two points (the second may stand in it): a new section may
    go back in time, so the story does not carry on from the last section's
    last month."""
    first = text.find("\n", start, end)
    if first < 0:
        return False
    last = text.find("\n", end)
    lines = text[first + 1 : last if last >= 0 else len(text)].split("\n")
    return any(
        line.strip() and len(line) <= _HEADING_LENGTH and line.strip()[-1] not in _CLOSING
        for line in lines
    )


def _looks_back(item: _Found, meaning: Resolved, narrative: Anchor | None) -> bool:
    """Whether an expression counted from the story's time points before it ("the
    previous year", "just over a year earlier"): an aside, after which the story
    carries on where it was."""
    if narrative is None or item.candidate.pattern.kind not in _COUNTED_KINDS:
        return False
    then, now = meaning.period.latest, narrative.period.earliest
    return meaning.anchor == narrative.ref and then is not None and now is not None and then < now


@lru_cache(maxsize=1)
def _stretch_end_regex() -> re.Pattern[str]:
    """What stands before a date that ends a stretch through its event: "until the
    fall of Budapest in " (see ``stretch_ends`` in vocabulary.yaml)."""
    vocabulary = load_vocabulary()
    words = "|".join(re.escape(w) for w in sorted(vocabulary.stretch_ends))
    return re.compile(
        rf"\b(?:{words})\s+(?:[\w'’-]+\s+){{1,{vocabulary.stretch_end_words}}}(?:in|on)\s+$",
        re.IGNORECASE,
    )


def _ends_a_stretch(text: str, item: _Found) -> bool:
    """Whether a date dates the event a stretch lasted until ("held out until the
    fall of the capital in May 1453"): the end is told ahead of the story, which
    carries on from where it was. The reach is one clause: no sentence end or
    comma between the word and the date."""
    window = text[max(0, item.start - _STRETCH_END_REACH) : item.start]
    match = _stretch_end_regex().search(window)
    if match is None or re.search(r"[.,;:!?]", match[0]):
        return False
    # a noun phrase, not a clause: "until the agreement was reached in January
    # 1946" moves the story to the agreement
    past_words = load_vocabulary().past_markers
    return not any(
        word in past_words or (len(word) > 4 and word.endswith("ed"))
        for word in (fold(w) for w in match[0].split()[1:-1])
    )


@lru_cache(maxsize=1)
def _origin_regex() -> re.Pattern[str]:
    """What stands right before a date that tells how far back something goes:
    "dating to ", "going back to " (see ``origin_phrases`` in vocabulary.yaml)."""
    phrases = sorted(load_vocabulary().origin_phrases, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"\b(?:{alternation})\s+$", re.IGNORECASE)


def _tells_an_origin(text: str, item: _Found) -> bool:
    """Whether a date tells how far back a series or a thing goes ("shootings of
    doctors dating to 1994. In January, ..."): an aside, after which the story
    carries on in the time it was in."""
    window = text[max(0, item.start - _ORIGIN_REACH) : item.start]
    return _origin_regex().search(window) is not None


def _baseline_month(text: str, item: _Found, meaning: Resolved) -> bool:
    """Whether a month is the baseline a figure is compared with ("rose 6.3 percent
    in July, up from 5.7 percent in June"): the story stays in the month reported."""
    if meaning.period.precision != "month":
        return False
    comparison = _COMPARISON_BEFORE.search(text, max(0, item.start - 60), item.start)
    if comparison is None or not any(ch.isdigit() for ch in comparison[0]):
        return False
    return fold(comparison[1]) in load_vocabulary().comparison_words


def _compared_month(
    text: str, item: _Found, month_named: tuple[Anchor, int] | None
) -> Anchor | None:
    """The month a comparison sets the expression against, if any (Context.compared).

    "Exports fell 11 percent in April from a year earlier", "inflation was 5
    percent in March, up from 4.2 percent a year ago": a comparison word right
    before the expression, or before the figure compared, and a month named
    earlier in the same sentence.
    """
    if month_named is None:
        return None
    month, end = month_named
    if _SENTENCE_END.search(text, end, item.start) is not None:
        return None
    comparison = _COMPARISON_BEFORE.search(text, max(end, item.start - 60), item.start)
    words = load_vocabulary().comparison_words
    return month if comparison is not None and fold(comparison[1]) in words else None


@lru_cache(maxsize=1)
def _counted_from_regex() -> re.Pattern[str]:
    """What stands between a duration and the date it is counted from: " after the
    election of ", " before " (see ``counted_from`` in vocabulary.yaml)."""
    spec = load_vocabulary().counted_from

    def either(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return re.compile(
        rf"\s+(?P<dir>{either(spec.directions)})\s+"
        rf"(?:(?:{either(spec.determiners)})\s+(?:[\w'’-]+\s+){{1,{spec.words}}}?"
        rf"(?:{either(spec.prepositions)})\s+)?",
        re.IGNORECASE,
    )


def _counted_from(text: str, before: _Found, item: _Found, meaning: Resolved) -> Period | None:
    """The time the story reaches where a duration right before a date is counted from
    it ("arrested three weeks after the election of 4 March 1990": 25 March), or
    None. The date keeps its own value; the story moves to the time counted."""
    if before.candidate.pattern.kind != "duration" or not meaning.establishes:
        return None
    gap = _counted_from_regex().fullmatch(text, before.end, item.start)
    if gap is None:
        return None
    sign = load_vocabulary().counted_from.directions[fold(gap["dir"])]
    return counted_time(before.candidate, sign, meaning.period)


def _paired(text: str, item: _Found, following: _Found | None) -> bool:
    """Whether the next expression joins this one as a range or list ("from
    October to March", "November and January")."""
    if following is None:
        return False
    match = _BETWEEN.fullmatch(text, item.end, following.start)
    return match is not None and fold(match[1]) in load_vocabulary().range_connectors


def _counts_back(item: _Found, meaning: Resolved, story: Anchor) -> bool:
    """Whether a time counted back from the story moves it back ("Eleven years
    earlier", "Two decades before"): a flashback told as one, however far back,
    which the story returns from at the next paragraph."""
    direction = item.candidate.groups.get("dir")
    return (
        item.candidate.pattern.kind == "relative"
        and direction is not None
        and load_vocabulary().directions[fold(direction)].amount < 0
        and meaning.anchor == story.ref
        and _before(meaning.period, story.period)
    )


def _recalled(text: str, item: _Found, *, before_only: bool = False) -> bool:
    """A date in a past perfect clause ("the provinces it had lost in 1645"): a
    flashback, so the story does not move there and the months it names next
    stay in the year it was in. "by" makes it the time the perfect looks back
    from ("had reached the Volga by September"), where the story is.
    """
    return left_word(text, item.start) != "by" and clues.past_perfect(
        text, item.start, item.end, before_only=before_only
    )


def _before(first: Period, second: Period) -> bool:
    """Whether ``first`` ends before ``second`` starts (both known)."""
    return (
        first.latest is not None and second.earliest is not None and first.latest < second.earliest
    )


def _steps_back(flashback: Anchor, story: Anchor) -> bool:
    """Whether a dated time steps back from the story's month or day by less than
    a year ("on 10 March 1855 ... appointed on 4 October 1854"): a flashback the story
    may come back from, not a new chapter or a look across the years."""
    if story.period.precision not in _MONTH_OR_FINER or not _before(flashback.period, story.period):
        return False
    then, now = flashback.period.latest, story.period.earliest
    assert then is not None and now is not None
    return (now - then).days <= load_vocabulary().flashback_reach_days


def _leaps_ahead(aside: Anchor, story: Anchor) -> bool:
    """Whether a dated time leaps more than a year past the story's month or day
    ("On April 9 Baghdad fell ... In November 2008, protesters staged a similar
    scene"): a look ahead the story may come back from."""
    if story.period.precision not in _MONTH_OR_FINER or not _before(story.period, aside.period):
        return False
    then, later = story.period.latest, aside.period.earliest
    assert then is not None and later is not None
    return (later - then).days > load_vocabulary().flashback_reach_days


def _back_from_leap(
    text: str, item: _Found, context: Context, meaning: Resolved, story: Anchor
) -> Resolved:
    """A month or day named without a year right after a look ahead: the story's,
    where it is no step forward in the look ahead's own year.

    "On April 9 Baghdad fell ... In November 2008, protesters staged a
    similar scene ... on April 15 the coalition declared the invasion over":
    read from November 2008, April 15 falls in the year after the aside (or
    steps back inside it); read from the story the aside leapt from (April
    2003), it is the next step forward in the story's own year, where the
    story resumes. A look ahead to a bare year ("he was arrested again in
    1938. On 19 March a bomb ...") names no point inside that year to step on
    from, so a day soon after the story's is the story resuming.
    """
    narrative = context.narrative
    if narrative is None or meaning.anchor != narrative.ref:
        return meaning
    start, aside = meaning.period.earliest, narrative.period.earliest
    if start is None or aside is None:
        return meaning
    resumed = _meaning(text, item, replace(context, narrative=story, dated=story))
    back, then = resumed.period.earliest, story.period.earliest
    if back is None or then is None or back < then or back.year != then.year:
        return meaning
    steps_on_in_aside = start.year == aside.year and start >= aside
    if steps_on_in_aside and not _resumes_soon(resumed, narrative, story):
        return meaning
    return resumed


def _resumes_soon(resumed: Resolved, aside: Anchor, story: Anchor) -> bool:
    """Whether a look ahead to a bare year is followed by a day or month soon after the
    story's own (see ``leap_resume_days``)."""
    back, then = resumed.period.earliest, story.period.latest
    if aside.period.precision != "year" or back is None or then is None:
        return False
    return (back - then).days <= load_vocabulary().leap_resume_days


def _back_from_aside(
    text: str, item: _Found, context: Context, meaning: Resolved, left: Anchor
) -> Resolved:
    """A month or day named without a year after a dated flashback: the story's, where
    the flashback's would lie before it.

    "The regiment landed at Varna on 10 March 1855. Its colonel was
    appointed on 4 October 1854. On 6 June the regiment stormed the
    Mamelon": read from the flashback, 6 June would step further back
    (1854); read from the story the flashback ``left`` (March 1855), it is
    the next step forward, where the story resumes.
    """
    narrative = context.narrative
    if narrative is None or meaning.anchor != narrative.ref:
        return meaning
    if not _before(meaning.period, narrative.period):
        return meaning
    resumed = _meaning(text, item, replace(context, narrative=left, dated=left))
    start, story = resumed.period.earliest, left.period.earliest
    # later in the story's own year: a month that would take it into the next
    # year ("since January" after December) is no resumption
    return (
        resumed
        if start is not None and story is not None and start >= story and start.year == story.year
        else meaning
    )


def _across_range(
    text: str,
    found: list[_Found],
    resolved: list[Resolved],
    item: _Found,
    context: Context,
    meaning: Resolved,
) -> Resolved:
    """A count after a range that spans the range itself, counted from its start.

    "Between 1519 and 1522 the fleet sailed around the world ... only 18
    returned three years later": the writer restates the stretch the range
    gave, so the count runs from the range's first end and lands on its
    second, not three years past it. A count that does not reach the second
    end exactly ("from 1618 to 1648. Three years later") runs from the end.
    """
    narrative = context.narrative
    if narrative is None or item.candidate.pattern.kind != "relative":
        return meaning
    if not narrative.ref[1:].isdigit():  # the document's date, no timex
        return meaning
    end = int(narrative.ref[1:]) - 1  # the index in found of the expression that set it
    if not (0 < end < len(resolved) and _closes_a_range(text, found[end - 1], found[end])):
        return meaning
    start = Anchor(resolved[end - 1].period, f"t{end}")
    from_start = _meaning(text, item, replace(context, narrative=start))
    if from_start.period.value != narrative.period.value:
        return meaning
    return from_start


def _timex(index: int, text: str, item: _Found, resolved: Resolved) -> Timex:
    period = resolved.period
    precision = period.precision if period.precision != "week" else None
    return Timex(
        id=f"t{index}",
        span=(item.start, item.end),
        text=text[item.start : item.end],
        type=resolved.type,
        value=period.value,
        mod=resolved.mod,
        earliest=period.earliest,
        latest=period.latest,
        precision=precision,
        anchor=resolved.anchor,
    )


def _meaning(text: str, item: _Found, context: Context) -> Resolved:
    """What one found expression means in ``context``, its day part and approximation included."""
    vocabulary = load_vocabulary()
    reporting_resolver = reporting.RESOLVERS.get(item.candidate.pattern.kind)
    if reporting_resolver is not None:
        meaning = reporting_resolver(item.candidate, context, vocabulary)
    else:
        meaning = _julian(text, item, resolve(item.candidate, context))
    # a weekday whose date is unknown still has its part ("XXXX-WXX-2TMO")
    undated_weekday = _UNDATED_WEEKDAY.fullmatch(meaning.period.value) is not None
    if item.day_part is not None and (meaning.period.precision == "day" or undated_weekday):
        value = f"{meaning.period.value}T{item.day_part}"
        meaning = replace(meaning, type="TIME", period=replace(meaning.period, value=value))
    if item.approximation is not None and meaning.mod is None:
        word = item.approximation
        mod = vocabulary.approximations.get(word) or vocabulary.trailing_approximations[word]
        meaning = replace(meaning, mod=mod)
    return meaning


def _years_from_partners(
    text: str, found: list[_Found], resolved: list[Resolved], document: Anchor | None
) -> None:
    """A month or season named without a year, paired with a dated one right after
    it ("21 March - 21 June 1952", "the spring and early summer of 1943"), takes
    its year from that one: the year is written once for both, and a first end
    later in the calendar than the second ("13 December - 5 January 1953") lies
    in the year before, as a flashback month does.
    """
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        if not (
            first.candidate.pattern.kind in _PARTNER_KINDS
            and second.candidate.pattern.kind in _PARTNER_KINDS
            and _names_a_bare_day_or_month(first.candidate)
            and _YEAR_GROUPS & set(second.candidate.groups)
            and _paired(text, first, second)
        ):
            continue
        partner = Anchor(resolved[i + 1].period, f"t{i + 2}")
        context = Context(partner, document, dated=partner, recalled=True)
        resolved[i] = _open_interval(text, first, _meaning(text, first, context))


def _opening_date(
    text: str, candidates: list[Candidate], published: dt.date | None
) -> dt.date | None:
    """The day a text dates itself by in its opening line, where it states no other.

    A statement, a press release or a communiqué often carries its date
    only in its heading ("Ministry of Interior statement, 14 March 2019"),
    and a wire story in its dateline ("LIMA, Aug. 3, 1989 (Reuters) -"): that
    is the day the text speaks from, so "today", "the spring" or "in
    December" count from it. Only a whole day counts ("March 2019" or "1815"
    in a heading names the text's subject, not its date), and only the first
    expression, standing in a first line that is a heading (a short line
    without closing punctuation, with text after it) or ending in a dateline.
    A dateline without its year ("KHARTOUM, 17 July (Reuters) -") takes the
    latest such day up to ``published``.
    """
    if not candidates or candidates[0].pattern.kind not in ("date", "iso"):
        return None
    first = candidates[0]
    line_end = text.find("\n")
    line = text[: line_end if line_end >= 0 else len(text)].strip()
    if line_end >= 0 and first.end > line_end:
        return None
    heading = (
        line_end >= 0
        and bool(text[line_end:].strip())
        and len(line) <= _HEADING_LENGTH
        and line[-1] not in _CLOSING
    )
    if not heading and not _DATELINE_END.match(text, first.end):
        return None
    document = Anchor(day(published), DOCUMENT) if published else None
    meaning = resolve(first, Context(None, document, own_time=True))
    if meaning.period.precision != "day" or meaning.period.earliest is None:
        return None
    return meaning.period.earliest


def tag_timexes(text: str, *, published: dt.date | None = None) -> list[Timex]:
    """Every temporal expression in ``text`` as a record timex, ids t1, t2, ... in order.

    ``published`` is the document date: deictic expressions ("last year",
    "Friday") resolve against it; without it they fall back on the narrative
    time. Anaphoric ones ("the following year") resolve against the narrative
    time, falling back on the document date. Without ``published``, the date
    of the text's own heading or dateline stands for it (see :func:`_opening_date`);
    so does a dateline a few days before ``published``: a story filed on
    Friday 17 July and published on Monday tells of "Wednesday" from the
    Friday, the 15th, not from the day it was published.
    """
    vocabulary = load_vocabulary()
    candidates = scan(text)
    dateline = _opening_date(text, candidates, published)
    filed = dateline is not None and (
        published is None or 0 <= (published - dateline).days <= vocabulary.dateline_lag_days
    )
    if filed:
        published = dateline
    # a story filed under its dateline reports its own days, however many
    # older years it recalls ("GENEVA, June 3 - ... began in 2014, a ceasefire
    # in 2015 broke down in 2022. In March ..." is March of the filing year)
    own_time = published is not None and (
        filed or clues.reports_its_own_time(_explicit_years(candidates), published.year)
    )
    if own_time:
        candidates = [c for c in candidates if not c.pattern.histories_only]
    daily = any(c.pattern.kind in _DAY_KINDS for c in candidates)
    found = _with_approximations(text, candidates)
    document = Anchor(day(published), DOCUMENT) if published else None
    narrative: Anchor | None = None
    dated: Anchor | None = None  # the latest narrative time of a year or finer
    reached = True  # whether the story reached the narrative time (Context.reached)
    story_end = 0  # where the expression that set the narrative time ends
    story_written = False  # whether that expression writes its year out ("late 2017")
    left: Anchor | None = None  # the story a dated flashback stepped back from
    recalled_from: Anchor | None = None  # the story a flashback counted back from
    ahead: Anchor | None = None  # the story the last dated time leapt ahead of
    quarter: Anchor | None = None
    reported: Anchor | None = None  # the quarter a company's results cover (Context.reported)
    mentioned: Anchor | None = None  # the last time named, narrated or not (Context.mentioned)
    named_day: Anchor | None = None  # the last whole day named (Context.named_day)
    partial: Anchor | None = None  # the last day or month named without a year (Context.partial)
    on_its_day = daily  # whether the text has named its own day (Context.on_its_day)
    month_named: tuple[Anchor, int] | None = None  # the last month named, and where it ends
    resolved: list[Resolved] = []
    for index, item in enumerate(found, start=1):
        if recalled_from is not None and _PARAGRAPH_BREAK.search(text, story_end, item.start):
            # "Eleven years earlier, in April 1978, he had been jailed.\n\nLater
            # that month ...": a new paragraph after a flashback told as one
            # goes back to the story it counted back from
            narrative = dated = mentioned = recalled_from
            left = recalled_from = None
        tense = clues.UNKNOWN
        facing = 0
        done_before = False
        bare = _names_a_bare_day_or_month(item.candidate)
        if document is not None and bare and not _POSSESSIVE.match(text, item.end):
            # "get around Wednesday's ruling": a possessive dates its noun,
            # not the clause's verb, so the verb's tense says nothing of it
            tense = clues.tense(text, item.start, item.end)
            done_before = tense == clues.PAST and clues.done_before(text, item.start, item.end)
            word_before = left_word(text, item.start)
            opener = vocabulary.open_intervals.get(word_before)
            if opener is not None and opener.begun:
                tense = clues.PAST
            if word_before in vocabulary.forward_openers:
                # "voted to raise fares starting July 1": the start is ahead
                tense = clues.FUTURE
            if opener is not None and (opener.weekday < 0 or tense != clues.PAST):
                # "Until Thursday, they had not called him a suspect": a past
                # clause tells of the interval's end gone by
                facing = opener.weekday
        context = Context(
            narrative,
            document,
            own_time=own_time,
            tense=tense,
            quarter=quarter,
            reported=reported,
            dated=dated,
            daily=daily,
            recalled=bare and _recalled(text, item),
            reached=reached and not _heading_between(text, story_end, item.start),
            year_in_sentence=story_written
            and _SENTENCE_END.search(text, story_end, item.start) is None
            and not clues.opens_a_clause(text, story_end, item.start),
            mentioned=mentioned,
            partial=partial,
            facing=facing,
            on_its_day=on_its_day,
            named_day=named_day,
            done_before=done_before,
            compared=_compared_month(text, item, month_named),
        )
        entry = _opens_an_entry(text, item)
        if entry:
            # a yearless entry day ("14 June.") is in the year the diary has
            # reached, not the latest such day before its publication
            context = replace(context, own_time=False)
        meaning = _meaning(text, item, context)
        meaning = _across_range(text, found, resolved, item, context, meaning)
        if (
            entry
            and meaning.period.precision == "day"
            and document != Anchor(meaning.period, DOCUMENT)
        ):
            # a month named without its year stays with the story told
            # (a chronology's "until June"), as in a history
            document, own_time, on_its_day = Anchor(meaning.period, DOCUMENT), False, True
        if left is not None and bare and item.candidate.pattern.kind == "date":
            meaning = _back_from_aside(text, item, context, meaning, left)
        if ahead is not None and bare and item.candidate.pattern.kind == "date":
            meaning = _back_from_leap(text, item, context, meaning, ahead)
        # In a report on its own time, "last year" or "Tuesday" is where the story
        # now is ("So far this year ..., up from 12 a year earlier"); in a history
        # a date counted from the document's is an aside. A quarter counted from
        # it stays the report's, not the story's.
        its_own = meaning.anchor != DOCUMENT or (own_time and meaning.period.precision != "quarter")
        # "three weeks after 4 March": a point counted from, not an open interval
        counted = _counted_from(text, found[index - 2], item, meaning) if index > 1 else None
        opening = None if counted else vocabulary.open_intervals.get(left_word(text, item.start))
        narrates = (opening is None or opening.narrates) and not _planned_year(text, item)
        narrates = narrates and not _recalled(text, item, before_only=not bare)
        narrates = narrates and not _looks_back(item, meaning, narrative)
        narrates = narrates and not _names_a_thing(text, item)
        narrates = narrates and not _ends_a_stretch(text, item)
        narrates = narrates and not _tells_an_origin(text, item)
        narrates = narrates and not _dates_the_telling(text, item, meaning, narrative)
        narrates = narrates and not _baseline_month(text, item, meaning)
        if (
            recalled_from is None
            and narrative is not None
            and _counts_back(item, meaning, narrative)
        ):
            recalled_from = narrative
        if meaning.establishes and its_own and narrates and year_of(meaning.period) is not None:
            previous, narrative = narrative, Anchor(counted or meaning.period, f"t{index}")
            written = bool(_YEAR_GROUPS & set(item.candidate.groups))
            if left is not None and _before(left.period, narrative.period):
                left = None  # the story has come back past where it left off
            elif written and previous is not None and _steps_back(narrative, previous):
                left = left or previous
            if recalled_from is not None and _before(recalled_from.period, narrative.period):
                recalled_from = None  # the story has come forward past the flashback
            # a look ahead within one section, not a new chapter under its heading;
            # a later year in the look ahead ("until 1933; ... again in 1938")
            # carries it on from the same story
            leapt_from = ahead or previous
            leapt = written and leapt_from is not None and _leaps_ahead(narrative, leapt_from)
            ahead = (
                leapt_from if leapt and not _heading_between(text, story_end, item.start) else None
            )
            story_end = item.end
            # "in early 2017, after the protests of 4 April": 4 April keeps 2017 for the sentence
            story_written = written or context.year_in_sentence
            reached = (
                opening is None
                and item.candidate.pattern.kind != "holiday"
                and not _paired(text, item, found[index] if index < len(found) else None)
            )
            if meaning.period.precision not in _COARSER_THAN_A_YEAR:
                dated = narrative
        # "since Tuesday" opens an interval up to the time being told: no time
        # the story stands at, so "earlier that day" does not point back at it
        bounds_only = opening is not None and not opening.narrates
        if (
            meaning.establishes
            and its_own
            and not bounds_only
            and year_of(meaning.period) is not None
        ):
            # the date itself: "Eight trading days after Oct. 12, the day before
            # the plunge" points back at Oct. 12, where the story did not move
            mentioned = Anchor(meaning.period, f"t{index}")
        if meaning.period.precision == "month" and meaning.period.earliest is not None:
            month_named = Anchor(meaning.period, f"t{index}"), item.end
        if meaning.period.precision == "day" and meaning.period.earliest is not None:
            # a day counted from the document's in a history is an aside, but
            # still the day a count of days after it runs from
            named_day = Anchor(meaning.period, f"t{index}")
        if narrates and _YEARLESS_DAY_OR_MONTH.fullmatch(meaning.period.value):
            partial = Anchor(meaning.period, f"t{index}")
        elif (
            partial is not None
            and meaning.period.earliest is None
            and (item.candidate.pattern.kind in _DAY_KINDS or "weekday" in item.candidate.groups)
        ):
            # "on Tuesday", its date unknown: the story left the known day, most
            # likely not its month ("on Thursday, the second strike this month")
            month = partial.period.value[:7]
            partial = Anchor(Period(month, "month"), partial.ref)
        if item.candidate.pattern.kind == "quarter" and meaning.period.earliest is not None:
            quarter = Anchor(meaning.period, f"t{index}")
            ended = meaning.period.latest
            if reported is None and document is not None and ended is not None:
                assert document.period.earliest is not None
                if ended < document.period.earliest:
                    reported = quarter
        if meaning.anchor == DOCUMENT and meaning.period.precision in ("day", "week"):
            on_its_day = True
        resolved.append(meaning if counted else _open_interval(text, item, meaning))
    _years_from_partners(text, found, resolved, document)
    _clocks_on_their_dates(text, found, resolved)
    _link_ranges(text, found, resolved)
    return [
        _timex(i, text, item, r) for i, (item, r) in enumerate(zip(found, resolved, strict=True), 1)
    ]


def period_of(timex: Timex) -> Period:
    """The :class:`Period` a record timex describes (for comparisons and tests)."""
    return Period(timex.value, timex.precision, timex.earliest, timex.latest)
