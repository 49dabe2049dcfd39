"""Event typing and everyday text, round 25, each rule beside the true event it keeps.

Police charging people told as striking or protesting use force on a crowd; a charge
with its crime is an indictment; blame for an act by an accuser accuses, blame for a
game's result does not. A speaker that "only" clashed answers a charge and tells no
clash. A question put to a vote, an election still to come and a move made every summer
tell no act. The terms of a told deal ("agreeing to form a government") are its
content, not done. A house's vote on a bill elects no one. Forces that fight alongside
another side back it, unless the enemy is named. Violence told in a market's war, aimed
at a goal, done to a concerto or by rising shares is a figure of speech; a race's riders
and runners play a game. A kind of committee ("the strike committee") is no strike.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def _labels(pipeline: Pipeline, text: str) -> set[str]:
    return {f"{kind}/{subtype}" for _, kind, subtype in readings(pipeline, text)}


# Charges on crowds and charges in court


def test_police_charging_striking_dockers_is_a_crackdown(pipeline: Pipeline) -> None:
    text = "Mounted police charged striking dockers at the harbour gates in Liverpool on Tuesday."
    assert "repression/crackdown" in _labels(pipeline, text)


def test_prosecutors_charging_striking_dockers_with_a_crime_is_a_trial(pipeline: Pipeline) -> None:
    text = "Prosecutors charged four striking dockers with criminal damage on Tuesday."
    assert _labels(pipeline, text) == {"legal/trial"}


# Answers to a charge


def test_a_group_saying_it_only_clashed_tells_no_clash(pipeline: Pipeline) -> None:
    text = "The militia said its fighters had only clashed with smugglers near the border."
    assert not {t for _, t, _ in readings(pipeline, text)} & {"battle", "attack"}


def test_a_group_saying_it_clashed_still_tells_a_clash(pipeline: Pipeline) -> None:
    text = "The militia said its men had clashed with an army patrol near Tessalit on Monday."
    assert "battle" in {t for _, t, _ in readings(pipeline, text)}


# Terms of a deal


def test_a_government_agreed_on_in_a_deal_is_not_founded(pipeline: Pipeline) -> None:
    text = (
        "The two parties signed a power-sharing accord in Nairobi in 2008, agreeing to form "
        "a grand coalition cabinet."
    )
    assert "organization/founding" not in _labels(pipeline, text)
    assert any(t == "agreement" for _, t, _ in readings(pipeline, text))


def test_a_leader_agreeing_to_step_down_still_steps_down(pipeline: Pipeline) -> None:
    text = "In March 1986 the ageing dictator agreed to step down after weeks of protests."
    assert "organization/leadership" in _labels(pipeline, text)


# A house's votes


def test_a_bill_passing_on_a_vote_is_no_election(pipeline: Pipeline) -> None:
    text = "The budget cleared the Senate on a vote of 52 to 48 late on Thursday."
    assert not any(t == "election" for _, t, _ in readings(pipeline, text))


def test_a_national_vote_is_still_an_election(pipeline: Pipeline) -> None:
    text = "Malawians went to the polls on Tuesday in a vote marred by long queues."
    assert any(t == "election" for _, t, _ in readings(pipeline, text))


# Joint operations


def test_forces_fighting_alongside_an_ally_support_it(pipeline: Pipeline) -> None:
    text = "Through the 1990s Sudanese army units fought alongside the rebels in northern Uganda."
    assert "support/military_support" in _labels(pipeline, text)


def test_fighting_alongside_an_ally_against_a_named_enemy_is_a_battle(pipeline: Pipeline) -> None:
    text = "In 1991 Syrian troops fought alongside the Americans against Iraq."
    assert any(t == "battle" for _, t, _ in readings(pipeline, text))


# Figures of speech and games


def test_rivals_slaughtered_in_a_price_war_is_no_massacre(pipeline: Pipeline) -> None:
    text = "Small grocers were slaughtered in the supermarket price war of the 1990s."
    assert readings(pipeline, text) == []


def test_a_side_laying_siege_to_the_goal_is_no_offensive(pipeline: Pipeline) -> None:
    text = "Ajax laid siege to the visitors' goal after the break but could not score."
    assert readings(pipeline, text) == []


def test_an_army_laying_siege_to_a_fortress_is_an_offensive(pipeline: Pipeline) -> None:
    text = "In 1565 the Ottoman army laid siege to the fortress of Birgu."
    assert "battle/offensive" in _labels(pipeline, text)


def test_a_violinist_attacking_a_sonata_is_no_attack(pipeline: Pipeline) -> None:
    text = "The violinist attacked the Bartok sonata with astonishing bite."
    assert readings(pipeline, text) == []


def test_shares_exploding_is_no_bombing(pipeline: Pipeline) -> None:
    text = "Shares in the drugmaker exploded 30 percent after the trial results."
    assert readings(pipeline, text) == []


def test_cyclists_attacking_on_the_final_climb_play_a_race(pipeline: Pipeline) -> None:
    text = "Two riders attacked on the final climb and took the yellow jersey from the Dane."
    assert readings(pipeline, text) == []


def test_hundreds_of_runners_storming_a_bridge_run_a_race(pipeline: Pipeline) -> None:
    text = "Thousands of runners stormed across Tower Bridge during the London marathon."
    assert readings(pipeline, text) == []


def test_an_activist_investor_battle_is_no_clash(pipeline: Pipeline) -> None:
    text = "The retailer's chairman lost a long battle with activist investors in May."
    assert readings(pipeline, text) == []


def test_a_chef_fleeing_the_pressure_of_a_kitchen_is_no_exile(pipeline: Pipeline) -> None:
    text = "The baker fled the pressure of a London hotel kitchen for a village in Cornwall."
    assert readings(pipeline, text) == []


def test_inflation_defeated_is_no_battle(pipeline: Pipeline) -> None:
    text = "The finance minister declared that inflation had finally been defeated."
    assert not any(t == "battle" for _, t, _ in readings(pipeline, text))


def test_a_decision_welcomed_is_no_support(pipeline: Pipeline) -> None:
    text = "Parents welcomed the council's decision to keep the village school open."
    assert readings(pipeline, text) == []


# Blame


def test_blaming_someone_for_arrests_accuses_them(pipeline: Pipeline) -> None:
    text = (
        "Border guards detained two reporters on Monday; their newspaper blamed the "
        "interior minister for the arrests."
    )
    assert "statement/accusation" in _labels(pipeline, text)


def test_blaming_a_coach_for_a_defeat_accuses_no_one_of_an_act(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Supporters blamed the coach for the defeat.") == []


def test_a_passive_blame_with_no_accuser_is_no_accusation(pipeline: Pipeline) -> None:
    text = "Separatists were blamed for the ambush of a border patrol near Quetta."
    assert "statement/accusation" not in _labels(pipeline, text)


def test_a_bill_passed_after_a_vote_is_no_election(pipeline: Pipeline) -> None:
    text = "The assembly passed the bill after a vote on Tuesday."
    assert not any(t == "election" for _, t, _ in readings(pipeline, text))


# Questions and forecasts


def test_a_question_put_to_a_referendum_tells_no_expulsion(pipeline: Pipeline) -> None:
    text = (
        "Swiss voters were asked in a referendum whether the country should expel foreign "
        "criminals."
    )
    assert not any(t == "relocation" for _, t, _ in readings(pipeline, text))


def test_an_election_still_to_come_is_no_election(pipeline: Pipeline) -> None:
    text = "Zambians will go to the polls next August, the electoral commission said."
    assert readings(pipeline, text) == []


def test_a_march_still_to_come_is_kept(pipeline: Pipeline) -> None:
    text = "Nurses will march in Lusaka on Friday, their union said."
    assert "protest" in {t for _, t, _ in readings(pipeline, text)}


def test_a_game_killed_off_and_fans_on_the_pitch_are_no_violence(pipeline: Pipeline) -> None:
    text = (
        "Celtic killed off the tie in the second half, and hundreds of fans stormed onto the pitch."
    )
    assert readings(pipeline, text) == []


# A kind of committee or camp


def test_a_strike_committee_is_no_second_strike(pipeline: Pipeline) -> None:
    text = (
        "Bus drivers went on strike in Lagos on Monday. On Wednesday the governor met the "
        "strike committee."
    )
    strikes = [r for r in readings(pipeline, text) if r[1:] == ("protest", "strike")]
    assert len(strikes) == 1


def test_a_displacement_camp_shelled_is_no_displacement(pipeline: Pipeline) -> None:
    text = "Rebel artillery shelled the Kanyaruchinya displacement camp on Friday."
    assert _labels(pipeline, text) == {"battle/shelling"}


def test_moving_to_the_hills_every_summer_is_a_habit(pipeline: Pipeline) -> None:
    text = "The family moved to the hills every August."
    assert readings(pipeline, text) == []


def test_volunteers_invading_a_park_with_litter_pickers_is_no_offensive(pipeline: Pipeline) -> None:
    text = "Volunteers invaded the park on Sunday with litter pickers and bin bags."
    assert readings(pipeline, text) == []


def test_blaming_the_rebels_accuses_them(pipeline: Pipeline) -> None:
    text = "The interior ministry blamed the rebels."
    assert _labels(pipeline, text) == {"statement/accusation"}
