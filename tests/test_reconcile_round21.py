"""Round 21: an assault and the hostages it took, told in two words of two subtypes;
the arrests a raid made; a writer's count of their own among the dead.

A document that tells gunmen attacking a convoy and, in the same breath, holding its
drivers, or a camp attacked and residents "taken hostage" there, tells one act: the
typing model reads each word for its own subtype (armed assault, hostage taking),
and the light verb of "took ... hostage" reads alone as the seizure of ground.
"""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import ActorRef, PlaceRef, accounts_from_record
from historiograph.reconcile.features import follows_on, score_pair, worded_type
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity
from historiograph.record import Claim
from test_reconcile_accounts import mention, record

SETTINGS = load_settings()
SIMILARITY = LexicalSimilarity(SETTINGS)
TARVIK = PlaceRef(name="Tarvik", entity="ent:tarvik", lat=41.2, lon=22.9, precision=1)
DAY = dt.date(1988, 10, 7)
GUNMEN = ActorRef(entity="ent:gunmen", name="gunmen")


def test_a_light_verb_means_what_its_noun_means() -> None:
    # With "hostage", "took" is the hostage taking; alone it means nothing until its
    # object says what was taken (ground, or a person: round 26).
    assert worded_type("took the lorry drivers hostage") == "attack"
    assert worded_type("were taken hostage") == "attack"
    assert worded_type("took") is None


def test_an_assault_and_its_hostages_in_one_document_are_one_event() -> None:
    attacked = mention(
        "gazette",
        "ambushed",
        "On 7 October gunmen ambushed a grain convoy outside Tarvik, killing a guard.",
        day=DAY,
        place=TARVIK,
        agents=[GUNMEN],
    )
    hostages = mention(
        "gazette",
        "taken hostage",
        "Four of the drivers were taken hostage and driven into the hills.",
        day=DAY,
        place=TARVIK,
        offset=90,
        subtype="hostage_taking",
        place_carried=True,
    )

    assert not follows_on(attacked, hostages, SETTINGS)
    scores = score_pair(attacked, hostages, SETTINGS, SIMILARITY)
    assert scores is not None and scores.linked


def test_an_arrest_the_same_day_is_still_what_followed_a_killing() -> None:
    # Kindred subtypes are an assault and its hostages, not the state's answer to it.
    attacked = mention(
        "gazette",
        "ambushed",
        "On 7 October gunmen ambushed a grain convoy outside Tarvik, killing a guard.",
        day=DAY,
        place=TARVIK,
        agents=[GUNMEN],
    )
    arrests = mention(
        "gazette",
        "arrested",
        "Police arrested eleven villagers the same day.",
        day=DAY,
        place=TARVIK,
        offset=90,
        type="repression",
        subtype="arrest",
        place_carried=True,
    )

    assert follows_on(attacked, arrests, SETTINGS)
    scores = score_pair(attacked, arrests, SETTINGS, SIMILARITY)
    assert scores is not None and not scores.linked


def test_two_subtypes_that_are_not_kindred_stay_apart_by_their_words() -> None:
    assert not SETTINGS.kindred("battle", "shelling", "battle", "air_strike")
    assert SETTINGS.kindred("attack", "hijacking", "attack", "hostage_taking")


def test_the_arrests_a_raid_made_that_day_are_the_raid() -> None:
    # The same forces that killed in the raid arrested the villagers there that day.
    gendarmes = ActorRef(entity="ent:tarvik-gendarmerie", name="Tarvik gendarmerie")
    raided = mention(
        "gazette",
        "raided",
        "On 7 October the Tarvik gendarmerie raided the mill at Tarvik and shot two men.",
        day=DAY,
        place=TARVIK,
        agents=[gendarmes],
        type="repression",
        subtype="crackdown",
    )
    arrests = mention(
        "gazette",
        "arrested",
        "The gendarmerie arrested eleven villagers.",
        day=DAY,
        place=TARVIK,
        offset=90,
        type="repression",
        subtype="arrest",
        place_carried=True,
        agents=[ActorRef(entity="ent:gendarmerie", name="gendarmerie")],
    )

    assert follows_on(raided, arrests, SETTINGS)
    scores = score_pair(raided, arrests, SETTINGS, SIMILARITY)
    assert scores is not None and scores.linked


def test_a_curfew_the_governor_ordered_is_no_part_of_the_gendarmes_shooting() -> None:
    # Typed as confinement by the model, but ordered by another doer than the one who killed.
    fired = mention(
        "gazette",
        "fired",
        "On 7 October gendarmes fired on the crowd in Tarvik, killing four.",
        day=DAY,
        place=TARVIK,
        agents=[ActorRef(entity="ent:gendarmes", name="gendarmes")],
        type="repression",
        subtype="crackdown",
    )
    curfew = mention(
        "gazette",
        "curfew",
        "The governor has ordered a curfew.",
        day=DAY,
        place=TARVIK,
        offset=90,
        type="repression",
        subtype="forced_confinement",
        place_carried=True,
        agents=[ActorRef(entity="ent:governor", name="governor")],
    )

    scores = score_pair(fired, curfew, SETTINGS, SIMILARITY)
    assert scores is not None and not scores.linked


def test_the_writer_s_own_among_the_dead_is_only_a_floor_of_the_toll() -> None:
    text = "The guns shelled our village all night. I buried three of my neighbours."
    three = text.index("three")
    claims = [
        Claim(
            id="c1",
            span=(three, three + 5),
            about="e1",
            property="fatalities",
            value=3,
            low=3,
            high=3,
        )
    ]
    rec = record(text, [("shelled", "battle", "shelling")], claims=claims)

    (shelling,) = accounts_from_record(rec, SETTINGS)

    (figure,) = shelling.figures
    assert (figure.low, figure.high, figure.qualifier) == (3.0, None, "at_least")
