"""Event detection, round 19 (issue #6): false events from denials, conditions, generic
mentions and metaphors, and a few acts missed, each told in new words.

False events: what a "that" clause under a denial says happened is the denial's content;
an act told as what will follow a condition is no more real than the condition; "any
attack" is any attack, none told; a camera's shooting, a slandered character, a bowler's
deliveries, a market held hostage by rumours, a takeover raid and artillery practice hurt
nobody. Missed acts: people "never seen again" after being taken disappeared; a punch is
an assault; workers who come "to strike for" pay strike; a declared war is a war.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_an_arrest_a_denial_says_never_happened_is_its_content(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The police denied that the students had been arrested.")
    assert found == [("denied", "statement", "denial")]


def test_a_killing_in_a_report_that_is_dismissed_is_its_content(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The ministry dismissed reports that guards had shot two inmates.")
    assert [kind for _, kind, _ in found] == ["statement"]


def test_an_arrest_told_beside_a_denial_stays(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Soldiers arrested the mayor on Monday, though the army denied any role."
    )
    assert ("arrested", "repression", "arrest") in found


def test_what_will_follow_a_condition_is_no_event(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "If the decree is signed, the army will be allowed to detain any striker."
    )
    assert found == []


def test_a_past_act_beside_a_condition_stays(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Troops detained forty miners in Oruro on Tuesday and said they would free them "
        "if the stoppage ended.",
    )
    assert found == [("detained", "repression", "arrest")]


def test_any_attack_names_no_attack(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "The governor warned that any attack on the pipeline would be avenged."
    )
    assert found == []


def test_filming_a_march_is_no_shooting(pipeline: Pipeline) -> None:
    found = readings(pipeline, "A cameraman shot the march for the evening news.")
    assert not any(kind in ("attack", "repression") for _, kind, _ in found)


def test_shooting_into_a_march_is_violence(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Gunmen shot into the march, wounding six people.")
    assert any(kind in ("attack", "repression") for _, kind, _ in found)


def test_a_character_assassinated_is_a_slander(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The senator said the tabloids had assassinated his character.") == []


def test_a_batsman_attacking_the_bowling_hurts_nobody(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The captain attacked the bowling from the first ball of the day.")
    assert found == []


def test_a_market_held_hostage_is_a_figure_of_speech(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Traders said the bond market was held hostage by the budget talks.")
    assert found == []


def test_people_held_hostage_are_hostages(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Pirates held the crew hostage for three months.")
    assert [(kind, subtype) for _, kind, subtype in found] == [("attack", "hostage_taking")]


def test_a_takeover_raid_is_no_raid(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The brewer fought off a takeover raid by its rival.") == []


def test_artillery_practice_is_no_shelling(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The garrison will hold artillery drills near the lake next week.")
    assert found == []


def test_taken_and_never_seen_again_is_a_disappearance(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Her husband was led out of the barracks and never seen again.")
    assert ("repression", "disappearance") in [(kind, subtype) for _, kind, subtype in found]


def test_a_letter_never_seen_again_is_no_disappearance(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The manuscript was never seen again.") == []


def test_a_punch_is_an_assault(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "A court clerk was punched by a defendant's brother outside the hall."
    )
    assert found == [("punched", "attack", "unarmed_assault")]


def test_workers_who_come_to_strike_for_pay_strike(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Dockers gathered at the harbour gates to strike for a higher day rate."
    )
    assert ("protest", "strike") in [(kind, subtype) for _, kind, subtype in found]


def test_a_declared_war_is_a_war(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Soon afterwards Paraguay declared war on its neighbours.")
    assert [(kind, subtype) for _, kind, subtype in found] == [("battle", "clash")]


def test_two_armies_that_meet_fight(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The royal army met the rebel troops on a heath outside Preston.")
    assert found == [("met", "battle", "clash")]


def test_a_minister_meeting_troops_is_no_battle(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The minister met the troops at the barracks.") == []


def test_a_general_meeting_the_other_sides_commanders_for_talks_is_no_battle(
    pipeline: Pipeline,
) -> None:
    found = readings(pipeline, "The army chief met rebel commanders in Arusha for peace talks.")
    assert found == []


def test_lawmakers_walking_out_to_launch_a_party_are_no_strike(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Thirty-one of the party's senators walked out to launch a rival movement."
    )
    assert ("protest", "strike") not in [(kind, subtype) for _, kind, subtype in found]


def test_workers_walking_out_strike(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Dock workers walked out on Monday over unpaid wages.")
    assert found == [("walked out", "protest", "strike")]


def test_an_alliance_that_wins_a_vote_is_no_alliance_formed(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "An opposition alliance led by Maria Santos won the parliamentary election."
    )
    assert "organization" not in [kind for _, kind, _ in found]


def test_calling_a_report_false_is_a_denial(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The army has called the report false.")
    assert [(kind, subtype) for _, kind, subtype in found] == [("statement", "denial")]


def test_prices_that_explode_are_no_bombing(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Bread prices exploded after the harvest failed.") == []


def test_a_bomb_that_explodes_near_a_market_is_a_bombing(pipeline: Pipeline) -> None:
    found = readings(pipeline, "A parcel bomb exploded near the fish market in Jaffna.")
    assert [(kind, subtype) for _, kind, subtype in found] == [("attack", "bombing")]


def test_a_charm_offensive_is_no_offensive(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The envoy opened a charm offensive in Brussels.") == []


def test_a_desk_bombarded_with_letters_is_no_shelling(pipeline: Pipeline) -> None:
    assert (
        readings(pipeline, "The mayor's office was bombarded with letters about the bus fares.")
        == []
    )


def test_a_contract_executed_is_no_execution(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The ministry executed the contract with the shipyard in March.")
    assert ("repression", "execution") not in [(kind, subtype) for _, kind, subtype in found]


def test_prisoners_executed_are_an_execution(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Soldiers executed four prisoners behind the fort at dawn.")
    assert [(kind, subtype) for _, kind, subtype in found] == [("repression", "execution")]


def test_a_single_that_storms_the_charts_is_no_assault(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The band's new single stormed the charts in its first week.") == []


def test_firing_back_at_critics_is_no_shooting(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The coach fired back at his critics after the defeat.")
    assert found == []


def test_slaughtered_shares_are_a_market_fall(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Bank stocks were slaughtered on Monday morning.") == []
