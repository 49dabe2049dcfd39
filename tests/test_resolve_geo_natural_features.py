"""Well-known mountains, ranges, lakes and seas are places a story may name alone.

GeoNames' city tables hold none of them, so they are hand-curated rows of
``regions.tsv``, compiled into the index by ``scripts/build_gazetteer.py
--refresh-world-regions``: every row must be in the shipped index, or a row added
to the file does nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from historiograph.resolve import Gazetteer
from historiograph.resolve.toponyms import Toponym, haversine_km, resolve_toponyms

REGIONS = Path(__file__).parents[1] / "src/historiograph/resolve/data/regions.tsv"


def test_every_row_of_regions_tsv_is_in_the_shipped_index(gazetteer: Gazetteer) -> None:
    rows = [
        line.split("\t")[0].split("|")
        for line in REGIONS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    missing = [
        names[0]
        for n, names in enumerate(rows, 1)
        if any(-n not in {p.geonames_id for p in gazetteer.lookup(name)} for name in names)
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("names", "lat", "lon"),
    [
        # "the climbers set out from Nanyuki for Mount Kenya"
        (("Nanyuki", "Mount Kenya"), -0.15, 37.31),
        # Hannibal crossed the Pyrenees and beat the Romans at Lake Trasimene.
        (("Spain", "Pyrenees"), 42.67, 1.0),
        (("Rome", "Lake Trasimene"), 43.13, 12.1),
        # "Sparta, below the Taygetus"
        (("Sparta", "Taygetus"), 36.95, 22.35),
        # A sea named without its generic word.
        (("Greece", "Aegean"), 39.0, 25.0),
    ],
)
def test_a_natural_feature_named_alone_is_placed(
    gazetteer: Gazetteer, names: tuple[str, ...], lat: float, lon: float
) -> None:
    place = resolve_toponyms([Toponym(n) for n in names], gazetteer)[-1]
    assert place is not None
    assert haversine_km(place.lat, place.lon, lat, lon) < 161
