"""``historiograph demo``: ingest the bundled demo corpus and show what was found."""

from __future__ import annotations

from collections import Counter
from importlib.resources import as_file, files

import click
from rich.table import Table

from historiograph.cli.ingest import failures_table, ingest_with_progress, summary_table
from historiograph.cli.options import db_option, stdout_console
from historiograph.pipeline import build_pipeline
from historiograph.reconcile.queries import list_conflicts
from historiograph.store import Store


def findings_tables(store: Store) -> list[Table]:
    """Tables of what the store holds: documents, entities, events, claims, conflicts."""
    documents = Table(title="Documents")
    for col in ("title", "published", "entities", "times", "claims", "events"):
        documents.add_column(col, overflow="fold")
    entity_mentions: Counter[str] = Counter()
    names: dict[str, str] = {}
    events = Table(title="Events: who did what to whom, when, where, with what toll")
    for col in ("document", "event", "when", "where", "actors", "toll", "modality"):
        events.add_column(col, overflow="fold")
    claims = Table(title="Figures and who gives them")
    for col in ("document", "property", "figure", "source", "stance"):
        claims.add_column(col, overflow="fold")
    for record in store.iter_records():
        doc = record.document
        documents.add_row(
            doc.title or doc.source or doc.id[:19],
            str(doc.published or ""),
            str(len(record.entities)),
            str(len(record.timexes)),
            str(len(record.claims)),
            str(len(record.events)),
        )
        for ent in record.entities:
            names[ent.id] = f"{ent.name} ({ent.kind})"
        short_names = {e.id: e.name for e in record.entities}
        for event in record.events:
            when = event.when
            events.add_row(
                (doc.title or "")[:30],
                f"{event.type}/{event.subtype}" if event.subtype else event.type,
                "" if when.earliest is None else f"{when.earliest}…{when.latest or ''}",
                event.where.name if event.where and event.where.name else "",
                ", ".join(f"{a.role}: {short_names.get(a.entity, a.entity)}" for a in event.actors),
                ""
                if event.fatalities is None
                else f"{event.fatalities.low}–{event.fatalities.high} killed",
                event.modality,
            )
        entity_mentions.update(m.entity for m in record.mentions if m.entity)
        for claim in record.claims:
            claims.add_row(
                (doc.title or "")[:40],
                claim.property,
                f"{claim.qualifier} {claim.value} {claim.unit or ''}".strip(),
                f"{claim.source.name or 'author'} ({claim.source.kind})",
                claim.stance,
            )
    conflicts = Table(title="Where the accounts disagree (historiograph conflicts)")
    for col in ("event", "field", "severity", "what each side says"):
        conflicts.add_column(col, overflow="fold")
    for conflict in list_conflicts(store)[:10]:
        conflicts.add_row(
            conflict.label, conflict.field, f"{conflict.severity:.2f}", conflict.summary
        )
    entities = Table(title="Most mentioned entities (across documents)")
    entities.add_column("entity")
    entities.add_column("mentions", justify="right")
    for ident, count in entity_mentions.most_common(12):
        entities.add_row(names.get(ident, ident), str(count))
    return [documents, entities, events, claims, conflicts]


@click.command()
@db_option
@click.option("--quiet", is_flag=True, help="No progress bar.")
def demo(db: str | None, quiet: bool) -> None:
    """Ingest the bundled demo corpus (six short accounts of the Camp Ashraf raids) and
    print what was found. Run it twice: the second run stores nothing new.
    """
    console = stdout_console()
    corpus = files("historiograph") / "data" / "demo"
    with as_file(corpus) as folder, Store.open(db) as store:
        summary = ingest_with_progress(
            [str(folder)], store=store, pipeline=build_pipeline(), max_bytes=10_000_000, quiet=quiet
        )
        if summary.failures:
            console.print(failures_table(summary))
        console.print(summary_table(summary, total_documents=store.count_documents()))
        for table in findings_tables(store):
            console.print(table)
