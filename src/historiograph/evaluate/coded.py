"""Scoring the pipeline against event data sets coded by people (``eval coded``).

ACLED notes, GTD summaries and RAND incident descriptions pair a short text
with fields a person coded from it. The pipeline reads only the text; its
main event (:func:`main_event`: the first coded one the text tells, a protest
before the crackdown on it) is compared field by field
with the coded row: date (intervals overlap; only where the text states a date
that reaches the coded one, since a summary may date only a later release or
nothing at all), country and place (only where the text names where, or the
record claims a place anyway: :func:`_told_where`), place (within 50 km
where both have coordinates, else the name, in the coder's spelling or the
text's when the record could not locate the place; an ACLED point of
geo_precision 2 or 3 stands for a district or province, and naming that area
is right too, as is a place listed with the event's own in the list of places one act
is told at, which ACLED codes once per place: :func:`_listed_with_own`),
event type in the data set's own scheme (ACLED event_type and
sub_event_type as the export codes them, who the sides are included, or a
pre-2019 ACLED file's old event_type, GTD attacktype, RAND weapon),
actor (the row's first actor or perpetrator against the event's agents, or, for
an ACLED event told without any, the class an export names it by: "Rioters
(Bangladesh)") and
fatalities (exact, and within 10%). GTD counts every death of the incident a
summary tells, the attackers' and those of the security forces' response
included: its fatalities are compared with the sum of the record's tolls,
ACLED's and RAND's with the largest toll of the row's event (:func:`row_event`:
the main event and the other verbs of the same act, as ACLED codes one act per
row). The place compared is the one ACLED would code (:func:`located_where`):
the event's own where the record located it, else the smallest located place
the text names around it. A field the coder marked "Unknown" (GTD's
city or attack type, a perpetrator) is not scored: it is no label to match.

ACLED and GTD rows are read with the same readers that ``historiograph
import`` uses (:mod:`historiograph.export`); RAND, which has no import,
is read here. A GTD summary's ``MM/DD/YYYY:`` prefix is the coded date and is
stripped from the text the pipeline reads.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import yaml
from rapidfuzz import fuzz

from historiograph.errors import UsageError
from historiograph.export import acled, gtd, muc4
from historiograph.export.account import Account
from historiograph.export.importer import READERS, read_rows
from historiograph.extract.events.anchoring import CALENDAR_TYPES
from historiograph.nlp.entities import name_key
from historiograph.pipeline import Pipeline
from historiograph.record import (
    AcledMapping,
    Document,
    Entity,
    Event,
    Mention,
    Record,
    Where,
    document_id,
)
from historiograph.resolve import KnowledgeBase
from historiograph.resolve.gazetteer import Gazetteer, strip_designators

CSV_DATASETS = ("acled", "gtd", "rand")
DATASETS = (*CSV_DATASETS, "muc4")
SUMMARY_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}:\s*")
T = TypeVar("T")
COUNTRY_COLUMNS = {"acled": "country", "gtd": "country_txt", "rand": "Country"}
REGION_COLUMNS = {
    "acled": ("location", "admin3", "admin2", "admin1"),
    "gtd": ("city", "provstate"),
    "rand": ("City",),
}


@cache
def _settings() -> dict[str, Any]:
    text = (files("historiograph.evaluate") / "data" / "coded.yaml").read_text("utf-8")
    settings: dict[str, Any] = yaml.safe_load(text)
    return settings


@dataclass
class CodedRow:
    """What a person coded from one text, in terms the record can be compared with."""

    row_id: str
    text: str
    earliest: dt.date | None
    latest: dt.date | None
    country: str | None
    place: str | None
    lat: float | None
    lon: float | None
    type_label: str | None
    subtype_label: str | None
    actor: str | None
    fatalities: float | None
    areas: tuple[str, ...] = ()
    """Names of the area a coded point stands for (ACLED geo_precision 2 and 3)."""
    regions: tuple[str, ...] = ()
    """The row's place and the areas around it, smallest first (see :func:`_told_where`)."""
    scheme: str | None = None
    """ACLED's scheme the row is coded in (``acled.CURRENT`` or ``acled.PRE_2019``)."""
    place_names: tuple[str, ...] = ()
    """The names the coded place stands for: ACLED's "Kabul - Dasht-e-Barchi" is the
    quarter and the city as well (:func:`historiograph.export.acled.location_names`)."""


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _from_import_reader(dataset: str, row: Mapping[str, str | None], number: int) -> CodedRow:
    # Old ACLED exports name their columns in capitals ("EVENT_TYPE", "COUNTRY").
    data = {key.lower(): value for key, value in row.items() if key is not None}
    coded = READERS[dataset](data, number)
    fatalities = next((f.best for f in coded.figures if f.property == "fatalities"), None)
    agent = next((a.name for a in coded.actors if a.role == "agent"), None)
    if dataset == "acled":
        type_label, subtype_label = data.get("event_type"), data.get("sub_event_type")
    else:
        type_label, subtype_label = data.get("attacktype1_txt"), None
    place = coded.place
    return CodedRow(
        row_id=coded.row_id,
        text=SUMMARY_DATE.sub("", coded.narrative),
        earliest=coded.earliest,
        latest=coded.latest,
        country=data.get(COUNTRY_COLUMNS[dataset]) or None,
        place=place.name if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        type_label=type_label or None,
        subtype_label=subtype_label or None,
        actor=agent,
        fatalities=None if fatalities is None else float(fatalities),
        areas=_coded_areas(data) if dataset == "acled" else (),
        regions=_columns(data, REGION_COLUMNS[dataset]),
        scheme=acled.scheme(data) if dataset == "acled" else None,
        place_names=acled.location_names(place.name)
        if dataset == "acled" and place and place.name
        else (),
    )


def _columns(data: Mapping[str, str | None], columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for column in columns if (name := (data.get(column) or "").strip()))


def _coded_areas(data: Mapping[str, str | None]) -> tuple[str, ...]:
    """The places an ACLED point stands for when it is not the event's own town.

    ACLED's geo_precision 2 codes an event told only by its district or by a
    place near a town at that town or district's centre; 3 codes one told by its
    province at the province's centre. A record that names that district (2) or
    province (3) names what the coder knew, however far its point lies from the
    coded one: the location and its admin levels up to the one the precision
    stands for count as the same place.
    """
    precision = (data.get("geo_precision") or "").strip()
    if precision not in ("2", "3"):
        return ()
    levels = ["location", "admin3", "admin2"] + (["admin1"] if precision == "3" else [])
    return tuple(name for level in levels if (name := (data.get(level) or "").strip()))


def _from_rand(data: Mapping[str, str | None]) -> CodedRow:
    day = dt.date.fromisoformat(data["Date"] or "") if data.get("Date") else None
    return CodedRow(
        row_id=data.get("row_id") or "",
        text=data.get("Description") or "",
        earliest=day,
        latest=day,
        country=data.get("Country") or None,
        place=data.get("City") or None,
        lat=None,
        lon=None,
        type_label=data.get("Weapon") or None,
        subtype_label=None,
        actor=data.get("Perpetrator") or None,
        fatalities=_float(data.get("Fatalities")),
        regions=_columns(data, REGION_COLUMNS["rand"]),
    )


def coded_rows(path: Path, dataset: str, *, limit: int | None = None) -> Iterator[CodedRow]:
    """The rows of a coded data set with a usable text, at most ``limit`` of them."""
    if dataset not in CSV_DATASETS:
        raise UsageError(f"cannot read {dataset!r} rows; choose from {', '.join(CSV_DATASETS)}")
    count = 0
    for number, data in enumerate(read_rows(path), start=2):
        if limit is not None and count >= limit:
            return
        try:
            row = (
                _from_rand(data)
                if dataset == "rand"
                else _from_import_reader(dataset, data, number)
            )
        except (ValueError, KeyError):
            continue  # a row the data set itself got wrong is not the pipeline's failure
        if len(row.text.strip()) < 20:
            continue
        count += 1
        yield row


HALVES = ("even", "odd")


def split_half(items: list[T], half: str | None) -> list[T]:
    """Every other item, from the first ("even") or the second ("odd"); all for None."""
    if half is None:
        return items
    if half not in HALVES:
        raise UsageError(f"no half {half!r}; choose from {', '.join(HALVES)}")
    return items[HALVES.index(half) :: 2]


@dataclass
class CodedScores:
    """Per field: [right, scored]."""

    rows: int = 0
    with_event: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)

    def tally(self, name: str, right: bool) -> None:
        counts = self.fields.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += 1

    def metrics(self) -> dict[str, float | int | None]:
        result: dict[str, float | int | None] = {
            "rows": self.rows,
            "event_found": round(self.with_event / self.rows, 4) if self.rows else None,
        }
        for name, (right, total) in sorted(self.fields.items()):
            result[f"{name}_accuracy"] = round(right / total, 4) if total else None
            result[f"{name}_n"] = total
        return result


def _states(record: Record, earliest: dt.date, latest: dt.date) -> bool:
    """Does the text give a calendar date within reach of the coded interval?"""
    return any(
        t.type in CALENDAR_TYPES
        and t.earliest is not None
        and t.earliest <= latest
        and earliest <= (t.latest or t.earliest)
        for t in record.timexes
    )


def main_event(record: Record) -> Event | None:
    """The event a coded row is about: the first one its text tells, with two preferences.

    An event the ACLED scheme codes (one with an ACLED mapping) comes before one
    it does not (a statement, an alliance), whatever their order, and an act before
    the protest it is told in the time of (:func:`_setting`: "on the third day of
    the blockade, bombs went off"), an act told as an earlier one ("a soldier wounded
    by an earlier bomb blast was ambushed": :func:`_told_before`) or the change to a
    group told around it
    (``background_types``: "fighters of the APCLS-Nyatura coalition attacked army
    positions" is an attack, the coalition who did it). And ACLED codes
    a demonstration and the force used against it as one protest event
    ("Protest with intervention", "Excessive force against protesters"), or as
    a riot where the crowd was violent: so where the first coded event is
    force against a crowd (``protest_responses`` in ``data/coded.yaml``) and the
    text tells a protest too ("police fired tear gas to disperse workers who had
    taken to the streets and pelted stones"), the row is about the protest. A
    riot told in that protest's sentence makes it a riot, and so it does for a
    protest told first ("students protesting fare rises set fire to metro
    stations": one violent demonstration). An arrest is coded on its own
    ("arrested for taking part in protests").
    """
    told = [e for e in record.events if e.type != "statement"] or record.events
    coded = [e for e in told if e.mappings.acled is not None] or told
    if not coded:
        return None
    acts = [e for e in coded if not (_setting(record, e) or _told_before(record, e))] or coded
    acts = [e for e in acts if e.type not in _settings()["background_types"]] or acts
    first = min(acts, key=lambda e: e.trigger.span[0])
    protests = sorted((e for e in coded if e.type == "protest"), key=lambda e: e.trigger.span[0])
    if first.type == "protest":
        crowd = first
    elif protests and first.subtype in _settings()["protest_responses"]:
        crowd = protests[0]
    else:
        return first
    start, end = crowd.span
    violent = [e for e in protests if e.subtype == "riot" and start <= e.trigger.span[0] < end]
    return (violent or [crowd])[0]


def _told_before(record: Record, event: Event) -> bool:
    """Is the event named as one before the note's ("wounded by an earlier bomb blast",
    "since the previous attack", ``earlier_patterns`` in data/coded.yaml)? A note tells
    such an event to explain the one it is about."""
    before = record.document.text[max(0, event.trigger.span[0] - 40) : event.trigger.span[0]]
    return any(re.search(p, before, re.IGNORECASE) for p in _settings()["earlier_patterns"])


def _setting(record: Record, event: Event) -> bool:
    """Is the event a protest told only as the time of another act ("On Tuesday (Day 8 of
    hartal) three bombs went off", ``setting_patterns`` in data/coded.yaml)?"""
    if event.type != "protest":
        return False
    before = record.document.text[max(0, event.trigger.span[0] - 80) : event.trigger.span[0]]
    return any(re.search(p, before, re.IGNORECASE) for p in _settings()["setting_patterns"])


def row_event(record: Record, main: Event) -> list[Event]:
    """The record's events that ACLED codes as one row with the main event, main first.

    ACLED's event is one act of one actor against another at one place on one
    day, of one type, whatever the number of verbs telling it: "soldiers looted the
    village and shot dead four men" is one attack, and a protest carries the force used
    against it ("Protest with intervention", the protesters killed counted in
    its fatalities). So the row's event is the main one, the other acts of its
    ACLED type its agent is told doing in its sentence, and, for a protest, the force used
    against crowds told with it or after it (``protest_responses``, ``protest_killings``).
    """
    agents = {a.entity for a in main.actors if a.role == "agent"}
    responses = {*_settings()["protest_responses"], *_settings()["protest_killings"]}
    parts = [main]
    for event in record.events:
        if event is main or event.mappings.acled is None:
            continue
        same_act = (
            agents
            and main.span[0] <= event.trigger.span[0] < main.span[1]
            and agents & {a.entity for a in event.actors if a.role == "agent"}
            and main.mappings.acled is not None
            and event.mappings.acled.event_type == main.mappings.acled.event_type
        )
        met_protest = (
            main.type == "protest"
            and event.subtype in responses
            and event.trigger.span[0] >= main.span[0]
        )
        if same_act or met_protest:
            parts.append(event)
    return parts


def _row_toll(parts: list[Event], record: Record, dataset: str) -> float:
    """The row's fatalities: the largest toll its parts give (one toll told of several
    verbs of one act is not several tolls), as the data set codes a toll: ACLED's
    by its codebook's numbers for tolls told without a figure
    (:func:`historiograph.export.acled.coded_fatalities`)."""
    if dataset == "acled":
        return max(acled.coded_fatalities(e.fatalities, record.claims) for e in parts)
    return max(_dead(e) for e in parts)


def located_where(record: Record, parts: list[Event], kb: KnowledgeBase) -> Where | None:
    """Where ACLED would code the row's event: the most specific place it can locate.

    The main event's own place where the record located it; else another part's
    located place; else, for a place the gazetteer does not know ("Sheikhpara in
    Jhenidah", "a village of Beni territory") or an event told with no place, the
    first located place named in its sentence after its own place (the district
    or town it lies in), else the first in that sentence, else the first the text
    names ("A Jubo Dal man was killed in Noakhali ... at Choumuhani Bazar", "a
    nationwide blockade ... traffic in Dhaka was thin"; so too for an event placed
    only by its country). The row's place is still compared with the event's own
    unlocated name too (:func:`score_row`). ACLED's codebook codes a village it cannot
    find at the centre of the smallest named area around it (geo_precision 2), and an
    event by the most specific place its note names. A country is never an
    event's location, nor is a place named by its people's adjective, nor a town
    named as a road's end (:func:`_road_spans`); a hospital's town or someone's origin
    is taken only where no other place is (:func:`_named_away`).
    """
    main = parts[0]
    entities = {e.id: e for e in record.entities}
    for event in parts:
        if _located(event.where) and not _country_where(event.where, entities):
            return event.where
    if _country_where(main.where, entities):
        # "Protests broke out at the Beitbridge border post between South Africa and
        # Zimbabwe": the country is where the record could place it, the post where
        # ACLED does.
        main = main.model_copy(update={"where": None})
    start, end = main.span
    own_spans = [
        m.span
        for m in record.mentions
        if main.where is not None and m.entity == main.where.entity and start <= m.span[0] < end
    ]
    own = min((span[1] for span in own_spans), default=start)
    # A place the record gives another event is that event's ("freed after the
    # hijacking of a plane to Cairo"); a piece of the event's own place's name is
    # no second place ("Colonia" of "Colonia Agricola Pantitlan").
    others = {
        e.where.entity for e in record.events if e not in parts and e.where and e.where.entity
    }
    text = record.document.text
    roads = _road_spans(text)
    # (offset, named away, where): a place named away is taken only where no other is.
    located: list[tuple[int, bool, Where]] = []
    for mention in sorted(record.mentions, key=lambda m: m.span[0]):
        entity = entities.get(mention.entity or "")
        geo = entity.geo if entity is not None and entity.kind in ("place", "facility") else None
        if geo is None or geo.lat is None or geo.lon is None or (geo.feature or "")[:3] == "PCL":
            continue
        inside_own = any(a <= mention.span[0] < b for a, b in own_spans)
        on_road = any(a <= mention.span[0] < b for a, b in roads)
        if _demonym(mention, kb) or mention.entity in others or inside_own or on_road:
            continue
        where = Where(
            entity=mention.entity, name=mention.text, lat=geo.lat, lon=geo.lon, precision=2
        )
        located.append((mention.span[0], _named_away(text, *mention.span), where))
    ordered: list[Where] = []
    for away in (False, True):
        places = [(at, where) for at, named_away, where in located if named_away is away]
        ordered += [where for at, where in places if own <= at < end]
        ordered += [where for at, where in places if start <= at < end]
        ordered += [where for _, where in places] if not _located(main.where) else []
    return next(iter(ordered), parts[0].where)


def _named_away(text: str, start: int, end: int) -> bool:
    """Is the place named as somewhere the event was not: where the wounded were taken
    ("admitted to Rajshahi Medical College Hospital") or where someone or something came
    from ("a truck from Cox's Bazar"), by ``away_patterns`` in coded.yaml?"""
    patterns: dict[str, list[str]] = _settings()["away_patterns"]
    before, after = text[max(0, start - 30) : start], text[end : end + 60]
    return any(re.search(p, before) for p in patterns["before"]) or any(
        re.match(p, after) for p in patterns["after"]
    )


def _road_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text that name a road or a vehicle by the towns at its ends ("on the
    Dhaka-Barisal highway", "a Chittagong-bound truck": ``road_patterns`` in coded.yaml):
    the towns there are where the road leads, not where the event happened on it."""
    patterns: list[str] = _settings()["road_patterns"]
    return [m.span() for p in patterns for m in re.finditer(p, text)]


def _located(where: Where | None) -> bool:
    return where is not None and where.lat is not None and where.lon is not None


def _country_where(where: Where | None, entities: Mapping[str, Entity]) -> bool:
    """Is the event placed only by its country, which no coder's point is?"""
    place = entities.get(where.entity) if where is not None and where.entity else None
    return place is not None and place.geo is not None and (place.geo.feature or "")[:3] == "PCL"


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


_STOPWORDS = frozenset({"the", "of", "and"})
_AGAINST = re.compile(r"\banti-?\s*[\w']+", re.IGNORECASE)
_COUNTRY_NAME_WORDS = 5
"""The most words a country's name has that an agent's name may carry ("Democratic
Republic of the Congo")."""
_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*")
_TRAILING = re.compile(r"\s*\(([^()]*)\)?$")
# A standard name's country: "Military Forces of Kenya", "Rioters (Kenya)".
_COUNTRY_PART = re.compile(r"^(?P<label>.+?)(?:\s+of\s+(?P<of>.+)|\s*\((?P<in>[^()]+)\))$")


def _content_words(name: str) -> frozenset[str]:
    return frozenset(w for w in name_key(name).split("-") if w and w not in _STOPWORDS)


def _country_code(name: str, kb: KnowledgeBase) -> str | None:
    """ISO code of a country named as a data set names it.

    The knowledge base knows each country's names; ACLED's "Democratic Republic
    of Congo" differs from the KB's "Democratic Republic of the Congo" by an
    article only, so a country whose name has the same words, "the", "of" and
    "and" aside, matches too.
    """
    for entity in kb.lookup(name):
        if entity.geo is not None and entity.geo.country_code:
            return entity.geo.country_code
    words = _content_words(name)
    for entity in kb:
        geo = entity.geo
        if geo is None or not geo.country_code or (geo.feature or "")[:3] != "PCL":
            continue
        if any(_content_words(n) == words for n in entity.names()):
            return geo.country_code
    return None


def _demonym(mention: Mention, kb: KnowledgeBase) -> bool:
    """Is the mention a people's adjective ("an Armenian church"): whose, not where?"""
    known = kb.get(mention.entity or "")
    return known is not None and name_key(mention.text) in {name_key(a) for a in known.adjectives}


def _record_country(record: Record, event: Event, kb: KnowledgeBase) -> str | None:
    """The country the record gives the event: its place's, else the text's.

    A coded row is about one event in one country, and its text names that
    country or places in it even where the event itself got no place: ACLED
    notes say "in Sialkot city (Sialkot, Punjab)", GTD summaries end with the
    country. So the event's place decides; failing that, the first place of the
    record (in the order the text names them) that has a country and is named
    as a place, not by its people's adjective ("an Armenian church", "Syrian
    mercenaries" tell whose, not where); then the home country the knowledge
    base gives the event's actors, its agents' first ("LNA forces clashed in
    Wadi al-Rabi": the Libyan National Army is Libya's; "government troops
    fought SLA rebels near Tawila": the rebels are Sudan's); then that of any
    other armed group or party the record names by more than a lone acronym ("jets
    struck a Boko Haram camp near Kangarwa": the note is about Nigeria); then any
    country an adjective names. A country named across a border ("an army post near
    Porga, close to the border with Burkina Faso") is where the event is not
    (:func:`_across_border`).
    """
    entities = {e.id: e for e in record.entities}
    place = entities.get(event.where.entity) if event.where and event.where.entity else None
    if place is not None and place.geo is not None and place.geo.country_code:
        return place.geo.country_code
    named: list[str] = []
    adjectives: list[str] = []
    text = record.document.text
    for mention in sorted(record.mentions, key=lambda m: m.span[0]):
        entity = entities.get(mention.entity or "")
        if entity is None or entity.geo is None or not entity.geo.country_code:
            continue
        if _across_border(text, mention.span[0]):
            continue
        (adjectives if _demonym(mention, kb) else named).append(entity.geo.country_code)
    roles: list[str] = _settings()["home_roles"]
    actors = sorted((a for a in event.actors if a.role in roles), key=lambda a: roles.index(a.role))
    homes = [home for a in actors if (home := _home_country(a.entity, kb))]
    # A lone acronym beside the event is too weak a sign: acronyms are shared across
    # countries ("five IRA leaders" of Mauritania's abolitionists are no Irish
    # republicans); one with a qualifier ("the OSCE SMM") is a name.
    mentioned = [
        home
        for mention in sorted(record.mentions, key=lambda m: m.span[0])
        if not (mention.text.isupper() and " " not in mention.text)
        and (home := _home_country(mention.entity, kb))
    ]
    return next(iter(named + homes + mentioned + adjectives), None)


def _across_border(text: str, start: int) -> bool:
    """Is the place named as what lies across a border ("close to the border with
    Burkina Faso", ``across_border_patterns`` in coded.yaml): where the event is not?"""
    before = text[max(0, start - 40) : start]
    return any(re.search(p, before, re.IGNORECASE) for p in _settings()["across_border_patterns"])


def _home_country(entity_id: str | None, kb: KnowledgeBase) -> str | None:
    """The country the knowledge base says an organisation belongs to, if any."""
    known = kb.get(entity_id or "")
    return str(known.attrs["country"]) if known is not None and known.attrs.get("country") else None


@dataclass
class CodedActor:
    """A coded actor's name read into what the record could carry for it."""

    names: list[str]
    """Names to find among the agents': the coded name and its alternatives."""
    country: str | None = None
    """ISO code of the country the name carries ("(India)", "of Sudan")."""
    words: list[str] = field(default_factory=list)
    """A standardised class's words: any agent with one of them is the actor."""
    any_agent: bool = False
    unidentified: bool = False
    who: str | None = None
    """A community's militia: any agent whose name has these words."""
    acronym_prefix: bool = False
    """The last name is a cut acronym: an agent's acronym starting with it matches."""


def read_actor(coded: str, kb: KnowledgeBase) -> list[CodedActor]:
    """The alternatives one coded actor name stands for (see ``actor_*`` in coded.yaml)."""
    settings = _settings()
    pieces = [coded]
    for separator in settings["actor_alternatives"]:
        pieces = [p for piece in pieces for p in piece.split(separator)]
    readings = []
    for piece in pieces:
        for name in _YEARS.split(piece, maxsplit=1):
            if name.strip():
                readings.append(_read_one(name.strip(), kb))
    return readings


def _read_one(name: str, kb: KnowledgeBase) -> CodedActor:
    settings = _settings()
    names = [name]
    country = None
    trailing = _TRAILING.search(name)
    truncated = False
    if trailing is not None and trailing.start() > 0:
        inside = trailing[1].strip()
        # "Popular Front for the Liberation of Palestine (PFL": a field cut at its
        # width leaves the bracket open and the acronym a prefix of itself.
        truncated = not name.rstrip().endswith(")")
        name = name[: trailing.start()].strip()
        country = _country_code(inside, kb)
        if country is not None:  # "Islamic State (Somalia)" is the Islamic State, in Somalia
            names = [name]
        else:  # "(ELF)" is another name, "(Greater Sahara)" part of it
            acronym = inside.isupper() and " " not in inside
            names = [name, inside] if acronym else [name, f"{name} {inside}"]
            truncated = truncated and acronym
    for rule in settings["actor_classes"]:
        match = re.search(rule["pattern"], name, re.IGNORECASE)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("country"):
            country = _country_code(groups["country"], kb) or country
        return CodedActor(
            names=names,
            country=country,
            words=list(rule.get("words", [])),
            any_agent=bool(rule.get("any_agent")),
            unidentified=bool(rule.get("unidentified")),
            who=groups.get("who") if rule.get("who") else None,
        )
    return CodedActor(names=names, country=country, acronym_prefix=truncated)


def _words(name: str) -> str:
    return "-" + name_key(name) + "-"


def _has_word(name: str, words: list[str]) -> bool:
    return any(_words(w) in _words(name) for w in words)


def _named_countries(name: str, kb: KnowledgeBase) -> set[str]:
    """The countries the agent's own name gives ("Afghan army"; "Burundian and Rwandan
    soldiers" are the forces of both), by a word or a run of words ("Armed Forces of the
    Democratic Republic of the Congo" is the DRC's, though its last word alone names the
    other Congo)."""
    words = name_key(name).split("-")
    runs = (
        " ".join(words[start : start + size])
        for size in range(1, _COUNTRY_NAME_WORDS + 1)
        for start in range(len(words) - size + 1)
    )
    return {
        entity.geo.country_code
        for run in runs
        for entity in kb.lookup(run)
        if entity.geo is not None
        and entity.geo.country_code
        and (entity.geo.feature or "")[:3] == "PCL"
    }


def _of_the_state(name: str) -> bool:
    """Does the agent's name make it the state's (``state_words``)? A word the name is
    against is not its own: "anti-government protesters" are no government's men."""
    return _has_word(_AGAINST.sub(" ", name), _settings()["state_words"])


def _same_name(coded: str, name: str) -> bool:
    """The same actor by name: one name holds the other's words in order, or a close spelling."""
    if not name_key(coded) or not name_key(name):
        return False
    if _words(coded) in _words(name) or _words(name) in _words(coded):
        return True
    # "Tupamaros" and "Tupamaro terrorists", "Houthis" and "Houthi rebels": a group's
    # name in the plural and its members' in the singular.
    if _singular_words(coded) in _singular_words(name) or _singular_words(name) in _singular_words(
        coded
    ):
        return True
    for one, other in ((coded, name), (name, coded)):
        if _initials(one) in (other, other.rstrip("s")):  # "ISGS", "GNA"
            return True
    return fuzz.token_sort_ratio(name_key(coded), name_key(name)) >= 85


def _singular_words(name: str) -> str:
    """The name's words with a plural "s" dropped from each longer word."""
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name_key(name).split("-")]
    return "-" + "-".join(words) + "-"


def _initials(name: str) -> str | None:
    """The acronym a name of several words would have ("Islamic State Greater Sahara": ISGS)."""
    words = [w for w in name_key(name).split("-") if w and w not in _STOPWORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else None


def _parents(agent: Entity, kb: KnowledgeBase, depth: int = 3) -> list[str]:
    """The names of the bodies the knowledge base says the agent belongs to.

    Coders name the movement where a text names one of its groups (RAND's "Anti-Castro
    Cubans" for "El Poder Cubano"); the KB's ``parent`` links say which movement that is,
    so the group's act is the movement's, as the coder read it. Only names: a wrong
    parent in the KB is a KB error, visible in the KB file.
    """
    names: list[str] = []
    entry = kb.get(agent.id)
    for _ in range(depth):
        parent = entry.attrs.get("parent") if entry is not None else None
        entry = kb.get(parent) if isinstance(parent, str) else None
        if entry is None:
            break
        names += [entry.name, *entry.aliases]
    return names


def actor_matches(actor: CodedActor, agents: list[Entity], kb: KnowledgeBase) -> bool:
    """Whether the record's agents carry the coded actor (one reading of it)."""
    if actor.unidentified:  # "an armed man" names no one either
        return not any(
            a.kind in ("organization", "person") and not acled.unidentified_agent(a.name)
            for a in agents
        )
    for agent in agents:
        names = [agent.name, *agent.aliases]
        if any(
            _same_name(coded, n) for coded in actor.names for n in [*names, *_parents(agent, kb)]
        ):
            return True
        if actor.acronym_prefix and any(
            n.isupper() and " " not in n and n.startswith(actor.names[-1]) for n in names
        ):
            return True
        if actor.words and any(_has_word(n, actor.words) for n in names):
            named = _named_countries(agent.name, kb)
            if actor.country is None or not named or actor.country in named:
                return True
        if actor.any_agent and not any(_of_the_state(n) for n in names):
            return True
        if actor.who and any(_has_word(n, [actor.who]) for n in names):
            return True
    return False


def _standard_name_matches(
    coded: str,
    record: Record,
    event: Event,
    country: str | None,
    kb: KnowledgeBase,
    coded_in: str | None = None,
) -> bool:
    """Is the coded actor the class name an ACLED export gives an event without agents,
    or the crowd it puts first in a crackdown on one
    (:func:`historiograph.export.acled.crowd_first`)?

    A text that names no one doing the event ("buses were torched during the
    blockade", "55 people were arrested") is coded with a class of actor
    (:func:`historiograph.export.acled.unnamed_actor`): that name is compared with the
    coded one, its years aside, in the scheme the row is coded in (``coded_in``). The
    class must be the same and the country not
    another one: a record that could not tell the country is scored for that in the
    country field.
    """
    account = Account(record, event)
    mapping = acled.event_code(account)
    if mapping is None or (acled.sides(account)[0] and not acled.crowd_first(account, mapping)):
        return False
    ours = acled.unnamed_actor(mapping, None, coded_in or acled.CURRENT)
    if ours is None:
        return False
    name = _YEARS.split(coded, maxsplit=1)[0].strip()
    match = _COUNTRY_PART.match(name)
    if match is not None and (code := _country_code(match["of"] or match["in"], kb)):
        return match["label"].casefold() == ours.casefold() and country in (None, code)
    return name.casefold() == ours.casefold()


def _place_key(name: str) -> str:
    """A place name without its designators: GTD's "Marawara district" is Marawara."""
    return name_key(strip_designators(name))


def place_matches(
    row: CodedRow,
    event: Event,
    place: Entity | None,
    kb: KnowledgeBase,
    gazetteer: Gazetteer | None,
) -> bool:
    """Is the event where the row says, within ``place_km`` or by name?

    Coordinates decide where both sides have them, except that an ACLED point
    standing for a district or province (``row.areas``, geo_precision 2 or 3) is
    also matched by that area's name. GTD and RAND code a city's
    name, not its coordinates: that name is looked up in the gazetteer among the
    places of the row's country, and the event is right when it lies within
    ``place_km`` of one of them, as with ACLED's coordinates. A name neither can
    place is compared by name, designators ("district", "province") aside.
    """
    km: float = _settings()["place_km"]
    where = event.where
    if where is None:
        return False
    if where.lat is not None and where.lon is not None:
        if row.lat is not None and row.lon is not None:
            if _km(where.lat, where.lon, row.lat, row.lon) <= km:
                return True
            if not row.areas:
                return False
        country = _country_code(row.country, kb) if row.country else None
        coded = [
            p
            for p in (gazetteer.lookup(row.place) if gazetteer and row.place else [])
            if country is None or p.country_code == country
        ]
        if any(_km(where.lat, where.lon, p.lat, p.lon) <= km for p in coded):
            return True
    names = [where.name or "", *([place.name, *place.aliases] if place is not None else [])]
    told = list(row.place_names or ([row.place] if row.place else []))
    keys = {_place_key(c) for c in [*told, *(row.areas or ())]}
    if any(_place_key(n) in keys for n in names if n):
        return True
    # A place the record could not locate is only a name: the text's spelling of it.
    unlocated = where.lat is None or where.lon is None
    return unlocated and any(_same_place_name(n, c) for n in names if n for c in told)


# A list of places: names joined by commas and "and" ("Zangebe, Maiwa, Algaiti and Mainari").
_PLACE_LIST = re.compile(
    r"[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2}"
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2})+"
)


def _listed_with_own(row: CodedRow, record: Record, event: Event) -> bool:
    """Is the coded place listed with the event's own among the places the text gives
    one act ("a patrol of Zangebe, Maiwa, Algaiti and Mainari villages killed six
    militants")? ACLED codes such an act once per place listed, each row the same note
    at another of them; the record places it at one of them, which is as right for each."""
    if event.where is None or not event.where.name or not row.place:
        return False
    own = _place_key(event.where.name)
    start, end = event.span
    for listed in _PLACE_LIST.finditer(record.document.text, start, end):
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group())
        if own not in {_place_key(item) for item in items}:
            continue
        told = row.place_names or (row.place,)
        if any(_same_place_name(item, coded) for item in items for coded in told):
            return True
    return False


def _same_place_name(name: str, coded: str) -> bool:
    """One place in two spellings: the text's and the coder's.

    A coder writes the place in the data set's own transliteration and form, not
    as the text does: "Zibane" is coded "Ziban", "Naushehro Feroze" "Naushahro
    Feroze" (close spellings, ``place_spelling_ratio``). A name that holds the
    coded one's words names it or a site in it ("La Colonia Tovar", "Frankfurt
    Airport", "Shapesh, Herat"); a part of the coded name need not ("Zvornik" is
    not Mali Zvornik). Only names the record could not locate are compared so, as
    actors' names are (:func:`_same_name`); a located place is judged by its
    distance.
    """
    told, other = _place_key(name), _place_key(coded)
    if not told or not other:
        return False
    if f"-{other}-" in f"-{told}-":
        return True
    threshold: float = _settings()["place_spelling_ratio"]
    return fuzz.ratio(told, other) >= threshold


_CAPITALISED = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


def _told_where(row: CodedRow, kb: KnowledgeBase, gazetteer: Gazetteer | None) -> bool:
    """Does the row's text name where its event was: its country, its people, a place in it?

    A coder places an event by the source's dateline and by what the coder knows
    of the region, not only by the words of the note: "Two armed men on
    motorcycles killed two gendarmes" names no place, and no reading of it could
    give the coded country. Such a row is scored for country or place only where
    the record claims one anyway (a wrong claim is wrong), as a date is scored
    only where the text states one. The text names where when it holds the coded
    country, its people's adjective, a coded place or area in the coder's
    spelling or one close to it (``place_spelling_ratio``), or a capitalised name
    the gazetteer places in the coded country ("Lenga, in Lualaba province").
    """
    code = _country_code(row.country, kb) if row.country else None
    names = [*(row.regions or ()), *([row.country] if row.country else [])]
    for entity in kb.lookup(row.country) if row.country and code else []:
        if entity.geo is not None and entity.geo.country_code == code:
            names += [*entity.names(), *entity.adjectives]
    words = name_key(row.text).split("-")
    threshold: float = _settings()["place_spelling_ratio"]
    for name in names:
        key = _place_key(name)
        size = len(key.split("-"))
        windows = ("-".join(words[i : i + size]) for i in range(len(words) - size + 1))
        if key and any(fuzz.ratio(window, key) >= threshold for window in windows):
            return True
    if gazetteer is None or code is None:
        return False
    return any(
        place.country_code == code
        for phrase in _CAPITALISED.findall(row.text)
        for place in gazetteer.lookup(phrase)
    )


def _dead(event: Event) -> float:
    """The event's toll, its low figure (what every source agrees on); 0 if it has none."""
    toll = event.fatalities
    return 0.0 if toll is None else float(toll.low if toll.low is not None else toll.best or 0)


def _shared_toll(text: str) -> bool:
    """Does the text give one toll for several incidents ("killed across the three raids")?

    A coder who splits such a toll among the incidents codes each a share the
    text does not state, which no reading of it could match: the row's
    fatalities are not scored, as a date the text does not state is not.
    """
    return any(re.search(p, text, re.IGNORECASE) for p in _settings()["shared_toll_patterns"])


def _acled_type_matches(row: CodedRow, mapping: AcledMapping | None) -> bool:
    """Is the event's ACLED code (as the export writes it: who its sides are counts,
    :func:`historiograph.export.acled.event_code`) the row's event type, in the scheme
    the row is coded in?

    The record maps events into ACLED's current (2019) scheme; a row of the
    pre-2019 scheme ("Remote violence", "Battle-No change of territory") is
    compared with the old type that mapping was coded as
    (:func:`historiograph.export.acled.old_event_type`), spelling variants of the
    old files aside.
    """
    if mapping is None or row.type_label is None:
        return False
    if row.scheme == acled.PRE_2019:
        return acled.old_event_type(mapping) == acled.old_label(row.type_label)
    return mapping.event_type == row.type_label


def score_row(
    row: CodedRow,
    record: Record,
    dataset: str,
    kb: KnowledgeBase,
    scores: CodedScores,
    gazetteer: Gazetteer | None = None,
) -> None:
    """Compare the record's main event with one coded row, field by field."""
    settings = _settings()
    scores.rows += 1
    event = main_event(record)
    if event is None:
        return
    scores.with_event += 1
    entities = {e.id: e for e in record.entities}
    # A date is scored where the text states the coded one: GTD's coded date is a
    # prefix we strip, a kidnapping's summary may date only the release, RAND
    # descriptions rarely give the day, and "the following day" in a text with no
    # publication date is no date at all.
    if row.earliest is not None and _states(record, row.earliest, row.latest or row.earliest):
        when = event.when
        scores.tally(
            "date",
            when.earliest is not None
            and when.earliest <= (row.latest or row.earliest)
            and row.earliest <= (when.latest or when.earliest),
        )
    parts = row_event(record, event)
    where = located_where(record, parts, kb)
    located = event.model_copy(update={"where": where})
    place = entities.get(where.entity) if where and where.entity else None
    told_where = _told_where(row, kb, gazetteer)
    # An event the record placed by its country is in that country, whatever town the
    # place compared with the coder's point is (:func:`located_where`).
    country = _record_country(
        record, event if _country_where(event.where, entities) else located, kb
    )
    if row.country:
        gold = _country_code(row.country, kb)
        if gold is not None and (country is not None or told_where):
            scores.tally("country", country == gold)
    # GTD codes a city it could not name "Unknown": that is no place to match.
    named_place = bool(row.place) and row.place not in settings["unknown_actors"]
    placed = event.where is not None or told_where
    if placed and ((row.lat is not None and row.lon is not None) or named_place):
        # An unlocated place of the event's own is still compared by name, as the coder
        # may have found the village the gazetteer does not know.
        own = entities.get(event.where.entity) if event.where and event.where.entity else None
        scores.tally(
            "place",
            place_matches(row, located, place, kb, gazetteer)
            or (where is not event.where and place_matches(row, event, own, kb, gazetteer))
            or _listed_with_own(row, record, event),
        )
    if row.type_label:
        if dataset == "acled":
            mapping = acled.event_code(Account(record, event))
            scores.tally("event_type", _acled_type_matches(row, mapping))
            if row.subtype_label:
                scores.tally(
                    "sub_event_type",
                    mapping is not None and mapping.sub_event_type == row.subtype_label,
                )
        elif dataset == "gtd":
            # GTD's "Unknown" says the coder could not tell the means: no label to match.
            if row.type_label not in settings["unknown_actors"]:
                attack_type = gtd.attack_type(Account(record, event))
                scores.tally("attacktype", attack_type == row.type_label)
        elif row.type_label not in settings["unknown_actors"]:
            weapons = settings["rand_weapons"].get(event.subtype or "", [])
            scores.tally("weapon", row.type_label in weapons)
    if row.actor and row.actor not in settings["unknown_actors"]:
        agents = [
            entities[a.entity]
            for a in event.actors
            if a.role in settings["actor_roles"] and a.entity in entities
        ]
        readings = read_actor(row.actor, kb)
        right = (
            any(actor_matches(r, agents, kb) for r in readings)
            or _battle_side_matches(row, readings, event, entities, kb, dataset)
            or (
                dataset == "acled"
                and _standard_name_matches(row.actor, record, event, country, kb, row.scheme)
            )
        )
        scores.tally("actor", right)
        if not any(r.unidentified for r in readings):
            scores.tally("actor_named", right)
    if row.fatalities is not None and not _shared_toll(row.text):
        counted = (
            sum(_dead(e) for e in record.events)
            if dataset in settings["incident_tolls"]
            else _row_toll(parts, record, dataset)
        )
        scores.tally("fatalities_exact", counted == row.fatalities)
        tolerance = settings["fatalities_tolerance"] * max(row.fatalities, 1.0)
        scores.tally("fatalities_10pct", abs(counted - row.fatalities) <= tolerance)


def _battle_side_matches(
    row: CodedRow,
    readings: list[CodedActor],
    event: Event,
    entities: Mapping[str, Entity],
    kb: KnowledgeBase,
    dataset: str,
) -> bool:
    """Is an ACLED battle row's actor the side the event was fought against?

    ACLED writes a battle's two sides in no order of who attacked (``battle_types``
    in coded.yaml): the row's first actor may be the side the record has attacked
    (``battle_actor_roles``). A coder's unidentified group is the doers' mark only.
    """
    settings = _settings()
    label = row.type_label or ""
    if dataset != "acled" or not (
        label in settings["battle_types"] or acled.old_label(label) in settings["battle_types"]
    ):
        return False
    sides = [
        entities[a.entity]
        for a in event.actors
        if a.role in settings["battle_actor_roles"] and a.entity in entities
    ]
    return any(actor_matches(r, sides, kb) for r in readings if not r.unidentified)


def evaluate_coded(
    path: Path,
    dataset: str,
    pipeline: Pipeline,
    *,
    limit: int | None = 200,
    truecase: bool = True,
    half: str | None = None,
) -> CodedScores:
    """Run the pipeline over each row's text and score its main event against the row.

    MUC-4 (``path`` a folder of message and key files) is scored per incident
    template instead (:func:`score_message`); ``limit`` then counts messages,
    and ``truecase`` says whether the pipeline reads them truecased.
    ``half`` ("even" or "odd") keeps every other row of the first ``limit``, so
    that rules tuned on one half can be measured on the other.
    """
    if dataset == "muc4":
        return evaluate_muc4(path, pipeline, limit=limit, truecase=truecase, half=half)
    scores = CodedScores()
    rows = split_half(list(coded_rows(path, dataset, limit=limit)), half)
    documents = [Document(id=document_id(r.text), text=r.text) for r in rows]
    for row, record in zip(rows, pipeline.process(documents), strict=True):
        score_row(row, record, dataset, pipeline.kb, scores, pipeline.gazetteer)
    return scores


# -- MUC-4 -----------------------------------------------------------------------------------


def muc_type(event: Event) -> str | None:
    """The MUC-4 incident type an extracted event is, if it is one (``export/data/muc4.yaml``)."""
    table = muc4.settings()
    by_subtype: dict[str, str] = table["record_subtypes"]
    by_type: dict[str, str] = table["record_types"]
    return by_subtype.get(event.subtype or "") or by_type.get(event.type)


def _names(record: Record, event: Event, roles: tuple[str, ...]) -> list[str]:
    entities = {e.id: e for e in record.entities}
    return [
        name
        for actor in event.actors
        if actor.role in roles and actor.entity in entities
        for name in (entities[actor.entity].name, *entities[actor.entity].aliases)
    ]


def _any_filler(fillers: list[list[str]], names: list[str]) -> bool:
    return any(_same_name(s, n) for filler in fillers for s in filler for n in names)


def template_fields(
    template: muc4.Muc4Template, record: Record, event: Event, kb: KnowledgeBase
) -> dict[str, bool]:
    """Each field the template fills, right or wrong in the event.

    Location is right when the event's place has the name of a level of the
    template's location below the country (or of the country, when that is all
    the template gives), designators and a modifier in front aside; perpetrators
    are looked for among the agents and participants; targets and victims among
    both the targets and the victims, since MUC splits them by what they are
    (objects, people) and the record by what befell them. A date "- 08 JAN 90"
    (on or before) is open at the start.
    """
    fields = {"type": muc_type(event) == template.incident_type}
    if template.latest is not None:
        when = event.when
        earliest = template.earliest or dt.date.min
        fields["date"] = (
            when.earliest is not None
            and when.earliest <= template.latest
            and earliest <= (when.latest or when.earliest)
        )
    if template.places:
        entities = {e.id: e for e in record.entities}
        place = entities.get(event.where.entity) if event.where and event.where.entity else None
        names = [event.where.name or ""] if event.where else []
        names += [place.name, *place.aliases] if place is not None else []
        # A key fills a place below the country by its name alone: "downtown San
        # Salvador" and "the El Tambo district" are SAN SALVADOR and EL TAMBO (see
        # :func:`_same_place_name`); a country is only itself.
        below = template.places[1:]
        fields["location"] = any(
            _same_place_name(n, level) if below else name_key(n) == name_key(level)
            for n in names
            if n
            for level in below or template.places
        )
    if template.country and (gold := _country_code(template.country, kb)) is not None:
        fields["country"] = _record_country(record, event, kb) == gold
    for name, fillers, roles in (
        ("perpetrator", template.perpetrators, ("agent", "participant")),
        ("target", template.targets, ("target", "victim")),
        ("victim", template.victims, ("target", "victim")),
    ):
        if fillers:
            fields[name] = _any_filler(fillers, _names(record, event, roles))
    if template.fatalities is not None:
        toll = event.fatalities
        low = None if toll is None else (toll.low if toll.low is not None else toll.best)
        fields["fatalities"] = float(low or 0) == template.fatalities
    return fields


def score_message(
    message: muc4.Muc4Message, record: Record, kb: KnowledgeBase, scores: CodedScores
) -> None:
    """Align the message's templates with its extracted incidents, then score each field.

    As MUC's scorer maps response templates to key templates, each template
    takes the not yet taken event of a MUC type that gets most of its fields
    right (the first told on a tie); a template left without one is an
    incident not found, and its fields are not scored.
    """
    candidates = sorted(
        (e for e in record.events if muc_type(e) is not None), key=lambda e: e.trigger.span[0]
    )
    for template in message.templates:
        scores.rows += 1
        scored = [(template_fields(template, record, e, kb), e) for e in candidates]
        if not scored:
            continue
        fields, event = max(scored, key=lambda pair: sum(pair[0].values()))
        candidates.remove(event)
        scores.with_event += 1
        for name, right in fields.items():
            scores.tally(name, right)


def evaluate_muc4(
    path: Path,
    pipeline: Pipeline,
    *,
    limit: int | None = 200,
    truecase: bool = True,
    half: str | None = None,
) -> CodedScores:
    """Score the pipeline on MUC-4 messages with at least one incident template."""
    messages = split_half([m for m in muc4.read_messages(path) if m.templates][:limit], half)
    known = {name_key(n) for e in pipeline.kb for n in (*e.names(), *e.adjectives)}
    truecaser = muc4.Truecaser(
        names=lambda phrase: name_key(phrase) in known,
        places=lambda phrase: bool(pipeline.gazetteer.lookup(phrase)),
    )
    texts = [truecaser(m.text) if truecase else m.text for m in messages]
    documents = [
        Document(id=document_id(t), text=t, published=m.published)
        for t, m in zip(texts, messages, strict=True)
    ]
    scores = CodedScores()
    for message, record in zip(messages, pipeline.process(documents), strict=True):
        score_message(message, record, pipeline.kb, scores)
    return scores
