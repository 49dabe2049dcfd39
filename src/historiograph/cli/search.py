"""``historiograph search QUERY``: ranked full-text search over document text."""

from __future__ import annotations

import click

from historiograph.cli.options import as_row, db_option, format_option, print_rows
from historiograph.store import Store


@click.command()
@click.argument("query")
@db_option
@format_option()
@click.option("--limit", type=int, default=20, show_default=True, help="At most this many hits.")
def search(query: str, db: str | None, output_format: str, limit: int) -> None:
    """Search document text; prints ranked hits with a snippet around each match.

    \b
    Example:
        historiograph search "Camp Ashraf" --limit 5
    """
    with Store.open(db, create=False) as store:
        rows = [as_row(hit) for hit in store.search(query, limit=limit)]
    if output_format == "table":
        for row in rows:
            row["doc_id"] = str(row.get("doc_id", ""))[:19]
    print_rows(rows, output_format, title=f"Search: {query}")
