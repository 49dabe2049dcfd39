"""Round 14: "a mob of two thousand persons" names no perpetrator to set against the
Armed Constabulary another source names; the crowd told against the force is the type
conflict, not a perpetrator conflict."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import load_settings

SETTINGS = load_settings()


def firing(doc: str, agent: str) -> Account:
    quote = f"At Pelgaon, as {doc} tells it, {agent} began it."
    return Account(
        key=f"sha256:{doc}@0-5",
        document=f"sha256:{doc}",
        event="e1",
        title=doc,
        type="attack",
        subtype="armed_assault",
        trigger="fired",
        earliest=dt.date(2006, 1, 2),
        latest=dt.date(2006, 1, 2),
        precision="day",
        agents=[ActorRef(entity=f"ent:{agent.lower().replace(' ', '-')}", name=agent)],
        quote=quote,
        span=(0, len(quote)),
    )


def test_persons_and_squads_name_no_perpetrator() -> None:
    report = firing("report", "Armed Constabulary")

    for unnamed in ("persons", "squad", "personnel"):
        conflicts = compare([firing("police", unnamed), report], SETTINGS).conflicts
        assert [c for c in conflicts if c.field == "perpetrator"] == []


def test_two_named_forces_still_conflict() -> None:
    police = firing("police", "People's Liberation Sangham")
    report = firing("report", "Armed Constabulary")

    conflicts = compare([police, report], SETTINGS).conflicts

    assert [c.field for c in conflicts] == ["perpetrator"]
