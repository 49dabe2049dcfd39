"""Round 27: strategic developments, who took a town, and which event a note is about.

ACLED's current scheme codes a bomb found and defused as "Disrupted weapons use", houses
burned with no one hurt as "Looting/property destruction" and a town that changed hands
without fighting as a "Non-violent transfer of territory"; a town a named rebel army
overran is a non-state actor's, though its name holds "Army". Aircraft that strike are an
air strike, police who clash with activists meet a riot, and gunmen who kill an official
attack a civilian. A note's row is its act, not the coalition its doers belong to nor an
earlier blast it recalls. The fresh gold ``tests/gold/coded20-acled.csv`` is in the
current scheme, from countries and event kinds the older coded gold has little of.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from historiograph.evaluate.coded import actor_matches, coded_rows, main_event, read_actor
from historiograph.export import acled
from historiograph.export.account import Account
from historiograph.pipeline import Pipeline
from historiograph.record import Document, Entity
from historiograph.resolve import KnowledgeBase

GOLD = Path(__file__).parent / "gold" / "coded20-acled.csv"


def _code(pipeline: Pipeline, text: str) -> tuple[str, str | None]:
    """The ACLED code the export gives the note's main event."""
    (record,) = pipeline.process([Document(id="d", text=text)])
    event = main_event(record)
    assert event is not None
    mapping = acled.event_code(Account(record, event))
    assert mapping is not None
    return mapping.event_type, mapping.sub_event_type


def test_the_fresh_gold_reads_as_current_scheme_rows() -> None:
    rows = list(coded_rows(GOLD, "acled"))
    assert len(rows) >= 25
    assert all(r.scheme == acled.CURRENT and r.subtype_label for r in rows)


def test_a_bomb_defused_before_it_went_off_is_disrupted_weapons_use(pipeline: Pipeline) -> None:
    text = (
        "On 2 May 2021, police found a bomb planted under a bridge near Pattani and "
        "defused it before it could explode."
    )
    assert _code(pipeline, text) == ("Strategic developments", "Disrupted weapons use")


def test_a_bomb_that_went_off_stays_an_explosion(pipeline: Pipeline) -> None:
    text = "On 2 May 2021, a bomb planted under a bridge near Pattani exploded, killing two."
    assert _code(pipeline, text)[0] == "Explosions/Remote violence"


def test_houses_burned_with_no_one_hurt_are_property_destruction(pipeline: Pipeline) -> None:
    text = (
        "On 8 March 2022, soldiers burned about eighty houses in a village in Kani township "
        "after its residents had fled."
    )
    assert _code(pipeline, text) == ("Strategic developments", "Looting/property destruction")


def test_a_town_entered_without_fighting_is_a_non_violent_transfer(pipeline: Pipeline) -> None:
    text = (
        "On 3 June 2020, government troops entered Tabqa after the militia agreed to leave. "
        "The town changed hands without fighting."
    )
    assert _code(pipeline, text) == ("Strategic developments", "Non-violent transfer of territory")


def test_a_town_a_named_rebel_army_overran_is_a_non_state_actors(pipeline: Pipeline) -> None:
    text = (
        "On 9 March 2024, Arakan Army fighters overran a police post in Minbya and said they "
        "had seized the town."
    )
    assert _code(pipeline, text) == ("Battles", "Non-state actor overtakes territory")


def test_gunmen_who_kill_an_official_attack_a_civilian(pipeline: Pipeline) -> None:
    text = "Unidentified gunmen attack and kill a district official in Beledweyne."
    assert _code(pipeline, text) == ("Violence against civilians", "Attack")


def test_aircraft_that_target_sites_are_an_air_strike(pipeline: Pipeline) -> None:
    text = "Government MiG fighters continued to target sites in the east of Derna on Sunday."
    assert _code(pipeline, text) == ("Explosions/Remote violence", "Air/drone strike")


def test_police_who_clash_with_activists_meet_a_riot(pipeline: Pipeline) -> None:
    text = "Police clashed with land rights activists outside the district office in Kaedi."
    assert _code(pipeline, text) == ("Riots", "Violent demonstration")


def test_the_row_is_the_act_not_the_coalition_its_doers_belong_to(pipeline: Pipeline) -> None:
    text = (
        "Fighters of the Mai-Mai coalition attacked an army position near Beni in the "
        "morning. Two soldiers were killed."
    )
    (record,) = pipeline.process([Document(id="d", text=text)])
    event = main_event(record)
    assert event is not None and event.type != "organization"


def test_the_row_is_not_an_earlier_blast_the_note_recalls(pipeline: Pipeline) -> None:
    text = (
        "A policeman hurt in an earlier bomb blast was shot dead when gunmen attacked the "
        "clinic treating him in Mogadishu."
    )
    (record,) = pipeline.process([Document(id="d", text=text)])
    event = main_event(record)
    assert event is not None and event.subtype != "bombing"


@pytest.mark.parametrize(
    ("coded", "agent"),
    [
        ("Protesters (Bangladesh)", "anti-government protesters"),
        (
            "Military Forces of Democratic Republic of Congo (2001-)",
            "Armed Forces of the Democratic Republic of the Congo",
        ),
    ],
)
def test_an_agents_name_carries_the_coded_actor(kb: KnowledgeBase, coded: str, agent: str) -> None:
    agents = [Entity(id="a", kind="group", name=agent)]
    assert any(actor_matches(r, agents, kb) for r in read_actor(coded, kb))


def test_the_state_forces_are_no_crowd_of_protesters(kb: KnowledgeBase) -> None:
    agents = [Entity(id="a", kind="group", name="riot police")]
    assert not any(actor_matches(r, agents, kb) for r in read_actor("Protesters (Kenya)", kb))
