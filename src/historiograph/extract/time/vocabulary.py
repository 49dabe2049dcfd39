"""The tagger's vocabulary: month names, modifiers, units, ..., read from YAML.

Every word the tagger recognises lives in ``data/vocabulary.yaml`` so that a
new romanisation of a Persian month or a new approximation word is a data
change, not a code change. This module only gives the file a typed shape;
lookups are case-insensitive (keys are folded with :func:`fold`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

DATA_PACKAGE = "historiograph.extract.time.data"


@lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """The lookup key of a word: lower case, single spaces, straight apostrophes.

    Cached: the tense clues fold every word of a clause around each
    expression, and prose repeats its words.
    """
    return " ".join(word.replace("’", "'").lower().split())


@dataclass(frozen=True)
class Season:
    """A season's TIMEX3 code and its (month, day) start and end."""

    code: str
    start: tuple[int, int]
    end: tuple[int, int]


@dataclass(frozen=True)
class Holiday:
    """How to find a holiday's day in a year (see ``holidays`` in vocabulary.yaml)."""

    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    first: int = 1  # the day of the month the nth weekday is counted from
    easter: int | None = None
    persian: tuple[int, int] | None = None
    hijri: tuple[int, int] | None = None  # a month and day of the lunar Hijri year


@dataclass(frozen=True)
class Unit:
    """A unit of time: TIMEX3 duration code, how many it counts, and its precision.

    ``whole`` is the code a whole number of the unit is valued in when TIMEX3
    has one of its own (DE, CE); ``code`` and ``count`` then serve fractions
    and date arithmetic, which work in years.
    """

    code: str
    count: int
    time: bool
    precision: str | None
    whole: str | None = None


@dataclass(frozen=True)
class Part:
    """A part of a period ("early", "the end of"): TIMEX3 mod and fraction covered.

    ``mod`` is None for a part that narrows the interval without TimeML marking
    it ("later this month" is the month, its second half the likelier time).
    """

    mod: str | None
    low: float
    high: float


@dataclass(frozen=True)
class Shift:
    """A determiner or direction: how many units it moves and what it counts from."""

    amount: int
    anchor: str  # "document", "narrative", "current" or "mention" (see normalize.Context.pick)


@dataclass(frozen=True)
class CountedFrom:
    """How a duration is counted from a date after it ("three weeks after the election
    of 4 March 1990"): the direction words, and the event's noun phrase between."""

    directions: dict[str, int]  # "after": 1, "before": -1
    determiners: frozenset[str]  # what opens the event's noun phrase ("the", "his")
    prepositions: frozenset[str]  # what closes it, before the date ("of", "on")
    words: int  # the most words between the two


@dataclass(frozen=True)
class OpenInterval:
    """A word that opens an interval on the timex after it ("since", "until")."""

    side: str  # "start", "after", "end" or "before"
    mod: str | None
    narrates: bool = True  # whether the timex after it sets the narrative time
    # whether what it opens has begun ("since"): a bare weekday or month after it
    # is the last one, whatever the clause's tense ("closed since Sunday will reopen")
    begun: bool = False
    # which way a bare weekday after it lies from the reference day: -1 the
    # last one before it ("since Tuesday"), 1 the next one after it ("until
    # Friday"), 0 as the clause's tense says
    weekday: int = 0


@dataclass(frozen=True)
class ReferenceWord:
    """A fixed word ("yesterday", "now"): a day offset, or a fixed TIMEX3 value.

    ``in_history`` is its value in a text about other times than its own.
    """

    days: int | None
    value: str | None
    time: str | None
    in_history: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    """Everything in ``vocabulary.yaml``, keyed by :func:`fold`-ed words."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    holidays: dict[str, Holiday]
    seasons: dict[str, Season]
    persian_months: dict[str, int]
    hijri_months: dict[str, int]
    eras: dict[str, int]
    calendar_markers: dict[str, str]
    calendar_names: dict[str, str]
    julian_markers: tuple[str, ...]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    # the Roman calendar's fixed days: (day in most months, day in the long ones)
    roman_days: dict[str, tuple[int, int]]
    roman_long_months: frozenset[int]
    month_references: dict[str, int]
    decade_words: dict[str, int]
    units: dict[str, Unit]
    parts: dict[str, Part]
    halves: dict[str, str]  # a year's half by its TIMEX3 code (H1, H2)
    coarse_halves: dict[str, Part]  # the same halves of a decade or century, as mods
    approximations: dict[str, str]
    trailing_approximations: dict[str, str]
    date_approximations: frozenset[str]
    prepositional_approximations: frozenset[str]
    quantity_lead_ins: frozenset[str]
    open_intervals: dict[str, OpenInterval]
    range_connectors: frozenset[str]
    forward_openers: frozenset[str]
    parts_beside_the_story: frozenset[str]
    comparison_words: frozenset[str]
    stretch_ends: frozenset[str]
    stretch_end_words: int
    origin_phrases: frozenset[str]
    counted_from: CountedFrom
    range_openers: frozenset[str]
    determiners: dict[str, Shift]  # with articles
    directions: dict[str, Shift]
    # with reference_adjectives and reference_after_modals
    reference_words: dict[str, ReferenceWord]
    day_parts: dict[str, str]
    clock_parts: dict[str, str]
    spoken_year_hundreds: dict[str, int]
    frequency_words: dict[str, str]
    set_quantifiers: tuple[str, ...]
    year_contexts: frozenset[str]
    month_contexts: frozenset[str]
    early_year_contexts: frozenset[str]
    sentence_year_followers: frozenset[str]
    year_right_contexts: tuple[str, ...]
    naming_determiners: frozenset[str]
    naming_breakers: frozenset[str]
    # "the course of 1991": a stretch of time, with the units, parts, halves
    # and seasons, before "of" and a year (see tagger._names_a_thing)
    time_nouns_before_of: frozenset[str]
    count_nouns: frozenset[str]
    count_participles: frozenset[str]
    clause_year_prepositions: frozenset[str]
    clause_year_range: tuple[int, int]  # first and last year, inclusive
    non_time_left: frozenset[str]
    future_markers: tuple[str, ...]
    past_markers: frozenset[str]
    not_past_ed: frozenset[str]
    not_past_after: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    last_decade_words: frozenset[str]
    reporting_verbs: frozenset[str]
    perfect_participles: frozenset[str]
    perfect_adverbs: frozenset[str]
    relative_pronouns: frozenset[str]
    content_clause_openers: frozenset[str]
    verb_coordinators: frozenset[str]
    game_words: frozenset[str]
    game_result_verbs: frozenset[str]
    business_words: frozenset[str]
    own_time_years: int
    dateline_lag_days: int
    flashback_reach_days: int
    leap_resume_days: int
    telling_lag_days: int
    distant_years: int
    turn_of_year_months: int
    other_time_min_years: int

    def month_number(self, name: str) -> int:
        """The month (1-12) a full or abbreviated month name stands for."""
        key = fold(name).rstrip(".")
        return self.months.get(key) or self.month_abbreviations[key]


def _folded(mapping: dict[str, Any]) -> dict[str, Any]:
    return {fold(str(key)): value for key, value in mapping.items()}


def read_data(name: str) -> Any:
    """Parse one YAML file of the package's ``data`` folder."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Read ``vocabulary.yaml`` once per process."""
    raw: dict[str, Any] = read_data("vocabulary.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in raw[key])

    return Vocabulary(
        months=_folded(raw["months"]),
        month_abbreviations=_folded(raw["month_abbreviations"]),
        weekdays=_folded(raw["weekdays"]),
        holidays={
            fold(k): Holiday(
                v.get("month"),
                v.get("day"),
                v.get("weekday"),
                v.get("nth"),
                v.get("from", 1),
                v.get("easter"),
                tuple(v["persian"]) if "persian" in v else None,
                tuple(v["hijri"]) if "hijri" in v else None,
            )
            for k, v in raw["holidays"].items()
        },
        seasons={
            fold(k): Season(v["code"], (v["start"][0], v["start"][1]), (v["end"][0], v["end"][1]))
            for k, v in raw["seasons"].items()
        },
        persian_months=_folded(raw["persian_months"]),
        hijri_months=_folded(raw["hijri_months"]),
        eras=_folded(raw["eras"]),
        calendar_markers=_folded(raw["calendar_markers"]),
        calendar_names=_folded(raw["calendar_names"]),
        julian_markers=tuple(raw["julian_markers"]),
        numbers=_folded(raw["numbers"]),
        vague_numbers=tuple(fold(w) for w in raw["vague_numbers"]),
        ordinals=_folded(raw["ordinals"]),
        roman_days={fold(k): (int(v[0]), int(v[1])) for k, v in raw["roman_days"].items()},
        roman_long_months=frozenset(raw["roman_long_months"]),
        month_references={fold(k): int(v) for k, v in raw["month_references"].items()},
        decade_words=_folded(raw["decade_words"]),
        units={
            fold(k): Unit(
                v["code"], v["count"], bool(v.get("time")), v.get("precision"), v.get("whole")
            )
            for k, v in raw["units"].items()
        },
        parts={
            fold(k): Part(v["mod"], *v["range"])
            for k, v in (raw["parts"] | raw["month_weeks"]).items()
        },
        halves={fold(k): v["code"] for k, v in raw["halves"].items()},
        coarse_halves={fold(k): Part(v["mod"], *v["range"]) for k, v in raw["halves"].items()},
        approximations=_folded(raw["approximations"]),
        trailing_approximations=_folded(raw["trailing_approximations"]),
        date_approximations=words("date_approximations"),
        prepositional_approximations=words("prepositional_approximations"),
        quantity_lead_ins=words("quantity_lead_ins"),
        open_intervals={
            fold(k): OpenInterval(
                v["side"],
                v["mod"],
                v.get("narrates", True),
                v.get("begun", False),
                v.get("weekday", 0),
            )
            for k, v in raw["open_intervals"].items()
        },
        range_connectors=words("range_connectors"),
        forward_openers=words("forward_openers"),
        parts_beside_the_story=words("parts_beside_the_story"),
        comparison_words=words("comparison_words"),
        stretch_ends=words("stretch_ends"),
        stretch_end_words=int(raw["stretch_end_words"]),
        origin_phrases=words("origin_phrases"),
        counted_from=CountedFrom(
            _folded(raw["counted_from"]["directions"]),
            frozenset(fold(w) for w in raw["counted_from"]["determiners"]),
            frozenset(fold(w) for w in raw["counted_from"]["prepositions"]),
            raw["counted_from"]["words"],
        ),
        range_openers=words("range_openers"),
        determiners={
            fold(k): Shift(v["shift"], v["anchor"])
            for k, v in (raw["determiners"] | raw["articles"]).items()
        },
        directions={fold(k): Shift(v["sign"], v["anchor"]) for k, v in raw["directions"].items()},
        reference_words={
            fold(k): ReferenceWord(
                v.get("days"), v.get("value"), v.get("time"), v.get("in_history")
            )
            for k, v in (
                raw["reference_words"] | raw["reference_adjectives"] | raw["reference_after_modals"]
            ).items()
        },
        day_parts=_folded(raw["day_parts"]),
        clock_parts=_folded(raw["clock_parts"]),
        spoken_year_hundreds=_folded(raw["spoken_year_hundreds"]),
        frequency_words=_folded(raw["frequency_words"]),
        set_quantifiers=tuple(fold(w) for w in raw["set_quantifiers"]),
        year_contexts=words("year_contexts"),
        month_contexts=words("month_contexts"),
        early_year_contexts=words("early_year_contexts"),
        sentence_year_followers=words("sentence_year_followers"),
        year_right_contexts=tuple(raw["year_right_contexts"]),
        naming_determiners=words("naming_determiners"),
        naming_breakers=words("naming_breakers"),
        time_nouns_before_of=words("time_nouns_before_of")
        | {fold(w) for key in ("units", "parts", "halves", "seasons") for w in raw[key]},
        count_nouns=words("count_nouns"),
        count_participles=words("count_participles"),
        clause_year_prepositions=words("clause_year_prepositions"),
        clause_year_range=(int(raw["clause_year_range"][0]), int(raw["clause_year_range"][1])),
        non_time_left=words("non_time_left"),
        future_markers=tuple(fold(w) for w in raw["future_markers"]),
        past_markers=words("past_markers"),
        not_past_ed=words("not_past_ed"),
        not_past_after=words("not_past_after"),
        perfect_auxiliaries=words("perfect_auxiliaries"),
        last_decade_words=words("last_decade_words"),
        reporting_verbs=words("reporting_verbs"),
        perfect_participles=words("perfect_participles"),
        perfect_adverbs=words("perfect_adverbs"),
        relative_pronouns=words("relative_pronouns"),
        content_clause_openers=words("content_clause_openers"),
        verb_coordinators=words("verb_coordinators"),
        game_words=words("game_words"),
        game_result_verbs=words("game_result_verbs"),
        business_words=words("business_words"),
        own_time_years=int(raw["own_time_years"]),
        dateline_lag_days=int(raw["dateline_lag_days"]),
        flashback_reach_days=int(raw["flashback_reach_days"]),
        leap_resume_days=int(raw["leap_resume_days"]),
        telling_lag_days=int(raw["telling_lag_days"]),
        distant_years=int(raw["distant_years"]),
        turn_of_year_months=int(raw["turn_of_year_months"]),
        other_time_min_years=int(raw["other_time_min_years"]),
    )
