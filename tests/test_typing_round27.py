"""Event detection, round 27: acts told once, statements about them, and everyday words.

An attempt told with its failure ("tried to cross the ford but were beaten back") is one
attempted act. A statement that condemns or deplores an act already told names it again
and makes no second act (the gold mostly leaves the judgement itself out). A measure
that stops a kind of act ("a moratorium on shelling") names none done, and a film about
a coup tells no coup. A recipe's or a game's steps, a choir taking over a hall, a name
such as "the War Office", a power ("players can execute traitors") and a civil court's
award of damages tell no political event. Civilians streaming over a border flee; a
state that halts arms deliveries withdraws its support; men shot just after a death
sentence are executed.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def _labels(pipeline: Pipeline, text: str) -> list[str]:
    return [f"{kind}/{subtype}" for _, kind, subtype in readings(pipeline, text)]


def _triggers(pipeline: Pipeline, text: str) -> list[str]:
    return [trigger for trigger, _, _ in readings(pipeline, text)]


# One attempted act, and the body that reports it


def test_an_attempt_beaten_back_is_one_act(pipeline: Pipeline) -> None:
    text = (
        "Rebel columns tried three times to cross the ford at Kassala but were beaten back "
        "by the garrison."
    )
    assert _triggers(pipeline, text) == ["cross"]


def test_a_ministry_named_for_war_tells_no_war(pipeline: Pipeline) -> None:
    text = "The War Office said on Monday that two battalions had been sent to Aden."
    assert "War Office" not in _triggers(pipeline, text)


# Statements about an act already told


def test_condemning_the_shelling_told_before_is_no_second_shelling(pipeline: Pipeline) -> None:
    text = (
        "Artillery shelled the market in Gori on Tuesday. The Council of Europe condemned "
        "the shelling the next morning."
    )
    assert _labels(pipeline, text) == ["battle/shelling"]


def test_deploring_a_massacre_told_with_its_place_tells_it(pipeline: Pipeline) -> None:
    text = "The bishops deplored the massacre at Kibeho, in which hundreds of refugees died."
    assert _labels(pipeline, text) == ["repression/massacre"]


def test_a_tribunal_that_condemns_men_makes_no_statement(pipeline: Pipeline) -> None:
    text = "A military tribunal at Kaunas condemned the strike leaders in 1927."
    assert "statement/accusation" not in _labels(pipeline, text)


def test_a_moratorium_on_air_raids_is_a_ceasefire_and_no_raid(pipeline: Pipeline) -> None:
    text = "Iran and Iraq accepted a moratorium on air raids against cities in 1985."
    assert _labels(pipeline, text) == ["agreement/ceasefire"]


def test_a_moratorium_hung_on_the_verb_still_tells_no_attack(pipeline: Pipeline) -> None:
    text = "Both sides agreed to a moratorium on attacks against shipping in the Gulf."
    assert "battle/clash" not in _labels(pipeline, text)


def test_a_ban_on_shelling_tells_no_shelling(pipeline: Pipeline) -> None:
    text = "The two armies accepted a ban on shelling near Tskhinvali on Friday."
    assert "battle/shelling" not in _labels(pipeline, text)


# People on the move, and support stopped


def test_civilians_streaming_over_the_border_are_displaced(pipeline: Pipeline) -> None:
    text = "Thousands of Somali civilians streamed across the border into Kenya in March 1992."
    assert _labels(pipeline, text) == ["relocation/displacement"]


def test_commuters_streaming_into_a_station_are_not(pipeline: Pipeline) -> None:
    text = "Thousands of commuters streamed into Waterloo station on Monday morning."
    assert _labels(pipeline, text) == []


def test_victims_shot_as_they_fled_make_one_attack(pipeline: Pipeline) -> None:
    text = "Gunmen raided the market in Bama on Friday, shooting traders as they fled."
    assert "relocation/displacement" not in _labels(pipeline, text)
    assert "relocation/exile" not in _labels(pipeline, text)


def test_residents_fleeing_while_troops_fight_are_displaced(pipeline: Pipeline) -> None:
    text = "Troops battled rebels in Kidal for a second day as residents fled the town."
    assert "relocation/displacement" in _labels(pipeline, text)


def test_halting_arms_deliveries_withdraws_support(pipeline: Pipeline) -> None:
    text = "In 1977 Moscow halted arms deliveries to Mogadishu."
    assert _labels(pipeline, text) == ["support/withdrawal_of_support"]


# Everyday words


def test_a_recipe_step_tells_no_massacre(pipeline: Pipeline) -> None:
    text = "Roast the peppers, then slaughter the parsley and scatter it over the dish."
    assert _labels(pipeline, text) == []


def test_what_a_game_lets_players_do_is_no_execution(pipeline: Pipeline) -> None:
    text = "In the expansion players can execute rebels and bomb enemy harbours."
    assert _labels(pipeline, text) == []


def test_a_killing_that_may_have_happened_is_still_told(pipeline: Pipeline) -> None:
    text = "Witnesses said soldiers may have shot as many as 40 villagers near Tora in May."
    assert _labels(pipeline, text) != []


def test_a_documentary_about_a_coup_tells_no_coup(pipeline: Pipeline) -> None:
    text = "The channel broadcast a documentary about a coup in a small island republic."
    assert _labels(pipeline, text) == []


def test_a_choir_invading_a_hall_is_a_performance(pipeline: Pipeline) -> None:
    text = "A gospel choir invaded the departure hall at Schiphol for a surprise concert."
    assert _labels(pipeline, text) == []


def test_a_civil_court_ordering_damages_passes_no_sentence(pipeline: Pipeline) -> None:
    text = (
        "A tribunal in Antwerp sentenced the ferry operator to pay damages to the owners "
        "of the lost containers."
    )
    assert _labels(pipeline, text) == []


def test_a_criminal_sentence_still_counts(pipeline: Pipeline) -> None:
    text = "A court in Ankara sentenced the editor to six years in prison on charges of espionage."
    assert _labels(pipeline, text) == ["legal/sentence"]


# From the air


def test_a_bombing_by_an_air_force_is_an_air_strike(pipeline: Pipeline) -> None:
    text = "The Sudanese air force's bombing of a market in Kauda killed 19 people in 2012."
    assert _labels(pipeline, text)[0] == "battle/air_strike"


def test_a_town_bombed_by_aircraft_suffers_an_air_strike(pipeline: Pipeline) -> None:
    text = "Durango was bombed by Italian aircraft on 31 March 1937."
    assert _labels(pipeline, text) == ["battle/air_strike"]


# A death sentence carried out


def test_whom_a_firing_squad_shoots_is_executed(pipeline: Pipeline) -> None:
    text = "At dawn a firing squad shot the three rebel commanders in the fortress of Kars."
    assert _labels(pipeline, text) == ["repression/execution"]


def test_men_shot_after_a_death_sentence_are_executed(pipeline: Pipeline) -> None:
    text = (
        "The insurgent leaders were sentenced to death by a military court. "
        "They were shot at dawn in the citadel of Santa Clara."
    )
    assert _labels(pipeline, text)[-1] == "repression/execution"
