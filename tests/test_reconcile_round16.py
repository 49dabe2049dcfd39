"""Round 16: conflicts between sides of a war that tell one event in their own words.

A ministry that lays the blame on the other side and tells an exchange of fire, a
partisan that calls its own killing an execution, a mob "of about two thousand
persons", an epithet for the enemy in place of its name, and a group that denies the
act and names who did it instead.
"""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import (
    Account,
    ActorRef,
    Figure,
    PlaceRef,
    accounts_from_record,
)
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import load_settings
from test_reconcile_accounts import mention, record

SETTINGS = load_settings()
MIRAL = PlaceRef(name="Miral", entity="ent:miral", precision=2)
DAY = dt.date(1981, 6, 28)
GUARD = ActorRef(entity="ent:national-guard", name="National Guard")
ARMY = ActorRef(entity="ent:hla", name="Halbek Liberation Army")


def told(doc: str, trigger: str, quote: str, *, offset: int = 0, **fields: object) -> Account:
    """One document's mention of the event at Miral on 28 June 1981."""
    return mention(doc, trigger, quote, day=DAY, place=MIRAL, offset=offset, **fields)


def fields_in(accounts: list[Account]) -> list[tuple[str, str]]:
    return sorted(
        (c.field, c.summary) for c in compare(accounts, SETTINGS).conflicts if c.field == "type"
    )


def test_the_blame_laid_on_another_told_as_an_exchange_of_fire_is_a_type_conflict() -> None:
    # The ministry: the Liberation Army opened fire, the guardsmen returned it. The wire:
    # the National Guard fired on the villagers. "Opened fire" is an attack word, but it is the
    # Liberation Army's attack in the ministry's story: who fought whom is what they
    # dispute.
    eleven = Figure(
        claim="c11",
        property="fatalities",
        value=11,
        low=11,
        high=11,
        qualifier="exact",
        source="author",
        source_kind="author",
        stance="asserted",
        quote="eleven of the band fell",
    )
    opened = told(
        "ministry",
        "opened fire",
        "A band of the Halbek Liberation Army opened fire on the Guard at Miral.",
        agents=[ARMY],
    )
    returned = told(
        "ministry",
        "returned fire",
        "The guardsmen returned fire, and eleven of the band fell.",
        offset=80,
        figures=[eleven],
        type="battle",
        subtype="clash",
        agents=[ActorRef(entity="ent:guardsmen", name="guardsmen")],
    )
    fired = told(
        "wire", "fired on", "The National Guard fired on the villagers of Miral.", agents=[GUARD]
    )

    conflicts = compare([opened, returned, fired], SETTINGS).conflicts

    assert sorted(c.field for c in conflicts) == ["perpetrator", "type"]
    assert fields_in([opened, returned, fired]) == [("type", "told as battle against attack")]


def test_a_clash_the_typing_model_read_into_a_shooting_is_no_type_conflict() -> None:
    # "Fired without warning into a crowd" is a one-sided shooting in its words, whatever
    # the model typed it; the two sides dispute only who fired.
    ministry = told(
        "ministry",
        "fired on",
        "Terrorists of the Halbek Liberation Army fired on the crowd at Miral.",
        agents=[ARMY],
    )
    report = told(
        "report",
        "fired",
        "Soldiers of the National Guard fired without warning into a crowd at Miral.",
        type="battle",
        subtype="clash",
        agents=[GUARD],
    )

    conflicts = compare([ministry, report], SETTINGS).conflicts

    assert [c.field for c in conflicts] == ["perpetrator"]


def test_an_execution_by_a_tribunal_and_an_assassination_are_one_kind_of_act() -> None:
    # The insurgents' "a people's tribunal executed the traitor" and the ministry's
    # "terrorists assassinated the mayor" tell one killing; only the day differs.
    tribunal = told(
        "insurgents",
        "executed",
        "On 27 June a people's tribunal executed the traitor Anton Berek.",
        type="repression",
        subtype="execution",
        agents=[ActorRef(entity="ent:tribunal", name="tribunal")],
        earliest=DAY - dt.timedelta(days=1),
        latest=DAY - dt.timedelta(days=1),
    )
    ministry = told(
        "ministry",
        "assassinated",
        "On 28 June HLA terrorists assassinated Anton Berek.",
        subtype="assassination",
        agents=[ActorRef(entity="ent:hla-terrorists", name="HLA terrorists")],
    )

    conflicts = compare([tribunal, ministry], SETTINGS).conflicts

    assert [c.field for c in conflicts] == ["date"]


def test_an_epithet_for_the_enemy_is_no_named_perpetrator() -> None:
    # "The butchers of the National Guard" name the Guard; the extractor kept the
    # epithet, which names no rival to the wire's National Guard.
    butchers = told(
        "insurgents",
        "massacred",
        "The butchers of the National Guard massacred 43 peasants of Miral.",
        type="repression",
        subtype="massacre",
        agents=[ActorRef(entity="ent:butchers", name="butchers")],
    )
    wire = told(
        "wire", "killed", "National Guard troops killed villagers at Miral.", agents=[GUARD]
    )

    assert compare([butchers, wire], SETTINGS).conflicts == []


def test_a_mob_with_a_count_before_its_members_is_still_the_crowd() -> None:
    # "A mob of about two thousand persons ... attacked a police party": the police tell a
    # riot, against the television's shooting of villagers.
    persons = ActorRef(entity="ent:persons", name="persons")
    police = told(
        "police",
        "attacked",
        "A mob of about two thousand persons armed with axes attacked a police party.",
        type="battle",
        subtype="clash",
        agents=[persons],
    )
    television = told(
        "television",
        "fired on",
        "The Armed Constabulary fired on the crowd.",
        agents=[ActorRef(entity="ent:constabulary", name="Armed Constabulary")],
    )

    assert fields_in([police, television]) == [("type", "told as protest against attack")]


def test_a_group_that_denies_the_act_and_names_another_doer_names_a_rival_perpetrator() -> None:
    # The insurgents' bulletin denies the bombing and names who did it instead: against
    # the ministry's Liberation Army, the Directorate is a different group named.
    text = (
        "The Halbek Liberation Army did not plant the bomb at the bus station. "
        "That crime was the work of the State Security Directorate. "
        "It denies that the raid on the depot was carried out by the Halbek Liberation Army."
    )
    rec = record(
        text,
        [("bomb", "attack", "bombing"), ("raid", "attack", "armed_assault")],
        entities={"ent:hla": "Halbek Liberation Army", "ent:ssd": "State Security Directorate"},
        actors={"e1": [("ent:hla", "agent")], "e2": [("ent:hla", "agent")]},
        modality={"e1": "denied", "e2": "denied"},
        doc="sha256:insurgents",
    )

    bomb, raid = accounts_from_record(rec, SETTINGS)
    ministry = told(
        "ministry",
        "detonated",
        "Terrorists of the Halbek Liberation Army detonated a bomb at the bus station.",
        subtype="bombing",
        agents=[ARMY],
    )
    bomb = bomb.model_copy(update={"place": MIRAL, "earliest": DAY, "latest": DAY})

    assert [a.name for a in bomb.agents] == ["State Security Directorate"]
    assert raid.agents == []  # the doer named inside the denial's own sentence is the one denied
    assert {c.field for c in compare([ministry, bomb], SETTINGS).conflicts} == {"perpetrator"}
