"""Where an act was when the text locates its place by another (round 27c).

"the village of Oradour, near Limoges", "Kimbo, east of Goma": the act was in the village,
whether or not a gazetteer knows it; the town after "near" or a compass word only says
where the village lies, and is no place of the act, nor of the acts told after it. A
village that is not named ("a village near Goma") leaves the town as where.
"""

from __future__ import annotations

from event_runs import event_of, record_of
from historiograph.pipeline import Pipeline


def test_a_village_located_east_of_a_town_is_where_the_attack_was(pipeline: Pipeline) -> None:
    text = "Rebels attacked the village of Kimbo, east of Goma, on Tuesday and burned 40 houses."
    record = record_of(pipeline, text, "2012-03-10")
    for word in ("attacked", "burned"):
        where = event_of(record, word).where
        assert where is not None and where.name == "Kimbo"


def test_the_acts_after_a_village_near_a_town_are_in_the_village(pipeline: Pipeline) -> None:
    text = (
        "On 10 June 1944 soldiers surrounded the village of Oradour-sur-Glane, near "
        "Limoges. They shot the men in barns and burned the women in the church."
    )
    shooting = event_of(record_of(pipeline, text, "1944-06-12"), "shot")
    assert shooting.where is None or shooting.where.name != "Limoges"


def test_a_town_named_near_an_unknown_place_is_not_where(pipeline: Pipeline) -> None:
    text = "German soldiers massacred 642 villagers at Oradour, near Limoges."
    massacre = event_of(record_of(pipeline, text, "1944-06-12"), "massacred")
    assert massacre.where is None or massacre.where.name != "Limoges"


def test_a_village_not_named_leaves_the_town_near_it_as_where(pipeline: Pipeline) -> None:
    text = "Gunmen killed five people in a village near Goma on Sunday."
    killing = event_of(record_of(pipeline, text, "2012-03-10"), "killed")
    assert killing.where is not None and killing.where.name == "Goma"


def test_a_town_near_a_river_is_where_on_the_river(pipeline: Pipeline) -> None:
    text = "Armed youths opened fire on a barge on the Nile near Shambe on Saturday."
    shooting = event_of(record_of(pipeline, text, "2023-08-08"), "opened fire")
    assert shooting.where is not None and shooting.where.name == "Shambe"


def test_a_place_told_as_a_village_near_a_town_is_where(pipeline: Pipeline) -> None:
    text = "Gunmen killed 12 farmers in Dogo Nahawa, a small village south of Jos, on Sunday."
    killing = event_of(record_of(pipeline, text, "2010-03-10"), "killed")
    assert killing.where is not None and killing.where.name == "Dogo Nahawa"
