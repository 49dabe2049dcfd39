"""Find candidate temporal expressions in text with the patterns of ``patterns.yaml``.

Why hand-written: no maintained Python library tags TIMEX3 expressions in
historical prose well. dateparser's ``search_dates`` finds dates in "we" and
"Friday Imams" and has no notion of seasons, decades, ranges or TIMEX3
values; ctparse, timexy and Microsoft's recognizers are unmaintained or
news/assistant oriented; HeidelTime and SUTime need Java. So the grammar is a
set of regular-expression templates kept as data (``data/patterns.yaml``),
expanded here with alternations built from the vocabulary, and run over the
raw text. Matching the text rather than spaCy tokens keeps the component
independent of the pipeline (it works on ``spacy.blank("en")``) and cheap.

A pattern's named groups carry what it found (``month``, ``year``, ``part``,
``num``, ``unit``, ...); :mod:`.normalize` turns them into values. Where
patterns overlap the longest match wins, so "June 19, 1981" beats "June 19"
and "1981".
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

from historiograph.extract.time.vocabulary import Vocabulary, fold, load_vocabulary, read_data

# Before an expression: not glued to a word, a currency sign or a number sign.
_GLUE = r"\w$#£€/:"
_LEFT_EDGE = rf"(?<![{_GLUE}])"
# A character an expression may start right after (see Starts); compiled as
# the patterns are, ignoring case, so that it agrees with their left edge.
_EDGE_BEFORE = re.compile(rf"[^{_GLUE}]", re.IGNORECASE)
# After it: not glued to a word, nor the rest of a number ("1,200", "3.5").
_RIGHT_EDGE = r"(?![\w/])(?![.,]\d)"
# a word with its inner and final full stops ("c.", "N.Y."), but not an
# ellipsis before it ("...Between 1961 and 1964" is "between")
_LEFT_WORD = re.compile(r"([\w'’]+(?:\.[\w'’]+)*\.?|[^\w\s])\s*$")
_RIGHT_WORD = re.compile(r"\s*([\w]+)")
# The dash between a timeline entry's year and what happened in it ("1854 - ...")
_TIMELINE_DASH = re.compile(r"[ \t]+[-\u2013\u2014][ \t]")
# How far back a pattern's ``reject_before`` looks (a date and its comma fit).
_REJECT_BEFORE_REACH = 40


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern: its name, kind, context rule and rejection rule."""

    name: str
    kind: str
    regex: re.Pattern[str]
    context: str | None
    reject_after: re.Pattern[str] | None
    priority: int
    # a template that must NOT match right before the expression (it ends there)
    reject_before: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    amount: float | None = None  # how many units it names when it writes no number
    # only in a text about other times than its own (see clues.reports_its_own_time)
    histories_only: bool = False
    # the characters a match can start with; None: it is tried everywhere
    first: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Candidate:
    """A match: the expression's span, the pattern that found it and its groups."""

    start: int
    end: int
    pattern: Pattern
    groups: dict[str, str]


def _alternation(words: object, *, case_sensitive: bool = False, dot: bool = False) -> str:
    """A regex alternation of words, longest first, spaces and apostrophes loose."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    escaped = []
    for word in items:
        body = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")
        escaped.append(body + (r"\.?" if dot and not word.endswith(".") else ""))
    alternation = "|".join(_by_first_letter(items, escaped))
    return f"(?-i:{alternation})" if case_sensitive else f"(?:{alternation})"


def _by_first_letter(words: list[str], alternatives: list[str]) -> list[str]:
    """The ``alternatives`` (one per word) gathered by their word's first letter, each
    group in its own order: the same matches, found faster.

    Ignoring case, the engine tries an alternation's words one by one, even those
    whose first letter differs from the text's; grouped, it tries one word per
    letter, and within the letter's group it factors out the shared letter. Only
    words of one first letter can match at a position, so the order in which they
    are tried, and hence the match, is unchanged. Words starting elsewhere than
    at an ASCII letter or digit (which other characters may fold to) stay as they are.
    """
    if not all(word[:1].isascii() and word[:1].isalnum() for word in words):
        return alternatives
    groups: dict[str, list[str]] = {}
    for word, alternative in zip(words, alternatives, strict=True):
        groups.setdefault(word[0].lower(), []).append(alternative)
    return [group[0] if len(group) == 1 else f"(?:{'|'.join(group)})" for group in groups.values()]


def _below_hundred_words(vocabulary: Vocabulary) -> str:
    """Number words from one to ninety-nine ("seven", "twelve", "twenty-five"),
    without the articles that also stand for one."""
    numbers = vocabulary.numbers
    tens = [w for w, n in numbers.items() if n in range(20, 100, 10)]
    units = [w for w, n in numbers.items() if n in range(1, 10) and len(w) > 2]
    below_hundred = [w for w, n in numbers.items() if 1 <= n < 100 and len(w) > 2 and " " not in w]
    return f"{_alternation(tens)}[\\s-]{_alternation(units)}|{_alternation(below_hundred)}"


def _number_words(vocabulary: Vocabulary) -> str:
    """Number words, including compounds ("twenty-five", "four hundred and fifty").

    A multiple of a hundred or a thousand comes first, so that "four hundred
    years" is read whole and not as "hundred years" after a stray "four".
    """
    numbers = vocabulary.numbers
    multipliers = _alternation(w for w, n in numbers.items() if n in (100, 1000) and " " not in w)
    small = _below_hundred_words(vocabulary)
    multiple = (
        f"(?:{small})[\\s-]{multipliers}(?:\\s+(?:and\\s+)?(?:{small})(?![\\s-]{multipliers}))?"
    )
    return f"{multiple}|{small}|{_alternation(numbers)}"


def _two_digit_words(vocabulary: Vocabulary) -> str:
    """Number words from ten to ninety-nine, compounds first ("ninety-six", "twelve"):
    the second half of a year read aloud."""
    numbers = vocabulary.numbers
    tens = [w for w, n in numbers.items() if n in range(20, 100, 10)]
    units = [w for w, n in numbers.items() if n in range(1, 10) and len(w) > 2]
    single = [w for w, n in numbers.items() if 10 <= n < 100 and " " not in w]
    return f"{_alternation(tens)}[\\s-]{_alternation(units)}|{_alternation(single)}"


def _season_in_name(seasons: Iterable[str], not_names: str) -> str:
    """What follows a season written capitalised inside a name: another capitalised word.

    "Marchers from Spring Street", "the Winter Palace", "the Summer Olympics":
    a capitalised season word before a capitalised word on the same line is
    part of a name, not a time, unless that word is a month or weekday or a
    noun the season dates (``not_names``): "the Spring Offensive" and "the
    Autumn Harvest Uprising" were fought in their season. A ``reject_after``
    template: it looks back at the season as written, so a lower-case one is
    never taken for a name.
    """
    written = "|".join(f"(?<={re.escape(s.capitalize())})" for s in seasons if " " not in s)
    return f"(?-i:(?:{written})[^\\S\\n]+(?!(?i:{not_names})\\b)[A-Z][a-z])"


def placeholders(vocabulary: Vocabulary) -> dict[str, str]:
    """What each ``{NAME}`` in a pattern template expands to."""
    raw_vocabulary: dict[str, Any] = read_data("vocabulary.yaml")
    v = vocabulary
    month = _alternation(raw_vocabulary["months"], case_sensitive=True)
    month_abbr = _alternation(raw_vocabulary["month_abbreviations"], case_sensitive=True, dot=True)
    weekday_names = list(raw_vocabulary["weekdays"])
    weekdays_plural = _alternation([w + "s" for w in weekday_names], case_sensitive=True)
    ordinal = _alternation(v.ordinals)

    def names(key: str) -> str:
        return _alternation(raw_vocabulary[key], case_sensitive=True)

    return {
        "MONTH": f"(?P<month>{month}|{month_abbr})",
        "MONTH_WORD": f"(?:{month}|{month_abbr})",
        "AFTER_MONTH_ABBREVIATION": "(?:"
        + "|".join(f"(?<={re.escape(a)})" for a in raw_vocabulary["month_abbreviations"])
        + ")",
        "WEEKDAY": f"(?P<weekday>{_alternation(weekday_names, case_sensitive=True)})",
        "WEEKDAYS": f"(?P<weekday>{weekdays_plural})",
        "HOLIDAY": f"(?P<holiday>{names('holidays')})",
        "ROMAN_DAY": f"(?P<romanday>{_alternation(v.roman_days)})",
        "MONTH_REFERENCE": f"(?P<monthref>{_alternation(v.month_references)})(?!\\w)",
        "DAY": r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
        "ORDDAY": (
            rf"(?:(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)|(?P<dayword>{ordinal}))"
        ),
        "YEAR": r"(?P<year>1\d{3}|20\d{2})(?!\d)",
        "ANYYEAR": r"(?P<year>\d{1,4})(?!\d)",
        "SPOKEN_YEAR": (
            f"(?P<spokenyear>{_alternation(v.spoken_year_hundreds)}\\s+(?:{_two_digit_words(v)}))"
        ),
        "ERA": f"(?P<era>{names('eras')})",
        "CALMARK": f"(?P<calmark>{names('calendar_markers')})",
        "CALNAME": f"(?P<calname>{names('calendar_names')})",
        "DECADE": r"(?P<decade>1\d{2}|20\d)0['’]?s",
        "DECADE2": r"['’](?P<decade2>\d)0['’]?s",
        "DECADEWORD": f"(?P<decadeword>{_alternation(v.decade_words)})",
        "CENTURY": rf"(?:(?P<century>\d{{1,2}})(?:st|nd|rd|th)|(?P<centuryword>{ordinal}))",
        "SEASON": f"(?P<season>{_alternation(v.seasons)})",
        "SEASON_NOUN": _alternation(raw_vocabulary["season_nouns"]),
        # "the summer palace": a season word classifying the noun after it
        "SEASON_AS_KIND": rf"(?:\s+|-){_alternation(raw_vocabulary['season_kind_nouns'])}\b",
        "SEASON_IN_NAME": _season_in_name(
            v.seasons,
            f"{month}|{month_abbr}|{_alternation(weekday_names)}|"
            + _alternation(raw_vocabulary["season_nouns"]),
        ),
        "PART": f"(?P<part>{_alternation(raw_vocabulary['parts'])})",
        "MONTH_WEEK": f"(?P<part>{_alternation(raw_vocabulary['month_weeks'])})",
        "HALF": f"(?P<half>{_alternation(v.halves)})",
        "QUARTER": r"(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)",
        "PMONTH": f"(?P<pmonth>{names('persian_months')})",
        "HMONTH": f"(?P<hmonth>{names('hijri_months')})",
        "NUM": rf"(?P<num>\d+(?:\.\d+)?|{_number_words(v)})",
        "NUMBER_WORD": f"(?:{_number_words(v)})",
        # "the year two thousand and one" in broadcast transcripts
        "THOUSAND_YEAR": (
            f"(?P<yearwords>(?:one|two)[\\s-]thousand"
            f"(?:\\s+(?:and\\s+)?(?:{_below_hundred_words(v)}))?)"
        ),
        "VAGUE": f"(?P<vague>{_alternation(v.vague_numbers)})",
        "UNIT": f"(?P<unit>{_alternation(v.units)})",
        # the smaller part of a compound duration ("four hours and 12 minutes")
        "NUM2": rf"(?P<num2>\d+(?:\.\d+)?|{_number_words(v)})",
        "UNIT2": f"(?P<unit2>{_alternation(v.units)})",
        "UNIT_SINGULAR": _alternation(u for u in v.units if not u.endswith("s")),
        "DET": f"(?P<det>{_alternation(raw_vocabulary['determiners'])})",
        "ARTICLE": f"(?P<det>{_alternation(raw_vocabulary['articles'])})",
        "DIR": f"(?P<dir>{_alternation(v.directions)})",
        "REF": f"(?P<ref>{_alternation(raw_vocabulary['reference_words'])})",
        "REF_ADJECTIVE": f"(?P<ref>{_alternation(raw_vocabulary['reference_adjectives'])})",
        "AFTER_MODAL": "(?:"
        + "|".join(f"(?<=\\b{re.escape(m)}\\s)" for m in raw_vocabulary["modal_verbs"])
        + ")",
        "REF_AFTER_MODAL": f"(?P<ref>{_alternation(raw_vocabulary['reference_after_modals'])})",
        "DAYPART": f"(?P<daypart>{_alternation(v.day_parts)})",
        # right after "the evening of ", "the small hours of "
        "AFTER_DAYPART_OF": "(?:"
        + "|".join(
            "(?<=\\b" + re.escape(part).replace("\\ ", "\\s") + "\\sof\\s)" for part in v.day_parts
        )
        + ")",
        # the hours in words, "one" to "twelve" ("eleven o'clock")
        "HOUR_WORD": _alternation(
            w for w, n in v.numbers.items() if w.isalpha() and n == int(n) and 1 <= n <= 12
        ),
        "CLOCK_PART": f"(?P<clockpart>{_alternation(v.clock_parts)})",
        "CLOCK_PART_WORD": _alternation(v.clock_parts),
        # a noun a part of the day only qualifies ("the evening news"), plural too
        "DAYPART_NOUN": f"(?:{_alternation(raw_vocabulary['day_part_nouns'])})(?:e?s)?\\b",
        "FREQ": f"(?P<freq>{_alternation(v.frequency_words)})",
        "SETQ": f"(?P<setq>{_alternation(v.set_quantifiers)})",
        "COUNT_NOUN": f"{_alternation(v.count_nouns)}\\b",
        "SCALE": _alternation(raw_vocabulary["scale_words"]),
    }


def _expand(template: str, names: dict[str, str]) -> str:
    return re.sub(r"\{([A-Z_0-9]+)\}", lambda m: names[m[1]], template)


# --- trying each pattern only where it can start ---------------------------------
#
# Python's regex engine tries a pattern at every position of the text, and a
# pattern that opens with a lookbehind (the left edge) pays for an assertion
# at each one: over a long text that is most of the tagger's time. But an
# expression starts only where the left edge holds, at a character its
# pattern's first token can begin with ("t" of "the", a digit, a capital of a
# month name). So each text's edge positions are indexed once by their
# character (:class:`Starts`), each pattern's possible first characters are
# read off its parsed regex once (:func:`_first_characters`), and the pattern
# is tried only at those positions, in order, resuming after each match as
# ``finditer`` does: the same matches, a fraction of the attempts.

_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_CATEGORY_CLASSES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


class _Unreadable(Exception):
    """A construct the first-character reading does not handle: the pattern runs everywhere."""


@dataclass
class _FirstMembers:
    """Members of the character classes a match can start with, by case rule."""

    ignoring_case: list[str] = field(default_factory=list)
    minding_case: list[str] = field(default_factory=list)

    def add(self, members: list[str], *, ignore_case: bool) -> None:
        (self.ignoring_case if ignore_case else self.minding_case).extend(members)


def _class_members(items: Any) -> list[str]:
    """A parsed character class as members of a written one; negated ones are unreadable."""
    members = []
    for op, argument in items:
        if op.name == "LITERAL":
            members.append(re.escape(chr(argument)))
        elif op.name == "RANGE":
            members.append(f"{re.escape(chr(argument[0]))}-{re.escape(chr(argument[1]))}")
        elif op.name == "CATEGORY" and argument.name in _CATEGORY_CLASSES:
            members.append(_CATEGORY_CLASSES[argument.name])
        else:
            raise _Unreadable(op.name)
    return members


def _first_members(items: Any, into: _FirstMembers, ignore_case: bool) -> bool:
    """Add to ``into`` what can start a match of the parsed ``items``.

    Returns whether the items can match the empty string (then what follows
    them can start the match too). Assertions are skipped: they consume
    nothing, so leaving them out only widens the set. ``(?-i:...)`` scopes
    (month names, which are capitalised) keep their case.
    """
    for op, argument in items:
        name = op.name
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            into.add([re.escape(chr(argument))], ignore_case=ignore_case)
            return False
        if name == "IN":
            into.add(_class_members(argument), ignore_case=ignore_case)
            return False
        if name == "BRANCH":
            empty = False
            for alternative in argument[1]:
                empty |= _first_members(alternative, into, ignore_case)
            if not empty:
                return False
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = argument
            scoped = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE
            )
            if not _first_members(sub, into, scoped):
                return False
        elif name in _REPEATS:
            if not _first_members(argument[2], into, ignore_case) and argument[0] > 0:
                return False
        else:
            raise _Unreadable(name)
    return True


def _first_characters(regex: str) -> re.Pattern[str] | None:
    """A regex matching the first character of every match of ``regex``, or None if unsure.

    Read off the pattern as Python's own parser parses it (``re._parser``,
    present since 3.11); a pattern it cannot read, or one that can match the
    empty string, gets None and is tried everywhere. ``regex`` is compiled
    ignoring case, and so is the class of its first characters, so that case
    folds ("K" for the Kelvin sign) agree.
    """
    try:
        parser = importlib.import_module("re._parser")
        members = _FirstMembers()
        if _first_members(parser.parse(regex, re.IGNORECASE).data, members, True):
            return None
    except (ImportError, AttributeError, _Unreadable):
        return None
    classes = []
    if members.ignoring_case:
        classes.append("[" + "".join(dict.fromkeys(members.ignoring_case)) + "]")
    if members.minding_case:
        classes.append("(?-i:[" + "".join(dict.fromkeys(members.minding_case)) + "])")
    return re.compile("|".join(classes), re.IGNORECASE)


class Starts:
    """Where in one text an expression may start (the left edge holds), by character."""

    def __init__(self, text: str) -> None:
        self._by_character: dict[str, list[int]] = {}
        positions = [0] if text else []
        positions += [m.end() for m in _EDGE_BEFORE.finditer(text) if m.end() < len(text)]
        for position in positions:
            self._by_character.setdefault(text[position], []).append(position)
        self._positions_for: dict[str, list[int]] = {}

    def of(self, first: re.Pattern[str]) -> list[int]:
        """The positions, in order, whose character ``first`` matches (cached by its regex)."""
        found = self._positions_for.get(first.pattern)
        if found is None:
            lists = [p for c, p in self._by_character.items() if first.match(c) is not None]
            found = self._positions_for[first.pattern] = sorted(chain.from_iterable(lists))
        return found


def matches(pattern: Pattern, text: str, starts: Starts) -> Iterator[re.Match[str]]:
    """``pattern.regex.finditer(text)``, tried only at the positions it can start at.

    The regex is tried at each possible start from the end of the last match
    on, which is what ``finditer`` does at every position: elsewhere it
    cannot match (its left edge or first character fails), and every match
    is nonempty (patterns that can match empty have no ``first`` and run
    everywhere), so the matches are the same.
    """
    if pattern.first is None:
        yield from pattern.regex.finditer(text)
        return
    match_at = pattern.regex.match
    end = 0
    for position in starts.of(pattern.first):
        if position >= end and (match := match_at(text, position)) is not None:
            end = match.end()
            yield match


@lru_cache(maxsize=1)
def load_patterns() -> tuple[Pattern, ...]:
    """Compile ``patterns.yaml`` once per process."""
    names = placeholders(load_vocabulary())
    patterns = []
    for priority, entry in enumerate(read_data("patterns.yaml")["patterns"]):
        body = _expand(entry["regex"], names)
        reject = entry.get("reject_after")
        reject_before = entry.get("reject_before")
        full_body = f"(?:{body})" + _RIGHT_EDGE
        patterns.append(
            Pattern(
                name=entry["name"],
                kind=entry["kind"],
                regex=re.compile(_LEFT_EDGE + full_body, re.IGNORECASE),
                first=_first_characters(full_body),
                context=entry.get("context"),
                reject_after=re.compile(_expand(reject, names), re.IGNORECASE) if reject else None,
                priority=priority,
                requires=re.compile(_expand(entry["requires"], names), re.IGNORECASE)
                if "requires" in entry
                else None,
                amount=entry.get("amount"),
                histories_only=entry.get("histories_only", False),
                reject_before=re.compile(f"(?:{_expand(reject_before, names)})$", re.IGNORECASE)
                if reject_before
                else None,
            )
        )
    return tuple(patterns)


def left_word(text: str, start: int) -> str:
    """The word (or punctuation mark) right before ``start``, folded; "" at the start."""
    match = _LEFT_WORD.search(text, max(0, start - 40), start)
    return fold(match[1]) if match else ""


def right_word(text: str, end: int) -> str:
    """The word right after ``end``, folded; "" if none."""
    match = _RIGHT_WORD.match(text, end)
    return fold(match[1]) if match else ""


def _starts_a_line(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and a line break (a heading "1972 election")."""
    line_start = text.rfind("\n", 0, start) + 1
    return line_start > 0 and not text[line_start:start].strip()


def _opens_a_timeline(text: str, start: int, end: int) -> bool:
    """Whether a year opens the text as a timeline's first entry ("1854 - Said Pasha
    grants a concession."): a later line's year is taken by :func:`_starts_a_line`,
    the first one only with the entry's dash after it."""
    return not text[:start].strip() and _TIMELINE_DASH.match(text, end) is not None


def _starts_a_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence: text start, a line break or ". " before it."""
    before = text[max(0, start - 8) : start].rstrip(" \t\"'“‘")
    if not before:  # nothing but spaces and quotes: the text's start, if near
        return start <= 8
    return before[-1] in ".!?\n"


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_GAME_WORD = re.compile(r"[\w'-]+")
# a final score ("38-35", "3–1"), which a verb or noun of winning or losing
# at most four words before makes a game's
_GAME_SCORE = re.compile(r"(?<![\d.,-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,-]\d)")
_SCORE_REACH = 4


@lru_cache(maxsize=1)
def _sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` begins after the first, in order.

    Computed once per text (the scan asks about one text many times): finding
    the last break before each candidate anew would cost the whole text's
    length per candidate, quadratic on a long document.
    """
    return [m.end() for m in _SENTENCE_BREAK.finditer(text)]


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]``."""
    starts = _sentence_starts(text)
    first = starts[bisect_right(starts, start) - 1] if starts and starts[0] <= start else 0
    after = _SENTENCE_BREAK.search(text, end)
    return text[first : after.start() if after else len(text)]


def _tells_of_business(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Whether the sentence around ``text[start:end]`` tells of money or output
    ("profit in the first half"), where a half named alone is a half year."""
    sentence = _sentence_around(text, start, end)
    return "%" in sentence or any(
        fold(w) in vocabulary.business_words for w in _GAME_WORD.findall(sentence)
    )


def _tells_a_game(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Whether the sentence around ``text[start:end]`` tells a game: a word of play
    ("scored", "touchdown") or a final score after a verb of winning ("beat the
    Eagles 38-35"), where a quarter or half is a part of the match, not of a year."""
    sentence = _sentence_around(text, start, end)
    if any(fold(w) in vocabulary.game_words for w in _GAME_WORD.findall(sentence)):
        return True
    for score in _GAME_SCORE.finditer(sentence):
        before = _GAME_WORD.findall(sentence, 0, score.start())[-_SCORE_REACH:]
        if any(fold(w) in vocabulary.game_result_verbs for w in before):
            return True
    return False


def _year_opening_a_clause(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """Whether ``text[start:end]`` is a year after a preposition that opens a clause.

    "In 1666 soldiers from several states arrived": the clause needs a time
    after its opening "In", so the number is the year, though a count noun
    follows; "2000 soldiers were deployed" (no preposition) and "fought in
    1200 villages" (mid-clause) stay counts.
    """
    number = text[start:end]
    first, last = vocabulary.clause_year_range
    if not (len(number) == 4 and number.isdigit() and first <= int(number) <= last):
        return False
    preposition = left_word(text, start)
    if preposition not in vocabulary.clause_year_prepositions:
        return False
    opening = len(text[:start].rstrip()) - len(preposition)
    before = text[:opening].rstrip()
    return (
        _starts_a_sentence(text, opening)
        or before[-1:] in (",", ";", ":")
        or left_word(text, opening) in vocabulary.verb_coordinators
    )


def _accept(
    text: str,
    start: int,
    end: int,
    pattern: Pattern,
    vocabulary: Vocabulary,
    groups: dict[str, str],
) -> bool:
    """Context rules: a bare number must read as a time where it stands.

    A number before a count noun ("2023 soldiers") is a count, unless it is the
    year of a month right before it ("On 26 July 2023 soldiers ...", "in May
    2004 fighters ..."): a month leaves no other reading for the year that
    follows it. A comma between them may end the month's phrase ("In May,
    2000 soldiers marched"), so there the day must be named too. A year after
    a preposition opening a clause is one too (:func:`_year_opening_a_clause`).
    """
    before = left_word(text, start)
    # "no. 1140" names a number, "c. 1140" a year: the word as written is looked
    # up before its abbreviation's stem. Glued to the number, "c.1998" is a wire
    # story's copyright line, not an approximate year.
    spaced = text[start - 1 : start].isspace()
    names_a_number = before in vocabulary.non_time_left or (
        (not spaced or before not in vocabulary.year_contexts)
        and before.rstrip(".") in vocabulary.non_time_left
    )
    if names_a_number and text[start:end].isdigit():
        return False
    has_day = "day" in groups or "dayword" in groups
    dated_year = "month" in groups and "year" in groups and (has_day or "," not in text[start:end])
    if (
        text[end - 1 : end].isdigit()
        and not dated_year
        and not _year_opening_a_clause(text, start, end, vocabulary)
    ):
        counted = right_word(text, end)
        # "the famine of 1876-78 killed millions": a year closing a range is
        # no count of the dead, as a number alone before "killed" may be
        if counted in vocabulary.count_nouns or (
            text[start:end].isdigit()
            and counted in vocabulary.count_participles
            and "yearend" not in groups
        ):
            return False
    if pattern.reject_after is not None and pattern.reject_after.match(text, end):
        return False
    if pattern.reject_before is not None and pattern.reject_before.search(
        text, max(0, start - _REJECT_BEFORE_REACH), start
    ):
        return False
    if pattern.context == "year":
        return (
            before in vocabulary.year_contexts
            or _starts_a_line(text, start)
            or _opens_a_timeline(text, start, end)
            or any(text.startswith(follow, end) for follow in vocabulary.year_right_contexts)
        )
    if pattern.context == "month":
        return before in vocabulary.month_contexts
    if pattern.context == "early_year":
        return before in vocabulary.early_year_contexts
    if pattern.context == "sentence_start":
        return _starts_a_sentence(text, start)
    if pattern.context == "outside_a_game":
        return not _tells_a_game(text, start, end, vocabulary)
    if pattern.context == "business":
        return _tells_of_business(text, start, end, vocabulary) and not _tells_a_game(
            text, start, end, vocabulary
        )
    if pattern.context == "sentence_year":
        follower = "," if text.startswith(",", end) else right_word(text, end)
        return _starts_a_sentence(text, start) and follower in vocabulary.sentence_year_followers
    return True


def scan(text: str) -> list[Candidate]:
    """All accepted pattern matches, overlaps resolved (longest first), in text order."""
    vocabulary = load_vocabulary()
    found: list[Candidate] = []
    present: dict[str, bool] = {}
    starts = Starts(text)
    for pattern in load_patterns():
        if pattern.requires is not None:
            key = pattern.requires.pattern
            if key not in present:
                present[key] = pattern.requires.search(text) is not None
            if not present[key]:
                continue
        for match in matches(pattern, text, starts):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            start, end = match.span("tx") if "tx" in groups else match.span()
            if start == end or not _accept(text, start, end, pattern, vocabulary, groups):
                continue
            found.append(Candidate(start, end, pattern, groups))
    found.sort(key=lambda c: (c.start - c.end, c.pattern.priority, c.start))
    taken = bytearray(len(text))
    chosen: list[Candidate] = []
    for candidate in found:
        if taken.find(1, candidate.start, candidate.end) == -1:
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen
