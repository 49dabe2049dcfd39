"""Opening a store creates and migrates it; the migrations match the models exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from historiograph.errors import StoreError
from historiograph.store import Store
from historiograph.store.migrate import alembic_config, current_revision, head_revision
from historiograph.store.schema import FTS_TABLE, Base, include_name
from store_records import rich_record

PART_TABLES = {
    "documents",
    "document_references",
    "document_removed",
    "entities",
    "mentions",
    "timexes",
    "claims",
    "events",
    "event_actors",
}
LOG_TABLES = {"ingest_runs", "ingest_errors", "sources"}


def test_opening_a_new_path_creates_the_folder_the_file_and_every_table(tmp_path: Path) -> None:
    db = tmp_path / "new" / "folder" / "store.db"

    with Store.open(str(db)) as store, store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert current_revision(conn) == head_revision()

    assert db.is_file()
    assert PART_TABLES | LOG_TABLES | {FTS_TABLE, "alembic_version"} <= tables


def test_reopening_migrates_nothing_and_keeps_the_data(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    record = rich_record()
    with Store.open(db) as store:
        store.save_record(record)

    with Store.open(db) as store, store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert store.get_record(record.document.id) == record
        assert store.search("Ashraf")[0].doc_id == record.document.id


def test_migrations_create_exactly_what_the_models_describe(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "store.db")) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": include_name, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "store.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_downgrade_removes_everything_and_upgrade_restores_it(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "store.db")) as store:
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "base")
            assert set(inspect(conn).get_table_names()) == {"alembic_version"}
            command.upgrade(alembic_config(conn), "head")
        store.save_record(rich_record())
        assert store.search("Ashraf")


def test_a_database_from_a_newer_historiograph_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    Store.open(str(db)).close()
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()

    with pytest.raises(StoreError, match="newer historiograph"):
        Store.open(str(db))


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("just some notes, not SQLite\n" * 100, encoding="utf-8")

    with pytest.raises(StoreError, match="not a database"):
        Store.open(str(not_a_db))


def test_an_unknown_database_url_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot use database URL"):
        Store.open("nosuchdb://somewhere/db")
