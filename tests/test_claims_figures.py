"""Figures: numbers in digits and words, with their qualifier as low/high."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from historiograph.extract.claims.bounds import Figure
from historiograph.extract.claims.figures import FigureReader
from historiograph.extract.claims.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def reader() -> FigureReader:
    return FigureReader(load_vocabulary())


def figures(blank: Language, reader: FigureReader, text: str) -> list[tuple[str, Figure]]:
    doc = blank(text)
    return [(doc[f.start : f.end].text, f) for f in reader.read(doc)]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "low", "high", "qualifier"),
    [
        ("more than 6,000 people were killed", "more than 6,000", 6000, 6000, None, "more_than"),
        ("over 3,000 people", "over 3,000", 3000, 3000, None, "more_than"),
        ("more than twenty other members", "more than twenty", 20, 20, None, "more_than"),
        ("some 7,000 people", "some 7,000", 7000, 7000, 7000, "about"),
        ("at least 120 were wounded", "at least 120", 120, 120, None, "at_least"),
        (
            "as many as 4 million people",
            "as many as 4 million",
            4_000_000,
            None,
            4_000_000,
            "up_to",
        ),
        ("fewer than 50 soldiers", "fewer than 50", 50, None, 50, "less_than"),
        ("killed seventy-three students", "seventy-three", 73, 73, 73, "exact"),
        ("two hundred and five prisoners", "two hundred and five", 205, 205, 205, "exact"),
        (
            "more than 2 million people",
            "more than 2 million",
            2_000_000,
            2_000_000,
            None,
            "more_than",
        ),
        ("2.3 million deaths", "2.3 million", 2_300_000, 2_300_000, 2_300_000, "exact"),
        ("a dozen leaders", "a dozen", 12, 12, 12, "exact"),
        ("500 or more people", "500 or more", 500, 500, None, "at_least"),
        ("a hundred and twenty people", "a hundred and twenty", 120, 120, 120, "exact"),
        ("another hundred and six men", "hundred and six", 106, 106, 106, "exact"),
        ("forty-odd villagers", "forty-odd", 40, 40, None, "more_than"),
        ("about 300-odd families", "about 300-odd", 300, 300, 300, "about"),
    ],
)
def test_single_figures_map_their_qualifier_to_low_and_high(
    blank: Language,
    reader: FigureReader,
    text: str,
    phrase: str,
    value: int,
    low: int | None,
    high: int | None,
    qualifier: str,
) -> None:
    ((found, figure),) = figures(blank, reader, text)
    assert found == phrase
    assert (figure.value, figure.low, figure.high, figure.qualifier) == (
        value,
        low,
        high,
        qualifier,
    )


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("100 to 200 thousand people were killed", 100_000, 200_000),
        ("between 300 and 400 dead", 300, 400),
        ("100-200 fighters", 100, 200),
        ("two or three villages", 2, 3),
    ],
)
def test_ranges_share_a_trailing_scale(
    blank: Language, reader: FigureReader, text: str, low: int, high: int
) -> None:
    ((_, figure),) = figures(blank, reader, text)
    assert (figure.low, figure.high, figure.qualifier) == (low, high, "range")
    assert isinstance(figure.value, str)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("dozens of candidates", 24),
        ("hundreds of supporters", 200),
        ("tens of thousands of refugees", 20_000),
        ("several thousand troops", 3000),
    ],
)
def test_vague_plurals_are_at_least_twice_their_base(
    blank: Language, reader: FigureReader, text: str, low: int
) -> None:
    ((_, figure),) = figures(blank, reader, text)
    assert (figure.low, figure.high, figure.qualifier) == (low, None, "at_least")


@pytest.mark.parametrize(
    "text",
    [
        "In 1979 the revolution won.",
        "On June 19, 1981, they rose.",
        "Following the adoption of Resolution 598 by Iran.",
        "Koushki, Assassins, 2008, p. 403 – 331",
        "the two sides fought",
        "these two failures created another ground",
        "the future[1] of the regime",
        "after only two years, it was over",
        "A summary of a three-volume history",
        "about 40 percent of the vote",
        "one of the groups",
        "the 1980s",
        "In the spring of 1982 ...",
    ],
)
def test_years_dates_identifiers_and_references_are_not_figures(
    blank: Language, reader: FigureReader, text: str
) -> None:
    assert figures(blank, reader, text) == []


def test_a_year_sized_number_of_people_is_a_figure(blank: Language, reader: FigureReader) -> None:
    ((found, figure),) = figures(blank, reader, "In 1988, 1500 prisoners were executed.")
    assert (found, figure.value) == ("1500", 1500)


def test_a_number_in_words_that_is_no_figure_leaves_no_part_behind(
    blank: Language, reader: FigureReader
) -> None:
    # "the other" refers back: neither the whole nor its "twenty-two" is a new figure
    assert figures(blank, reader, "The other hundred and twenty-two never came up.") == []
