"""The store: records in and out of a database (SQLite or PostgreSQL), plus the log of runs.

A :class:`Store` is the only way the rest of historiograph touches the
database; records go in and come out as :class:`~historiograph.record.Record`
and summaries as the models in :mod:`historiograph.store.results`. SQL and
driver errors are turned into :class:`~historiograph.errors.StoreError` here.

Saving is idempotent because the document id is the hash of the cleaned text:
the same text is stored once, so an interrupted or repeated ingest can simply
run again. The id is also the key of the upsert (``ON CONFLICT DO NOTHING``),
so concurrent writers on PostgreSQL store each document once without locks of
their own; :meth:`Store.save_records` writes a whole batch in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, delete, func, or_, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from historiograph.errors import DocumentNotFoundError, StoreError
from historiograph.record import Document, Record
from historiograph.store import rows
from historiograph.store.clusters import ReconciledDocumentRow
from historiograph.store.engine import WRITE, create_store_engine
from historiograph.store.migrate import upgrade
from historiograph.store.results import DocumentSummary, IngestErrorRow, IngestRun, SearchHit
from historiograph.store.schema import (
    Base,
    ClaimRow,
    DocumentRow,
    EntityRow,
    EventRow,
    MentionRow,
    RunErrorRow,
    RunRow,
    SourceRow,
    TimexRow,
)
from historiograph.store.search import count as fts_count
from historiograph.store.search import search as fts_search
from historiograph.store.url import DB_ENV_VAR, resolve_db_url

SHA256_PREFIX = "sha256:"
_HEX = frozenset("0123456789abcdef")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """A historiograph database. Open with :meth:`open`; use as a context manager."""

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine whose schema is already current; :meth:`open` is the usual way in."""
        self.engine = engine

    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> Store:
        """Open (creating if needed) the database ``db`` and migrate it to the current schema.

        ``db`` is a URL or a SQLite path; ``None`` falls back as in
        :func:`~historiograph.store.resolve_db_url`. Commands that only read
        pass ``create=False``: a mistyped ``--db`` path then fails with a
        message naming the path, instead of creating an empty store there and
        listing nothing as if the store were empty.
        """
        url = resolve_db_url(db)
        if not create:
            _require_sqlite_file(url)
        _create_sqlite_parent(url)
        engine = create_store_engine(url)
        try:
            upgrade(engine)
        except BaseException as exc:
            engine.dispose()
            if isinstance(exc, SQLAlchemyError):
                shown = make_url(url).render_as_string(hide_password=True)
                raise StoreError(f"cannot open the store at {shown}: {_reason(exc)}") from exc
            raise
        return cls(engine)

    def close(self) -> None:
        """Release every connection (and, on SQLite, the file's WAL handles)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def url(self) -> str:
        """The database URL, with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def _session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction: committed if the block succeeds, rolled back if it raises."""
        try:
            with self.engine.connect() as connection:
                if write:
                    connection.execution_options(**{WRITE: True})
                with Session(connection) as session, session.begin():
                    yield session
        except IntegrityError as exc:
            raise StoreError(f"the store refused the data: {_reason(exc)}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {_reason(exc)}") from exc

    # -- documents ---------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with exactly this id is stored."""
        with self._session() as session:
            return _document_pk(session, doc_id) is not None

    def save_record(
        self,
        record: Record,
        *,
        run_id: int | None = None,
        source_size: int | None = None,
        source_mtime: float | None = None,
    ) -> bool:
        """Store ``record`` in one transaction; ``False`` if its document was already stored.

        All of the record's rows are written, or none: a failure part-way
        leaves nothing of the document behind, so saving it again later works.
        A document already stored (or being stored by a concurrent writer) is
        left exactly as it is.

        ``source_size`` and ``source_mtime`` (``st_size`` and ``st_mtime`` of
        the file at ``record.document.source``) are remembered in the same
        transaction, so that :meth:`source_done` can tell a later run to skip
        the unchanged file without reading it. They are remembered even when the
        document was already stored (the same text under another file name), as
        that file needs no reading again either.
        """
        stamp = _source_stamp(record, source_size, source_mtime)
        with self._session(write=True) as session:
            is_new = bool(rows.insert_records(session, [record], run_id=run_id, ingested_at=_now()))
            if stamp is not None:
                source, size, mtime = stamp
                session.merge(
                    SourceRow(source=source, size=size, mtime=mtime, document_id=record.document.id)
                )
        return is_new

    def save_records(self, records: Sequence[Record], *, run_id: int | None = None) -> list[str]:
        """Store a batch in one transaction, one statement per table; the ids newly stored.

        The bulk path of distributed ingest: documents already stored, stored
        meanwhile by another writer, or repeated in the batch are skipped
        (``INSERT ... ON CONFLICT DO NOTHING`` on the document id), so any number
        of workers can write overlapping batches and each document is stored once.
        """
        with self._session(write=True) as session:
            return rows.insert_records(session, records, run_id=run_id, ingested_at=_now())

    def stored_ids(self, ids: Collection[str]) -> set[str]:
        """Which of ``ids`` are stored (one query: what a batch can skip before NLP)."""
        with self._session() as session:
            return rows.stored_ids(session, ids)

    def replace_extractions(self, records: Sequence[Record], *, run_id: int) -> int:
        """Replace stored documents' extracted parts with ``records``' (re-extraction).

        The documents themselves stay (text, metadata, id, listing order);
        their parts are replaced in one transaction and they move to run
        ``run_id``, whose pipeline produced the new parts. Review decisions are
        keyed by document, kind and span and are not touched. The documents
        lose their "reconciled" mark, so the next reconcile places their new
        events, applying the cluster decisions kept by event key. Returns how
        many documents were replaced (records of unstored documents are ignored).
        """
        with self._session(write=True) as session:
            replaced = rows.replace_parts(session, records, run_id=run_id)
            ids = [r.document.id for r in records]
            session.execute(
                delete(ReconciledDocumentRow).where(ReconciledDocumentRow.document_id.in_(ids))
            )
        return replaced

    def load_documents(self, ids: Collection[str]) -> list[Document]:
        """The stored documents (text and metadata, without their extraction), in id order."""
        with self._session() as session:
            return rows.load_documents(session, ids)

    def document_ids_outside_runs(
        self, run_ids: Collection[int], *, page: int = 500
    ) -> Iterator[list[str]]:
        """Ids of documents stored by no run in ``run_ids`` (or by no run), a page at a time.

        Keyset paging on ``pk``, one short transaction per page, so a store of
        millions of documents is walked in constant memory while others write.
        """
        after = 0
        query = select(DocumentRow.pk, DocumentRow.id).order_by(DocumentRow.pk).limit(page)
        if run_ids:
            query = query.where(
                or_(DocumentRow.run_id.is_(None), DocumentRow.run_id.not_in(list(run_ids)))
            )
        while True:
            with self._session() as session:
                found = session.execute(query.where(DocumentRow.pk > after)).all()
            if not found:
                return
            after = found[-1][0]
            yield [doc_id for _, doc_id in found]

    def source_done(self, source: str, size: int, mtime: float) -> bool:
        """Whether ``source`` was stored when it had this size and modification time."""
        query = select(SourceRow.source).where(
            SourceRow.source == source, SourceRow.size == size, SourceRow.mtime == mtime
        )
        with self._session() as session:
            return session.scalar(query) is not None

    def get_record(self, doc_id: str) -> Record:
        """The stored record for ``doc_id``: the full id or a unique prefix of its hex digest.

        ``"sha256:3f2a9c"`` and ``"3f2a9c"`` both work. No match raises
        :class:`DocumentNotFoundError`; a prefix matching several documents
        raises :class:`StoreError` listing some of them.
        """
        with self._session() as session:
            document = session.scalar(select(DocumentRow).where(DocumentRow.id == doc_id))
            if document is None:
                document = _by_prefix(session, doc_id)
            return rows.load_record(session, document)

    def iter_records(self) -> Iterator[Record]:
        """Every stored record, in the order they were stored, one transaction each."""
        with self._session() as session:
            ids = session.scalars(select(DocumentRow.id).order_by(DocumentRow.pk)).all()
        for doc_id in ids:
            with self._session() as session:
                document = session.scalar(select(DocumentRow).where(DocumentRow.id == doc_id))
                record = None if document is None else rows.load_record(session, document)
            if record is not None:  # None: deleted since the listing
                yield record

    def count_documents(self) -> int:
        """How many documents are stored (cheaper than listing them)."""
        with self._session() as session:
            return session.scalar(select(func.count()).select_from(DocumentRow)) or 0

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[DocumentSummary]:
        """Summaries of stored documents in the order they were stored, for listings and paging."""
        if (limit is not None and limit < 0) or offset < 0:
            raise StoreError(f"limit and offset cannot be negative (got {limit}, {offset})")
        counts = {
            name: select(func.count())
            .where(row_type.document_id == DocumentRow.id)
            .correlate(DocumentRow)
            .scalar_subquery()
            .label(name)
            for name, row_type in (
                ("entities", EntityRow),
                ("mentions", MentionRow),
                ("timexes", TimexRow),
                ("claims", ClaimRow),
                ("events", EventRow),
            )
        }
        query = (
            select(
                DocumentRow.id,
                DocumentRow.title,
                DocumentRow.author,
                DocumentRow.published,
                DocumentRow.source,
                DocumentRow.series_name,
                DocumentRow.series_part,
                DocumentRow.chars,
                *counts.values(),
                DocumentRow.ingested_at,
                DocumentRow.run_id,
            )
            .order_by(DocumentRow.pk)
            .limit(limit)
            .offset(offset)
        )
        with self._session() as session:
            result = session.execute(query).mappings().all()
        return [DocumentSummary.model_validate(dict(row)) for row in result]

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Documents whose title or text contains every word of ``query``, best first.

        Input is read as plain words and ``"quoted phrases"`` (a trailing ``*``
        matches a prefix), never as FTS5 syntax, so any text is a safe query;
        a query without a single word raises :class:`StoreError`. ``offset``
        skips the best hits already shown (paging).
        """
        with self._session() as session:
            return fts_search(session.connection(), query, limit=limit, offset=offset)

    def count_search(self, query: str) -> int:
        """How many documents :meth:`search` finds for ``query`` in all."""
        with self._session() as session:
            return fts_count(session.connection(), query)

    # -- ingest runs ---------------------------------------------------------------------------

    def start_run(self, *, inputs: list[str], pipeline: dict[str, Any]) -> int:
        """Log the start of an ingest run; its id tags the run's documents and errors."""
        run = RunRow(started_at=_now(), status="running", inputs=inputs, pipeline=pipeline)
        with self._session(write=True) as session:
            session.add(run)
            session.flush()
            return run.id

    def record_error(self, run_id: int, *, source: str, code: str, reason: str) -> None:
        """Log that ``source`` failed in run ``run_id``, with the error's code and reason."""
        row = RunErrorRow(
            run_id=run_id, source=source, code=code, reason=reason, recorded_at=_now()
        )
        with self._session(write=True) as session:
            _require_run(session, run_id)
            session.add(row)

    def finish_run(
        self, run_id: int, *, stored: int, skipped: int, failed: int, status: str = "finished"
    ) -> None:
        """Log the end of run ``run_id`` and what it did."""
        query = (
            update(RunRow)
            .where(RunRow.id == run_id)
            .values(
                finished_at=_now(), status=status, stored=stored, skipped=skipped, failed=failed
            )
        )
        with self._session(write=True) as session:
            _require_run(session, run_id)
            session.execute(query)

    def runs(self) -> list[IngestRun]:
        """Every ingest run, oldest first."""
        with self._session() as session:
            found = session.scalars(select(RunRow).order_by(RunRow.id)).all()
            return [IngestRun.model_validate(_columns(run)) for run in found]

    def run_errors(self, run_id: int | None = None) -> list[IngestErrorRow]:
        """The failed inputs of run ``run_id``, or of every run, in the order they failed."""
        query = select(RunErrorRow).order_by(RunErrorRow.id)
        if run_id is not None:
            query = query.where(RunErrorRow.run_id == run_id)
        with self._session() as session:
            found = session.scalars(query).all()
            return [IngestErrorRow.model_validate(_columns(error)) for error in found]


def _columns(row: Base) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's message without SQLAlchemy's statement dump and help link."""
    orig = getattr(exc, "orig", None)
    return str(orig) if orig is not None else str(exc).split("\n", 1)[0]


def _document_pk(session: Session, doc_id: str) -> int | None:
    return session.scalar(select(DocumentRow.pk).where(DocumentRow.id == doc_id))


def _by_prefix(session: Session, doc_id: str) -> DocumentRow:
    digest = doc_id.strip().lower().removeprefix(SHA256_PREFIX)
    if not digest or not set(digest) <= _HEX:
        raise DocumentNotFoundError(f"no document {doc_id!r} in the store")
    query = (
        select(DocumentRow)
        .where(DocumentRow.id.startswith(SHA256_PREFIX + digest, autoescape=True))
        .order_by(DocumentRow.pk)
        .limit(6)
    )
    found = session.scalars(query).all()
    if not found:
        raise DocumentNotFoundError(f"no document {doc_id!r} in the store")
    if len(found) > 1:
        shown = ", ".join(d.id[: len(SHA256_PREFIX) + 12] for d in found[:5])
        more = ", ..." if len(found) > 5 else ""
        raise StoreError(
            f"{doc_id!r} matches more than one document ({shown}{more}); give more of the id"
        )
    return found[0]


def _require_run(session: Session, run_id: int) -> None:
    if session.get(RunRow, run_id) is None:
        raise StoreError(f"no ingest run {run_id} in the store")


def _source_stamp(
    record: Record, size: int | None, mtime: float | None
) -> tuple[str, int, float] | None:
    if size is None and mtime is None:
        return None
    source = record.document.source
    if size is None or mtime is None or source is None:
        raise StoreError(
            "source_size and source_mtime go together, and need the record's document.source"
        )
    return source, size, mtime


def _require_sqlite_file(url: str) -> None:
    """Raise if ``url`` names a SQLite file that does not exist; other databases just connect."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return
    if not database.startswith("file:") and not Path(database).exists():
        raise StoreError(
            f"no store at {database}: check --db or ${DB_ENV_VAR}, "
            "or create one with `historiograph ingest`"
        )


def _create_sqlite_parent(url: str) -> None:
    """SQLite creates the file but not its folder; create the folder so a fresh path just works."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database:
        return
    if database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
