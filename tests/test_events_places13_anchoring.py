"""Where events happen under a dateline and in a narrative (round 13, places).

A site or body no gazetteer places gives way to the dateline's town; a name not told
as a location is never where; a "where" clause happens at the place it hangs on.
"""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import load_lexicon
from historiograph.extract.events.anchoring import find_where
from historiograph.record import Entity, Geo

TOWN = Geo(lat=36.34, lon=43.13, feature="PPLA", country_code="IQ")
COUNTRY = Geo(lat=33.0, lon=44.0, feature="PCLI", country_code="IQ")


def _where(
    nlp: Language, text: str, trigger: str, named: dict[str, tuple[str, Geo | None]]
) -> str | None:
    """The place find_where gives ``trigger``; ``named`` maps each name to its kind and point."""
    doc = nlp(text)
    places = []
    for name, (kind, geo) in named.items():
        start = text.index(name)
        entity = Entity(id=f"ent:{start}", kind=kind, name=name, geo=geo)
        places.append((start, start + len(name), entity))
    head = next(t for t in doc if t.text == trigger)
    lexicon = load_lexicon()
    where = find_where(
        head,
        head.sent,
        sorted(places, key=lambda p: p[0]),
        exclude=set(),
        prefer_destination=False,
        place_nouns=lexicon.place_nouns,
        town_nouns=lexicon.town_nouns,
    )
    return where.name if where is not None else None


def test_the_dateline_town_not_its_country_places_an_unplaced_act(nlp_model: Language) -> None:
    text = "MOSUL, Iraq (Reuters) — A car bomb exploded outside a council building on Tuesday."
    named = {"MOSUL": ("place", TOWN), "Iraq": ("place", COUNTRY)}
    assert _where(nlp_model, text, "exploded", named) == "MOSUL"


def test_a_quarter_no_gazetteer_places_gives_way_to_the_dateline_town(
    nlp_model: Language,
) -> None:
    text = "MARSEILLE — Police arrested 46 people after fans clashed in the Old Port on Saturday."
    named = {"MARSEILLE": ("place", TOWN), "Old Port": ("place", None)}
    assert _where(nlp_model, text, "clashed", named) == "MARSEILLE"


def test_an_assembly_outside_which_police_acted_is_in_the_dateline_town(
    nlp_model: Language,
) -> None:
    text = "QUETTA (APP) — Police detained 30 teachers outside the Balochistan Assembly on Tuesday."
    named = {"QUETTA": ("place", TOWN), "Balochistan Assembly": ("organization", None)}
    assert _where(nlp_model, text, "detained", named) == "QUETTA"


def test_an_unknown_town_told_in_the_sentence_still_beats_the_dateline(
    nlp_model: Language,
) -> None:
    text = "OUAGADOUGOU (AFP) — Jihadists attacked an army post in Djibo on Monday."
    named = {"OUAGADOUGOU": ("place", TOWN), "Djibo": ("place", None)}
    assert _where(nlp_model, text, "attacked", named) == "Djibo"


def test_a_commander_taken_for_a_place_is_not_where_the_story_goes_on(
    nlp_model: Language,
) -> None:
    text = (
        "The battle was fought in the Jezreel Valley. The army under Qutuz routed the "
        "Mongols. Their general was executed on the battlefield."
    )
    named = {"Jezreel Valley": ("place", None), "Qutuz": ("place", None)}
    assert _where(nlp_model, text, "routed", named) == "Jezreel Valley"
    assert _where(nlp_model, text, "executed", named) == "Jezreel Valley"


def test_a_where_clause_happens_at_the_place_it_follows(nlp_model: Language) -> None:
    text = (
        "Marching toward Calais, the English army was stopped near the village of "
        "Agincourt, where on 25 October it defeated a much larger French force."
    )
    named = {"Calais": ("place", TOWN), "Agincourt": ("place", None)}
    assert _where(nlp_model, text, "defeated", named) == "Agincourt"


def test_an_unknown_town_is_finer_than_the_country_it_is_told_in(nlp_model: Language) -> None:
    text = "Two years later the Mamluks defeated a Mongol force at Ain Jalut in Palestine."
    named = {"Ain Jalut": ("place", None), "Palestine": ("place", COUNTRY)}
    assert _where(nlp_model, text, "defeated", named) == "Ain Jalut"


def test_an_unknown_town_is_finer_than_the_region_told_after_it(nlp_model: Language) -> None:
    text = "Islamist rebels ambushed an army patrol near Boni in central Mali on Sunday."
    named = {"Boni": ("place", None), "Mali": ("place", COUNTRY)}
    assert _where(nlp_model, text, "ambushed", named) == "Boni"


def test_a_side_played_against_is_not_where(nlp_model: Language) -> None:
    text = "Fans rioted in the Old Port of Marseille before England's match against Russia."
    named = {
        "Old Port": ("place", None),
        "Marseille": ("place", TOWN),
        "Russia": ("place", COUNTRY),
    }
    assert _where(nlp_model, text, "rioted", named) == "Marseille"
