"""First-level regions by the English names of GeoNames' region table.

GeoNames' admin1 code table keeps a local form for hundreds of regions ("Nord Kivu",
"Hamgyong-namdo", "Bratislavsky Kraj"); news writes the English one. The index also
holds the names of ``regionInfo_admin1.tsv`` (``scripts/build_gazetteer.py
--add-region-names``), so that a story about eastern Congo finds its province.
"""

from __future__ import annotations

import pytest

from historiograph.resolve import Gazetteer, load_gazetteer
from historiograph.resolve.toponyms import Toponym, resolve_toponyms


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("North Kivu", "CD"),
        ("South Hamgyong", "KP"),
        ("Bratislava Region", "SK"),
        ("Luang Prabang Province", "LA"),
    ],
)
def test_english_region_names_find_the_region(
    gazetteer: Gazetteer, written: str, country: str
) -> None:
    regions = [p for p in gazetteer.lookup(written) if p.feature == "ADM1"]
    assert [p.country_code for p in regions] == [country]


def test_the_local_form_still_finds_it(gazetteer: Gazetteer) -> None:
    local = {p.geonames_id for p in gazetteer.lookup("Nord Kivu") if p.feature == "ADM1"}
    english = {p.geonames_id for p in gazetteer.lookup("North Kivu") if p.feature == "ADM1"}
    assert local == english != set()


def test_a_story_about_eastern_congo_places_its_province(gazetteer: Gazetteer) -> None:
    # "Clashes in North Kivu drove families towards Goma, Congo."
    province, town = resolve_toponyms([Toponym("North Kivu"), Toponym("Goma", "Congo")], gazetteer)
    assert province is not None and province.feature == "ADM1"
    assert town is not None and province.country_code == town.country_code == "CD"
