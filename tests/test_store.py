"""The store keeps records exactly, once, and all-or-nothing."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from historiograph.errors import DocumentNotFoundError, StoreError
from historiograph.record import Document, Mention, Record
from historiograph.store import Store
from historiograph.store import rows as store_rows
from historiograph.store.schema import (
    ClaimRow,
    DocumentRow,
    EntityRow,
    EventActorRow,
    EventRow,
    MentionRow,
    ReferenceRow,
    RemovedRow,
    TimexRow,
)
from store_records import plain_record, records, rich_record

ALL_TABLES = (
    DocumentRow,
    ReferenceRow,
    RemovedRow,
    EntityRow,
    MentionRow,
    TimexRow,
    ClaimRow,
    EventRow,
    EventActorRow,
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "store.db")) as opened:
        yield opened


def row_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t.__tablename__: conn.scalar(select(func.count()).select_from(t)) or 0
            for t in ALL_TABLES
        }


def test_rich_record_round_trips_exactly(store: Store) -> None:
    record = rich_record()
    assert store.save_record(record) is True

    loaded = store.get_record(record.document.id)

    assert loaded == record
    assert loaded.to_json() == record.to_json()  # keeps 36 apart from 36.0, None from Where()
    assert loaded.events[1].where is not None and loaded.entities[2].geo is not None
    assert loaded.claims[0].value == 36 and isinstance(loaded.claims[0].value, int)
    assert isinstance(loaded.claims[1].value, float)


def test_every_part_gets_rows(store: Store) -> None:
    store.save_record(rich_record())

    assert row_counts(store) == {
        "documents": 1,
        "document_references": 1,
        "document_removed": 2,
        "entities": 4,
        "mentions": 6,
        "timexes": 3,
        "claims": 3,
        "events": 2,
        "event_actors": 3,
    }


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(str(tmp_path_factory.mktemp("hypothesis") / "store.db")) as opened:
        yield opened


_doc_numbers = itertools.count()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records())
def test_any_valid_record_round_trips(shared_store: Store, record: Record) -> None:
    # A fresh id per example: Hypothesis replays examples, and a replayed id would be skipped.
    doc_id = f"sha256:{next(_doc_numbers):064x}"
    document = record.document.model_copy(update={"id": doc_id})
    record = record.model_copy(update={"document": document})

    assert shared_store.save_record(record)
    loaded = shared_store.get_record(doc_id)

    assert loaded == record
    assert loaded.to_json() == record.to_json()


def test_saving_twice_stores_one_document(store: Store) -> None:
    record = rich_record()
    assert store.save_record(record) is True
    before = row_counts(store)

    assert store.save_record(record) is False

    assert row_counts(store) == before
    assert store.count_documents() == 1
    assert [r.document.id for r in store.iter_records()] == [record.document.id]


def test_a_failure_mid_save_leaves_nothing_and_the_next_save_works(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = rich_record()

    def fail(*args: object) -> list[EventRow]:
        # By now the document, its references, entities, mentions, timexes and
        # claims have been written in the open transaction.
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_rows, "event_rows", fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save_record(record)

    assert not store.has_document(record.document.id)
    assert set(row_counts(store).values()) == {0}

    monkeypatch.undo()
    assert store.save_record(record) is True
    assert store.get_record(record.document.id) == record


def test_a_record_the_database_refuses_raises_store_error_and_leaves_nothing(
    store: Store,
) -> None:
    record = rich_record()
    duplicate = Mention(id="m1", span=(0, 4), text="Half")
    bad = record.model_copy(update={"mentions": [*record.mentions, duplicate]})

    with pytest.raises(StoreError, match="refused"):
        store.save_record(bad)

    assert set(row_counts(store).values()) == {0}
    assert store.save_record(record)


def test_the_same_entity_in_two_documents_is_one_row_each(store: Store) -> None:
    first = rich_record()
    second = rich_record(text=first.document.text + " Postscript.")
    store.save_record(first)
    store.save_record(second)

    with store.engine.connect() as conn:
        docs = conn.scalars(
            select(EntityRow.document_id).where(EntityRow.id == "ent:camp-ashraf")
        ).all()
    assert sorted(docs) == sorted([first.document.id, second.document.id])


def test_get_record_accepts_a_unique_prefix_with_or_without_the_scheme(store: Store) -> None:
    record = rich_record()
    store.save_record(record)
    digest = record.document.id.removeprefix("sha256:")

    assert store.get_record(digest[:6]) == record
    assert store.get_record("sha256:" + digest[:6].upper()) == record


def test_get_record_of_an_unknown_id_is_document_not_found(store: Store) -> None:
    store.save_record(rich_record())

    with pytest.raises(DocumentNotFoundError):
        store.get_record("sha256:" + "0" * 64)
    with pytest.raises(DocumentNotFoundError):
        store.get_record("not hex at all")
    with pytest.raises(DocumentNotFoundError):
        store.get_record("")


def test_an_ambiguous_prefix_says_so(store: Store) -> None:
    # 17 documents: two of them must share a first hex digit.
    saved = [plain_record(f"document number {n}") for n in range(17)]
    for record in saved:
        store.save_record(record)
    digits = [r.document.id.removeprefix("sha256:")[0] for r in saved]
    shared = next(d for d in digits if digits.count(d) > 1)

    with pytest.raises(StoreError, match="more than one document") as raised:
        store.get_record(shared)
    assert not isinstance(raised.value, DocumentNotFoundError)


def test_documents_lists_summaries_in_storage_order_with_counts(store: Store) -> None:
    run_id = store.start_run(inputs=["corpus"], pipeline={})
    rich = rich_record()
    plain = plain_record("A short note.", title="Note")
    store.save_record(rich, run_id=run_id)
    store.save_record(plain)

    first, second = store.documents()

    assert first.id == rich.document.id
    assert (first.title, first.author, first.series_name, first.series_part) == (
        "Half a century with MKO – Part I",
        "A. Historian",
        "Half a century with MKO",
        1,
    )
    assert first.published == rich.document.published
    assert first.chars == len(rich.document.text)
    counts = (first.entities, first.mentions, first.timexes, first.claims, first.events)
    assert counts == (4, 6, 3, 3, 2)
    assert first.run_id == run_id and second.run_id is None
    assert first.ingested_at.tzinfo is not None and first.ingested_at <= second.ingested_at
    assert (second.title, second.entities, second.events) == ("Note", 0, 0)
    assert [d.id for d in store.documents(limit=1, offset=1)] == [plain.document.id]
    assert store.count_documents() == 2
    with pytest.raises(StoreError, match="negative"):
        store.documents(offset=-1)


def test_iter_records_yields_every_record_in_storage_order(store: Store) -> None:
    saved = [plain_record("one"), rich_record(), plain_record("three")]
    for record in saved:
        store.save_record(record)

    assert list(store.iter_records()) == saved


def test_an_unchanged_source_is_done_a_changed_one_is_not(store: Store) -> None:
    record = rich_record(source="corpus/a.txt")
    store.save_record(record, source_size=120, source_mtime=1700000000.25)

    assert store.source_done("corpus/a.txt", 120, 1700000000.25)
    assert not store.source_done("corpus/a.txt", 121, 1700000000.25)
    assert not store.source_done("corpus/a.txt", 120, 1700000001.0)
    assert not store.source_done("corpus/b.txt", 120, 1700000000.25)


def test_a_duplicate_file_is_remembered_though_its_record_is_skipped(store: Store) -> None:
    original = rich_record(source="corpus/a.txt")
    copy = rich_record(source="corpus/copy-of-a.txt")
    store.save_record(original, source_size=120, source_mtime=1.0)

    assert store.save_record(copy, source_size=120, source_mtime=2.0) is False

    assert store.source_done("corpus/copy-of-a.txt", 120, 2.0)
    assert store.get_record(original.document.id).document.source == "corpus/a.txt"


def test_an_edited_source_replaces_its_old_stamp(store: Store) -> None:
    store.save_record(rich_record(source="a.txt"), source_size=1, source_mtime=1.0)
    edited = rich_record(text="Edited. " + rich_record().document.text, source="a.txt")
    store.save_record(edited, source_size=2, source_mtime=2.0)

    assert store.source_done("a.txt", 2, 2.0)
    assert not store.source_done("a.txt", 1, 1.0)


def test_a_source_stamp_needs_size_mtime_and_a_document_source(store: Store) -> None:
    no_source = Record(document=Document(id="sha256:00", text="x"))

    with pytest.raises(StoreError, match=r"document\.source"):
        store.save_record(no_source, source_size=1, source_mtime=1.0)
    with pytest.raises(StoreError, match="go together"):
        store.save_record(rich_record(), source_size=1)
    assert store.count_documents() == 0


def test_concurrent_writers_queue_instead_of_failing(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.db")
    Store.open(db).close()
    batches = [[plain_record(f"writer {w} document {n}") for n in range(15)] for w in range(3)]

    def write(batch: list[Record]) -> int:
        with Store.open(db) as store:  # one store per writer, as separate processes would have
            return sum(store.save_record(record) for record in batch)

    with ThreadPoolExecutor(max_workers=3) as pool:
        stored = list(pool.map(write, batches))

    assert stored == [15, 15, 15]
    with Store.open(db) as store:
        assert store.count_documents() == 45


def test_opening_a_missing_sqlite_file_to_read_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no store at"):
        Store.open(str(missing), create=False)
    assert not missing.exists()
    with Store.open(str(missing)) as store:  # the default creates it, as ingest needs
        assert store.count_documents() == 0
    with Store.open(str(missing), create=False) as store:
        assert store.count_documents() == 0


def test_show_leaves_an_open_bound_empty_rather_than_printing_none(tmp_path: Path) -> None:
    """`historiograph show`: "more than 300" has no high; the table must not say "None"."""
    from click.testing import CliRunner

    from historiograph.cli import cli

    db = str(tmp_path / "show.db")
    record = rich_record()
    with Store.open(db) as store:
        store.save_record(record)
    result = CliRunner().invoke(cli, ["show", record.document.id[:16], "--db", db])
    assert result.exit_code == 0
    assert "300" in result.output
    assert "None" not in result.output
