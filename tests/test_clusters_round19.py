"""Round 19: how sides of a war dispute who did it and what happened, in their own words.

Who the dead were (an armed band against shepherds), an arrest told after a riot
that is no framing of the riot, a short form of a group's name that is the group, and
a fire "set by" a group the writer blames.
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
from test_reconcile_accounts import mention, record, toll_figure

SETTINGS = load_settings()
KORVA = PlaceRef(name="Korva", entity="ent:korva", precision=2)
DAY = dt.date(1911, 9, 4)
LANCERS = ActorRef(entity="ent:lancers", name="Mountain Lancers")


def told(doc: str, trigger: str, quote: str, *, offset: int = 0, **fields: object) -> Account:
    """One document's mention of the killing at Korva on 4 September 1911."""
    return mention(doc, trigger, quote, day=DAY, place=KORVA, offset=offset, **fields)


def toll(value: int, words: str) -> Figure:
    return toll_figure(f"c{value}", value, words, stance="asserted")


def fields(accounts: list[Account]) -> list[str]:
    return sorted(c.field for c in compare(accounts, SETTINGS).conflicts)


def test_dead_told_as_an_armed_band_against_dead_told_as_shepherds_is_a_type_conflict() -> None:
    # The commander: his Lancers met a band of brigands and seven of them fell. The
    # herdsmen's petition: the Lancers shot seven shepherds at their folds. Both verbs
    # mean an attack; who the seven were is what the two dispute.
    report = told(
        "commander",
        "killed",
        "On 4 September the Mountain Lancers met a band of brigands at Korva; seven "
        "brigands were killed.",
        agents=[LANCERS],
        figures=[toll(7, "seven brigands")],
    )
    petition = told(
        "petition",
        "shot",
        "On 4 September the Mountain Lancers shot seven shepherds at their folds by Korva.",
        agents=[LANCERS],
        patients=[ActorRef(entity="ent:shepherds", name="shepherds")],
        figures=[toll(7, "seven shepherds")],
    )

    conflicts = [c for c in compare([report, petition], SETTINGS).conflicts if c.field == "type"]

    assert [c.summary for c in conflicts] == ["told as battle against attack"]


def test_a_toll_of_the_forces_and_the_attackers_is_a_fight_against_a_named_crowd() -> None:
    # The garrison's report counts its own dead and the raiders'; the league names the
    # dead as a crowd of porters. A surgeon who counts only "bodies" names nobody, and
    # a wire that names the building hit says nothing of whether the dead could fight:
    # neither disputes what happened.
    garrison = told(
        "garrison",
        "killed",
        "Raiders fell on the Korva blockhouse at dusk; three sentries and eight of the "
        "raiders were killed.",
        agents=[ActorRef(entity="ent:raiders", name="raiders")],
        figures=[toll(3, "three sentries"), toll(8, "eight of the raiders")],
    )
    league = told(
        "league",
        "fired",
        "At dusk the garrison at Korva fired into a crowd of porters, killing eleven.",
        type="repression",
        subtype="crackdown",
        patients=[ActorRef(entity="ent:crowd", name="crowd of porters")],
        figures=[toll(11, "eleven")],
    )
    surgeon = told(
        "surgeon",
        "shooting",
        "The hospital received eleven bodies after the shooting at the Korva blockhouse.",
        figures=[toll(11, "eleven bodies")],
    )

    wire = told(
        "wire",
        "killed",
        "Eleven people were killed at the Korva blockhouse on Tuesday, officials said.",
        patients=[ActorRef(entity="ent:blockhouse", name="Korva blockhouse")],
        figures=[toll(11, "Eleven people")],
    )

    conflicts = compare([garrison, league, surgeon, wire], SETTINGS).conflicts
    typed = sorted(
        tuple(sorted((c.a.document, c.b.document))) for c in conflicts if c.field == "type"
    )

    assert typed == [("sha256:garrison", "sha256:league")]


def test_both_sides_telling_fighters_dead_agree_on_the_fight() -> None:
    # The outlaws' own broadsheet boasts of the Lancers it killed "in the fight with the
    # enemy": fighters on both sides, one battle, whatever the tolls say.
    report = told(
        "commander",
        "killed",
        "At Korva the Lancers scattered a band of outlaws; four outlaws were killed.",
        agents=[LANCERS],
        figures=[toll(4, "four outlaws")],
    )
    broadsheet = told(
        "broadsheet",
        "killed",
        "At Korva our partisans killed nine of the enemy.",
        agents=[ActorRef(entity="ent:partisans", name="partisans")],
        figures=[toll(9, "nine of the enemy")],
    )

    assert "type" not in fields([report, broadsheet])


def test_an_air_raid_killing_fighters_or_villagers_is_a_toll_dispute_only() -> None:
    # Remote violence is no fight between two sides whoever it killed.
    ministry = told(
        "ministry",
        "bombed",
        "Our aircraft bombed a camp of insurgents near Korva, killing 12 insurgents.",
        type="battle",
        subtype="air_strike",
        figures=[toll(12, "12 insurgents")],
    )
    relief = told(
        "relief",
        "bombed",
        "Aircraft bombed the market at Korva, killing 30 villagers.",
        type="battle",
        subtype="air_strike",
        figures=[toll(30, "30 villagers")],
    )

    assert fields([ministry, relief]) == ["fatalities"]


def test_an_arrest_told_after_a_riot_does_not_frame_the_riot_as_a_crackdown() -> None:
    # The prefect: the dock workers rioted and burned the customs shed, and three of them
    # died; constables have since taken twenty men into custody. The union: the
    # constables fired on the dock workers. The arrest is what followed; the prefect's
    # event is a riot, the union's a shooting.
    rioted = told(
        "prefect",
        "rioted",
        "On 4 September the dock workers at Korva rioted and three of them died.",
        type="protest",
        subtype="riot",
        figures=[toll(3, "three of them")],
    )
    custody = told(
        "prefect",
        "taken",
        "Constables have since taken twenty men into custody.",
        offset=90,
        type="repression",
        subtype="arrest",
        agents=[ActorRef(entity="ent:constables", name="Constables")],
    )
    union = told(
        "union",
        "fired on",
        "On 4 September the constables fired on the dock workers at Korva.",
        type="repression",
        subtype="crackdown",
        agents=[ActorRef(entity="ent:constables", name="constables")],
    )

    conflicts = compare([rioted, custody, union], SETTINGS).conflicts

    assert [c.summary for c in conflicts if c.field == "type"] == [
        "told as protest against repression"
    ]


def test_a_short_form_of_a_group_s_name_is_the_same_perpetrator() -> None:
    # "The Volunteers" in a veteran's memoir is the "Highland Volunteer Legion" of the
    # petition: the plural is the group's own word, not a rival group.
    memoir = told(
        "memoir",
        "burned",
        "That autumn the Volunteers burned Korva.",
        type="attack",
        subtype="facility_attack",
        agents=[ActorRef(entity="ent:volunteers", name="Volunteers")],
    )
    petition = told(
        "petition",
        "set fire to",
        "On 4 September the Highland Volunteer Legion set fire to Korva.",
        type="attack",
        subtype="facility_attack",
        agents=[ActorRef(entity="ent:legion", name="Highland Volunteer Legion")],
    )

    assert "perpetrator" not in fields([memoir, petition])


def test_a_fire_set_by_a_group_names_that_group_as_the_doer() -> None:
    # The prefect's "the blaze was set by arsonists of the Dock Brotherhood" names the
    # Brotherhood as the perpetrator of the fire he tells just before it.
    text = (
        "A fire gutted the grain store at Korva and two watchmen died; "
        "the blaze was set by arsonists of the Dock Brotherhood."
    )
    rec = record(
        text,
        [("fire", "attack", "facility_attack")],
        entities={"ent:brotherhood": "Dock Brotherhood"},
    )

    (fire,) = accounts_from_record(rec, SETTINGS)

    assert [a.name for a in fire.agents] == ["Dock Brotherhood"]


def test_a_side_that_counts_the_enemy_dead_tells_the_battle_another_names() -> None:
    # The chronicle calls it the battle of Korva; the partisans' broadsheet says only
    # that they killed nine of the enemy. "Killed" is an attack word, but the dead it
    # counts are fighters: both tell one fight.
    chronicle = told(
        "chronicle",
        "battle",
        "The battle of Korva in September cost the Lancers some ten dead.",
        type="battle",
        subtype="clash",
        figures=[toll(10, "some ten dead")],
    )
    broadsheet = told(
        "broadsheet",
        "killed",
        "On 4 September our partisans held the ford at Korva and killed nine of the enemy.",
        agents=[ActorRef(entity="ent:partisans", name="partisans")],
        figures=[toll(9, "nine of the enemy")],
    )

    assert "type" not in fields([chronicle, broadsheet])
