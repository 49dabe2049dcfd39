"""Doers told apart from the clause that names them: passives joined to an active
clause, a sentence-opening "they", units named after a country, and later
sentences that credit an act ("carried out by", "the work of", convictions)
(issue #6)."""

from __future__ import annotations

from spacy.language import Language

from event_runs import events_of
from historiograph.record import Event


def agents_of(events: list[Event], names: dict[str, str], trigger: str) -> list[str]:
    event = next(e for e in events if e.trigger.text == trigger)
    return [names[a.entity] for a in event.actors if a.role == "agent"]


def test_a_participle_joined_to_a_passive_borrows_no_doer_from_the_clause_before(
    nlp_model: Language,
) -> None:
    text = "The Nationalists marched into the town, and my uncle was taken away and shot."
    events, names = events_of(nlp_model, text)
    assert "Nationalists" not in agents_of(events, names, "shot")
    # A "by" phrase the two passives share still names the doer.
    events, names = events_of(nlp_model, "The prisoners were beaten and shot by the guards.")
    assert agents_of(events, names, "shot") == ["guards"]


def test_a_sentence_opening_they_carries_on_the_previous_subject(nlp_model: Language) -> None:
    text = "Soldiers came to the village on 3 May 2001. They beat the old men in the square."
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "beat") == ["Soldiers"]


def test_they_finds_the_subject_when_the_parse_misses_the_main_verb(
    nlp_model: Language,
) -> None:
    text = (
        "The militiamen came to our street on 15 August 1936, a day after the town fell. "
        "They beat the old men in front of the children."
    )
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "beat") == ["militiamen"]


def test_a_they_inside_a_reported_clause_is_not_the_previous_subject(
    nlp_model: Language,
) -> None:
    text = "Villagers gathered at the mosque on Monday. Police said they attacked a patrol."
    events, names = events_of(nlp_model, text)
    assert "Villagers" not in agents_of(events, names, "attacked")


def test_a_unit_named_after_a_country_is_the_unit(nlp_model: Language) -> None:
    text = "The 6th Indian Division fell back to the river in November 1915."
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "fell back") == ["6th Indian Division"]
    events, names = events_of(nlp_model, "A British brigade attacked the village on 4 May 1944.")
    assert agents_of(events, names, "attacked") == ["British brigade"]


def test_an_attack_carried_out_by_someone_is_theirs(nlp_model: Language) -> None:
    text = (
        "A bomb exploded at a market in Quetta on Monday, killing 12. "
        "Police said the bombing was carried out by the Baloch Liberation Army."
    )
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "exploded") == ["Baloch Liberation Army"]
    # Condemning an act is no doing of it.
    condemned = (
        "A bomb exploded at a market in Quetta on Monday, killing 12. "
        "The bombing was condemned by the Baloch Liberation Army."
    )
    events, names = events_of(nlp_model, condemned)
    assert agents_of(events, names, "exploded") == []


def test_an_attack_said_to_be_the_work_of_someone_is_theirs(nlp_model: Language) -> None:
    text = (
        "A car bomb killed nine people in Mosul on Friday. "
        "Officials said the attack was the work of the National Liberation Front."
    )
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "car bomb") == ["National Liberation Front"]


def test_those_convicted_of_a_bombing_did_it(nlp_model: Language) -> None:
    text = (
        "A bomb exploded outside a bank in Madrid on 3 May 1995. "
        "In 1998 three members of ETA were convicted of the bombing."
    )
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "exploded") == ["ETA"]
    # Acquitted of it, they did not.
    acquitted = (
        "A bomb exploded outside a bank in Madrid on 3 May 1995. "
        "In 1998 three members of ETA were acquitted of the bombing."
    )
    events, names = events_of(nlp_model, acquitted)
    assert agents_of(events, names, "exploded") == []


def test_an_act_nobody_claimed_still_happened(nlp_model: Language) -> None:
    text = "Nobody has claimed the ambush of a fuel convoy near Gao on 8 August 2019."
    events, _ = events_of(nlp_model, text)
    assert [e.trigger.text for e in events] == ["ambush"]


def test_an_act_named_in_full_is_no_word_on_the_act_before(nlp_model: Language) -> None:
    text = (
        "On 2 October rioters stormed the police station in Keldrum. "
        "The bombing of the bus station on 9 September was carried out by the Tava Front."
    )
    events, names = events_of(nlp_model, text)
    assert "Tava Front" not in agents_of(events, names, "stormed")


def test_a_unit_of_a_named_force_is_that_force(nlp_model: Language) -> None:
    text = "On 24 October a detachment of the Frontier Horse set fire to the village of Sarnik."
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "set fire to") == ["Frontier Horse"]


def test_they_in_what_a_body_reports_is_that_body(nlp_model: Language) -> None:
    text = (
        "Gunmen of the Northern Front attacked a checkpoint on Monday. "
        "Police said they had arrested four suspects in the town."
    )
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "arrested") == ["Police"]


def test_they_reported_by_a_person_keeps_its_own_referent(nlp_model: Language) -> None:
    text = "Rebels of the Northern Front stormed the town. A witness said they burned the market."
    events, names = events_of(nlp_model, text)
    # The burning, told by a witness, is the storming's damage: one event, and
    # the witness who tells it is nobody's doer.
    agents = [names[a.entity] for e in events for a in e.actors if a.role == "agent"]
    assert not any("witness" in a.lower() for a in agents)
    assert any("Rebels" in a or "Northern Front" in a for a in agents)
