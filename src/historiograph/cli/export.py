"""``historiograph export --format F``: the store's events in the formats researchers use."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import get_args

import click

from historiograph.cli.options import db_option
from historiograph.export.account import accounts
from historiograph.export.formats import FORMATS
from historiograph.export.formats import export as write_export
from historiograph.export.geojson import cluster_collection
from historiograph.export.select import EventFilter, filtered, stored_records
from historiograph.reconcile import reconcile_pending
from historiograph.reconcile.queries import list_clusters, memberships
from historiograph.record import EventType
from historiograph.store import Store

# Event clusters need the store's clustering, not only the records, so they are
# exported here rather than through the record-only FORMATS table.
CLUSTERS_FORMAT = "geojson-clusters"
CLUSTERS_HELP = "geojson-clusters: GeoJSON with each event cluster over every account's place"

_DAY = click.DateTime(formats=["%Y-%m-%d"])


@click.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*FORMATS, CLUSTERS_FORMAT]),
    required=True,
    help="; ".join([*(f"{f.name}: {f.description}" for f in FORMATS.values()), CLUSTERS_HELP]),
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (a folder for parquet) [default: stdout; required for parquet].",
)
@db_option
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(list(get_args(EventType))),
    help="Only events of this type (repeatable).",
)
@click.option("--since", type=_DAY, default=None, help="Only events that end on or after this day.")
@click.option("--until", type=_DAY, default=None, help="Only events that begin on or before it.")
@click.option(
    "--document",
    "documents",
    multiple=True,
    metavar="ID",
    help="Only this document (id or id prefix; repeatable).",
)
def export(
    fmt: str,
    out: Path | None,
    db: str | None,
    types: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    documents: tuple[str, ...],
) -> None:
    """Export the stored records' events as ACLED, UCDP, GTD, GeoJSON, graphs, JSON-LD and more.

    \b
    Example:
        historiograph export --format acled --type attack --since 2009-01-01 > events.csv
        historiograph export --format gexf --out actors.gexf
        historiograph export --format parquet --out tables/
    """
    events = EventFilter(
        types=frozenset(types),
        since=since.date() if since else None,
        until=until.date() if until else None,
    )
    with Store.open(db, create=False) as store:
        records = list(filtered(stored_records(store, documents), events))
        if fmt == CLUSTERS_FORMAT:
            reconcile_pending(store)
            collection = cluster_collection(
                accounts(records),
                memberships(store),
                {c.id: c.label for c in list_clusters(store)},
            )
            text = json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
            if out is None:
                click.echo(text, nl=False)
            else:
                out.write_text(text, encoding="utf-8")
            return
    write_export(records, fmt, out=out if out is not None else sys.stdout)
