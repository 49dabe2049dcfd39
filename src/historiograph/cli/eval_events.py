"""``historiograph eval events GOLD...``: event detection and field accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from historiograph.cli.options import stdout_console
from historiograph.evaluate.events import evaluate_events
from historiograph.pipeline import build_pipeline

COLUMNS = (
    "gold",
    "system",
    "precision",
    "recall",
    "f1",
    "subtype_accuracy",
    "date_overlap_accuracy",
    "date_exact_accuracy",
    "place_accuracy",
    "agent_accuracy",
    "target_accuracy",
    "fatalities_accuracy",
    "modality_accuracy",
)


@click.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder that gold paths starting with 'shared:' are relative to.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of metrics.")
def events(gold: tuple[Path, ...], shared: Path | None, as_json: bool) -> None:
    """Score event extraction against record-format gold (see evaluate/events.py)."""
    per_document, overall = evaluate_events(list(gold), build_pipeline(), shared=shared)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "overall": overall.metrics(),
                    "documents": {name: s.metrics() for name, s in per_document.items()},
                },
                indent=2,
            )
        )
        return
    table = Table(title="Events against gold")
    table.add_column("document")
    for column in COLUMNS:
        table.add_column(column.removesuffix("_accuracy"), justify="right")
    rows = [*per_document.items(), ("overall", overall)]
    for name, scores in rows:
        metrics = scores.metrics()
        table.add_row(
            name, *["" if metrics.get(c) is None else str(metrics.get(c)) for c in COLUMNS]
        )
    stdout_console().print(table)
