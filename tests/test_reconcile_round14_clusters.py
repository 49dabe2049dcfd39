"""Round 14: two sources a day apart on the burning of a hamlet no gazetteer lists are one
event, the conflict of dates a reader must see, even where the resolver carried another
town over to both sentences."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef
from historiograph.reconcile.features import score_pair
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity

SETTINGS = load_settings()
SIMILARITY = LexicalSimilarity(SETTINGS)
# The bridge town of the paragraph before, carried over by the resolver.
BRIDGE_TOWN = PlaceRef(name="Morvaan", entity="ent:morvaan", precision=2)


def burning(doc: str, day: int, quote: str, **fields: object) -> Account:
    values: dict[str, object] = {
        "key": f"sha256:{doc}@10-16",
        "document": f"sha256:{doc}",
        "event": "e3",
        "type": "attack",
        "subtype": "facility_attack",
        "trigger": "burned",
        "earliest": dt.date(1935, 6, day),
        "latest": dt.date(1935, 6, day),
        "precision": "day",
        "place": BRIDGE_TOWN,
        "place_carried": True,
        "quote": quote,
        "span": (0, len(quote)),
    }
    values.update(fields)
    return Account.model_validate(values)


def test_a_hamlet_named_by_both_sources_a_day_apart_links_them() -> None:
    league = burning(
        "league",
        2,
        "On 2 June the Constabulary burned Pellas Ford and shot twenty-three of its people.",
        agents=[ActorRef(entity="ent:constabulary", name="Frontier Constabulary")],
        # The hamlet read as what was burned: still the name of where it happened.
        patients=[ActorRef(entity="ent:pellas-ford", name="Pellas Ford")],
    )
    relief = burning(
        "relief",
        3,
        "On 3 June constables set fire to the hamlet of Pellas Ford; at least 19 were killed.",
        agents=[ActorRef(entity="ent:constables", name="constables")],
    )

    scores = score_pair(league, relief, SETTINGS, SIMILARITY)

    assert scores is not None and scores.linked


def test_two_hamlets_burned_a_day_apart_stay_two_events() -> None:
    league = burning(
        "league",
        2,
        "On 2 June the Constabulary burned Pellas Ford and shot twenty-three of its people.",
    )
    relief = burning(
        "relief", 3, "On 3 June constables set fire to the hamlet of Dorn Mill; nine were killed."
    )

    scores = score_pair(league, relief, SETTINGS, SIMILARITY)

    assert scores is not None and not scores.linked
