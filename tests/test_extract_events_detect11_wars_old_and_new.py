"""Event detection on constructions fresh gold found missed (issue #6, round 3).

A hyphenated event noun, fighting said to go on, an army on the losing side of a
passive, an advance "upon" a town, a rising against a ruler named with a title, an old
way of putting a captive to death, a body abolished, and a diplomatic protest note.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_a_hyphenated_event_noun_is_one_word(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The rebels mounted a counter-attack near Kindu on Tuesday.")
    assert ("counter-attack", "battle", "clash") in found


def test_fighting_that_goes_on_is_taking_place(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Fierce fighting continued for a second day around the airport.")
    assert [(t, kind) for t, kind, _ in found] == [("fighting", "battle")]


def test_an_army_routed_was_fought(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The rebel army was routed at the river crossing in 1847.")
    assert [(t, kind) for t, kind, _ in found] == [("routed", "battle")]


def test_a_team_routed_is_no_battle(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The visiting team was routed at the stadium in 1987.") == []


def test_marching_upon_a_city_is_an_offensive(pipeline: Pipeline) -> None:
    found = readings(pipeline, "In 1529 the Sultan marched upon Buda with his horsemen.")
    assert [(t, kind, sub) for t, kind, sub in found] == [("marched upon", "battle", "offensive")]


def test_rising_against_a_titled_ruler_is_a_rebellion(pipeline: Pipeline) -> None:
    found = readings(pipeline, "In 1905 the sailors rose against Tsar Nicholas at Odessa.")
    assert [(t, kind) for t, kind, _ in found] == [("rose against", "battle")]


def test_captives_strangled_were_executed(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The two rebels were strangled in the fortress in 1622.")
    assert [(t, kind, sub) for t, kind, sub in found] == [("strangled", "repression", "execution")]


def test_a_body_abolished_is_banned(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The new regime abolished the party in May 1933.")
    assert [(t, kind, sub) for t, kind, sub in found] == [("abolished", "repression", "ban")]


def test_a_practice_abolished_is_no_ban(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The assembly abolished the death penalty in 1981.") == []


def test_a_protest_note_is_a_complaint_not_a_demonstration(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The Foreign Ministry handed the envoy a protest note on Monday.")
    assert [(t, kind) for t, kind, _ in found] == [("protest note", "statement")]
