"""Full-text search: ranked hits with marked snippets, and any typed text is a safe query."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from historiograph.errors import StoreError
from historiograph.record import Record
from historiograph.store import MARK_CLOSE, MARK_OPEN, SearchHit, Store
from historiograph.store.search import fts_query
from store_records import plain_record

ASHRAF = plain_record(
    "Camp Ashraf was home to the MKO. Iraqi forces raided Camp Ashraf in 2009 and "
    "attacked Camp Ashraf again in 2011; the MKO's leaders condemned the raids.",
    title="The raids on Camp Ashraf",
)
PASSING = plain_record(
    "Ashraf is mentioned once here; the road north of Baghdad passes a camp.",
    title="Roads of Diyala",
)
PARIS = plain_record("In 1981 the leadership fled to Paris, in France.", title="Exile")
CAFE = plain_record("They met at the Café Tehrān in the old quarter.", title="Meetings")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(str(tmp_path_factory.mktemp("search") / "store.db")) as opened:
        for record in (PASSING, ASHRAF, PARIS, CAFE):
            opened.save_record(record)
        yield opened


def ids(hits: list[SearchHit]) -> list[str]:
    return [hit.doc_id for hit in hits]


def test_hits_are_ranked_best_first(store: Store) -> None:
    hits = store.search("Ashraf")

    assert ids(hits) == [ASHRAF.document.id, PASSING.document.id]
    assert hits[0].rank < hits[1].rank
    assert hits[0].title == "The raids on Camp Ashraf"


def test_snippets_mark_the_matches(store: Store) -> None:
    (hit,) = store.search("Paris")

    assert f"{MARK_OPEN}Paris{MARK_CLOSE}" in hit.snippet
    assert "fled to" in hit.snippet


def test_every_word_must_match(store: Store) -> None:
    assert ids(store.search("camp Ashraf")) == [ASHRAF.document.id, PASSING.document.id]
    assert ids(store.search("Ashraf Paris")) == []


def test_a_quoted_phrase_must_match_as_a_phrase(store: Store) -> None:
    assert ids(store.search('"Camp Ashraf"')) == [ASHRAF.document.id]


def test_words_are_stemmed_and_a_trailing_star_is_a_prefix(store: Store) -> None:
    assert ids(store.search("attacks")) == [ASHRAF.document.id]
    assert ids(store.search("Bagh*")) == [PASSING.document.id]


def test_accents_do_not_matter(store: Store) -> None:
    assert ids(store.search("cafe tehran")) == [CAFE.document.id]


def test_limit_caps_the_hits(store: Store) -> None:
    assert ids(store.search("Ashraf", limit=1)) == [ASHRAF.document.id]
    with pytest.raises(StoreError, match="limit"):
        store.search("Ashraf", limit=0)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"Camp Ashraf', [ASHRAF, PASSING]),  # unbalanced quote
        ("MKO's", [ASHRAF]),
        ("Camp Ashraf\"'", [ASHRAF, PASSING]),
        ("NEAR(camp ashraf)", []),  # looks for the word "near"
        ("camp AND ashraf", [ASHRAF]),  # "and" is a word, which PASSING lacks
        ("ashraf OR paris", []),
        ("NOT paris", []),
        ("title:Exile", []),  # no column filters: "title" is a word
        ("-paris", [PARIS]),
        ("(paris)", [PARIS]),
        ("paris^", [PARIS]),
        ("'; DROP TABLE documents; --", []),
        ("paris\x00", [PARIS]),
    ],
)
def test_hostile_queries_are_read_as_plain_words(
    store: Store, query: str, expected: list[Record]
) -> None:
    assert ids(store.search(query)) == [r.document.id for r in expected]


@pytest.mark.parametrize("query", ["", "   ", '"', "***", "( ) - + ^ :", '""'])
def test_a_query_without_words_is_a_store_error(store: Store, query: str) -> None:
    with pytest.raises(StoreError, match="nothing to search for"):
        store.search(query)


@settings(max_examples=150, deadline=None)
@given(query=st.text(max_size=30))
def test_no_query_raises_a_raw_database_error(store: Store, query: str) -> None:
    try:
        hits = store.search(query)
    except StoreError:
        assert fts_query(query) is None
    else:
        assert all(hit.doc_id for hit in hits)


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('say "Camp Ashraf" now') == '"say" "Camp Ashraf" "now"'
    assert fts_query("\"MKO's") == '"""MKO\'s"'
    assert fts_query("attack* *") == '"attack"*'
