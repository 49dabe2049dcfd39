"""Stores and apps for the workbench tests (API, web pages and review).

``workbench_store`` holds two documents: the store tests' rich record (an
attack on Camp Ashraf on 8 April 2011, with an agent and a target, claims and
coordinates) and a hostile article whose title and text carry markup and a
script, telling of an attack on the same day, so the two are overlapping
accounts of one event.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi.testclient import TestClient

from historiograph.api import create_app
from historiograph.record import (
    Actor,
    Claim,
    ClaimSource,
    Document,
    Entity,
    Event,
    Mention,
    Record,
    Trigger,
    When,
    Where,
    document_id,
)
from historiograph.store import Store
from historiograph.store.review import create_token
from store_records import rich_record, span

SCRIPT = "<script>alert('pwned')</script>"
HOSTILE_TEXT = (
    f"Raid report {SCRIPT}. On 8 April 2011 <b>soldiers</b> raided Camp Ashraf; "
    "the residents' committee said 34 <img src=x onerror=alert(1)> people died.\n"
)
HOSTILE_TITLE = "<img src=x onerror=alert('title')>Raid"


def hostile_record() -> Record:
    """An article whose title and text try to inject markup, with a mention over the script."""
    text = HOSTILE_TEXT

    def s(phrase: str) -> tuple[int, int]:
        return span(text, phrase)

    return Record(
        document=Document(
            id=document_id(text),
            title=HOSTILE_TITLE,
            published=dt.date(2011, 4, 9),
            source="uploads/raid.html",
            text=text,
        ),
        entities=[
            Entity(id="ent:soldiers", kind="group", name="<b>soldiers</b>"),
            Entity(id="ent:camp-ashraf", kind="place", name="Camp Ashraf"),
            Entity(id="ent:script", kind="other", name=SCRIPT),
        ],
        mentions=[
            Mention(id="m1", span=s(SCRIPT), text=SCRIPT, entity="ent:script"),
            Mention(
                id="m2", span=s("<b>soldiers</b>"), text="<b>soldiers</b>", entity="ent:soldiers"
            ),
            Mention(id="m3", span=s("Camp Ashraf"), text="Camp Ashraf", entity="ent:camp-ashraf"),
        ],
        claims=[
            Claim(
                id="c1",
                span=s("34 <img src=x onerror=alert(1)> people died"),
                about="e1",
                property="fatalities",
                value=34,
                unit="people",
                source=ClaimSource(name="the residents' committee", kind="named"),
                stance="reported",
            )
        ],
        events=[
            Event(
                id="e1",
                span=s("On 8 April 2011 <b>soldiers</b> raided Camp Ashraf"),
                trigger=Trigger(span=s("raided"), text="raided"),
                type="attack",
                when=When(
                    earliest=dt.date(2011, 4, 8), latest=dt.date(2011, 4, 8), precision="day"
                ),
                where=Where(entity="ent:camp-ashraf", name="Camp Ashraf", lat=33.6, lon=44.5),
                actors=[
                    Actor(entity="ent:soldiers", role="agent"),
                    Actor(entity="ent:camp-ashraf", role="target"),
                ],
                claims=["c1"],
            )
        ],
    )


def workbench_store(folder: Path) -> tuple[str, Record, Record]:
    """A store with the rich record and the hostile one; returns its path and both records."""
    db = str(folder / "workbench.db")
    rich, hostile = rich_record(), hostile_record()
    with Store.open(db) as store:
        store.save_record(rich)
        store.save_record(hostile)
    return db, rich, hostile


def new_token(db: str, name: str = "reviewer") -> str:
    """A fresh write token for ``db``."""
    with Store.open(db) as store:
        return create_token(store, name)[1]


def client(db: str, tmp_path: Path, **options: object) -> TestClient:
    """A test client on an app over ``db``, uploading into ``tmp_path/uploads``."""
    app = create_app(db, upload_dir=tmp_path / "uploads", **options)  # type: ignore[arg-type]
    return TestClient(app)


RAIDS = (
    ("On April 8, 2011, Iraqi forces stormed Camp Ashraf.", "stormed", dt.date(2011, 4, 8)),
    ("Iraqi forces entered Camp Ashraf on April 8, 2011.", "entered", dt.date(2011, 4, 8)),
    ("The raid on Camp Ashraf by Iraqi forces came on June 2, 2011.", "raid", dt.date(2011, 6, 2)),
    (
        "Iraqi forces stormed Camp Ashraf again on September 1, 2013.",
        "stormed",
        dt.date(2013, 9, 1),
    ),
)
"""Four one-event accounts: three of one raid (one of them dated two months later than the
others, a date conflict) and a later raid, which reconcile places in a cluster of its own."""


def raid_record(body: str, trigger: str, day: dt.date) -> Record:
    """A one-event document: Iraqi forces attack Camp Ashraf on ``day``."""
    at = body.index(trigger)
    entities = [
        Entity(id="ent:camp-ashraf", kind="place", name="Camp Ashraf"),
        Entity(id="ent:iraqi-forces", kind="group", name="Iraqi forces"),
    ]
    event = Event(
        id="e1",
        span=(0, len(body)),
        trigger=Trigger(span=(at, at + len(trigger)), text=trigger),
        type="attack",
        when=When(earliest=day, latest=day, precision="day"),
        where=Where(entity="ent:camp-ashraf", name="Camp Ashraf", lat=33.64, lon=44.57),
        actors=[
            Actor(entity="ent:iraqi-forces", role="agent"),
            Actor(entity="ent:camp-ashraf", role="target"),
        ],
    )
    document = Document(id=document_id(body), title=body[:24], text=body)
    return Record(document=document, entities=entities, events=[event])


def clustered_store(folder: Path) -> tuple[str, list[Record]]:
    """A reconciled store of :data:`RAIDS`; returns its path and the records, in that order."""
    from historiograph.reconcile import reconcile_pending

    db = str(folder / "clusters.db")
    records = [raid_record(*raid) for raid in RAIDS]
    with Store.open(db) as store:
        for record in records:
            store.save_record(record)
        reconcile_pending(store)
    return db, records
