"""Round 23: type conflicts between a riot and the force the others tell — a march the
shooting was aimed at is no riot, a doer carried in from another sentence does not hide
the crowd's violence, a striking crowd names no perpetrator — and a seizure of a thing
that no source tells as ground taken.
"""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import load_settings
from test_reconcile_accounts import mention

SETTINGS = load_settings()
TORVEN = PlaceRef(name="Torven", entity="ent:torven", lat=57.1, lon=21.3, precision=1)
DAY = dt.date(1911, 8, 3)


def actor(name: str) -> ActorRef:
    return ActorRef(entity=f"ent:{name.lower().replace(' ', '-')}", name=name)


def type_conflicts(*accounts: Account) -> list[tuple[str, str]]:
    """Each type conflict as the pair of titles whose documents it sets against each other."""
    found = compare(list(accounts), SETTINGS).conflicts
    return sorted(
        tuple(sorted((str(c.a.title), str(c.b.title)))) for c in found if c.field == "type"
    )


def fields(*accounts: Account) -> list[str]:
    return sorted(c.field for c in compare(list(accounts), SETTINGS).conflicts)


TELEGRAM = mention(
    "telegram",
    "stormed",
    "On 3 August a mob of dockers stormed the customs house at Torven; "
    "the soldiers restored order and four rioters were killed.",
    day=DAY,
    place=TORVEN,
    type="protest",
    subtype="riot",
    agents=[actor("dockers")],
)


def test_a_march_the_soldiers_fired_on_is_the_setting_not_a_riot() -> None:
    quote = "On 3 August 1911 I watched the soldiers fire on the dockers' march at Torven."
    fired = mention(
        "diary",
        "fire on",
        quote,
        day=DAY,
        place=TORVEN,
        type="repression",
        subtype="crackdown",
        agents=[actor("soldiers")],
        patients=[actor("march")],
    )
    # The typing model reads the march that was fired on as a riot.
    march = mention(
        "diary",
        "march",
        quote,
        day=DAY,
        place=TORVEN,
        offset=60,
        type="protest",
        subtype="riot",
    )

    assert type_conflicts(TELEGRAM, fired, march) == [("diary", "telegram")]


def test_a_march_no_force_was_aimed_at_still_tells_the_riot() -> None:
    quote = "On 3 August the dockers' march turned into a riot at the customs house of Torven."
    riot = mention("diary", "riot", quote, day=DAY, place=TORVEN, type="protest", subtype="riot")

    assert type_conflicts(TELEGRAM, riot) == []


def test_a_doer_the_sentence_does_not_name_does_not_hide_the_crowds_violence() -> None:
    # The extractor carried "smugglers" in from a later sentence of the telegram.
    stormed = TELEGRAM.model_copy(
        update={
            "type": "battle",
            "subtype": "clash",
            "agents": [actor("smugglers"), actor("dockers")],
        }
    )
    shooting = mention(
        "union",
        "opened fire",
        "On 3 August the soldiers opened fire on unarmed dockers at Torven and killed nine.",
        day=DAY,
        place=TORVEN,
        type="repression",
        subtype="crackdown",
        agents=[actor("soldiers")],
        patients=[actor("dockers")],
    )

    assert type_conflicts(stormed, shooting) == [("telegram", "union")]


def test_strikers_are_a_crowd_and_no_named_perpetrator() -> None:
    riot = TELEGRAM.model_copy(update={"agents": [actor("strikers")]})
    massacre = mention(
        "leaflet",
        "murdered",
        "On 3 August the soldiers of the Governor murdered nine strikers at Torven.",
        day=DAY,
        place=TORVEN,
        type="repression",
        subtype="massacre",
        agents=[actor("Governor")],
    )

    assert "perpetrator" not in fields(riot, massacre)
    assert "type" in fields(riot, massacre)


def test_a_seizure_of_a_thing_is_no_ground_taken_against_a_hostage_taking() -> None:
    hostages = mention(
        "wire",
        "took its passengers hostage",
        "On 3 August gunmen of the Red Hand seized the Torven ferry and took its "
        "passengers hostage.",
        day=DAY,
        place=TORVEN,
        subtype="hostage_taking",
        agents=[actor("Red Hand")],
    )
    seizure = mention(
        "communique",
        "seizure",
        "The Red Hand had no part in the seizure of the ferry; it was the work of the "
        "secret police.",
        day=DAY,
        place=None,
        type="battle",
        subtype="territory_seized",
        agents=[actor("secret police")],
        patients=[actor("ferry")],
    )
    town = seizure.model_copy(update={"patients": [actor("Torven")]})

    assert fields(hostages, seizure) == ["perpetrator"]
    # Ground taken that names its place is a telling of what happened.
    assert type_conflicts(hostages, town) == [("communique", "wire")]
