"""A whole batch: expand the inputs, read each one, clean each document, as one stream.

Everything is lazy: one file is read and one document cleaned at a time, so
a corpus of any size is never held in memory, and every failure is yielded
in place, so the caller records it and the batch goes on.

For distributed ingest a batch can also be given as *parts*
(:func:`iter_parts`): whole files, or :class:`FileSlice` byte ranges of a
large JSON Lines or WARC file (:func:`split_file`), so that several workers
share one big file. A slice yields exactly the documents, with the same
sources ("file.jsonl#N"), that reading the whole file yields for its range.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from historiograph.errors import IngestError
from historiograph.ingest import jsonl, warc
from historiograph.ingest.clean import clean
from historiograph.ingest.inputs import expand_inputs
from historiograph.ingest.model import DEFAULT_MAX_BYTES, IngestFailure, RawDocument, format_of
from historiograph.ingest.readers import read_source
from historiograph.record import Document

CutPoints = Callable[[Path, int], Iterator[tuple[int, int]]]
"""A format's cut finder: ``(path, every) -> (byte offset, number of the record there)``."""

SPLITTABLE: dict[str, CutPoints] = {"jsonl": jsonl.cut_points, "warc": warc.cut_points}
"""The record-oriented formats, which can be read in slices, and how to find their cuts."""


@dataclass(frozen=True)
class FileSlice:
    """Bytes ``[start, end)`` of a JSON Lines or WARC file: the records that start there.

    ``first`` is the number of its first record (line or WARC record, counted
    from 1 in the whole file), so sources read as when the file is read
    whole; ``end`` is ``None`` for the last slice; ``last`` marks the file's
    last slice, by which progress counts the file as done.
    """

    path: str
    start: int
    end: int | None
    first: int
    last: bool


def _cleaned(items: Iterable[RawDocument | IngestFailure]) -> Iterator[Document | IngestFailure]:
    for raw in items:
        if isinstance(raw, IngestFailure):
            yield raw
            continue
        try:
            yield clean(raw)
        except IngestError as error:
            yield IngestFailure(raw.source, error)


def iter_documents(
    inputs: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[Document | IngestFailure]:
    """Yield a cleaned document, or a failure, for everything the inputs name.

    ``encoding`` decodes plain text and stdin (see :func:`read_source`).
    """
    for source in expand_inputs(inputs):
        if isinstance(source, IngestFailure):
            yield source
            continue
        read = read_source(source, stdin=stdin, max_bytes=max_bytes, encoding=encoding)
        yield from _cleaned(read)


def split_file(path: str, every: int) -> Iterator[FileSlice]:
    """``path`` as slices of about ``every`` bytes, or as one slice if it cannot be cut.

    Only JSON Lines and WARC files are cut, at record boundaries (see each
    format's ``cut_points``); a file that cannot be read yields one whole
    slice, whose reader reports why.
    """
    start, first = 0, 1
    cut_points = SPLITTABLE.get(format_of(path) or "")
    if cut_points is not None:
        try:
            for offset, number in cut_points(Path(path), every):
                yield FileSlice(path, start, offset, first, last=False)
                start, first = offset, number
        except OSError:
            pass  # what was cut stays cut; the rest is one slice, whose reader reports the error
    yield FileSlice(path, start, None, first, last=True)


def _read_slice(
    part: FileSlice, max_bytes: int, encoding: str | None
) -> Iterator[RawDocument | IngestFailure]:
    fmt = format_of(part.path)
    if (part.start == 0 and part.end is None) or fmt not in SPLITTABLE:
        yield from read_source(part.path, max_bytes=max_bytes, encoding=encoding)
        return
    reader = jsonl.read_jsonl if fmt == "jsonl" else warc.read_warc
    try:
        yield from reader(
            Path(part.path), part.path, max_bytes, start=part.start, end=part.end, first=part.first
        )
    except OSError as error:
        yield IngestFailure(part.path, IngestError(f"cannot read {part.path}: {error.strerror}"))


def iter_parts(
    parts: Iterable[str | FileSlice],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[Document | IngestFailure]:
    """Yield a cleaned document, or a failure, for each file or slice (already expanded inputs)."""
    for part in parts:
        if isinstance(part, FileSlice):
            yield from _cleaned(_read_slice(part, max_bytes, encoding))
        else:
            yield from _cleaned(read_source(part, max_bytes=max_bytes, encoding=encoding))
