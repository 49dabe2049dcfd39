"""Typing and detection on constructions met in coded and unseen text (issue #6, round 3).

Armed civilians are a side in a clash; a junta's soldiers are the state's; a
blockade or a general strike by civilians is their protest; explosives set by
hand, a rising crushed, troops withdrawn and a place taken in the passive are
events of their own kinds.
"""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc


def readings(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    events = extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=[])
    return [(e.type, e.subtype, e.trigger.text) for e in events.events]


def test_police_clashing_with_armed_civilians_fight_a_side(nlp_model: Language) -> None:
    text = "Police clashed with armed villagers near the border on Tuesday."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("battle", "clash")]


def test_police_clashing_with_unarmed_civilians_crack_down(nlp_model: Language) -> None:
    text = "Police clashed with villagers near the border on Tuesday."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("repression", "crackdown")]


def test_a_juntas_soldiers_firing_on_a_crowd_is_repression(nlp_model: Language) -> None:
    text = "The junta's soldiers opened fire on the crowd in the capital."
    assert [t for t, _, _ in readings(nlp_model, text)] == ["repression"]


def test_a_hartal_is_a_general_strike(nlp_model: Language) -> None:
    text = "A hartal called by the opposition shut shops across Chittagong on Monday."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("protest", "strike")]


def test_a_blockade_enforced_by_activists_is_their_protest(nlp_model: Language) -> None:
    text = "The blockade enforced by activists halted traffic at the crossing."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("protest", "demonstration")]


def test_a_blockade_by_a_navy_stays_military(nlp_model: Language) -> None:
    text = "The blockade enforced by the navy cut the port off."
    assert [t for t, _, _ in readings(nlp_model, text)] == ["battle"]


def test_dynamiting_a_bridge_is_a_bombing(nlp_model: Language) -> None:
    text = "Guerrillas dynamited the railway bridge outside the town."
    assert [(t, s, w) for t, s, w in readings(nlp_model, text)] == [
        ("attack", "bombing", "dynamited")
    ]


def test_crushing_a_revolt_is_a_crackdown(nlp_model: Language) -> None:
    text = "The army crushed the revolt in the northern provinces."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("repression", "crackdown")]


def test_crushing_a_rival_at_the_polls_is_no_crackdown(nlp_model: Language) -> None:
    text = "The ruling party crushed the opposition in the election."
    assert all(t != "repression" for t, _, _ in readings(nlp_model, text))


def test_troops_withdrawn_by_their_army_relocate(nlp_model: Language) -> None:
    text = "The army withdrew its troops from the oil town on Friday."
    assert [t for t, _, _ in readings(nlp_model, text)] == ["relocation"]


def test_a_withdrawn_bill_is_no_event(nlp_model: Language) -> None:
    text = "The minister withdrew the bill on Friday."
    assert readings(nlp_model, text) == []


def test_a_place_taken_by_armed_men_in_the_passive_is_seized(nlp_model: Language) -> None:
    text = "The bridge had been taken by the 9th Armored Division on 7 March."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("battle", "territory_seized")]


def test_a_photo_taken_by_a_reporter_is_no_capture(nlp_model: Language) -> None:
    text = "The photograph of the bridge had been taken by a reporter on 7 March."
    assert readings(nlp_model, text) == []


def test_an_act_in_a_clause_of_condition_is_no_event(nlp_model: Language) -> None:
    text = "The council threatened sanctions unless the army withdrew its troops from the town."
    assert all(t != "relocation" for t, _, _ in readings(nlp_model, text))


def test_a_hartal_beside_an_arson_is_its_setting(nlp_model: Language) -> None:
    text = "During the hartal called by the opposition, activists set fire to a bus in Feni."
    assert [w for _, _, w in readings(nlp_model, text)] == ["set fire to"]
