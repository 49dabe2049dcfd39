"""Everyday text that tells no event of the ontology, round 24, each beside a true event
told with the same words.

Violent words are figures of speech when a game, a market or a flop is what they act on
("bombarded the goal", "captured the breakfast market", "the album bombed with fans"),
when a game's side does them in a sentence only games use ("fought off three set
points"), or when the result is told by a score ("went down to a 2-1 defeat"). A force of
nature is no doer ("a typhoon flattened villages, killing forty"), and people fleeing
where one is told flee a disaster, not a conflict. Animals are neither victims nor doers
("rangers shot an elephant", "wolves killed twenty sheep"). Fleeing a calling or a market
is no exile.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline

VIOLENT = ("attack", "battle", "repression")


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {kind for _, kind, _ in readings(pipeline, text)}


# Forces of nature


def test_lightning_killing_horses_is_no_attack(pipeline: Pipeline) -> None:
    text = "A bolt of lightning killed two horses in a paddock outside Tamworth on Saturday."
    assert readings(pipeline, text) == []


def test_a_typhoon_killing_villagers_is_no_attack(pipeline: Pipeline) -> None:
    text = "The typhoon flattened fishing villages along the coast, killing at least forty people."
    assert readings(pipeline, text) == []


def test_an_earthquake_killing_people_is_no_attack(pipeline: Pipeline) -> None:
    assert readings(pipeline, "An earthquake shook the capital on Monday, killing 12 people.") == []


def test_militants_attacking_during_a_storm_still_attack(pipeline: Pipeline) -> None:
    text = "During the storm, militants attacked a police post in Kunar, killing four officers."
    assert _types(pipeline, text) & set(VIOLENT)


def test_floods_forcing_people_from_home_are_no_displacement(pipeline: Pipeline) -> None:
    text = (
        "Floods forced thousands of residents from their homes in the delta, and soldiers "
        "evacuated a hospital."
    )
    assert readings(pipeline, text) == []


def test_flight_after_a_cyclone_told_before_is_no_exile(pipeline: Pipeline) -> None:
    text = (
        "The cyclone tore through Beira overnight. Thousands of families fled to schools and "
        "churches."
    )
    assert readings(pipeline, text) == []


def test_fighting_forcing_people_from_home_is_still_displacement(pipeline: Pipeline) -> None:
    text = (
        "Fighting between the army and rebels forced 20,000 people from their homes in North Kivu."
    )
    assert ("forced", "relocation", "displacement") in readings(pipeline, text)


def test_a_storm_of_protest_is_no_disaster_to_flee(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of people fled the city after the army shelled it; a storm of protest "
        "followed abroad."
    )
    assert "relocation" in _types(pipeline, text)


# Animals


def test_rangers_shooting_an_elephant_is_no_violence(pipeline: Pipeline) -> None:
    text = "Rangers shot an elephant that had trampled a farmer's crops near the park."
    assert readings(pipeline, text) == []


def test_wolves_killing_sheep_is_no_attack(pipeline: Pipeline) -> None:
    assert readings(pipeline, "A pack of wolves killed twenty sheep on a farm in the Alps.") == []


def test_slaughtering_a_count_of_pigs_is_no_massacre(pipeline: Pipeline) -> None:
    text = "Farmers slaughtered hundreds of pigs to stop the fever spreading."
    assert readings(pipeline, text) == []


def test_soldiers_shooting_a_bear_then_villagers_still_fire_on_them(pipeline: Pipeline) -> None:
    text = "Soldiers shot a bear and then opened fire on villagers who protested."
    assert [r for r in readings(pipeline, text) if r[0] == "opened fire" and r[1] in VIOLENT]


def test_gunmen_killing_a_farmer_and_stealing_cows_still_attack(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead a farmer and stole his cows near Jos."
    assert ("shot dead", "attack", "armed_assault") in readings(pipeline, text)


# Games


def test_a_score_before_a_win_is_a_game(pipeline: Pipeline) -> None:
    text = "The Broncos stormed to a 31-10 win over the Raiders on Sunday night."
    assert readings(pipeline, text) == []


def test_a_score_before_a_defeat_is_a_game(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The United went down to a 2-1 defeat at home.") == []


def test_fighting_off_set_points_is_no_battle(pipeline: Pipeline) -> None:
    text = "Nadal fought off three set points before taking the opening set in the semifinal."
    assert readings(pipeline, text) == []


def test_a_side_storming_ahead_is_no_attack(pipeline: Pipeline) -> None:
    text = "The Warriors' defence collapsed and the Rockets stormed ahead in the third quarter."
    assert readings(pipeline, text) == []


def test_a_bomb_at_a_semifinal_is_still_a_bombing(pipeline: Pipeline) -> None:
    text = "A bomb exploded at the stadium during the semifinal, killing three spectators."
    assert "attack" in _types(pipeline, text)


def test_a_striker_shot_dead_after_a_tournament_is_still_killed(pipeline: Pipeline) -> None:
    text = "The striker was shot dead outside a nightclub in Medellin days after the tournament."
    assert "attack" in _types(pipeline, text)


def test_police_firing_on_fans_after_a_match_is_still_violence(pipeline: Pipeline) -> None:
    text = "Police fired tear gas at fans who attacked the referee after the match in Cairo."
    assert _types(pipeline, text) & {"repression", "protest"}


# Figures of speech


def test_bombarding_the_goal_is_no_shelling(pipeline: Pipeline) -> None:
    text = "Arsenal's forwards bombarded the Chelsea goal in the final twenty minutes."
    assert readings(pipeline, text) == []


def test_capturing_or_invading_a_market_is_no_battle(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The bakery chain captured the city's breakfast market.") == []
    assert readings(pipeline, "The company invaded the European market with cheap bikes.") == []


def test_a_carmakers_assault_on_a_market_is_no_attack(pipeline: Pipeline) -> None:
    text = "The carmaker launched a blistering assault on the electric-car market last spring."
    assert readings(pipeline, text) == []


def test_gunmen_attacking_a_market_still_attack(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a crowded market in Maiduguri on Friday, killing nine traders."
    assert [r for r in readings(pipeline, text) if r[0] == "attacked" and r[1] in VIOLENT]


def test_an_assault_on_a_town_is_still_an_attack(pipeline: Pipeline) -> None:
    text = "Rebels launched an assault on the town of Kidal on 17 May."
    assert _types(pipeline, text) & set(VIOLENT)


def test_a_restaurant_besieged_by_diners_is_no_siege(pipeline: Pipeline) -> None:
    text = "The chef's new restaurant was besieged by diners on its opening night."
    assert readings(pipeline, text) == []


def test_a_flop_bombing_is_no_bombing(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The singer's second album bombed with fans and reviewers.") == []
    text = "The candidate bombed the televised interview, stumbling over basic questions."
    assert readings(pipeline, text) == []


def test_jets_bombing_a_town_are_still_bombing(pipeline: Pipeline) -> None:
    text = "Jets bombed the rebel-held town of Idlib on Tuesday."
    assert "battle" in _types(pipeline, text)


def test_a_thing_shooting_past_or_to_fame_is_no_shooting(pipeline: Pipeline) -> None:
    text = "The young goalkeeper shot to fame after saving three penalties in the shootout."
    assert readings(pipeline, text) == []


def test_fighting_a_losing_battle_is_no_clash(pipeline: Pipeline) -> None:
    text = "The senator fought a losing battle against the tobacco lobby for years."
    assert readings(pipeline, text) == []


def test_attacking_rules_is_no_attack(pipeline: Pipeline) -> None:
    text = "Lobbyists attacked the new emissions rules as unworkable."
    assert readings(pipeline, text) == []


def test_tourists_storming_a_museum_is_no_riot(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Tourists stormed the museum on its free opening day.") == []


def test_troops_storming_a_museum_is_still_an_assault(pipeline: Pipeline) -> None:
    text = "Troops stormed the national museum, where protesters had taken refuge."
    assert [r for r in readings(pipeline, text) if r[0] == "stormed"]


# Flights that are no exile


def test_fleeing_a_calling_is_no_exile(pipeline: Pipeline) -> None:
    text = "The lawyer fled the corporate world to teach yoga in Goa."
    assert readings(pipeline, text) == []


def test_traders_fleeing_to_gold_is_no_displacement(pipeline: Pipeline) -> None:
    text = "Oil prices jumped after the supply cut, and traders fled to gold."
    assert readings(pipeline, text) == []


def test_a_minister_fleeing_to_london_is_still_exile(pipeline: Pipeline) -> None:
    text = "The former minister fled to London after the coup in 1974."
    assert [r for r in readings(pipeline, text) if r[0] == "fled" and r[1] == "relocation"]


def test_a_side_named_after_an_animal_still_attacks(pipeline: Pipeline) -> None:
    text = "The Tigers attacked an army camp near Kilinochchi in 1996, killing 1,200 soldiers."
    assert [r for r in readings(pipeline, text) if r[0] == "attacked" and r[1] in VIOLENT]


def test_killing_cells_is_no_attack(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Researchers killed the tumour cells with a new drug.") == []


def test_short_sellers_attacking_a_stock_is_no_attack(pipeline: Pipeline) -> None:
    text = "Short sellers attacked the stock after the earnings miss, and it lost a third."
    assert readings(pipeline, text) == []


def test_hackers_raiding_a_database_is_no_raid(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The hackers raided the bank's customer database.") == []


def test_an_opera_that_bombed_is_no_bombing(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The opera bombed in Paris but triumphed in Milan.") == []


def test_a_company_exploding_onto_the_scene_is_no_bombing(pipeline: Pipeline) -> None:
    text = "The company exploded onto the scene in 2015 and now employs 4,000 people."
    assert readings(pipeline, text) == []


def test_a_car_exploding_at_a_checkpoint_is_still_a_bombing(pipeline: Pipeline) -> None:
    text = "A car packed with explosives exploded at an army checkpoint in Mosul, killing 12."
    assert "attack" in _types(pipeline, text)


def test_a_run_of_defeats_is_no_clash(pipeline: Pipeline) -> None:
    text = "The club sacked its manager after a run of seven defeats."
    assert readings(pipeline, text) == []


def test_doctors_fighting_to_save_a_life_is_no_clash(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Doctors fought to save the boy's life after the crash.") == []


def test_rebels_fighting_to_hold_a_bridge_still_clash(pipeline: Pipeline) -> None:
    text = "Rebels fought to hold the bridge at Arnhem for four days in September 1944."
    assert "battle" in _types(pipeline, text)


def test_nurses_marching_and_some_detained_keep_the_arrest(pipeline: Pipeline) -> None:
    text = "Some 200 nurses marched on the ministry on Monday, and twenty were detained."
    assert [r for r in readings(pipeline, text) if r[0] == "detained"]


def test_a_hurricane_named_is_a_force_of_nature(pipeline: Pipeline) -> None:
    text = (
        "Hurricane Katrina destroyed thousands of homes in New Orleans, and residents fled to "
        "Houston."
    )
    assert readings(pipeline, text) == []


def test_villagers_fleeing_floods_and_fighting_are_still_displaced(pipeline: Pipeline) -> None:
    text = "Villagers fled the floods and the fighting in Jonglei state."
    assert "relocation" in _types(pipeline, text)


# Accidents and other everyday words


def test_a_stampede_killing_people_is_no_attack(pipeline: Pipeline) -> None:
    text = "A stampede at a festival in Lagos killed 31 people on Saturday night."
    assert readings(pipeline, text) == []


def test_a_gas_explosion_is_no_bombing(pipeline: Pipeline) -> None:
    text = "A gas explosion destroyed an apartment block in the suburb of Kupchino."
    assert readings(pipeline, text) == []


def test_a_blast_of_radio_waves_is_no_bombing(pipeline: Pipeline) -> None:
    text = "Astronomers detected a blast of radio waves from a distant galaxy."
    assert readings(pipeline, text) == []


def test_a_blast_in_a_market_is_still_a_bombing(pipeline: Pipeline) -> None:
    text = "A blast ripped through the market in Peshawar, killing 40 people."
    assert _types(pipeline, text) & set(VIOLENT)


def test_an_athlete_banned_for_doping_is_no_repression(pipeline: Pipeline) -> None:
    text = "The athlete was banned for four years after testing positive for a steroid."
    assert readings(pipeline, text) == []


def test_a_junta_banning_a_party_is_still_a_ban(pipeline: Pipeline) -> None:
    text = "The junta banned the opposition party in 1990."
    assert ("banned", "repression", "ban") in readings(pipeline, text)
