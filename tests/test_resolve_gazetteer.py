"""The offline gazetteer and toponym resolution in context."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path
from types import ModuleType

import pytest

from historiograph.evaluate.geo import haversine_km
from historiograph.resolve import Gazetteer, load_gazetteer
from historiograph.resolve.toponyms import Toponym, resolve_toponyms


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_index_loads_fast_enough() -> None:
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    assert len(gazetteer) > 150_000
    assert time.perf_counter() - start < 2.5  # under 1 s on a quiet machine: benchmarks/resolve.py


def test_transliterations_and_designators_find_the_place(gazetteer: Gazetteer) -> None:
    assert [p.geonames_id for p in gazetteer.lookup("Qasr-e-Shirin")] == [119586]
    assert [p.feature for p in gazetteer.lookup("Diyalah province")] == ["ADM1"]


def test_document_focus_picks_the_local_reading(gazetteer: Gazetteer) -> None:
    alone = resolve_toponyms([Toponym("Alexandria")], gazetteer)[0]
    assert alone is not None and alone.country_code == "EG"
    in_louisiana = resolve_toponyms([Toponym("Alexandria", "Louisiana")], gazetteer)[0]
    assert in_louisiana is not None and in_louisiana.admin1 == "Louisiana"
    us_story = resolve_toponyms([Toponym("Alexandria"), Toponym("Virginia")], gazetteer)[0]
    assert us_story is not None and us_story.country_code == "US"


def test_a_city_wins_over_its_province_unless_the_text_says_province(gazetteer: Gazetteer) -> None:
    city, province = resolve_toponyms(
        [Toponym("Kermanshah"), Toponym("Kermanshah province")], gazetteer
    )
    assert city is not None and city.feature.startswith("PPL")
    assert province is not None and province.feature == "ADM1"


def test_haversine() -> None:
    assert haversine_km(33.34, 44.40, 35.69, 51.42) == pytest.approx(690, abs=15)


def test_state_abbreviations_name_only_their_state(gazetteer: Gazetteer) -> None:
    assert [(p.feature, p.admin1) for p in gazetteer.lookup("W.Va.")] == [("ADM1", "West Virginia")]
    town = resolve_toponyms(
        [Toponym("Alexandria", "La."), Toponym("La.", qualifies=True)], gazetteer
    )
    assert [p.admin1 if p else None for p in town] == ["Louisiana", "Louisiana"]


def test_countries_continents_and_seas_have_reference_points(gazetteer: Gazetteer) -> None:
    for name, feature, (lat, lon) in [
        ("United States", "PCLI", (39.76, -98.5)),
        ("Russia", "PCLI", (60.0, 100.0)),
        ("Africa", "CONT", (7.19, 21.09)),
        ("Middle East", "RGN", (33.1, 35.9)),  # where LGL and GeoVirus put it
        ("Red Sea", "SEA", (20.0, 38.5)),
        ("Lake Titicaca", "LK", (-15.8, -69.4)),
        ("Mindanao", "ISL", (8.0, 125.0)),
        ("Urals", "MTS", (60.0, 60.0)),
    ]:
        place = resolve_toponyms([Toponym(name)], gazetteer)[0]
        assert place is not None and place.feature == feature, name
        assert haversine_km(place.lat, place.lon, lat, lon) < 50, name
        assert place.precision == 3, name


def test_a_region_lies_at_the_middle_of_its_area(gazetteer: Gazetteer) -> None:
    """A first-level region's point is the centroid of the area its towns span: within
    161 km of where GeoNames (Virginia) and Wikipedia (the others) put it, which the
    middle of the towns' range was not (Shetland pulled Scotland 175 km north)."""
    for name, country, (lat, lon) in [
        ("Virginia", "US", (37.55, -77.45)),
        ("Florida", "US", (28.1, -81.6)),
        ("Scotland", "GB", (56.0, -4.0)),
        ("Inner Mongolia", "CN", (44.0, 113.0)),
    ]:
        region = [p for p in gazetteer.lookup(name) if p.feature == "ADM1"]
        place = next(p for p in region if p.country_code == country)
        assert haversine_km(place.lat, place.lon, lat, lon) < 161, name


def test_counties_and_co_mentioned_places(gazetteer: Gazetteer) -> None:
    county, town = resolve_toponyms([Toponym("Laurel County"), Toponym("London")], gazetteer)
    assert county is not None and (county.feature, county.admin1) == ("ADM2", "Kentucky")
    assert town is not None and town.admin1 == "Kentucky"  # the London in Laurel County
    paris = resolve_toponyms([Toponym("Paris"), Toponym("Henry County", "Tenn.")], gazetteer)[0]
    assert paris is not None and paris.admin1 == "Tennessee"


def test_small_towns_and_counties_by_their_bare_names(gazetteer: Gazetteer) -> None:
    # cities500: a town of 700 people is in the index.
    assert [(p.name, p.admin1) for p in gazetteer.lookup("Niota")] == [("Niota", "Tennessee")]
    # A county is also found without the word "County", and carries its towns' population.
    dekalb = [p for p in gazetteer.lookup("DeKalb") if p.feature == "ADM2"]
    assert "Georgia" in {p.admin1 for p in dekalb}
    assert all(p.population > 0 for p in dekalb)


def test_hyphenated_compounds_name_their_places(gazetteer: Gazetteer) -> None:
    assert {p.admin1 for p in gazetteer.lookup("Atlanta-area")} >= {"Georgia"}
    assert {p.admin1 for p in gazetteer.lookup("R-Charleston")} >= {"South Carolina"}
    assert gazetteer.lookup("Winston-Salem")[0].name == "Winston-Salem"  # a name itself


def test_initials_match_only_their_exact_letters(gazetteer: Gazetteer) -> None:
    # The lossy key would make "U.S." and "US" the Kyrgyz town of Osh.
    assert gazetteer.lookup("U.S.") == []
    assert gazetteer.lookup("Egyptian-US") == []
    assert [p.admin1 for p in gazetteer.lookup("N.Y.")] == ["New York"]


def test_short_forms_are_written_out(gazetteer: Gazetteer) -> None:
    mounts = {(p.name, p.admin1) for p in gazetteer.lookup("Mt. Pleasant")}
    assert ("Mount Pleasant", "Iowa") in mounts and ("Mount Pleasant", "South Carolina") in mounts


@pytest.mark.parametrize(
    ("town", "county", "state"),
    [
        ("Paris", "Henry County", "Tennessee"),
        ("Athens", "Henderson County", "Texas"),
        ("Springfield", "Greene County", "Missouri"),
    ],
)
def test_names_that_are_all_ambiguous_take_the_readings_that_lie_together(
    gazetteer: Gazetteer, town: str, county: str, state: str
) -> None:
    """No qualifier and no unambiguous place: only the pair's coherence can tell."""
    alone = resolve_toponyms([Toponym(town)], gazetteer)[0]
    assert alone is not None and alone.admin1 != state
    places = resolve_toponyms([Toponym(town), Toponym(county)], gazetteer)
    assert [(p.admin1, p.country_code) if p else None for p in places] == [(state, "US")] * 2


def test_a_region_is_the_one_that_holds_the_other_names(gazetteer: Gazetteer) -> None:
    # The country's prior is stronger, and another country and state are named, but
    # the towns named with it lie in the state.
    names = ["Dunwoody", "Jonesboro", "Ohio", "Nigeria", "Georgia"]
    georgia = resolve_toponyms([Toponym(n) for n in names], gazetteer)[-1]
    assert georgia is not None
    assert (georgia.feature, georgia.country_code) == ("ADM1", "US")


def _region_territory() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "scripts" / "region_territory.py"
    spec = importlib.util.spec_from_file_location("region_territory", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_region_is_placed_in_the_middle_of_its_territory_not_of_its_towns() -> None:
    """A square country split between a west and an east region, the west's towns all
    in its south: its point lies up in the middle of its half, and a lone town coded to
    the west far inside the east (a coding error) claims no land."""
    shapely_geometry = pytest.importorskip("shapely.geometry")
    script = _region_territory()
    towns = [(1.0, 1.0, "W"), (2.0, 1.5, "W"), (5.0, 9.0, "E"), (6.0, 9.0, "E"), (9.5, 9.5, "W")]
    centres = script.territory_centres(towns, shapely_geometry.box(0, 0, 10, 10))
    west_lat, west_lon = centres["W"]
    east_lat, east_lon = centres["E"]
    assert west_lat > 3.0 and west_lon < 5.0  # the towns' hull centroid is at 1.5
    assert east_lat > 5.0 and east_lon > 6.5  # the north-east corner is the east's


@pytest.mark.parametrize(
    ("name", "cc", "lat", "lon"),
    [
        # GeoNames' own points of regions whose towns crowd into one part.
        ("Ontario", "CA", 49.25, -84.50),
        ("Alaska", "US", 64.00, -150.00),
        # Easter Island is in Valparaiso: the point stays on the mainland.
        ("Valparaiso", "CL", -32.83, -71.25),
    ],
)
def test_shipped_region_points_are_where_geonames_puts_them(
    gazetteer: Gazetteer, name: str, cc: str, lat: float, lon: float
) -> None:
    region = next(p for p in gazetteer.lookup(name) if p.feature == "ADM1" and p.country_code == cc)
    assert haversine_km(region.lat, region.lon, lat, lon) < 161
