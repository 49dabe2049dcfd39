"""The scan tries each pattern only where an expression can start, and finds
exactly what running every pattern over the whole text finds."""

from __future__ import annotations

import pytest

from historiograph.extract.time.grammar import Starts, load_patterns, matches

TEXTS = [
    "In early 1988 the group carried out two operations. Two days later, on August 20, "
    "1988, a ceasefire began. Since June 19, 1981, to the summer of 1982, attacks went on "
    "for eight years in the 1980s. 72 leaders and 1,200 attempts are not times.",
    "1866 also saw the railway reach the coast; by the winter of 1708-09 (or 1708/09) "
    "prices had doubled, and at 9 a.m. EST Tuesday the market reopened.",
    "Hannibal crossed the Alps in the autumn of 218 BC; on 2 August 216 BC he won at "
    "Cannae. Every Sunday morning, twice a week, the 46-day siege, the '80s, mid-June.",
    "$1990 and #2001 and 12/06/1999 and 1990–91, N.Y., c.1998, 'January', (May 5).",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_trying_patterns_only_at_possible_starts_finds_every_match_finditer_finds(
    text: str,
) -> None:
    starts = Starts(text)
    for pattern in load_patterns():
        expected = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
        found = [(m.span(), m.groupdict()) for m in matches(pattern, text, starts)]
        assert found == expected, pattern.name


def test_a_month_name_pattern_starts_only_at_a_capital() -> None:
    month_day = next(p for p in load_patterns() if p.name == "month_day")
    assert month_day.first is not None
    assert month_day.first.match("M") is not None
    assert month_day.first.match("m") is None  # "may" is no month here, "May" is
