"""Ingest runs and their failed inputs are logged, and the database is chosen predictably."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from historiograph.errors import StoreError
from historiograph.store import DB_ENV_VAR, Store, resolve_db_url


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(str(tmp_path / "store.db")) as opened:
        yield opened


def test_a_run_is_logged_from_start_to_finish(store: Store) -> None:
    before = dt.datetime.now(dt.UTC)
    run_id = store.start_run(inputs=["corpus/", "extra.txt"], pipeline={"spacy": "3.8", "n": 1})

    (running,) = store.runs()
    assert (running.id, running.status, running.finished_at) == (run_id, "running", None)
    assert running.inputs == ["corpus/", "extra.txt"]
    assert running.pipeline == {"spacy": "3.8", "n": 1}
    assert running.started_at >= before.replace(microsecond=0)

    store.finish_run(run_id, stored=3, skipped=1, failed=2)

    (finished,) = store.runs()
    assert (finished.status, finished.stored, finished.skipped, finished.failed) == (
        "finished",
        3,
        1,
        2,
    )
    assert finished.finished_at is not None and finished.finished_at >= finished.started_at


def test_runs_come_oldest_first_and_keep_their_status(store: Store) -> None:
    first = store.start_run(inputs=["a"], pipeline={})
    second = store.start_run(inputs=["b"], pipeline={})
    store.finish_run(first, stored=0, skipped=0, failed=0, status="interrupted")

    assert [(r.id, r.status) for r in store.runs()] == [
        (first, "interrupted"),
        (second, "running"),
    ]


def test_errors_are_listed_per_run_or_all_together(store: Store) -> None:
    first = store.start_run(inputs=["a"], pipeline={})
    second = store.start_run(inputs=["b"], pipeline={})
    store.record_error(first, source="a/empty.txt", code="E101", reason="the file is empty")
    store.record_error(second, source="b/blob.bin", code="E102", reason="binary content")
    store.record_error(first, source="a/latin.txt", code="E103", reason="not UTF-8")

    assert [e.source for e in store.run_errors(first)] == ["a/empty.txt", "a/latin.txt"]
    assert [e.code for e in store.run_errors()] == ["E101", "E102", "E103"]
    (only,) = store.run_errors(second)
    assert (only.run_id, only.reason) == (second, "binary content")
    assert only.recorded_at.tzinfo is not None


def test_an_unknown_run_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no ingest run 42"):
        store.record_error(42, source="x", code="E100", reason="?")
    with pytest.raises(StoreError, match="no ingest run 42"):
        store.finish_run(42, stored=0, skipped=0, failed=0)
    assert store.run_errors() == []


def test_the_db_option_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "from-env.db"))

    assert (
        resolve_db_url(str(tmp_path / "given.db")) == f"sqlite:///{tmp_path.resolve() / 'given.db'}"
    )


def test_the_environment_wins_over_the_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(DB_ENV_VAR, "postgresql://user:secret@db.example/history")

    assert resolve_db_url(None) == "postgresql://user:secret@db.example/history"


def test_the_default_is_historiograph_db_in_the_current_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)

    assert resolve_db_url(None) == f"sqlite:///{tmp_path.resolve() / 'historiograph.db'}"


def test_a_relative_path_becomes_an_absolute_sqlite_url(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)

    assert resolve_db_url("data/store.db") == f"sqlite:///{tmp_path.resolve()}/data/store.db"
    assert resolve_db_url("sqlite:///relative.db") == "sqlite:///relative.db"


def test_store_open_uses_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "env.db"))

    with Store.open() as store:
        assert store.url == f"sqlite:///{tmp_path.resolve() / 'env.db'}"
    assert (tmp_path / "env.db").is_file()
