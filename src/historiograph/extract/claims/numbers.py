"""Numbers: how many a run of tokens states, in digits, words or a vague plural.

A number is in digits ("6,000", "2.3"), in words ("seventy-three", "two
hundred"), with a scale ("2 million", "a dozen", "half a million"), a range
written as one token ("4,000–6,000", "1.5–2 million") or a vague plural
("dozens", "tens of thousands", "several hundred"), read at a token position.
:mod:`.figures` decides which numbers are figures and what qualifies them; this
module only reads what they state.

A vague plural reads as twice its base ("dozens" 24, "tens of thousands"
20,000), the least it can mean (see :mod:`.bounds`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from historiograph.extract.claims.vocabulary import Vocabulary

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
JOINED = re.compile(f"^{_NUMBER}[-–—]{_NUMBER}$")
_FOOTNOTE = re.compile(r"[,.;:]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$")

Number = int | float


@dataclass(frozen=True)
class Read:
    """A number read at a position: its value, where it ends, its scale, vagueness."""

    value: Number
    end: int
    scale: int = 1
    vague: bool = False


def _before_plural(doc: Doc, i: int) -> bool:
    """Whether a plural noun follows at ``i``, past adjectives ("several young men"):
    the tagger's word, so a blank pipeline reads no vague word alone."""
    while i < len(doc) and doc[i].tag_ == "JJ":
        i += 1
    return i < len(doc) and doc[i].tag_ in ("NNS", "NNPS")


def tidy(value: float) -> Number:
    """``value`` as an int when it is whole ("8.0" is 8), else as it is."""
    return int(value) if float(value).is_integer() else value


def word_of(token: Token) -> str:
    """The token in lowercase without a footnote mark glued to it ("million,¹²")."""
    return _without_footnote(token.lower_)


@lru_cache(maxsize=1 << 16)
def _without_footnote(word: str) -> str:
    """``word`` without a footnote mark at its end; cached, as readers ask it of
    the same words at every position of every document."""
    return _FOOTNOTE.sub("", word)


def digits(token: Token) -> Number | None:
    """The number a token in digits states ("6,000", "2.3"), or None."""
    text = word_of(token)
    match = _DIGITS.match(text)
    if match is None:
        return None
    return tidy(float(text.replace(",", "")))


def is_year(token: Token) -> bool:
    """Whether ``token`` is a plain four-digit number that reads as a year."""
    value = digits(token)
    return value is not None and "," not in token.text and 1000 <= value <= 2100


def are_years(stated: str, first: Read, second: Read) -> bool:
    """Whether both ends of a range are years (plain four-digit numbers)."""
    ends = (first, second)
    return "," not in stated and all(
        r.scale == 1 and not r.vague and isinstance(r.value, int) and 1000 <= r.value <= 2100
        for r in ends
    )


class NumberReader:
    """Reads numbers with one vocabulary (its number words, scales and joiners)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._starters = frozenset(
            {"a", "an", "one", "hundred", *vocab.units, *vocab.vague, *vocab.vague_multipliers}
            | set(vocab.vague_alone)
            | set(vocab.fractions)
        )

    def may_start(self, token: Token) -> bool:
        """Whether a number, or a share of a whole (:mod:`.shares`), can start at
        ``token``: digits, or a word :meth:`number_at`, :meth:`joined_at`,
        :meth:`words_at`, :meth:`vague_at` or a fraction begins with. Every other
        token starts none, so a reader scanning a whole doc passes it by without a
        closer look."""
        lowered = token.lower_
        # a footnote mark only ever ends a word, so the first character is the same
        return (
            lowered[:1].isdecimal()
            or lowered in self._starters
            or _without_footnote(lowered) in self._starters
        )

    def _scale_at(self, doc: Doc, i: int) -> int | None:
        """The scale word at ``i`` ("hundred", "million", "1.5m" before a plural noun)."""
        if i >= len(doc):
            return None
        word = word_of(doc[i])
        if word == "hundred":
            return self.vocab.hundred
        abbreviated = self.vocab.abbreviated_scales.get(word)
        if abbreviated is not None:
            # "1.5m people" is millions, "200m from the wall" metres: a noun says which
            counted = i + 1 < len(doc) and doc[i + 1].tag_ == "NNS"
            return abbreviated if counted else None
        return self.vocab.scales.get(word)

    def words_at(self, doc: Doc, i: int, leading: int = 0) -> Read | None:
        """Cardinal words: "seventy-three", "two hundred and five thousand". A scale
        word that ends them is their scale, which a range's first end shares ("two to
        three thousand" is 2,000 to 3,000). ``leading`` is what an article before
        stands for ("a hundred and twenty": 1)."""
        total, current, j, seen, scale = 0, leading, i, leading > 0, 1
        while j < len(doc):
            word = word_of(doc[j])
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
        return Read(total + current, j, scale=scale)

    def _joins(self, doc: Doc, j: int) -> bool:
        """Whether the joiner at ``j`` continues the number ("hundred and five", "sixty-one")."""
        if doc[j].lower_ not in self.vocab.joiners or not self.is_number_word(doc, j + 1):
            return False
        previous = doc[j - 1].lower_
        if doc[j].lower_ == "and":
            return previous == "hundred" or previous in self.vocab.scales
        return self.vocab.units.get(previous, 0) >= 20 and doc[j + 1].lower_ in self.vocab.units

    def is_number_word(self, doc: Doc, i: int) -> bool:
        """Whether the token at ``i`` is a cardinal word or a scale ("five", "million")."""
        if i >= len(doc):
            return False
        word = word_of(doc[i])
        return word in self.vocab.units or word == "hundred" or word in self.vocab.scales

    def vague_at(self, doc: Doc, i: int) -> Read | None:
        """Vague figures: "dozens", "tens of thousands", "several hundred", "a few thousand"."""
        word = word_of(doc[i])
        if word in self.vocab.vague:
            base, j = self.vocab.vague[word], i + 1
            if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ in self.vocab.vague:
                base *= self.vocab.vague[doc[j + 1].lower_]
                j += 2
            return Read(2 * base, j, vague=True)
        start = i + 1 if word in ("a", "an") else i
        if start < len(doc) and doc[start].lower_ in self.vocab.vague_multipliers:
            scale = self._scale_at(doc, start + 1)
            if scale is not None:
                value = self.vocab.vague_multipliers[doc[start].lower_] * scale
                return Read(value, start + 2, vague=True)
        if word in self.vocab.vague_alone and _before_plural(doc, i + 1):
            return Read(self.vocab.vague_alone[word], i + 1, vague=True)  # "several herders"
        return None

    def joined_at(self, doc: Doc, i: int) -> tuple[Read, Read] | None:
        """A range written as one token ("4,000–6,000", "600-900"), with a scale
        after it for both ends ("1.5–2 million")."""
        match = JOINED.match(word_of(doc[i]))
        if match is None:
            return None
        low, high = (tidy(float(g.replace(",", ""))) for g in match.groups())
        scale = self._scale_at(doc, i + 1)
        end = i + 1 if scale is None else i + 2
        scale = scale or 1
        first = Read(tidy(round(low * scale, 6)), end, scale=scale)
        return first, Read(tidy(round(high * scale, 6)), end, scale=scale)

    def number_at(self, doc: Doc, i: int) -> Read | None:
        """The number that starts at ``i``: digits with a scale ("2 million"), an
        article with one ("a hundred"), "half a million", a vague plural or words."""
        token = doc[i]
        stated = digits(token)
        if stated is not None:
            scale = self._scale_at(doc, i + 1)
            if scale is not None:
                # rounded, so that binary floats do not turn 8.2 million into 8199999.99...
                return Read(tidy(round(stated * scale, 6)), i + 2, scale=scale)
            return Read(stated, i + 1)
        if token.lower_ in ("a", "an"):
            scale = self._scale_at(doc, i + 1)
            if scale is not None:
                # "a hundred and twenty" goes on as "one hundred and twenty" does
                words = self.words_at(doc, i + 1, leading=1)
                return words if words is not None and words.end > i + 2 else Read(scale, i + 2)
        share = self.vocab.fractions.get(token.lower_)
        if share is not None and i + 2 < len(doc) and doc[i + 1].lower_ in ("a", "an"):
            scale = self._scale_at(doc, i + 2)  # "half a million"
            if scale is not None:
                return Read(tidy(share * scale), i + 3)
        return self.vague_at(doc, i) or self.words_at(doc, i)

    def range_from(self, doc: Doc, first: Read, joiners: frozenset[str]) -> Read | None:
        """The second end of a range after ``first`` ("to 200 thousand"), if any."""
        j = first.end
        if first.vague or j + 1 >= len(doc) or doc[j].lower_ not in joiners:
            return None
        second = self.number_at(doc, j + 1)
        if second is None or second.vague:
            return None
        return second
