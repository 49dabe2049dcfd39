"""Round 22: crackdowns on crowds as ACLED codes them, and UCDP's names for the sides.

ACLED codes force the state's forces use on a crowd that kills no one ("police
fired tear gas to scatter the marchers") as the crowd's event: a protest the
police acted on (old files: Riots/Protests), its first actor the crowd by class
("Protesters (Kenya)"), the police its second. Force that kills stays violence
against civilians, and a crackdown that harms no one (a raid, arrests) is a
strategic development. UCDP names a state's forces told only by what they are by
their government ("Government of Sudan"), and those one-sided violence is done
to "Civilians". GTD codes an armed assault told with explosives as a bombing.
The fresh gold ``tests/gold/coded16-acled.csv`` is African, 2016, in the pre-2019
scheme.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coded_accounts import one_event_account
from historiograph.evaluate.coded import coded_rows
from historiograph.export import acled, codes, ucdp
from historiograph.export.account import Account
from historiograph.record import (
    AcledMapping,
    ActorRole,
    Event,
    EventType,
    GtdMapping,
    Mappings,
    Trigger,
)

GOLD = Path(__file__).parent / "gold" / "coded16-acled.csv"
_COUNTRIES = {"KE": "Kenya", "SD": "Sudan"}
_VIOLENCE = AcledMapping(event_type="Violence against civilians", sub_event_type="Attack")


def one_event_record(
    text: str,
    actors: list[tuple[str, str, ActorRole]],
    *,
    kind: EventType = "repression",
    subtype: str = "crackdown",
    town: tuple[str, str] = ("Eldoret", "KE"),
    dead: int | None = None,
) -> Account:
    """One event of ``kind`` at a town of the country (a crackdown at Eldoret, Kenya,
    unless told otherwise)."""
    name, country = town
    return one_event_account(
        text,
        actors,
        kind=kind,
        subtype=subtype,
        dead=dead,
        town=(name, country, _COUNTRIES[country]),
    )


def test_police_scattering_marchers_unhurt_is_the_marchers_protest() -> None:
    account = one_event_record(
        "Riot police fired tear gas to scatter demonstrators outside the county offices in "
        "Eldoret.",
        [("police", "Riot police", "agent")],
    )
    code = acled.event_code(account)
    assert code == AcledMapping(event_type="Protests", sub_event_type="Protest with intervention")
    assert acled.old_event_type(code) == "Riots/Protests"
    row = acled.row(account)
    assert row is not None
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
        "Protesters (Kenya)",
        "6",
        "Police Forces of Kenya",
        "1",
    )


def test_a_crowd_the_police_fight_is_a_riot_when_its_actors_say_so() -> None:
    account = one_event_record(
        "Gendarmes charged stone-throwing rioters near the bus park in Eldoret.",
        [("gendarmes", "Gendarmes", "agent"), ("rioters", "stone-throwing rioters", "target")],
    )
    assert acled.event_code(account) == AcledMapping(
        event_type="Riots", sub_event_type="Violent demonstration"
    )


def test_force_that_kills_marchers_stays_violence_against_civilians() -> None:
    account = one_event_record(
        "Soldiers shot three demonstrators dead outside the stadium in Eldoret.",
        [("soldiers", "Soldiers", "agent"), ("crowd", "demonstrators", "victim")],
        dead=3,
    )
    assert acled.event_code(account) == _VIOLENCE


def test_a_crackdown_on_no_crowd_stays_violence_against_civilians() -> None:
    account = one_event_record(
        "Soldiers beat farmers in their fields outside Eldoret.",
        [("soldiers", "Soldiers", "agent"), ("farmers", "farmers", "victim")],
    )
    assert acled.event_code(account) == _VIOLENCE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Police searched the offices of an opposition weekly in Eldoret and detained "
            "its editor for questioning.",
            AcledMapping(event_type="Strategic developments", sub_event_type="Arrests"),
        ),
        (
            "Police raided the offices of an opposition weekly in Eldoret and carried off "
            "its computers.",
            AcledMapping(event_type="Strategic developments", sub_event_type="Other"),
        ),
    ],
)
def test_a_crackdown_that_harms_no_one_is_a_strategic_development(
    text: str, code: AcledMapping
) -> None:
    account = one_event_record(
        text, [("police", "Police", "agent"), ("weekly", "offices", "target")]
    )
    assert acled.event_code(account) == code
    assert acled.old_event_type(code) == "Strategic development"


def test_an_attack_on_marchers_by_others_is_no_crackdown() -> None:
    account = one_event_record(
        "Gunmen fired on marchers near the market in Eldoret.",
        [("gunmen", "Gunmen", "agent"), ("marchers", "marchers", "victim")],
        kind="attack",
        subtype="armed_assault",
    )
    assert acled.event_code(account) == _VIOLENCE


def test_ucdp_names_generic_state_forces_by_their_government_and_victims_civilians() -> None:
    account = one_event_record(
        "Government troops burned huts and killed herders near Nyala.",
        [("troops", "Government troops", "agent"), ("herders", "herders", "victim")],
        kind="attack",
        subtype="armed_assault",
        town=("Nyala", "SD"),
    )
    row = ucdp.row(account)
    assert row is not None
    assert (row["type_of_violence"], row["side_a"], row["side_b"]) == (
        "3",
        "Government of Sudan",
        "Civilians",
    )
    assert row["dyad_name"] == "Government of Sudan - Civilians"


@pytest.mark.parametrize(
    ("name", "side_a"),
    [
        ("the army", "Government of Sudan"),
        ("police", "Government of Sudan"),
        # A force named by its nationality may fight abroad: the record's name stays.
        ("Chadian soldiers", "Chadian soldiers"),
        ("SPLM-N fighters", "SPLM-N fighters"),
    ],
)
def test_ucdp_battle_sides_keep_named_forces(name: str, side_a: str) -> None:
    account = one_event_record(
        f"{name} fought rebels near Kadugli for two days.",
        [("a", name, "agent"), ("rebels", "rebels", "target")],
        kind="battle",
        subtype="clash",
        town=("Kadugli", "SD"),
    )
    row = ucdp.row(account)
    assert row is not None
    assert (row["side_a"], row["side_b"]) == (side_a, "rebels")


def test_fresh_gold_reads_african_rows_of_the_old_scheme() -> None:
    rows = list(coded_rows(GOLD, "acled", limit=None))
    assert len(rows) == 10
    assert {r.country for r in rows} >= {"Mali", "Libya", "Mozambique", "Cameroon"}
    assert {r.type_label for r in rows} >= {
        "Remote violence",
        "Riots/Protests",
        "Battle-Government regains territory",
    }


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        (
            "Four men armed with rifles and grenades stormed a customs post near Garissa.",
            "Bombing/Explosion",
        ),
        (
            "A suicide attacker and two gunmen raided a hotel lobby in Mogadishu.",
            "Bombing/Explosion",
        ),
        ("Two gunmen raided a hotel lobby in Mogadishu and shot the guards.", "Armed Assault"),
    ],
)
def test_gtd_codes_an_assault_with_explosives_as_a_bombing(text: str, attack: str) -> None:
    # GTD's hierarchy puts bombing/explosion before armed assault.
    event = Event(
        id="e1",
        span=(0, len(text)),
        trigger=Trigger(span=(0, 1), text=text[:1]),
        type="attack",
        subtype="armed_assault",
        mappings=Mappings(gtd=GtdMapping(attacktype="Armed Assault")),
    )
    assert codes.gtd_attack_type(event, text) == attack
    assert codes.gtd_attack_type(event) == "Armed Assault"
