"""Toponym resolution: choose the gazetteer place a name refers to, in context.

Each candidate is scored on evidence a reader would use (Leidner's and
CLIFF-CLAVIN's heuristics, without a trained ranker), with weights from
``data/toponyms.yaml`` (measured by ``benchmarks/resolve.py --geo``):

- its prominence: feature type (country > region > capital > seat) and population;
- an explicit container after a comma ("Alexandria, La.", "Paris, France"), in
  brackets ("San Antonio (Valparaiso)"), after "in" ("Cuauhtemoc in Chihuahua")
  or after a designator ("Badah town (Larkana, Sindh)"), the strongest signal a
  writer gives: a candidate inside any region (or near any district or town) of
  the chain wins, and where none lies inside a region the chain names, a small
  namesake elsewhere is no reading at all (the linker then places the name where
  its container is: the gazetteer lacks most villages);
- the document's country focus: countries named in the document and the
  countries of the other places resolved;
- its first-level region's share of the other places ("Columbus" in a story
  about Georgia towns); a region the text names is one of those places and earns
  no bonus of its own (with the share and the coherence below, a third count for
  naming it let a village in Pennsylvania beat Washington, D.C.);
- nearness to the other places the document names (local news names
  neighbouring towns);
- coherence with the other names' *candidates*, not only their chosen places:
  when every name is ambiguous ("Paris" and "Henry County"), the readings that
  lie together win (Paris, Tennessee, in Henry County, Tennessee);
- a designator that says the name is a region of its level ("Laurel County",
  "Diyalah province"; "Washington state" is the state, not Washington County), or a
  natural feature's generic word that says it is the feature ("the Red Sea", not
  Egypt's Red Sea governorate);
- words that call the name a town ("Lebanon police", "Jordan High School", a street
  address before it, a dateline): a country or region of the name is then unlikely;
- the other items of a list it is in: in "Georgia, Oklahoma, Pennsylvania and
  California" each is a state, not a town of the name in a state the list names;
- the country's capital: in a story set in a country, a town or county that shares
  its name with that country's capital loses with the country's share of the places
  ("a Washington-based group" in news from Georgia towns is in the capital, not
  Washington, Georgia); a region of the name does not ("across the Washington line");
- in a document about one country, a small place abroad that only a lossy
  transliteration key matches ("Kerawa", a Cameroonian village, is no Kerava in
  Finland) is no reading either;
- a reading only another spelling matches (an alternate name, the lossy key) needs
  support in the document, else the name stays an unresolved place: "Dervan" in a
  story naming nowhere in India is no Indian village GeoNames also calls so.

One sense per discourse: every mention of a name in a document takes the
reading its best-qualified mention supports. Resolution runs a few passes, so
that each pass's choices sharpen the next one's context; a place's own name
never counts as context for itself.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from historiograph.resolve.cues import is_landmark
from historiograph.resolve.gazetteer import (
    Gazetteer,
    Place,
    expand_abbreviations,
    lexicon_words,
    lexicon_words_map,
    short_form_of,
    strip_designators,
)
from historiograph.resolve.keys import fold, is_acronym, translit_key

WEIGHTS = Path(__file__).parent / "data" / "toponyms.yaml"
_REGIONS = frozenset({"ADM1", "ADM2"})
_CONTAINERS = frozenset({"ADM1", "PCLI"})
# A country's first- and second-level regions.
_SUBDIVISIONS = frozenset({"ADM1", "ADM2"})
# What a name the text calls a town ("Lebanon police") is unlikely to be.
_TOWN_UNLIKE = frozenset({"PCLI", "ADM1", "ADM2", "CONT", "RGN"})
# Seats of provinces: towns whose feature weight speaks for them only beside
# namesakes of a like size (``seat_namesake_ratio``).
_SEATS = frozenset({"PPLA", "PPLG"})
# Features too large to say where the document is (or where a village in them is):
# they count for country focus, never for nearness.
AREA_FEATURES = frozenset(
    {"PCLI", "ADM1", "CONT", "RGN", "OCN", "SEA", "GULF", "LK", "ISL", "MTS", "DSRT", "PEN"}
    | {"DLTA", "STRT", "CNL", "CHN"}
)


@dataclass(frozen=True, slots=True)
class Weights:
    """The scoring weights and scales (``data/toponyms.yaml``)."""

    population: float
    features: Mapping[str, float]
    country_focus: float
    currency_focus: float
    region_focus: float
    nearness: float
    nearness_km: float
    qualifier: float
    qualifier_km: float
    qualifier_town_share: float
    outside_population: int
    focus_share: float
    focus_votes: float
    container: float
    designated_region: float
    exact_name: float
    town_area: float
    list_kind: float
    coherence: float
    coherence_km: float
    coherence_temperature: float
    coherence_candidates: int
    coherence_region: float
    variant_population: int
    variant_town: int
    variant_similarity: float
    variant_length: int
    capital_variant_similarity: float
    seat_namesake_ratio: float
    home_capital: float
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
    "Alexandria, Louisiana"), in brackets or after "in"; ``within`` the names that
    follow it in the same chain ("Sindh" in "Badah town (Larkana, Sindh)");
    ``qualifies`` says this name is itself such a qualifier, so a region or
    country is meant; ``extra`` are candidates the knowledge base adds (a country
    whose name a US state shares) or the words around the name vouch for ("withdrew to
    Salamis": Salamina, by another of its names); ``town`` says the words around it call it a town
    ("Lebanon police", "Memphis St., Alexandria": :func:`.cues.town_cue`); ``listed``
    are the names next to it in a list ("Wisconsin and California"); ``contained``
    says a comma or a bracket sets the qualifier off ("Chatsworth, Durban"), not "in"
    or "of".
    """

    name: str
    qualifier: str | None = None
    qualifies: bool = False
    extra: tuple[Place, ...] = field(default=())
    within: tuple[str, ...] = field(default=())
    town: bool = False
    listed: tuple[str, ...] = field(default=())
    contained: bool = False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _candidates(gazetteer: Gazetteer, toponym: Toponym) -> list[Place]:
    """The gazetteer's places by the name, and the KB's. A landmark's name ("Liberty
    Square") counts only as a place's own name, never as one of its alternate names:
    GeoNames lists the squares and streets of a town among the town's names. A compass
    word alone ("the North", "the South", "Central") names a part of the country the
    text is about, not the region of Cameroon or Paraguay GeoNames calls so: none
    (with its designator, "North region", it is that region). A name whose designator
    calls it a settlement ("Lore City") names no region or country. An acronym in
    capitals ("USIS", "CHILE") is a place's own name, or a country's or region's
    other name ("BURMA"), never a town's that only the lossy key matches (Wuxi)."""
    if fold(toponym.name) in lexicon_words("place_modifiers"):
        return list(toponym.extra)
    places = gazetteer.lookup(toponym.name)
    if is_acronym(toponym.name):
        places = [p for p in places if _own_name(p, toponym) or _area(p)]
    if is_landmark(toponym.name):
        places = [p for p in places if _spelling(p.name) == _spelling(toponym.name)]
    if _settlement_designated(toponym.name):
        # "Lore City" is a town: not the region Lori, whatever the key says (a region
        # whose own name has the word, "Dublin City", is meant as written).
        written = _spelling(toponym.name)
        places = [
            p for p in places if p.feature not in _TOWN_UNLIKE or _spelling(p.name) == written
        ]
    found = {p.geonames_id: p for p in places}
    found.update((p.geonames_id, p) for p in toponym.extra)
    return list(found.values())


def containers(gazetteer: Gazetteer, qualifier: str | None) -> set[tuple[str, str]]:
    """(country, admin1) pairs a qualifier names: (US, Louisiana) for "La.", (FR, "") for France."""
    if not qualifier:
        return set()
    return {
        (p.country_code, p.admin1 if p.feature == "ADM1" else "")
        for p in gazetteer.lookup(qualifier)
        if p.feature in _CONTAINERS
    }


@dataclass
class _Within:
    """What a name's qualifiers say about where it lies: inside these (country,
    first-level region) pairs (a country's is ``(CC, "")``), or near these points
    (a district's or a town's: "Pipri, Kaushambi", "Abu Salim (Tripoli)")."""

    regions: set[tuple[str, str]] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)
    # The countries of the districts and cities named: a name set off by one ("Chatsworth,
    # Durban") lies in it. A small town's name is as often a date's word ("KIGALI, May 3").
    countries: set[str] = field(default_factory=set)

    def add(
        self, gazetteer: Gazetteer, qualifier: str | None, city: int | None, town_share: float
    ) -> None:
        """Add what ``qualifier`` says; a town counts for ``countries`` from ``city``
        people, where the text sets the qualifier off (``None``: "the Urals town of
        Pervouralsk" does not put the Urals in the town), and for ``points`` from
        ``town_share`` of its largest namesake's people."""
        if not qualifier:
            return
        self.regions |= containers(gazetteer, qualifier)
        own = _spelling(strip_designators(qualifier))
        readings = [
            place
            for place in gazetteer.lookup(qualifier)
            if place.feature not in AREA_FEATURES
            and _spelling(strip_designators(place.name)) == own
        ]
        # A town that says where another place is, is the one a reader knows: "Union,
        # San Antonio" is in the Texan city, not beside a hamlet San Antonio in
        # Honduras. Districts stay, whatever their size.
        largest = max((p.population for p in readings if p.feature != "ADM2"), default=0)
        for place in readings:
            if place.feature != "ADM2" and place.population < largest * town_share:
                continue
            self.points.append((place.lat, place.lon))
            if city is not None and (place.feature == "ADM2" or place.population >= city):
                self.countries.add(place.country_code)
            if place.feature == "ADM2" and place.admin1:
                # A district lies in its first-level region: "Pipri, Kaushambi" is in
                # Uttar Pradesh, wherever in the district's area it is.
                self.regions.add((place.country_code, place.admin1))

    def holds(self, place: Place, km: float) -> bool:
        country = (place.country_code, "")
        if (place.country_code, place.admin1) in self.regions or country in self.regions:
            return True
        return place.feature not in AREA_FEATURES and any(
            haversine_km(place.lat, place.lon, lat, lon) <= km for lat, lon in self.points
        )


def lies_in_qualifier(
    gazetteer: Gazetteer, qualifier: str | None, places: Iterable[Place], w: Weights | None = None
) -> bool:
    """Whether one of ``places`` lies where ``qualifier`` says: in the region or country
    it names, or near the district or town ("Ballyhaunis, County Mayo", "Matnog,
    Sorsogon"). The recogniser calls many such names a person or an organization; a
    reading inside the container the text sets after it says the name is a place."""
    w = w or default_weights()
    within = _Within()
    within.add(gazetteer, qualifier, w.outside_population, w.qualifier_town_share)
    return any(within.holds(p, w.qualifier_km) for p in places)


class _Context:
    """What the other places of the document say: countries, regions and points.

    A KB place (``known``) is one vote for its country, as a resolved toponym is: the
    ``focus`` counts it already, so only its region and point are added here. Counted
    twice, one country the KB knows ("independence from Britain") outweighed the two
    towns of another ("Salisbury" beside Bulawayo and Lourenco Marques stayed in
    England); LGL and GeoVirus (even halves, gold spans) are unchanged by the single count.

    ``distances`` (km, by point, by point) may be shared by the contexts of one document:
    each pass of the choice rebuilds them from mostly the same places, and the
    distances between the same two points need computing once.
    """

    def __init__(
        self,
        focus: Mapping[str, float],
        known: Sequence[Place],
        distances: dict[tuple[float, float], dict[tuple[float, float], float]] | None = None,
    ) -> None:
        self.countries: Counter[str] = Counter()
        self.countries.update(dict(focus))
        self.regions: Counter[tuple[str, str]] = Counter()
        self.points: list[tuple[float, float]] = []
        self.distances = {} if distances is None else distances
        for place in known:
            self.add(place, country=False)

    def add(
        self, place: Place, weight: float = 1.0, *, country: bool = True, region: bool = True
    ) -> None:
        if place.country_code and country:
            self.countries[place.country_code] += weight  # type: ignore[assignment]
        if place.admin1 and region:
            self.regions[(place.country_code, place.admin1)] += weight  # type: ignore[assignment]
        if place.feature not in AREA_FEATURES and weight >= 1.0:
            self.points.append((place.lat, place.lon))

    def country_share(self, country_code: str) -> float:
        total = sum(self.countries.values())
        return self.countries[country_code] / total if total else 0.0

    def region_share(self, place: Place) -> float:
        total = sum(self.regions.values())
        return self.regions[(place.country_code, place.admin1)] / total if total else 0.0

    def nearness(self, place: Place, scale_km: float) -> float:
        """1 for a place at another named place, falling off with distance."""
        if not self.points or place.feature in AREA_FEATURES:
            return 0.0
        distance_to = self.distances.setdefault((place.lat, place.lon), {})
        for point in self.points:
            if point not in distance_to:
                distance_to[point] = haversine_km(place.lat, place.lon, *point)
        return math.exp(-min(map(distance_to.__getitem__, self.points)) / scale_km)


@lru_cache(maxsize=65536)
def _spelling(name: str) -> str:
    """A name as written, up to case, accents, spacing and short forms ("Mt."): what
    counts as the place's own name, where the lossy key would also match "Osh" to "U.S."."""
    return expand_abbreviations(name).replace(" ", "")


def _prior(place: Place, toponym: Toponym, within: _Within, w: Weights, largest: int = 0) -> float:
    """The evidence of the name itself and its qualifier, before any context.
    ``largest``: the population of the largest town of the very name, which a small
    provincial seat's feature weight does not overturn (``seat_namesake_ratio``); a
    country of the name is no rival of its kind ("Liberia, in Guanacaste")."""
    score = w.population * math.log10(place.population + 1)
    if not (place.feature in _SEATS and place.population * w.seat_namesake_ratio < largest):
        score += w.features.get(place.feature, 0.0)
    if within.holds(place, w.qualifier_km):
        score += w.qualifier
    if toponym.qualifies and place.feature in _CONTAINERS:
        score += w.container
    # "County Mayo" designates Mayo County, not Maio (Cape Verde), which the key matches.
    if (
        place.feature in _REGIONS
        and _fits_designator(place, toponym.name)
        and _own_name(place, toponym)
    ) or _fits_generic(place, toponym.name):
        score += w.designated_region
    if _spelling(place.name) == _spelling(toponym.name):
        score += w.exact_name
    if toponym.town and place.feature in _TOWN_UNLIKE:
        score -= w.town_area
    return score


def _designators(name: str) -> set[str]:
    """The designator words at the ends of a name ("county" of "Laurel County")."""
    return set(fold(name).split()) - set(strip_designators(name).split())


def _settlement_designated(name: str) -> bool:
    """Whether the name's designator calls it a settlement ("Lore City", "Gun Barrel
    City"), not a region: the writer names a town, not the province or country that
    its bare name also is or keys like (Lori, Armenia)."""
    words = _designators(name)
    return bool(words) and words <= _settlement_words()


@lru_cache(maxsize=1)
def _settlement_words() -> frozenset[str]:
    """Words for a settlement that name no region ("city", "town", "village")."""
    return lexicon_words("settlement_nouns") - lexicon_words("region_designators")


def _fits_generic(place: Place, name: str) -> bool:
    """Whether the name has a natural feature's generic word ("Red Sea", "Lake Chad")
    that fits the candidate's feature code (``feature_generics`` in the lexicon): the
    writer names the sea, not the province or town named after it."""
    generics = lexicon_words_map("feature_generics")
    return any(place.feature in generics.get(word, ()) for word in fold(name).split())


def _fits_designator(place: Place, name: str) -> bool:
    """Whether the name has a region designator that fits the region: any for a
    first-level region ("Punjab province"); for a second-level one, only a word of its
    level ("Laurel County"), or one its own name holds. "Washington state" and "the
    state of Washington" are the state, not Washington County."""
    words = _designators(name)
    if not words or words <= _settlement_words():
        return False
    if place.feature != "ADM2" or not words & lexicon_words("admin1_designators"):
        return True
    return bool(words & set(fold(place.name).split()))


def _in_context(place: Place, context: _Context, w: Weights) -> float:
    """The evidence of the other places the document names (as chosen so far)."""
    score = w.country_focus * context.country_share(place.country_code)
    if place.feature not in AREA_FEATURES:
        score += w.region_focus * context.region_share(place)
    return score + w.nearness * context.nearness(place, w.nearness_km)


class _Coherence:
    """How well each candidate fits the *candidates* of the document's other names.

    Context from chosen places cannot break a tie that every name shares: in
    "Paris and Henry County" each name has several readings, and the one that
    makes sense is the pair that lie together (Paris, Tennessee, the seat of
    Henry County, Tennessee). So a candidate gains, from each other name, the
    best of that name's candidates near it (or the region containing it, or,
    for a region, inside it: "Georgia" among Clayton County and Dunwoody is
    the state), weighted by how plausible that candidate is for its own name: ``exp((prior
    - best prior) / temperature)``, 1 for a name's likeliest reading. The sum is
    divided by the number of other names, so it lies in [0, 1]. A town in the same
    first-level region as another name's town gains a small share of that weight
    (``coherence_region``) however far apart they lie: local news names the towns of
    one state, 150 km apart as often as 15 ("Augusta" beside "Athens" and "Clarke
    County" is in Georgia, not the capital of Maine).

    A name listed beside a region is its peer, not inside it: "New York and Ontario"
    are two provinces of a kind (the list says so), so the state is no support for
    the town of Ontario, New York (``listed``: each name's list neighbours). Its
    nearness still counts: "Paris and Henry County" lie together.
    """

    def __init__(
        self,
        candidates: Mapping[str, Sequence[tuple[Place, float]]],
        base: Mapping[str, str],
        w: Weights,
        listed: Mapping[str, set[str]],
        asides: Set[str] = frozenset(),
    ) -> None:
        self.base = base
        self.listed = listed
        self.scale = w.coherence_km
        self.region_weight = w.coherence_region
        # Grid cells in degrees: the 3 x 3 cells around a point hold what lies within 3
        # scales of it (fewer kilometres across longitude near the poles).
        self.cell = max(1.0, 3 * w.coherence_km / 111.0)
        self.points: dict[tuple[int, int], list[tuple[str, Place, float]]] = defaultdict(list)
        self.regions: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
        self.inside: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
        for key, scored in candidates.items():
            if not scored:
                continue
            top = max(s for _, s in scored)
            ranked = sorted(scored, key=lambda ps: -ps[1])[: w.coherence_candidates]
            for place, prior in ranked:
                weight = math.exp((prior - top) / w.coherence_temperature)
                if place.feature == "ADM1":
                    if key in asides:
                        continue
                    region = self.regions[(place.country_code, place.admin1)]
                    region[key] = max(region.get(key, 0.0), weight)
                elif place.feature not in AREA_FEATURES:
                    self.points[self._cell(place)].append((key, place, weight))
                    inside = self.inside[(place.country_code, place.admin1)]
                    inside[key] = max(inside.get(key, 0.0), weight)
        self.names = len({base[k] for k, v in candidates.items() if v})

    def _cell(self, place: Place) -> tuple[int, int]:
        return (int(place.lat // self.cell), int(place.lon // self.cell))

    def support(self, key: str, place: Place) -> float:
        if self.names < 2 or place.feature in AREA_FEATURES - {"ADM1"}:
            return 0.0
        best: dict[str, float] = {}
        own = self.base[key]
        region = (place.country_code, place.admin1)
        around = self.inside.get(region, {}) if place.feature == "ADM1" else {}
        peers = self.listed.get(key, set())
        for table in (self.regions.get(region, {}), around):
            for other, weight in table.items():
                if self.base[other] != own and other not in peers:
                    best[other] = max(best.get(other, 0.0), weight)
        if place.feature != "ADM1":
            for other, weight in self.inside.get(region, {}).items() if place.admin1 else ():
                if self.base[other] != own:
                    best[other] = max(best.get(other, 0.0), weight * self.region_weight)
            row, col = self._cell(place)
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    for other, near, weight in self.points.get((row + dr, col + dc), ()):
                        if self.base[other] == own or weight <= best.get(other, 0.0):
                            continue
                        km = haversine_km(place.lat, place.lon, near.lat, near.lon)
                        best[other] = max(best.get(other, 0.0), weight * math.exp(-km / self.scale))
        return sum(best.values()) / (self.names - 1)


def _capital_countries(cands: Sequence[Place], toponym: Toponym) -> frozenset[str]:
    """The countries whose capital the name is, by the capital's own name."""
    return frozenset(p.country_code for p in cands if p.feature == "PPLC" and _own_name(p, toponym))


def _capital_namesake(place: Place, capitals: Set[str], context: _Context, w: Weights) -> float:
    """What a town loses for sharing its name with its own country's capital, by that
    country's share of the document's places (``home_capital``): a story set in the
    country means the capital by its bare name, not a small town of the name beside the
    story's other places ("a Washington-based group" in news from Georgia towns is in
    the capital, not Washington, Georgia), nor a county that the name without its
    designator names. A first-level region keeps its chances: "across the Washington
    line" is the state."""
    local = place.feature == "ADM2" or (place.feature.startswith("PPL") and place.feature != "PPLC")
    if not local or place.country_code not in capitals:
        return 0.0
    return w.home_capital * context.country_share(place.country_code)


def _kind(place: Place) -> str:
    """The kind of container a list holds items of ("Kenya, Uganda and Tanzania",
    "Wisconsin and California"): a country or a first-level region. Towns and counties
    mix in lists ("Paris and Henry County"), so they count as no kind ("")."""
    return place.feature if place.feature in _CONTAINERS else ""


def _list_fit(place: Place, peers: Sequence[str]) -> float:
    """The share of a name's list neighbours (their kinds, as chosen so far) of the
    candidate's kind of container; 0 for a candidate that is no container."""
    kind = _kind(place)
    return peers.count(kind) / len(peers) if kind and peers else 0.0


def _prominent(place: Place, toponym: Toponym, w: Weights) -> bool:
    """A region, a country, a capital, or a city of ``outside_population`` whose own
    name is the name written: what a name may mean wherever the text puts it ("Kabul,
    Kandahar" is a list, not a Kabul in Kandahar). A large namesake that only the
    lossy key matches is not (Novotroitsk, Russia, for "Novotroitske, Donetsk")."""
    return (
        place.feature in AREA_FEATURES
        or place.feature in {"PPLC", "PPLA", "PPLG"}
        or (place.population >= w.outside_population and _own_name(place, toponym))
    )


def _own_name(place: Place, toponym: Toponym) -> bool:
    """Whether the name written is the place's own name, designators aside ("London
    District" for London), or its head before a river's or region's tail ("Braunau" for
    Braunau am Inn: :func:`.gazetteer.short_form_of`), not only one the lossy key matches."""
    written = strip_designators(toponym.name)
    return _spelling(strip_designators(place.name)) == _spelling(written) or short_form_of(
        written, place.name
    )


def _inside_qualifier(
    cands: list[Place], toponym: Toponym, within: _Within, w: Weights
) -> list[Place]:
    """The candidates a qualifier allows. When the text names a region the place lies
    in ("Orikhove, Luhansk", "Badah town (Larkana, Sindh)") and no candidate lies
    inside it, the gazetteer lacks the place (it holds towns of 500 people or more):
    a small namesake in another region or country is no reading of it, only a
    prominent place spelled as written is (the region's name may head a list instead:
    "Kabul, Kandahar"). A prominent town that only an alternate spelling matches is a
    near-spelling elsewhere, not a reading: "Senna in northern Mali" is a Malian
    place the gazetteer lacks, not Sanaa (Yemen), whose variant "Senna" is.

    A town or district named as the qualifier ("Chatsworth, Durban", "Mirpur, Dhaka")
    rules out the same way: a place near it is meant, a neighbourhood or village the
    gazetteer lacks, which takes the qualifier's point when nothing else is left
    (``_Linker._place_by_qualifier`` in :mod:`.link`); a prominent namesake stays a
    reading only in the qualifier's country (a list of towns: "Kabul, Kandahar")."""
    # A town holds no region: "McLean County, Louisville Assumption" is a list.
    region_named = bool(_designators(toponym.name) & lexicon_words("region_designators"))
    if not (within.regions or (within.countries and not region_named)) or any(
        within.holds(p, w.qualifier_km) for p in cands
    ):
        return cands
    return [
        p
        for p in cands
        if (
            _prominent(p, toponym, w)
            and (p.feature in AREA_FEATURES or _own_name(p, toponym))
            and (bool(within.regions) or p.country_code in within.countries)
        )
        or p in toponym.extra
    ]


def _drop_namesakes_abroad(
    gazetteer: Gazetteer,
    candidates: dict[str, list[Place]],
    groups: Mapping[str, Toponym],
    focus: Mapping[str, float],
    known: Sequence[Place],
    w: Weights,
) -> None:
    """In a document about one country, drop a name's small namesakes abroad that the
    written name matches only through the lossy transliteration key, when no reading
    lies in that country: "Kerawa" in a note about Cameroon is a village GeoNames
    lacks, not Kerava (Finland); "Lainya" in South Sudan is not La Enea (Panama).

    The document's country is the one holding at least ``focus_share`` of the
    evidence: the KB's entities (``focus``), its resolved places, the countries it
    names (a vote each) and the names whose every reading lies in one country (half
    a vote each), the name itself left out; at least ``focus_votes`` in all. A
    written spelling that is a candidate's own name, and a prominent place, stay
    readings (a story may well move abroad); a region abroad only while the name
    written is its own ("County Mayo" in an Irish story is not Maio, Cape Verde,
    whose island region the lossy key matches): the other names and exonyms GeoNames
    gives a first- or second-level region are seldom what English text writes.
    """
    evidence: Counter[str] = Counter()
    evidence.update(dict(focus))
    evidence.update(p.country_code for p in known if p.country_code)
    single = {
        key: cands[0].country_code
        for key, cands in candidates.items()
        if cands and len({c.country_code for c in cands}) == 1 and cands[0].country_code
    }
    # A country named by its own name ("Cameroon") is a whole vote, as a KB place is,
    # though a mountain or a town of the name abroad makes it no single-country name.
    named = {
        key: country.country_code
        for key, cands in candidates.items()
        for country in (*cands, *groups[key].extra)
        if country.feature == "PCLI" and _own_name(country, groups[key]) and country.country_code
    }
    share = {key: (named[key], 1.0) if key in named else (cc, 0.5) for key, cc in single.items()}
    # "Fla.", "D.C.": the regions an abbreviation names, spelled as written.
    abbreviated = {key: gazetteer.abbreviated(groups[key].name) for key in candidates}
    share.update({key: (cc, 1.0) for key, cc in named.items()})
    for country, vote in share.values():
        evidence[country] += vote  # type: ignore[assignment]
    for key, cands in candidates.items():
        if not cands:
            continue
        votes = evidence.copy()  # a few countries: linear in the document's names
        if key in share:
            votes[share[key][0]] -= share[key][1]  # type: ignore[assignment]
        total = sum(votes.values())
        if total < w.focus_votes:
            continue
        country, top = votes.most_common(1)[0]
        if top / total < w.focus_share or any(p.country_code == country for p in cands):
            continue
        toponym = groups[key]
        candidates[key] = [
            p
            for p in cands
            if (_prominent(p, toponym, w) and p.feature not in _SUBDIVISIONS)
            or _own_name(p, toponym)
            or p in toponym.extra
            or p in abbreviated[key]
        ]


def _drop_variants_beside_other_countries(
    candidates: dict[str, list[Place]], groups: Mapping[str, Toponym], w: Weights
) -> None:
    """Drop the small readings of a listed name that only another spelling matches (an
    alternate name, the lossy key, the linker's vouching) and that lie in no country
    any of its list neighbours may lie in: a name listed beside places is one of their
    kind and region. "in Burri and Omdurman" lists a district of Khartoum the gazetteer
    lacks, not Buri in Brazil, whose key is the same. A prominent place stays a reading,
    and so does one spelled as written: a neighbour may itself be a name the gazetteer
    lacks ("between Ollantaytambo and Aguas Calientes", the Peruvian town that only a
    Mexican city's spelling matches), so its countries are weak evidence against a
    town of the very name written."""
    for key, toponym in groups.items():
        keys = [translit_key(n) for n in toponym.listed]
        neighbours = [candidates[k] for k in keys if k != key and candidates.get(k)]
        if not neighbours:
            continue
        countries = {p.country_code for cands in neighbours for p in cands}
        candidates[key] = [
            p
            for p in candidates[key]
            if p.country_code in countries or _own_name(p, toponym) or _prominent(p, toponym, w)
        ]


def _area(place: Place) -> bool:
    """A country, region, natural feature or national capital: what other languages'
    and older names (exonyms) are mostly written for, so a variant spelling of it is a
    reading wherever the document is set."""
    return place.feature in AREA_FEATURES or place.feature == "PPLC"


def _capital_by_chance(place: Place, toponym: Toponym, w: Weights) -> bool:
    """Whether a national capital matches the name only by a chance collision of the
    lossy key, not as an exonym: a rapidfuzz ratio below ``capital_variant_similarity``
    between the name and the capital's own ("Derry" keys like Dili, "Victoria" is
    among Hong Kong's other names; "Kiev" for Kyiv and "Moskva" for Moscow are
    exonyms). Where some place is spelled as written, such a capital is no reading."""
    written = fold(strip_designators(toponym.name))
    return (
        place.feature == "PPLC"
        and fuzz.ratio(written, fold(place.name)) < w.capital_variant_similarity
    )


def _romanised_alike(place: Place, toponym: Toponym) -> bool:
    """Whether the name written is the place's own name in another romanisation, the
    same letters but for a final h after a vowel and a leading particle
    (``name_particles``): "Baquba" for Baqubah, "Raqqa" for Ar Raqqah, "Rutba" for
    Ar Rutbah. No chance collision of the lossy key, however short the name; a doubled
    letter is one ("Deraa" is not Dera, Ethiopia; "Brakk" not Brak)."""
    return _bare_spelling(place.name) == _bare_spelling(toponym.name)


@lru_cache(maxsize=65536)
def _bare_spelling(name: str) -> str:
    """A name's letters without designators, a leading particle and a final h after a
    vowel ("Ar Raqqah": "raqqa")."""
    words = fold(strip_designators(name)).replace("-", " ").split()
    if len(words) > 1 and words[0] in lexicon_words("name_particles"):
        words = words[1:]
    letters = "".join(words)
    if len(letters) > 1 and letters[-1] == "h" and letters[-2] in "aeiou":
        return letters[:-1]
    return letters


def _near_spelling(place: Place, toponym: Toponym, w: Weights) -> bool:
    """Whether the name written is a slip of the place's own name: at least
    ``variant_length`` letters, and a rapidfuzz ratio of ``variant_similarity`` or more
    (one letter in about eight). A short name is not: a letter dropped from a
    five-letter name ("Brakk", Brak) is as likely another place altogether."""
    written = fold(strip_designators(toponym.name)).replace(" ", "")
    own = fold(strip_designators(place.name)).replace(" ", "")
    return len(written) >= w.variant_length and fuzz.ratio(written, own) >= w.variant_similarity


def _supported(
    place: Place, toponym: Toponym, spelled: bool, anchors: set[str], within: _Within, w: Weights
) -> bool:
    """Whether a reading of a name may stand (:func:`_drop_unsupported_readings`):
    its own name, or a variant that the document or its own weight supports.
    ``spelled``: some place is spelled as the name is written."""
    return (
        _own_name(place, toponym)
        or place in toponym.extra
        or place.country_code in anchors
        or within.holds(place, w.qualifier_km)
        or (_area(place) and not (spelled and _capital_by_chance(place, toponym, w)))
        or _near_spelling(place, toponym, w)
        or _romanised_alike(place, toponym)
        or (not spelled and place.population >= w.variant_population)
        or (
            not spelled
            and place.population >= w.variant_town
            and len(fold(toponym.name).replace(" ", "")) >= w.variant_length
        )
    )


def _variant_anchors(
    chosen: Mapping[str, Place], groups: Mapping[str, Toponym], w: Weights
) -> set[str]:
    """The countries that two or more names' variant readings agree on, each a town of
    ``variant_town`` or more: older names of cities in one story ("Bombay" and "Madras",
    Mumbai and Chennai) vouch for each other, though neither is its place's own name
    and a hamlet elsewhere is spelled as written (Bombay, New Zealand; Madras, Oregon).
    Chance matches of the lossy key are villages scattered over many countries, so two
    large towns of one country seldom come of it."""
    countries = Counter(
        place.country_code
        for key, place in chosen.items()
        if place.country_code
        and place.population >= w.variant_town
        and not _own_name(place, groups[key])
        and place not in groups[key].extra
    )
    return {country for country, names in countries.items() if names >= 2}


def _drop_unsupported_readings(
    candidates: dict[str, list[Place]],
    chosen: Mapping[str, Place],
    groups: Mapping[str, Toponym],
    qualified: Mapping[str, _Within],
    focus: Mapping[str, float],
    known: Sequence[Place],
    w: Weights,
) -> bool:
    """Drop the readings that match a name only through another spelling (one of the
    place's alternate names, or the lossy key) when nothing in the document supports
    them; say whether any went. Such a reading is a guess that the writer misspelled
    or transliterated a known place; a name the gazetteer lacks (an obscure village, an
    invented one) matches some alternate name or near spelling somewhere on earth as
    often: "Dervan" keys like an Indian village, "Orvel" like Orrville, Ohio, "Mull"
    like Mol, Belgium. Such a name stays an unresolved place rather than a pin on the
    wrong continent.

    A variant reading is supported by lying in a country the document's anchors point
    to: the KB's places and organizations (``focus``), ``known`` places, and the places
    chosen for the other names that are their own names (or prominent), or variants that
    stand on their own (a city of ``variant_population`` where no place is spelled as
    written, the same name romanised otherwise: "Kharkov" for Kharkiv vouches for
    "Chuguyev", Chuhuiv, in a story told in Russian spellings); "Zakopanne" in a story
    that names Poland, or Poronin, is Zakopane; and
    the country where two names' variant readings are large towns (:func:`_variant_anchors`:
    "Bombay" and "Madras" are Mumbai and Chennai, not a hamlet of each name). Or
    by the name's qualifier ("Teregowa, Caras-Severin"). Without that support a
    variant stays only as a country, region or capital (exonyms: "Deutschland",
    "Bavaria"; not a capital the lossy key alone matches, :func:`_capital_by_chance`);
    as the same name romanised otherwise (:func:`_romanised_alike`: "Baquba"); as a
    near spelling of a long name (:func:`_near_spelling`: "Zakopanne"
    for Zakopane), which chance seldom makes; or, for a name no place is spelled as,
    as a city of ``variant_population`` (an exonym or an older spelling of a city
    anyone would know: "Bombay"), or a town of ``variant_town`` for a name of
    ``variant_length`` letters (a historic name: "Saguntum", Sagunto), since chance
    collisions are short names and small places. Where a place is spelled as
    written, it is the reading ("Kalis", a village in Albania, not Cali, Colombia,
    which the same string names in Lithuanian). An unknown place in a story set
    nowhere known ("Port Veyle", whose key is Portville's) has no support at all.

    Measured against the rule absent (gold spans; ``benchmarks/resolve.py --variants``
    sweeps ``variant_population``, which changes nothing from 100,000 to 10 million):
    LGL even half (2,167 toponyms) 0 right readings lost, 7 wrong pins dropped
    ("Georgian" in Azerbaijan, Nuli, Prisi, "Greek" in Malaysia, ...); GeoVirus even
    (1,061) 0 lost, 1 dropped; the held-out odd halves, not tuned on: LGL (2,295) 1
    lost (Auschwitz, GeoNames' Oświęcim, in a story naming no place in Poland), 1
    dropped, 1 wrong made right (Cancun); GeoVirus (1,109) 0 lost, 2 dropped. A
    ``variant_town`` of 20,000 instead of 50,000 kept one more wrong pin on the even
    halves. On tests/gold/obscure-geo.jsonl all 13 invented or unlisted names stay
    unplaced (11 before).
    """
    anchors = {cc for cc, weight in focus.items() if weight > 0}
    anchors.update(p.country_code for p in known if p.country_code)
    anchors.update(
        place.country_code
        for key, place in chosen.items()
        if place.country_code
        and (
            _own_name(place, groups[key])
            or place in groups[key].extra
            or (_area(place) and not _capital_by_chance(place, groups[key], w))
            or _romanised_alike(place, groups[key])
            or (
                place.population >= w.variant_population
                and not any(_own_name(p, groups[key]) for p in candidates[key])
            )
        )
    )
    anchors.update(_variant_anchors(chosen, groups, w))
    dropped = False
    for key, cands in candidates.items():
        pick = chosen.get(key)
        toponym = groups[key]
        if pick is None or _own_name(pick, toponym) or pick in toponym.extra:
            continue
        spelled = any(_own_name(p, toponym) for p in cands)
        kept = [p for p in cands if _supported(p, toponym, spelled, anchors, qualified[key], w)]
        if len(kept) < len(cands):
            candidates[key] = kept
            dropped = True
    return dropped


def _asides(keys: Sequence[str], toponyms: Sequence[Toponym]) -> set[str]:
    """The names written only as another name's qualifier ("Oregon" in "Portland,
    Oregon"): an aside that says where that one place is, not what region the text is
    about. Such a region places the name it qualifies (``qualifier``), and its country
    counts for the document's focus, but it pulls no other name into itself: "Dallas"
    beside "Portland, Oregon" is the Texas city, not Dallas, Oregon. A region named on
    its own, in a dateline or in the story's words, is what the story is about and
    pulls its places as before."""
    mentions: defaultdict[str, list[bool]] = defaultdict(list)
    for key, toponym in zip(keys, toponyms, strict=True):
        mentions[key].append(toponym.qualifies)
    lead = (
        {translit_key(q) for q in (toponyms[0].qualifier, *toponyms[0].within) if q}
        if toponyms
        else set()
    )
    return {key for key, flags in mentions.items() if all(flags) and key not in lead}


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
    qualified: dict[str, _Within] = defaultdict(_Within)
    asides = _asides(keys, toponyms)
    for key, toponym in zip(keys, toponyms, strict=True):
        city = weights.outside_population if toponym.contained else None
        for qualifier in (toponym.qualifier, *toponym.within):
            qualified[key].add(gazetteer, qualifier, city, weights.qualifier_town_share)
        seen = groups.get(key)
        groups[key] = (
            toponym
            if seen is None
            else Toponym(
                seen.name,
                seen.qualifier,
                seen.qualifies or toponym.qualifies,
                seen.extra + toponym.extra,
                town=seen.town or toponym.town,
                listed=seen.listed + toponym.listed,
                contained=seen.contained,
            )
        )
    candidates = {key: _candidates(gazetteer, t) for key, t in groups.items()}
    for key, cands in candidates.items():
        candidates[key] = _inside_qualifier(cands, groups[key], qualified[key], weights)
    _drop_namesakes_abroad(gazetteer, candidates, groups, focus or {}, known, weights)
    _drop_variants_beside_other_countries(candidates, groups, weights)
    largest = {
        key: max(
            (
                p.population
                for p in cands
                if p.feature.startswith("PPL") and _own_name(p, groups[key])
            ),
            default=0,
        )
        for key, cands in candidates.items()
    }
    priors = {
        key: [(p, _prior(p, groups[key], qualified[key], weights, largest[key])) for p in cands]
        for key, cands in candidates.items()
    }
    # "Kermanshah" is no evidence for where "Kermanshah province" is.
    base = {key: translit_key(strip_designators(t.name)) for key, t in groups.items()}
    neighbours = {
        key: {k for k in map(translit_key, t.listed) if k != key} for key, t in groups.items()
    }
    coherence = _Coherence(priors, base, weights, neighbours, asides)
    fit = {
        key: [s + weights.coherence * coherence.support(key, p) for p, s in scored]
        for key, scored in priors.items()
    }
    distances: dict[tuple[float, float], dict[tuple[float, float], float]] = {}
    capitals = {key: _capital_countries(cands, groups[key]) for key, cands in candidates.items()}
    unambiguous = _Context(focus or {}, known, distances)
    for cands in candidates.values():
        if len({c.country_code for c in cands}) == 1:
            unambiguous.add(cands[0], 0.5)

    def choose() -> dict[str, Place]:
        chosen: dict[str, Place] = {}
        for _ in range(weights.passes):
            picks: dict[str, Place] = {}
            for key, cands in candidates.items():
                if not cands:
                    continue
                context = _Context(focus or {}, known, distances) if chosen else unambiguous
                for other, place in chosen.items():
                    if base[other] != base[key]:
                        context.add(place, region=other not in asides)
                peers = [_kind(chosen[k]) for k in neighbours[key] if k in chosen]
                scores = [
                    s
                    + _in_context(p, context, weights)
                    + weights.list_kind * _list_fit(p, peers)
                    - _capital_namesake(p, capitals[key], context, weights)
                    for p, s in zip(cands, fit[key], strict=True)
                ]
                picks[key] = cands[max(range(len(cands)), key=scores.__getitem__)]
            chosen = picks
        return chosen

    chosen = choose()
    if _drop_unsupported_readings(
        candidates, chosen, groups, qualified, focus or {}, known, weights
    ):
        for key, cands in candidates.items():
            kept = {id(p) for p in cands}
            fit[key] = [f for (p, _), f in zip(priors[key], fit[key], strict=True) if id(p) in kept]
            priors[key] = [(p, s) for p, s in priors[key] if id(p) in kept]
        chosen = choose()
    return [chosen.get(key) for key in keys]
