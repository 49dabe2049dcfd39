"""Event detection on fresh gold detect15 and the failure kinds of the lead's unseen set
(issue #6), in new words.

Missed acts: people shot in an agentless passive; people who vanish; people driven out
into the wilds; a garrison put to the sword; an armed post surprised; a citadel stormed;
people hunted down, picked up, or thrown into prison. False events: a suicide ("shot
himself"); a document a trigger word only describes ("an eviction notice"); an act a
denial says its speaker did not do ("denied shelling ..."), which is the denial's
content; a coup that a charge says someone plotted, which did not take place.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_people_shot_in_an_agentless_passive_are_attacked(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Two bailiffs were shot and wounded outside the courthouse late on Tuesday."
    )
    assert ("shot", "attack", "armed_assault") in found


def test_people_who_vanished_disappeared(pipeline: Pipeline) -> None:
    found = readings(pipeline, "By the spring three of his fellow students had vanished.")
    assert found == [("vanished", "repression", "disappearance")]


def test_a_thing_that_vanished_is_no_disappearance(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The manuscript vanished from the archive in 1941.") == []


def test_people_driven_out_of_their_valley_are_expelled(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The militia drove the villagers out of the valley.")
    assert found == [("drove", "relocation", "expulsion")]


def test_survivors_driven_into_the_desert_are_expelled(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The survivors were driven into the desert.")
    assert found == [("driven", "relocation", "expulsion")]


def test_invaders_driven_out_are_fought_not_expelled(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The partisans drove the invaders out of the province.")
    assert not any(kind == "relocation" for _, kind, _ in found)


def test_a_car_driven_into_a_river_is_no_event(pipeline: Pipeline) -> None:
    assert readings(pipeline, "He drove the car into the river.") == []


def test_a_garrison_put_to_the_sword_is_massacred(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The Mongols put the garrison to the sword.")
    assert [kind for _, kind, _ in found] == ["repression"]
    assert found[0][2] == "massacre"


def test_hussars_surprising_a_picket_attack_it(pipeline: Pipeline) -> None:
    found = readings(pipeline, "A troop of hussars surprised the enemy picket at dawn.")
    assert found == [("surprised", "attack", "armed_assault")]


def test_a_verdict_surprising_a_defendant_is_no_event(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The verdict surprised the defendant.") == []


def test_a_citadel_stormed_is_taken_in_battle(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The grenadiers stormed the citadel after a week of bombardment.")
    assert ("stormed", "battle", "territory_seized") in found


def test_men_hunted_down_after_an_escape(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Vigilantes hunted down the men who had escaped from the jail.")
    assert ("hunted down", "repression", "crackdown") in found


def test_student_leaders_picked_up_by_police_are_arrested(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Plain-clothes police picked up four student leaders in the night.")
    assert found == [("picked up", "repression", "arrest")]


def test_pieces_picked_up_are_no_arrest(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The volunteers picked up the pieces after the storm.") == []


def test_editors_thrown_into_prison_are_jailed(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The editors were thrown into prison.")
    assert ("thrown into prison", "repression", "arrest") in found
    # arrested and thrown into prison: one custody, told in two steps
    found = readings(pipeline, "The prefect had the editors arrested and thrown into prison.")
    assert [(kind, sub) for _, kind, sub in found] == [("repression", "arrest")]


def test_a_man_who_shot_himself_is_no_attack(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The bandit leader shot himself rather than surrender.") == []


def test_an_eviction_notice_tells_no_eviction(pipeline: Pipeline) -> None:
    found = readings(pipeline, "A bailiff was assaulted while delivering an eviction notice.")
    assert [kind for _, kind, _ in found] == ["attack"]


def test_an_act_denied_is_the_denials_content(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The ministry has denied shelling residential areas.")
    assert found == [("denied", "statement", "denial")]


def test_a_coup_the_generals_are_accused_of_plotting_is_no_coup(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The prime minister accused the generals of plotting a coup.")
    assert found == [("accused", "statement", "accusation")]


def test_a_foiled_plot_keeps_its_act(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Police said they had foiled a plot to bomb the central station.")
    assert ("bomb", "attack", "bombing") in found
