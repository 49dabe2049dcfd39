"""``historiograph reprocess``: re-extract only what an older pipeline extracted, keep reviews."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from sqlalchemy import select, update

from historiograph.cli import cli
from historiograph.ingest import iter_documents
from historiograph.pipeline import Pipeline, build_pipeline, ingest, pipeline_version, rules_digest
from historiograph.record import Document
from historiograph.scale.reprocess import count_stale, reprocess
from historiograph.store import Store
from historiograph.store.clusters import ClusterMemberRow, cluster_session
from historiograph.store.review import ReviewKey, decide, decisions
from historiograph.store.schema import RunRow
from test_scale_dask import records_by_id, write_corpus

OLD_PIPELINE = {"historiograph": "0.0.1", "spacy": "3.7.0", "model": "blank:en", "components": []}


@pytest.fixture(scope="module")
def pipeline(nlp_model: Language) -> Pipeline:
    return build_pipeline()


def store_with_an_old_run(tmp_path: Path, pipeline: Pipeline) -> tuple[str, list[str]]:
    """Ten documents from the current pipeline, then four whose run had an older one."""
    db = str(tmp_path / "store.db")
    current = write_corpus(tmp_path / "current", range(10))
    old = write_corpus(tmp_path / "old", range(10, 14))
    with Store.open(db) as store:
        ingest([str(current)], store=store, pipeline=pipeline, reconcile=False)
        old_run = store.start_run(inputs=[str(old)], pipeline=OLD_PIPELINE)
        records = list(pipeline.process(store_documents(old)))
        # What the old pipeline found: no events (the new one finds them).
        stale = [r.model_copy(update={"events": []}) for r in records]
        store.save_records(stale, run_id=old_run)
        store.finish_run(old_run, stored=len(stale), skipped=0, failed=0)
    return db, sorted(r.document.id for r in stale)


def store_documents(folder: Path) -> list[Document]:
    return [d for d in iter_documents([str(folder)]) if isinstance(d, Document)]


def test_only_documents_of_an_older_pipeline_are_re_extracted(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    db, stale_ids = store_with_an_old_run(tmp_path, pipeline)
    version = pipeline_version(pipeline.describe())
    with Store.open(db) as store:
        before = records_by_id(store)
        key = ReviewKey(document_id=stale_ids[0], kind="claim", span=(60, 80))
        decide(store, key, "reject", reviewer="alice")
        assert count_stale(store, version) == 4

        summary = reprocess(store, pipeline)
        after = records_by_id(store)

        assert (summary.stale, summary.reprocessed) == (4, 4)
        assert all(after[i].events for i in stale_ids)  # re-extracted: events found now
        assert {i: r for i, r in after.items() if i not in stale_ids} == {
            i: r for i, r in before.items() if i not in stale_ids
        }
        assert [d.key for d in decisions(store, stale_ids[0])] == [key]
        assert store.runs()[-1].pipeline == pipeline.describe()
        assert count_stale(store, version) == 0
        assert reprocess(store, pipeline).reprocessed == 0  # nothing left to do


def test_the_command_counts_then_re_extracts(pipeline: Pipeline, tmp_path: Path) -> None:
    db, _ = store_with_an_old_run(tmp_path, pipeline)
    dry = CliRunner().invoke(cli, ["reprocess", "--db", db, "--dry-run", "--format", "json"])
    assert dry.exit_code == 0, dry.output
    assert '"stale": 4' in dry.output and '"reprocessed": 0' in dry.output

    done = CliRunner().invoke(cli, ["reprocess", "--db", db, "--quiet", "--format", "json"])
    assert done.exit_code == 0, done.output
    assert '"reprocessed": 4' in done.output


USER_KB = """format: historiograph.kb/1
entities:
- {id: ent:northern-relief-column, kind: organization, name: Northern Relief Column, aliases: [NRC]}
"""


def test_a_knowledge_base_change_marks_documents_for_re_extraction(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "On March 3, 1985, the NRC shelled a checkpoint in Basra. According to officials, "
        "at least 12 people were killed.\n",
        encoding="utf-8",
    )
    user_kb = tmp_path / "user-kb.yaml"
    user_kb.write_text(USER_KB, encoding="utf-8")
    with_user_kb = build_pipeline(kb_paths=[user_kb])
    old, new = pipeline.describe(), with_user_kb.describe()
    assert old["kb"] != new["kb"] and {k: v for k, v in old.items() if k != "kb"} == {
        k: v for k, v in new.items() if k != "kb"
    }
    with Store.open(str(tmp_path / "store.db")) as store:
        ingest([str(folder)], store=store, pipeline=pipeline, reconcile=False)
        (doc_id,) = records_by_id(store)
        assert "ent:northern-relief-column" not in {e.id for e in store.get_record(doc_id).entities}
        key = ReviewKey(document_id=doc_id, kind="claim", span=(57, 90))
        decide(store, key, "accept", reviewer="alice")
        assert count_stale(store, pipeline_version(old)) == 0
        assert count_stale(store, pipeline_version(new)) == 1

        assert reprocess(store, with_user_kb).reprocessed == 1
        assert "ent:northern-relief-column" in {e.id for e in store.get_record(doc_id).entities}
        assert [d.key for d in decisions(store, doc_id)] == [key]
        assert count_stale(store, pipeline_version(new)) == 0
        assert count_stale(store, pipeline_version(old)) == 1  # back to the bundled KB: again


def test_a_change_to_rule_data_changes_the_pipeline_version(tmp_path: Path) -> None:
    lexicon = tmp_path / "extract" / "events" / "data" / "triggers.yaml"
    lexicon.parent.mkdir(parents=True)
    lexicon.write_text("attack: [bombed]\n", encoding="utf-8")
    kb = tmp_path / "resolve" / "data" / "kb" / "general.yaml"
    kb.parent.mkdir(parents=True)
    kb.write_text("entities: []\n", encoding="utf-8")
    before = rules_digest(tmp_path)

    kb.write_text("entities: []  # the KB has its own digest\n", encoding="utf-8")
    (tmp_path / "extract" / "events" / "data" / "NOTES.md").write_text("notes", encoding="utf-8")
    assert rules_digest.__wrapped__(tmp_path) == before

    lexicon.write_text("attack: [bombed, shelled]\n", encoding="utf-8")
    assert rules_digest.__wrapped__(tmp_path) != before


def cluster_keys(store: Store) -> dict[int, frozenset[str]]:
    with cluster_session(store) as session:
        rows = session.execute(select(ClusterMemberRow.cluster_id, ClusterMemberRow.event_key))
        found: dict[int, set[str]] = {}
        for cluster, key in rows:
            found.setdefault(cluster, set()).add(key)
    return {cluster: frozenset(keys) for cluster, keys in found.items()}


def test_clusters_keep_their_ids_across_reprocess(pipeline: Pipeline, tmp_path: Path) -> None:
    """A bookmark to /events/ID still finds the same event after re-extraction."""
    corpus = write_corpus(tmp_path / "corpus", range(12))
    with Store.open(str(tmp_path / "store.db")) as store:
        ingest([str(corpus)], store=store, pipeline=pipeline)
        before = cluster_keys(store)
        assert len(before) >= 10
        with cluster_session(store, write=True) as session:  # as if an older version extracted
            session.execute(update(RunRow).values(pipeline=OLD_PIPELINE))

        assert reprocess(store, pipeline).reprocessed == 12
        assert cluster_keys(store) == before
