"""Import coded event data (ACLED, UCDP GED, GTD CSVs; MUC-4) into the store, one record per row.

A MUC-4 "row" is one incident template of a message (:mod:`historiograph.export.muc4`);
its path is a key file with its message file, or a folder holding both.

Each row becomes a record through :func:`historiograph.export.coded.coded_record`
(the layout of its synthetic document is described there) and is saved like
an ingested document, in an import run of its own: a bad row is logged as
that run's error with its line number and the rest go on; a row already
stored (the same text) is skipped, so importing a file twice stores it once.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from historiograph.errors import MalformedInputError, NotFoundError, UsageError
from historiograph.export import acled, gtd, muc4, ucdp
from historiograph.export.coded import CodedEvent, coded_record
from historiograph.record import Record
from historiograph.store import Store

Reader = Callable[[Mapping[str, str | None], int], CodedEvent]

READERS: dict[str, Reader] = {"acled": acled.coded, "ucdp": ucdp.coded, "gtd": gtd.coded}
FORMATS = (*READERS, muc4.DATASET)


@dataclass
class ImportSummary:
    run_id: int
    stored: int = 0
    skipped: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)


def read_rows(path: Path) -> Iterator[dict[str, str | None]]:
    """The CSV's rows as dicts; undecodable bytes (old ACLED files have some) become U+FFFD."""
    if not path.is_file():
        raise NotFoundError(f"no such file: {path}")
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as stream:
        yield from csv.DictReader(stream)


def records(path: Path, fmt: str) -> Iterator[tuple[int, Record | Exception]]:
    """(line number, record or the error that row gave) for every row of the file.

    For MUC-4 the number counts templates, and a malformed key stops the reading
    (its error is the last item): the key's templates are not independent rows.
    """
    if fmt == muc4.DATASET:
        try:
            for number, coded in enumerate(muc4.coded_events(muc4.read_messages(path)), start=1):
                yield number, coded_record(coded)
        except MalformedInputError as exc:
            yield 0, exc
        return
    reader = READERS.get(fmt)
    if reader is None:
        raise UsageError(f"cannot import {fmt!r}; choose from {', '.join(FORMATS)}")
    for number, data in enumerate(read_rows(path), start=2):
        try:
            yield number, coded_record(reader(data, number))
        except (ValueError, KeyError) as exc:
            yield number, MalformedInputError(f"line {number}: {exc}")


def import_csv(path: Path, fmt: str, store: Store, *, limit: int | None = None) -> ImportSummary:
    """Store every row of a coded CSV (or MUC-4 template) as a record (at most ``limit``)."""
    run_id = store.start_run(inputs=[str(path)], pipeline={"import": fmt})
    summary = ImportSummary(run_id=run_id)
    status = "interrupted"
    try:
        for count, (number, item) in enumerate(records(path, fmt)):
            if limit is not None and count >= limit:
                break
            if isinstance(item, Exception):
                summary.failures.append((number, str(item)))
                store.record_error(run_id, source=f"{path}#{number}", code="E105", reason=str(item))
            elif store.save_record(item, run_id=run_id):
                summary.stored += 1
            else:
                summary.skipped += 1
        status = "finished"
    finally:
        store.finish_run(
            run_id,
            stored=summary.stored,
            skipped=summary.skipped,
            failed=len(summary.failures),
            status=status,
        )
    return summary
