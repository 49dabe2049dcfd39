"""``historiograph import --format acled|ucdp|gtd|muc4 PATH``: coded event data into the store."""

from __future__ import annotations

from pathlib import Path

import click

from historiograph.cli.options import db_option, stderr_console
from historiograph.export.importer import FORMATS, import_csv
from historiograph.store import Store

SHOWN_FAILURES = 10


@click.command(name="import")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.argument("file", type=click.Path(path_type=Path))
@db_option
@click.option("--limit", type=int, default=None, help="Import at most this many rows.")
def import_(fmt: str, file: Path, db: str | None, limit: int | None) -> None:
    """Import an ACLED, UCDP GED or GTD CSV, or MUC-4 keys: one record per row or template.

    Each row's notes or summary become the record's document text, followed
    by a line spelling out its codes, so every span points at real text.
    Importing the same file again stores nothing new. For MUC-4, FILE is a
    folder (or file) of message and answer-key files; each incident template
    becomes a record over its message's text.

    \b
    Example:
        historiograph import --format acled acled_2020.csv --db archive.db
        historiograph import --format muc4 muc34/TASK/CORPORA/dev --db archive.db
    """
    with Store.open(db) as store:
        summary = import_csv(file, fmt, store, limit=limit)
    errors = stderr_console()
    for number, reason in summary.failures[:SHOWN_FAILURES]:
        errors.print(f"[red]skipped[/red] line {number}: {reason}", highlight=False)
    click.echo(
        f"import run {summary.run_id}: stored {summary.stored}, skipped {summary.skipped} "
        f"(already stored), failed {len(summary.failures)}"
    )
