"""``historiograph search QUERY``: ranked full-text search over document text."""

from __future__ import annotations

import click

from historiograph.cli.options import as_row, db_option, format_option, print_rows
from historiograph.store import Store


@click.command()
@click.argument("query")
@db_option
@format_option()
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="At most this many hits.",
)
@click.option(
    "--offset", type=click.IntRange(min=0), default=0, help="Skip this many of the best hits."
)
def search(query: str, db: str | None, output_format: str, limit: int, offset: int) -> None:
    """Search document text; prints ranked hits with a snippet around each match.

    \b
    Example:
        historiograph search "Camp Ashraf" --limit 5
        historiograph search "Camp Ashraf" --limit 5 --offset 5   # the next five
    """
    with Store.open(db, create=False) as store:
        rows = [as_row(hit) for hit in store.search(query, limit=limit, offset=offset)]
        total = store.count_search(query)
    if output_format == "table":
        for row in rows:
            row["doc_id"] = str(row.get("doc_id", ""))[:19]
    shown = f"{offset + 1}–{offset + len(rows)} of {total}" if rows else f"{total} in all"
    print_rows(rows, output_format, title=f"Search: {query} ({shown})")
