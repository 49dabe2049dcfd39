"""``historiograph doctor``: the versions of the pipeline, models and data in use."""

from __future__ import annotations

import dataclasses
import importlib.metadata
import json
import platform
import warnings
from dataclasses import dataclass
from typing import Any

import click
from rich.table import Table

from historiograph.cli.options import db_option, stdout_console
from historiograph.pipeline import build_pipeline
from historiograph.store import Store, resolve_db_url

LIBRARIES = (
    "historiograph",
    "spacy",
    "pydantic",
    "trafilatura",
    "pypdf",
    "warcio",
    "sqlalchemy",
    "alembic",
)


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


@dataclass(frozen=True)
class DoctorReport:
    """Everything doctor reports (``--json`` prints it as one object)."""

    python: str
    libraries: dict[str, str]
    pipeline: dict[str, Any]
    warnings: list[str]
    db: str
    documents: int


def diagnose(db: str | None) -> DoctorReport:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pipeline = build_pipeline()
    with Store.open(db) as store:
        documents = store.count_documents()
    return DoctorReport(
        python=platform.python_version(),
        libraries={name: _version(name) for name in LIBRARIES},
        pipeline=pipeline.describe(),
        warnings=[str(w.message) for w in caught],
        db=resolve_db_url(db),
        documents=documents,
    )


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def doctor(db: str | None, as_json: bool) -> None:
    """Print the versions of the pipeline, models and data in use."""
    report = diagnose(db)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(report), indent=2, default=str))
        return
    table = Table(title="historiograph doctor", show_header=False)
    table.add_column("what")
    table.add_column("value", overflow="fold")
    table.add_row("python", report.python)
    for name, version in report.libraries.items():
        table.add_row(name, version)
    pipeline = report.pipeline
    table.add_row("spaCy model", f"{pipeline['model']} {pipeline['model_version'] or ''}")
    table.add_row("components", ", ".join(pipeline["components"]))
    table.add_row("store", f"{report.db} ({report.documents} documents)")
    for warning in report.warnings:
        table.add_row("[yellow]warning[/yellow]", warning)
    stdout_console().print(table)
