"""One member of a JSON object kept as text, read in SQL on SQLite and PostgreSQL alike.

Columns of :class:`~historiograph.store.schema.JsonText` hold JSON as TEXT (so
numbers keep their type on every backend). Filters that look inside them — an
event's place entity or name — need the database's own JSON functions, which
differ: SQLite has ``json_extract(col, '$.key')``, PostgreSQL ``(col::json ->>
'key')``. :func:`json_field` compiles to the right one, as text.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.expression import ColumnElement, FunctionElement


class _JsonField(FunctionElement[str]):
    type = String()
    name = "json_field"
    inherit_cache = True


def json_field(
    column: ColumnElement[Any] | QueryableAttribute[Any], key: str
) -> ColumnElement[str]:
    """``column``'s member ``key`` as text (NULL when absent)."""
    return _JsonField(column, key)


@compiles(_JsonField, "sqlite")
def _sqlite(element: _JsonField, compiler: Any, **kw: Any) -> str:
    column, key = list(element.clauses)
    return f"json_extract({compiler.process(column, **kw)}, '$.' || {compiler.process(key, **kw)})"


@compiles(_JsonField, "postgresql")
def _postgresql(element: _JsonField, compiler: Any, **kw: Any) -> str:
    column, key = list(element.clauses)
    return f"(CAST({compiler.process(column, **kw)} AS json) ->> {compiler.process(key, **kw)})"
