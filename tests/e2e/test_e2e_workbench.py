"""The workbench in a real browser: timeline to event to accounts, review with a token, escaping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Workbench

pytestmark = pytest.mark.e2e


def test_the_timeline_opens_an_event_with_its_accounts(
    page: Any, workbench: Workbench, artifacts: Path
) -> None:
    page.goto(workbench.url + "/timeline")
    page.wait_for_selector(".vis-item")
    page.screenshot(path=str(artifacts / "timeline.png"), full_page=True)

    assert page.locator(".vis-item.uncertain").count() > 0  # month- or year-precise dates
    page.locator(".vis-item", has_text="attack").first.click()
    page.wait_for_url("**/events/**")
    page.screenshot(path=str(artifacts / "event.png"), full_page=True)

    assert page.locator("section.accounts .account").count() >= 1
    assert page.locator("section.event blockquote.evidence").inner_text().strip()
    assert workbench.blocked == []


def test_a_claim_edited_with_a_token_appears_in_the_audit_log(
    page: Any, workbench: Workbench, artifacts: Path
) -> None:
    events = page.request.get(workbench.url + "/api/events?limit=500").json()["items"]
    event = next(e for e in events if e["claims"])
    page.goto(f"{workbench.url}/events/{event['document']['id']}/{event['id']}")

    page.fill("#token-input", workbench.token)
    page.click("#token-form button")
    claim = page.locator("section.claims .claim").first
    claim.locator("details.edit summary").click()
    claim.locator("input[name=value]").fill("4242")
    with page.expect_navigation():
        claim.locator("form.edit-form button").click()
    page.screenshot(path=str(artifacts / "event-after-edit.png"), full_page=True)

    edited = page.locator("section.claims .claim").first
    assert edited.locator(".value").inner_text() == "4242"
    assert edited.locator(".badge.edited").count() == 1

    page.goto(workbench.url + "/review")
    page.screenshot(path=str(artifacts / "review-log.png"), full_page=True)
    row = page.locator("tr.log-entry").first
    assert row.locator(".who").inner_text() == "e2e-reviewer"
    assert row.locator(".action").inner_text() == "edit"
    assert "4242" in row.locator(".after").inner_text()


def test_a_claim_edit_without_a_token_is_refused(page: Any, workbench: Workbench) -> None:
    events = page.request.get(workbench.url + "/api/events?limit=500").json()["items"]
    event = next(e for e in events if e["claims"])
    page.goto(f"{workbench.url}/events/{event['document']['id']}/{event['id']}")
    page.evaluate("window.localStorage.clear()")

    page.locator("section.claims .claim").first.locator("button[data-action=reject]").click()

    state = page.locator("section.claims .claim").first.locator(".review-state")
    state.filter(has_text="E401").wait_for()


def test_a_script_tag_in_a_document_renders_as_text(
    page: Any, workbench: Workbench, artifacts: Path
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(f"{workbench.url}/documents/{workbench.hostile_id}")
    page.screenshot(path=str(artifacts / "document-hostile.png"), full_page=True)

    text = page.locator("#document-text").inner_text()
    assert "<script>alert('pwned')</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert page.locator("main script, main img").count() == 0
    assert dialogs == []


def test_no_two_actor_labels_overlap(page: Any, workbench: Workbench) -> None:
    page.goto(workbench.url + "/graph")
    page.wait_for_selector("#graph canvas")
    page.wait_for_function("window.actorGraph !== undefined")

    overlaps = page.evaluate(
        """() => {
        const boxes = window.actorGraph.nodes().map((node) => [
          node.data("label"),
          node.boundingBox({ includeNodes: false, includeLabels: true }),
        ]);
        const hits = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, p] = boxes[i];
            const [b, q] = boxes[j];
            if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) hits.push([a, b]);
          }
        }
        return [boxes.length, hits];
      }"""
    )

    assert overlaps[0] > 3
    assert overlaps[1] == []


@pytest.mark.parametrize(
    ("path", "ready", "name"),
    [
        ("/map", "#map path.leaflet-interactive", "map"),
        ("/graph", "#graph canvas", "graph"),
        ("/", "table.listing", "documents"),
        ("/entities/ent:camp-ashraf", "h1", "entity"),
        ("/search?q=Ashraf", "ol.results li", "search"),
    ],
)
def test_each_view_renders_offline(
    page: Any, workbench: Workbench, artifacts: Path, path: str, ready: str, name: str
) -> None:
    page.goto(workbench.url + path)
    page.wait_for_selector(ready)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)

    if name == "map":
        assert page.locator("#map path.leaflet-interactive").count() > 100  # country borders
    if name == "graph":
        assert "actors" in page.locator("#graph-state").inner_text()
    assert workbench.blocked == []


def test_the_timeline_draws_a_disputed_date_over_every_accounts_date(
    page: Any, workbench: Workbench, artifacts: Path
) -> None:
    page.goto(workbench.url + "/timeline")
    disputed = page.locator(".vis-item.disputed").first
    disputed.wait_for()
    page.screenshot(path=str(artifacts / "timeline-disputed.png"), full_page=True)

    tooltip = disputed.locator("span[title]").get_attribute("title")
    dates = {line.rsplit(": ", 1)[1] for line in tooltip.splitlines()[1:]}
    assert "disputed date" in tooltip.splitlines()[0]
    assert len(dates) >= 2  # the accounts give different dates
    assert "accounts)" in disputed.inner_text()


def test_the_timeline_lists_each_drawn_event_once(page: Any, workbench: Workbench) -> None:
    page.goto(workbench.url + "/timeline")
    page.locator("#timeline-list li").first.wait_for()

    rows = page.locator("#timeline-list li")
    ids = [rows.nth(i).get_attribute("data-item") for i in range(rows.count())]
    accounts = page.request.get(workbench.url + "/api/timeline?limit=500").json()["items"]
    clustered = {a["cluster"]["id"] for a in accounts if a["cluster"]}
    assert len(ids) == len(set(ids))  # a cluster told by several accounts is one row
    assert len(ids) < len(accounts)  # the demo store has clusters of several accounts
    assert {f"cluster-{c}" for c in clustered} <= set(ids)
    assert "events from" in page.locator("#timeline-state").inner_text()


def _clustered_pair(page: Any, workbench: Workbench) -> tuple[dict[str, Any], dict[str, Any]]:
    """An event and another document's account in its cluster, of the same type and dates."""
    for cluster in page.request.get(workbench.url + "/api/clusters?limit=500").json()["items"]:
        if cluster["documents"] < 2:
            continue
        detail = page.request.get(f"{workbench.url}/api/clusters/{cluster['id']}").json()
        for member in detail["members"]:
            url = f"{workbench.url}/api/events/{member['document']}/{member['event']}"
            event = page.request.get(url).json()
            for other in event["accounts"]:
                mine = event["event"]
                same = other["type"] == mine["type"] and other["when"] == mine["when"]
                if same and other["document"]["id"] != mine["document"]["id"]:
                    return event["event"], other
    pytest.fail("the demo store has no cluster of two documents' same-day accounts")


def test_accounts_are_split_out_merged_back_and_reverted_from_the_ui(
    page: Any, workbench: Workbench, artifacts: Path
) -> None:
    event, other = _clustered_pair(page, workbench)
    page.goto(f"{workbench.url}/events/{event['document']['id']}/{event['id']}")
    page.fill("#token-input", workbench.token)
    page.click("#token-form button")
    card = f".account[data-doc='{other['document']['id']}'][data-event='{other['id']}']"

    with page.expect_navigation():
        page.locator(
            f"section.accounts .side-by-side:not(.candidates) {card} button.cluster-split"
        ).click()
    page.screenshot(path=str(artifacts / "event-after-split.png"), full_page=True)
    with page.expect_navigation():
        page.locator(f".candidates {card} button.cluster-merge").click()

    assert page.locator(f".candidates {card}").count() == 0
    assert page.locator(f"{card} button.cluster-split").count() == 1

    page.goto(workbench.url + "/review")
    rows = page.locator("tr.cluster-decision")
    assert [rows.nth(i).locator(".action").inner_text() for i in range(2)] == ["merge", "split"]
    assert rows.first.locator(".reviewer").inner_text() == "e2e-reviewer"
    with page.expect_navigation():
        rows.first.locator("button.revert-cluster").click()
    page.screenshot(path=str(artifacts / "review-log-clusters.png"), full_page=True)

    newest = page.locator("tr.cluster-decision").first
    assert newest.locator(".action").inner_text() == "split"
    assert "reverts decision" in newest.locator(".note").inner_text()
    after = page.request.get(
        f"{workbench.url}/api/events/{other['document']['id']}/{other['id']}"
    ).json()
    mine = page.request.get(
        f"{workbench.url}/api/events/{event['document']['id']}/{event['id']}"
    ).json()
    assert after["cluster"] != mine["cluster"]  # the merge undone: apart again
    assert workbench.blocked == []
