"""``historiograph eval time GOLD...``: TempEval-3 scores of the temporal tagger.

Thin: it reads options, calls :func:`historiograph.evaluate.time.evaluate_time`
and prints a rich table (per file, then overall) or, with ``--json``, one
JSON object.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from historiograph.evaluate.time import Counts, TimeReport, evaluate_time

# (metric, column heading): headings are short so the table fits 100 columns
_COLUMNS = (
    ("strict_p", "strict P"),
    ("strict_r", "strict R"),
    ("strict_f1", "strict F1"),
    ("relaxed_p", "relax P"),
    ("relaxed_r", "relax R"),
    ("relaxed_f1", "relax F1"),
    ("type_accuracy", "type acc"),
    ("value_accuracy", "value acc"),
    ("value_f1", "value F1"),
    ("interval_accuracy", "interval acc"),
)


def _row(name: str, system: str, counts: Counts) -> list[str]:
    metrics = counts.metrics()
    cells = [name, system, str(counts.gold), str(counts.system)]
    for key, _ in _COLUMNS:
        value = metrics[key]
        cells.append("–" if value is None else f"{value:.3f}")
    return cells


def _table(report: TimeReport, *, per_file: bool) -> Table:
    table = Table(title="Temporal expressions (TempEval-3 measures)", padding=(0, 1))
    table.add_column("file", no_wrap=True)
    table.add_column("system", no_wrap=True)
    for heading in ("gold", "found", *(label for _, label in _COLUMNS)):
        table.add_column(heading, justify="right", no_wrap=False, min_width=5)
    if per_file:
        for scores in report.files:
            for system, counts in scores.counts.items():
                table.add_row(*_row(scores.name, system, counts))
        table.add_section()
    for system, counts in report.overall().items():
        table.add_row(*_row("overall", system, counts), style="bold")
    return table


@click.command(name="time")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--no-baseline", is_flag=True, help="Skip the dateparser baseline (it is slow).")
@click.option("--overall-only", is_flag=True, help="Print only the overall rows of the table.")
def time(gold: tuple[Path, ...], as_json: bool, no_baseline: bool, overall_only: bool) -> None:
    """Score the temporal tagger on GOLD: TimeML files or folders (.tml) and
    record-format gold (.json/.jsonl). Record gold without document text takes
    it from a .txt file given too (matched by document id).

    \b
    Example:
      historiograph eval time ../shared/data/temporal/tempeval3-aquaint/tml
      historiograph eval time tests/gold/flagship-time.jsonl \\
          ../shared/corpus/half-a-century-with-mko-part-1.txt
    """
    report = evaluate_time(list(gold), baseline=not no_baseline)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
        return
    Console(width=max(Console().width, 140)).print(_table(report, per_file=not overall_only))
