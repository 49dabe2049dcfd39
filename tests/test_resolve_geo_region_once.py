"""A region the text names is evidence for the places inside it once, not three times.

Before, a village inside a named state gained from the state's name as a coherent
candidate, from the state's share of the document's places, and again for the state
being named: enough to beat a capital or a state that merely shares the village's
name ("Washington" among Pennsylvania, Ohio and Michigan became Washington,
Pennsylvania). A local town still wins where the text's places all lie around it.
"""

from __future__ import annotations

import pytest

from historiograph.resolve import Gazetteer
from historiograph.resolve.toponyms import Toponym, resolve_toponyms


def _last(gazetteer: Gazetteer, *names: str) -> tuple[str, str, str]:
    place = resolve_toponyms([Toponym(n) for n in names], gazetteer)[-1]
    assert place is not None
    return place.name, place.feature, place.admin1


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # The national capital, not a town in one of the states the story lists.
        (("Pennsylvania", "Ohio", "Michigan", "Washington"), ("Washington", "PPLC")),
        # A state among states and a big city: the state, not a village in Illinois.
        (("Illinois", "Chicago", "Indiana", "Kansas"), ("Kansas", "ADM1")),
        # A state capital, not a village of the name in a neighbouring state.
        (("Louisiana", "Texas", "Mississippi", "Richmond"), ("Richmond", "PPLA")),
    ],
)
def test_a_named_region_does_not_outweigh_a_prominent_namesake(
    gazetteer: Gazetteer, names: tuple[str, ...], expected: tuple[str, str]
) -> None:
    assert _last(gazetteer, *names)[:2] == expected


def test_a_town_inside_the_named_region_still_wins(gazetteer: Gazetteer) -> None:
    # Richmond, Indiana: the text is about Indiana and its neighbour.
    assert _last(gazetteer, "Indiana", "Illinois", "Richmond") == ("Richmond", "PPLA2", "Indiana")
