"""The shortcuts that let the readers pass most tokens by still find what they find.

The figure reader looks closer only at tokens a number or a share can start
at, and the source reader only at words a cue rests on; these examples are the
kinds such a shortcut could lose: a share of a whole, a range after its
opener, a number word with a footnote mark, a source noun in the plural.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from historiograph.extract.claims.figures import FigureReader
from historiograph.extract.claims.numbers import NumberReader
from historiograph.extract.claims.vocabulary import in_words, load_vocabulary
from historiograph.resolve.keys import fold


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def reader() -> FigureReader:
    return FigureReader(load_vocabulary())


def stated(blank: Language, reader: FigureReader, text: str) -> list[tuple[str, object, object]]:
    doc = blank(text)
    return [(doc[f.start : f.end].text, f.low, f.high) for f in reader.read(doc)]


@pytest.mark.parametrize(
    ("text", "phrase", "low", "high"),
    [
        ("a third of the 900 residents fled the valley", "a third of the 900", 300, 300),
        ("two-thirds of the 1,200 miners went back", "two-thirds of the 1,200", 800, 800),
        ("between 300 and 400 families camped there", "between 300 and 400", 300, 400),
        ("some seventy-three boats were sunk", "some seventy-three", 73, 73),
        ("tens of thousands marched on the capital", "tens of thousands", 20_000, None),
        ("half a million people voted", "half a million", 500_000, 500_000),
    ],
)
def test_figures_that_start_with_a_word_or_an_opener_are_still_read(
    blank: Language, reader: FigureReader, text: str, phrase: str, low: object, high: object
) -> None:
    assert (phrase, low, high) in stated(blank, reader, text)


def test_a_text_without_numbers_has_no_figures(blank: Language, reader: FigureReader) -> None:
    assert stated(blank, reader, "The river rose over the old bridge at dawn.") == []


def test_a_number_may_start_at_digits_number_words_and_footnoted_words(blank: Language) -> None:
    numbers = NumberReader(load_vocabulary())
    doc = blank("In all 4,500 fled , twelve¹ stayed and the rest hid")
    starts = {t.text for t in doc if numbers.may_start(t)}
    assert {"4,500", "twelve¹"} <= starts
    assert not {"fled", ",", "stayed", "rest", "hid"} & starts


def test_cached_word_lookups_answer_as_before() -> None:
    words = frozenset({"nurse", "bus", "witness"})
    assert in_words("Nurses", words)
    assert in_words("buses", words)
    assert in_words("witnesses", words)
    assert not in_words("horses", words)
    assert in_words("Nurses", words)  # asked again, from the cache
    assert fold("Qaşr-e Shīrīn") == fold("Qaşr-e Shīrīn") == "qasr e shirin"
