"""A cluster's id is what people bookmark: a rebuild of every cluster keeps it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from historiograph import reconcile
from historiograph.cli import cli
from historiograph.store import Store
from historiograph.store.clusters import all_cluster_keys, cluster_ids_kept
from workbench_store import RAIDS, raid_record


def split_store(folder: Path) -> str:
    """Four raid accounts clustered, then the first one split out into a cluster of its
    own: a rebuild meets that account first, so it would number it 1."""
    db = str(folder / "split.db")
    with Store.open(db) as store:
        records = [raid_record(*raid) for raid in RAIDS]
        for record in records:
            store.save_record(record)
        reconcile.reconcile_pending(store)
        first = records[0].document.id.removeprefix("sha256:")[:8]
        [three] = [c for c, keys in all_cluster_keys(store).items() if len(keys) == 3]
        reconcile.split_cluster(store, three, [f"{first}:e1"])
    return db


def test_a_rebuild_gives_every_unchanged_cluster_its_id_back(tmp_path: Path) -> None:
    db = split_store(tmp_path)
    with Store.open(db) as store:
        before = all_cluster_keys(store)
        assert sorted(len(keys) for keys in before.values()) == [1, 1, 2]
        with cluster_ids_kept(store):
            reconcile.rebuild(store)
        assert all_cluster_keys(store) == before
        reconcile.rebuild(store)  # without it, the same rebuild renumbers
        assert all_cluster_keys(store) != before
        assert sorted(all_cluster_keys(store).values(), key=sorted) == sorted(
            before.values(), key=sorted
        )


def test_the_rebuild_command_keeps_every_unchanged_cluster_id(tmp_path: Path) -> None:
    db = split_store(tmp_path)
    with Store.open(db) as store:
        before = all_cluster_keys(store)
    result = CliRunner().invoke(cli, ["cluster", "rebuild", "--db", db])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert all_cluster_keys(store) == before
