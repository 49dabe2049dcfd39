"""The record as flat tables: one per record part, for Parquet, pandas, DuckDB and Spark.

Tables: ``documents``, ``entities``, ``mentions``, ``timexes``, ``claims``,
``events``; every row after ``documents`` starts with ``document_id`` so
the tables join. Their Arrow schemas are derived from the record's pydantic
models, so a field added to the record appears here without an edit:

- a nested object becomes prefixed columns (``when_earliest``,
  ``where_lat``, ``source_kind``, ``fatalities_best``);
- a span becomes ``<name>_start`` and ``<name>_end``;
- a list of objects (``actors``, ``references``) a list of structs, a list
  of strings a list, a ``dict`` a map;
- a value that is a number or a string (``claims.value``) two columns,
  ``value_number`` and ``value_text``;
- ``float | int`` is ``float64`` (Parquet keeps no int/float union).
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from historiograph.record import Claim, Document, Entity, Event, Mention, Record, Timex

PARTS: dict[str, type[BaseModel]] = {
    "documents": Document,
    "entities": Entity,
    "mentions": Mention,
    "timexes": Timex,
    "claims": Claim,
    "events": Event,
}

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
}


def _members(annotation: Any) -> list[Any]:
    """The non-None members of a union (or the annotation itself), without ``Annotated``."""
    if get_origin(annotation) is Annotated:
        return _members(get_args(annotation)[0])
    if get_origin(annotation) in (Union, types.UnionType):
        return [a for a in get_args(annotation) if a is not type(None)]
    return [annotation]


def _scalar(annotation: Any) -> pa.DataType | None:
    members = _members(annotation)
    if all(get_origin(m) is Literal for m in members):
        values = [v for m in members for v in get_args(m)]
        return pa.int64() if all(isinstance(v, int) for v in values) else pa.string()
    if set(members) <= {int, float} and float in members:
        return pa.float64()
    if len(members) == 1 and members[0] in _SCALARS:
        return _SCALARS[members[0]]
    return None


def _is_span(annotation: Any) -> bool:
    members = _members(annotation)
    return (
        len(members) == 1 and get_origin(members[0]) is tuple and get_args(members[0]) == (int, int)
    )


def _model(annotation: Any) -> type[BaseModel] | None:
    members = _members(annotation)
    if len(members) == 1 and isinstance(members[0], type) and issubclass(members[0], BaseModel):
        return members[0]
    return None


def _arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of a value nested inside a list (structs stay structs)."""
    scalar = _scalar(annotation)
    if scalar is not None:
        return scalar
    if _is_span(annotation):
        return pa.list_(pa.int64(), 2)
    model = _model(annotation)
    if model is not None:
        return pa.struct(
            [pa.field(n, _arrow_type(f.annotation)) for n, f in model.model_fields.items()]
        )
    (plain,) = _members(annotation)
    origin = get_origin(plain)
    if origin is list:
        return pa.list_(_arrow_type(get_args(plain)[0]))
    if origin is dict:
        key, value = get_args(plain)
        return pa.map_(_arrow_type(key), _arrow_type(value))
    raise TypeError(f"no Arrow type for {annotation!r}")


@dataclass(frozen=True)
class Column:
    """One column: its name, type and how to read it from a model's JSON dict."""

    name: str
    type: pa.DataType
    read: Callable[[dict[str, Any]], Any]


def _nested(path: tuple[str, ...]) -> Callable[[dict[str, Any]], Any]:
    def read(data: dict[str, Any]) -> Any:
        value: Any = data
        for key in path:
            if value is None:
                return None
            value = value.get(key)
        return value

    return read


def _columns(model: type[BaseModel], path: tuple[str, ...] = ()) -> list[Column]:
    columns: list[Column] = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        here = (*path, key)
        label = "_".join(here)
        annotation = field.annotation
        members = _members(annotation)
        nested = _model(annotation)
        read = _nested(here)
        if nested is not None:
            columns += _columns(nested, here)
        elif _is_span(annotation):
            columns.append(Column(f"{label}_start", pa.int64(), _part(read, 0)))
            columns.append(Column(f"{label}_end", pa.int64(), _part(read, 1)))
        elif str in members and any(m in (int, float) for m in members):
            columns.append(Column(f"{label}_number", pa.float64(), _typed(read, (int, float))))
            columns.append(Column(f"{label}_text", pa.string(), _typed(read, (str,))))
        else:
            arrow = _arrow_type(annotation)
            reader = _map_items(read) if pa.types.is_map(arrow) else read
            columns.append(Column(label, arrow, reader))
    return columns


def _part(read: Callable[[dict[str, Any]], Any], index: int) -> Callable[[dict[str, Any]], Any]:
    return lambda data: None if (value := read(data)) is None else value[index]


def _typed(
    read: Callable[[dict[str, Any]], Any], kinds: tuple[type, ...]
) -> Callable[[dict[str, Any]], Any]:
    return lambda data: value if isinstance(value := read(data), kinds) else None


def _map_items(read: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], Any]:
    return lambda data: None if (value := read(data)) is None else list(value.items())


def schema(part: str) -> pa.Schema:
    """The Arrow schema of one table."""
    columns = _columns(PARTS[part])
    prefix = [] if part == "documents" else [pa.field("document_id", pa.string())]
    return pa.schema(prefix + [pa.field(c.name, c.type) for c in columns])


def tables(records: Iterable[Record]) -> dict[str, pa.Table]:
    """Every record part as an Arrow table (see the module docstring for the layout)."""
    columns = {part: _columns(model) for part, model in PARTS.items()}
    rows: dict[str, list[dict[str, Any]]] = {part: [] for part in PARTS}
    for record in records:
        data = record.model_dump(by_alias=True)
        doc_id = record.document.id
        for part in PARTS:
            items = [data["document"]] if part == "documents" else data[part]
            for item in items:
                row = {c.name: c.read(item) for c in columns[part]}
                if part != "documents":
                    row = {"document_id": doc_id, **row}
                rows[part].append(row)
    return {part: pa.Table.from_pylist(rows[part], schema=schema(part)) for part in PARTS}
