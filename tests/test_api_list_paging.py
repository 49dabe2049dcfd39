"""Every list endpoint pages the same way: ``items``, ``total``, ``limit`` and ``offset``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from historiograph.api.extensions import reconcile_available
from historiograph.record import Record
from workbench_store import client, clustered_store, workbench_store

PAGE_KEYS = {"items", "total", "limit", "offset"}


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    store: tuple[str, Record, Record] = workbench_store(tmp_path_factory.mktemp("lists"))
    return client(store[0], tmp_path_factory.mktemp("uploads"))


def _listings(api: TestClient) -> list[str]:
    """GET endpoints without path parameters that answer with a list of things."""
    paths: dict[str, Any] = api.get("/openapi.json").json()["paths"]
    found = []
    for path, operations in paths.items():
        get = operations.get("get")
        if get is None or "{" in path:
            continue
        schema = get["responses"]["200"]["content"]["application/json"]["schema"]
        names = {p["name"] for p in get.get("parameters", [])}
        if schema.get("type") == "array" or {"limit", "offset"} <= names:
            found.append(path)
    return found


def test_no_list_endpoint_answers_with_a_bare_array(api: TestClient) -> None:
    paths: dict[str, Any] = api.get("/openapi.json").json()["paths"]
    bare = [
        path
        for path in _listings(api)
        if paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"].get(
            "type"
        )
        == "array"
    ]
    assert bare == []


def test_every_list_endpoint_takes_limit_and_offset_and_counts_the_total(api: TestClient) -> None:
    listings = _listings(api)
    assert {"/api/documents", "/api/search", "/api/conflicts", "/api/reviews/log"} <= set(listings)
    for path in listings:
        params = {"limit": 1, "offset": 0, "q": "camp"}
        body = api.get(path, params=params).json()
        assert set(body) >= PAGE_KEYS, path
        assert (body["limit"], body["offset"]) == (1, 0), path
        assert len(body["items"]) <= 1 <= body["total"] or body["total"] == 0, path
        beyond = api.get(path, params={**params, "offset": body["total"]}).json()
        assert beyond["items"] == [] and beyond["total"] == body["total"], path


@pytest.mark.skipif(not reconcile_available(), reason="the reconcile stage is not installed")
def test_clusters_page_like_every_other_listing(tmp_path: Path) -> None:
    db, _ = clustered_store(tmp_path)
    api = client(db, tmp_path / "uploads")
    whole = api.get("/api/clusters").json()
    assert whole["total"] == len(whole["items"]) >= 1
    tail = api.get("/api/clusters", params={"offset": 1, "limit": 1}).json()
    assert tail["total"] == whole["total"]
    assert tail["items"] == whole["items"][1:2]
