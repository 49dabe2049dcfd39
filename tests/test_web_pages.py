"""Web pages: they render, link what they highlight, and escape all document text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from historiograph.api.extensions import reconcile_available
from historiograph.record import Record
from historiograph.web.pages import snippet_parts
from historiograph.web.reader import pieces
from workbench_store import SCRIPT, client, clustered_store, workbench_store

STATIC = Path(__file__).resolve().parents[1] / "src" / "historiograph" / "web" / "static"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Record, Record]:
    return workbench_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def web(store: tuple[str, Record, Record], tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return client(store[0], tmp_path_factory.mktemp("uploads"))


def assert_no_injected_markup(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>soldiers</b>" not in html


def test_the_reader_shows_a_script_in_the_text_as_text(
    web: TestClient, store: tuple[str, Record, Record]
) -> None:
    hostile = store[2]
    html = web.get(f"/documents/{hostile.document.id}").text

    assert_no_injected_markup(html)
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(&#39;title&#39;)&gt;Raid" in html  # the title


@pytest.mark.parametrize(
    "page",
    [
        "/",
        "/search?q=raided",
        "/entities",
        "/entities/ent:soldiers",
        "/entities/ent:script",
        "/review",
    ],
)
def test_no_page_lets_document_text_inject_markup(web: TestClient, page: str) -> None:
    response = web.get(page)

    assert response.status_code == 200
    assert_no_injected_markup(response.text)


def test_the_event_page_quotes_evidence_escaped_with_its_source(
    web: TestClient, store: tuple[str, Record, Record]
) -> None:
    _, rich, hostile = store
    html = web.get(f"/events/{hostile.document.id}/e1").text

    assert_no_injected_markup(html)
    assert "34 &lt;img src=x onerror=alert(1)&gt; people died" in html
    assert "the residents&#39; committee" in html
    assert f'href="/events/{rich.document.id}/ev1"' in html.replace("%3A", ":")  # other account


def test_the_reader_links_mentions_triggers_and_claims(
    web: TestClient, store: tuple[str, Record, Record]
) -> None:
    rich = store[1]
    html = web.get(f"/documents/{rich.document.id}").text

    assert re.search(r'<a class="[^"]*hl-trigger[^"]*" href="/events/sha256%3A[0-9a-f]+/ev1"', html)
    assert re.search(r'<a class="[^"]*hl-mention[^"]*" href="/entities/ent%3Aparis"', html)
    assert 'id="claim-c2"' in html
    assert 'class="hl-event hl-timex"' in html


def test_reader_pieces_cover_the_text_exactly_once(store: tuple[str, Record, Record]) -> None:
    for record in store[1:]:
        cut = pieces(record)
        assert "".join(p.text for p in cut) == record.document.text
        assert all(p.text for p in cut)


def test_search_snippets_keep_marks_but_nothing_else() -> None:
    parts = snippet_parts(f"before <mark>Ashraf</mark> {SCRIPT} <mark>camp</mark>")

    assert parts == [
        ("before ", False),
        ("Ashraf", True),
        (f" {SCRIPT} ", False),
        ("camp", True),
    ]


@pytest.mark.parametrize("page", ["/timeline", "/map", "/graph"])
def test_view_pages_load_only_local_scripts(web: TestClient, page: str) -> None:
    html = web.get(page).text
    sources = re.findall(r'<script src="([^"]+)"', html)

    assert sources and all(src.startswith("/static/") for src in sources)
    for src in sources:
        assert web.get(src).status_code == 200
    assert "<script>" not in html  # no inline script: the CSP forbids it


def test_the_offline_basemap_is_natural_earth_countries(web: TestClient) -> None:
    world = web.get("/static/vendor/world-atlas/countries-110m.json").json()

    assert world["type"] == "Topology"
    assert len(world["objects"]["countries"]["geometries"]) > 170


def test_vendored_libraries_carry_their_licences() -> None:
    for folder in ("vis-timeline", "leaflet", "cytoscape", "topojson-client", "world-atlas"):
        assert any(p.name.startswith("LICENSE") for p in (STATIC / "vendor" / folder).iterdir())


def test_a_missing_page_is_an_html_error_page(web: TestClient) -> None:
    response = web.get("/documents/sha256:ffff")

    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "E301" in response.text


@pytest.mark.skipif(not reconcile_available(), reason="reconcile is not installed")
def test_cluster_accounts_can_be_split_out_or_merged_in_and_changes_show_in_the_review_log(
    tmp_path: Path,
) -> None:
    db, records = clustered_store(tmp_path)
    web = client(db, tmp_path, token_required_for_writes=False)
    first, same_day = records[0].document.id, records[1].document.id
    raid = web.get(f"/api/events/{first}/e1").json()["cluster"]

    before = web.get(f"/events/{first}/e1").text
    split = web.post(
        f"/api/clusters/{raid}/split",
        json={"events": [same_day.removeprefix("sha256:") + ":e1"]},
    )
    after = web.get(f"/events/{first}/e1").text

    assert f'data-cluster="{raid}"' in before
    assert before.count('class="cluster-split"') == 2  # the raid's two other accounts
    assert 'class="cluster-merge"' not in before
    assert after.count('class="cluster-split"') == 1
    new = split.json()["clusters"][1]
    assert f'class="cluster-merge" data-other="{new}"' in after  # same day, other cluster
    review = web.get("/review").text
    assert 'class="revert-cluster"' in review
    assert "local" in review  # who split (the app runs without tokens here)
