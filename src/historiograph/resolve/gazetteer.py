"""The offline gazetteer: GeoNames places by transliteration key.

The index is two text files built by ``scripts/build_gazetteer.py`` and shipped
in ``data/gazetteer`` (GeoNames, CC BY 4.0; see the NOTICE there): one line per
place, and one line per name key listing the places it names. Loading keeps
the lines as strings and parses a place only when a lookup returns it, so the
whole index (about 259,000 places: GeoNames towns of 500 people or more,
first- and second-level regions, countries, continents and seas; 546,000 name
keys) loads in under a second and holds about 210 MB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from historiograph.record import Geo
from historiograph.resolve.keys import fold, translit_key

INDEX_DIR = Path(__file__).parent / "data" / "gazetteer"
LEXICON = Path(__file__).parent / "data" / "lexicon.yaml"
ABBREVIATIONS = Path(__file__).parent / "data" / "admin1_abbreviations.tsv"

# ACLED geo_precision by GeoNames feature code: 1 a named town, 3 a region
# or larger. (2, "near a town", is set by the caller when text says so.)
_REGION_FEATURES = frozenset(
    {"ADM1", "ADM2", "PCLI", "PCL", "RGN", "AREA", "CONT", "OCN", "SEA", "GULF", "LK", "STM"}
    | {"ISL", "MTS", "DSRT", "PEN", "DLTA", "STRT", "CNL", "CHN", "FRST", "VAL"}
)
# How many names' places a gazetteer keeps found (:meth:`Gazetteer.lookup`).
LOOKUPS_KEPT = 50_000
# Where a hyphenated compound splits into its parts ("Atlanta-area", "DFL-Cook").
_COMPOUND = re.compile(r"\s*[-\u2013\u2014]\s*")
# Initials with a full stop after each letter ("L.A.", "N.S.W.", "M.D.").
_DOTTED_INITIALS = re.compile(r"(?:[A-Za-z]\.\s?){2,}")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer place."""

    geonames_id: int
    name: str
    lat: float
    lon: float
    feature: str
    country_code: str
    admin1: str
    population: int

    @property
    def precision(self) -> int:
        """ACLED-style geo precision: 1 for a town, 3 for a region or country."""
        return 3 if self.feature in _REGION_FEATURES else 1

    @property
    def in_geonames(self) -> bool:
        """Whether the id is GeoNames' (seas and regions from ``regions.tsv`` have negative ids)."""
        return self.geonames_id > 0

    def to_geo(self) -> Geo:
        return Geo(
            lat=self.lat,
            lon=self.lon,
            geonames_id=self.geonames_id if self.in_geonames else None,
            feature=self.feature,
            country_code=self.country_code or None,
            admin1=self.admin1 or None,
        )


def _parse(gid: str, line: str) -> Place:
    name, lat, lon, feature, cc, admin1, population = line.split("\t")
    return Place(int(gid), name, float(lat), float(lon), feature, cc, admin1, int(population or 0))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=32)
def lexicon_words(key: str) -> frozenset[str]:
    """One word list of ``lexicon.yaml`` (folded words), so that cues are data, not code."""
    return frozenset(str(w) for w in _lexicon()[key])


@lru_cache(maxsize=8)
def lexicon_words_map(key: str) -> dict[str, list[str]]:
    """One table of ``lexicon.yaml`` (a word -> its replacements), kept in file order."""
    table: dict[str, list[str]] = {
        str(k): [str(v) for v in values] for k, values in _lexicon()[key].items()
    }
    return table


def regional_demonym(name: str) -> list[str]:
    """The places ``regional_demonyms`` in ``lexicon.yaml`` says a word for a region's
    or a city's people names, singular or plural ("Catalan", "Bretons"): words no
    ending rule derives, and which a country's adjective must not claim for being
    spelled alike ("Bretons", "Britons")."""
    table = lexicon_words_map("regional_demonyms")
    singular = name[:-1] if name.endswith("s") else name
    return table.get(name, table.get(singular, []))


@lru_cache(maxsize=1)
def place_designators() -> frozenset[str]:
    """Words such as "province" that name a kind of place, from ``lexicon.yaml``."""
    return frozenset(_lexicon()["place_designators"])


@lru_cache(maxsize=1)
def place_abbreviations() -> dict[str, str]:
    """Short forms of words in place names ("Mt." for Mount), from ``lexicon.yaml``."""
    abbreviations: dict[str, str] = _lexicon()["place_abbreviations"]
    return abbreviations


@lru_cache(maxsize=65536)
def expand_abbreviations(name: str) -> str:
    """The folded name with short forms written out: "Mt. Pleasant" -> "mount pleasant"."""
    table = place_abbreviations()
    return " ".join(table.get(word, word) for word in fold(name).split())


def is_abbreviation(name: str) -> bool:
    """Whether a name is written as initials ("U.S.", "N.Va.", "D.C.", "US", "NSW"):
    such a name is matched by its exact letters only, never by a lossy key that
    would make "U.S." the town of Osh. (The index leaves such forms out too.)"""
    letters = name.replace(".", "").replace(" ", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 3:
        return True
    return "." in name and all(len(word) <= 3 for word in fold(name).split())


def strip_designators(name: str) -> str:
    """Drop designator words at either end: "Diyalah province" -> "Diyalah". A name
    the recogniser cut after "of" ("the City of" of "the City of Richmond") has no
    name left: "" (GeoNames would match the bare "of" to Of, Turkey)."""
    words = fold(name).split()
    designators = place_designators()
    while len(words) > 1 and words[-1] in designators:
        words.pop()
    while len(words) > 1 and words[0] in designators:
        words.pop(0)
        if words and words[0] == "of":
            words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=65536)
def short_form_of(written: str, own: str) -> bool:
    """Whether ``written`` is the place name ``own`` cut before a particle that joins a
    town's name to its river or region ("Braunau" of Braunau am Inn, "Stratford" of
    Stratford-upon-Avon, "Reggio" of Reggio nell'Emilia: ``name_tails`` in the lexicon).
    Writers drop such a tail, so the head is the town's own name as surely as the whole:
    GeoNames lists "Braunau" among its other names, as it lists the German name of Broumov,
    but only one of the two is the town the writer shortened."""
    head, full = _name_words(written), _name_words(own)
    return (
        bool(head)
        and len(full) > len(head) + 1
        and full[: len(head)] == head
        and full[len(head)] in lexicon_words("name_tails")
    )


def _name_words(name: str) -> list[str]:
    """A name's folded words, apostrophes and hyphens parting them ("nell'Emilia")."""
    return fold(name.replace("'", " ").replace("\u2019", " ")).split()


def code_key(name: str) -> str:
    """The key of an abbreviation ("W.Va.", "NSW"): folded letters only, marked with "=".

    Abbreviations are indexed under this exact key, not the transliteration key,
    which would merge them ("W.Va." and "Va." and "WA" all fold to "va").
    """
    return "=" + fold(name).replace(" ", "")


@lru_cache(maxsize=1)
def _dotted_region_codes() -> frozenset[str]:
    """The code keys of the region abbreviations ``admin1_abbreviations.tsv`` writes as
    dotted initials ("N.Y.", "D.C.", "N.S.W.")."""
    forms = (
        form
        for line in ABBREVIATIONS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
        for form in line.split("\t", 1)[1].split("|")
    )
    return frozenset(code_key(form) for form in forms if _DOTTED_INITIALS.fullmatch(form))


def _code_for_region(name: str) -> bool:
    """Whether a name may be a region's abbreviation by its letters. Initials written
    with full stops are a region's only where the table writes the region so ("N.Y.",
    "S.C."): the index keys "LA" and "MD" by their letters, but "L.A." is Los Angeles,
    "M.D." a doctor's degree and "I.D." a card, none of them Louisiana, Maryland or
    Idaho."""
    return not _DOTTED_INITIALS.fullmatch(name) or code_key(name) in _dotted_region_codes()


class Gazetteer:
    """Places by GeoNames id and by transliteration key of every name."""

    def __init__(self, place_lines: dict[str, str], name_lines: dict[str, str]) -> None:
        self._places = place_lines
        self._names = name_lines
        self._countries: dict[str, str] | None = None
        # Each name's places, as :meth:`lookup` found them: a document asks about the same
        # names again and again (each mention, each cue around it), and so do documents.
        self._found: dict[tuple[str, bool], tuple[Place, ...]] = {}

    def __len__(self) -> int:
        return len(self._places)

    def get(self, geonames_id: int) -> Place | None:
        line = self._places.get(str(geonames_id))
        return _parse(str(geonames_id), line) if line else None

    def lookup(self, name: str, *, parts: bool = True) -> list[Place]:
        """Every place one of whose names has the key of ``name`` (or of it without designators).

        An abbreviation of a region ("La.", "NSW") names that region only. A
        hyphenated compound that is no name itself names what its capitalised
        parts name: "Atlanta-area", "UK-based", "R-Charleston" (a legislator's
        party and home town), "Athens-Clarke"; not with ``parts`` False, for a
        caller that asks whether the whole name is a place's.
        """
        key = (name, parts)
        found = self._found.get(key)
        if found is None:
            found = self._lookup(name, parts)
            if len(self._found) >= LOOKUPS_KEPT:
                self._found.clear()  # a bound on a long ingest run's memory
            self._found[key] = found
        return list(found)

    def _lookup(self, name: str, parts: bool) -> tuple[Place, ...]:
        ids = self._ids(name)
        if ids is None and parts:
            words = [p for p in _COMPOUND.split(name) if p[:1].isupper()]
            if len(words) > 1 or (words and words[0] != name):
                ids = ",".join(filter(None, map(self._ids, words))) or None
        if not ids:
            return ()
        return tuple(
            _parse(i, self._places[i]) for i in dict.fromkeys(ids.split(",")) if i in self._places
        )

    def abbreviated(self, name: str) -> list[Place]:
        """The regions an abbreviation is indexed under by its exact letters ("La.",
        "NSW"; :func:`code_key`), none for any other name."""
        ids = self._names.get(code_key(name)) if _code_for_region(name) else None
        return [_parse(i, self._places[i]) for i in ids.split(",")] if ids else []

    def _ids(self, name: str) -> str | None:
        code = self._names.get(code_key(name)) if _code_for_region(name) else None
        if code is not None or is_abbreviation(name):
            return code
        ids = self._names.get(translit_key(name))
        if ids is None:
            bare = strip_designators(name)
            ids = self._names.get(translit_key(bare)) if bare else None
        expanded = expand_abbreviations(name)
        if expanded != fold(name):
            ids = ",".join(filter(None, (ids, self._ids(expanded)))) or None
        return ids

    def country(self, country_code: str) -> Place | None:
        """The country itself (feature PCLI) for an ISO code."""
        if self._countries is None:
            self._countries = {
                line.split("\t")[4]: gid for gid, line in self._places.items() if "\tPCLI\t" in line
            }
        gid = self._countries.get(country_code)
        return _parse(gid, self._places[gid]) if gid else None


def _read_pairs(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line)


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Load the shipped index (or one built into ``directory``)."""
    directory = directory or INDEX_DIR
    return Gazetteer(_read_pairs(directory / "places.tsv"), _read_pairs(directory / "names.tsv"))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return load_gazetteer()


def geo_precision(geo: Geo) -> int:
    """ACLED-style precision of a resolved place: 1 a town or site, 3 a region or country."""
    return 3 if geo.feature in _REGION_FEATURES else 1
