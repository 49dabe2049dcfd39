"""``historiograph entities``: actors and places across the stored documents."""

from __future__ import annotations

import click

from historiograph.cli.options import db_option, format_option, print_rows
from historiograph.reconcile.entities import entities_across_documents
from historiograph.resolve import load_kb
from historiograph.store import Store

COLUMNS = ("id", "kind", "name", "documents", "mentions", "in_kb", "merged_ids")


@click.command()
@db_option
@format_option()
@click.option("--kind", default=None, help="Only this kind (person, organization, place, ...).")
@click.option("--search", default=None, help="Only entities with a name containing this text.")
@click.option(
    "--min-documents", type=int, default=1, show_default=True, help="Named by at least N."
)
def entities(
    db: str | None, output_format: str, kind: str | None, search: str | None, min_documents: int
) -> None:
    """List entities across documents: spellings and ids of one actor merged, KB anchored.

    \b
    Example:
        historiograph entities --kind organization --min-documents 2
    """
    with Store.open(db, create=False) as store:
        groups = entities_across_documents(store.iter_records(), kb=load_kb())
    needle = search.lower() if search else None
    rows = [
        g.row()
        for g in groups
        if (kind is None or g.kind == kind)
        and len(g.documents) >= min_documents
        and (needle is None or any(needle in n.lower() for n in [g.name, *g.aliases]))
    ]
    columns = COLUMNS if output_format in ("table", "csv") else None
    print_rows(rows, output_format, columns=columns, title="Entities across documents")
