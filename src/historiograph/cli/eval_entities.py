"""``historiograph eval entities``: mention detection and linking against gold records."""

from __future__ import annotations

import json
from pathlib import Path

import click

from historiograph.evaluate.entities import evaluate_entities
from historiograph.nlp.loader import load_nlp, model_info
from historiograph.record import Entity, Mention
from historiograph.resolve import add_entity_ruler, resolve_entities


@click.command(name="entities")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def entities(gold: tuple[Path, ...], as_json: bool) -> None:
    """Score entity mentions (P/R/F1) and linking against GOLD record files.

    \b
    Example:
        historiograph eval entities tests/gold/flagship-entities.jsonl
    """
    nlp = load_nlp()
    add_entity_ruler(nlp)

    def extract(text: str) -> tuple[list[Entity], list[Mention]]:
        return resolve_entities(nlp(text))

    rates = evaluate_entities(gold, extract).rates()
    report = {"model": model_info(nlp).package or "blank:en", **rates}
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    for key, value in report.items():
        click.echo(f"{key:>18}: {value:.3f}" if isinstance(value, float) else f"{key:>18}: {value}")
