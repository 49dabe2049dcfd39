"""Event arguments on unseen kinds of text (issue #6, tenth round): the side that owns
an armed body, councils and courts that act, a named event's own clause, days that are
no targets, towns that are where rather than what was hit, and buildings hit by name."""

from __future__ import annotations

import pytest

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        ("Idi Amin's soldiers burned the village of Kiboga in 1977.", "burned", "Idi Amin"),
        ("Muammar Gaddafi's forces shelled the rebel-held town of Ajdabiya.", "shelled", "Gaddafi"),
        (
            "In 1961 Fidel Castro's troops defeated the invaders at Playa Giron.",
            "defeated",
            "Castro",
        ),
        (
            "Jets of the Israeli Air Force bombed the airport of Beirut.",
            "bombed",
            "Israeli Air Force",
        ),
    ],
)
def test_the_owner_of_an_armed_body_is_the_side_that_acts(
    pipeline: Pipeline, text: str, trigger: str, side: str
) -> None:
    record = record_of(pipeline, text)
    agents = names_in(record, event_of(record, trigger), ("agent",))
    assert any(side in name for name in agents), agents


def test_a_body_named_more_closely_than_its_owner_acts_itself(pipeline: Pipeline) -> None:
    text = "In 1982 the Islamic Republic's security forces arrested hundreds of students in Tehran."
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, "arrested"), ("agent",)) == ["security forces"]


def test_councils_and_courts_martial_act(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "An army court-martial in Lagos convicted General Oladipo Diya of treason in 1998. "
        "The city council of Lyon banned all marches in May.",
    )
    assert names_in(record, event_of(record, "convicted"), ("agent",)) == ["army court-martial"]
    assert names_in(record, event_of(record, "banned"), ("agent",)) == ["city council"]


def test_a_title_before_a_name_is_that_person(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The gunman Anders Breivik opened fire on teenagers at a camp.")
    agents = names_in(record, event_of(record, "opened"), ("agent",))
    assert any("Breivik" in name for name in agents), agents


def test_a_named_event_takes_its_doer_from_the_clause_that_tells_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The Sharpeville massacre took place on 21 March 1960, when South African police "
        "opened fire on a crowd of protesters.",
    )
    massacre = event_of(record, "massacre")
    assert names_in(record, massacre, ("agent",)) == ["South African police"]
    assert names_in(record, massacre, ("victim", "target")) == ["protesters"]


def test_a_holiday_in_an_on_phrase_is_when_not_what_was_hit(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Gunmen attacked a church in Kaduna on Palm Sunday.")
    attack = event_of(record, "attacked")
    assert names_in(record, attack, ("target", "victim")) == ["church"]
    assert attack.where is not None and attack.where.name == "Kaduna"


def test_a_town_marched_on_is_where_the_march_went(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "In 1930 thousands of peasants marched on Lima.")
    march = event_of(record, "marched")
    assert names_in(record, march, ("target", "victim")) == []
    assert march.where is not None and march.where.name == "Lima"


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        ("Police arrested thousands of suspects in Karachi.", "arrested", ["suspects"]),
        ("Soldiers shot dead several students in Rangoon.", "shot", ["students"]),
    ],
)
def test_victims_are_named_without_their_count(
    pipeline: Pipeline, text: str, trigger: str, victims: list[str]
) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, trigger), ("victim", "target")) == victims


def test_what_a_bomb_tore_through_is_its_target(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "In 1985 a bomb that tore through the Hilton Hotel in Athens killed six people."
    )
    bomb = event_of(record, "bomb")
    assert names_in(record, bomb, ("target", "victim")) == ["Hilton Hotel"]


def test_it_in_what_a_group_says_it_did_is_the_group(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "On Palm Sunday a bomb exploded outside St Mary's Church in Jos. "
        "Boko Haram said it had carried out the attack.",
    )
    bombing = event_of(record, "exploded")
    assert names_in(record, bombing, ("agent",)) == ["Boko Haram"]
    assert names_in(record, bombing, ("target",)) == ["St Mary's Church"]
