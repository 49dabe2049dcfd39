"""Shares: a fraction, a percentage or a rate of a whole, as a figure.

A fraction of a stated whole is that share of it ("a third of the 900
residents" = 300); of a pronoun ("nearly half of them") it is that share of the
figure before, which the extractor resolves (:func:`.bounds.share_of`). A
percentage or a rate with an "of" is such a fraction ("40 percent of the 5,000
residents", "one in five of them"); a percentage of a pronoun is not (yet) a
figure, and without an "of" a percentage or a rate is no count at all
("turnout was 40 percent", "one in four children").
"""

from __future__ import annotations

from spacy.tokens import Doc

from historiograph.extract.claims.bounds import Figure, bounded
from historiograph.extract.claims.numbers import NumberReader, tidy
from historiograph.extract.claims.vocabulary import Vocabulary
from historiograph.record import Qualifier

_OF_WITHIN = 8  # the farthest "of" of a share: "twenty - five per cent of", "two out of three of"
_WHOLE_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "our", "his", "her"})
_WHOLE_PRONOUNS = frozenset({"them", "us", "whom", "these", "those"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def phrase_end(doc: Doc, j: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Where one of ``phrases`` (lowercase words) that starts at token ``j`` ends."""
    for phrase in phrases:
        end = j + len(phrase)
        if end <= len(doc) and tuple(t.lower_ for t in doc[j:end]) == phrase:
            return end
    return None


class ShareReader:
    """Reads shares of a whole with one vocabulary (its fractions, percent words
    and rate joiners)."""

    def __init__(self, vocab: Vocabulary, numbers: NumberReader) -> None:
        self.vocab = vocab
        self._numbers = numbers

    def _fraction_at(self, doc: Doc, i: int) -> tuple[float, int] | None:
        """A fraction with its "of" ("a third of", "two thirds of", "half of", "40
        percent of", "one in five of"): the share, and where the "of" is."""
        shared = self._percent_at(doc, i) or self._rate_at(doc, i)
        if shared is not None:
            return shared
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

    def _percent_at(self, doc: Doc, i: int) -> tuple[float, int] | None:
        """ "40 percent of", "15% of": a share of a hundred, and where the "of" is. A
        percentage with no "of" stays no figure (see module doc)."""
        number = self._numbers.number_at(doc, i)
        if number is None or number.vague:
            return None
        of = phrase_end(doc, number.end, self.vocab.percents)
        if of is None or of >= len(doc) or doc[of].lower_ != "of":
            return None
        return number.value / 100, of

    def _rate_at(self, doc: Doc, i: int) -> tuple[float, int] | None:
        """ "one in five of", "two out of three of": the share, and where the "of" is.
        Without the "of" such a pair is a rate, no count ("one in four children")."""
        small = self._numbers.number_at(doc, i)
        if small is None or small.vague:
            return None
        j = phrase_end(doc, small.end, self.vocab.rate_joiners)
        large = self._numbers.number_at(doc, j) if j is not None and j < len(doc) else None
        if large is None or large.vague or large.value <= small.value:
            return None
        if large.end >= len(doc) or doc[large.end].lower_ != "of":
            return None
        return small.value / large.value, large.end

    def fraction(self, doc: Doc, start: int, i: int, qualifier: Qualifier) -> Figure | None:
        """ "a third of the 900 residents" (300), or "half of them" (a share of the
        figure before, resolved by the extractor)."""
        # every share has its "of" a few words on: most tokens need no closer look
        if not any(t.lower_ == "of" for t in doc[i + 1 : i + _OF_WITHIN + 1]):
            return None
        found = self._fraction_at(doc, i)
        if found is None:
            return None
        share, of = found
        k = of + 1
        if k < len(doc) and doc[k].lower_ in _WHOLE_DETERMINERS:
            k += 1
        if k + 2 < len(doc) and doc[k + 1].text in _POSSESSIVE_MARKS:
            k += 2  # "a third of the plant's 5,400 staff"
        whole = self._numbers.number_at(doc, k) if k < len(doc) else None
        if whole is not None and not whole.vague:
            value = tidy(round(share * whole.value))
            return bounded(start, whole.end, value, qualifier)
        # a percentage of a pronoun ("40 per cent of them were children") is left as
        # the gold sets have it so far: no figure of its own
        pronoun = k == of + 1 and k < len(doc) and doc[k].lower_ in _WHOLE_PRONOUNS
        if pronoun and self._percent_at(doc, i) is None:
            return Figure(start, of, doc[start:of].text, None, None, qualifier, share)
        return None
