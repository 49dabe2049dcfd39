"""Event typing and everyday text, round 26, each rule beside the true event it keeps.

Armed men who take power stage a coup; a council that hands power over changes leaders,
and a president who resigns and hands power over makes one change. A patrol that engages
an armed band fights it; a ministry that engages a law firm, or soldiers who had not
engaged, do not. A raid by the police's Special Branch cracks down; gendarmes firing at
no armed side police a crowd. A firing squad is the manner of the execution its verb
tells, not a second event; other means keep their own reading. A firm's board ousting
its founder is a company's life, a president sacking the head of a state company is not.
Everyday text: a heatwave or mosquitoes told with a light verb ("held the region
hostage", "launched their assault") are no doers of violence; a cold front invades
nothing; a myth exploded and a competition massacred are figures; shareholders who revolt
and vote against a bonus elect no one and fight no one; brothers splitting the proceeds
of a sale split no party; a goaltender bombarded with shots, bowlers laying siege to a
batting order and a side overrunning its hosts 29-13 play a game.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def _labels(pipeline: Pipeline, text: str) -> set[str]:
    return {f"{kind}/{subtype}" for _, kind, subtype in readings(pipeline, text)}


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {kind for _, kind, _ in readings(pipeline, text)}


# Power taken and handed over


def test_armed_forces_taking_power_is_a_coup(pipeline: Pipeline) -> None:
    text = "The armed forces took power in Lagos on 31 December 1983."
    assert "battle/offensive" in _labels(pipeline, text)


def test_a_party_taking_power_after_a_vote_changes_leaders(pipeline: Pipeline) -> None:
    text = "The Labour Party took power after the general election of July 1945."
    assert "battle/offensive" not in _labels(pipeline, text)


def test_a_council_handing_power_to_a_civilian_changes_leaders(pipeline: Pipeline) -> None:
    text = "In October 1979 the military council handed power to an elected civilian president."
    assert "organization/leadership" in _labels(pipeline, text)


def test_resigning_and_handing_power_over_is_one_change(pipeline: Pipeline) -> None:
    text = "The president resigned on Friday and handed power to the armed forces."
    assert [kind for _, kind, _ in readings(pipeline, text)] == ["organization"]


# Engaging an armed band


def test_a_patrol_engaging_an_armed_band_is_a_clash(pipeline: Pipeline) -> None:
    text = "On 4 June a police patrol engaged an armed band in the hills above Nyeri."
    assert "battle/clash" in _labels(pipeline, text)


def test_a_ministry_engaging_a_law_firm_is_no_clash(pipeline: Pipeline) -> None:
    text = "The ministry engaged a law firm in London to review the contract in 2019."
    assert "battle" not in _types(pipeline, text)


# The state's police


def test_a_raid_by_the_special_branch_is_a_crackdown(pipeline: Pipeline) -> None:
    text = "In May 1951 a raid on the union's offices was carried out by the Special Branch."
    assert "repression/crackdown" in _labels(pipeline, text)


def test_gendarmes_firing_at_no_armed_side_police_a_crowd(pipeline: Pipeline) -> None:
    text = "Gendarmes opened fire near the market hall in Kayes on Tuesday afternoon."
    assert _labels(pipeline, text) == {"repression/crackdown"}


def test_soldiers_who_had_not_engaged_fought_no_one(pipeline: Pipeline) -> None:
    text = "Villagers in Gubio said the soldiers had not engaged at all that night."
    assert "battle" not in _types(pipeline, text)


# A firing squad is a means


def test_shooting_that_cuts_power_by_seizing_control_stays_apart(pipeline: Pipeline) -> None:
    text = "Hackers cut power to 230,000 customers by seizing control of the dispatch systems."
    assert "battle/territory_seized" not in _labels(pipeline, text)


def test_shot_by_firing_squad_is_one_execution(pipeline: Pipeline) -> None:
    text = "The four mutineers were shot by firing squad at the fort in March 1916."
    assert [(kind, subtype) for _, kind, subtype in readings(pipeline, text)] == [
        ("repression", "execution")
    ]


# Everyday text


def test_a_heatwave_holding_a_region_hostage_takes_no_hostage(pipeline: Pipeline) -> None:
    text = "A heatwave held the Po valley hostage for a week, and farmers lost much of the maize."
    assert readings(pipeline, text) == []


def test_gunmen_holding_villagers_hostage_take_hostages(pipeline: Pipeline) -> None:
    text = "Gunmen held forty villagers hostage near Kaduna for a week in March."
    assert "attack/hostage_taking" in _labels(pipeline, text)


def test_mosquitoes_launching_an_assault_assault_no_one(pipeline: Pipeline) -> None:
    text = "Mosquitoes launched their yearly assault on the riverside camps in late June."
    assert readings(pipeline, text) == []


def test_a_cold_front_invades_nothing(pipeline: Pipeline) -> None:
    text = "A cold front invaded the southern valleys overnight, and snow closed two passes."
    assert readings(pipeline, text) == []


def test_an_exhibition_exploding_a_myth_is_a_figure(pipeline: Pipeline) -> None:
    text = "The museum's show explodes the myth that medieval peasants never travelled."
    assert readings(pipeline, text) == []


def test_a_film_massacring_its_competition_is_a_figure(pipeline: Pipeline) -> None:
    text = "The animated sequel massacred its competition at the box office over the holiday."
    assert readings(pipeline, text) == []


def test_shareholders_voting_against_a_bonus_elect_no_one(pipeline: Pipeline) -> None:
    text = (
        "Shareholders revolted at the miner's annual meeting, voting against the bonus of "
        "its chairman."
    )
    assert readings(pipeline, text) == []


def test_splitting_the_proceeds_of_a_sale_splits_no_party(pipeline: Pipeline) -> None:
    text = "The two brothers agreed to split the proceeds of the farm's sale equally."
    assert "organization" not in _types(pipeline, text)


def test_a_party_splitting_is_a_split(pipeline: Pipeline) -> None:
    text = "The Social Democratic Party split in 1917 over support for the war."
    assert "organization/split" in _labels(pipeline, text)


def test_a_goaltender_bombarded_with_shots_plays_a_game(pipeline: Pipeline) -> None:
    text = "The Bruins' goaltender was bombarded with 41 shots but Boston won in overtime."
    assert readings(pipeline, text) == []


def test_bowlers_laying_siege_to_a_batting_order_play_a_game(pipeline: Pipeline) -> None:
    text = "Kent's bowlers laid siege to the Surrey batting order throughout the morning."
    assert readings(pipeline, text) == []


def test_a_side_overrunning_its_hosts_by_a_score_plays_a_game(pipeline: Pipeline) -> None:
    text = "Samoa's pack dominated after the break, and the islanders overran their hosts 29-13."
    assert readings(pipeline, text) == []


def test_a_firms_board_ousting_its_founder_is_no_political_change(pipeline: Pipeline) -> None:
    text = "The board ousted the founder as chief executive after a row with the firm's investors."
    assert "organization" not in _types(pipeline, text)


def test_a_president_sacking_a_state_company_head_changes_leaders(pipeline: Pipeline) -> None:
    text = "The president sacked the head of the state mining company on Tuesday evening."
    assert "organization/leadership" in _labels(pipeline, text)
