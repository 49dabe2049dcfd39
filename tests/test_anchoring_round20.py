"""Where and when events happen: custody, origins, courts, possessive countries, spans
(round 20).

A clause joined to an arrest that tells where the person has been kept since ("and has
been held in the colony at X") is not where the arrest was: the story's place stands. A
place someone comes "from" ("a teacher from Oviedo") says who they are, not where they
were shot. A charge made before a court "in" a town was made there, not at the dateline.
The possessive country of the party whose clause holds an act told as a noun ("lost its
majority in a snap vote") is where. The people a site is named for ("a Yazidi shrine in
Khanasor") are no place for the sentences after it. An act whose start and end are both
told of it ("began in June ... ended in May") fills the span between them. A place in
the name of whoever reports the act ("the Police Service of Northern Ireland said") is
not where it was; a court named for its town ("a Warsaw court") sits there; a national
vote is placed in the country, not the town a story watches it from; and an arrest the
story has not placed takes the town where the next sentence says the person was held.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from event_runs import Named, event_of, record_of, where_named
from historiograph.pipeline import Pipeline
from historiograph.record import Geo

UA_CAPITAL = Geo(lat=50.45, lon=30.52, feature="PPLC", country_code="UA")
UA_TOWN = Geo(lat=50.0, lon=36.23, feature="PPLA", country_code="UA")
ES_TOWN = Geo(lat=43.54, lon=-5.66, feature="PPL", country_code="ES")
ES_OTHER_TOWN = Geo(lat=43.36, lon=-5.85, feature="PPLA2", country_code="ES")
UK_REGION = Geo(lat=54.6, lon=-6.7, feature="ADM1", country_code="GB")
FR_TOWN = Geo(lat=47.24, lon=6.02, feature="PPLA2", country_code="FR")


def test_where_someone_has_been_held_since_is_not_where_they_were_arrested(
    nlp_model: Language,
) -> None:
    text = (
        "KYIV — The blogger was detained in March at his office and has been held in "
        "the prison at Kharkiv ever since, his wife said."
    )
    named: list[Named] = [
        ("KYIV", "Kyiv", UA_CAPITAL, "place"),
        ("Kharkiv", "Kharkiv", UA_TOWN, "place"),
    ]
    assert where_named(nlp_model, text, "detained", named) == "Kyiv"


def test_a_town_someone_comes_from_is_not_where_they_were_shot(nlp_model: Language) -> None:
    text = "Marta Ruiz, a teacher from Oviedo, was shot by a patrol in Gijon in May 1937."
    named: list[Named] = [
        ("Oviedo", "Oviedo", ES_OTHER_TOWN, "place"),
        ("Gijon", "Gijon", ES_TOWN, "place"),
    ]
    assert where_named(nlp_model, text, "shot", named) == "Gijon"


def test_a_hometown_gives_way_to_the_town_the_narrative_stands_in(
    nlp_model: Language,
) -> None:
    text = (
        "Nationalist troops entered Gijon on 21 October 1937. "
        "Marta Ruiz, a teacher from Oviedo, was shot two days later."
    )
    named: list[Named] = [
        ("Gijon", "Gijon", ES_TOWN, "place"),
        ("Oviedo", "Oviedo", ES_OTHER_TOWN, "place"),
    ]
    assert where_named(nlp_model, text, "shot", named) == "Gijon"


def test_the_people_a_site_is_named_for_are_no_place_for_the_next_sentence(
    nlp_model: Language,
) -> None:
    text = (
        "Gunmen burned a Yazidi shrine in Khanasor on Sunday. "
        "Police said they had arrested two men."
    )
    named: list[Named] = [
        ("Yazidi", "Yazidi", None, "group"),
        ("Khanasor", "Khanasor", None, "place"),
    ]
    assert where_named(nlp_model, text, "arrested", named) == "Khanasor"


def test_a_charge_before_a_court_in_a_town_was_made_there(pipeline: Pipeline) -> None:
    text = (
        "ACCRA, Ghana — The six men were driven to a high court in Kumasi on Friday "
        "and charged with sedition."
    )
    record = record_of(pipeline, text, published="2022-06-07")
    charge = event_of(record, "charged")
    assert charge.where is not None and charge.where.name == "Kumasi"


def test_the_possessive_country_of_the_party_places_a_vote_told_as_a_noun(
    pipeline: Pipeline,
) -> None:
    text = "Chile's ruling party lost its majority in a snap vote in May 2019."
    record = record_of(pipeline, text)
    vote = event_of(record, "vote")
    assert vote.where is not None and vote.where.name == "Chile"


def test_an_act_begun_and_ended_in_one_sentence_fills_the_span(pipeline: Pipeline) -> None:
    text = "The blockade, which began in June 1948, ended in May 1949 after long talks."
    record = record_of(pipeline, text)
    blockade = event_of(record, "blockade")
    assert (blockade.when.earliest, blockade.when.latest) == (
        dt.date(1948, 6, 1),
        dt.date(1949, 5, 31),
    )


def test_an_act_that_lasted_until_a_month_ends_in_it(pipeline: Pipeline) -> None:
    text = "The siege of the old citadel began in April 1821 and lasted until August."
    record = record_of(pipeline, text)
    siege = event_of(record, "siege")
    assert (siege.when.earliest, siege.when.latest) == (dt.date(1821, 4, 1), dt.date(1821, 8, 31))


def test_an_act_only_begun_keeps_the_date_it_began(pipeline: Pipeline) -> None:
    text = "The offensive began on 4 June 1916 along a wide front."
    record = record_of(pipeline, text)
    offensive = event_of(record, "offensive")
    assert (offensive.when.earliest, offensive.when.latest) == (
        dt.date(1916, 6, 4),
        dt.date(1916, 6, 4),
    )


def test_a_place_in_the_speakers_name_is_notwhere_named(nlp_model: Language) -> None:
    text = (
        "Youths threw bottles at a patrol in the Ardoyne district on Saturday, "
        "the Police Service of Northern Ireland said."
    )
    named: list[Named] = [
        ("Ardoyne", "Ardoyne", None, "place"),
        ("Northern Ireland", "Northern Ireland", UK_REGION, "place"),
    ]
    assert where_named(nlp_model, text, "threw", named) == "Ardoyne"


def test_a_court_named_for_its_town_sits_there(pipeline: Pipeline) -> None:
    text = "A Warsaw court convicted four guards of beating inmates on Thursday."
    record = record_of(pipeline, text, published="2021-11-30")
    conviction = event_of(record, "convicted")
    assert conviction.where is not None and conviction.where.name == "Warsaw"


def test_a_national_vote_watched_from_a_town_is_placed_in_the_country(
    pipeline: Pipeline,
) -> None:
    text = (
        "MOMBASA, Kenya — Queues were short in the port city as people voted in the "
        "presidential election on Tuesday."
    )
    record = record_of(pipeline, text, published="2022-08-11")
    vote = event_of(record, "election")
    assert vote.where is not None and vote.where.name == "Kenya"


def test_an_unplaced_arrest_takes_the_town_of_the_custody_told_next(
    nlp_model: Language,
) -> None:
    text = (
        "Gendarmes came for the printer before dawn on 12 June 1944. "
        "He was held for ten days in the old citadel at Besancon."
    )
    named: list[Named] = [("Besancon", "Besancon", FR_TOWN, "place")]
    assert where_named(nlp_model, text, "came", named) == "Besancon"


def test_custody_told_in_the_next_paragraph_places_nothing(nlp_model: Language) -> None:
    text = (
        "Gendarmes came for the printer before dawn on 12 June 1944.\n\n"
        "He was held for ten days in the old citadel at Besancon."
    )
    named: list[Named] = [("Besancon", "Besancon", FR_TOWN, "place")]
    assert where_named(nlp_model, text, "came", named) is None


def test_a_place_in_the_speakers_name_does_not_carry_to_the_next_sentence(
    nlp_model: Language,
) -> None:
    text = (
        "Youths threw bottles at a patrol in Ardoyne on Saturday, the Police Service "
        "of Northern Ireland said. Two teenagers were arrested."
    )
    named: list[Named] = [
        ("Ardoyne", "Ardoyne", None, "place"),
        ("Northern Ireland", "Northern Ireland", UK_REGION, "place"),
    ]
    assert where_named(nlp_model, text, "arrested", named) == "Ardoyne"
