"""``historiograph documents``, ``show DOC`` and ``runs``: what the store holds."""

from __future__ import annotations

import click

from historiograph.cli.extract import record_panel
from historiograph.cli.options import as_row, db_option, format_option, print_rows, stdout_console
from historiograph.store import Store

DOCUMENT_COLUMNS = (
    "id",
    "title",
    "author",
    "published",
    "chars",
    "entities",
    "timexes",
    "claims",
    "events",
    "source",
)


@click.command()
@db_option
@format_option()
@click.option("--limit", type=int, default=None, help="Show at most this many documents.")
@click.option("--offset", type=int, default=0, help="Skip this many documents first.")
def documents(db: str | None, output_format: str, limit: int | None, offset: int) -> None:
    """List the stored documents.

    \b
    Example:
        historiograph documents --format csv > documents.csv
    """
    with Store.open(db, create=False) as store:
        rows = [as_row(d) for d in store.documents(limit=limit, offset=offset)]
    if output_format == "table":
        for row in rows:
            row["id"] = str(row["id"])[:19]
    columns = (
        [c for c in DOCUMENT_COLUMNS if not rows or c in rows[0]]
        if output_format in ("table", "csv")
        else None
    )
    print_rows(rows, output_format, columns=columns, title="Documents")


@click.command()
@click.argument("doc")
@db_option
@format_option(choices=("table", "json"), help="table: a readable view; json: the stored record.")
def show(doc: str, db: str | None, output_format: str) -> None:
    """Show one stored document's record (DOC: its id or a unique prefix of it).

    \b
    Example:
        historiograph show 3f2a9c
    """
    with Store.open(db) as store:
        record = store.get_record(doc)
    if output_format == "json":
        click.echo(record.to_json(indent=2))
    else:
        stdout_console().print(record_panel(record))


@click.command()
@db_option
@format_option()
@click.option(
    "--errors", "show_errors", is_flag=True, help="List the failed inputs instead of the runs."
)
@click.option("--run", "run_id", type=int, default=None, help="With --errors: only this run's.")
def runs(db: str | None, output_format: str, show_errors: bool, run_id: int | None) -> None:
    """List ingest runs, or with --errors the inputs that failed and why."""
    with Store.open(db, create=False) as store:
        items = store.run_errors(run_id) if show_errors else store.runs()
        rows = [as_row(item) for item in items]
    print_rows(rows, output_format, title="Failed inputs" if show_errors else "Ingest runs")
