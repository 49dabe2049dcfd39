"""Full-text search over document titles and text: SQLite FTS5, or PostgreSQL's text search.

People type queries, not search syntax, so their input is never passed
through as syntax: each whitespace-separated word, or each balanced
``"quoted phrase"``, becomes a term that must match, and a trailing ``*`` asks
for a prefix. ``"Camp Ashraf`` (an unbalanced quote), ``MKO's``, ``AND`` or
``NEAR(a b)`` are therefore just words to look for. Both backends stem English
(FTS5's porter tokenizer, PostgreSQL's ``english`` configuration), so
``attacks`` also finds "attacked", and both weigh a title match
:data:`TITLE_WEIGHT` times a match in the text.

On PostgreSQL each term becomes its own ``tsquery`` (``plainto_tsquery`` for a
word, ``phraseto_tsquery`` for a phrase, a ``:*`` prefix query in the
``simple`` configuration), combined with ``&&``, and the match runs against the
expression the GIN index of migration ``0004`` is built on. ``SearchHit.rank``
is then the negated ``ts_rank``, so that lower is better on both backends.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, TextClause, text
from sqlalchemy.exc import DBAPIError

from historiograph.errors import StoreError
from historiograph.store.results import MARK_CLOSE, MARK_OPEN, SearchHit
from historiograph.store.schema import FTS_TABLE

SNIPPET_TOKENS = 16
TITLE_WEIGHT = 5.0
"""Weight of a title match relative to a match in the text (bm25 weights; ts_rank A over B)."""

# Must stay the expression of the index in migrations/versions/r0004_postgres_search.py.
PG_DOCUMENT_VECTOR = (
    "(setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, text), 'B'))"
)
# ts_rank weights for D, C, B, A: the text is B, the title A.
PG_WEIGHTS = f"{{0.1, 0.1, 0.2, {0.2 * TITLE_WEIGHT}}}"

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WORD = re.compile(r"[^\W_]")
_WORDS = re.compile(r"[^\W_]+")

_SEARCH_SQL = text(
    f"""
    SELECT d.id AS doc_id, d.title AS title,
           snippet({FTS_TABLE}, -1, :open, :close, '…', :tokens) AS snippet,
           bm25({FTS_TABLE}, :title_weight, 1.0) AS rank
    FROM {FTS_TABLE} JOIN documents AS d ON d.pk = {FTS_TABLE}.rowid
    WHERE {FTS_TABLE} MATCH :query
    ORDER BY rank, d.pk
    LIMIT :limit OFFSET :offset
    """
)
_COUNT_SQL = text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :query")


def _terms(query: str) -> list[tuple[str, bool, bool]]:
    """``(text, is_phrase, is_prefix)`` for each term of what a person typed that holds a word."""
    terms = []
    for phrase, word in _TERM.findall(_CONTROL.sub(" ", query)):
        raw = phrase or word
        prefix = bool(word) and raw.endswith("*")
        raw = raw.rstrip("*") if prefix else raw
        if _WORD.search(raw):
            terms.append((raw, bool(phrase), prefix))
    return terms


def has_words(query: str) -> bool:
    """Whether ``query`` holds a word to search for (else :func:`search` refuses it)."""
    return bool(_terms(query))


def fts_query(query: str) -> str | None:
    """The FTS5 query for what a person typed, or ``None`` when it holds no word at all."""
    terms = [
        '"' + raw.replace('"', '""') + '"' + ("*" if prefix else "")
        for raw, _, prefix in _terms(query)
    ]
    return " ".join(terms) or None


def pg_query(query: str) -> tuple[str, dict[str, str]] | None:
    """The PostgreSQL ``tsquery`` expression and its parameters, or ``None`` without a word."""
    parts: list[str] = []
    params: dict[str, str] = {}
    for i, (raw, is_phrase, prefix) in enumerate(_terms(query)):
        name = f"term{i}"
        if prefix:
            params[name] = " & ".join(f"{word}:*" for word in _WORDS.findall(raw))
            parts.append(f"to_tsquery('simple'::regconfig, :{name})")
        else:
            params[name] = raw
            function = "phraseto_tsquery" if is_phrase else "plainto_tsquery"
            parts.append(f"{function}('english'::regconfig, :{name})")
    if not parts:
        return None
    return " && ".join(parts), params


def _pg_search_sql(tsquery: str) -> TextClause:
    # The headline is computed after the LIMIT: ts_headline parses the whole text.
    return text(
        f"""
        SELECT hit.doc_id, hit.title, hit.rank,
               ts_headline('english'::regconfig, coalesce(hit.title || E'\\n', '') || hit.body,
                           hit.query, :headline) AS snippet
        FROM (
            SELECT d.id AS doc_id, d.title AS title, d.text AS body, d.pk AS pk, q.query AS query,
                   -ts_rank(CAST(:weights AS real[]), {PG_DOCUMENT_VECTOR}, q.query) AS rank
            FROM documents AS d, (SELECT {tsquery} AS query) AS q
            WHERE {PG_DOCUMENT_VECTOR} @@ q.query
            ORDER BY rank, d.pk
            LIMIT :limit OFFSET :offset
        ) AS hit
        ORDER BY hit.rank, hit.pk
        """
    )


def _no_words(query: str) -> StoreError:
    return StoreError(f"nothing to search for in {query!r}: give at least one word")


def search(connection: Connection, query: str, *, limit: int, offset: int = 0) -> list[SearchHit]:
    """Documents matching every term of ``query``, best first (see the module docstring).

    ``offset`` skips that many of the best hits, for paging through them.
    """
    if limit < 1 or offset < 0:
        raise StoreError(f"search needs limit >= 1 and offset >= 0, not {limit} and {offset}")
    dialect = connection.dialect.name
    paging = {"limit": limit, "offset": offset}
    if dialect == "postgresql":
        built = pg_query(query)
        if built is None:
            raise _no_words(query)
        tsquery, params = built
        statement = _pg_search_sql(tsquery)
        headline = (
            f'StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}", MaxWords={SNIPPET_TOKENS}, '
            f'MinWords={SNIPPET_TOKENS // 3}, FragmentDelimiter="…", MaxFragments=1'
        )
        values: dict[str, Any] = {
            **params,
            **paging,
            "headline": headline,
            "weights": PG_WEIGHTS,
        }
    elif dialect == "sqlite":
        match = fts_query(query)
        if match is None:
            raise _no_words(query)
        statement = _SEARCH_SQL
        values = {
            "query": match,
            **paging,
            "open": MARK_OPEN,
            "close": MARK_CLOSE,
            "tokens": SNIPPET_TOKENS,
            "title_weight": TITLE_WEIGHT,
        }
    else:
        raise StoreError(f"full-text search is not available on {dialect}")
    try:
        rows = connection.execute(statement, values).mappings().all()
    except DBAPIError as exc:
        raise StoreError(f"cannot search for {query!r}: {exc.orig}") from exc
    return [SearchHit.model_validate(dict(row)) for row in rows]


def count(connection: Connection, query: str) -> int:
    """How many documents match ``query`` (the total a page of :func:`search` hits is out of)."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        built = pg_query(query)
        if built is None:
            raise _no_words(query)
        tsquery, values = built
        statement = text(
            f"SELECT count(*) FROM documents AS d WHERE {PG_DOCUMENT_VECTOR} @@ ({tsquery})"
        )
    elif dialect == "sqlite":
        match = fts_query(query)
        if match is None:
            raise _no_words(query)
        statement, values = _COUNT_SQL, {"query": match}
    else:
        raise StoreError(f"full-text search is not available on {dialect}")
    try:
        return int(connection.execute(statement, values).scalar_one())
    except DBAPIError as exc:
        raise StoreError(f"cannot search for {query!r}: {exc.orig}") from exc
