"""``historiograph eval coded PATH --dataset acled|gtd|rand|muc4``: field accuracy on coded data."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from historiograph.cli.options import stdout_console
from historiograph.evaluate.coded import DATASETS, HALVES, evaluate_coded
from historiograph.pipeline import build_pipeline


@click.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--dataset", type=click.Choice(DATASETS), required=True, help="The file's scheme.")
@click.option("--limit", type=int, default=200, show_default=True, help="Rows to score (0: all).")
@click.option(
    "--truecase/--no-truecase",
    default=True,
    show_default=True,
    help="MUC-4: restore capitals to the all-caps messages before the pipeline reads them.",
)
@click.option(
    "--half",
    type=click.Choice(HALVES),
    default=None,
    help="Score every other row only (tune on one half, report the other).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of metrics.")
def coded(
    path: Path, dataset: str, limit: int, truecase: bool, half: str | None, as_json: bool
) -> None:
    """Score extraction against event data coded by people (ACLED, GTD, RAND, MUC-4).

    The pipeline reads each row's text only; its main event is compared with the
    row's coded date, country, place, type, actor and fatalities. For MUC-4 (PATH
    a folder of messages and answer keys, --limit counting messages) each incident
    template is aligned with an extracted event and its type, date, location,
    country, perpetrator, target, victim and fatalities are scored.
    """
    pipeline = build_pipeline()
    scores = evaluate_coded(
        path, dataset, pipeline, limit=limit or None, truecase=truecase, half=half
    )
    metrics = scores.metrics()
    if as_json:
        click.echo(json.dumps({"dataset": dataset, "file": str(path), **metrics}, indent=2))
        return
    table = Table(title=f"{dataset} coded data: {path.name}")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("rows scored", justify="right")
    table.add_row("event found", str(metrics["event_found"]), str(metrics["rows"]))
    for key, value in metrics.items():
        if key.endswith("_accuracy"):
            name = key.removesuffix("_accuracy")
            table.add_row(name, str(value), str(metrics[f"{name}_n"]))
    stdout_console().print(table)
