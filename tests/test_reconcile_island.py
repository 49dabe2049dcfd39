"""Reconciling accounts of kinds the older gold did not have (tests/gold/invented18): one
communique placing two acts of one day at two spots the resolver read only roughly, a
source that calls a shooting a massacre, and troops named by their arm."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef
from historiograph.reconcile.compare import compare
from historiograph.reconcile.features import score_pair
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity

SETTINGS = load_settings()
SIMILARITY = LexicalSimilarity(SETTINGS)
DAY = dt.date(1987, 3, 27)
WHARF = PlaceRef(name="Old Customs Wharf", entity="ent:old-customs-wharf", precision=2)
KERRA = PlaceRef(name="Kerra", entity="ent:kerra", precision=2)
SQUARE = PlaceRef(name="Liberty Square", entity="ent:liberty-square", precision=2)
KELTZ = PlaceRef(name="Keltz", entity="ent:keltz", precision=2)


def account(doc: str, at: int, quote: str, **fields: object) -> Account:
    values: dict[str, object] = {
        "key": f"sha256:{doc}@{at}-{at + 5}",
        "document": f"sha256:{doc}",
        "title": doc,
        "event": f"e{at}",
        "type": "attack",
        "trigger": quote.split()[0],
        "earliest": DAY,
        "latest": DAY,
        "precision": "day",
        "quote": quote,
        "span": (at, at + len(quote)),
    }
    values.update(fields)
    return Account.model_validate(values)


def test_one_communique_placing_two_acts_of_a_day_at_two_spots_tells_two_events() -> None:
    wharf = account(
        "ministry",
        60,
        "Terrorists fired on the crowd at the Old Customs Wharf in Port Amaru.",
        place=WHARF,
    )
    kerra = account(
        "ministry",
        200,
        "On the same day four marines were killed by a mine on the coast road at Kerra.",
        place=KERRA,
    )

    pair = score_pair(wharf, kerra, SETTINGS, SIMILARITY)

    assert pair is not None and not pair.linked


def test_a_sentence_that_names_the_wider_place_too_still_retells_the_event() -> None:
    square = account(
        "wire", 60, "Police fired on marchers in Liberty Square in Keltz.", place=SQUARE
    )
    town = account("wire", 200, "In Keltz, twelve marchers died of their wounds.", place=KELTZ)

    pair = score_pair(square, town, SETTINGS, SIMILARITY)

    assert pair is not None and pair.linked


def test_a_source_calling_the_shooting_a_massacre_does_not_dispute_its_type() -> None:
    massacre = account(
        "front",
        60,
        "the massacre at the Customs Wharf on 27 March",
        type="repression",
        subtype="massacre",
        trigger="massacre",
    )
    shooting = account(
        "rights",
        60,
        "Soldiers fired without warning into a crowd of fishermen at the Old Customs Wharf.",
        subtype="armed_assault",
        trigger="fired",
    )

    comparison = compare([massacre, shooting], SETTINGS)

    assert [c.field for c in comparison.conflicts if c.field == "type"] == []


def test_troops_named_by_their_arm_are_no_rival_perpetrator() -> None:
    regiment = ActorRef(entity="ent:third-marine-regiment", name="Third Marine Regiment")
    marines = ActorRef(entity="ent:marines", name="marines")
    memoir = account(
        "memoir", 60, "The Third Marine Regiment shot at the wharf.", agents=[regiment]
    )
    history = account("history", 60, "Marines fired on fishermen at the wharf.", agents=[marines])

    comparison = compare([memoir, history], SETTINGS)

    assert [c.field for c in comparison.conflicts if c.field == "perpetrator"] == []
