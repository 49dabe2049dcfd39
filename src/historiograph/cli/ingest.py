"""``historiograph ingest PATH...``: read, extract and store documents."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from historiograph.cli.options import db_option, stderr_console
from historiograph.errors import UsageError
from historiograph.ingest import DEFAULT_MAX_BYTES, IngestFailure, expand_inputs
from historiograph.ingest.decoding import known_encoding
from historiograph.pipeline import Pipeline, RunSummary, build_pipeline
from historiograph.pipeline import ingest as run_ingest
from historiograph.scale.progress import ProgressSnapshot, ProgressTracker, tracking
from historiograph.store import Store


def _count_files(inputs: Sequence[str]) -> int:
    return sum(1 for item in expand_inputs(inputs) if not isinstance(item, IngestFailure))


@contextmanager
def tracked_progress(*, total: int, engine: str, quiet: bool) -> Iterator[ProgressTracker]:
    """A tracker of ``total`` files (listed for the API), drawn as a bar with an ETA on stderr.

    ``engine`` (local, dask, reprocess) labels the bar and the tracker.
    """
    with Progress(
        TextColumn(f"[bold]{engine}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA {task.fields[eta]}"),
        console=stderr_console(),
        disable=quiet,
        transient=True,
    ) as progress:
        task = progress.add_task(engine, total=total, eta="-")

        def show(snapshot: ProgressSnapshot) -> None:
            eta = "-" if snapshot.eta_s is None else f"{snapshot.eta_s:.0f}s"
            progress.update(task, completed=snapshot.files, eta=eta)

        tracker = ProgressTracker(total_files=total, engine=engine, listener=show)
        with tracking(tracker):
            yield tracker


def ingest_with_progress(
    inputs: Sequence[str],
    *,
    store: Store,
    pipeline: Pipeline,
    max_bytes: int,
    quiet: bool,
    encoding: str | None = None,
) -> RunSummary:
    """Run a single-process ingest with a progress bar over the input files (on stderr)."""
    stdin = sys.stdin.buffer if "-" in inputs else None
    with tracked_progress(total=_count_files(inputs), engine="local", quiet=quiet) as tracker:
        return run_ingest(
            inputs,
            store=store,
            pipeline=pipeline,
            stdin=stdin,
            max_bytes=max_bytes,
            on_item=tracker.saw_source,
            encoding=encoding,
        )


def summary_table(summary: RunSummary, *, total_documents: int) -> Table:
    table = Table(title=f"Ingest run {summary.run_id}")
    for column in ("stored", "skipped (already stored)", "failed", "documents in store", "seconds"):
        table.add_column(column, justify="right")
    table.add_row(
        str(summary.stored),
        str(summary.skipped),
        str(summary.failed),
        str(total_documents),
        f"{summary.seconds:.1f}",
    )
    return table


def failures_table(summary: RunSummary) -> Table:
    table = Table(title="Failed inputs (recorded in the store; the rest of the batch went on)")
    table.add_column("source", overflow="fold")
    table.add_column("code")
    table.add_column("reason", overflow="fold")
    for failure in summary.failures:
        table.add_row(failure.source, failure.error.code, failure.error.reason)
    return table


def _known_encoding(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """Refuse an encoding Python does not know before any file is read, not once per file."""
    return None if value is None else known_encoding(value)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--model", default=None, help="spaCy model package to use [default: the English model]."
)
@click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Files larger than this fail with E104 instead of being read.",
)
@click.option(
    "--encoding",
    default=None,
    callback=_known_encoding,
    help="Encoding of plain-text inputs (.txt, .md, stdin) that are not UTF-8, e.g. latin-1 "
    "or cp1252; never guessed. HTML states its own, JSON Lines is UTF-8.",
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this process; dask: Dask workers (a local cluster unless --scheduler).",
)
@click.option(
    "--scheduler", metavar="ADDRESS", default=None, help="Dask scheduler, e.g. tcp://host:8786."
)
@click.option(
    "--workers", type=int, default=2, show_default=True, help="Workers of the local Dask cluster."
)
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    model: str | None,
    max_bytes: int,
    quiet: bool,
    engine: str,
    scheduler: str | None,
    workers: int,
    encoding: str | None,
) -> None:
    """Ingest files, folders (recursive), globs or - (stdin) into the store.

    Formats: .txt .md .html .htm .pdf .warc .warc.gz .jsonl. Documents already
    stored (same cleaned text) are skipped, so a run can be repeated or resumed.
    A file that cannot be read is recorded with its reason and never stops the
    batch; the command exits 1 only when every input failed. With --engine dask
    the files are read and extracted on Dask workers (same records); give
    --scheduler to use a running cluster, whose workers must see the files and
    the store (PostgreSQL).

    \b
    Example:
        historiograph ingest corpus/ --db archive.db
        historiograph ingest corpus/ --engine dask --db postgresql://host/archive
        historiograph ingest letters/ --encoding cp1252
    """
    console = stderr_console()
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    with Store.open(db) as store:
        if engine == "dask":
            from historiograph.scale.dask_engine import DaskOptions, ingest_dask

            options = DaskOptions(scheduler=scheduler, workers=workers)
            total = _count_files(paths)
            with tracked_progress(total=total, engine=engine, quiet=quiet) as tracker:
                summary: RunSummary = ingest_dask(
                    paths,
                    store=store,
                    options=options,
                    model=model,
                    max_bytes=max_bytes,
                    progress=tracker,
                    encoding=encoding,
                )
        else:
            pipeline = build_pipeline(model)
            summary = ingest_with_progress(
                paths,
                store=store,
                pipeline=pipeline,
                max_bytes=max_bytes,
                quiet=quiet,
                encoding=encoding,
            )
        if summary.failures:
            console.print(failures_table(summary))
        console.print(summary_table(summary, total_documents=store.count_documents()))
    if summary.failures and not summary.stored and not summary.skipped:
        sys.exit(1)
