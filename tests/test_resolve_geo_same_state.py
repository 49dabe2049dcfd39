"""Towns named together lie in one first-level region; a settlement's designator names a
town; an island of one country carries the country.

Local news names its towns without their state. Coherence counted only the nearness
of the other names' readings (50 km scale), so a town 150 km from the others, in their
state, lost to a state capital of its name elsewhere: "Augusta" beside "Athens" and
"Clarke County" became the capital of Maine. The others' readings in the candidate's
state now lend it a small share of support (``coherence_region``), well below what a
neighbour gives, so that nearness still decides between two towns of one state.

"Lore City" (Ohio) is a town by its own words: its bare name's lossy key (Lori, a
region of Armenia) is no reading of it.
"""

from __future__ import annotations

import dataclasses

from historiograph.resolve import Gazetteer
from historiograph.resolve.toponyms import Toponym, default_weights, resolve_toponyms


def _places(
    gazetteer: Gazetteer, *names: str, region: float | None = None
) -> list[tuple[str, str]]:
    weights = default_weights()
    if region is not None:
        weights = dataclasses.replace(weights, coherence_region=region)
    places = resolve_toponyms([Toponym(n) for n in names], gazetteer, weights=weights)
    return [(p.name, p.admin1) if p else ("", "") for p in places]


def test_a_town_in_the_state_of_the_other_names_beats_a_capital_elsewhere(
    gazetteer: Gazetteer,
) -> None:
    names = ("Athens", "Clarke County", "Augusta")
    assert _places(gazetteer, *names)[-1] == ("Augusta", "Georgia")
    # Without the state's share, the capital of Maine won.
    assert _places(gazetteer, *names, region=0.0)[-1] == ("Augusta", "Maine")


def test_the_state_share_does_not_overrule_neighbours(gazetteer: Gazetteer) -> None:
    # Athens and Augusta alone: the pair that lie together (in Maine) still wins.
    assert _places(gazetteer, "Athens", "Augusta") == [("Athens", "Maine"), ("Augusta", "Maine")]


def test_a_settlement_designator_names_no_region(gazetteer: Gazetteer) -> None:
    place = resolve_toponyms([Toponym("Lore City")], gazetteer)[0]
    assert place is None or place.feature not in {"ADM1", "ADM2", "PCLI"}
    # A region's own designator still names the region.
    tigray = resolve_toponyms([Toponym("Tigray region")], gazetteer)[0]
    assert tigray is not None and tigray.feature == "ADM1"


def test_an_island_of_one_country_shares_its_focus(gazetteer: Gazetteer) -> None:
    # Luzon, the island, carries its country: in a story about the Philippines the
    # country's share supports it as much as it does the village Luzon (Davao).
    names = ("Philippines", "Pangasinan", "Bulacan", "Luzon")
    place = resolve_toponyms([Toponym(n) for n in names], gazetteer)[-1]
    assert place is not None
    assert (place.feature, place.country_code) == ("ISL", "PH")
