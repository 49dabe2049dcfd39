"""``historiograph events``, ``event ID``, ``conflicts``, ``timeline`` and ``cluster ...``.

Events across documents: clusters of accounts of one event, side by side, with
their conflicts. Each command first reconciles the documents stored since the
last time (so they work right after ``ingest``), then reads the clusters.
``cluster merge`` and ``cluster split`` record a person's correction, which
survives re-extraction; ``cluster rebuild`` clusters everything again.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, get_args

import click
from rich.console import Group
from rich.panel import Panel
from rich.table import Table

from historiograph.cli.options import (
    counted,
    db_option,
    format_option,
    number_text,
    print_rows,
    stdout_console,
    toll_text,
)
from historiograph.reconcile import (
    merge_clusters,
    rebuild,
    reconcile_pending,
    split_cluster,
)
from historiograph.reconcile.compare import DocumentAccount
from historiograph.reconcile.queries import (
    ClusterDetail,
    ClusterSummary,
    cluster_detail,
    date_conflicted,
    list_clusters,
    list_conflicts,
)
from historiograph.record import EventType
from historiograph.store import Store
from historiograph.store.clusters import cluster_ids_kept

EVENT_TYPES = get_args(EventType)
CLUSTER_COLUMNS = (
    "id",
    "when",
    "type",
    "label",
    "place",
    "documents",
    "accounts",
    "fatalities",
    "conflicts",
)


def _open(db: str | None) -> Store:
    store = Store.open(db, create=False)
    reconcile_pending(store)
    return store


def _when(earliest: dt.date | None, latest: dt.date | None) -> str:
    if earliest is None:
        return ""
    return str(earliest) if earliest == latest or latest is None else f"{earliest} – {latest}"


def _toll(fatalities: dict[str, Any] | None) -> str:
    if not fatalities:
        return ""
    return toll_text(fatalities["low"], fatalities["best"], fatalities["high"])


def _cluster_row(cluster: ClusterSummary, output_format: str) -> dict[str, Any]:
    row = cluster.model_dump(mode="json")
    if output_format in ("table", "csv"):
        row["when"] = _when(cluster.earliest, cluster.latest)
        row["fatalities"] = _toll(cluster.fatalities)
    return row


def _date(value: str | None) -> dt.date | None:
    try:
        return None if value is None else dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@click.command()
@db_option
@format_option()
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES), help="Only this type.")
@click.option("--actor", help="Only clusters naming this actor (part of a name).")
@click.option("--place", help="Only clusters at this place (part of a name).")
@click.option("--since", help="Only clusters on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only clusters on or before this date (YYYY-MM-DD).")
@click.option(
    "--min-documents", type=int, default=1, show_default=True, help="Told by at least N documents."
)
def events(
    db: str | None,
    output_format: str,
    event_type: str | None,
    actor: str | None,
    place: str | None,
    since: str | None,
    until: str | None,
    min_documents: int,
) -> None:
    """List event clusters: one event, however many documents tell it.

    \b
    Example:
        historiograph events --type attack --place Ashraf --since 2013-01-01
    """
    with _open(db) as store:
        clusters = list_clusters(
            store,
            event_type=event_type,
            actor=actor,
            place=place,
            since=_date(since),
            until=_date(until),
            min_documents=min_documents,
        )
    rows = [_cluster_row(c, output_format) for c in clusters]
    columns = CLUSTER_COLUMNS if output_format in ("table", "csv") else None
    print_rows(rows, output_format, columns=columns, title="Event clusters")


@click.command()
@click.argument("cluster_id", metavar="ID", type=int)
@db_option
@format_option(
    choices=("table", "json"), help="table: accounts side by side; json: the whole comparison."
)
def event(cluster_id: int, db: str | None, output_format: str) -> None:
    """Show one event cluster: each document's account side by side, conflicts, links.

    \b
    Example:
        historiograph event 8
    """
    with _open(db) as store:
        detail = cluster_detail(store, cluster_id)
    if output_format == "json":
        click.echo(json.dumps(detail.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        stdout_console().print(_detail_panel(detail))


def _account_cells(account: DocumentAccount) -> dict[str, str]:
    toll = "\n".join(
        f"{f.value} ({f.qualifier}) — {f.source}: “{f.quote}”" for f in account.figures
    )
    return {
        "date": f"{_when(account.earliest, account.latest)} ({account.precision})",
        "place": "" if account.place is None else account.place.name or "",
        "type": account.type + (f" ({', '.join(account.subtypes)})" if account.subtypes else ""),
        "perpetrator": ", ".join(a.name for a in account.agents),
        "target / victims": ", ".join(a.name for a in account.patients),
        "fatalities": toll,
        "denials": "\n".join(f"“{d.quote}”" for d in account.denials),
        "evidence": "\n".join(f"“{q}”" for q in account.quotes),
    }


def _detail_panel(detail: ClusterDetail) -> Panel:
    summary, comparison = detail.summary, detail.comparison
    side = Table(title="Accounts side by side", title_justify="left", show_lines=True)
    side.add_column("field", style="bold")
    cells = [_account_cells(a) for a in comparison.accounts]
    for account in comparison.accounts:
        side.add_column(
            f"{account.title or account.document[:15]}\n{account.published or ''}",
            overflow="fold",
        )
    for field in cells[0] if cells else ():
        side.add_row(field, *[c[field] for c in cells])
    parts: list[Any] = [side]
    if comparison.fatalities is not None:
        toll = comparison.fatalities
        parts.append(
            f"Fatalities (UCDP): low {number_text(toll.low)}, best {number_text(toll.best)}, "
            f"high {number_text(toll.high)} from {len(toll.figures)} figures"
        )
    if comparison.conflicts:
        conflicts = Table(title="Conflicts", title_justify="left", show_lines=True)
        for column in ("field", "level", "summary", "one side", "other side"):
            conflicts.add_column(column, overflow="fold")
        for c in comparison.conflicts:
            conflicts.add_row(
                c.field,
                f"{c.level} ({c.severity})",
                c.summary,
                _side_text(c.a.model_dump()),
                _side_text(c.b.model_dump()),
            )
        parts.append(conflicts)
    links = Table(title="Links (feature scores)", title_justify="left")
    for column in ("a", "b", "type", "time", "place", "actors", "text", "total", "linked"):
        links.add_column(column)
    for link in detail.links:
        links.add_row(
            link.a,
            link.b,
            *["" if v is None else f"{v:.2f}" for v in (link.type, link.time, link.place)],
            *["" if v is None else f"{v:.2f}" for v in (link.actors, link.text, link.total)],
            "yes" if link.linked else "no",
        )
    parts.append(links)
    title = (
        f"cluster {summary.id}: {summary.label} — {counted(summary.documents, 'document')}, "
        f"{counted(summary.accounts, 'account')}, {counted(summary.conflicts, 'conflict')}"
    )
    return Panel(Group(*parts), title=title, title_align="left")


def _side_text(side: dict[str, Any]) -> str:
    """One side of a conflict in its document's words, with every other document that
    quotes the same voice saying the same (a conflict is listed once, not per paper)."""
    text = f"{_named(side)}: “{side.get('quote')}”"
    for other in side.get("also") or []:
        text += f"\nalso {_named(other)}: “{other.get('quote')}”"
    return text


def _named(side: dict[str, Any]) -> str:
    """A side's document by its title, else by a short id (an untitled text is no "None")."""
    return str(side.get("title") or str(side.get("document") or "")[:15] or "untitled")


@click.command()
@db_option
@format_option()
@click.option(
    "--field",
    type=click.Choice(["date", "place", "perpetrator", "type", "fatalities"]),
    help="Only conflicts on this field.",
)
@click.option("--cluster", "cluster_id", type=int, help="Only this cluster's conflicts.")
def conflicts(
    db: str | None, output_format: str, field: str | None, cluster_id: int | None
) -> None:
    """List every conflict between accounts of one event, most severe first."""
    with _open(db) as store:
        found = list_conflicts(store, field=field, cluster=cluster_id)
    rows = [c.model_dump(mode="json") for c in found]
    if output_format in ("table", "csv"):
        for row, c in zip(rows, found, strict=True):
            row["a"] = _side_text(c.a)
            row["b"] = _side_text(c.b)
    columns = (
        ("cluster", "label", "field", "level", "severity", "summary", "a", "b")
        if output_format in ("table", "csv")
        else None
    )
    print_rows(rows, output_format, columns=columns, title="Conflicts")


@click.command()
@db_option
@format_option()
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES), help="Only this type.")
@click.option("--actor", help="Only clusters naming this actor (part of a name).")
@click.option("--place", help="Only clusters at this place (part of a name).")
@click.option("--since", help="From this date (YYYY-MM-DD).")
@click.option("--until", help="Up to this date (YYYY-MM-DD).")
def timeline(
    db: str | None,
    output_format: str,
    event_type: str | None,
    actor: str | None,
    place: str | None,
    since: str | None,
    until: str | None,
) -> None:
    """Event clusters in time order; where accounts disagree on the date, the range they span."""
    with _open(db) as store:
        clusters = [
            c
            for c in list_clusters(
                store,
                event_type=event_type,
                actor=actor,
                place=place,
                since=_date(since),
                until=_date(until),
            )
            if c.earliest is not None
        ]
        disputed = date_conflicted(store)
    rows = []
    for c in clusters:
        row = _cluster_row(c, output_format)
        row["dates_disputed"] = c.id in disputed
        if output_format in ("table", "csv"):
            row["when"] = _when(c.earliest, c.latest) + (" (disputed)" if c.id in disputed else "")
        rows.append(row)
    columns = (
        ("when", "id", "type", "label", "place", "documents", "fatalities", "conflicts")
        if output_format in ("table", "csv")
        else None
    )
    print_rows(rows, output_format, columns=columns, title="Timeline")


reviewer_option = click.option(
    "--reviewer",
    envvar="HISTORIOGRAPH_REVIEWER",
    help="Who decides (kept in the audit log) [env HISTORIOGRAPH_REVIEWER].",
)


@click.group()
def cluster() -> None:
    """Correct event clusters by hand (decisions outlive re-extraction), or rebuild them."""


@cluster.command()
@click.argument("into", type=int)
@click.argument("other", type=int)
@db_option
@click.option("--note", help="Why (kept with the decision).")
@reviewer_option
def merge(into: int, other: int, db: str | None, note: str | None, reviewer: str | None) -> None:
    """Merge cluster OTHER into cluster INTO: they are one event."""
    with _open(db) as store:
        decision = merge_clusters(store, into, other, note=note, reviewer=reviewer)
    click.echo(f"merged cluster {other} into {into} (decision {decision.id})")


@cluster.command()
@click.argument("cluster_id", metavar="ID", type=int)
@click.option(
    "--event",
    "events_",
    multiple=True,
    required=True,
    help="An event to move out (its ref as `event ID` lists it, e.g. 3f2a9c1b:e2); repeat.",
)
@db_option
@click.option("--note", help="Why (kept with the decision).")
@reviewer_option
def split(
    cluster_id: int,
    events_: tuple[str, ...],
    db: str | None,
    note: str | None,
    reviewer: str | None,
) -> None:
    """Move events out of cluster ID into a new cluster: they are another event."""
    with _open(db) as store:
        decision = split_cluster(store, cluster_id, list(events_), note=note, reviewer=reviewer)
    click.echo(
        f"moved {len(events_)} event(s) from cluster {cluster_id} "
        f"to new cluster {decision.cluster} (decision {decision.id})"
    )


@cluster.command(name="rebuild")
@db_option
def rebuild_command(db: str | None) -> None:
    """Cluster every stored event again from scratch (merge and split decisions still apply)."""
    with Store.open(db, create=False) as store, cluster_ids_kept(store):
        results = rebuild(store)
    accounts = sum(r.accounts for r in results)
    click.echo(f"reconciled {counted(len(results), 'document')}, {counted(accounts, 'account')}")
