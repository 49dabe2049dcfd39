"""The read API: documents, events, claims, entities, search, timeline, map, graph, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from historiograph.api.extensions import reconcile_available
from historiograph.record import Record
from historiograph.store import Store
from workbench_store import client, raid_record, workbench_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Record, Record]:
    return workbench_store(tmp_path_factory.mktemp("read"))


@pytest.fixture(scope="module")
def api(store: tuple[str, Record, Record], tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return client(store[0], tmp_path_factory.mktemp("uploads"))


def test_documents_are_listed_in_pages_with_a_total(api: TestClient) -> None:
    first = api.get("/api/documents", params={"limit": 1}).json()
    second = api.get("/api/documents", params={"limit": 1, "offset": 1}).json()

    assert first["total"] == second["total"] == 2
    assert first["items"][0]["title"] == "Half a century with MKO – Part I"
    assert first["items"][0]["events"] == 2
    assert second["items"][0]["id"] != first["items"][0]["id"]


def test_a_document_is_its_record_found_by_id_prefix(
    api: TestClient, store: tuple[str, Record, Record]
) -> None:
    rich = store[1]
    body = api.get(f"/api/documents/{rich.document.id[7:19]}").json()

    assert Record.model_validate(body) == rich


def test_events_filter_by_type_actor_place_time_and_document(
    api: TestClient, store: tuple[str, Record, Record]
) -> None:
    _, rich, hostile = store

    def ids(**params: str) -> list[tuple[str, str]]:
        body = api.get("/api/events", params=params).json()
        return [(e["document"]["id"], e["id"]) for e in body["items"]]

    assert ids(type="relocation") == [(rich.document.id, "ev2")]
    assert ids(actor="ent:soldiers") == [(hostile.document.id, "e1")]
    assert set(ids(place="camp ashraf")) == {(rich.document.id, "ev1"), (hostile.document.id, "e1")}
    assert ids(start="1982-07-01", end="1982-07-31") == [(rich.document.id, "ev2")]
    assert ids(start="2011-04-09") == []
    assert ids(document=hostile.document.id[7:20]) == [(hostile.document.id, "e1")]


def test_an_event_quotes_its_sentence_and_names_its_actors(api: TestClient) -> None:
    event = api.get("/api/events", params={"actor": "ent:iraqi-forces"}).json()["items"][0]

    assert (
        event["text"] == "On 8 April 2011 Iraqi forces attacked Camp Ashraf, killing 36 residents"
    )
    assert {"entity": "ent:iraqi-forces", "role": "agent", "name": "Iraqi forces"} in event[
        "actors"
    ]
    assert event["when"]["earliest"] == "2011-04-08"


def test_the_event_page_has_claims_with_evidence_and_other_accounts(
    api: TestClient, store: tuple[str, Record, Record]
) -> None:
    _, rich, hostile = store
    body = api.get(f"/api/events/{rich.document.id}/ev1").json()

    evidence = {c["id"]: c["evidence"] for c in body["claims"]}
    assert evidence["c1"] == "killing 36 residents"
    assert evidence["c2"] == "according to the UN, more than 300 people were injured"
    assert body["accounts_from"] == "overlap"
    assert [(a["document"]["id"], a["id"]) for a in body["accounts"]] == [
        (hostile.document.id, "e1")
    ]


def test_claims_filter_by_property_and_source(api: TestClient) -> None:
    injured = api.get("/api/claims", params={"property": "injured"}).json()
    by_committee = api.get("/api/claims", params={"source": "committee"}).json()

    assert [c["value"] for c in injured["items"]] == [300.0]
    assert injured["items"][0]["source"]["name"] == "the UN"
    assert [c["value"] for c in by_committee["items"]] == [34]


def test_entities_are_merged_across_documents_and_have_a_page(api: TestClient) -> None:
    listing = api.get("/api/entities", params={"q": "ashraf"}).json()
    ashraf = api.get("/api/entities/ent:camp-ashraf").json()

    assert [(e["id"], e["documents"]) for e in listing["items"]] == [("ent:camp-ashraf", 2)]
    assert ashraf["mentions"] == 2
    assert ashraf["geo"]["geonames_id"] == 98182
    assert {e["id"] for e in ashraf["events"]} == {"e1"}  # a target in the hostile account


def test_search_ranks_documents_and_marks_matches(api: TestClient) -> None:
    page = api.get("/api/search", params={"q": "residents"}).json()
    second = api.get("/api/search", params={"q": "residents", "limit": 1, "offset": 1}).json()

    hits = page["items"]
    assert len(hits) == page["total"] == 2
    assert all("<mark>" in h["snippet"] for h in hits)
    assert (second["total"], second["limit"], second["offset"]) == (2, 1, 1)
    assert [h["doc_id"] for h in second["items"]] == [hits[1]["doc_id"]]


def test_the_timeline_draws_an_uncertain_date_as_a_range(
    api: TestClient, store: tuple[str, Record, Record]
) -> None:
    items = api.get("/api/timeline").json()["items"]
    by_event = {(i["document_id"], i["event_id"]): i for i in items}
    season = by_event[(store[1].document.id, "ev2")]
    day = by_event[(store[1].document.id, "ev1")]

    assert (season["start"], season["end"], season["uncertain"]) == (
        "1982-06-01",
        "1982-08-31",
        True,
    )
    assert (day["start"], day["end"], day["uncertain"]) == ("2011-04-08", "2011-04-08", False)
    assert [i["start"] for i in items] == sorted(i["start"] for i in items)


def test_the_timeline_and_map_say_which_events_the_source_does_not_tell_as_facts(
    tmp_path: Path,
) -> None:
    planned = raid_record(
        "Iraqi forces planned to storm Camp Ashraf.", "storm", dt.date(2011, 4, 8)
    )
    planned.events[0].modality = "hypothetical"
    done = raid_record("Iraqi forces stormed Camp Ashraf.", "stormed", dt.date(2011, 4, 9))
    db = str(tmp_path / "modality.db")
    with Store.open(db) as saved:
        saved.save_record(planned)
        saved.save_record(done)

    api = client(db, tmp_path)
    items = api.get("/api/timeline").json()["items"]
    points = api.get("/api/map").json()["items"]

    assert [(i["start"], i["modality"]) for i in items] == [
        ("2011-04-08", "hypothetical"),
        ("2011-04-09", "asserted"),
    ]
    assert sorted((p["start"], p["modality"]) for p in points) == [
        ("2011-04-08", "hypothetical"),
        ("2011-04-09", "asserted"),
    ]


def test_the_map_places_events_with_coordinates(api: TestClient) -> None:
    points = api.get("/api/map").json()["items"]

    assert {(p["event_id"], p["lat"], p["lon"]) for p in points} == {
        ("ev1", 33.6, 44.5),
        ("e1", 33.6, 44.5),
    }


def test_the_actor_graph_links_agents_to_targets(api: TestClient) -> None:
    graph = api.get("/api/graph").json()

    edges = {(e["source"], e["target"], e["events"]) for e in graph["edges"]}
    assert ("ent:iraqi-forces", "ent:mko", 1) in edges
    assert ("ent:soldiers", "ent:camp-ashraf", 1) in edges
    assert {"id": "ent:iraqi-forces", "name": "Iraqi forces", "kind": "group"} in graph["nodes"]


def test_openapi_describes_every_endpoint(api: TestClient) -> None:
    paths = api.get("/openapi.json").json()["paths"]

    for path in (
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/events/{doc_id}/{event_id}",
        "/api/claims",
        "/api/entities",
        "/api/entities/{entity_id}",
        "/api/search",
        "/api/timeline",
        "/api/map",
        "/api/graph",
        "/api/ingest",
        "/api/reviews",
        "/api/reviews/log",
        "/api/reviews/log/{entry_id}/revert",
    ):
        assert path in paths
    assert "/timeline" not in paths  # pages are not part of the API


@pytest.mark.parametrize(
    ("url", "status", "code", "message"),
    [
        ("/api/events?limit=0", 422, "E400", "limit"),
        ("/api/events?limit=100000", 422, "E400", "limit"),
        ("/api/events?offset=-1", 422, "E400", "offset"),
        ("/api/events?type=picnic", 422, "E400", "type"),
        ("/api/events?start=April", 422, "E400", "start"),
        ("/api/events?start=2012-01-01&end=2011-01-01", 400, "E400", "after end"),
        ("/api/claims?property=colour", 422, "E400", "property"),
        ("/api/search?q=", 422, "E400", "q"),
        ("/api/search?q=%22%22", 400, "E400", "no words"),
        ("/api/documents/sha256:ffff", 404, "E301", "no document"),
        ("/api/events/sha256:ffff/e1", 404, "E301", "no document"),
        ("/api/entities/ent:nobody", 404, "E301", "no entity"),
        ("/api/nothing-here", 404, "E404", "Not Found"),
    ],
)
def test_bad_requests_are_clear_json_errors(
    api: TestClient, url: str, status: int, code: str, message: str
) -> None:
    response = api.get(url)

    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code
    assert message in error["message"]


def test_every_response_forbids_inline_script(api: TestClient, tmp_path: Path) -> None:
    policy = api.get("/api/documents").headers["content-security-policy"]

    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


@pytest.mark.skipif(not reconcile_available(), reason="the reconcile stage is not installed")
def test_clusters_and_conflicts_are_served_when_reconcile_is_installed(api: TestClient) -> None:
    assert api.get("/api/clusters").status_code == 200
    assert api.get("/api/conflicts").status_code == 200
    missing = api.get("/api/clusters/99999")
    assert missing.status_code == 404
    assert "99999" in missing.json()["error"]["message"]


def test_the_event_page_gives_a_single_toll_once(
    api: TestClient, store: tuple[str, Record, Record]
) -> None:
    """Low, best and high all 36 read "36", not "36–36.0 (best 36)"."""
    rich = store[1]
    html = api.get(f"/events/{rich.document.id}/ev1").text

    assert "<dt>Fatalities</dt><dd>36</dd>" in html
