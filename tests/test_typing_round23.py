"""Event detection and typing, round 23 (issue #6), each told in new words.

A pronoun's march through a place with nothing said of its cause is no demonstration,
nor a ceremony's or a game's entry an invasion; declaring the winner of an election is
the election's result, not a statement of its own; a rising against rule is a clash;
the state's men shooting many civilians commit a massacre; a pronoun that stands for an
agreement just told, signed, is a treaty; the police charging or beating people on a
march crack down on them.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_a_column_passing_through_a_town_is_no_protest(pipeline: Pipeline) -> None:
    text = "At first light they marched through Bapaume, or the rubble of it, and rested at noon."
    assert not [r for r in readings(pipeline, text) if r[1] == "protest"]


def test_a_march_through_a_town_for_a_cause_is_still_a_protest(pipeline: Pipeline) -> None:
    text = "They marched through the old town carrying banners against the new tax."
    assert [r for r in readings(pipeline, text) if r[1] == "protest"]


def test_graduates_entering_a_hall_invade_nothing(pipeline: Pipeline) -> None:
    text = "The graduates marched into the great hall for the ceremony."
    assert readings(pipeline, text) == []


def test_troops_marching_into_a_city_still_take_it(pipeline: Pipeline) -> None:
    text = "Prussian troops marched into Dresden in the autumn of 1756."
    assert ("marched into", "battle", "territory_seized") in readings(pipeline, text)


def test_declaring_an_election_winner_is_the_election(pipeline: Pipeline) -> None:
    text = "The retired judge was declared the winner of Malawi's presidential election on Monday."
    found = readings(pipeline, text)
    assert [r for r in found if r[1] == "election"]
    assert not [r for r in found if r[1] == "statement"]


def test_declaring_a_winner_with_no_election_named_is_an_announcement(
    pipeline: Pipeline,
) -> None:
    text = "The electoral board declared the opposition candidate the winner two days later."
    assert ("declared", "statement", "announcement") in readings(pipeline, text)


def test_a_rising_against_rule_is_a_clash(pipeline: Pipeline) -> None:
    text = "In 1896 the Shona rose against Company rule, killing scores of settlers."
    assert ("rose against", "battle", "clash") in readings(pipeline, text)


def test_troops_shooting_dozens_of_civilians_is_a_massacre(pipeline: Pipeline) -> None:
    text = "Government troops shot scores of villagers in the market square."
    assert ("shot", "repression", "massacre") in readings(pipeline, text)


def test_a_photographer_shooting_frames_is_no_attack(pipeline: Pipeline) -> None:
    text = "The photographer shot dozens of frames at the wedding."
    assert readings(pipeline, text) == []


def test_a_pronoun_for_a_treaty_signed_is_the_treaty(pipeline: Pipeline) -> None:
    text = (
        "The two kingdoms reached an armistice in the spring. It was formally signed at "
        "Vienna on 2 May."
    )
    assert ("signed", "agreement", "treaty") in readings(pipeline, text)


def test_a_painting_signed_is_no_treaty(pipeline: Pipeline) -> None:
    text = "The artist finished the portrait in May. It was signed in the lower corner."
    assert readings(pipeline, text) == []


def test_police_charging_people_on_a_march_crack_down(pipeline: Pipeline) -> None:
    text = "Mounted police charged dockers marching to the harbour office."
    found = readings(pipeline, text)
    assert ("charged", "repression", "crackdown") in found
    assert ("marching", "protest", "demonstration") in found


def test_police_beating_people_on_a_march_crack_down(pipeline: Pipeline) -> None:
    text = "Riot police beat nurses marching to the health ministry."
    assert ("beat", "repression", "crackdown") in readings(pipeline, text)


def test_a_team_beaten_on_its_march_to_a_title_is_no_event(pipeline: Pipeline) -> None:
    text = "The champions beat a side marching towards the league title."
    assert readings(pipeline, text) == []


def test_a_wage_agreement_signed_is_no_treaty(pipeline: Pipeline) -> None:
    text = "The bakery and its staff settled on a wage agreement. It was signed on Monday."
    assert not [r for r in readings(pipeline, text) if r[0] == "signed"]


def test_fans_beating_drums_on_the_way_to_a_match_crack_down_on_nobody(
    pipeline: Pipeline,
) -> None:
    text = "Supporters beat drums marching to the stadium."
    assert not [r for r in readings(pipeline, text) if r[1] == "repression"]
