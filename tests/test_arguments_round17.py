"""Who did what to whom, round 17 (issue #6): people killed in the course of an act or
of the act a noun frames, "by" phrases shared by a list of acts, a person named before
a pronoun, a capital that stands for its state, people counted by their nation, a target
hung on a manner phrase, and the force whose scene an agentless passive carries on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_runs import event_of, events_of, names_in, record_of
from historiograph.pipeline import Pipeline
from historiograph.record import Event


def names_of(
    events: list[Event], names: dict[str, str], trigger: str, roles: tuple[str, ...]
) -> list[str]:
    """The lower-cased names of the actors in ``roles`` of the event ``trigger`` starts."""
    event = next(e for e in events if e.trigger.text.lower().startswith(trigger))
    return [names[a.entity].lower() for a in event.actors if a.role in roles]


HIT = ("target", "victim")


def test_whom_a_participle_of_death_says_the_act_killed_are_its_victims(
    nlp_model: Language,
) -> None:
    text = "A gunman opened fire inside a bar in Pittsburgh, killing two men."
    events, names = events_of(nlp_model, text)
    assert any("men" in n for n in names_of(events, names, "opened fire", HIT))


def test_whom_the_framed_verb_killed_is_whom_the_gunfight_was_fought_against(
    nlp_model: Language,
) -> None:
    text = (
        "Its troops later chased the bandits into the forest and killed six of them in a firefight."
    )
    events, names = events_of(nlp_model, text)
    assert "bandits" in names_of(events, names, "firefight", HIT)
    assert "troops" in names_of(events, names, "firefight", ("agent",))


def test_whom_a_rescue_freed_is_not_the_raid_s_target(nlp_model: Language) -> None:
    text = "Commandos freed four hostages in a raid on the compound."
    events, names = events_of(nlp_model, text)
    hit = names_of(events, names, "raid", HIT)
    assert "compound" in hit and not any("hostage" in n for n in hit)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Exiles reported a wave of disappearances and arrests by the military police.", "disap"),
        ("Monitors recorded a spate of abductions and killings by militia fighters.", "abduct"),
        ("Witnesses described a campaign of burnings and killings by army units.", "killings"),
    ],
)
def test_a_by_phrase_names_the_doer_of_every_act_it_ends_the_list_of(
    nlp_model: Language, text: str, trigger: str
) -> None:
    events, names = events_of(nlp_model, text)
    doers = names_of(events, names, trigger, ("agent",))
    assert any(w in n for n in doers for w in ("police", "militia", "army"))


def test_a_pronoun_after_a_named_person_is_that_person(nlp_model: Language) -> None:
    text = "Prosecutors charged Maria Lopez with fraud. A police squad detained her at the airport."
    events, names = events_of(nlp_model, text)
    assert "police squad" in names_of(events, names, "detained", ("agent",))
    assert "maria lopez" in names_of(events, names, "detained", HIT)


def test_a_pronoun_before_any_person_is_named_is_no_one(nlp_model: Language) -> None:
    text = "A police squad detained her at the airport. Later the court freed Maria Lopez."
    events, names = events_of(nlp_model, text)
    assert "maria lopez" not in names_of(events, names, "detained", HIT)


def test_a_capital_accused_stands_for_its_state(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Tehran accused Washington of piracy on the high seas.")
    hit = " ".join(names_in(record, event_of(record, "accused"), HIT))
    assert "Washington" in hit or "United States" in hit


def test_people_counted_by_their_nation_are_people_not_the_country(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Tens of thousands of Hungarians marched through Budapest.")
    doers = names_in(record, event_of(record, "marched"), ("agent",))
    assert "Hungarians" in doers and "Hungary" not in doers


def test_a_navy_is_a_body_that_acts(nlp_model: Language) -> None:
    text = "The navy, which had mutinied against the admiralty, shelled the harbour forts."
    events, names = events_of(nlp_model, text)
    assert "navy" in names_of(events, names, "shelled", ("agent",))


def test_fire_opened_without_warning_still_hits_its_target(nlp_model: Language) -> None:
    text = "Police opened fire without warning on a crowd of mourners."
    events, names = events_of(nlp_model, text)
    assert names_of(events, names, "opened fire", HIT)


def test_strikes_carried_out_on_villages_hit_the_villages(nlp_model: Language) -> None:
    text = "The Burmese army carried out at least 40 air strikes on villages."
    events, names = events_of(nlp_model, text)
    assert "burmese army" in names_of(events, names, "air strike", ("agent",))
    assert "villages" in names_of(events, names, "air strike", HIT)


def test_an_agentless_passive_carries_on_the_force_of_the_scene_before(
    nlp_model: Language,
) -> None:
    text = "Soldiers and police charged the marchers with batons. Scores of students were detained."
    events, names = events_of(nlp_model, text)
    doers = names_of(events, names, "detained", ("agent",))
    assert "soldiers" in doers and "police" in doers


@pytest.mark.parametrize(
    "text",
    [
        # A new time is a new scene.
        "Soldiers and police charged the marchers. In June scores of students were detained.",
        # A doer who is no force of the state hands nothing on.
        "Rioters stormed the town hall. Scores of students were detained.",
        "Rebel troops stormed the radio station. Scores of students were detained.",
        # Another act told in between is another scene.
        "Soldiers charged the marchers. Rebels seized the airport. Scores were detained.",
    ],
)
def test_a_passive_in_a_new_scene_or_after_no_force_takes_no_doer(
    nlp_model: Language, text: str
) -> None:
    events, names = events_of(nlp_model, text)
    assert not names_of(events, names, "detained", ("agent",))


def test_a_sentence_of_counts_between_keeps_the_scene(nlp_model: Language) -> None:
    text = (
        "In May 1921 troops and police fired on a crowd of strikers in the square. The "
        "authorities put the dead at nine; the union said thirty. Hundreds of workers were "
        "arrested and sent to the coast."
    )
    events, names = events_of(nlp_model, text)
    doers = names_of(events, names, "arrested", ("agent",))
    assert "troops" in doers and "police" in doers


def test_a_bar_fired_inside_is_hit(nlp_model: Language) -> None:
    text = "A gunman opened fire inside a nightclub in Oslo, killing two men."
    events, names = events_of(nlp_model, text)
    assert "nightclub" in names_of(events, names, "opened fire", HIT)
