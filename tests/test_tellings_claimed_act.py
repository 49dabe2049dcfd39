"""A run of acts ("a wave of raids") in the telling of an attack is that attack, as is a
passive done to those it harmed in the next sentence ("Dozens of miners were beaten"); a claim
that names the act just told ("the group said its men had carried out the
ambush") is more evidence for that act, not a second one; a claim of another act ("an
attack on a patrol near Menaka") stays an act of its own."""

from __future__ import annotations

from event_runs import record_of
from historiograph.pipeline import Pipeline


def _violent(pipeline: Pipeline, text: str) -> list[str]:
    record = record_of(pipeline, text, published="2023-09-11")
    return [e.trigger.text for e in record.events if e.type in ("attack", "battle")]


def test_the_claimed_ambush_is_the_attack_told_before(pipeline: Pipeline) -> None:
    triggers = _violent(
        pipeline,
        "Gunmen attacked a bus near the town of Kidal on Friday, killing nine passengers. "
        "The Macina Front later said its fighters had carried out the ambush.",
    )
    assert triggers == ["attacked"]


def test_a_claimed_attack_elsewhere_is_its_own_act(pipeline: Pipeline) -> None:
    triggers = _violent(
        pipeline,
        "Gunmen attacked a bus near the town of Kidal on Friday. On Sunday the Macina Front "
        "said its fighters had carried out an attack on an army patrol near Menaka.",
    )
    assert len(triggers) == 2


def test_a_wave_of_raids_is_the_attacks_told_again(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Insurgents attacked four police stations in the south in a coordinated wave of "
        "raids that killed nine officers.",
    )
    violent = [e for e in record.events if e.type in ("attack", "battle")]
    assert [e.trigger.text for e in violent] == ["attacked"]
    assert violent[0].fatalities is not None and violent[0].fatalities.best == 9


def test_those_harmed_beaten_in_the_next_sentence_tell_the_same_act(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "On 9 May riot police attacked some 400 striking miners outside the pit at Orgreave. "
        "Dozens of miners were beaten with batons.",
    )
    assert [e.trigger.text for e in record.events if e.type == "repression"] == ["attacked"]
