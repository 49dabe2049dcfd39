"""The store on PostgreSQL: migrations, round trips, text search, concurrent writers, Dask.

Needs a server: set ``HISTORIOGRAPH_TEST_PG_URL`` to a database these tests may
wipe (``.ci/run`` starts one). Every test starts from an empty ``public`` schema.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from spacy.language import Language
from sqlalchemy import func, select, text

from historiograph.pipeline import Pipeline, RunSummary, build_pipeline, ingest
from historiograph.reconcile import reconcile_pending
from historiograph.reconcile.queries import memberships
from historiograph.scale.dask_engine import DaskOptions, ingest_dask
from historiograph.store import Store
from historiograph.store.clusters import ClusterMemberRow, ReconciledDocumentRow
from historiograph.store.migrate import current_revision, head_revision
from historiograph.store.schema import Base, ClaimRow, DocumentRow, EventRow, include_name
from store_records import plain_record, rich_record
from test_reconcile_store import make_record
from test_scale_dask import records_by_id, short_text, write_corpus
from workbench_store import client, hostile_record

PG_URL = os.environ.get("HISTORIOGRAPH_TEST_PG_URL")

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="HISTORIOGRAPH_TEST_PG_URL is not set: no PostgreSQL server to test on"
)


@pytest.fixture
def pg_url() -> Iterator[str]:
    assert PG_URL is not None
    with Store.open(PG_URL) as store, store.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    yield PG_URL


@pytest.fixture(scope="module")
def pipeline(nlp_model: Language) -> Pipeline:
    return build_pipeline()


def _not_search_index(name: str | None, type_: str, parent_names: Any) -> bool:
    return include_name(name, type_, parent_names) and name != "documents_fts_gin"


def test_the_migrations_build_the_models_tables_and_records_round_trip(pg_url: str) -> None:
    record = rich_record()
    with Store.open(pg_url) as store:
        with store.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            context = MigrationContext.configure(
                conn, opts={"include_name": _not_search_index, "compare_type": True}
            )
            assert compare_metadata(context, Base.metadata) == []
        assert store.save_record(record) and not store.save_record(record)
        assert store.get_record(record.document.id) == record
        assert store.get_record(record.document.id[7:19]) == record


def test_search_uses_postgres_text_search_with_stemming_phrases_and_prefixes(
    pg_url: str,
) -> None:
    attack = plain_record("Gunmen attacked the camp at night.", title="Night raid")
    camp = plain_record("The residents of Camp Ashraf were moved.", title="Camp Ashraf")
    with Store.open(pg_url) as store:
        store.save_records([attack, camp])
        assert [h.doc_id for h in store.search("attacks")] == [attack.document.id]
        assert [h.doc_id for h in store.search('"Camp Ashraf"')] == [camp.document.id]
        assert [h.doc_id for h in store.search("Ashr*")] == [camp.document.id]
        hits = store.search("camp")
        assert hits[0].doc_id == camp.document.id  # a title match ranks first
        assert "<mark>" in hits[0].snippet and hits[0].rank <= hits[1].rank
        assert len(store.search("(camp) & !night")) == 1  # syntax is just words


def test_concurrent_bulk_writers_store_each_document_once(pg_url: str) -> None:
    records = [plain_record(f"Document number {i} about the raid.") for i in range(60)]
    batches = [records[0:40], records[20:60], records[10:50], records[::-1]]
    start = threading.Barrier(len(batches))
    with Store.open(pg_url) as store:

        def write(batch: list[Any]) -> list[str]:
            start.wait()
            return store.save_records(batch)

        with ThreadPoolExecutor(len(batches)) as pool:
            stored = [i for ids in pool.map(write, batches) for i in ids]
        with store.engine.connect() as conn:
            documents = conn.scalar(select(func.count()).select_from(DocumentRow))
    assert sorted(stored) == sorted(r.document.id for r in records)
    assert documents == 60


def test_two_concurrent_ingests_of_overlapping_corpora_store_each_document_once(
    pipeline: Pipeline, pg_url: str, tmp_path: Path
) -> None:
    first = write_corpus(tmp_path / "first", range(0, 24))
    second = write_corpus(tmp_path / "second", range(12, 36))
    other = build_pipeline()
    with Store.open(pg_url) as store_a, Store.open(pg_url) as store_b:
        with ThreadPoolExecutor(2) as pool:
            runs = [
                pool.submit(ingest, [str(first)], store=store_a, pipeline=pipeline),
                pool.submit(ingest, [str(second)], store=store_b, pipeline=other),
            ]
            summaries: list[RunSummary] = [run.result() for run in runs]
        assert sum(s.stored for s in summaries) == 36
        assert sum(s.skipped for s in summaries) == 12
        with store_a.engine.connect() as conn:
            ids = conn.scalars(select(DocumentRow.id)).all()
            claims = conn.execute(select(ClaimRow.document_id, ClaimRow.id)).all()
            events = conn.scalar(select(func.count()).select_from(EventRow))
            members = conn.scalar(select(func.count()).select_from(ClusterMemberRow))
            reconciled = conn.scalar(select(func.count()).select_from(ReconciledDocumentRow))
        assert len(ids) == len(set(ids)) == 36
        assert len(claims) == len(set(claims)) >= 36
        assert reconciled == 36 and members == events  # both ingests reconciled; each event once


def test_concurrent_reconcilers_place_each_document_once(pg_url: str) -> None:
    days = [dt.date(2001 + 2 * n, 5, 1) for n in range(4)]  # years apart: four events
    records = [
        make_record(
            f"Iraqi forces stormed Camp Ashraf on {day:%B %d, %Y}, witness {n} said.",
            "stormed",
            day,
        )
        for day in days
        for n in range(3)
    ]
    start = threading.Barrier(3)
    with Store.open(pg_url) as store:
        store.save_records(records)

        def reconcile(_: int) -> list[str]:
            start.wait()
            return [r.document for r in reconcile_pending(store, batch=2)]

        with ThreadPoolExecutor(3) as pool:
            placed = [doc for docs in pool.map(reconcile, range(3)) for doc in docs]
        clusters = memberships(store)
    assert sorted(placed) == sorted(r.document.id for r in records)
    assert len(clusters) == len(records)
    assert len(set(clusters.values())) == len(days)


def test_dask_into_postgres_gives_the_records_of_one_process_into_sqlite(
    pipeline: Pipeline, pg_url: str, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus", range(16))
    with Store.open(str(tmp_path / "local.db")) as store:
        ingest([str(corpus)], store=store, pipeline=pipeline, reconcile=False)
        expected = records_by_id(store)
    options = DaskOptions(workers=2, processes=False, files_per_task=3)
    with Store.open(pg_url) as store:
        summary = ingest_dask([str(corpus)], store=store, options=options, reconcile=False)
        assert summary.stored == 16
        assert records_by_id(store) == expected
        assert store.search(short_text(5).split()[-1])  # searchable once stored


logging.getLogger("distributed").setLevel(logging.ERROR)


def test_the_api_filters_by_place_and_maps_events_on_postgres(pg_url: str, tmp_path: Path) -> None:
    rich, hostile = rich_record(), hostile_record()
    with Store.open(pg_url) as store:
        store.save_records([rich, hostile])
    api = client(pg_url, tmp_path)

    events = api.get("/api/events", params={"place": "camp ashraf"}).json()["items"]
    points = api.get("/api/map").json()["items"]

    assert {(e["document"]["id"], e["id"]) for e in events} == {
        (rich.document.id, "ev1"),
        (hostile.document.id, "e1"),
    }
    assert {(p["event_id"], p["lat"], p["lon"]) for p in points} == {
        ("ev1", 33.6, 44.5),
        ("e1", 33.6, 44.5),
    }
