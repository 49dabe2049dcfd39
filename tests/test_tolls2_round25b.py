"""Counting the dead right (round 25b): a victim's own people killed with him, a range
whose counted noun follows an adjective, figures listed with words between them, and
plantation hands as people."""

from __future__ import annotations

from event_runs import event_told_by, figure_property, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_a_count_of_the_victims_own_people_killed_with_him_adds_him(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "The planter was hacked to death at his bungalow near Kandy, together with three "
        "of his watchmen.",
    )
    assert toll_of(event_told_by(record, "hacked")) == (4, 4)


def test_a_count_with_a_weapon_after_with_adds_no_one(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen killed the magistrate with two grenades outside the court in Peshawar.",
    )
    assert toll_of(event_told_by(record, "killed")) == (1, 1)


def test_a_range_before_an_adjective_and_its_noun_keeps_both_ends(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "On 12 March 1964 troops killed between 38 and 45 unarmed inmates.",
    )
    assert toll_of(event_told_by(record, "killed")) == (38, 45)


def test_figures_listed_with_words_between_them_add_up(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Four soldiers of the garrison and two civilians were killed when insurgents "
        "shelled the fort at Kalat.",
    )
    assert toll_of(event_told_by(record, "shelled")) == (6, 6)


def test_rubber_tappers_shot_down_are_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Estate police shot down twenty-four unarmed tappers at Kampong Baru.",
    )
    assert figure_property(record, "twenty-four") == "fatalities"


def test_a_side_counted_at_least_keeps_the_high_above_the_low(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The royal cavalry routed the rebels at Sedgefield, killing 400 of them against at "
        "least six of its own troopers.",
    )
    assert toll_of(event_told_by(record, "routed")) == (406, 406)
