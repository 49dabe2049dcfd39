"""The web pages write tolls and figures as the CLI does (``cli.options``): 84, not 84.0;
an open bound as "?"; a toll with only a best estimate as that estimate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from historiograph.cli.options import toll_text
from historiograph.record import (
    Claim,
    Document,
    Entity,
    Event,
    Fatalities,
    Mention,
    Record,
    Trigger,
    document_id,
)
from historiograph.store import Store
from workbench_store import client

TEXT = "Officials said at least 12 people were killed when the market was shelled."
TOLLS = {
    "e1": Fatalities(low=12.0, best=12.0, high=12.0),
    "e2": Fatalities(low=12, best=None, high=None),
    "e3": Fatalities(low=None, best=7.5, high=None),
    "e4": Fatalities(low=3, best=4.0, high=5),
}


def _record() -> Record:
    trigger = TEXT.index("shelled")
    events = [
        Event(
            id=ident,
            span=(0, len(TEXT)),
            trigger=Trigger(span=(trigger, trigger + 7), text="shelled"),
            type="attack",
            fatalities=toll,
        )
        for ident, toll in TOLLS.items()
    ]
    claim = Claim(
        id="c1", span=(15, 43), property="fatalities", value=12.0, low=12.0, qualifier="at_least"
    )
    document = Document(id=document_id(TEXT), title="Market", text=TEXT)
    return Record(document=document, events=events, claims=[claim])


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("figures")
    db = str(folder / "figures.db")
    with Store.open(db) as store:
        store.save_record(_record())
    return client(db, folder)


@pytest.mark.parametrize("event_id", sorted(TOLLS))
def test_the_event_page_writes_the_toll_as_the_cli_does(api: TestClient, event_id: str) -> None:
    html = api.get(f"/events/{document_id(TEXT)}/{event_id}").text
    toll = TOLLS[event_id]

    shown = re.search(r"<dt>Fatalities</dt><dd>(.*?)</dd>", html, re.DOTALL)

    assert shown is not None
    assert shown.group(1).strip() == toll_text(toll.low, toll.best, toll.high)


def test_a_toll_known_only_by_its_best_estimate_shows_that_estimate() -> None:
    assert toll_text(None, 7.5, None) == "7.5"
    assert toll_text(None, None, None) == "?"
    assert toll_text(12.0, 12.0, 12.0) == "12"


def test_claim_figures_are_written_as_counts(api: TestClient) -> None:
    event = api.get(f"/events/{document_id(TEXT)}/e1").text
    reader = api.get(f"/documents/{document_id(TEXT)}").text

    assert '<span class="value">12</span>' in event
    assert "at least 12 " in reader and "12.0" not in reader


@pytest.mark.parametrize(
    ("source", "linked"),
    [
        ("https://ledger.example.com/news/strike", True),
        ("corpus/batch.jsonl#2", False),
        ("javascript:alert(1)", False),
    ],
)
def test_the_reader_links_a_web_source_and_nothing_else(
    tmp_path: Path, source: str, linked: bool
) -> None:
    record = _record()
    record = record.model_copy(
        update={"document": record.document.model_copy(update={"source": source})}
    )
    db = str(tmp_path / "source.db")
    with Store.open(db) as store:
        store.save_record(record)

    html = client(db, tmp_path).get(f"/documents/{record.document.id}").text

    assert (f'<a href="{source}"' in html) is linked
    assert source.replace("&", "&amp;") in html


def test_qualifiers_read_as_words(api: TestClient) -> None:
    event = api.get(f"/events/{document_id(TEXT)}/e1").text

    assert "at least" in event and "at_least <span" not in event


def test_the_search_page_counts_every_match_and_refuses_no_words_politely(
    api: TestClient,
) -> None:
    found = api.get("/search", params={"q": "market"})
    nothing = api.get("/search", params={"q": "??"})

    assert "1 document matches" in found.text
    assert nothing.status_code == 200
    assert "holds no word to search for" in nothing.text


def test_each_account_card_shows_its_own_toll(api: TestClient) -> None:
    """Accounts side by side show where their tolls differ, as `historiograph event` does."""
    html = api.get(f"/events/{document_id(TEXT)}/e4").text

    tolls = re.findall(r'<span class="toll">(.*?)</span>', html)

    assert "3–5 (best 4)" in tolls


def test_the_entity_page_counts_in_english_and_lists_only_other_names(tmp_path: Path) -> None:
    text = "The Harbour League marched. The League marched again."
    first, second = text.index("Harbour League"), text.index("League marched again")
    record = Record(
        document=Document(id=document_id(text), text=text),
        entities=[
            Entity(
                id="ent:harbour-league",
                kind="organization",
                name="Harbour League",
                aliases=["Harbour League", "League"],
            )
        ],
        mentions=[
            Mention(
                id="m1",
                span=(first, first + 14),
                text="Harbour League",
                entity="ent:harbour-league",
            ),
            Mention(id="m2", span=(second, second + 6), text="League", entity="ent:harbour-league"),
        ],
    )
    db = str(tmp_path / "entity.db")
    with Store.open(db) as store:
        store.save_record(record)

    html = client(db, tmp_path).get("/entities/ent:harbour-league").text

    assert "2 mentions in 1 document<" in html
    assert "Also called: League<" in html
