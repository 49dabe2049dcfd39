"""Where and when events happen: sites, landforms, peoples and look-backs (round 17).

A named square or forest told in the act's own clause beats a country or region told
before it; under a dateline, a square with no point of its own lies in the dateline's
town. A continent inside a longer name ("French West Africa") is no place of its own.
A people's name acted on ("killed dozens of Europeans") is never where, and a name the
recogniser took for a people is a place when a place noun carries it ("the port of X").
"In the town" points back to the town named last. After a sentence a news report tells
in retrospect, the narrative returns to the report's own days.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from event_runs import Named, event_of, named_places, record_of, where_named
from historiograph.extract.events import load_lexicon
from historiograph.extract.events.anchoring import located_names
from historiograph.pipeline import Pipeline
from historiograph.record import Geo

TOWN = Geo(lat=41.01, lon=28.98, feature="PPLA", country_code="TR")
COUNTRY = Geo(lat=39.0, lon=35.0, feature="PCLI", country_code="TR")
REGION = Geo(lat=12.1, lon=6.2, feature="ADM1", country_code="NG")
CONTINENT = Geo(lat=7.19, lon=21.09, feature="CONT")


def test_a_square_in_the_clause_beats_the_country_told_before(nlp_model: Language) -> None:
    text = (
        "Protests spread across Turkey on Sunday. Police fired water cannon at students "
        "on Taksim Square."
    )
    named: list[Named] = [
        ("Turkey", "Turkey", COUNTRY, "place"),
        ("Taksim Square", "Taksim Square", None, "facility"),
    ]
    assert where_named(nlp_model, text, "fired", named) == "Taksim Square"


def test_under_a_dateline_a_square_lies_in_the_dateline_town(nlp_model: Language) -> None:
    text = (
        "ISTANBUL (wire) — Protests spread across Turkey on Sunday. Police fired water "
        "cannon at students on Taksim Square."
    )
    named: list[Named] = [
        ("ISTANBUL", "Istanbul", TOWN, "place"),
        ("Turkey", "Turkey", COUNTRY, "place"),
        ("Taksim Square", "Taksim Square", None, "facility"),
    ]
    assert where_named(nlp_model, text, "fired", named) == "Istanbul"


def test_after_a_square_the_narrative_stands_in_the_dateline_town(nlp_model: Language) -> None:
    text = (
        "ISTANBUL (wire) — Police fired water cannon at students on Taksim Square. "
        "On Monday thousands marched to the governor's office."
    )
    named: list[Named] = [
        ("ISTANBUL", "Istanbul", TOWN, "place"),
        ("Taksim Square", "Taksim Square", None, "facility"),
    ]
    assert where_named(nlp_model, text, "marched", named) == "Istanbul"


def test_a_forest_in_the_clause_beats_the_region_told_before(nlp_model: Language) -> None:
    text = (
        "Gunmen raided a market in Zamfara on Monday. Soldiers later tracked them down and "
        "killed four of them near the Rugu forest."
    )
    named: list[Named] = [
        ("Zamfara", "Zamfara", REGION, "place"),
        ("Rugu", "Rugu", None, "organization"),
    ]
    assert where_named(nlp_model, text, "killed", named) == "Rugu"


def test_a_continent_inside_a_colony_s_name_is_no_place(nlp_model: Language) -> None:
    text = "In 1916 the villages of French West Africa rose against conscription."
    named: list[Named] = [
        ("West Africa", "French West Africa", None, "place"),
        ("Africa", "Africa", CONTINENT, "place"),
    ]
    assert where_named(nlp_model, text, "rose", named) == "French West Africa"


def test_the_town_points_back_to_the_town_named_last(nlp_model: Language) -> None:
    text = "Rebels marched from Kano to Zaria. In the town they burned the emir's palace."
    kano = Geo(lat=12.0, lon=8.52, feature="PPLA", country_code="NG")
    zaria = Geo(lat=11.08, lon=7.71, feature="ADM2", country_code="NG")
    named: list[Named] = [("Kano", "Kano", kano, "place"), ("Zaria", "Zaria", zaria, "place")]
    assert where_named(nlp_model, text, "burned", named) == "Zaria"


def test_the_town_acted_on_is_the_town_named_last(nlp_model: Language) -> None:
    text = (
        "The relief column left Tessalit and reached Kidal on 3 May. Rebel gunners had "
        "shelled the town the night before."
    )
    tessalit = Geo(lat=20.2, lon=1.01, feature="PPL", country_code="ML")
    kidal = Geo(lat=18.44, lon=1.41, feature="PPLA", country_code="ML")
    named: list[Named] = [
        ("Tessalit", "Tessalit", tessalit, "place"),
        ("Kidal", "Kidal", kidal, "place"),
    ]
    assert where_named(nlp_model, text, "shelled", named) == "Kidal"


def test_a_name_taken_for_a_people_is_a_port_a_place_noun_carries(nlp_model: Language) -> None:
    text = "The squadron seized the southern port of Mollendo. The land of the Aymaras was spared."
    doc = nlp_model(text)
    named = named_places(
        text,
        [
            ("Mollendo", "Mollendo", None, "group"),
            ("Aymaras", "Aymaras", None, "group"),
        ],
    )
    located = [entity.name for _, _, entity in located_names(doc, named, load_lexicon())]
    assert located == ["Mollendo"]


def test_a_people_acted_on_is_notwhere_named(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The mutineers marched from Jhansi to Gwalior. The next day they killed dozens of "
        "Europeans there.",
    )
    event = event_of(record, "killed")
    assert event.where is not None and event.where.name == "Gwalior"


def test_after_a_look_back_a_report_returns_to_its_own_days(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "ANKARA — A court on Tuesday jailed a journalist for six years. She was detained in "
        "mid-2016, days after the failed coup of 15 July. Her colleagues rallied outside the "
        "courthouse.",
        published="2019-04-12",
    )
    rally = event_of(record, "rallied")
    assert (rally.when.earliest, rally.when.latest) == (
        dt.date(2019, 4, 9),
        dt.date(2019, 4, 9),
    )
