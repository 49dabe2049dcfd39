"""Event clusters as GeoJSON: every account's place of one event, side by side."""

from __future__ import annotations

import json
from pathlib import Path

import geojson
import pytest
from click.testing import CliRunner
from shapely.geometry import shape

from historiograph.cli import cli


@pytest.mark.model
def test_clusters_export_every_accounts_place(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert CliRunner().invoke(cli, ["demo", "--db", db, "--quiet"]).exit_code == 0
    out = tmp_path / "clusters.geojson"
    result = CliRunner().invoke(
        cli, ["export", "--format", "geojson-clusters", "--db", db, "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    collection = geojson.loads(out.read_text(encoding="utf-8"))
    assert collection.is_valid, collection.errors()
    data = json.loads(out.read_text(encoding="utf-8"))
    clusters = [f for f in data["features"] if f["geometry"]["type"] == "MultiPoint"]
    points = {f["id"]: f for f in data["features"] if f["geometry"]["type"] == "Point"}
    told_twice = [c for c in clusters if len(c["properties"]["accounts"]) >= 2]
    assert told_twice, "the demo corpus tells some events in more than one document"
    for cluster in told_twice:
        accounts = [points[key] for key in cluster["properties"]["accounts"]]
        assert {a["properties"]["cluster"] for a in accounts} == {cluster["properties"]["cluster"]}
        assert len({a["properties"]["document"] for a in accounts}) >= 1
        assert shape(cluster["geometry"]).geom_type == "MultiPoint"
