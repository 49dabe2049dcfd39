"""Round 26: deadly force on a protest, property attacked in a killing, a country across
a border, and a city the KB knows only by its short form.

ACLED's current scheme codes a protest the state's forces shoot at or kill as
"Excessive force against protesters", not as a protest they merely dispersed; property
set on fire in an act that kills people is an attack on them, not property
destruction. A country named across a border ("close to the border with Burkina Faso")
is where the event is not. "L.A." is Los Angeles, and the entity shows the city's full
name. The fresh gold ``tests/gold/coded19-acled.csv`` is in the current scheme, from
countries the older coded gold has little of.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from coded_accounts import one_event_account
from historiograph.evaluate.coded import (
    CodedRow,
    _listed_with_own,
    _named_away,
    _record_country,
    coded_rows,
    located_where,
    main_event,
    row_event,
)
from historiograph.export import acled
from historiograph.pipeline import Pipeline
from historiograph.record import AcledMapping, Document
from historiograph.resolve import KnowledgeBase
from historiograph.resolve.link import resolve_entities

GOLD = Path(__file__).parent / "gold" / "coded19-acled.csv"


def _main_code(pipeline: Pipeline, text: str) -> tuple[str, str | None]:
    (record,) = pipeline.process([Document(id="d", text=text)])
    event = main_event(record)
    assert event is not None and event.mappings.acled is not None
    return event.mappings.acled.event_type, event.mappings.acled.sub_event_type


def test_the_fresh_gold_reads_as_current_scheme_rows() -> None:
    rows = list(coded_rows(GOLD, "acled"))
    assert len(rows) >= 25
    assert all(r.scheme == acled.CURRENT and r.subtype_label for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2021, thousands marched in Mandalay against the coup. Soldiers opened "
        "fire on the marchers, killing four people.",
        "Hundreds of farmers protested outside the district office in Sindhuli on Monday. "
        "Police shot dead two of the protesters.",
    ],
)
def test_a_protest_met_with_deadly_force_is_excessive_force(pipeline: Pipeline, text: str) -> None:
    assert _main_code(pipeline, text) == ("Protests", "Excessive force against protesters")


def test_a_protest_the_police_only_disperse_stays_a_protest_with_intervention(
    pipeline: Pipeline,
) -> None:
    text = (
        "On 4 May 2022, teachers demonstrated in front of parliament in Dhaka over unpaid "
        "wages. Police fired tear gas to disperse them."
    )
    assert _main_code(pipeline, text) == ("Protests", "Protest with intervention")


def test_property_set_on_fire_in_a_killing_is_an_attack_on_people() -> None:
    property_code = AcledMapping(
        event_type="Strategic developments", sub_event_type="Looting/property destruction"
    )
    text = "Gunmen set fire to the hotel in Baidoa, killing nine guests."
    burned = one_event_account(
        text,
        [("g", "Gunmen", "agent")],
        kind="attack",
        subtype="facility_attack",
        acled_code=property_code,
        dead=9,
    )
    unharmed = one_event_account(
        "Gunmen set fire to the hotel in Baidoa.",
        [("g", "Gunmen", "agent")],
        kind="attack",
        subtype="facility_attack",
        acled_code=property_code,
    )
    assert acled.event_code(burned) == AcledMapping(
        event_type="Violence against civilians", sub_event_type="Attack"
    )
    assert acled.event_code(unharmed) == property_code


def test_a_country_across_the_border_is_not_where_the_event_is(
    pipeline: Pipeline, kb: KnowledgeBase
) -> None:
    text = (
        "On 3 May 2022, militants attacked a Togolese army post near Kpékpita, close to "
        "the border with Burkina Faso. Three soldiers were killed."
    )
    (record,) = pipeline.process([Document(id="d", text=text)])
    event = main_event(record)
    assert event is not None
    assert _record_country(record, event, kb) == "TG"


def test_la_shows_the_city_full_name_and_keeps_la_apart_from_a_company(
    blank_kb_nlp: Language, kb: KnowledgeBase
) -> None:
    doc = blank_kb_nlp("Traffic into L.A. slowed to a crawl after the storm.")
    entities, mentions = resolve_entities(doc, kb=kb)
    names = {m.text: e.name for m in mentions for e in entities if e.id == m.entity}
    assert names["L.A."] == "Los Angeles"
    company = blank_kb_nlp("Instead, the agency delivered 40 LA Cargo trailers.")
    entities, _ = resolve_entities(company, kb=kb)
    assert "ent:los-angeles" not in {e.id for e in entities}


def _row(text: str, place: str) -> CodedRow:
    return CodedRow(
        row_id="1",
        text=text,
        earliest=None,
        latest=None,
        country="Nigeria",
        place=place,
        lat=None,
        lon=None,
        type_label=None,
        subtype_label=None,
        actor=None,
        fatalities=None,
    )


def test_a_place_listed_with_the_events_own_is_right_for_its_row(pipeline: Pipeline) -> None:
    text = (
        "Troops on a patrol of Zangebe, Maiwa, Algaiti and Mainari villages killed six "
        "militants on Tuesday."
    )
    (record,) = pipeline.process([Document(id="d", text=text)])
    event = main_event(record)
    assert event is not None and event.where is not None
    assert _listed_with_own(_row(text, "Maiwa"), record, event)
    assert not _listed_with_own(_row(text, "Mafa"), record, event)


def test_a_town_named_as_a_road_end_is_not_where_the_event_is(
    pipeline: Pipeline, kb: KnowledgeBase
) -> None:
    text = "Blockaders torched a bus near Rahmatpur bridge on the Dhaka-Barisal highway on Sunday."
    (record,) = pipeline.process([Document(id="d", text=text)])
    event = main_event(record)
    assert event is not None
    where = located_where(record, row_event(record, event), kb)
    assert where is not None and where.name != "Dhaka"


def test_the_mobile_forces_are_a_libyan_force_not_a_town_in_alabama(pipeline: Pipeline) -> None:
    text = "Members of the Mobile Forces set up roadblocks in the Janzour area of Tripoli."
    (record,) = pipeline.process([Document(id="d", text=text)])
    assert "ent:national-mobile-force" in {e.id for e in record.entities}
    assert all(e.geo is None or e.geo.country_code != "US" for e in record.entities)


@pytest.mark.parametrize(
    ("text", "place", "away"),
    [
        ("Two were admitted to Rajshahi Medical College Hospital.", "Rajshahi", True),
        ("The Chittagong-bound truck from Cox's Bazar hit him.", "Cox's Bazar", True),
        ("Gunmen attacked IDPs in Mesel, 1km from Khazan Tunjur.", "Khazan Tunjur", False),
        ("Gunmen attacked a bus in Rajshahi on Monday.", "Rajshahi", False),
    ],
)
def test_a_hospital_or_an_origin_is_no_place_of_the_event(
    text: str, place: str, away: bool
) -> None:
    start = text.index(place)
    assert _named_away(text, start, start + len(place)) is away


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "On 12 May 2020, youths angry at fuel prices stormed the governor's office in "
            "Kano and fought with police.",
            "Violent demonstration",
        ),
        (
            "On 12 May 2020, a mob set fire to houses in a village near Jos after a dispute "
            "over cattle.",
            "Mob violence",
        ),
    ],
)
def test_a_riot_at_a_seat_of_government_is_a_violent_demonstration(
    pipeline: Pipeline, text: str, sub_event_type: str
) -> None:
    assert _main_code(pipeline, text) == ("Riots", sub_event_type)
