"""Who did what to whom, round 16 (issue #6): commanders of a force, gatherings fired on,
unnamed sides routed, chains of passive participles, verbs the parser read as
adjectives, and arrests a force reports."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_runs import events_of
from historiograph.record import Event


def names_of(
    events: list[Event], names: dict[str, str], trigger: str, roles: tuple[str, ...]
) -> list[str]:
    """The lower-cased names of the actors in ``roles`` of the event ``trigger`` starts."""
    event = next(e for e in events if e.trigger.text.lower().startswith(trigger))
    return [names[a.entity].lower() for a in event.actors if a.role in roles]


@pytest.mark.parametrize(
    ("text", "trigger", "commander"),
    [
        ("In 1645 the royalist army under Prince Rupert stormed Bristol.", "stormed", "rupert"),
        (
            "In 1415 an English army commanded by King Henry besieged the port of Harfleur.",
            "besieged",
            "henry",
        ),
        (
            "The garrison was ambushed near the ford by Welsh rebels led by Owain Glyndŵr.",
            "ambushed",
            "glyndŵr",
        ),
    ],
)
def test_the_commander_of_a_force_did_what_it_did(
    nlp_model: Language, text: str, trigger: str, commander: str
) -> None:
    events, names = events_of(nlp_model, text)
    assert any(commander in n for n in names_of(events, names, trigger, ("agent",)))


def test_a_force_under_cover_of_darkness_has_no_commander(nlp_model: Language) -> None:
    events, names = events_of(nlp_model, "Rebels under cover of darkness attacked the barracks.")
    assert not any(
        "darkness" in n or "cover" in n for n in names_of(events, names, "attacked", ("agent",))
    )


def test_fire_opened_on_a_rally_hits_the_people_at_it(nlp_model: Language) -> None:
    text = "On 4 May 1970 guardsmen opened fire on a student rally at Kent State."
    events, names = events_of(nlp_model, text)
    hit = names_of(events, names, "opened fire", ("target", "victim"))
    assert any("rally" in n for n in hit)


def test_the_people_in_front_of_a_rally_are_who_rallied(nlp_model: Language) -> None:
    events, names = events_of(nlp_model, "Police broke up a miner rally in Orgreave.")
    assert any("miner" in n for n in names_of(events, names, "rally", ("agent",)))


def test_an_unnamed_side_routed_in_battle_is_its_target(nlp_model: Language) -> None:
    text = "In 1798 government troops routed the rebels at Vinegar Hill."
    events, names = events_of(nlp_model, text)
    assert any("rebels" in n for n in names_of(events, names, "routed", ("target", "victim")))
    assert any("troops" in n for n in names_of(events, names, "routed", ("agent",)))


def test_participles_hung_on_a_passive_verb_undergo_its_subject(nlp_model: Language) -> None:
    text = "The rebel leader was seized at his farm, tortured and executed at Lima in 1781."
    events, names = events_of(nlp_model, text)
    for trigger in ("seized", "tortured", "executed"):
        assert any("leader" in n for n in names_of(events, names, trigger, ("target", "victim")))


def test_one_who_was_arrested_and_escaped_is_not_escaped_from(nlp_model: Language) -> None:
    events, _ = events_of(nlp_model, "The leader was arrested and escaped to Sudan.")
    escapes = [e for e in events if e.trigger.text.lower().startswith("escaped")]
    assert all(a.role not in ("target", "victim") for e in escapes for a in e.actors)


def test_a_verb_read_as_an_adjective_keeps_its_subject_and_object(nlp_model: Language) -> None:
    text = "Police baton-charged dozens of nurses outside the hospital and detained ten of them."
    events, names = events_of(nlp_model, text)
    assert any("police" in n for n in names_of(events, names, "baton-charged", ("agent",)))
    assert any(
        "nurses" in n for n in names_of(events, names, "baton-charged", ("target", "victim"))
    )
    assert any("police" in n for n in names_of(events, names, "detained", ("agent",)))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Police said 12 students were detained after the march.", "police"),
        ("The army said four suspects had been arrested near the border.", "army"),
    ],
)
def test_a_force_that_reports_an_arrest_without_a_doer_made_it(
    nlp_model: Language, text: str, doer: str
) -> None:
    events, names = events_of(nlp_model, text)
    trigger = "detained" if "detained" in text else "arrested"
    assert doer in names_of(events, names, trigger, ("agent",))


def test_anyone_else_who_reports_an_arrest_did_not_make_it(nlp_model: Language) -> None:
    events, names = events_of(nlp_model, "His relatives said he was detained by night.")
    assert names_of(events, names, "detained", ("agent",)) == []


@pytest.mark.parametrize(
    ("text", "trigger", "gathering"),
    [
        ("A suicide bomber blew himself up at a peace rally in Kunduz.", "blew", "rally"),
        ("Gunmen opened fire at a funeral procession in Karachi.", "opened fire", "procession"),
    ],
)
def test_violence_done_at_a_gathering_hits_its_people(
    nlp_model: Language, text: str, trigger: str, gathering: str
) -> None:
    events, names = events_of(nlp_model, text)
    assert any(gathering in n for n in names_of(events, names, trigger, ("target", "victim")))
