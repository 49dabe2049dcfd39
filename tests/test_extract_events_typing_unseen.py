"""Detection and typing on constructions the lexicon first met in unseen text (issue #6).

Fire on a crowd told "without warning", verbs joined over one object, a counted
group of victims, people moved by others, a seat set up elsewhere, small clauses
("proclaimed herself head ..."), results declared, treaties in relative clauses,
boycotts beside a vote, and escapes that are no defection.
"""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Event


def events_of(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    return extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=[]).events


def readings(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.subtype, e.trigger.text) for e in events_of(nlp, text)]


def test_fire_on_villagers_without_warning_is_one_sided(nlp_model: Language) -> None:
    text = "Government troops opened fire without warning on villagers sheltering in a monastery."
    assert [(t, w) for t, _, w in readings(nlp_model, text)] == [("repression", "opened fire")]


def test_a_date_after_a_manner_phrase_is_no_target(nlp_model: Language) -> None:
    text = "Rebels opened fire without warning on Tuesday."
    assert all(t != "repression" for t, _, _ in readings(nlp_model, text))


def test_verbs_joined_over_one_object_tell_one_act(nlp_model: Language) -> None:
    text = "Armed men stormed and looted the district hospital."
    assert readings(nlp_model, text) == [("attack", "facility_attack", "looted")]


def test_verbs_with_objects_of_their_own_stay_two_acts(nlp_model: Language) -> None:
    text = "Gunmen stormed the town and burned the market."
    assert [w for _, _, w in readings(nlp_model, text)] == ["stormed", "burned"]


def test_a_counted_group_of_victims_is_one_abduction(nlp_model: Language) -> None:
    events = events_of(nlp_model, "Gunmen abducted 30 students and teachers from a school.")
    assert [(e.type, e.subtype) for e in events] == [("attack", "hostage_taking")]
    assert len([a for a in events[0].actors if a.role == "victim"]) == 2


def test_a_noun_set_beside_the_verb_names_its_act_again(nlp_model: Language) -> None:
    text = "Dockers walked off the job on 1 October, the first coast-wide strike since 1934."
    assert readings(nlp_model, text) == [("protest", "strike", "walked off the job")]


def test_an_escape_tried_under_fire_is_no_defection(nlp_model: Language) -> None:
    text = "One student was shot dead as he tried to escape."
    assert all(t != "organization" for t, _, _ in readings(nlp_model, text))


def test_people_moved_by_others_are_expelled(nlp_model: Language) -> None:
    text = "Some 50,000 Greeks were moved from Bulgaria to Greece."
    assert readings(nlp_model, text) == [("relocation", "expulsion", "moved")]


def test_a_body_moving_its_headquarters_is_no_expulsion(nlp_model: Language) -> None:
    text = "The organization moved its headquarters from Paris to Baghdad in 1986."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [
        ("relocation", "headquarters_moved")
    ]


def test_a_seat_set_up_elsewhere_is_a_move_not_a_founding(nlp_model: Language) -> None:
    text = "The Front set up its new headquarters in Cairo."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [
        ("relocation", "headquarters_moved")
    ]


def test_proclaiming_oneself_head_is_a_change_of_leader(nlp_model: Language) -> None:
    text = "Achieng proclaimed herself head of a transitional government."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("organization", "leadership")]
    assert readings(nlp_model, "He declared himself innocent.") == []


def test_a_declared_winner_is_an_announcement(nlp_model: Language) -> None:
    text = "The electoral commission declared the incumbent, Joseph Mwangi, the winner."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("statement", "announcement")]


def test_a_convention_signed_in_a_relative_clause_is_a_treaty(nlp_model: Language) -> None:
    text = "Under a convention that Bulgaria and Greece signed at Neuilly, prisoners went home."
    assert ("agreement", "treaty", "convention") in readings(nlp_model, text)
    assert readings(nlp_model, "The party's convention opened in Chicago.") == []


def test_a_boycott_beside_a_vote_is_electoral(nlp_model: Language) -> None:
    text = (
        "The commission postponed the polls after opposition parties said they would boycott them."
    )
    assert ("election", "boycott", "boycott") in readings(nlp_model, text)


def test_pickets_fired_on_are_people_not_a_strike(nlp_model: Language) -> None:
    text = "Police fired on pickets outside the cannery, killing two strikers."
    assert [t for t, _, _ in readings(nlp_model, text)] == ["repression"]


def test_a_strike_that_began_is_a_labour_strike(nlp_model: Language) -> None:
    text = "A strike began in the mines in April."
    assert readings(nlp_model, text) == [("protest", "strike", "strike")]


def test_a_body_electing_its_officer_changes_its_leadership(nlp_model: Language) -> None:
    text = "The Front's congress elected Hassan Bakri secretary-general."
    assert [(t, s) for t, s, _ in readings(nlp_model, text)] == [("organization", "leadership")]
    voters = "Voters elected Lula president in October."
    assert [(t, s) for t, s, _ in readings(nlp_model, voters)] == [("election", "election")]
