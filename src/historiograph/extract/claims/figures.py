"""Figures: the numbers in a text that state how many, with their qualifier.

A figure is a number (:mod:`.numbers`: digits, words, a scale, a vague plural)
or a range of two ("100 to 200 thousand", "between 300 and 400", "4,000–6,000"),
or a share of a whole (:mod:`.shares`: "a third of the 900 residents"),
together with the qualifier phrase around it ("more than", "some", "as many as",
"or more", "300-odd"), which gives its bounds (:mod:`.bounds`). Numbers that
state no count are left out (:mod:`.nonfigures`: years, dates, names, ages,
money, back references).

A range written as one token ("4,000–6,000") is a range when it reads as a
count (thousands, a scale, a counted noun after it or a qualifier before it),
not a score ("3-6"); a range of two years is a period ("1914-1918"), and one
whose second end is not larger is no range.
"""

from __future__ import annotations

from spacy.tokens import Doc

from historiograph.extract.claims.bounds import Figure, bounded
from historiograph.extract.claims.nonfigures import NonFigures
from historiograph.extract.claims.numbers import Number, NumberReader, Read, are_years, tidy
from historiograph.extract.claims.shares import ShareReader
from historiograph.extract.claims.vocabulary import Phrases, Vocabulary
from historiograph.extract.time import tag_timexes
from historiograph.record import Qualifier, literal


def date_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the doc's dates and times: the time tagger's, from
    ``doc._.timexes`` when the pipeline ran it, else tagged here (a few regular
    expressions over the text)."""
    timexes = doc._.timexes if Doc.has_extension("timexes") else None
    if timexes is None:
        timexes = tag_timexes(doc.text)
    return [(t.span[0], t.span[1]) for t in timexes if t.type in ("DATE", "TIME")]


class FigureReader:
    """Reads figures out of a doc with one vocabulary (built once, used per doc)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._before = Phrases(vocab.qualifiers_before)
        self._after = Phrases(vocab.qualifiers_after)
        self._numbers = NumberReader(vocab)
        self._shares = ShareReader(vocab, self._numbers)
        self._non_figures = NonFigures(vocab, self._numbers)

    def _joined_counts(self, doc: Doc, i: int, joined: tuple[Read, Read], qualified: bool) -> bool:
        """Whether a one-token range is a count ("4,000–6,000", "600–900 killed",
        "an estimated 20-30"), not a score or a pair ("3-6", "Fall of wickets: 1-22"):
        thousands, a scale, a counted noun after it or a qualifier before it."""
        second = joined[1]
        end = second.end
        return (
            second.value >= 1000
            or second.scale > 1
            or qualified
            or self._non_figures.known_noun(doc, end)
            or (end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower)
        )

    def read(self, doc: Doc) -> list[Figure]:
        """Every figure in ``doc``, in text order, not overlapping."""
        before = {e: s for s, e in self._before.find(doc)}
        after = {s: e for s, e in self._after.find(doc)}
        labels_before = dict(self.vocab.qualifiers_before)
        labels_after = dict(self.vocab.qualifiers_after)
        figures: list[Figure] = []
        may_start = [self._numbers.may_start(t) for t in doc]
        openers = self.vocab.range_openers
        i = 0
        while i < len(doc):
            opens = i + 1 < len(doc) and may_start[i + 1] and doc[i].lower_ in openers
            if not (may_start[i] or opens):
                i += 1  # no number nor share starts here or after a range's opener
                continue
            figure = self._figure_at(
                doc, i, before, after, labels_before, labels_after
            ) or self._one_more(doc, i, figures)
            if figure is None:
                # a number in words that is no figure is none in any of its parts ("the
                # other hundred and twenty-two" does not leave "twenty-two")
                # nor is a vague plural ("their tens of thousands" does not leave
                # "thousands")
                words = self._numbers.words_at(doc, i) or self._numbers.vague_at(doc, i)
                i = words.end if words is not None else i + 1
                continue
            figures.append(figure)
            i = figure.end
        return figures

    def _one_more(self, doc: Doc, i: int, earlier: list[Figure]) -> Figure | None:
        """An ordinal that counts one more after a figure of one fewer in its sentence:
        "killing four passengers; a fifth died later in hospital" is one more dead.

        "a fifth of the village" is a fraction (:mod:`.shares`), and an ordinal no
        figure of one fewer precedes ("a second attack", "the third day") no count.
        """
        if i + 1 >= len(doc) or doc[i].lower_ not in ("a", "an"):
            return None
        place = self.vocab.ordinals.get(doc[i + 1].lower_)
        if place is None or (i + 2 < len(doc) and doc[i + 2].lower_ in ("of", "-")):
            return None
        if doc[i + 1].dep_ not in ("nsubj", "nsubjpass"):
            return None  # "a second attack": the ordinal orders a noun, it counts no one
        sentence = doc[i].sent.start
        before = [f for f in earlier if f.start >= sentence and f.low == place - 1]
        return bounded(i, i + 2, 1, "exact") if before else None

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
        fraction = self._shares.fraction(doc, start, i, qualified or "exact")
        if fraction is not None:
            return fraction
        opener = doc[i].lower_
        number_start = i + 1 if opener in self.vocab.range_openers else i
        if number_start >= len(doc):
            return None
        joined = self._numbers.joined_at(doc, i)
        first = joined[0] if joined else self._numbers.number_at(doc, number_start)
        if first is None:
            return None
        second: Read | None
        if joined is not None:
            if not self._joined_counts(doc, i, joined, i in before):
                return None
            number_start, second = i, joined[1]
        elif number_start != i:
            joiner = frozenset({self.vocab.range_openers[opener]})
            second = self._numbers.range_from(doc, first, joiner)
            if second is None:
                return None
        else:
            second = self._numbers.range_from(doc, first, self.vocab.range_joiners)
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
        if self._non_figures.excluded(doc, start, number_start, end):
            return None
        stated = doc[i : second.end].text if second is not None else doc[number_start:end].text
        if second is not None and are_years(doc[number_start : second.end].text, first, second):
            return None  # "1914-1918", "from 1939 to 1945": a period, whatever follows
        if second is not None:
            low: Number = first.value
            if first.scale == 1 and second.scale > 1 and low * second.scale <= second.value:
                low = tidy(low * second.scale)
            if low >= second.value:
                return None
            return Figure(start, end, stated, low, second.value, "range")
        if first.vague:
            return Figure(start, end, stated, first.value, None, "at_least")
        return bounded(start, end, first.value, qualifier)


def _hyphened(doc: Doc, end: int, after: dict[int, int]) -> int:
    """Where a qualifier after the number starts, past a hyphen that joins it to the
    number ("sixty-odd", "300-odd"); ``end`` when there is none."""
    hyphen = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
    return end + 1 if hyphen and end + 1 in after else end
