"""Full-text search over document titles and text (SQLite FTS5).

People type queries, not FTS5 syntax, so :func:`fts_query` never passes their
input through as syntax: each whitespace-separated word, or each balanced
``"quoted phrase"``, becomes an FTS5 string that must match, and a trailing
``*`` asks for a prefix. ``"Camp Ashraf`` (an unbalanced quote), ``MKO's``,
``AND`` or ``NEAR(a b)`` are therefore just words to look for. The index uses
the porter stemmer, so ``attacks`` also finds "attacked".
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

from historiograph.errors import StoreError
from historiograph.store.results import MARK_CLOSE, MARK_OPEN, SearchHit
from historiograph.store.schema import FTS_TABLE

SNIPPET_TOKENS = 16
TITLE_WEIGHT = 5.0
"""bm25 weight of a title match relative to a match in the text."""

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"[^\W_]")

_SEARCH_SQL = text(
    f"""
    SELECT d.id AS doc_id, d.title AS title,
           snippet({FTS_TABLE}, -1, :open, :close, '…', :tokens) AS snippet,
           bm25({FTS_TABLE}, :title_weight, 1.0) AS rank
    FROM {FTS_TABLE} JOIN documents AS d ON d.pk = {FTS_TABLE}.rowid
    WHERE {FTS_TABLE} MATCH :query
    ORDER BY rank, d.pk
    LIMIT :limit
    """
)


def fts_query(query: str) -> str | None:
    """The FTS5 query for what a person typed, or ``None`` when it holds no word at all."""
    terms = []
    for phrase, word in _TERM.findall(_CONTROL.sub(" ", query)):
        raw = phrase or word
        prefix = bool(word) and raw.endswith("*")
        raw = raw.rstrip("*") if prefix else raw
        if _WORD.search(raw):
            terms.append('"' + raw.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms) or None


def search(connection: Connection, query: str, *, limit: int) -> list[SearchHit]:
    """Documents matching every term of ``query``, best first (see the module docstring)."""
    if connection.dialect.name != "sqlite":
        raise StoreError(f"full-text search is not available on {connection.dialect.name} yet")
    if limit < 1:
        raise StoreError(f"search limit must be at least 1, not {limit}")
    match = fts_query(query)
    if match is None:
        raise StoreError(f"nothing to search for in {query!r}: give at least one word")
    params = {
        "query": match,
        "limit": limit,
        "open": MARK_OPEN,
        "close": MARK_CLOSE,
        "tokens": SNIPPET_TOKENS,
        "title_weight": TITLE_WEIGHT,
    }
    try:
        rows = connection.execute(_SEARCH_SQL, params).mappings().all()
    except OperationalError as exc:
        raise StoreError(f"cannot search for {query!r}: {exc.orig}") from exc
    return [SearchHit.model_validate(dict(row)) for row in rows]
