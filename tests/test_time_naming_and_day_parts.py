"""The temporal tagger on years that name a body or document ("the commission
of 1991"), which do not move the story's year, and on parts of the day that
qualify a noun ("their midday meal"), which are no times."""

from __future__ import annotations

import pytest

from historiograph.extract.time import tag_timexes


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text)}


@pytest.mark.parametrize(
    "name",
    [
        "The parliamentary commission of 1991",
        "The Constitution of 1917",
        "The report of 2003",
        "The law of 1905",
    ],
)
def test_a_year_closing_the_noun_of_is_tagged_but_keeps_the_story_year(name: str) -> None:
    text = (
        "In March 1968 police fired on strikers in Dravna. "
        f"{name} established that 112 people were killed. "
        "The strike had begun on 14 March; on 20 March troops arrived."
    )
    values = _values(text)
    assert values[name.split()[-1]] == name.split()[-1]
    assert values["14 March"] == "1968-03-14"
    assert values["20 March"] == "1968-03-20"


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        (
            "In May 1917 crowds gathered. Over the course of 1918 it fled. On 3 June it ended.",
            "3 June",
            "1918-06-03",
        ),
        (
            "In May 1917 crowds gathered. The troops in March of 1918 fled. On 3 June it ended.",
            "3 June",
            "1918-06-03",
        ),
    ],
)
def test_a_stretch_of_time_or_a_clause_before_of_still_moves_the_story(
    text: str, day: str, value: str
) -> None:
    assert _values(text)[day] == value


@pytest.mark.parametrize(
    "text",
    [
        "The prisoners refused their midday meal on 16 March 1970.",
        "They skipped the midday prayer on 16 March 1970.",
        "A midnight curfew began on 16 March 1970.",
        "He watched the evening news on 16 March 1970.",
        "She worked at dawn shifts on 16 March 1970.",
    ],
)
def test_a_part_of_the_day_before_a_noun_it_qualifies_is_not_tagged(text: str) -> None:
    assert list(_values(text)) == ["16 March 1970"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 16 March 1970 they met at midday.", "midday"),
        ("On 16 March 1970 the crowd left by midday.", "midday"),
        ("In March 1970 they met at midday on Tuesday.", "midday on Tuesday"),
        ("They met on the morning of 4 September 1970.", "the morning of 4 September 1970"),
        ("In March 1970 they met on Tuesday night.", "Tuesday night"),
        ("On 16 March 1970 they worked through the evening.", "the evening"),
    ],
)
def test_a_part_of_the_day_as_a_time_is_still_tagged(text: str, expected: str) -> None:
    assert expected in _values(text)
