"""``historiograph reprocess``: re-extract the documents an older pipeline extracted."""

from __future__ import annotations

import dataclasses

import click

from historiograph.cli.ingest import tracked_progress
from historiograph.cli.options import db_option, format_option, print_rows
from historiograph.pipeline import build_pipeline, pipeline_version
from historiograph.scale.reprocess import count_stale
from historiograph.scale.reprocess import reprocess as run_reprocess
from historiograph.store import Store


@click.command()
@db_option
@click.option(
    "--model", default=None, help="spaCy model package to use [default: the English model]."
)
@click.option(
    "--dry-run", is_flag=True, help="Only count the documents that would be re-extracted."
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@format_option()
def reprocess(
    db: str | None, model: str | None, dry_run: bool, quiet: bool, output_format: str
) -> None:
    """Re-extract only the documents whose pipeline version differs from the current one.

    Each document's version is that of the ingest run that extracted it. The
    stored text is extracted again (no file is re-read); review decisions and
    cluster decisions are kept, and the documents are reconciled again.

    \b
    Example:
        historiograph reprocess --dry-run
        historiograph reprocess --db archive.db
    """
    with Store.open(db, create=False) as store:
        pipeline = build_pipeline(model)
        if dry_run:
            summary = run_reprocess(store, pipeline, dry_run=True)
        else:
            total = count_stale(store, pipeline_version(pipeline.describe()))
            with tracked_progress(total=total, engine="reprocess", quiet=quiet) as tracker:
                summary = run_reprocess(store, pipeline, progress=tracker)
    row = dataclasses.asdict(summary)
    row["seconds"] = round(summary.seconds, 1)
    print_rows([row], output_format, title="Reprocess" + (" (dry run)" if dry_run else ""))
