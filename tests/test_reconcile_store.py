"""Reconciling a store: incremental clusters, stored links, decisions that outlive re-extraction,
and the commands that show them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from historiograph.cli import cli, main
from historiograph.reconcile import (
    merge_clusters,
    rebuild,
    reconcile_document,
    reconcile_pending,
    split_cluster,
)
from historiograph.reconcile.queries import cluster_detail, list_clusters, memberships
from historiograph.record import (
    Actor,
    Claim,
    ClaimSource,
    Document,
    Entity,
    Event,
    Fatalities,
    Geo,
    Record,
    Trigger,
    When,
    Where,
    document_id,
)
from historiograph.store import Store

ENTITIES = [
    Entity(id="ent:camp-ashraf", kind="place", name="Camp Ashraf", geo=Geo(lat=33.64, lon=44.57)),
    Entity(id="ent:iraqi-forces", kind="group", name="Iraqi forces"),
    Entity(id="ent:residents", kind="group", name="residents"),
]


def make_record(
    body: str, trigger: str, day: dt.date, *, toll: int | None = None, source: str = "author"
) -> Record:
    """A one-event record: ``trigger`` (first occurrence in ``body``) at Camp Ashraf."""
    start = body.index(trigger)
    claims = []
    if toll is not None:
        figure = str(toll)
        at = body.index(figure)
        claims.append(
            Claim(
                id="c1",
                span=(at, at + len(figure)),
                about="e1",
                property="fatalities",
                value=toll,
                low=toll,
                high=toll,
                unit="people",
                source=ClaimSource(name=source, kind="named"),
                stance="reported",
            )
        )
    event = Event(
        id="e1",
        span=(0, len(body)),
        trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
        type="attack",
        when=When(earliest=day, latest=day, precision="day"),
        where=Where(
            entity="ent:camp-ashraf", name="Camp Ashraf", lat=33.64, lon=44.57, precision=1
        ),
        actors=[
            Actor(entity="ent:iraqi-forces", role="agent"),
            Actor(entity="ent:residents", role="victim"),
        ],
        fatalities=None
        if toll is None
        else Fatalities(low=toll, best=toll, high=toll, claims=["c1"]),
        claims=[c.id for c in claims],
    )
    document = Document(id=document_id(body), title=body[:30], text=body)
    return Record(document=document, entities=ENTITIES, claims=claims, events=[event])


RAID_A = make_record(
    "On April 8, 2011, Iraqi forces stormed Camp Ashraf and 34 residents were killed.",
    "stormed",
    dt.date(2011, 4, 8),
    toll=34,
    source="the group",
)
RAID_B = make_record(
    "Iraqi forces entered Camp Ashraf on April 8, 2011; officials said 3 residents died.",
    "entered",
    dt.date(2011, 4, 8),
    toll=3,
    source="officials",
)
RAID_C = make_record(
    "The raid on Camp Ashraf by Iraqi forces came on June 2, 2011, residents recall.",
    "raid",
    dt.date(2011, 6, 2),
)
LATER = make_record(
    "Iraqi forces stormed Camp Ashraf again on September 1, 2013, residents said.",
    "stormed",
    dt.date(2013, 9, 1),
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "store.db")
    with Store.open(path) as store:
        for record in (RAID_A, RAID_B, RAID_C, LATER):
            store.save_record(record)
    return path


def test_a_new_document_joins_the_existing_cluster_and_its_link_explains_itself(db: str) -> None:
    with Store.open(db) as store:
        first = reconcile_document(store, RAID_A.document.id)
        second = reconcile_document(store, RAID_B.document.id)
        detail = cluster_detail(store, first.clusters[0])

    assert first.new_clusters == 1 and second.joined == 1 and second.new_clusters == 0
    assert {a.document for a in detail.comparison.accounts} == {
        RAID_A.document.id,
        RAID_B.document.id,
    }
    (link,) = detail.links
    assert link.linked and link.place == 1.0 and link.time == 1.0 and link.total >= 0.62
    (toll,) = [c for c in detail.comparison.conflicts if c.field == "fatalities"]
    assert {toll.a.source, toll.b.source} == {"the group", "officials"}


def test_reconciling_again_changes_nothing(db: str) -> None:
    with Store.open(db) as store:
        reconcile_pending(store)
        before = memberships(store)
        reconcile_document(store, RAID_B.document.id)
        after = memberships(store)

    assert len(set(before.values())) == len(set(after.values())) == 2
    assert sorted(before) == sorted(after)


def test_a_disputed_date_stays_in_the_cluster_and_shows_as_a_conflict(db: str) -> None:
    with Store.open(db) as store:
        reconcile_pending(store)
        (raid,) = list_clusters(store, since=dt.date(2011, 1, 1), until=dt.date(2011, 12, 31))
        detail = cluster_detail(store, raid.id)

    assert raid.documents == 3
    assert (raid.earliest, raid.latest) == (dt.date(2011, 4, 8), dt.date(2011, 6, 2))
    assert {c.field for c in detail.comparison.conflicts} == {"date", "fatalities"}


def _delete_and_restore(db: str, record: Record) -> None:
    """Re-extraction: the document's rows (and with them its memberships) go, then return."""
    with Store.open(db) as store:
        with store.engine.begin() as conn:
            conn.execute(text("PRAGMA foreign_keys = ON"))
            conn.execute(text("DELETE FROM documents WHERE id = :id"), {"id": record.document.id})
        store.save_record(record)


def test_a_split_outlives_re_extraction_and_a_rebuild(db: str) -> None:
    with Store.open(db) as store:
        reconcile_pending(store)
        raid = list_clusters(store, until=dt.date(2011, 12, 31))[0]
        member = next(
            m for m in cluster_detail(store, raid.id).members if m.document == RAID_C.document.id
        )
        new_id = split_cluster(store, raid.id, [member.ref], note="a later raid").cluster
        assert memberships(store)[member.key] == new_id

    _delete_and_restore(db, RAID_C)
    with Store.open(db) as store:
        reconcile_pending(store)
        after_reextraction = memberships(store)
        rebuild(store)
        after_rebuild = memberships(store)

    for labels in (after_reextraction, after_rebuild):
        assert labels[member.key] != labels[next(k for k in labels if RAID_A.document.id in k)]


def test_a_merge_outlives_a_rebuild(db: str) -> None:
    with Store.open(db) as store:
        reconcile_pending(store)
        raid, later = (c.id for c in list_clusters(store))
        merge_clusters(store, raid, later)
        merged = len(set(memberships(store).values()))
        rebuild(store)
        rebuilt = len(set(memberships(store).values()))

    assert merged == rebuilt == 1


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_commands_list_clusters_accounts_conflicts_and_timeline(db: str) -> None:
    clusters = json.loads(run("events", "--db", db, "--format", "json", "--type", "attack"))
    assert [c["documents"] for c in clusters] == [3, 1]
    assert json.loads(run("events", "--db", db, "--format", "json", "--place", "basra")) == []

    detail = json.loads(run("event", str(clusters[0]["id"]), "--db", db, "--format", "json"))
    assert detail["comparison"]["fatalities"]["low"] == 3
    assert all(a["quotes"] for a in detail["comparison"]["accounts"])
    assert "Accounts side by side" in run("event", str(clusters[0]["id"]), "--db", db)

    conflicts = json.loads(run("conflicts", "--db", db, "--format", "json"))
    severities = [c["severity"] for c in conflicts]
    assert severities == sorted(severities, reverse=True)
    assert sorted(c["field"] for c in conflicts) == ["date", "date", "fatalities"]

    timeline = json.loads(run("timeline", "--db", db, "--format", "json"))
    assert [t["dates_disputed"] for t in timeline] == [True, False]
    assert run("timeline", "--db", db, "--format", "csv").splitlines()[0].startswith("when,")


def test_cluster_commands_merge_and_split(db: str) -> None:
    raid, later = (c["id"] for c in json.loads(run("events", "--db", db, "--format", "json")))
    assert "merged" in run("cluster", "merge", str(raid), str(later), "--db", db)
    (merged,) = json.loads(run("events", "--db", db, "--format", "json"))
    ref = json.loads(run("event", str(merged["id"]), "--db", db, "--format", "json"))["members"][0]
    assert "new cluster" in run(
        "cluster", "split", str(merged["id"]), "--event", ref["ref"], "--db", db
    )
    assert len(json.loads(run("events", "--db", db, "--format", "json"))) == 2


def test_an_unknown_cluster_is_a_one_line_error(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["event", "999", "--db", db])

    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: [E310]") and "Traceback" not in err


def test_two_events_on_one_trigger_make_one_account_and_the_store_still_clusters(
    tmp_path: Path,
) -> None:
    """An extractor may read one trigger twice (two types for "shot dead"); the store
    keys accounts by trigger, so the second reading must not break clustering for
    this and every later document."""
    record = make_record(
        "Iraqi forces stormed Camp Ashraf on May 3, 2012, residents said.",
        "stormed",
        dt.date(2012, 5, 3),
    )
    twin = record.events[0].model_copy(update={"id": "e2", "type": "battle"})
    record = record.model_copy(update={"events": [*record.events, twin]})
    path = str(tmp_path / "twins.db")
    with Store.open(path) as store:
        store.save_record(record)
        store.save_record(LATER)
        reconcile_pending(store)
        clustered = memberships(store)
    assert len(clustered) == 2  # one account for the twin readings, one for LATER


def test_cluster_commands_refuse_a_mistyped_db_instead_of_creating_it(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for command in (["events"], ["conflicts"], ["timeline"], ["event", "1"]):
        result = CliRunner().invoke(cli, [*command, "--db", str(missing)])
        assert result.exit_code != 0, command
        assert not missing.exists(), command
