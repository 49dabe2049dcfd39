"""The temporal tagger on examples of what historians write (and what they don't)."""

from __future__ import annotations

import datetime as dt

import pytest

from historiograph.extract.time import tag_timexes

D = dt.date


def one(text: str, **kwargs: object) -> tuple[str, str, str, str | None, D | None, D | None]:
    """The single timex in ``text``: (text, type, value, mod, earliest, latest)."""
    timexes = tag_timexes(text, **kwargs)  # type: ignore[arg-type]
    assert len(timexes) == 1, [t.text for t in timexes]
    t = timexes[0]
    return t.text, t.type, t.value, t.mod, t.earliest, t.latest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It began on June 19, 1981.",
            ("June 19, 1981", "DATE", "1981-06-19", None, D(1981, 6, 19), D(1981, 6, 19)),
        ),
        (
            "It began on 19 June 1981.",
            ("19 June 1981", "DATE", "1981-06-19", None, D(1981, 6, 19), D(1981, 6, 19)),
        ),
        (
            "It began on 1981-06-19.",
            ("1981-06-19", "DATE", "1981-06-19", None, D(1981, 6, 19), D(1981, 6, 19)),
        ),
        (
            "It began in June 1981.",
            ("June 1981", "DATE", "1981-06", None, D(1981, 6, 1), D(1981, 6, 30)),
        ),
        (
            "It moved in 1986 to Iraq.",
            ("1986", "DATE", "1986", None, D(1986, 1, 1), D(1986, 12, 31)),
        ),
        (
            "It grew in the 1980s.",
            ("the 1980s", "DATE", "198", None, D(1980, 1, 1), D(1989, 12, 31)),
        ),
        ("It grew in the '80s.", ("the '80s", "DATE", "198", None, D(1980, 1, 1), D(1989, 12, 31))),
        (
            "It formed in the mid-1960s.",
            ("the mid-1960s", "DATE", "196", "MID", D(1963, 1, 1), D(1966, 12, 31)),
        ),
        (
            "It split in the late 1970s.",
            ("the late 1970s", "DATE", "197", "END", D(1976, 1, 1), D(1979, 12, 31)),
        ),
        (
            "It struck in early 1988.",
            ("early 1988", "DATE", "1988", "START", D(1988, 1, 1), D(1988, 4, 30)),
        ),
        (
            "Plans for the first half of 1981.",
            ("the first half of 1981", "DATE", "1981-H1", None, D(1981, 1, 1), D(1981, 6, 30)),
        ),
        (
            "It lasted the summer of 1982.",
            ("the summer of 1982", "DATE", "1982-SU", None, D(1982, 6, 21), D(1982, 9, 22)),
        ),
        (
            "It rained in spring 1988.",
            ("spring 1988", "DATE", "1988-SP", None, D(1988, 3, 20), D(1988, 6, 20)),
        ),
        (
            "Profits fell in the third quarter of 1989.",
            ("the third quarter of 1989", "DATE", "1989-Q3", None, D(1989, 7, 1), D(1989, 9, 30)),
        ),
        (
            "Empires fell in the 19th century.",
            ("the 19th century", "DATE", "18", None, D(1800, 1, 1), D(1899, 12, 31)),
        ),
        (
            "It was founded around 1985.",
            ("around 1985", "DATE", "1985", "APPROX", D(1985, 1, 1), D(1985, 12, 31)),
        ),
        (
            "It was founded circa 1990.",
            ("circa 1990", "DATE", "1990", "APPROX", D(1990, 1, 1), D(1990, 12, 31)),
        ),
        ("Sparta fell in 371 BC.", ("371 BC", "DATE", "BC0371", None, None, None)),
    ],
)
def test_absolute_dates(text: str, expected: tuple[object, ...]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There were 1,200 attempts of operations.",
        "The martyrdom of 72 Islamic leaders.",
        "Following the adoption of Resolution 598 by Iran.",
        "A location 80 miles from the border.",
        "Koushki, Assassins, p. 403 – 331.",
        "The assassination of influential Friday Imams.",
        "Theresa May spoke to the press.",
        "The killings reached over 3,000 people.",
        "We can mention their reactions.",
        "Iraq imports about three-quarters of its food.",
        "Three quarters of the members voted for it.",
    ],
)
def test_numbers_and_names_that_are_not_times(text: str) -> None:
    assert tag_timexes(text) == []


def test_a_year_needs_a_time_context() -> None:
    assert [t.text for t in tag_timexes("He had 1986 reasons. In 1986 he left.")] == ["1986"]
    assert tag_timexes("He had 1986 reasons.") == []


def test_a_count_of_quarters_is_still_a_duration() -> None:
    assert one("The company lost money for three quarters.")[1:3] == ("DURATION", "P3Q")


def test_quantities_of_years_are_durations_not_dates() -> None:
    assert one("The war lasted eight years.")[1:3] == ("DURATION", "P8Y")
    assert one("It lasted half a century.")[1:3] == ("DURATION", "P50Y")
    assert one("Over the past 50 years it changed.")[:3] == (
        "the past 50 years",
        "DURATION",
        "P50Y",
    )
    assert one("It took more than four hours.")[:4] == (
        "more than four hours",
        "DURATION",
        "PT4H",
        "MORE_THAN",
    )


def test_sets() -> None:
    assert one("They met every year.")[:3] == ("every year", "SET", "P1Y")
    assert one("They met every Friday.")[:3] == ("every Friday", "SET", "XXXX-WXX-5")
    assert one("Rallies are held every weekend.")[:3] == ("every weekend", "SET", "XXXX-WXX-WE")
    # one weekend is a date, not a set
    assert one("They met last weekend.", published=D(2026, 6, 9))[:3] == (
        "last weekend",
        "DATE",
        "2026-W23-WE",
    )


def test_a_compound_duration_is_one_timex_in_both_units() -> None:
    assert one("He finished in four hours and 12 minutes.")[:3] == (
        "four hours and 12 minutes",
        "DURATION",
        "PT4H12M",
    )
    assert one("She served two years and three months.")[2] == "P2Y3M"
    assert one("The storm lasted one day and six hours.")[2] == "P1DT6H"
    # "and" before a counted expression joins two timexes, not one duration
    timexes = tag_timexes("It rose for three months and two years later fell.")
    assert [t.text for t in timexes] == ["three months", "two years later"]


def test_a_range_bounds_its_two_ends() -> None:
    first, second = tag_timexes("Since June 19, 1981, to the summer of 1982, it fought.")
    assert (first.value, first.mod, first.earliest, first.latest) == (
        "1981-06-19",
        "ON_OR_AFTER",
        D(1981, 6, 19),
        None,
    )
    assert (second.value, second.mod, second.earliest, second.latest, second.precision) == (
        "1982-SU",
        "ON_OR_BEFORE",
        None,
        D(1982, 9, 22),
        "season",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The war (1980–1988) ended.",
        "The war ran from 1980 to 1988.",
        "It was fought between 1980 and 1988.",
    ],
)
def test_ranges_of_years(text: str) -> None:
    first, second = tag_timexes(text)
    assert (first.value, first.earliest, first.latest) == ("1980", D(1980, 1, 1), None)
    assert (second.value, second.earliest, second.latest) == ("1988", None, D(1988, 12, 31))


def test_open_intervals() -> None:
    assert one("It has ruled since 1986.")[2:] == ("1986", "ON_OR_AFTER", D(1986, 1, 1), None)
    assert one("It ruled until 2003.")[2:] == ("2003", "ON_OR_BEFORE", None, D(2003, 12, 31))
    assert one("It was over by 1983.")[2:] == ("1983", "ON_OR_BEFORE", None, D(1983, 12, 31))
    assert one("It came after 1979.")[2:] == ("1979", "AFTER", D(1980, 1, 1), None)


def test_relative_expressions_resolve_against_narrative_time() -> None:
    timexes = tag_timexes(
        "The party was bombed on August 29, 1981. Two days later, leaders met. "
        "The following year it moved."
    )
    dates = [(t.text, t.value, t.anchor) for t in timexes]
    assert dates == [
        ("August 29, 1981", "1981-08-29", None),
        ("Two days later", "1981-08-31", "t1"),
        ("The following year", "1982", "t2"),
    ]


def test_after_a_span_of_years_and_at_that_time() -> None:
    timexes = tag_timexes(
        "It was set up on August 29, 1981. At last, after only two years, it broke up. "
        "At that time, few cared."
    )
    assert [(t.text, t.type, t.value, t.anchor) for t in timexes] == [
        ("August 29, 1981", "DATE", "1981-08-29", None),
        ("after only two years", "DATE", "1983", "t1"),
        ("that time", "DATE", "1983", "t2"),
    ]


def test_that_summer_and_a_month_named_alone() -> None:
    timexes = tag_timexes(
        "The offensive began in March 1982. That summer it stalled; in September it resumed."
    )
    assert [(t.text, t.value) for t in timexes] == [
        ("March 1982", "1982-03"),
        ("That summer", "1982-SU"),
        ("September", "1982-09"),
    ]


def test_deictic_expressions_use_the_document_date() -> None:
    published = D(1998, 8, 8)
    timexes = tag_timexes(
        "Last year prices rose; two weeks ago they fell, and on Friday they rose again.",
        published=published,
    )
    assert [(t.text, t.value, t.anchor) for t in timexes] == [
        ("Last year", "1997", "document"),
        ("two weeks ago", "1998-W30", "document"),
        ("Friday", "1998-08-07", "document"),
    ]


def test_persian_and_hijri_dates_are_converted() -> None:
    assert one("The bombing of 7 Tir 1360 shocked Tehran.")[:3] == (
        "7 Tir 1360",
        "DATE",
        "1981-06-28",
    )
    timexes = tag_timexes(
        "On June 28, 1981 the office was bombed; on the 8th of Shahrivar another blast followed."
    )
    assert [(t.text, t.value, t.anchor) for t in timexes][1] == (
        "the 8th of Shahrivar",
        "1981-08-30",
        "t1",
    )
    assert one("It happened on 1 Muharram 1401 AH.")[:3] == (
        "1 Muharram 1401 AH",
        "DATE",
        "1980-11-09",
    )


def test_ids_follow_text_order_and_spans_point_at_the_text() -> None:
    text = "In 1979 the revolution won; in 1986 the group left; in July 2012 a warrant came."
    timexes = tag_timexes(text)
    assert [t.id for t in timexes] == ["t1", "t2", "t3"]
    assert all(text[t.span[0] : t.span[1]] == t.text for t in timexes)


def test_fall_as_a_verb_is_no_season() -> None:
    text = (
        "Profit is expected to fall below estimates; prices rise and fall sharply. By fall, it had."
    )
    found = tag_timexes(text, published=dt.date(1989, 10, 30))
    assert [(t.text, t.value) for t in found] == [("fall", "1989-FA")]
    assert found[0].span[0] == text.index("By fall") + 3
