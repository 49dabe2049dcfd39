"""Where and when events happen: islands, named sites, owners and goals, weekdays (round 19).

"On" set apart from its head tells the ground an act stood on ("clashed with pirates on
Basilan"), though "on" right after a verb aims it ("fired on Mendoza"). A town the
writer locates with "in" and its region ("near Kirkby in Lancashire") is the place, not
the region. A site that carries its place's name ("the Rudna mine", "the Tarapacá
barracks") is where, whatever the recogniser called the name. A region naming a building
says whose it is, and "on his way to" says where someone was bound: the narrative's town
stands. The doers' country in the possessive ("Chile's ruling coalition split") is where,
when nothing finer is told. "Overnight" runs from the evening before the day a report
dates; "in the weeks that followed" is a stretch from the day after the date told.
"Laid siege to the legations in X" is no move, and X is where the story stands. A done
act that a report dates by a weekday lies before the report, not after it.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from event_runs import Named, event_of, named_places, record_of, where_named
from historiograph.extract.events import load_lexicon
from historiograph.extract.events.anchoring import located_names
from historiograph.pipeline import Pipeline
from historiograph.record import Geo

TOWN = Geo(lat=53.48, lon=-2.90, feature="PPL", country_code="GB")
REGION = Geo(lat=53.8, lon=-2.6, feature="ADM2", country_code="GB")
US_TOWN = Geo(lat=44.94, lon=-123.04, feature="PPLA", country_code="US")
US_COUNTY = Geo(lat=44.9, lon=-122.6, feature="ADM2", country_code="US")
DISTRICT = Geo(lat=-20.2, lon=-69.4, feature="ADM2", country_code="CL")
CL_COUNTRY = Geo(lat=-30.0, lon=-71.0, feature="PCLI", country_code="CL")
CD_TOWN = Geo(lat=-1.68, lon=29.23, feature="PPLA", country_code="CD")
RW_COUNTRY = Geo(lat=-2.0, lon=30.0, feature="PCLI", country_code="RW")
AF_TOWN = Geo(lat=34.34, lon=62.2, feature="PPLA", country_code="AF")


def _located(nlp: Language, text: str, named: list[Named]) -> list[str]:
    doc = nlp(text)
    return [e.name for _, _, e in located_names(doc, named_places(text, named), load_lexicon())]


def test_a_name_after_on_set_apart_from_its_verb_iswhere_named(nlp_model: Language) -> None:
    text = "Marines clashed with pirates on Basilan on Monday, the navy said."
    named: list[Named] = [("Basilan", "Basilan", None, "person")]
    assert _located(nlp_model, text, named) == ["Basilan"]
    assert where_named(nlp_model, text, "clashed", named) == "Basilan"


def test_on_after_a_word_for_people_tells_where_they_were(nlp_model: Language) -> None:
    text = "Marines clashed on Monday with pirates on Basilan."
    named: list[Named] = [("Basilan", "Basilan", None, "person")]
    assert where_named(nlp_model, text, "clashed", named) == "Basilan"


def test_an_island_fronted_with_on_iswhere_named(nlp_model: Language) -> None:
    text = "On Chios, fishermen protested against the new harbour fees."
    named: list[Named] = [("Chios", "Chios", None, "person")]
    assert where_named(nlp_model, text, "protested", named) == "Chios"


def test_on_right_after_its_verb_aims_at_a_name_not_a_place(nlp_model: Language) -> None:
    text = "Guards fired on Mendoza as he left the court."
    named: list[Named] = [("Mendoza", "Mendoza", None, "person")]
    assert _located(nlp_model, text, named) == []


def test_a_town_located_with_in_and_its_region_beats_the_region(nlp_model: Language) -> None:
    text = "On 3 July the rebels met the royal army near Kirkby in Lancashire."
    named: list[Named] = [
        ("Kirkby", "Kirkby", None, "organization"),
        ("Lancashire", "Lancashire", REGION, "place"),
    ]
    assert where_named(nlp_model, text, "met", named) == "Kirkby"


def test_a_mine_named_after_its_place_iswhere_named(nlp_model: Language) -> None:
    text = (
        "Strikers were detained in Wigan on Monday. "
        "Troops broke up a sit-in at the Rudna mine the next day."
    )
    named: list[Named] = [
        ("Wigan", "Wigan", TOWN, "place"),
        ("Rudna", "Rudna", None, "organization"),
    ]
    assert where_named(nlp_model, text, "broke", named) == "Rudna"


def test_a_name_on_barracks_is_where_though_the_lemma_drops_the_s(
    nlp_model: Language,
) -> None:
    text = (
        "The prisoners were first held in Wigan. "
        "Two days later guards shot three of them at the Tarapaca barracks."
    )
    named: list[Named] = [
        ("Wigan", "Wigan", TOWN, "place"),
        ("Tarapaca", "Tarapaca", DISTRICT, "place"),
    ]
    assert where_named(nlp_model, text, "shot", named) == "Tarapaca"


def test_a_county_naming_a_building_yields_to_the_dateline_town(nlp_model: Language) -> None:
    text = "SALEM, Ore. — Dozens of nurses picketed outside the Marion County building on Friday."
    named: list[Named] = [
        ("SALEM", "Salem", US_TOWN, "place"),
        ("Marion County", "Marion County", US_COUNTY, "place"),
    ]
    assert where_named(nlp_model, text, "picketed", named) == "Salem"


def test_where_someone_was_bound_yields_to_the_narrative_town(nlp_model: Language) -> None:
    text = (
        "In March the rebels laid siege to the citadel in Herat. "
        "A courier was stabbed in a bazaar on 9 March on his way to the Karokh fort."
    )
    named: list[Named] = [
        ("Herat", "Herat", AF_TOWN, "place"),
        ("Karokh", "Karokh", None, "facility"),
    ]
    assert where_named(nlp_model, text, "stabbed", named) == "Herat"


def test_a_done_act_dated_by_a_weekday_lies_before_the_report(pipeline: Pipeline) -> None:
    text = (
        "KAMPALA, Uganda — Rebels raided a police post in Kasese on Thursday, the army "
        "said. The next day soldiers shelled their camps in the hills."
    )
    record = record_of(pipeline, text, published="2022-03-15")  # a Tuesday
    raid = event_of(record, "raided")
    assert (raid.when.earliest, raid.when.latest) == (dt.date(2022, 3, 10), dt.date(2022, 3, 10))
    shelling = event_of(record, "shelled")
    assert shelling.when.earliest == dt.date(2022, 3, 11)


def test_an_act_to_come_keeps_the_coming_weekday(pipeline: Pipeline) -> None:
    text = "KAMPALA, Uganda — Teachers will march in Kasese on Thursday, their union said."
    record = record_of(pipeline, text, published="2022-03-15")
    march = event_of(record, "march")
    assert march.when.earliest == dt.date(2022, 3, 17)


def test_an_act_told_as_overnight_runs_from_the_evening_before_the_saying(
    pipeline: Pipeline,
) -> None:
    text = (
        "JOS, Nigeria — Herders raided two hamlets overnight, killing nine farmers, "
        "the state police said on Wednesday."
    )
    record = record_of(pipeline, text, published="2023-05-17")  # a Wednesday
    raid = event_of(record, "raided")
    assert (raid.when.earliest, raid.when.latest) == (dt.date(2023, 5, 16), dt.date(2023, 5, 17))


def test_acts_in_the_weeks_that_followed_fall_after_the_date_told(pipeline: Pipeline) -> None:
    text = (
        "The peasant army was routed near Kalmar on 3 May 1611. In the weeks that "
        "followed, royal dragoons burned the villages and hanged the ringleaders."
    )
    record = record_of(pipeline, text)
    hanging = event_of(record, "hanged")
    assert (hanging.when.earliest, hanging.when.latest) == (
        dt.date(1611, 5, 4),
        dt.date(1611, 6, 3),
    )


def test_a_court_of_a_country_told_in_the_possessive_sits_in_that_country(
    pipeline: Pipeline,
) -> None:
    text = "Kenya's Supreme Court sentenced a former minister to ten years in May 2019."
    record = record_of(pipeline, text)
    sentence = event_of(record, "sentenced")
    assert sentence.where is not None and sentence.where.name == "Kenya"
    assert sentence.where.precision == 3


def test_the_doers_country_in_the_possessive_is_where_nothing_else_is(
    nlp_model: Language,
) -> None:
    text = "Chile's ruling coalition split in 2019 over the pension reform."
    named: list[Named] = [("Chile", "Chile", CL_COUNTRY, "place")]
    assert where_named(nlp_model, text, "split", named) == "Chile"


def test_the_doers_country_yields_to_the_town_the_story_stands_in(
    nlp_model: Language,
) -> None:
    text = "Rebels seized Goma on Monday. Rwanda's army then shelled the hills."
    named: list[Named] = [
        ("Goma", "Goma", CD_TOWN, "place"),
        ("Rwanda", "Rwanda", RW_COUNTRY, "place"),
    ]
    assert where_named(nlp_model, text, "shelled", named) == "Goma"
