"""Toponym resolution: choose the gazetteer place a name refers to, in context.

Each candidate is scored on evidence a reader would use (Leidner's and
CLIFF-CLAVIN's heuristics, without a trained ranker), with weights from
``data/toponyms.yaml`` (measured by ``benchmarks/resolve.py --geo``):

- its prominence: feature type (country > region > capital > seat) and population;
- an explicit container after a comma ("Alexandria, La.", "Paris, France"),
  the strongest signal a writer gives;
- the document's country focus: countries named in the document and the
  countries of the other places resolved;
- its first-level region's share of the other places ("Columbus" in a story
  about Georgia towns), and whether the text names that region;
- nearness to the other places the document names (local news names
  neighbouring towns);
- a designator that says the name is a region ("Laurel County", "Diyalah province").

One sense per discourse: every mention of a name in a document takes the
reading its best-qualified mention supports. Resolution runs a few passes, so
that each pass's choices sharpen the next one's context; a place's own name
never counts as context for itself.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from historiograph.resolve.gazetteer import Gazetteer, Place, strip_designators
from historiograph.resolve.keys import fold, translit_key

WEIGHTS = Path(__file__).parent / "data" / "toponyms.yaml"
_REGIONS = frozenset({"ADM1", "ADM2"})
_CONTAINERS = frozenset({"ADM1", "PCLI"})
# Features too large to say where the document is: they count for country
# focus, never for nearness.
_AREAS = frozenset({"PCLI", "ADM1", "CONT", "RGN", "OCN", "SEA", "GULF", "LK"})


@dataclass(frozen=True, slots=True)
class Weights:
    """The scoring weights and scales (``data/toponyms.yaml``)."""

    population: float
    features: Mapping[str, float]
    country_focus: float
    region_focus: float
    region_named: float
    nearness: float
    nearness_km: float
    qualifier: float
    container: float
    designated_region: float
    exact_name: float
    passes: int


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    """The shipped weights."""
    data = yaml.safe_load(WEIGHTS.read_text(encoding="utf-8"))
    return Weights(**{k: v for k, v in data.items() if k != "format"})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name to resolve.

    ``qualifier`` is the name written after it and a comma ("Louisiana" in
    "Alexandria, Louisiana"); ``qualifies`` says this name is itself such a
    qualifier, so a region or country is meant; ``extra`` are candidates the
    knowledge base adds (a country whose name a US state shares).
    """

    name: str
    qualifier: str | None = None
    qualifies: bool = False
    extra: tuple[Place, ...] = field(default=())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _candidates(gazetteer: Gazetteer, toponym: Toponym) -> list[Place]:
    found = {p.geonames_id: p for p in gazetteer.lookup(toponym.name)}
    found.update((p.geonames_id, p) for p in toponym.extra)
    return list(found.values())


def _containers(gazetteer: Gazetteer, qualifier: str | None) -> set[tuple[str, str]]:
    """(country, admin1) pairs a qualifier names: (US, Louisiana) for "La.", (FR, "") for France."""
    if not qualifier:
        return set()
    return {
        (p.country_code, p.admin1 if p.feature == "ADM1" else "")
        for p in gazetteer.lookup(qualifier)
        if p.feature in _CONTAINERS
    }


class _Context:
    """What the other places of the document say: countries, regions and points."""

    def __init__(self, focus: Mapping[str, float], known: Sequence[Place]) -> None:
        self.countries: Counter[str] = Counter()
        self.countries.update(dict(focus))
        self.regions: Counter[tuple[str, str]] = Counter()
        self.named_regions: set[tuple[str, str]] = set()
        self.points: list[tuple[float, float]] = []
        for place in known:
            self.add(place)

    def add(self, place: Place, weight: float = 1.0) -> None:
        if place.country_code:
            self.countries[place.country_code] += weight  # type: ignore[assignment]
        if place.admin1:
            self.regions[(place.country_code, place.admin1)] += weight  # type: ignore[assignment]
        if place.feature == "ADM1":
            self.named_regions.add((place.country_code, place.admin1))
        elif place.feature not in _AREAS and weight >= 1.0:
            self.points.append((place.lat, place.lon))

    def country_share(self, country_code: str) -> float:
        total = sum(self.countries.values())
        return self.countries[country_code] / total if total else 0.0

    def region_share(self, place: Place) -> float:
        total = sum(self.regions.values())
        return self.regions[(place.country_code, place.admin1)] / total if total else 0.0

    def nearness(self, place: Place, scale_km: float) -> float:
        """1 for a place at another named place, falling off with distance."""
        if not self.points or place.feature in _AREAS:
            return 0.0
        nearest = min(haversine_km(place.lat, place.lon, lat, lon) for lat, lon in self.points)
        return math.exp(-nearest / scale_km)


def _score(
    place: Place,
    toponym: Toponym,
    containers: set[tuple[str, str]],
    context: _Context,
    weights: Weights,
) -> float:
    score = weights.population * math.log10(place.population + 1)
    score += weights.features.get(place.feature, 0.0)
    score += weights.country_focus * context.country_share(place.country_code)
    if place.feature not in _AREAS:
        score += weights.region_focus * context.region_share(place)
        if (place.country_code, place.admin1) in context.named_regions:
            score += weights.region_named
    score += weights.nearness * context.nearness(place, weights.nearness_km)
    if containers and (
        (place.country_code, place.admin1) in containers or (place.country_code, "") in containers
    ):
        score += weights.qualifier
    if toponym.qualifies and place.feature in _CONTAINERS:
        score += weights.container
    if place.feature in _REGIONS and strip_designators(toponym.name) != fold(toponym.name):
        score += weights.designated_region
    if translit_key(place.name) == translit_key(toponym.name):
        score += weights.exact_name
    return score


def resolve_toponyms(
    toponyms: Sequence[Toponym],
    gazetteer: Gazetteer,
    *,
    focus: Mapping[str, float] | None = None,
    known: Sequence[Place] = (),
    weights: Weights | None = None,
) -> list[Place | None]:
    """The best place for each toponym (None when the gazetteer has no candidate).

    ``focus`` weights countries by prior evidence (ISO code -> weight), and
    ``known`` are places the document names that are already resolved (from
    the KB), which count towards the focus and the named regions.
    """
    weights = weights or default_weights()
    keys = [translit_key(t.name) for t in toponyms]
    # One sense per discourse: the mentions of a name share their evidence.
    groups: dict[str, Toponym] = {}
    qualified: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, toponym in zip(keys, toponyms, strict=True):
        qualified[key] |= _containers(gazetteer, toponym.qualifier)
        seen = groups.get(key)
        groups[key] = (
            toponym
            if seen is None
            else Toponym(
                seen.name,
                seen.qualifier,
                seen.qualifies or toponym.qualifies,
                seen.extra + toponym.extra,
            )
        )
    candidates = {key: _candidates(gazetteer, t) for key, t in groups.items()}
    # "Kermanshah" is no evidence for where "Kermanshah province" is.
    base = {key: translit_key(strip_designators(t.name)) for key, t in groups.items()}
    unambiguous = _Context(focus or {}, known)
    for cands in candidates.values():
        if len({c.country_code for c in cands}) == 1:
            unambiguous.add(cands[0], 0.5)
    chosen: dict[str, Place] = {}
    for _ in range(weights.passes):
        picks: dict[str, Place] = {}
        for key, cands in candidates.items():
            if not cands:
                continue
            context = _Context(focus or {}, known) if chosen else unambiguous
            for other, place in chosen.items():
                if base[other] != base[key]:
                    context.add(place)
            toponym = groups[key]
            picks[key] = max(
                cands, key=lambda p: _score(p, toponym, qualified[key], context, weights)
            )
        chosen = picks
    return [chosen.get(key) for key in keys]
