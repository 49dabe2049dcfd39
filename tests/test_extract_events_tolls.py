"""Tolls attached to the event they count, territory that falls or is retaken,
towns pinned down by their districts, and guards who are not the state's (issue #6).
"""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Claim, ClaimSource, Event


def toll_claim(text: str, figure: str, value: int) -> Claim:
    start = text.index(figure)
    return Claim(
        id=f"c{start}",
        span=(start, start + len(figure)),
        property="fatalities",
        value=value,
        low=value,
        high=value,
        unit="people",
        source=ClaimSource(name="officials", kind="unnamed"),
        stance="reported",
    )


def events_of(nlp: Language, text: str, claims: list[Claim] | None = None) -> list[Event]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    return extract_events(
        doc, entities=entities, mentions=mentions, timexes=[], claims=claims or []
    ).events


def by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger.text.lower().startswith(word))


def test_a_toll_in_the_next_sentence_counts_the_main_attack_not_the_burning(
    nlp_model: Language,
) -> None:
    text = (
        "About 400 people attacked a police station in Kasese after officers detained a "
        "local leader, burning two patrol vehicles. The police said eight rioters were killed."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "eight", 8)])
    assert by_trigger(events, "attacked").fatalities is not None
    assert by_trigger(events, "burning").fatalities is None


def test_a_toll_in_the_next_sentence_counts_the_fighting_not_the_capture(
    nlp_model: Language,
) -> None:
    text = (
        "Rebels took control of Bunagana after heavy fighting with the army. "
        "The army said 37 rebels were killed."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "37", 37)])
    assert by_trigger(events, "fighting").fatalities is not None
    assert by_trigger(events, "took").fatalities is None


def test_a_toll_during_the_siege_counts_the_siege(nlp_model: Language) -> None:
    text = (
        "The siege of Sarajevo began in April 1992, when Bosnian Serb forces surrounded "
        "the city. Some 14,000 people were killed during the siege, researchers said."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "14,000", 14000)])
    siege = by_trigger(events, "siege")
    assert siege.fatalities is not None and siege.fatalities.low == 14000
    assert by_trigger(events, "surrounded").fatalities is None
    assert len([e for e in events if e.trigger.text.lower() == "siege"]) == 1


def test_a_fort_that_fell_is_territory_lost_to_whom_it_fell_to(nlp_model: Language) -> None:
    events = events_of(nlp_model, "The fort at Tabora fell to the rebels after a long siege.")
    fell = by_trigger(events, "fell")
    assert (fell.type, fell.subtype) == ("battle", "territory_seized")
    assert any(a.role == "agent" for a in fell.actors)


def test_prices_that_fell_are_no_event(nlp_model: Language) -> None:
    events = events_of(nlp_model, "Food prices fell sharply in the capital last year.")
    assert not any(e.trigger.text == "fell" for e in events)


def test_retaking_it_is_territory_regained(nlp_model: Language) -> None:
    events = events_of(
        nlp_model, "Insurgents captured the town of Dalori, but the army retook it in May."
    )
    retook = by_trigger(events, "retook")
    assert (retook.type, retook.subtype) == ("battle", "territory_lost")


def test_the_town_pinned_down_by_its_districts_is_the_place(nlp_model: Language) -> None:
    text = (
        "On 9 May 2020, journalists held a protest outside the press club in Larkana "
        "city (Larkana, Sindh) against the arrest of an editor."
    )
    protest = by_trigger(events_of(nlp_model, text), "protest")
    assert protest.where is not None and protest.where.name == "Larkana"


def test_security_guards_of_a_mine_are_not_state_forces(nlp_model: Language) -> None:
    text = "Security guards at a private gold mine attacked illegal miners on Sunday."
    attacked = by_trigger(events_of(nlp_model, text), "attacked")
    assert attacked.type == "attack"


def test_prison_guards_are_the_states(nlp_model: Language) -> None:
    text = "Prison guards attacked rebel fighters who had stormed the jail."
    attacked = by_trigger(events_of(nlp_model, text), "attacked")
    assert attacked.type == "battle"
