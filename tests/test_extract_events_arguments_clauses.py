"""Event arguments the parse hides: bare claims, acronym-bracketed names, misread
finite verbs and operations done by someone (issue #6)."""

from __future__ import annotations

from spacy.language import Language

from event_runs import events_of
from historiograph.record import Event


def agents_of(events: list[Event], names: dict[str, str], trigger: str) -> list[str]:
    event = next(e for e in events if e.trigger.text == trigger)
    return [names[a.entity] for a in event.actors if a.role == "agent"]


def test_a_bare_claim_of_responsibility_is_for_the_act_just_told(nlp_model: Language) -> None:
    text = "A bomb exploded outside the consulate in Jerusalem. The PFLP claimed responsibility."
    events, names = events_of(nlp_model, text)
    assert "PFLP" in agents_of(events, names, "exploded")
    denied = "A bomb exploded outside the consulate. No group claimed responsibility."
    events, names = events_of(nlp_model, denied)
    assert agents_of(events, names, "exploded") == []


def test_members_named_by_an_acronym_with_the_name_in_brackets(nlp_model: Language) -> None:
    text = "On Monday, ELN (National Liberation Army) members burned a farmhouse near Arauca."
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "burned") == ["National Liberation Army"]


def test_a_verb_misread_as_a_participle_keeps_its_subject(nlp_model: Language) -> None:
    text = (
        "On 8 May 2020, a group of employees of the Monoprix commercial chain protested "
        "in Sfax to demand a hazard allowance."
    )
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "protested") == ["employees"]


def test_an_operation_by_someone_names_who_made_the_arrests(nlp_model: Language) -> None:
    text = "Three suspects were arrested in Herat during an operation by the border police."
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "arrested") == ["border police"]


def test_the_leader_of_a_led_body_is_among_its_doers(nlp_model: Language) -> None:
    text = "Hamas-led protesters marched to the border fence near Khan Younis on Friday."
    events, names = events_of(nlp_model, text)
    doers = agents_of(events, names, "marched")
    assert any(name.startswith("Hamas") for name in doers)


def test_a_body_the_text_names_as_it_describes_it_is_that_name(nlp_model: Language) -> None:
    text = "A militia known as the Northern Front attacked a bus near Goma on Monday."
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "attacked") == ["Northern Front"]


def test_a_body_led_by_someone_is_no_act_of_its_own(nlp_model: Language) -> None:
    text = "An air strike by the Saudi-led coalition hit a market in Saada on Tuesday."
    events, _ = events_of(nlp_model, text)
    assert not any(e.type == "organization" for e in events)


def test_coordinated_passives_share_their_by_phrase(nlp_model: Language) -> None:
    text = "Four journalists were beaten and then arrested by the police in Mbuji Mayi."
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "beaten") == ["police"]
    apart = "A police post was attacked and the village was shelled by rebels near Goma."
    events, names = events_of(nlp_model, apart)
    assert "rebels" not in agents_of(events, names, "attacked")


def modality_of(events: list[Event], trigger: str) -> str:
    return next(e.modality for e in events if e.trigger.text == trigger)


def test_an_arrest_in_a_relative_clause_under_an_attempt_happened(nlp_model: Language) -> None:
    text = (
        "Officials said they had foiled an attempt to kill the mayor of Herat on Tuesday, "
        "when a gunman was detained near the town hall."
    )
    events, _ = events_of(nlp_model, text)
    assert modality_of(events, "detained") != "hypothetical"


def test_what_the_targets_of_a_plan_had_done_is_no_plan(nlp_model: Language) -> None:
    text = "The militia planned to attack the rebels who had seized the town of Pibor."
    events, _ = events_of(nlp_model, text)
    assert modality_of(events, "attack") == "hypothetical"
    assert modality_of(events, "seized") == "asserted"


def test_a_clause_joined_to_an_attempt_is_not_attempted(nlp_model: Language) -> None:
    text = "Rebels tried to storm the barracks in Beni but were repelled."
    events, _ = events_of(nlp_model, text)
    assert modality_of(events, "storm") == "hypothetical"
    # The repulse is the attempt's failure, told with it: one attempted act (round 27).
    assert [e.trigger.text for e in events] == ["storm"]
    joined = "Rebels tried to storm the barracks in Beni, and soldiers killed two of them."
    events, _ = events_of(nlp_model, joined)
    assert modality_of(events, "killed") == "asserted"
    planned = "The gang planned to attack and burn the village of Kiwanja."
    events, _ = events_of(nlp_model, planned)
    assert modality_of(events, "burn") == "hypothetical"


def test_a_pronoun_in_an_adverbial_clause_is_the_main_clauses_subject(
    nlp_model: Language,
) -> None:
    text = (
        "LONDON (Reuters) - Gunmen killed 12 villagers on Tuesday when they stormed a "
        "market near Djibo, officials said."
    )
    events, names = events_of(nlp_model, text)
    assert all("Reuters" not in agents_of(events, names, e.trigger.text) for e in events)
    assert any(agents_of(events, names, e.trigger.text) == ["Gunmen"] for e in events)
