"""Correcting event clusters through the API: merge, split, the decision log, reverts; and the
timeline's clusters, drawn over every account's date where the accounts disagree."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from historiograph.api.extensions import reconcile_available
from historiograph.record import Record
from workbench_store import client, clustered_store, new_token

pytestmark = pytest.mark.skipif(not reconcile_available(), reason="reconcile is not installed")


@pytest.fixture(scope="module")
def reconciled(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[Record], str]:
    """The reconciled store, built once: each test changes a copy of it."""
    db, records = clustered_store(tmp_path_factory.mktemp("clusters"))
    return db, records, new_token(db, "ada")


@pytest.fixture
def setup(
    reconciled: tuple[str, list[Record], str], tmp_path: Path
) -> tuple[TestClient, list[Record], dict[str, str]]:
    db, records, token = reconciled
    copy = tmp_path / "clusters.db"
    shutil.copyfile(db, copy)
    return client(str(copy), tmp_path), records, {"Authorization": f"Bearer {token}"}


def clusters(api: TestClient) -> dict[int, int]:
    """Each cluster's number of accounts."""
    return {c["id"]: c["accounts"] for c in api.get("/api/clusters").json()["items"]}


def cluster_of(api: TestClient, record: Record) -> int | None:
    detail = api.get(f"/api/events/{record.document.id}/e1").json()
    cluster: int | None = detail["cluster"]
    return cluster


def ref(record: Record) -> str:
    return record.document.id.removeprefix("sha256:") + ":e1"


def test_the_timeline_draws_a_disputed_cluster_over_every_accounts_date(
    setup: tuple[TestClient, list[Record], dict[str, str]],
) -> None:
    api, records, _ = setup
    items = {i["document_id"]: i for i in api.get("/api/timeline").json()["items"]}
    raid = items[records[0].document.id]["cluster"]

    assert (raid["start"], raid["end"], raid["disputed"]) == ("2011-04-08", "2011-06-02", True)
    assert sorted((a["document_id"], a["start"]) for a in raid["accounts"]) == sorted(
        (r.document.id, str(r.events[0].when.earliest)) for r in records[:3]
    )
    assert all(items[r.document.id]["cluster"] == raid for r in records[:3])
    assert items[records[3].document.id]["cluster"] is None  # told by one document only


def test_a_split_is_logged_and_reverting_it_merges_the_accounts_back(
    setup: tuple[TestClient, list[Record], dict[str, str]],
) -> None:
    api, records, auth = setup
    raid = cluster_of(api, records[0])
    assert raid is not None

    split = api.post(
        f"/api/clusters/{raid}/split",
        json={"events": [ref(records[2])], "note": "a later raid"},
        headers=auth,
    )

    assert split.status_code == 201, split.text
    (decision,) = split.json()["decisions"]
    assert decision["action"] == "split" and decision["note"] == "a later raid"
    assert decision["reviewer"] == "ada"
    new = split.json()["clusters"][1]
    assert cluster_of(api, records[2]) == new != raid
    assert clusters(api)[raid] == 2
    timeline = {i["document_id"]: i for i in api.get("/api/timeline").json()["items"]}
    assert timeline[records[0].document.id]["cluster"]["disputed"] is False
    assert timeline[records[2].document.id]["cluster"] is None

    revert = api.post(f"/api/clusters/decisions/{decision['id']}/revert", headers=auth)

    assert revert.status_code == 201, revert.text
    (undo,) = revert.json()["decisions"]
    assert undo["note"] == f"reverts decision #{decision['id']}" and undo["reviewer"] == "ada"
    assert cluster_of(api, records[2]) == cluster_of(api, records[0])
    log = api.get("/api/clusters/decisions").json()["items"]
    assert [d["action"] for d in log] == ["merge", "split"]  # newest first


def test_a_merge_is_logged_and_reverting_it_splits_the_accounts_apart(
    setup: tuple[TestClient, list[Record], dict[str, str]],
) -> None:
    api, records, auth = setup
    raid, later = cluster_of(api, records[0]), cluster_of(api, records[3])

    merged = api.post("/api/clusters/merge", json={"into": raid, "other": later}, headers=auth)

    assert merged.status_code == 201, merged.text
    assert merged.json()["clusters"] == [raid]
    assert cluster_of(api, records[3]) == raid
    assert clusters(api) == {raid: 4}

    decision = merged.json()["decisions"][0]["id"]
    reverted = api.post(f"/api/clusters/decisions/{decision}/revert", headers=auth)

    assert reverted.status_code == 201, reverted.text
    assert cluster_of(api, records[3]) not in (None, raid)
    assert cluster_of(api, records[0]) == raid
    again = api.post(f"/api/clusters/decisions/{decision}/revert", headers=auth)
    assert again.status_code == 409
    assert "apart already" in again.json()["error"]["message"]


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("/api/clusters/merge", {"into": 1, "other": 2}),
        ("/api/clusters/1/split", {"events": ["x:e1"]}),
        ("/api/clusters/decisions/1/revert", None),
    ],
)
def test_cluster_changes_without_a_token_are_401_and_change_nothing(
    setup: tuple[TestClient, list[Record], dict[str, str]], url: str, body: Any
) -> None:
    api, _, _ = setup
    before = clusters(api)

    response = api.post(url, json=body)

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "E401"
    assert clusters(api) == before
    assert api.get("/api/clusters/decisions").json()["items"] == []


@pytest.mark.parametrize(
    ("url", "body", "status", "message"),
    [
        ("/api/clusters/merge", {"into": 1, "other": 1}, 400, "itself"),
        ("/api/clusters/merge", {"into": 1, "other": 999}, 404, "999"),
        ("/api/clusters/merge", {"into": "one", "other": 2}, 422, "into"),
        ("/api/clusters/merge", {"into": 1, "other": 2, "note": "x" * 1001}, 422, "note"),
        ("/api/clusters/1/split", {"events": []}, 422, "events"),
        ("/api/clusters/1/split", {"events": ["ffff:e9"]}, 400, "names no single event"),
        ("/api/clusters/999/split", {"events": ["ffff:e1"]}, 404, "999"),
        ("/api/clusters/decisions/999/revert", None, 404, "no cluster decision 999"),
    ],
)
def test_bad_cluster_changes_are_clear_errors(
    setup: tuple[TestClient, list[Record], dict[str, str]],
    url: str,
    body: Any,
    status: int,
    message: str,
) -> None:
    api, _, auth = setup

    response = api.post(url, json=body, headers=auth)

    assert response.status_code == status, response.text
    assert message in response.json()["error"]["message"]


def test_a_split_that_would_empty_the_cluster_is_refused(
    setup: tuple[TestClient, list[Record], dict[str, str]],
) -> None:
    api, records, auth = setup
    later = cluster_of(api, records[3])

    response = api.post(
        f"/api/clusters/{later}/split", json={"events": [ref(records[3])]}, headers=auth
    )

    assert response.status_code == 400
    assert "at least one event" in response.json()["error"]["message"]
