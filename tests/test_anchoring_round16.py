"""When and where events happen, told by pointing back (round 16, anchoring).

"There" is the place named last; "the capital" is the capital the story named; a
people's name is never where; a town's name inside a site's is where the site is; a
country told of another clause's act gives way to the dateline town.
"""

from __future__ import annotations

from spacy.language import Language

from event_runs import found_where
from historiograph.record import Entity, Geo

CAPITAL = Geo(lat=12.61, lon=-7.98, feature="PPLC", country_code="ML")
TOWN = Geo(lat=15.0, lon=-1.97, feature="PPL", country_code="ML")
COUNTRY = Geo(lat=17.0, lon=-4.0, feature="PCLI", country_code="ML")
CONTINENT = Geo(lat=48.69, lon=9.14, feature="CONT")


def _where(
    nlp: Language,
    text: str,
    trigger: str,
    named: list[tuple[str, str, Geo | None]],
) -> str | None:
    """The place find_where gives the last ``trigger``; ``named`` lists each mention (the
    name as it stands in the text, in order, with the entity's name and point)."""
    doc = nlp(text)
    places = []
    start = 0
    for surface, name, geo in named:
        start = text.index(surface, start)
        entity = Entity(id=f"ent:{name.lower()}", kind="place", name=name, geo=geo)
        places.append((start, start + len(surface), entity))
        start += len(surface)
    return found_where([t for t in doc if t.text == trigger][-1], places)


def test_there_is_the_place_named_last_even_where_a_move_ended(nlp_model: Language) -> None:
    text = (
        "Sepoys at Meerut shot their officers on 10 May 1857 and rode through the night to "
        "Delhi. The next morning they attacked the palace guards there."
    )
    named = [("Meerut", "Meerut", TOWN), ("Delhi", "Delhi", TOWN)]
    assert _where(nlp_model, text, "attacked", named) == "Delhi"


def test_without_there_the_narrative_stays_where_the_act_was(nlp_model: Language) -> None:
    text = (
        "Sepoys at Meerut shot their officers on 10 May 1857 and rode through the night to "
        "Delhi. The next morning they attacked the palace guards."
    )
    named = [("Meerut", "Meerut", TOWN), ("Delhi", "Delhi", TOWN)]
    assert _where(nlp_model, text, "attacked", named) == "Meerut"


def test_the_capital_is_the_capital_the_dateline_named(nlp_model: Language) -> None:
    text = (
        "BAMAKO, Mali (Reuters) — Jihadists attacked an army post on Friday. The assault "
        "took place near Boni. In the capital, soldiers' relatives protested outside the ministry."
    )
    named = [("BAMAKO", "Bamako", CAPITAL), ("Mali", "Mali", COUNTRY), ("Boni", "Boni", TOWN)]
    assert _where(nlp_model, text, "protested", named) == "Bamako"


def test_the_capital_of_a_country_named_is_not_the_one_told_before(nlp_model: Language) -> None:
    text = (
        "BAMAKO, Mali (Reuters) — Jihadists attacked an army post on Friday. The assault "
        "took place near Boni. In the capital of Niger, students protested outside the ministry."
    )
    named = [("BAMAKO", "Bamako", CAPITAL), ("Mali", "Mali", COUNTRY), ("Boni", "Boni", TOWN)]
    assert _where(nlp_model, text, "protested", named) != "Bamako"


def test_a_people_is_not_where_they_were_killed(nlp_model: Language) -> None:
    text = "DELHI — Rebels killed dozens of Europeans in the old city on Monday."
    named = [("DELHI", "Delhi", TOWN), ("Europeans", "Europe", CONTINENT)]
    assert _where(nlp_model, text, "killed", named) == "Delhi"


def test_a_town_inside_a_site_name_places_the_act(nlp_model: Language) -> None:
    text = (
        "Police said they detained 25 workers at a factory in Gazipur on Sunday. Last week, "
        "thousands of students rallied at Dhaka University against the price rises."
    )
    named = [("Gazipur", "Gazipur", TOWN), ("Dhaka", "Dhaka", CAPITAL)]
    assert _where(nlp_model, text, "rallied", named) == "Dhaka"


def test_a_country_of_another_clause_gives_way_to_the_dateline_town(
    nlp_model: Language,
) -> None:
    text = (
        "BAMAKO — Rebel fighters entered the presidential palace on Sunday evening, "
        "completing a sweep across Mali that took barely ten days."
    )
    named = [("BAMAKO", "Bamako", CAPITAL), ("Mali", "Mali", COUNTRY)]
    assert _where(nlp_model, text, "entered", named) == "Bamako"


def test_a_site_after_a_sweep_across_the_country_is_in_the_dateline_town(
    nlp_model: Language,
) -> None:
    text = (
        "BAMAKO — Rebels seized the town of Gao on Saturday. They completed a sweep across "
        "Mali on Sunday. At the airport, thousands crowded the runway."
    )
    named = [("BAMAKO", "Bamako", CAPITAL), ("Gao", "Gao", TOWN), ("Mali", "Mali", COUNTRY)]
    assert _where(nlp_model, text, "crowded", named) == "Bamako"


def test_arrests_after_a_sweep_across_the_country_stay_in_the_country(
    nlp_model: Language,
) -> None:
    text = (
        "BAMAKO — Rebels seized the town of Gao on Saturday. They completed a sweep across "
        "Mali on Sunday. The government said 24 suspects had been arrested."
    )
    named = [("BAMAKO", "Bamako", CAPITAL), ("Gao", "Gao", TOWN), ("Mali", "Mali", COUNTRY)]
    assert _where(nlp_model, text, "arrested", named) == "Mali"
