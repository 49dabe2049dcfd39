"""``historiograph kb`` and ``eval entities|geo`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from historiograph.cli import cli
from historiograph.evaluate.geo import GeoScores


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_kb_list_filters_and_prints_json() -> None:
    rows = json.loads(
        run("kb", "list", "--kind", "person", "--search", "rajavi", "--format", "json")
    )
    assert {r["id"] for r in rows} == {"ent:masoud-rajavi", "ent:maryam-rajavi"}


def test_kb_show_by_any_name() -> None:
    assert json.loads(run("kb", "show", "Mujahidin Organization"))["id"] == "ent:mek"


def test_kb_add_and_import_write_the_users_file(tmp_path: Path) -> None:
    user = tmp_path / "kb.yaml"
    run(
        "kb",
        "add",
        "--kb",
        str(user),
        "--kind",
        "person",
        "--name",
        "Ada Example",
        "--alias",
        "Ada",
    )
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("id,kind,name,aliases\nent:grp,organization,Some Group,SG|The Group\n")
    run("kb", "import", "--kb", str(user), str(csv_file))
    out = run("kb", "list", "--kb", str(user), "--format", "csv", "--search", "Group")
    assert "ent:grp,organization,Some Group,SG; The Group" in out
    assert json.loads(run("kb", "show", "--kb", str(user), "Ada"))["id"] == "ent:ada-example"


def test_geo_scores_count_misses_as_failures() -> None:
    summary = GeoScores(errors=[0.0, 100.0, 500.0, None]).summary()
    assert summary["accuracy_161km"] == 0.5 and summary["accuracy_161km_of_resolved"] == 2 / 3
    assert summary["median_km"] == 300.0 and 0 < summary["auc"] < 1
