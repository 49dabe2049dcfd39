"""One event per act, and where it happened (round 26).

A court named for its town ("the Lahore High Court"), told in the act's own clause, is
where the act was, whatever the clause above it names. "The western half of the city",
"the streets of the capital" point back as "the city" and "the capital" do, to the
town the story stands in, not to a town someone came from. A name the writer calls a
region ("Borno state") locates the town before it, whatever the gazetteer took it for;
acts spread "across" a place are there. Where a sentence names its places far from the
act, a town told as where (a congress's town) comes before towns told as whose a thing
is ("the strikes of Turin and Milan"). The side attacked answering in the same fight
("returned fire", "fought back", "its troops had killed six of the attackers") tells the
one clash, unless told at a place of its own or chasing the attackers elsewhere; a
protest "over the attack" points back to the attack told. "The city" taken is the town
the story stood in, not the one a side told of in passing withdrew to; "an Afghan" is a
man, not where he shot someone.
"""

from __future__ import annotations

from spacy.language import Language

from event_runs import Named, event_of, record_of, where_named
from historiograph.pipeline import Pipeline
from historiograph.record import Geo

HU_CAPITAL = Geo(lat=47.50, lon=19.04, feature="PPLC", country_code="HU")
HU_TOWN = Geo(lat=47.59, lon=18.39, feature="PPLA", country_code="HU")
NG_TOWN = Geo(lat=11.52, lon=13.69, feature="PPLA2", country_code="NG")
NG_STATE_CAPITAL = Geo(lat=11.85, lon=13.16, feature="PPLA", country_code="NG")
KR_CAPITAL = Geo(lat=37.57, lon=126.98, feature="PPLC", country_code="KR")
DE_TOWN = Geo(lat=51.34, lon=12.37, feature="PPLA2", country_code="DE")
IT_LIVORNO = Geo(lat=43.55, lon=10.31, feature="PPLA2", country_code="IT")
IT_TURIN = Geo(lat=45.07, lon=7.69, feature="PPLA", country_code="IT")
IT_MILAN = Geo(lat=45.46, lon=9.19, feature="PPLA", country_code="IT")


def violent_triggers(pipeline: Pipeline, text: str, published: str) -> list[str]:
    """The triggers of the attacks and battles the whole pipeline finds in ``text``."""
    record = record_of(pipeline, text, published)
    return [e.trigger.text for e in record.events if e.type in ("attack", "battle")]


def test_a_court_named_for_its_town_is_where_the_arrest_was(pipeline: Pipeline) -> None:
    text = (
        "QUETTA, Pakistan — Lawyers rallied in Quetta on Monday, two days after police "
        "detained the president of the provincial bar association at the Lahore High Court."
    )
    record = record_of(pipeline, text, "2024-02-06")
    assert event_of(record, "detained").where.name == "Lahore"  # type: ignore[union-attr]
    assert event_of(record, "rallied").where.name == "Quetta"  # type: ignore[union-attr]


def test_the_half_of_the_city_is_the_storys_town_not_a_town_of_origin(
    nlp_model: Language,
) -> None:
    text = (
        "Workers struck in Budapest on 23 October. Miners from Tatabánya marched in to join "
        "them. Many students escaped to the eastern half of the city."
    )
    named: list[Named] = [
        ("Budapest", "Budapest", HU_CAPITAL, "place"),
        ("Tatabánya", "Tatabánya", HU_TOWN, "place"),
    ]
    assert where_named(nlp_model, text, "escaped", named) == "Budapest"


def test_the_streets_of_the_capital_are_in_the_capital(nlp_model: Language) -> None:
    text = (
        "Students read a declaration in Seoul. That afternoon students gathered in Pagoda "
        "Park, and crowds marched through the streets of the capital."
    )
    named: list[Named] = [
        ("Seoul", "Seoul", KR_CAPITAL, "place"),
        ("Pagoda Park", "Pagoda Park", None, "facility"),
    ]
    assert where_named(nlp_model, text, "marched", named) == "Seoul"


def test_a_name_called_a_region_locates_the_town_before_it(nlp_model: Language) -> None:
    text = "Rebels ambushed a convoy in the town of Bama, in Borno state, on Sunday."
    named: list[Named] = [
        ("Bama", "Bama", NG_TOWN, "place"),
        ("Borno state", "Borno", NG_STATE_CAPITAL, "place"),
    ]
    assert where_named(nlp_model, text, "ambushed", named) == "Bama"


def test_arrests_across_a_land_no_gazetteer_knows_are_there(nlp_model: Language) -> None:
    text = "Crowds stormed the prison in Leipzig. Hundreds were arrested across East Germany."
    named: list[Named] = [
        ("Leipzig", "Leipzig", DE_TOWN, "place"),
        ("East Germany", "East Germany", None, "place"),
    ]
    assert where_named(nlp_model, text, "arrested", named) == "East Germany"


def test_a_conference_town_comes_before_towns_whose_strikes_were_backed(
    nlp_model: Language,
) -> None:
    text = (
        "The party split in 1921 when a majority of delegates at its Livorno conference voted "
        "to back the strikes of Turin and Milan; the minority walked out and founded a new party."
    )
    named: list[Named] = [
        ("Livorno", "Livorno", IT_LIVORNO, "place"),
        ("Turin", "Turin", IT_TURIN, "place"),
        ("Milan", "Milan", IT_MILAN, "place"),
    ]
    assert where_named(nlp_model, text, "founded", named) == "Livorno"


def test_returning_fire_is_the_clash_told_again(pipeline: Pipeline) -> None:
    text = (
        "Gunmen opened fire on a police convoy outside Dera Ismail Khan on Friday. The "
        "policemen returned fire and two of the gunmen were killed."
    )
    assert violent_triggers(pipeline, text, "2023-04-16") == ["opened fire"]


def test_fighting_back_is_the_clash_told_again(pipeline: Pipeline) -> None:
    text = (
        "Rebels overran an army outpost near Kidal before dawn on Sunday. The soldiers "
        "fought back for an hour."
    )
    assert violent_triggers(pipeline, text, "2023-04-17") == ["overran"]


def test_returning_fire_at_a_place_of_its_own_is_a_clash_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Government forces shelled rebel positions near Aleppo on 3 May 2016. Rebel fighters "
        "returned fire with rockets near Idlib."
    )
    record = record_of(pipeline, text, None)
    assert event_of(record, "returned fire").where.name == "Idlib"  # type: ignore[union-attr]


def test_the_attacked_sides_account_of_killing_the_attackers_is_the_same_fight(
    pipeline: Pipeline,
) -> None:
    text = (
        "Insurgents attacked a police station in Baiji on Sunday, officials said. The police "
        "said in a statement that its officers had killed six of the attackers."
    )
    assert violent_triggers(pipeline, text, "2015-06-15") == ["attacked"]


def test_chasing_the_attackers_elsewhere_is_a_fight_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Raiders attacked a village near Tillabéri on Tuesday, killing 12 civilians. The army "
        "said its troops had chased the raiders into the hills and killed nine of them."
    )
    record = record_of(pipeline, text, "2021-03-18")
    assert [e.trigger.text for e in record.events] == ["attacked", "killed"]


def test_a_protest_over_the_attack_points_back_to_it(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a police post near Mandera on Saturday, killing three officers. On "
        "Monday hundreds of lorry drivers protested outside the county offices over the "
        "attack on the post."
    )
    record = record_of(pipeline, text, "2022-09-13")
    assert [e.trigger.text for e in record.events] == ["attacked", "protested"]


def test_the_city_stormed_is_the_storys_town_not_where_the_court_fled(
    pipeline: Pipeline,
) -> None:
    text = (
        "In May 1848 the citizens of Vienna rose against the imperial court, which fled to "
        "Innsbruck. In October imperial troops stormed the city."
    )
    record = record_of(pipeline, text)
    assert event_of(record, "stormed").where.name == "Vienna"  # type: ignore[union-attr]


def test_one_of_a_people_is_who_not_where(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The governor was shot dead by Ahmad Zia, an Afghan, at a rally.")
    assert event_of(record, "shot").where is None
