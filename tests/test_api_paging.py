"""Event listings page by offset or by cursor, in chronological order, off the chronology index."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from historiograph.api import queries
from historiograph.api.keyset import CHRONOLOGY_INDEX, Cursor
from historiograph.record import Document, Event, Record, Trigger, When, document_id
from historiograph.store import Store
from workbench_store import client

DAYS = [dt.date(1990, 1, 1) + dt.timedelta(days=7 * (i % 9)) for i in range(12)]


def _record(n: int) -> Record:
    """A document of 12 events: most dated (some on the same day), one end-dated, one undated."""
    text = "".join(f"Doc {n} event {i} attacked here. " for i in range(12))
    events = []
    for i in range(12):
        start = text.index(f"event {i} ")
        trigger = text.index("attacked", start)
        if i == 10:
            when = When(latest=dt.date(1990, 2, 1), precision="unknown")  # "before February"
        elif i == 11:
            when = When()
        else:
            when = When(earliest=DAYS[i], latest=DAYS[i], precision="day")
        events.append(
            Event(
                id=f"e{i}",
                span=(start, trigger + 8),
                trigger=Trigger(span=(trigger, trigger + 8), text="attacked"),
                type="attack" if i % 2 else "protest",
                when=when,
            )
        )
    return Record(
        document=Document(id=document_id(text), title=f"Doc {n}", text=text), events=events
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("paging") / "paging.db")
    with Store.open(path) as store:
        for n in range(3):
            store.save_record(_record(n))
    return path


@pytest.fixture(scope="module")
def api(db: str, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return client(db, tmp_path_factory.mktemp("uploads"))


def _walk(api: TestClient, url: str, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    page = api.get(url, params={**params, "limit": 5}).json()
    while True:
        items += page["items"]
        if page["next"] is None:
            return items
        page = api.get(url, params={**params, "limit": 5, "after": page["next"]}).json()


def _key(item: dict[str, Any]) -> tuple[Any, ...]:
    when = item["when"]
    started = when["earliest"] is not None
    date = when["earliest"] if started else when["latest"]
    return (not started, date is None, date or "", item["document"]["id"], item["id"])


@pytest.mark.parametrize("params", [{}, {"type": "attack"}, {"start": "1990-01-20"}])
def test_walking_by_cursor_and_by_offset_give_the_same_chronological_listing(
    api: TestClient, params: dict[str, str]
) -> None:
    everything = api.get("/api/events", params={**params, "limit": 500}).json()
    by_offset = []
    for offset in range(0, everything["total"], 5):
        page = api.get("/api/events", params={**params, "limit": 5, "offset": offset}).json()
        by_offset += page["items"]

    by_cursor = _walk(api, "/api/events", **params)

    assert by_cursor == by_offset == everything["items"]
    assert len(by_cursor) == everything["total"] > 5
    assert [_key(i) for i in by_cursor] == sorted(_key(i) for i in by_cursor)


def test_end_dated_events_follow_the_started_ones_and_undated_come_last(api: TestClient) -> None:
    items = api.get("/api/events", params={"limit": 500}).json()["items"]
    runs = [
        "started" if i["when"]["earliest"] else "end" if i["when"]["latest"] else "undated"
        for i in items
    ]

    assert runs == ["started"] * 30 + ["end"] * 3 + ["undated"] * 3


def test_the_timeline_walks_by_cursor_and_leaves_out_undated_events(api: TestClient) -> None:
    walked = _walk(api, "/api/timeline")
    first = api.get("/api/timeline", params={"limit": 500}).json()

    assert walked == first["items"]
    assert first["total"] == len(walked) == 33
    assert [i["start"] for i in walked[-3:]] == ["1990-02-01"] * 3  # the end-dated ones
    assert [i["start"] for i in walked[:-3]] == sorted(i["start"] for i in walked[:-3])


def test_an_offset_past_the_dated_events_reaches_the_undated_ones(api: TestClient) -> None:
    page = api.get("/api/events", params={"limit": 4, "offset": 32}).json()

    assert [i["when"]["latest"] for i in page["items"]] == ["1990-02-01", None, None, None]
    assert page["next"] is not None
    assert api.get("/api/events", params={"limit": 4, "offset": 36}).json()["items"] == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"after": "not-a-cursor"}, "cursor"),
        ({"after": "WzAsbnVsbCwieCIsMV0"}, "cursor"),  # [0,null,"x",1]: a started run needs a date
    ],
)
def test_a_cursor_this_api_did_not_issue_is_a_clear_400(
    api: TestClient, params: dict[str, str], message: str
) -> None:
    response = api.get("/api/events", params=params)

    assert response.status_code == 400
    assert message in response.json()["error"]["message"]


def test_offset_and_cursor_together_are_refused(api: TestClient) -> None:
    cursor = api.get("/api/timeline", params={"limit": 2}).json()["next"]
    response = api.get("/api/timeline", params={"after": cursor, "offset": 2})

    assert response.status_code == 400
    assert "not both" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "where",
    [
        queries.EventFilter(),
        queries.EventFilter(type="attack"),
        queries.EventFilter(start=dt.date(1990, 1, 20), end=dt.date(1990, 2, 10)),
    ],
)
def test_pages_are_read_off_the_chronology_index(db: str, where: queries.EventFilter) -> None:
    statements: list[tuple[str, Any]] = []
    with Store.open(db) as store:

        @event.listens_for(store.engine, "before_cursor_execute")
        def grab(_conn: Any, _cur: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
            if "ORDER BY" in sql:
                statements.append((sql, params))

        with store.engine.connect() as conn, Session(conn) as session:
            queries.events(session, where, limit=5, offset=3)
            plan = [
                row[3]
                for sql, params in statements[:1]  # the page of the first run: events by date
                for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            ]

    assert any(CHRONOLOGY_INDEX in step for step in plan), plan
    assert not any(step.startswith("SCAN events") for step in plan), plan


def test_cursors_survive_a_round_trip() -> None:
    cursor = Cursor(run=1, date=None, document_id="sha256:ab", position=7)

    assert Cursor.decode(cursor.encode()) == cursor


def test_a_start_date_keeps_events_still_going_on_then_in_order(tmp_path: Any) -> None:
    """Events begun before ``start`` but lasting past it come first, then those begun after."""
    ranges = [
        (dt.date(1989, 1, 1), dt.date(1990, 12, 31)),  # a year-long range reaching past start
        (dt.date(1989, 6, 1), dt.date(1989, 6, 30)),  # over before start: left out
        (dt.date(1990, 3, 1), None),  # starts after, no end
        (dt.date(1989, 12, 1), None),  # starts before, no end: over before start
        (dt.date(1990, 1, 15), dt.date(1990, 2, 15)),  # begun before, still going on
        (None, dt.date(1990, 6, 1)),  # only an end, after start
        (dt.date(1990, 2, 1), dt.date(1990, 2, 1)),
    ]
    text = "".join(f"Event {i} attacked here. " for i in range(len(ranges)))
    events = []
    for i, (earliest, latest) in enumerate(ranges):
        at = text.index(f"Event {i} ")
        trigger = text.index("attacked", at)
        events.append(
            Event(
                id=f"e{i}",
                span=(at, trigger + 8),
                trigger=Trigger(span=(trigger, trigger + 8), text="attacked"),
                type="attack",
                when=When(earliest=earliest, latest=latest, precision="unknown"),
            )
        )
    record = Record(document=Document(id=document_id(text), title="R", text=text), events=events)
    db = str(tmp_path / "ranges.db")
    with Store.open(db) as store:
        store.save_record(record)
    api = client(db, tmp_path)
    params = {"start": "1990-01-20"}

    everything = api.get("/api/events", params=params).json()
    by_offset = [
        item
        for offset in range(0, everything["total"], 2)
        for item in api.get("/api/events", params={**params, "limit": 2, "offset": offset}).json()[
            "items"
        ]
    ]
    by_cursor = []
    page = api.get("/api/events", params={**params, "limit": 2}).json()
    while True:
        by_cursor += page["items"]
        if page["next"] is None:
            break
        page = api.get("/api/events", params={**params, "limit": 2, "after": page["next"]}).json()

    assert [i["id"] for i in everything["items"]] == ["e0", "e4", "e6", "e2", "e5"]
    assert everything["total"] == 5
    assert by_offset == by_cursor == everything["items"]
