"""Clues from around an expression that decide which way a bare name points.

A weekday or a month named without a year ("on Tuesday", "in December") is
one of two occurrences: the last one or the next one. News decides by the
verb ("the king met him Monday" / "will meet Bush on Thursday"), so
:func:`tense` reads the clause around the expression for a future marker
("will", "is scheduled to", ...) or a past-tense verb. The tagger matches raw
text (no parser), so the markers are words kept in ``vocabulary.yaml``, and
past tense is recognised by those words or by the regular ``-ed`` ending.

A text can also be about its own time (a news report, whose dates cluster
around its document date) or about another time (a history written decades
later): :func:`reports_its_own_time` tells which, so that a month named
without a year follows the document date in the one and the narrative in
the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from historiograph.extract.time.vocabulary import fold, load_vocabulary

FUTURE = 1
PAST = -1
UNKNOWN = 0

# A clause ends at sentence punctuation, a semicolon, a colon or a line break.
_CLAUSE_END = re.compile(r"[.;:!?\n]\s")
_WORD = re.compile(r"[A-Za-z']+")
# What may stand between a telling verb and the day it dates ("said on Sunday").
_TELLING_DAY = re.compile(r"\s+(?:on\s+)?")
# How far to look for the governing verb on either side (characters).
_REACH = 90


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    vocabulary = load_vocabulary()
    phrases = sorted(vocabulary.future_markers, key=len, reverse=True)
    future = re.compile(
        r"(?<![\w'])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b",
        re.IGNORECASE,
    )
    return future, vocabulary.past_markers, vocabulary.not_past_ed, vocabulary.not_past_after


@lru_cache(maxsize=1)
def _relative_clauses() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A relative clause between commas (``closed``) and one still open at the end
    of a stretch of text (``opened``): ", which had held out for nine weeks,"."""
    pronouns = "|".join(sorted(load_vocabulary().relative_pronouns))
    closed = re.compile(rf",\s+(?:{pronouns})\b[^,]*,", re.IGNORECASE)
    opened = re.compile(rf",\s+(?:{pronouns})\b[^,]*$", re.IGNORECASE)
    return closed, opened


@lru_cache(maxsize=1)
def _reporting_tail() -> re.Pattern[str]:
    """A sentence's closing attribution (", forecasters said.", ", the ministry
    reported."): the telling, which says nothing of the tense of what is told."""
    verbs = "|".join(sorted(load_vocabulary().reporting_verbs))
    closing = "[.!?\"'\u201d]*"
    return re.compile(rf",\s+(?:[\w'.-]+\s+){{0,4}}(?:{verbs}){closing}\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _content_clause() -> re.Pattern[str]:
    """A word opening a content clause ("wrote in 1824 that ..."), which ends the clause."""
    words = "|".join(sorted(load_vocabulary().content_clause_openers))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause around ``[start, end)`` (at most ``_REACH`` each side): before, after.

    A relative clause set off by commas belongs to its noun, not to the
    clause the expression dates: in "In August the force, which had sailed
    from France, landed" the verb of August is "landed", so the relative
    clause is left out. Where the expression stands inside one ("the force,
    which had sailed in August, landed"), its clause ends at the next comma.
    """
    left = text[max(0, start - _REACH) : start]
    boundaries = list(_CLAUSE_END.finditer(left))
    if boundaries:
        left = left[boundaries[-1].end() :]
    right = text[end : end + _REACH]
    boundary = _CLAUSE_END.search(right)
    if boundary is not None:
        right = right[: boundary.start()]
    if _nearest(left, from_end=True) is not None:
        # "is expected to last until Sunday, forecasters said.": the verb
        # before the day is the one that dates it
        right = _reporting_tail().sub("", right)
        # "wrote from Lima in early 1824 that the army would need six months":
        # a content clause after the expression tells what was written, its
        # verb not the one that dates the expression
        right = _content_clause().split(right, 1)[0]
    closed, opened = _relative_clauses()
    if opened.search(left):
        return left, right.split(",", 1)[0]
    return closed.sub("", left), opened.sub("", closed.sub("", right))


def _nearest(side: str, *, from_end: bool) -> tuple[int, int] | None:
    """(distance, tense) of the marker nearest the expression on one side."""
    future, past_words, not_past, not_past_after = _markers()
    found: list[tuple[int, int]] = []
    covered: set[int] = set()  # "scheduled" in "is scheduled to" is no past tense
    for match in future.finditer(side):
        # "had previously been scheduled to expire Friday": a plan already
        # past, told in the past perfect
        planned_before = _perfect_passive_before(side[: match.start()])
        place = len(side) - match.end() if from_end else match.start()
        found.append((place, PAST if planned_before else FUTURE))
        covered.update(range(match.start(), match.end()))
    before: list[str] = []  # the words so far, adverbs left out
    for match in _WORD.finditer(side):
        word = fold(match[0])
        # "a still unspecified date", "would be paid": an adjective or a passive
        non_finite = bool(before) and before[-1] in not_past_after
        if not _skippable(word):
            before.append(word)
        if match.start() in covered or non_finite:
            continue
        if word in past_words or (len(word) > 4 and word.endswith("ed") and word not in not_past):
            found.append((len(side) - match.end() if from_end else match.start(), PAST))
    return min(found) if found else None


def tense(text: str, start: int, end: int) -> int:
    """FUTURE, PAST or UNKNOWN: the tense of the verb nearest the expression in its clause.

    The nearest marker stands for the governing verb: in "Paribas said Monday
    that it intends to bid" the weekday goes with "said", not "intends".
    """
    left, right = _clause(text, start, end)
    sides = [_nearest(left, from_end=True), _nearest(right, from_end=False)]
    found = [s for s in sides if s is not None]
    return min(found)[1] if found else UNKNOWN


def done_before(text: str, start: int, end: int) -> bool:
    """Whether the verb before the expression in its clause tells a past act, not a telling.

    "Fighting broke out on Saturday" and "the vote was held at 9 p.m. Saturday"
    date a deed gone by: the last such weekday, even one six days back, as
    "said on Saturday" dates a telling gone by. "said the talks resume on
    Saturday" says nothing of which way the talks lie, nor does a past tense
    shifted back in reported speech ("forecasters said more snow was on the
    way Friday"), a past verb of an earlier conjunct ("has found work and I am
    to start on Monday") or a verb after the expression, unless the expression
    opens its clause ("On Friday, the government paid the teachers").
    """
    left, right = _clause(text, start, end)
    nearest = _nearest(left, from_end=True)
    if nearest is None and _fronted(left):
        # "On Friday, the government paid the teachers": a day put before its
        # clause dates the clause's verb, a deed gone by where that is past
        after = _nearest(right, from_end=False)
        return after is not None and after[1] == PAST
    if nearest is None or nearest[1] != PAST:
        return False
    verb_end = len(left) - nearest[0]
    words = [(m.end(), fold(m[0])) for m in _WORD.finditer(left)]
    vocabulary = load_vocabulary()
    told = vocabulary.reporting_verbs
    if _TELLING_DAY.fullmatch(left, verb_end):  # "said on Saturday": the telling itself
        return True
    between = {word for place, word in words if place > verb_end}
    before = {word for place, word in words if place <= verb_end}
    return not (between & vocabulary.verb_coordinators or before & told)


def _fronted(left: str) -> bool:
    """Whether the clause before an expression holds at most the word "on": the
    expression opens its sentence or clause ("On Friday, ...", "Friday, ...")."""
    words = [fold(m[0]) for m in _WORD.finditer(left)]
    return words in ([], ["on"])


def opens_a_clause(text: str, start: int, end: int) -> bool:
    """Whether a verb with its own subject stands in ``text[start:end]``.

    "questioned in the summer of 2016, a month after the fire of 3 June"
    names the day in the phrase that the year dates, and "and released in
    December" goes on with the same subject; in "a program approved in 1987 that did
    not say how many, Nashua had bought shares through Sept. 29" the day
    belongs to a new clause, which the aside's year does not date. A verb
    (past or future, as :func:`tense` reads them) right after a coordinating
    conjunction is taken to share the subject before it.
    """
    future, past_words, not_past, not_past_after = _markers()
    side = text[start:end]
    if future.search(side):
        return True
    coordinators = load_vocabulary().verb_coordinators
    before: list[str] = []
    for match in _WORD.finditer(side):
        word = fold(match[0])
        previous = before[-1] if before else ""
        if not _skippable(word):
            before.append(word)
        if previous in not_past_after or previous in coordinators:
            continue
        if word in past_words or (len(word) > 4 and word.endswith("ed") and word not in not_past):
            return True
    return False


def _perfect_passive_before(side: str) -> bool:
    """Whether ``side`` ends in a past perfect passive's auxiliaries ("had been")."""
    words = [w for w in (fold(m[0]) for m in _WORD.finditer(side)) if not _skippable(w)]
    auxiliaries = load_vocabulary().perfect_auxiliaries
    return len(words) >= 2 and words[-1] == "been" and words[-2] in auxiliaries


def _participle(word: str) -> bool:
    """Whether a folded word can be the participle of a past perfect."""
    vocabulary = load_vocabulary()
    return (
        word in vocabulary.perfect_participles
        or word in vocabulary.past_markers
        or (len(word) > 4 and word.endswith("ed") and word not in vocabulary.not_past_ed)
    )


def _skippable(word: str) -> bool:
    """An adverb that may stand inside a verb group ("had already taken", "had quickly")."""
    return word in load_vocabulary().perfect_adverbs or (len(word) > 4 and word.endswith("ly"))


def _perfect_at(words: list[str], index: int) -> bool:
    """Whether the verb word at ``index`` belongs to a past perfect ("had taken").

    "had" itself is a perfect only when a participle follows it; "had a
    garrison" and "had to retreat" are not.
    """
    auxiliaries = load_vocabulary().perfect_auxiliaries
    if words[index] in auxiliaries:
        following = [w for w in words[index + 1 :] if not _skippable(w)]
        return bool(following) and _participle(following[0])
    before = [w for w in words[:index] if not _skippable(w)]
    if before[-1:] == ["been"]:  # the passive "had been reinforced"
        before.pop()
    return bool(before) and before[-1] in auxiliaries


def _verb_index(words: list[str], order: range) -> int | None:
    """The first word in ``order`` that is a verb of the kind :func:`tense` reads."""
    auxiliaries = load_vocabulary().perfect_auxiliaries
    for index in order:
        word = words[index]
        if not _skippable(word) and (word in auxiliaries or _participle(word)):
            return index
    return None


def past_perfect(text: str, start: int, end: int, *, before_only: bool = False) -> bool:
    """Whether the verb nearest the expression in its clause is a past perfect.

    "the provinces it had lost in 1645" and "in December his engineers had
    tested the ice" tell of a time before the story's: the date they name is
    a flashback. With ``before_only`` only a verb before the expression counts:
    in "in 1943 the army had lost half its men" the year is the time the
    perfect looks back from, and the story is there.
    """
    if tense(text, start, end) != PAST:
        return False
    left, right = _clause(text, start, end)
    left_words = [fold(m[0]) for m in _WORD.finditer(left)]
    right_words = [fold(m[0]) for m in _WORD.finditer(right)]
    found: list[tuple[int, bool]] = []
    index = _verb_index(left_words, range(len(left_words) - 1, -1, -1))
    if index is not None:
        found.append((len(left_words) - index, _perfect_at(left_words, index)))
    index = None if before_only else _verb_index(right_words, range(len(right_words)))
    if index is not None:
        found.append((index + 1, _perfect_at(right_words, index)))
    return min(found)[1] if found else False


def reports_its_own_time(years: Iterable[int], published_year: int) -> bool:
    """Whether a text's explicit years mostly lie near its document date.

    A text that names only a few other years is taken to be about its own
    time too: a news item says "Tuesday", not "1998", and may recall the
    year a story began, however often ("since 2010", "the 2010 floods"); a
    history names many different years, far from its date.
    """
    vocabulary = load_vocabulary()
    near = far = 0
    others: set[int] = set()
    for year in years:
        if abs(year - published_year) <= vocabulary.own_time_years:
            near += 1
        else:
            far += 1
            others.add(year)
    return len(others) < vocabulary.other_time_min_years or near >= far
