"""Event arguments on unseen kinds of text (issue #6, ninth round): the side behind a
machine of war, "the town" named before, unnamed things hit, dates of a ranking,
the country a text is about, and denials."""

from __future__ import annotations

import datetime as dt

import pytest

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        (
            "Egyptian warplanes struck Islamic State positions in Derna on 16 February 2015.",
            "struck",
            "Egypt",
        ),
        ("Israeli aircraft bombed a compound near Tunis on 1 October 1985.", "bombed", "Israel"),
        (
            "On 14 August 1937 Nationalist aircraft bombed the port of Gijon.",
            "bombed",
            "Nationalist",
        ),
        # a side's word opening its sentence, which the recogniser leaves untagged
        ("Nationalist aircraft had bombed the port the day before.", "bombed", "Nationalist"),
        ("Rebel artillery shelled the airport at Goma on 3 May 1998.", "shelled", "Rebel"),
    ],
)
def test_a_machine_of_war_acts_for_the_side_its_modifier_names(
    pipeline: Pipeline, text: str, trigger: str, side: str
) -> None:
    record = record_of(pipeline, text)
    assert side in names_in(record, event_of(record, trigger), ("agent",))


def test_a_light_verb_carries_what_a_siege_was_laid_to(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "In September 1529 Suleiman laid siege to Vienna.")
    assert names_in(record, event_of(record, "laid"), ("target",)) == ["Vienna"]


def test_the_town_refers_back_to_the_town_named_before(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Government troops entered Goma on 2 August 1998. "
        "Rebel artillery shelled the town on 5 August.",
    )
    shelling = event_of(record, "shelled")
    assert names_in(record, shelling, ("target",)) == ["Goma"]
    assert shelling.where is not None and shelling.where.name == "Goma"


def test_an_unnamed_building_is_the_target_but_not_the_place(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Separatists seized the presidential palace in Aden on 10 August 2019."
    )
    seized = event_of(record, "seized")
    assert names_in(record, seized, ("target",)) == ["presidential palace"]
    assert seized.where is not None and seized.where.name == "Aden"


def test_two_attacks_on_a_checkpoint_are_two_attacks(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen attacked a checkpoint near Quetta on 2 March 2020. "
        "On 4 March gunmen attacked a checkpoint near Turbat.",
    )
    assert len([e for e in record.events if e.trigger.text == "attacked"]) == 2


def test_the_date_a_ranking_counts_from_is_not_the_events(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Some 45,000 dockworkers walked off the job at ports from Maine to Texas on "
        "1 October 2024, the first coast-wide strike since 1977.",
    )
    strike = event_of(record, "walked")
    assert (strike.when.earliest, strike.when.latest) == (dt.date(2024, 10, 1),) * 2


def test_a_feast_day_is_when_not_where(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Suicide bombers struck three churches in Sri Lanka on Easter Sunday, 21 April 2019.",
    )
    bombing = event_of(record, "struck")
    assert bombing.where is not None and bombing.where.name == "Sri Lanka"
    assert "Easter Sunday" not in names_in(record, bombing, ("target", "victim"))


def test_a_country_told_only_by_its_adjective_is_not_where_the_text_is(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline, "Gunmen shot dead a magistrate on 3 May 2021, Indian officials said."
    )
    killing = event_of(record, "shot")
    assert killing.where is None or killing.where.name != "India"


def test_the_country_named_most_is_where_an_unplaced_event_is(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen shot dead a magistrate in Sri Lanka on 3 May 2021, Indian officials said."
        "\n\nPolice arrested two men on 5 May.",
    )
    arrest = event_of(record, "arrested")
    assert arrest.where is not None and arrest.where.name == "Sri Lanka"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Gunmen attacked a checkpoint near Quetta on 2 March 2020, killing five soldiers. "
            "The Baloch Liberation Front denied that it had carried out the attack.",
            "attack",
        ),
        (
            "A bomb exploded at a market in Quetta on 2 March 2020, killing five people. "
            "The Baloch Liberation Front denied claims that it was behind the attack.",
            "exploded",
        ),
    ],
)
def test_a_denial_never_makes_the_denier_the_doer(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    record = record_of(pipeline, text)
    for event in record.events:
        if event.subtype != "denial":
            assert not any("Baloch" in n for n in names_in(record, event, ("agent",)))


def test_a_blamed_group_stays_the_agent_as_coded_data_take_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A bomb exploded at a market in Quetta on 2 March 2020, killing five people. "
        "Police blamed the Baloch Liberation Front for the attack.",
    )
    agents = names_in(record, event_of(record, "exploded"), ("agent",))
    assert any("Baloch" in n for n in agents)


def test_the_sides_of_a_battle_are_its_doers(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Heavy fighting between the army and the rebels broke out near Goma in May 1998."
    )
    agents = names_in(record, event_of(record, "fighting"), ("agent",))
    assert {"army", "rebels"} <= set(agents)


def test_what_a_side_fights_with_is_no_side(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Rebels attacked the town of Goma on 3 May. The army answered with artillery fire.",
    )
    for event in record.events:
        assert not any("artillery" in n for n in names_in(record, event, ("agent", "target")))


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "A car bomb exploded outside the provincial police headquarters in Mardin on "
            "9 March 2015.",
            "exploded",
            "provincial police headquarters",
        ),
        ("Soldiers fired into the crowd in Oruro on 14 June 1932.", "fired", "crowd"),
        ("Rioters set fire to the market in Kano on 3 May 2004.", "set fire", "market"),
    ],
)
def test_a_violent_verb_hits_what_its_preposition_names(
    pipeline: Pipeline, text: str, trigger: str, target: str
) -> None:
    record = record_of(pipeline, text)
    assert target in names_in(record, event_of(record, trigger), ("target", "victim"))


def test_a_time_of_day_is_on_the_day_its_phrase_names(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "ZINDER, Niger, Feb. 10, 2022 — Gunmen attacked an army post outside Zinder before "
        "dawn on Tuesday.",
        dt.date(2022, 2, 10),
    )
    attack = event_of(record, "attacked")
    assert attack.when.earliest == dt.date(2022, 2, 8)
    assert "Zinder" not in names_in(record, attack, ("target",))
