"""The store's tables: one per record part, plus ingest runs, their errors and sources.

These ORM classes are the single description of the schema. The Alembic
migrations under ``migrations/`` create exactly these tables (a test compares
the two), and :mod:`historiograph.store.rows` converts records to and from them.

Design choices that matter to anyone querying the database directly:

- Every part row carries ``document_id`` (the record's ``sha256:...`` id) and a
  ``position`` that keeps the record's list order. Parts with ids are keyed by
  ``(document_id, id)``, so the same entity id in many documents is one row per
  document and ``entities.id`` (indexed) finds them all.
- The things people filter on are plain columns: event ``type`` and
  ``when_earliest``/``when_latest``, claim ``property``, entity ``kind`` and
  ``name``, timex ``earliest``/``latest``. Nested parts (``mappings``,
  ``place`` = the record's ``where``, ``fatalities``, ``geo``, ``aliases``,
  ``kb``) and the ``float | int | str`` claim figures are JSON text.
- JSON is stored as TEXT rather than SQLite's JSON affinity because SQLite
  would turn the text ``3.0`` into the integer ``3``; keeping the text keeps
  ``3`` and ``3.0`` apart, so records round-trip exactly. SQLite's JSON
  functions still work on it (``json_extract(place, '$.name')``).
- Column names avoid SQL keywords (``span_end``, ``place``), so hand-written SQL
  needs no quoting.
- Nothing here is SQLite-only. The SQLite full-text index (``documents_fts``)
  is created by the migration alone, because it is a virtual table that the
  ORM cannot describe; :func:`include_name` keeps it out of schema comparisons.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

DOCUMENT_ID = "documents.id"

FTS_TABLE = "documents_fts"
"""The SQLite FTS5 index over ``documents.title`` and ``documents.text``."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class JsonText(TypeDecorator[Any]):
    """JSON kept as TEXT, so numbers keep their int/float type on every backend."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored as naive UTC and always returned timezone-aware.

    SQLite keeps no time zones; normalising on the way in means values sort and
    compare correctly whatever zone the caller used.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class Base(MappedAsDataclass, DeclarativeBase):
    """Declarative base: dataclass constructors, so building a row is type-checked."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RunRow(Base):
    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String)
    inputs: Mapped[list[str]] = mapped_column(JsonText)
    pipeline: Mapped[dict[str, Any]] = mapped_column(JsonText)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)


class RunErrorRow(Base):
    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    run_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class DocumentRow(Base):
    """``pk`` is an integer alias of SQLite's rowid, which the FTS index points at."""

    __tablename__ = "documents"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    id: Mapped[str] = mapped_column(String, unique=True)
    record_schema: Mapped[str] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    series_name: Mapped[str | None] = mapped_column(Text)
    series_part: Mapped[int | None] = mapped_column(Integer)
    series_next: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    chars: Mapped[int] = mapped_column(Integer)
    ingested_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    run_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("ingest_runs.id", ondelete="SET NULL"), index=True
    )


class SourceRow(Base):
    """What a source file looked like when it was stored, so a re-run can skip it unread."""

    __tablename__ = "sources"

    source: Mapped[str] = mapped_column(Text, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime: Mapped[float] = mapped_column(Float)
    document_id: Mapped[str] = mapped_column(
        String, ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )


class ReferenceRow(Base):
    __tablename__ = "document_references"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class RemovedRow(Base):
    __tablename__ = "document_removed"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)


class EntityRow(Base):
    __tablename__ = "entities"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String, index=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    aliases: Mapped[list[str]] = mapped_column(JsonText)
    kb: Mapped[dict[str, str]] = mapped_column(JsonText)
    geo: Mapped[dict[str, Any] | None] = mapped_column(JsonText)


class MentionRow(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["document_id", "entity"],
            ["entities.document_id", "entities.id"],
            ondelete="CASCADE",
        ),
    )

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    entity: Mapped[str | None] = mapped_column(String, index=True)


class TimexRow(Base):
    __tablename__ = "timexes"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String)
    value: Mapped[str] = mapped_column(String)
    mod: Mapped[str | None] = mapped_column(String)
    earliest: Mapped[dt.date | None] = mapped_column(Date, index=True)
    latest: Mapped[dt.date | None] = mapped_column(Date, index=True)
    precision: Mapped[str | None] = mapped_column(String)
    anchor: Mapped[str | None] = mapped_column(String)


class ClaimRow(Base):
    __tablename__ = "claims"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    about: Mapped[str | None] = mapped_column(String, index=True)
    property: Mapped[str] = mapped_column(String, index=True)
    value: Mapped[float | int | str] = mapped_column(JsonText)
    low: Mapped[float | int | None] = mapped_column(JsonText)
    high: Mapped[float | int | None] = mapped_column(JsonText)
    qualifier: Mapped[str] = mapped_column(String)
    unit: Mapped[str | None] = mapped_column(String)
    source_name: Mapped[str | None] = mapped_column(Text)
    source_entity: Mapped[str | None] = mapped_column(String)
    source_kind: Mapped[str] = mapped_column(String)
    stance: Mapped[str] = mapped_column(String)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (  # chronological listings page through this (migrations 0005, 0006)
        Index(
            "ix_events_chronology",
            "when_earliest",
            "document_id",
            "position",
            "when_latest",
            "type",
            "id",
        ),
    )

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    trigger_text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String, index=True)
    subtype: Mapped[str | None] = mapped_column(String)
    mappings: Mapped[dict[str, Any]] = mapped_column(JsonText)
    when_earliest: Mapped[dt.date | None] = mapped_column(Date, index=True)
    when_latest: Mapped[dt.date | None] = mapped_column(Date, index=True)
    when_timex: Mapped[str | None] = mapped_column(String)
    when_precision: Mapped[str] = mapped_column(String)
    place: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    fatalities: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    claims: Mapped[list[str]] = mapped_column(JsonText)
    evidence: Mapped[list[list[int]]] = mapped_column(JsonText)
    modality: Mapped[str] = mapped_column(String)


class EventActorRow(Base):
    __tablename__ = "event_actors"
    __table_args__ = (
        ForeignKeyConstraint(
            ["document_id", "event_id"],
            ["events.document_id", "events.id"],
            ondelete="CASCADE",
        ),
    )

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String, index=True)
    role: Mapped[str] = mapped_column(String)


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic filter: leave the FTS index and its shadow tables out of comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


# The reconciler's tables live in their own module; importing it here registers them on
# Base.metadata, so migrations and schema comparisons see every table.
from historiograph.store import clusters as _clusters  # noqa: E402, F401
from historiograph.store import review as _review  # noqa: E402, F401
