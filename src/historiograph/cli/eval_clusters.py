"""``historiograph eval clusters GOLD...``: event clusters (B-cubed, pairwise) and conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from historiograph.cli.options import stdout_console
from historiograph.evaluate.clusters import evaluate_clusters
from historiograph.pipeline import build_pipeline


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of metrics.")
def clusters(gold: tuple[Path, ...], as_json: bool) -> None:
    """Score cross-document event clusters and conflicts against gold (see evaluate/clusters.py).

    \b
    Example:
        historiograph eval clusters tests/gold/*-clusters.yaml --json
    """
    per_file, overall = evaluate_clusters(list(gold), build_pipeline())
    if as_json:
        payload = {"overall": overall, "files": {k: v.metrics() for k, v in per_file.items()}}
        click.echo(json.dumps(payload, indent=2))
        return
    table = Table(title="Event clusters against gold")
    for column in (
        "gold",
        "events",
        "missed",
        "B³ P",
        "B³ R",
        "B³ F1",
        "pair F1",
        "conflict P",
        "conflict R",
    ):
        table.add_column(column, justify="right")
    rows = [(name, s.metrics()) for name, s in per_file.items()] + [("overall", overall)]
    for name, m in rows:
        table.add_row(
            Path(name).name,
            str(m["events"]),
            str(m["missed_accounts"]),
            *(str(m["bcubed"][k]) for k in ("precision", "recall", "f1")),
            str(m["pairwise"]["f1"]),
            str(m["conflicts"]["precision"]),
            str(m["conflicts"]["recall"]),
        )
    stdout_console().print(table)
    for kind, counts in overall["conflict_fields"].items():
        click.echo(
            f"{kind} conflicts: {counts['correct']} of {counts['gold']} found "
            f"(recall {counts['recall']}), {counts['predicted']} reported "
            f"(precision {counts['precision']})"
        )
    for name, scores in per_file.items():
        for line in scores.false_conflicts:
            click.echo(f"{Path(name).name}: reported, not in gold: {line}")
        for line in scores.missed_conflicts:
            click.echo(f"{Path(name).name}: in gold, not reported: {line}")
