"""``historiograph eval geo``: toponym resolution figures on gold corpora."""

from __future__ import annotations

import json
from pathlib import Path

import click

from historiograph.evaluate.geo import (
    HALVES,
    READERS,
    evaluate_geo,
    gold_files,
    gold_format,
    half_of,
)
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
@click.option(
    "--half",
    type=click.Choice(HALVES),
    default=None,
    help="Score only the even-numbered documents of each file (tuned on) or the odd (held out).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def geo(
    gold: tuple[Path, ...], fmt: str | None, end_to_end: bool, half: str | None, as_json: bool
) -> None:
    """Accuracy@161 km, mean/median error and AUC of toponym resolution on GOLD files or folders.

    \b
    Example:
        historiograph eval geo ../shared/data/geoparsing/LGL/lgl.xml --json
        historiograph eval geo ../shared/data/geoparsing/LGL/lgl.xml --end-to-end --half odd
    """
    nlp = load_nlp()
    add_entity_ruler(nlp)
    report: dict[str, object] = {"setting": "end-to-end" if end_to_end else "gold-spans"}
    if half is not None:
        report["half"] = half
    for path in (file for given in gold for file in gold_files(given)):
        documents = half_of(list(READERS[fmt or gold_format(path)](path)), half)
        report[path.name] = evaluate_geo(documents, nlp, gold_spans=not end_to_end).summary()
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    for key, value in report.items():
        click.echo(f"{key}: {value}")
