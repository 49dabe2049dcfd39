"""``historiograph eval claims``: score claims extraction against gold records."""

from __future__ import annotations

import json
from pathlib import Path

import click
import spacy
from rich.console import Console
from rich.table import Table
from spacy.language import Language

from historiograph.evaluate.claims import ClaimScores, evaluate_claims
from historiograph.extract.claims import extract_claims
from historiograph.nlp.loader import load_nlp, model_info
from historiograph.record import Claim

_COLUMNS = (
    ("P", "precision"),
    ("R", "recall"),
    ("F1", "f1"),
    ("span F1", "detection_f1"),
    ("low/high", "low_high_accuracy"),
    ("property", "property_accuracy"),
    ("unit", "unit_accuracy"),
    ("source", "source_accuracy"),
    ("stance", "stance_accuracy"),
)
_MIN_WIDTH = 120  # the table is unreadable when rich squeezes it into 80 columns


def _pipeline(blank: bool) -> tuple[str, Language]:
    """The pipeline to score: the English model (or blank English with ``--blank``)."""
    if blank:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return "blank:en", nlp
    nlp = load_nlp()
    return model_info(nlp).package or "blank:en", nlp


def _row(name: str, scores: ClaimScores) -> list[str]:
    rates = scores.rates()
    return [name, str(scores.gold), str(scores.predicted)] + [
        f"{rates[key]:.2f}" for _, key in _COLUMNS
    ]


@click.command(name="claims")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option("--blank", is_flag=True, help="Score the blank-pipeline fallback (no parse, no NER).")
@click.option("--errors", "show_errors", is_flag=True, help="List the claims that went wrong.")
def claims(gold: tuple[Path, ...], as_json: bool, blank: bool, show_errors: bool) -> None:
    """Score claims (figures, sources, stance) against GOLD record files (JSON or JSONL).

    \b
    Example:
        historiograph eval claims tests/gold/flagship-claims.jsonl tests/gold/demo-claims.jsonl
    """
    model, nlp = _pipeline(blank)

    def extract(text: str) -> list[Claim]:
        return extract_claims(nlp(text))

    report = evaluate_claims(gold, extract)
    if as_json:
        click.echo(json.dumps({"model": model, **report.to_dict()}, indent=2))
        return
    console = Console(width=max(Console().width, _MIN_WIDTH))
    table = Table(title=f"Claims ({model}); F1 needs span and property to match")
    for header in ("file", "gold", "pred", *(name for name, _ in _COLUMNS)):
        table.add_column(header, justify="left" if header == "file" else "right")
    for path, scores in report.by_file().items():
        table.add_row(*_row(path.name, scores))
    table.add_row(*_row("overall", report.overall), style="bold")
    console.print(table)
    if show_errors:
        for result in report.documents:
            for error in result.errors:
                console.print(f"[dim]{result.path.name} · {result.title}[/dim]  {error}")
