"""Speed, round 25b: word alternations grouped by first letter, and distances
remembered across the passes of a toponym choice. Each must find exactly what the
slower form found."""

from __future__ import annotations

import re

from historiograph.extract.time.grammar import _alternation, scan
from historiograph.resolve.gazetteer import Place
from historiograph.resolve.toponyms import _Context, haversine_km


def _plain_alternation(words: list[str]) -> str:
    """The alternation as it was written before grouping: longest first, one by one."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def test_grouped_words_match_what_the_plain_alternation_matches() -> None:
    words = ["the", "these", "this", "a", "an", "another", "last", "late", "May", "mid"]
    grouped = re.compile(_alternation(words) + r"\b", re.IGNORECASE)
    plain = re.compile(_plain_alternation(words) + r"\b", re.IGNORECASE)
    for text in ["These", "this", "An", "another", "LATE", "may", "Mid", "lasting", "them"]:
        found, expected = grouped.match(text), plain.match(text)
        assert (found and found.group()) == (expected and expected.group()), text


def test_a_word_opening_with_an_apostrophe_keeps_the_plain_alternation() -> None:
    assert _alternation(["'90s", "nineties"]) == "(?:nineties|['’]90s)"


def test_a_number_word_before_a_unit_is_still_one_duration() -> None:
    found = scan("The siege of Candia lasted twenty-one years before the town surrendered.")
    assert [(c.pattern.kind, c.groups.get("num")) for c in found] == [("duration", "twenty-one")]


def _town(name: str, lat: float, lon: float) -> Place:
    return Place(
        geonames_id=0,
        name=name,
        lat=lat,
        lon=lon,
        feature="PPL",
        country_code="FR",
        admin1="84",
        population=1000,
    )


def test_nearness_from_shared_distances_equals_a_fresh_reckoning() -> None:
    lyon, vienne, grenoble = (
        _town("Lyon", 45.75, 4.85),
        _town("Vienne", 45.52, 4.87),
        _town("Grenoble", 45.19, 5.72),
    )
    shared: dict[tuple[float, float], dict[tuple[float, float], float]] = {}
    first = _Context({}, [lyon, grenoble], shared)
    again = _Context({}, [grenoble, lyon], shared)
    fresh = _Context({}, [lyon, grenoble])
    assert first.nearness(vienne, 50.0) == again.nearness(vienne, 50.0)
    assert again.nearness(vienne, 50.0) == fresh.nearness(vienne, 50.0)
    assert shared[(45.52, 4.87)][(45.75, 4.85)] == haversine_km(45.52, 4.87, 45.75, 4.85)
