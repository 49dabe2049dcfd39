"""Writing through the API: tokens, review decisions, the audit log, reverts, re-extraction."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import text

from historiograph.cli import cli
from historiograph.record import Record
from historiograph.store import Store
from workbench_store import client, new_token, workbench_store


@pytest.fixture
def setup(tmp_path: Path) -> tuple[TestClient, str, Record, dict[str, str]]:
    db, rich, _ = workbench_store(tmp_path)
    auth = {"Authorization": f"Bearer {new_token(db, 'ada')}"}
    return client(db, tmp_path), db, rich, auth


def claim_review(
    record: Record, claim_id: str, action: str, **changes: object
) -> dict[str, object]:
    claim = next(c for c in record.claims if c.id == claim_id)
    return {
        "document_id": record.document.id,
        "kind": "claim",
        "span": list(claim.span),
        "action": action,
        "changes": changes,
    }


@pytest.mark.parametrize(
    ("method", "url"),
    [("post", "/api/reviews"), ("post", "/api/reviews/log/1/revert"), ("post", "/api/ingest")],
)
def test_writes_without_a_token_are_401(
    setup: tuple[TestClient, str, Record, dict[str, str]], method: str, url: str
) -> None:
    api, _, rich, _ = setup

    response = getattr(api, method)(url, json=claim_review(rich, "c1", "accept"))

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"]["code"] == "E401"
    assert "token create" in response.json()["error"]["message"]


def test_a_wrong_or_revoked_token_is_refused(
    setup: tuple[TestClient, str, Record, dict[str, str]],
) -> None:
    api, db, rich, auth = setup
    body = claim_review(rich, "c1", "accept")

    wrong = api.post("/api/reviews", json=body, headers={"Authorization": "Bearer hg_guess"})
    result = CliRunner().invoke(cli, ["token", "revoke", "ada", "--db", db])
    revoked = api.post("/api/reviews", json=body, headers=auth)

    assert wrong.status_code == 401
    assert result.exit_code == 0, result.output
    assert revoked.status_code == 401


def test_a_token_created_while_the_server_runs_works_at_once(tmp_path: Path) -> None:
    """Tokens are looked up per request: no restart of a long-running `serve` is needed."""
    db, rich, _ = workbench_store(tmp_path)
    api = client(db, tmp_path)  # started before the token exists
    auth = {"Authorization": f"Bearer {new_token(db, 'grace')}"}

    response = api.post("/api/reviews", json=claim_review(rich, "c1", "accept"), headers=auth)

    assert response.status_code == 201, response.text
    assert response.json()["reviewer"] == "grace"


def test_an_edit_shows_in_the_record_and_in_the_audit_log(
    setup: tuple[TestClient, str, Record, dict[str, str]],
) -> None:
    api, _, rich, auth = setup

    entry = api.post(
        "/api/reviews", json=claim_review(rich, "c1", "edit", value=37), headers=auth
    ).json()
    claims = api.get("/api/claims", params={"property": "fatalities"}).json()["items"]
    record = api.get(f"/api/documents/{rich.document.id}").json()
    log = api.get("/api/reviews/log").json()["items"]

    assert entry["reviewer"] == "ada"
    assert (entry["action"], entry["before"], entry["after"]) == (
        "edit",
        None,
        {"status": "edited", "changes": {"value": 37}},
    )
    rich_claim = next(c for c in claims if c["document"]["id"] == rich.document.id)
    assert rich_claim["value"] == 37
    assert rich_claim["review"]["status"] == "edited"
    assert record["claims"][0]["value"] == 37
    assert [e["id"] for e in log] == [entry["id"]]


def test_reverting_restores_the_decision_before_and_is_logged(
    setup: tuple[TestClient, str, Record, dict[str, str]],
) -> None:
    api, _, rich, auth = setup
    api.post("/api/reviews", json=claim_review(rich, "c2", "accept"), headers=auth)
    rejection = api.post("/api/reviews", json=claim_review(rich, "c2", "reject"), headers=auth)

    undo = api.post(f"/api/reviews/log/{rejection.json()['id']}/revert", headers=auth).json()
    claim = api.get(f"/api/documents/{rich.document.id}").json()["claims"][1]

    assert undo["action"] == "revert"
    assert undo["reverts"] == rejection.json()["id"]
    assert undo["before"]["status"] == "rejected"
    assert undo["after"]["status"] == "accepted"
    assert claim["review"]["status"] == "accepted"
    assert api.get("/api/reviews/log").json()["total"] == 3


def test_an_event_and_an_entity_link_can_be_reviewed(
    setup: tuple[TestClient, str, Record, dict[str, str]],
) -> None:
    api, _, rich, auth = setup
    event = rich.events[0]
    unlinked = next(m for m in rich.mentions if m.entity is None)

    rejected = api.post(
        "/api/reviews",
        json={
            "document_id": rich.document.id,
            "kind": "event",
            "span": list(event.span),
            "action": "reject",
        },
        headers=auth,
    )
    relinked = api.post(
        "/api/reviews",
        json={
            "document_id": rich.document.id,
            "kind": "mention",
            "span": list(unlinked.span),
            "action": "edit",
            "changes": {"entity": "ent:mko"},
        },
        headers=auth,
    )
    record = api.get(f"/api/documents/{rich.document.id}").json()
    timeline = api.get("/api/timeline").json()["items"]

    assert (rejected.status_code, relinked.status_code) == (201, 201)
    assert record["events"][0]["review"]["status"] == "rejected"
    mention = next(m for m in record["mentions"] if m["id"] == unlinked.id)
    assert mention["entity"] == "ent:mko"
    assert {i["event_id"]: i["review"] for i in timeline}["ev1"] == "rejected"


@pytest.mark.parametrize(
    ("changes", "status", "message"),
    [
        ({"value": 37, "span": [0, 1]}, 400, "cannot edit span"),
        ({"qualifier": "roughly"}, 400, "qualifier"),
        ({}, 400, "needs the fields"),
    ],
)
def test_invalid_edits_are_refused_with_a_reason(
    setup: tuple[TestClient, str, Record, dict[str, str]],
    changes: dict[str, object],
    status: int,
    message: str,
) -> None:
    api, _, rich, auth = setup

    response = api.post(
        "/api/reviews", json=claim_review(rich, "c1", "edit", **changes), headers=auth
    )

    assert response.status_code == status
    assert message in response.json()["error"]["message"]
    assert api.get("/api/reviews/log").json()["items"] == []


def test_a_review_of_nothing_is_404(setup: tuple[TestClient, str, Record, dict[str, str]]) -> None:
    api, _, rich, auth = setup
    body = {**claim_review(rich, "c1", "accept"), "span": [1, 2]}

    response = api.post("/api/reviews", json=body, headers=auth)
    revert = api.post("/api/reviews/log/999/revert", headers=auth)

    assert response.status_code == 404
    assert "no claim at span [1, 2)" in response.json()["error"]["message"]
    assert revert.status_code == 404


def test_reviews_survive_the_document_being_extracted_again(
    setup: tuple[TestClient, str, Record, dict[str, str]],
) -> None:
    api, db, rich, auth = setup
    api.post("/api/reviews", json=claim_review(rich, "c1", "edit", value=40), headers=auth)

    with Store.open(db) as store:
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM documents WHERE id = :id"), {"id": rich.document.id})
        assert not store.has_document(rich.document.id)
        # re-extraction renumbers the claims; the review follows the span, not the id
        renumbered = rich.model_copy(
            update={"claims": [c.model_copy(update={"id": f"x{c.id}"}) for c in rich.claims]}
        )
        store.save_record(renumbered)

    record = api.get(f"/api/documents/{rich.document.id}").json()
    assert (record["claims"][0]["id"], record["claims"][0]["value"]) == ("xc1", 40)


def test_writes_need_no_token_when_the_app_is_started_without_tokens(tmp_path: Path) -> None:
    db, rich, _ = workbench_store(tmp_path)
    api = client(db, tmp_path, token_required_for_writes=False)

    entry = api.post("/api/reviews", json=claim_review(rich, "c3", "accept")).json()

    assert entry["reviewer"] == "local"


def test_token_commands_print_the_secret_once_and_store_only_its_hash(tmp_path: Path) -> None:
    db = str(tmp_path / "tokens.db")
    runner = CliRunner()

    created = runner.invoke(cli, ["token", "create", "ada", "--db", db])
    duplicate = runner.invoke(cli, ["token", "create", "ada", "--db", db])
    listed = runner.invoke(cli, ["token", "list", "--db", db, "--format", "json"])

    secret = created.stdout.strip()
    assert created.exit_code == 0 and secret.startswith("hg_") and len(secret) > 40
    assert duplicate.exit_code != 0
    assert '"name": "ada"' in listed.stdout and secret not in listed.stdout
    with Store.open(db) as store, store.engine.connect() as conn:
        stored = conn.execute(text("SELECT token_hash FROM api_tokens")).scalar_one()
    assert secret not in stored and len(stored) == 64
