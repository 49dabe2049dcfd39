"""Readings by who did it to whom, and one act told by a witness (issue #6, round 19).

A pronoun doer ("They beat the men") stands for the doer named just before it; when
that was the state's forces (a regiment, paratroopers, gendarmes), beating or rounding
up people is repression, not a non-state attack. Those who tell ("sources said",
"officials said") are no doers a pronoun stands for. A killing that witnesses or
survivors describe again, just after it was told, is the same event: one event, with
their account as a second span of evidence. Violence by football fans is a riot.
"""

from __future__ import annotations

import pytest

from event_runs import readings, record_of
from historiograph.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "A regiment of dragoons rode into Santa Lucía at noon. They beat the farmers in the "
        "square with the flats of their sabres.",
        "The paratroopers sealed off the old market on Monday. They beat the traders "
        "and took their sons away in lorries.",
    ],
)
def test_a_pronoun_for_the_state_forces_just_named_makes_a_beating_repression(
    pipeline: Pipeline, text: str
) -> None:
    found = readings(pipeline, text)
    assert ("beat", "repression", "crackdown") in found


def test_a_pronoun_after_those_who_report_stands_for_the_doer_before_them(
    pipeline: Pipeline,
) -> None:
    text = (
        "The 9th Regiment occupied the village of Dolni Brod. Officials later said the "
        "mayor had been released. They beat the elders in front of the church."
    )
    assert ("beat", "repression", "crackdown") in readings(pipeline, text)


def test_a_pronoun_for_rebels_keeps_a_beating_an_attack(pipeline: Pipeline) -> None:
    text = (
        "Ministry sources said the rebels had pulled back from the ridge. They beat the "
        "herders who stayed behind."
    )
    found = readings(pipeline, text)
    assert all(kind != "repression" for _, kind, _ in found)


def test_a_killing_witnesses_describe_again_is_one_event_with_two_spans(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police killed at least eight youths in the Mathare slum on Sunday night, "
        "relatives said. Witnesses described officers dragging young men out of their "
        "shacks and shooting them in the alleys."
    )
    record = record_of(pipeline, text)
    violent = [e for e in record.events if e.type in ("attack", "battle", "repression")]
    assert len(violent) == 1
    event = violent[0]
    assert event.fatalities is not None and event.fatalities.low == 8
    told_again = [text[start:end] for start, end in event.evidence]
    assert any(span.startswith("Witnesses described") for span in told_again)


def test_an_act_a_witness_dates_apart_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Gunmen attacked a checkpoint outside Kandahar on Sunday, police said. Residents "
        "said that on Wednesday soldiers shelled a hamlet in the valley."
    )
    record = record_of(pipeline, text)
    assert len([e for e in record.events if e.type in ("attack", "battle")]) == 2


def test_fans_smashing_and_burning_riot(pipeline: Pipeline) -> None:
    text = "Hooligans smashed the windows of a bar near the stadium and set two cars alight."
    assert {kind for _, kind, _ in readings(pipeline, text)} == {"protest"}


def test_damage_the_attackers_did_told_by_survivors_is_the_raid_again(
    pipeline: Pipeline,
) -> None:
    text = (
        "Bandits on horseback raided the hamlet of Kourou on Thursday, killing 11 herders. "
        "Survivors said the attackers burned the granaries before riding off."
    )
    record = record_of(pipeline, text)
    assert [e.trigger.text for e in record.events] == ["raided"]
    raid = record.events[0]
    assert any(text[start:end].startswith("Survivors said") for start, end in raid.evidence)


def test_a_shot_a_prosecutor_describes_again_is_the_shooting_told(pipeline: Pipeline) -> None:
    text = (
        "A police constable shot dead a delivery driver at a petrol station in Croydon on "
        "Tuesday. Prosecutors said the constable fired three times at the driver."
    )
    record = record_of(pipeline, text)
    assert len(record.events) == 1
    assert len(record.events[0].evidence) == 1


def test_an_act_told_by_police_with_doers_named_afresh_is_news_of_its_own(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen attacked a checkpoint outside Kandahar on Sunday, police said. Police said "
        "gunmen attacked a bus on the same road."
    )
    record = record_of(pipeline, text)
    assert [e.trigger.text for e in record.events] == ["attacked", "attacked"]


def test_a_participle_joined_after_a_complement_is_the_same_raid(pipeline: Pipeline) -> None:
    text = (
        "Militiamen overran the market town of Bunia at dawn, leaving the stalls ablaze and "
        "shooting traders who tried to hide."
    )
    violent = [
        e.trigger.text
        for e in record_of(pipeline, text).events
        if e.type in ("attack", "battle", "repression")
    ]
    assert violent == ["overran"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Raiders attacked the stockade, which a company of militia defended for two days.",
            "battle",
        ),
        ("Raiders attacked the stockade, which a few traders defended for two days.", "attack"),
    ],
)
def test_a_place_armed_men_held_makes_its_assault_a_battle(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    assert [k for _, k, _ in readings(pipeline, text)] == [kind]


def test_people_held_where_a_place_clause_says_are_confined_there(pipeline: Pipeline) -> None:
    text = (
        "Soldiers drove the mayor to the old customs house, where hundreds of prisoners were held."
    )
    assert ("held", "repression", "forced_confinement") in readings(pipeline, text)


def test_a_doer_named_again_by_his_head_word_retells_the_shooting(pipeline: Pipeline) -> None:
    text = (
        "A former sheriff's deputy was jailed on Monday for fatally shooting a farmhand at a "
        "roadblock in 2020. Prosecutors said the deputy fired six times at the farmhand's pickup."
    )
    record = record_of(pipeline, text)
    shootings = [e for e in record.events if e.type in ("attack", "battle", "repression")]
    shootings = [e for e in shootings if e.trigger.text != "jailed"]
    assert [e.trigger.text for e in shootings] == ["shooting"]
    assert len(shootings[0].evidence) == 1


def test_an_account_after_a_toll_sentence_still_retells_the_raid(pipeline: Pipeline) -> None:
    text = (
        "Bandits raided two hamlets near Zurmi overnight, killing 12 people, police said. A "
        "local chief put the toll at 19. Villagers said the attackers burned the grain stores "
        "before leaving."
    )
    record = record_of(pipeline, text)
    assert [e.trigger.text for e in record.events] == ["raided"]
