"""``historiograph extract FILE...``: print records without touching the store."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator

import click
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from historiograph.cli.options import counted, stderr_console, stdout_console, toll_text
from historiograph.ingest import IngestFailure, iter_documents
from historiograph.ingest.clean import TITLE_DATE, published_from_title
from historiograph.pipeline import build_pipeline
from historiograph.record import Document, Event, Record


def _excerpt(text: str, span: tuple[int, int], width: int = 90) -> str:
    start, end = span
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= width else snippet[: width - 1] + "…"


def _timeline(events: list[Event]) -> list[Event]:
    """Events in time order, as a timeline reads: dated ones by their earliest day,
    then the undated in the order the text tells them."""
    return sorted(
        events,
        key=lambda e: (e.when.earliest is None, e.when.earliest or dt.date.max, e.span[0]),
    )


def _period(event: Event) -> str:
    earliest, latest = event.when.earliest, event.when.latest
    if earliest is None:
        return ""
    return str(earliest) if latest in (None, earliest) else f"{earliest}…{latest}"


def _toll(event: Event) -> str:
    toll = event.fatalities
    return "" if toll is None else toll_text(toll.low, toll.best, toll.high)


def _actors(event: Event, names: dict[str, str]) -> str:
    """Each actor as "role: name", the name the record gives its entity (an id means
    nothing to a reader)."""
    return "; ".join(f"{a.role}: {names.get(a.entity, a.entity)}" for a in event.actors)


def _blank(value: object) -> str:
    """A cell for a value the record may leave open ("at least 9" has no high): empty."""
    return "" if value is None else str(value)


def record_panel(record: Record) -> Panel:
    """A readable view of one record: the document, its events as a timeline, then
    each other part as a table."""
    doc = record.document
    parts: list[Table] = []
    if record.events:
        names = {entity.id: entity.name for entity in record.entities}
        events = Table(title="events", title_justify="left")
        for col in ("id", "type", "when", "where", "actors", "fatalities", "told as", "evidence"):
            events.add_column(col, overflow="fold")
        for e in _timeline(record.events):
            events.add_row(
                e.id,
                f"{e.type}/{e.subtype}" if e.subtype else e.type,
                _period(e),
                e.where.name if e.where and e.where.name else "",
                _actors(e, names),
                _toll(e),
                e.modality,
                _excerpt(doc.text, e.span),
            )
        parts.append(events)
    if record.claims:
        claims = Table(title="claims", title_justify="left")
        for col in (
            "id",
            "property",
            "value",
            "low",
            "high",
            "qualifier",
            "source",
            "stance",
            "evidence",
        ):
            claims.add_column(col, overflow="fold")
        for c in record.claims:
            claims.add_row(
                c.id,
                c.property,
                _blank(c.value),
                _blank(c.low),
                _blank(c.high),
                c.qualifier,
                f"{c.source.name or 'author'} ({c.source.kind})",
                c.stance,
                _excerpt(doc.text, c.span),
            )
        parts.append(claims)
    if record.timexes:
        timexes = Table(title="times", title_justify="left")
        for col in ("id", "text", "type", "value", "mod", "earliest", "latest", "precision"):
            timexes.add_column(col, overflow="fold")
        for t in record.timexes:
            timexes.add_row(
                t.id,
                t.text,
                t.type,
                t.value,
                t.mod or "",
                str(t.earliest or ""),
                str(t.latest or ""),
                t.precision or "",
            )
        parts.append(timexes)
    if record.entities:
        counts: dict[str, int] = {}
        for m in record.mentions:
            if m.entity:
                counts[m.entity] = counts.get(m.entity, 0) + 1
        entities = Table(title="entities", title_justify="left")
        for col in ("id", "kind", "name", "mentions", "aliases"):
            entities.add_column(col, overflow="fold")
        for ent in sorted(record.entities, key=lambda x: -counts.get(x.id, 0)):
            entities.add_row(
                ent.id, ent.kind, ent.name, str(counts.get(ent.id, 0)), "; ".join(ent.aliases)
            )
        parts.append(entities)
    from_title = published_from_title(doc)
    furniture = [item for item in doc.removed if item.kind != TITLE_DATE]
    header = (
        f"[bold]{doc.title or '(untitled)'}[/bold]\n{doc.id}\n"
        f"source: {doc.source}   author: {doc.author or '-'}   published: {doc.published or '-'}"
        + (" (read from the title)" if from_title else "")
        + (f"   series: {doc.series.name} part {doc.series.part}" if doc.series else "")
        + f"\n{counted(len(doc.text), 'character')}, "
        f"{counted(len(doc.references), 'reference')}, "
        f"{counted(len(furniture), 'piece', 'pieces')} of page furniture removed"
    )
    return Panel(Group(header, *parts), expand=True)


def print_records(records: Iterator[Record], output_format: str, console: Console) -> int:
    """Print records in the chosen format; returns how many were printed."""
    count = 0
    if output_format == "json":
        click.echo("[")
    for record in records:
        if output_format == "json":
            click.echo(("," if count else "") + record.to_json(indent=2))
        elif output_format == "jsonl":
            click.echo(record.to_json())
        else:
            console.print(record_panel(record))
        count += 1
    if output_format == "json":
        click.echo("]")
    return count


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="json prints one array; jsonl one record a line; table a readable view.",
)
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help=(
        "Document date (YYYY-MM-DD) for inputs that do not state one (it outranks a date "
        "read from the title): anchors relative dates."
    ),
)
@click.option(
    "--model", default=None, help="spaCy model package to use [default: the English model]."
)
def extract(
    paths: tuple[str, ...], output_format: str, published: dt.datetime | None, model: str | None
) -> None:
    """Extract records from files and print them; the store is not touched.

    \b
    Example:
        historiograph extract article.html --format table
        historiograph extract notes.txt --published 1988-08-01 > notes.jsonl
    """
    errors = stderr_console()
    failures: list[IngestFailure] = []
    anchor = published.date() if published else None

    def skip(failure: IngestFailure) -> None:
        failures.append(failure)
        errors.print(
            f"[red]skipped[/red] {failure.source}: [{failure.error.code}] {failure.error.reason}"
        )

    def documents() -> Iterator[Document]:
        stdin = sys.stdin.buffer if "-" in paths else None
        for item in iter_documents(paths, stdin=stdin):
            if isinstance(item, IngestFailure):
                skip(item)
            elif anchor is not None and (item.published is None or published_from_title(item)):
                # A date the user gives outranks one guessed from the title.
                removed = [r for r in item.removed if r.kind != TITLE_DATE]
                yield item.model_copy(update={"published": anchor, "removed": removed})
            else:
                yield item

    def records() -> Iterator[Record]:
        for item in build_pipeline(model).process_each(documents()):
            if isinstance(item, IngestFailure):
                skip(item)
            else:
                yield item

    count = print_records(records(), output_format, stdout_console())
    if failures and not count:
        sys.exit(1)
