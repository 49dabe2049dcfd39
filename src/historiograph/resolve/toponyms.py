"""Toponym resolution: choose the gazetteer place a name refers to, in context.

Each candidate is scored on evidence a reader would use (Leidner's and
CLIFF-CLAVIN's heuristics, without a trained ranker):

- its prominence: feature type (country > region > capital > seat) and population;
- the document's country focus: countries named in the document, the
  countries of places already resolved, and of places with one candidate;
- co-mentioned regions: a town in a first-level region the text also names;
- an explicit qualifier after a comma ("Alexandria, Louisiana").

Resolution runs twice, so that the first pass's choices sharpen the focus.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from historiograph.resolve.gazetteer import Gazetteer, Place, strip_designators
from historiograph.resolve.keys import fold, translit_key

FEATURE_BONUS: dict[str, float] = {
    "PCLI": 5.0,
    "ADM1": 1.5,
    "PPLC": 3.0,
    "PPLA": 2.0,
    "PPLA2": 1.0,
    "PPLG": 1.0,
}
FOCUS_WEIGHT = 4.0
REGION_WEIGHT = 3.0
QUALIFIER_WEIGHT = 8.0
EXACT_NAME_WEIGHT = 1.0
# "Diyalah province": the name says it is a region, not the town of that name.
DESIGNATED_REGION_WEIGHT = 4.0


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name to resolve, with the qualifier written after it, if any."""

    name: str
    qualifier: str | None = None


def _candidates(gazetteer: Gazetteer, toponym: Toponym) -> list[Place]:
    return gazetteer.lookup(toponym.name)


class _Context:
    """What the document says about where it is: country weights and named regions."""

    def __init__(self, focus: Mapping[str, float], known: Sequence[Place]) -> None:
        self.countries: Counter[str] = Counter()
        self.countries.update({cc: w for cc, w in focus.items()})
        self.regions: set[tuple[str, str]] = set()
        for place in known:
            self.add(place)

    def add(self, place: Place, weight: float = 1.0) -> None:
        if place.country_code:
            self.countries[place.country_code] += weight  # type: ignore[assignment]
        if place.feature == "ADM1":
            self.regions.add((place.country_code, place.admin1))

    def share(self, country_code: str) -> float:
        total = sum(self.countries.values())
        return self.countries[country_code] / total if total else 0.0


def _score(place: Place, toponym: Toponym, context: _Context, gazetteer: Gazetteer) -> float:
    score = math.log10(place.population + 1) / 2 + FEATURE_BONUS.get(place.feature, 0.0)
    score += FOCUS_WEIGHT * context.share(place.country_code)
    if place.feature != "ADM1" and (place.country_code, place.admin1) in context.regions:
        score += REGION_WEIGHT
    if place.feature == "ADM1" and strip_designators(toponym.name) != fold(toponym.name):
        score += DESIGNATED_REGION_WEIGHT
    if translit_key(place.name) == translit_key(toponym.name):
        score += EXACT_NAME_WEIGHT
    if toponym.qualifier:
        wanted = translit_key(toponym.qualifier)
        country = gazetteer.country(place.country_code)
        names = [place.admin1, country.name if country else ""]
        if any(n and translit_key(n) == wanted for n in names):
            score += QUALIFIER_WEIGHT
    return score


def resolve_toponyms(
    toponyms: Sequence[Toponym],
    gazetteer: Gazetteer,
    *,
    focus: Mapping[str, float] | None = None,
    known: Sequence[Place] = (),
) -> list[Place | None]:
    """The best place for each toponym (None when the gazetteer has no candidate).

    ``focus`` weights countries by prior evidence (ISO code -> weight), and
    ``known`` are places the document names that are already resolved (from
    the KB), which count towards the focus and the named regions.
    """
    candidates = [_candidates(gazetteer, t) for t in toponyms]
    context = _Context(focus or {}, known)
    for cands in candidates:
        if len({c.country_code for c in cands}) == 1:
            context.add(cands[0], 0.5)
        for c in cands:
            if c.feature in {"ADM1", "PCLI"} and len(cands) == 1:
                context.add(c)
    chosen: list[Place | None] = [None] * len(toponyms)
    for _ in range(2):
        for i, (toponym, cands) in enumerate(zip(toponyms, candidates, strict=True)):
            if cands:
                chosen[i] = max(cands, key=lambda p: _score(p, toponym, context, gazetteer))
        context = _Context(focus or {}, known)
        for place in chosen:
            if place is not None:
                context.add(place)
    return chosen
