"""``historiograph eval geo``: toponym resolution figures on gold corpora."""

from __future__ import annotations

import json
from pathlib import Path

import click

from historiograph.evaluate.geo import READERS, evaluate_geo, gold_files, gold_format
from historiograph.nlp.loader import load_nlp
from historiograph.resolve import add_entity_ruler


@click.command(name="geo")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(READERS)),
    default=None,
    help="Gold format [default: xml for .xml files (LGL, TR-News, GeoVirus), else record].",
)
@click.option("--end-to-end", is_flag=True, help="Recognise toponyms too (default: gold spans).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def geo(gold: tuple[Path, ...], fmt: str | None, end_to_end: bool, as_json: bool) -> None:
    """Accuracy@161 km, mean/median error and AUC of toponym resolution on GOLD files or folders.

    \b
    Example:
        historiograph eval geo ../shared/data/geoparsing/LGL/lgl.xml --json
    """
    nlp = load_nlp()
    add_entity_ruler(nlp)
    report: dict[str, object] = {"setting": "end-to-end" if end_to_end else "gold-spans"}
    for path in (file for given in gold for file in gold_files(given)):
        documents = list(READERS[fmt or gold_format(path)](path))
        report[path.name] = evaluate_geo(documents, nlp, gold_spans=not end_to_end).summary()
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    for key, value in report.items():
        click.echo(f"{key}: {value}")
