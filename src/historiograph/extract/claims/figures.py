"""Figures: the numbers in a text that state how many, with their qualifier.

A figure is a number in digits ("6,000", "2.3"), in words ("seventy-three",
"two hundred"), with a scale ("2 million", "a dozen"), a range ("100 to 200
thousand", "between 300 and 400") or a vague plural ("dozens", "tens of
thousands"), together with the qualifier phrase around it ("more than", "some",
"as many as", "or more").

**low and high.** The record keeps an interval so that figures can be compared
and aggregated the way UCDP aggregates fatality estimates (low, best, high):

- ``exact`` and ``about``: ``low = high = value``. UCDP codes the stated number
  as the estimate; the qualifier keeps the fact that it is approximate.
- ``more_than`` and ``at_least``: ``low = value``, ``high = None`` (no upper
  bound given). "more than 6,000" gives ``low = 6000``: like UCDP and ACLED we
  take the stated number as the conservative figure, not 6,001.
- ``less_than`` and ``up_to``: ``low = None``, ``high = value``.
- ``range``: ``low`` and ``high`` are its ends; ``value`` is the range as
  written ("100 to 200 thousand"). A scale after the second end applies to
  both ("100 to 200 thousand" = 100,000 to 200,000).
- Vague plurals are ``at_least`` twice their base ("dozens" >= 24, "hundreds"
  >= 200, "tens of thousands" >= 20,000), ``value`` is the word as written.
- A fraction of a stated whole is that share of it ("a third of the 900
  residents" = 300); of a pronoun ("nearly half of them") it is that share of
  the figure before, which the extractor resolves.
- A range written as one token ("4,000–6,000") is a range when it reads as a
  count (thousands, a scale, a counted noun after it or a qualifier before
  it), not a score ("3-6") or a period ("1914-1918").

"One" is a figure only before a counted noun, directly, after a name ("one
Boko Haram fighter") or after a word that adds to a count ("one more
climber"); else it is a pronoun as often as a count. Numbers that are not
figures are left out here: years, periods and dates, identifiers
after a reference word or a time unit ("Resolution 598", "p. 403", "Week 31")
or with a leading zero, footnote marks, numbers
inside hyphenated modifiers ("three-volume"), durations ("two years"),
percentages and money, ages, and numbers after a referential determiner
("the two sides", "these two failures"), which refer back rather than claim a
count, unless a participle says what befell those counted ("the 300 people
killed") or a reporting verb says who gave the figure ("the 2 million long
cited by X", "the 45 it gave on Thursday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from historiograph.extract.claims.vocabulary import Phrases, Vocabulary, in_words
from historiograph.extract.time import tag_timexes
from historiograph.record import Qualifier, literal

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_JOINED = re.compile(f"^{_NUMBER}[-–—]{_NUMBER}$")
_FOOTNOTE = re.compile(r"[,.;:]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$")
_NOT_FIGURE_LABELS = frozenset({"DATE", "TIME", "ORDINAL", "PERCENT", "LAW"})
_CURRENCY = frozenset({"$", "€", "£", "us$"})
_OTHERS = frozenset({"other", "remaining", "last", "first", "same"})
_WHOLE_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "our", "his", "her"})
_WHOLE_PRONOUNS = frozenset({"them", "us", "whom", "these", "those"})
_PERSONAL_OWNERS = frozenset({"his", "her", "their", "my", "our"})
_RATIO_BASE = 100  # "one in 100 births"; "3 in 2,000 homes" is no rate anyone writes so
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_RELATIVE_TIMES = frozenset(
    {"this", "last", "overnight", "yesterday", "today", "tonight", "earlier"}
)
_ONE = frozenset({"a", "an", "one"})
_BACK = frozenset({"earlier", "before", "ago", "previously"})
_ADDING = frozenset({"more", "other", "further", "additional"})  # "one more climber"

Number = int | float


@dataclass(frozen=True)
class Figure:
    """One figure: token offsets ``[start, end)`` cover the qualifier and the number."""

    start: int
    end: int
    value: Number | str
    low: Number | None
    high: Number | None
    qualifier: Qualifier
    # a share of the figure before ("half of them"): the claim takes ``share``
    # times that figure's value, and ``value``, ``low`` and ``high`` wait for it
    share: float | None = None


@dataclass(frozen=True)
class _Read:
    """A number read at a position: its value, where it ends, its scale, vagueness."""

    value: Number
    end: int
    scale: int = 1
    vague: bool = False


def date_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the doc's dates and times: the time tagger's, from
    ``doc._.timexes`` when the pipeline ran it, else tagged here (a few regular
    expressions over the text)."""
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    if timexes is None:
        timexes = tag_timexes(doc.text)
    return [(t.span[0], t.span[1]) for t in timexes if t.type in ("DATE", "TIME")]


def _tidy(value: float) -> Number:
    return int(value) if float(value).is_integer() else value


def _word(token: Token) -> str:
    """The token in lowercase without a footnote mark glued to it ("million,¹²")."""
    return _FOOTNOTE.sub("", token.lower_)


def _digits(token: Token) -> Number | None:
    text = _word(token)
    match = _DIGITS.match(text)
    if match is None:
        return None
    return _tidy(float(text.replace(",", "")))


class FigureReader:
    """Reads figures out of a doc with one vocabulary (built once, used per doc)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._before = Phrases(vocab.qualifiers_before)
        self._after = Phrases(vocab.qualifiers_after)

    # -- numbers -----------------------------------------------------------------

    def _scale_at(self, doc: Doc, i: int) -> int | None:
        if i >= len(doc):
            return None
        word = _word(doc[i])
        if word == "hundred":
            return self.vocab.hundred
        abbreviated = self.vocab.abbreviated_scales.get(word)
        if abbreviated is not None:
            # "1.5m people" is millions, "200m from the wall" metres: a noun says which
            counted = i + 1 < len(doc) and doc[i + 1].tag_ == "NNS"
            return abbreviated if counted else None
        return self.vocab.scales.get(word)

    def _words_at(self, doc: Doc, i: int, leading: int = 0) -> _Read | None:
        """Cardinal words: "seventy-three", "two hundred and five thousand". A scale
        word that ends them is their scale, which a range's first end shares ("two to
        three thousand" is 2,000 to 3,000). ``leading`` is what an article before
        stands for ("a hundred and twenty": 1)."""
        total, current, j, seen, scale = 0, leading, i, leading > 0, 1
        while j < len(doc):
            word = _word(doc[j])
            if word in self.vocab.units:
                current += self.vocab.units[word]
                scale = 1
            elif word == "hundred" and (seen or self._joins(doc, j + 1)):
                # "the other hundred and twenty-two": a bare hundred that goes on
                current = max(current, 1) * self.vocab.hundred
                scale = self.vocab.hundred
            elif word in self.vocab.scales and seen:
                total += max(current, 1) * self.vocab.scales[word]
                current = 0
                scale = self.vocab.scales[word]
            elif seen and self._joins(doc, j):
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        return _Read(total + current, j, scale=scale)

    def _joins(self, doc: Doc, j: int) -> bool:
        """Whether the joiner at ``j`` continues the number ("hundred and five", "sixty-one")."""
        if doc[j].lower_ not in self.vocab.joiners or not self._is_number_word(doc, j + 1):
            return False
        previous = doc[j - 1].lower_
        if doc[j].lower_ == "and":
            return previous == "hundred" or previous in self.vocab.scales
        return self.vocab.units.get(previous, 0) >= 20 and doc[j + 1].lower_ in self.vocab.units

    def _is_number_word(self, doc: Doc, i: int) -> bool:
        if i >= len(doc):
            return False
        word = _word(doc[i])
        return word in self.vocab.units or word == "hundred" or word in self.vocab.scales

    def _vague_at(self, doc: Doc, i: int) -> _Read | None:
        """Vague figures: "dozens", "tens of thousands", "several hundred", "a few thousand"."""
        word = _word(doc[i])
        if word in self.vocab.vague:
            base, j = self.vocab.vague[word], i + 1
            if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ in self.vocab.vague:
                base *= self.vocab.vague[doc[j + 1].lower_]
                j += 2
            return _Read(2 * base, j, vague=True)
        start = i + 1 if word in ("a", "an") else i
        if start < len(doc) and doc[start].lower_ in self.vocab.vague_multipliers:
            scale = self._scale_at(doc, start + 1)
            if scale is not None:
                value = self.vocab.vague_multipliers[doc[start].lower_] * scale
                return _Read(value, start + 2, vague=True)
        return None

    def _joined_at(self, doc: Doc, i: int) -> tuple[_Read, _Read] | None:
        """A range written as one token ("4,000–6,000", "600-900"), with a scale
        after it for both ends ("1.5–2 million")."""
        match = _JOINED.match(_word(doc[i]))
        if match is None:
            return None
        low, high = (_tidy(float(g.replace(",", ""))) for g in match.groups())
        scale = self._scale_at(doc, i + 1)
        end = i + 1 if scale is None else i + 2
        scale = scale or 1
        first = _Read(_tidy(round(low * scale, 6)), end, scale=scale)
        return first, _Read(_tidy(round(high * scale, 6)), end, scale=scale)

    def _joined_counts(
        self, doc: Doc, i: int, joined: tuple[_Read, _Read], qualified: bool
    ) -> bool:
        """Whether a one-token range is a count ("4,000–6,000", "600–900 killed",
        "an estimated 20-30"), not a score or a pair ("3-6", "Fall of wickets: 1-22"):
        thousands, a scale, a counted noun after it or a qualifier before it."""
        second = joined[1]
        end = second.end
        return (
            second.value >= 1000
            or second.scale > 1
            or qualified
            or self._known_noun(doc, end)
            or (end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower)
        )

    def _number_at(self, doc: Doc, i: int) -> _Read | None:
        token = doc[i]
        digits = _digits(token)
        if digits is not None:
            scale = self._scale_at(doc, i + 1)
            if scale is not None:
                # rounded, so that binary floats do not turn 8.2 million into 8199999.99...
                return _Read(_tidy(round(digits * scale, 6)), i + 2, scale=scale)
            return _Read(digits, i + 1)
        if token.lower_ in ("a", "an"):
            scale = self._scale_at(doc, i + 1)
            if scale is not None:
                # "a hundred and twenty" goes on as "one hundred and twenty" does
                words = self._words_at(doc, i + 1, leading=1)
                return words if words is not None and words.end > i + 2 else _Read(scale, i + 2)
        share = self.vocab.fractions.get(token.lower_)
        if share is not None and i + 2 < len(doc) and doc[i + 1].lower_ in ("a", "an"):
            scale = self._scale_at(doc, i + 2)  # "half a million"
            if scale is not None:
                return _Read(_tidy(share * scale), i + 3)
        return self._vague_at(doc, i) or self._words_at(doc, i)

    def _fraction_at(self, doc: Doc, i: int) -> tuple[float, int] | None:
        """A fraction with its "of" ("a third of", "two thirds of", "half of"): the
        share, and where the "of" is."""
        word, count, j = doc[i].lower_, 1, i
        if word in ("a", "an", "one"):
            j = i + 1
        elif word in self.vocab.units and word not in self.vocab.weak_numbers:
            count, j = self.vocab.units[word], i + 1
        if j > i and j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[i].lower_ != "a":
            j += 1  # "two-thirds of", "one-quarter of"
        if j + 1 >= len(doc) or doc[j + 1].lower_ != "of":
            return None
        share = self.vocab.fractions.get(doc[j].lower_)
        return None if share is None else (count * share, j + 1)

    def _fraction(self, doc: Doc, start: int, i: int, qualifier: Qualifier) -> Figure | None:
        """ "a third of the 900 residents" (300), or "half of them" (a share of the
        figure before, resolved by the extractor)."""
        found = self._fraction_at(doc, i)
        if found is None:
            return None
        share, of = found
        k = of + 1
        if k < len(doc) and doc[k].lower_ in _WHOLE_DETERMINERS:
            k += 1
        if k + 2 < len(doc) and doc[k + 1].text in _POSSESSIVE_MARKS:
            k += 2  # "a third of the plant's 5,400 staff"
        whole = self._number_at(doc, k) if k < len(doc) else None
        if whole is not None and not whole.vague:
            value = _tidy(round(share * whole.value))
            return _bounded(start, whole.end, value, qualifier)
        if k == of + 1 and k < len(doc) and doc[k].lower_ in _WHOLE_PRONOUNS:
            return Figure(start, of, doc[start:of].text, None, None, qualifier, share)
        return None

    def _range_from(self, doc: Doc, first: _Read, joiners: frozenset[str]) -> _Read | None:
        """The second end of a range after ``first`` ("to 200 thousand"), if any."""
        j = first.end
        if first.vague or j + 1 >= len(doc) or doc[j].lower_ not in joiners:
            return None
        second = self._number_at(doc, j + 1)
        if second is None or second.vague:
            return None
        return second

    # -- context -----------------------------------------------------------------

    def _known_noun(self, doc: Doc, i: int) -> bool:
        """Whether the token at ``i`` is a noun that figures count (people, attacks, km)."""
        if i >= len(doc):
            return False
        v = self.vocab
        word = doc[i].text
        return (
            in_words(word, v.person_nouns)
            or in_words(word, v.event_nouns)
            or word.lower() in v.outcome_nouns
            or word.lower() in v.distance_km
        )

    def _named_noun(self, doc: Doc, i: int) -> bool:
        """Whether a known counted noun follows a name of up to three words ("one
        Boko Haram fighter") or a word that adds to a count ("one more climber"): a
        weak number is then a count."""
        for k in range(i, min(len(doc), i + 4)):
            if self._known_noun(doc, k):
                return True
            if doc[k].lower_ in _ADDING and k == i:
                continue
            if not (doc[k].is_title or doc[k].is_upper) or not doc[k].is_alpha:
                return False
        return False

    def _refers_back(self, doc: Doc, token: Token) -> bool:
        """A determiner that makes the figure refer back ("the two sides", "the
        other five")."""
        if token.lower_ in _OTHERS and token.i > 0:
            token = doc[token.i - 1]
        if token.tag_ == "POS":
            return True  # "the country's fourteen provinces", as "its fourteen provinces"
        if token.lower_ not in self.vocab.referential_determiners:
            return False
        return not doc.has_annotation("POS") or token.pos_ in ("DET", "PRON")

    def _measured(self, doc: Doc, start: int) -> bool:
        """Whether a measure noun makes the figure an age ("aged 16", "the age of five"),
        or one person does before its "of" ("a boy of nine")."""
        k = start - 1
        if k > 0 and doc[k].lower_ == "of":
            k -= 1
            if doc[k].lower_ in self.vocab.aged_persons:
                return True
        return doc[k].lower_ in self.vocab.measures

    def _pair_end(self, doc: Doc, k: int) -> bool:
        """Whether the number at ``k`` opens a dashed pair; a date before a dash
        ("GOMA, March 3 — At least 42 ...") is a dateline, not half of a pair."""
        token = doc[k]
        if not token.like_num or token.ent_type_ == "DATE":
            return False
        return not (k > 0 and doc[k - 1].lower_ in self.vocab.months)

    def _given(self, doc: Doc, number_start: int, end: int) -> bool:
        """Whether a reporting verb says who gave the figure ("the 2 million long
        cited by X", "the 45 it gave on Thursday"): a claim of its own, though its
        determiner refers back."""
        if not doc.has_annotation("DEP"):
            return False
        numbers = list(doc[number_start:end])
        nouns = {t.head for t in numbers if t.dep_ == "nummod"}
        return any(self._gives(c) for token in [*numbers, *nouns] for c in token.children)

    def _gives(self, verb: Token) -> bool:
        """Whether ``verb`` reports the figure it modifies as its object: a passive
        participle ("cited by X") or a relative clause with a subject of its own
        ("it gave"), not one whose subject is the figure ("the three men who said")."""
        if verb.lower_ not in self.vocab.attribution_verbs:
            return False
        if verb.dep_ == "acl":
            return verb.tag_ == "VBN"
        if verb.dep_ != "relcl":
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and subjects[0].lower_ not in ("who", "which", "that")

    def _outcome_after(self, doc: Doc, end: int) -> bool:
        """Whether the counted noun is followed by what befell them ("the 5,000 police
        officers injured by rioters"): a new claim, though its determiner refers back."""
        k = end
        while k < len(doc) and k < end + 4 and doc[k].is_alpha:
            word = doc[k].lower_
            if word in self.vocab.outcome_cues:
                return not doc.has_annotation("TAG") or doc[k].tag_ == "VBN"
            if doc.has_annotation("POS") and doc[k].pos_ not in ("NOUN", "PROPN", "ADJ"):
                return False
            k += 1
        return self._possessed_outcome(doc, k)

    def _befallen(self, doc: Doc, owner: Token, end: int) -> bool:
        """Whether people counted after a personal owner are whom the verb over them
        says was killed, hurt or held ("a woman and her three children died",
        "gunmen killed his two brothers"): the owner says whose relatives they are,
        not that the text counted them before, as "the two sides" or "its fourteen
        provinces" refer back."""
        if owner.lower_ not in _PERSONAL_OWNERS or end >= len(doc) or not doc.has_annotation("DEP"):
            return False
        noun = doc[end]
        if noun.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in noun.children):
            return False
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "a tribal elder and his two guards": the first conjunct's role
        verb = noun.head
        return (
            noun.dep_ in ("nsubj", "nsubjpass", "dobj", "conj")
            and verb.pos_ == "VERB"
            and verb.lower_ in self.vocab.outcome_cues
        )

    def _possessed_outcome(self, doc: Doc, k: int) -> bool:
        """Whether the counted people at ``k`` own the noun of what befell them ("the
        four chiefs' execution", "the six priests' murder"): the nominal of the
        verb reports it as "the four chiefs were executed" would."""
        if k + 1 >= len(doc) or not doc.has_annotation("TAG") or doc[k].tag_ != "POS":
            return False
        owned = doc[k + 1]
        return owned.lower_ in self.vocab.outcome_cues and owned.tag_ == "NN"

    def _numbered(self, doc: Doc, k: int) -> bool:
        """Whether the time unit at ``k`` is numbered by what follows ("Week 31",
        "in week 31"), unlike "the next month 2,300 detainees were freed", where
        a modifier makes it a time phrase of its own."""
        unit = doc[k]
        if unit.lower_ not in self.vocab.time_units:
            return False  # singular only: "weeks 31-33" is a range of weeks, read below
        previous = doc[k - 1] if k > 0 else None
        return (
            previous is None
            or previous.is_punct
            or "\n" in previous.whitespace_
            or previous.pos_ in ("ADP", "VERB", "AUX")
        )

    def _excluded(self, doc: Doc, start: int, number_start: int, end: int) -> bool:
        """Whether the number at ``[number_start, end)`` is not a figure (see module doc)."""
        v = self.vocab
        first = doc[number_start]
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        counted_next = self._known_noun(doc, end)
        joined = _JOINED.match(_word(first))
        if (
            _in_name(doc, number_start)
            or _numbers_a_name(doc, start, end)
            or _numbers_a_place(doc, start, end)
        ):
            return True  # "Revolutionary Force Seven", "the Kamenica 2 site": part of a name
        if len(first.text) > 1 and first.text.startswith("0") and first.text.isdigit():
            return True  # "072261": a code, not a count
        if self._in_ratio(doc, number_start, end):
            return True  # "one in four children": a rate, not a count
        if start == number_start and _paragraph_number(doc, start, end):
            return True  # "... of Calder. 13. The coroner's records": a numbered paragraph
        if before is not None:
            word = before.lower_
            if word == "." and start > 1:
                word = doc[start - 2].lower_ + "."  # "No. 41" split as "No", "."
            if word in v.reference_words or self._measured(doc, start):
                return True
            if start == number_start and self._numbered(doc, start - 1):
                return True  # "Week 31", "day 3": which one, not how many
            if (
                self._refers_back(doc, before)
                and not self._outcome_after(doc, end)
                and not self._befallen(doc, before, end)
                and not self._given(doc, number_start, end)
                and not _broken_down(doc, start, end)
            ):
                return True
            if word in v.months or word in _CURRENCY or word == "[":
                return True
            if word in ("-", "–", "—") and start > 1 and self._pair_end(doc, start - 2):
                return True  # the end of a pair that is no range ("pp. 403 – 331")
            period = word in ("-", "–", "—", "to") and start > 1 and _year(doc[start - 2])
            if period and _year(first):
                return True  # the end of a period ("1914-1918", "1939 to 1945")
        if after is not None:
            word = after.lower_
            if word in v.months or word in v.not_counts:
                return True
            if in_words(word, v.time_units):
                return True
            if (
                (word in v.range_joiners or word in v.range_openers.values())
                and end + 2 < len(doc)
                and doc[end + 1].like_num
                and doc[end + 2].lower_ in v.not_counts
            ):
                return True  # "between 10 and 15 per cent": the first end of a share
            if word in ("-", "–") and end + 1 < len(doc) and doc[end + 1].is_alpha:
                return not self._is_number_word(doc, end + 1)
        if counted_next:
            return False
        year = _digits(first) if joined is None else _tidy(float(joined.group(1).replace(",", "")))
        if year is not None and "," not in first.text and 1000 <= year <= 2100:
            return True
        if first.lower_ in v.weak_numbers and end - number_start == 1:
            return not self._named_noun(doc, end)
        return (
            first.ent_type_ in _NOT_FIGURE_LABELS
            and not self._measure_of(first)
            and not _dated_level(first)
        )

    def _in_ratio(self, doc: Doc, number_start: int, end: int) -> bool:
        """Whether the number is an end of a rate ("1 in 4 children", "one in five
        households"): a small number, "in", and a larger one, which count no one
        ("killed 12 in two attacks" is a count, the first number being the larger)."""
        if end + 1 < len(doc) and doc[end].lower_ == "in":
            pair = (self._number_at(doc, number_start), self._number_at(doc, end + 1))
        elif number_start >= 2 and doc[number_start - 1].lower_ == "in":
            pair = (self._number_at(doc, number_start - 2), self._number_at(doc, number_start))
        else:
            return False
        small, large = pair
        return (
            small is not None
            and large is not None
            and not small.vague
            and not large.vague
            and small.value < large.value <= _RATIO_BASE
        )

    def _measure_of(self, token: Token) -> bool:
        """Whether the parse makes the number what a figure noun is ("the real number
        ... is 87", "puts the toll at 300; ... insists it was 45", "put the toll at
        between 30 and 45") or the level a figure noun moves to ("the death toll
        climbed to 73 overnight"), which the entity recogniser may still have taken
        for a date or a time."""
        while token.dep_ == "quantmod" and token.head.like_num:
            token = token.head  # "30 to 45": the range's last number heads it
        if token.dep_ == "nummod" and token.head.i == token.i - 1 and token.head.dep_ == "attr":
            token = token.head  # "the true number was nearer 15": the qualifier heads it
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in ("to", "at") and head.dep_ == "prep":
            verb = head.head
            # "the toll rose to 73", and "put the toll at between 30 and 45"
            measures = {"nsubj"} | ({"dobj"} if verb.lower_ in self.vocab.placing_verbs else set())
            return verb.pos_ == "VERB" and any(
                c.dep_ in measures and c.lower_ in self.vocab.continuation_nouns
                for c in verb.children
            )
        if token.dep_ != "attr" or head.pos_ != "AUX":
            return False
        # "it was 45" after another figure in the sentence: the pronoun is that measure
        earlier = any(t.like_num for t in token.sent[: token.i - token.sent.start])
        return any(
            c.dep_ == "nsubj"
            and (
                c.lower_ in self.vocab.continuation_nouns
                or (earlier and c.lower_ in ("it", "that"))
            )
            for c in head.children
        )

    # -- figures -----------------------------------------------------------------

    def read(self, doc: Doc) -> list[Figure]:
        """Every figure in ``doc``, in text order, not overlapping."""
        before = {e: s for s, e in self._before.find(doc)}
        after = {s: e for s, e in self._after.find(doc)}
        labels_before = dict(self.vocab.qualifiers_before)
        labels_after = dict(self.vocab.qualifiers_after)
        figures: list[Figure] = []
        i = 0
        while i < len(doc):
            figure = self._figure_at(doc, i, before, after, labels_before, labels_after)
            if figure is None:
                # a number in words that is no figure is none in any of its parts ("the
                # other hundred and twenty-two" does not leave "twenty-two")
                words = self._words_at(doc, i)
                i = words.end if words is not None else i + 1
                continue
            figures.append(figure)
            i = figure.end
        return figures

    def _figure_at(
        self,
        doc: Doc,
        i: int,
        before: dict[int, int],
        after: dict[int, int],
        labels_before: dict[str, str],
        labels_after: dict[str, str],
    ) -> Figure | None:
        start = before.get(i, i)
        qualified = (
            literal(Qualifier, labels_before[doc[start:i].text.lower()]) if i in before else None
        )
        fraction = self._fraction(doc, start, i, qualified or "exact")
        if fraction is not None:
            return fraction
        opener = doc[i].lower_
        number_start = i + 1 if opener in self.vocab.range_openers else i
        if number_start >= len(doc):
            return None
        joined = self._joined_at(doc, i)
        first = joined[0] if joined else self._number_at(doc, number_start)
        if first is None:
            return None
        second: _Read | None
        if joined is not None:
            if not self._joined_counts(doc, i, joined, i in before):
                return None
            number_start, second = i, joined[1]
        elif number_start != i:
            joiner = frozenset({self.vocab.range_openers[opener]})
            second = self._range_from(doc, first, joiner)
            if second is None:
                return None
        else:
            second = self._range_from(doc, first, self.vocab.range_joiners)
        end = second.end if second is not None else first.end
        start = i
        qualifier: Qualifier = "exact"
        if i in before:
            start = before[i]
            qualifier = literal(Qualifier, labels_before[doc[start:i].text.lower()])
        tail = _hyphened(doc, end, after)
        if tail in after:
            # the one before wins ("about 300-odd"), but the span takes both
            if i not in before:
                qualifier = literal(Qualifier, labels_after[doc[tail : after[tail]].text.lower()])
            end = after[tail]
        if self._excluded(doc, start, number_start, end):
            return None
        stated = doc[i : second.end].text if second is not None else doc[number_start:end].text
        if second is not None and _years(doc[number_start : second.end].text, first, second):
            return None  # "1914-1918", "from 1939 to 1945": a period, whatever follows
        if second is not None:
            low: Number = first.value
            if first.scale == 1 and second.scale > 1 and low * second.scale <= second.value:
                low = _tidy(low * second.scale)
            if low >= second.value:
                return None
            return Figure(start, end, stated, low, second.value, "range")
        if first.vague:
            return Figure(start, end, stated, first.value, None, "at_least")
        return _bounded(start, end, first.value, qualifier)


def _hyphened(doc: Doc, end: int, after: dict[int, int]) -> int:
    """Where a qualifier after the number starts, past a hyphen that joins it to the
    number ("sixty-odd", "300-odd"); ``end`` when there is none."""
    hyphen = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
    return end + 1 if hyphen and end + 1 in after else end


def _in_name(doc: Doc, i: int) -> bool:
    """Whether the capitalised number word at ``i`` ends a name ("Group Six")."""
    token = doc[i]
    if not (token.is_alpha and token.is_title) or token.is_sent_start or i == 0:
        return False
    before = doc[i - 1]
    return before.is_title and before.is_alpha and not before.is_sent_start


def _broken_down(doc: Doc, start: int, end: int) -> bool:
    """Whether the figure opens its sentence as the whole that a later figure breaks
    down ("Of the 4,212 nurses balloted, 3,018 returned papers"): the whole is
    given there for the first time, though its determiner refers back."""
    if start < 2 or doc[start - 2].lower_ != "of" or not doc[start - 2].is_sent_start:
        return False
    sent_end = doc[start].sent.end if doc.has_annotation("SENT_START") else len(doc)
    tail = doc[end:sent_end]
    commas = [t.i for t in tail if t.text == ","]
    return bool(commas) and any(t.like_num for t in doc[commas[0] + 1 : sent_end])


def _numbers_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the digits at ``[start, end)`` number the name before them, as a
    singular noun after them shows ("the Kamenica 2 site", "Gate 4 area"): a count
    above one takes a plural ("2 sites")."""
    if start == 0 or end >= len(doc) or end - start != 1 or not doc.has_annotation("TAG"):
        return False
    before, number, after = doc[start - 1], doc[start], doc[end]
    return (
        number.text.isdigit()
        and number.text != "1"
        and before.tag_ == "NNP"
        and before.is_alpha
        and not before.is_sent_start
        and after.tag_ == "NN"
        and after.is_lower
    )


def _numbers_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the digits at ``[start, end)`` end a name that a preposition or an
    article opens and a punctuation mark closes ("near Exit 17, police said", "in
    Zona 7, armed men ..."): the parse makes them a modifier of the capitalised word
    before, which a count of people never is. A figure that a word follows keeps
    its reading ("In Helmand 12 were killed", "Casualties: Union 214 killed"), and
    a figure of thousands is no name's number ("Union 11,500;")."""
    if start < 2 or end - start != 1 or not doc.has_annotation("DEP"):
        return False
    name, number = doc[start - 1], doc[start]
    closed = end == len(doc) or (doc[end].is_punct and doc[end].text not in ("-", "–", "—"))
    return (
        number.text.isdigit()
        and number.dep_ == "nummod"
        and number.head == name
        and name.is_title
        and name.is_alpha
        and not name.is_sent_start
        and doc[start - 2].pos_ in ("ADP", "DET")
        and closed
    )


def _paragraph_number(doc: Doc, start: int, end: int) -> bool:
    """Whether digits alone between the end of one sentence and the start of the next
    ("Calder. 13. The coroner's records") number a paragraph: a point follows them
    and a capital word that point, and a point, a line break or nothing precedes."""
    if end - start != 1 or not doc[start].text.isdigit() or end + 1 >= len(doc):
        return False
    closed = start == 0 or doc[start - 1].text in (".", "!", "?") or "\n" in doc[start - 1].text
    return closed and doc[end].text == "." and doc[end + 1].is_title


def _dated_level(token: Token) -> bool:
    """Whether the recogniser took a figure and the time after it for one date or
    time ("rose to 73 overnight", "up from 24 this morning", "up from 31 a day
    earlier"): digits that open the entity, a word of relative time or a span back
    in time after them, and a word before them that moves a
    figure ("to", "from"), not one that gives a clock time ("at 5 this morning")."""
    doc, i = token.doc, token.i
    if not token.text.replace(",", "").isdigit() or i + 1 >= len(doc) or i == 0:
        return False
    entity = next((e for e in doc.ents if e.start <= i < e.end), None)
    if entity is None or entity.start != i or entity.end <= i + 1:
        return False
    if doc[i - 1].lower_ not in ("to", "from"):
        return False
    if doc[i + 1].lower_ in _RELATIVE_TIMES:
        return True
    # "up from 31 a day earlier", "down from 520 a year before": a span back in time
    return (
        i + 3 < len(doc)
        and doc[i + 1].lower_ in _ONE
        and doc[i + 3].lower_ in _BACK
        and entity.end >= i + 4
    )


def _year(token: Token) -> bool:
    """Whether ``token`` is a plain four-digit number that reads as a year."""
    value = _digits(token)
    return value is not None and "," not in token.text and 1000 <= value <= 2100


def _years(stated: str, first: _Read, second: _Read) -> bool:
    """Whether both ends of a range are years (plain four-digit numbers)."""
    ends = (first, second)
    return "," not in stated and all(
        r.scale == 1 and not r.vague and isinstance(r.value, int) and 1000 <= r.value <= 2100
        for r in ends
    )


def _bounded(start: int, end: int, value: Number, qualifier: Qualifier) -> Figure:
    """A single stated number with its qualifier, as ``low``/``high`` (see module doc)."""
    if qualifier in ("more_than", "at_least"):
        return Figure(start, end, value, value, None, qualifier)
    if qualifier in ("less_than", "up_to"):
        return Figure(start, end, value, None, value, qualifier)
    return Figure(start, end, value, value, value, qualifier)


def share_of(figure: Figure, whole: Number) -> Figure:
    """A share figure ("half of them") resolved against the figure it is a share of."""
    share = figure.share if figure.share is not None else 1.0
    value = _tidy(round(share * whole))
    return _bounded(figure.start, figure.end, value, figure.qualifier)
