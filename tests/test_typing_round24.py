"""Event detection and typing, round 24, each told in new words.

A side that storms back or beats another in a game attacks no one, and neither does
someone fleeing a van or fans marching to a ground; an army owning an act
(acknowledging or admitting it) claims responsibility, and what it says the act aimed
at is the same act retold; a navy guarding another country's convoys backs that
country; backing a bill is no support of anyone, and calling for a review is an
announcement; a killing after a clause of what went on meanwhile ("as shoppers
gathered") is the main act's toll, not the gatherers' act.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline

VIOLENT = ("attack", "battle", "repression")


def test_a_comeback_to_a_winning_score_is_no_attack(pipeline: Pipeline) -> None:
    text = "The Falcons stormed back from 21 points down to beat the Saints 31-28 on Sunday."
    assert readings(pipeline, text) == []


def test_storming_to_victory_in_a_final_is_no_attack(pipeline: Pipeline) -> None:
    text = "The Rovers stormed to victory in the cup final."
    assert readings(pipeline, text) == []


def test_storming_a_fortress_is_still_an_assault(pipeline: Pipeline) -> None:
    text = "Spanish troops stormed the fortress of Maastricht in 1579."
    assert [r for r in readings(pipeline, text) if r[1] == "battle"]


def test_one_named_side_beating_another_is_a_game(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The Lakers beat the Celtics.") == []


def test_militiamen_beating_villagers_is_still_violence(pipeline: Pipeline) -> None:
    text = "Militiamen beat the villagers with rifle butts."
    assert [r for r in readings(pipeline, text) if r[0] == "beat" and r[1] in VIOLENT]


def test_a_score_over_a_day_range_is_no_game(pipeline: Pipeline) -> None:
    text = "Rebels attacked the garrison on 3-4 March, killing 12 soldiers."
    assert [r for r in readings(pipeline, text) if r[0] == "attacked"]


def test_a_range_of_dead_is_no_score(pipeline: Pipeline) -> None:
    text = "Gunmen attacked the bus near the market, killing 3-4."
    assert [r for r in readings(pipeline, text) if r[0] == "attacked"]


def test_fleeing_a_van_is_no_exile(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The driver fled from the van after the crash.") == []


def test_fleeing_by_car_is_still_a_flight(pipeline: Pipeline) -> None:
    text = "The governor fled by car to the border that night."
    assert [r for r in readings(pipeline, text) if r[1] == "relocation"]


def test_a_people_fleeing_abroad_still_moves(pipeline: Pipeline) -> None:
    text = "Thousands of Armenians fled to Syria in 1915."
    assert [r for r in readings(pipeline, text) if r[1] == "relocation"]


def test_fans_marching_to_the_ground_is_no_protest(pipeline: Pipeline) -> None:
    text = "Hundreds of fans marched through the town centre to the ground."
    assert readings(pipeline, text) == []


def test_students_marching_with_demands_still_protest(pipeline: Pipeline) -> None:
    text = "Students marched to the ministry demanding lower fees."
    assert ("marched", "protest", "demonstration") in readings(pipeline, text)


def test_acknowledging_an_ambush_claims_it_and_its_aim_is_no_new_act(
    pipeline: Pipeline,
) -> None:
    text = (
        "The insurgents acknowledged the ambush in a statement, saying their fighters "
        "had targeted an army patrol."
    )
    found = readings(pipeline, text)
    assert ("acknowledged", "statement", "claim_of_responsibility") in found
    assert not [r for r in found if r[0] == "targeted"]


def test_an_army_admitting_its_own_men_shot_people_claims_it(pipeline: Pipeline) -> None:
    text = "The navy admitted that its sailors had shot two fishermen near the reef."
    found = readings(pipeline, text)
    assert ("admitted", "statement", "claim_of_responsibility") in found
    assert [r for r in found if r[0] == "shot" and r[1] in VIOLENT]


def test_admitting_a_misdeed_of_business_claims_nothing(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The bank admitted it had misled its customers.") == []


def test_an_official_admitting_what_soldiers_did_owns_nothing(pipeline: Pipeline) -> None:
    text = "A local official admitted that soldiers had burned the houses."
    assert not [r for r in readings(pipeline, text) if r[1] == "statement"]


def test_admitting_defeat_claims_no_act(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The government admitted defeat in the vote.") == []


def test_a_minister_acknowledging_protests_owns_none(pipeline: Pipeline) -> None:
    text = "The minister acknowledged the protests in a speech."
    assert not [r for r in readings(pipeline, text) if r[1] == "statement"]


def test_escorting_another_countrys_convoys_is_military_support(pipeline: Pipeline) -> None:
    text = "From 1940 the Royal Navy escorted Greek convoys across the Aegean."
    assert ("escorted", "support", "military_support") in readings(pipeline, text)


def test_police_escorting_a_convoy_back_no_one(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Police escorted the convoy of lorries to the port.") == []


def test_backing_a_budget_is_no_support_and_calling_for_a_review_announces(
    pipeline: Pipeline,
) -> None:
    text = "The governor, who had backed the budget, called for a review of the tax code."
    found = readings(pipeline, text)
    assert not [r for r in found if r[1] == "support"]
    assert ("called for", "statement", "announcement") in found


def test_backing_an_armed_side_is_still_support(pipeline: Pipeline) -> None:
    text = "Moscow backed the separatists with weapons and volunteers."
    assert [r for r in readings(pipeline, text) if r[1] == "support"]


def test_calling_for_calm_or_an_inquiry_announces_nothing(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The mayor called for calm after the storm.") == []
    assert readings(pipeline, "Rights groups called for an independent inquiry.") == []


def test_a_killing_after_a_meanwhile_clause_is_the_main_acts_toll(pipeline: Pipeline) -> None:
    text = "Gunboats shelled the harbour while dockers unloaded the ships, killing nine men."
    found = readings(pipeline, text)
    assert [r for r in found if r[0] == "shelled"]
    assert not [r for r in found if r[0] == "killing"]


def test_a_torpedoed_steamer_is_a_naval_attack(pipeline: Pipeline) -> None:
    text = "A U-boat torpedoed the steamer off the Irish coast."
    assert ("torpedoed", "battle", "clash") in readings(pipeline, text)


def test_torpedoing_talks_is_no_attack(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The minister torpedoed the peace talks.") == []


def test_everyday_words_of_violence_tell_no_event(pipeline: Pipeline) -> None:
    for text in (
        "The musical bombed on Broadway.",
        "The twins raided the pantry before dinner.",
        "Supporters invaded the pitch at the final whistle.",
        "The senate killed the measure in committee.",
        "Collectors shelled out millions for the paintings.",
        "Our team defeated the visitors in the cup final.",
        "Shoppers stormed the outlet for the January sales.",
        "The leaders were ambushed by a late equaliser.",
        "The winger fired the ball into the net.",
        "Investors fled the bond market after the announcement.",
        "Hackers attacked the ministry's servers overnight.",
        "The two airlines fought a bitter price war all summer.",
        "The startup conquered the European market within five years.",
        "Rovers besieged the home goal in the closing minutes.",
        "The challengers attacked the governor in the televised debate.",
        "The Nets shot 52 percent from the field.",
    ):
        assert readings(pipeline, text) == [], text


def test_the_same_words_still_tell_violence(pipeline: Pipeline) -> None:
    for text, trigger in (
        ("Bombers bombed the film studio at night.", "bombed"),
        ("Troops raided the farmhouse at dawn.", "raided"),
        ("Germany invaded Norway in April 1940.", "invaded"),
        ("Gunmen killed Bill Okafor, a law student, in Enugu.", "killed"),
        ("Insurgents ambushed an army patrol near the river.", "ambushed"),
        ("Troops fired into the crowd outside the station.", "fired"),
        ("Rebels fought government troops near the airport.", "fought"),
        ("The Ottomans besieged Vienna in 1683.", "besieged"),
        ("The Mongols conquered Baghdad in 1258.", "conquered"),
    ):
        found = readings(pipeline, text)
        assert [r for r in found if r[0] == trigger and r[1] in VIOLENT], text


def test_the_states_men_shooting_at_a_car_crack_down_and_fight_no_one(
    pipeline: Pipeline,
) -> None:
    text = "Constables fired several rounds at the taxi as it drove off."
    found = readings(pipeline, text)
    assert ("fired", "repression", "crackdown") in found
    assert not [r for r in found if r[1] == "battle"]


def test_troops_firing_on_a_rebel_truck_still_fight(pipeline: Pipeline) -> None:
    text = "Troops fired on a rebel truck near the border."
    assert [r for r in readings(pipeline, text) if r[1] == "battle"]


def test_villagers_fleeing_the_fighting_are_not_its_rioters(pipeline: Pipeline) -> None:
    text = "Hundreds of villagers fled the fighting to the hills."
    assert not [r for r in readings(pipeline, text) if r[1] == "protest"]
