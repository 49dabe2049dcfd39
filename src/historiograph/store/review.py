"""Review in the store: write tokens, review decisions and their audit log.

People correct what extraction got wrong: they accept, reject or edit an event,
a claim or a mention's entity link. Three things make that trustworthy:

- a decision is keyed by what stays true when a document is extracted again
  (:class:`ReviewKey`: document id, kind, span), never by row ids, and the
  decision tables have no foreign key to ``documents``, so deleting and
  re-storing a document keeps its reviews;
- every change writes an :class:`AuditEntry` (who, when, the decision before
  and after) in the same transaction, and any entry can be reverted, which is
  itself logged;
- only holders of a token may write; the store keeps the token's SHA-256, never
  the token, so a copy of the database gives no write access.

The migration ``r0003_review`` creates these tables.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Index, Integer, String, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column

from historiograph.errors import StoreError, UsageError
from historiograph.store.engine import WRITE
from historiograph.store.schema import Base, JsonText, UtcDateTime

if TYPE_CHECKING:  # schema.py imports this module to register its tables: no cycle at run time
    from historiograph.store.store import Store

ReviewKind = Literal["event", "claim", "mention"]
ReviewStatus = Literal["accepted", "rejected", "edited"]
ReviewAction = Literal["accept", "reject", "edit", "revert"]

TOKEN_PREFIX = "hg_"

STATUS_OF_ACTION: dict[str, ReviewStatus] = {
    "accept": "accepted",
    "reject": "rejected",
    "edit": "edited",
}


class TokenRow(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    name: Mapped[str] = mapped_column(String, unique=True)
    token_hash: Mapped[str] = mapped_column(String, unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, default=None)


class DecisionRow(Base):
    __tablename__ = "review_decisions"

    document_id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    span_start: Mapped[int] = mapped_column(Integer, primary_key=True)
    span_end: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String)
    changes: Mapped[dict[str, Any]] = mapped_column(JsonText)
    reviewer: Mapped[str] = mapped_column(String)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class LogRow(Base):
    __tablename__ = "review_log"
    __table_args__ = (Index("ix_review_log_document_id", "document_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    reviewer: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    document_id: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JsonText, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JsonText, default=None)
    reverts: Mapped[int | None] = mapped_column(Integer, default=None)


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReviewKey(_Result):
    """What a decision is about: stable across re-extraction of the same text."""

    document_id: str
    kind: ReviewKind
    span: tuple[int, int]


class DecisionState(_Result):
    """A decision's content, as logged before and after each change."""

    status: ReviewStatus
    changes: dict[str, Any]


class Decision(_Result):
    """The standing decision on one item, with who made it last and when."""

    key: ReviewKey
    status: ReviewStatus
    changes: dict[str, Any]
    reviewer: str
    updated_at: dt.datetime


class AuditEntry(_Result):
    """One change: who made it, when, and the decision before and after (``None``: none)."""

    id: int
    at: dt.datetime
    reviewer: str
    action: ReviewAction
    key: ReviewKey
    before: DecisionState | None
    after: DecisionState | None
    reverts: int | None


class TokenInfo(_Result):
    """A write token as listed: its name and dates, never the secret."""

    id: int
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@contextmanager
def _session(store: Store, *, write: bool = False) -> Iterator[Session]:
    """One transaction on the store's engine; SQL errors become :class:`StoreError`."""
    try:
        with store.engine.connect() as connection:
            if write:
                connection.execution_options(**{WRITE: True})
            with Session(connection) as session, session.begin():
                yield session
    except IntegrityError as exc:
        raise StoreError(f"the store refused the review data: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"database error: {exc.__class__.__name__}: {exc}") from exc


# -- decisions -----------------------------------------------------------------------------


def decide(
    store: Store,
    key: ReviewKey,
    action: Literal["accept", "reject", "edit"],
    *,
    reviewer: str,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    """Record a decision on ``key`` and log it; an edit must say what it changes."""
    if action == "edit" and not changes:
        raise UsageError("an edit needs the fields it changes")
    after = DecisionState(status=STATUS_OF_ACTION[action], changes=changes or {})
    with _session(store, write=True) as session:
        return _apply(session, key, after, action=action, reviewer=reviewer, reverts=None)


def revert(store: Store, entry_id: int, *, reviewer: str) -> AuditEntry:
    """Undo audit entry ``entry_id``: put back the decision it replaced, and log that."""
    with _session(store, write=True) as session:
        entry = session.get(LogRow, entry_id)
        if entry is None:
            raise UsageError(f"no review log entry {entry_id}", code="E404")
        key = _key(entry)
        before = None if entry.before is None else DecisionState.model_validate(entry.before)
        return _apply(session, key, before, action="revert", reviewer=reviewer, reverts=entry_id)


def decisions(store: Store, document_id: str) -> list[Decision]:
    """Every standing decision on the items of one document."""
    query = (
        select(DecisionRow)
        .where(DecisionRow.document_id == document_id)
        .order_by(DecisionRow.kind, DecisionRow.span_start, DecisionRow.span_end)
    )
    with _session(store) as session:
        return [_decision(row) for row in session.scalars(query)]


def audit_log(
    store: Store, *, document_id: str | None = None, limit: int = 100, offset: int = 0
) -> list[AuditEntry]:
    """Logged changes, newest first, optionally for one document only."""
    query = select(LogRow).order_by(LogRow.id.desc()).limit(limit).offset(offset)
    if document_id is not None:
        query = query.where(LogRow.document_id == document_id)
    with _session(store) as session:
        return [_entry(row) for row in session.scalars(query)]


def count_audit_log(store: Store, *, document_id: str | None = None) -> int:
    """How many changes :func:`audit_log` lists in all (the total its pages are out of)."""
    query = select(func.count()).select_from(LogRow)
    if document_id is not None:
        query = query.where(LogRow.document_id == document_id)
    with _session(store) as session:
        return session.scalar(query) or 0


def _apply(
    session: Session,
    key: ReviewKey,
    after: DecisionState | None,
    *,
    action: ReviewAction,
    reviewer: str,
    reverts: int | None,
) -> AuditEntry:
    """Replace the decision on ``key`` with ``after`` (``None`` removes it) and log the change."""
    ident = (key.document_id, key.kind, key.span[0], key.span[1])
    row = session.get(DecisionRow, ident)
    before = None if row is None else _state(row)
    now = _now()
    if after is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(
            DecisionRow(
                document_id=key.document_id,
                kind=key.kind,
                span_start=key.span[0],
                span_end=key.span[1],
                status=after.status,
                changes=after.changes,
                reviewer=reviewer,
                updated_at=now,
            )
        )
    else:
        row.status, row.changes = after.status, after.changes
        row.reviewer, row.updated_at = reviewer, now
    log = LogRow(
        at=now,
        reviewer=reviewer,
        action=action,
        document_id=key.document_id,
        kind=key.kind,
        span_start=key.span[0],
        span_end=key.span[1],
        before=None if before is None else before.model_dump(),
        after=None if after is None else after.model_dump(),
        reverts=reverts,
    )
    session.add(log)
    session.flush()
    return _entry(log)


def _state(row: DecisionRow) -> DecisionState:
    return DecisionState.model_validate({"status": row.status, "changes": row.changes})


def _key(row: DecisionRow | LogRow) -> ReviewKey:
    return ReviewKey.model_validate(
        {"document_id": row.document_id, "kind": row.kind, "span": (row.span_start, row.span_end)}
    )


def _decision(row: DecisionRow) -> Decision:
    return Decision.model_validate(
        {
            "key": _key(row),
            "status": row.status,
            "changes": row.changes,
            "reviewer": row.reviewer,
            "updated_at": row.updated_at,
        }
    )


def _entry(row: LogRow) -> AuditEntry:
    return AuditEntry.model_validate(
        {
            "id": row.id,
            "at": row.at,
            "reviewer": row.reviewer,
            "action": row.action,
            "key": _key(row),
            "before": row.before,
            "after": row.after,
            "reverts": row.reverts,
        }
    )


# -- tokens ----------------------------------------------------------------------------------


def hash_token(secret: str) -> str:
    """The stored form of a token: tokens are long random strings, so a plain hash suffices."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> tuple[TokenInfo, str]:
    """A new token named ``name``: its listing and the secret, which is shown only this once."""
    name = name.strip()
    if not name or len(name) > 100:
        raise UsageError("a token needs a name of 1 to 100 characters")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = TokenRow(name=name, token_hash=hash_token(secret), created_at=_now())
    with _session(store, write=True) as session:
        if session.scalar(select(TokenRow.id).where(TokenRow.name == name)) is not None:
            raise UsageError(f"a token named {name!r} already exists")
        session.add(row)
        session.flush()
        return _token(row), secret


def list_tokens(store: Store) -> list[TokenInfo]:
    """Every token, revoked ones included, oldest first."""
    with _session(store) as session:
        return [_token(row) for row in session.scalars(select(TokenRow).order_by(TokenRow.id))]


def revoke_token(store: Store, name: str) -> TokenInfo:
    """Revoke the token named ``name``; it stays listed, with the time it was revoked."""
    with _session(store, write=True) as session:
        row = session.scalar(select(TokenRow).where(TokenRow.name == name))
        if row is None:
            raise UsageError(f"no token named {name!r}")
        if row.revoked_at is None:
            row.revoked_at = _now()
        return _token(row)


def token_owner(store: Store, secret: str) -> str | None:
    """The name of the live token ``secret``, or ``None`` if it is unknown or revoked."""
    query = select(TokenRow.name).where(
        TokenRow.token_hash == hash_token(secret), TokenRow.revoked_at.is_(None)
    )
    with _session(store) as session:
        return session.scalar(query)


def _token(row: TokenRow) -> TokenInfo:
    return TokenInfo(id=row.id, name=row.name, created_at=row.created_at, revoked_at=row.revoked_at)
