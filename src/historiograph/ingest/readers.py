"""Read one input (a file or stdin) in whatever format it is, into raw documents or failures.

:func:`read_source` is the single entry point: it picks the reader from the
file name, enforces the size limit, and turns every coded error into an
:class:`IngestFailure`, so a caller iterating over a batch never has to catch
anything to go on to the next file.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from historiograph.errors import (
    IngestError,
    NotFoundError,
    TooLargeError,
    UnsupportedFormatError,
)
from historiograph.ingest.decoding import decode_text
from historiograph.ingest.jsonl import read_jsonl
from historiograph.ingest.model import (
    DEFAULT_MAX_BYTES,
    SUFFIXES,
    IngestFailure,
    RawDocument,
    format_of,
)
from historiograph.ingest.pdf import read_pdf
from historiograph.ingest.warc import read_warc
from historiograph.ingest.webpage import extract_page

STDIN = "-"

Reader = Callable[[Path, str, int], Iterator[RawDocument | IngestFailure]]


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The whole file, refused before reading when it is over the limit."""
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLargeError(f"the file is {size} bytes, over the limit of {max_bytes} bytes")
    return path.read_bytes()


def _read_plain(
    path: Path, source: str, max_bytes: int, encoding: str | None = None
) -> Iterator[RawDocument]:
    text = decode_text(_read_bytes(path, max_bytes), declared=encoding)
    yield RawDocument(text=text, source=source, format=format_of(source) or "txt")


def _read_html(path: Path, source: str, max_bytes: int) -> Iterator[RawDocument]:
    yield extract_page(_read_bytes(path, max_bytes), source=source)


def _read_pdf(path: Path, source: str, max_bytes: int) -> Iterator[RawDocument]:
    yield read_pdf(_read_bytes(path, max_bytes), source)


READERS: dict[str, Reader] = {
    "txt": _read_plain,
    "md": _read_plain,
    "html": _read_html,
    "pdf": _read_pdf,
    "warc": read_warc,
    "jsonl": read_jsonl,
}


PLAIN_FORMATS = frozenset({"txt", "md"})
"""The formats that carry no encoding of their own: what ``encoding`` applies to."""


def _read_stdin(stdin: BinaryIO | None, max_bytes: int, encoding: str | None) -> RawDocument:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"standard input is over the limit of {max_bytes} bytes")
    return RawDocument(text=decode_text(data, declared=encoding), source=STDIN, format="txt")


def _reader_for(source: str, encoding: str | None) -> tuple[Path, Reader]:
    path = Path(source)
    if not path.exists():
        raise NotFoundError(f"no such file: {source}")
    if not path.is_file():
        raise UnsupportedFormatError(f"not a regular file: {source}")
    fmt = format_of(source)
    if fmt is None:
        known = ", ".join(sorted(SUFFIXES))
        raise UnsupportedFormatError(f"unsupported file type {path.suffix!r} (reads {known})")
    if encoding is not None and fmt in PLAIN_FORMATS:
        return path, functools.partial(_read_plain, encoding=encoding)
    return path, READERS[fmt]


def read_source(
    source: str,
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[RawDocument | IngestFailure]:
    """Yield the raw documents in one file (or stdin for "-"), and a failure for each bad one.

    A WARC or JSONL file yields many documents, and a bad record in it fails
    alone ("file.jsonl#3") while the rest are read. Nothing raises: a file
    that cannot be read at all yields a single failure. ``encoding`` is the
    one a person names for plain text and stdin (a legacy corpus in Latin-1);
    nothing is guessed without it, and the other formats state their own
    (an HTML charset) or are UTF-8 by definition (JSON Lines).
    """
    try:
        if source == STDIN:
            yield _read_stdin(stdin, max_bytes, encoding)
            return
        path, reader = _reader_for(source, encoding)
        yield from reader(path, source, max_bytes)
    except IngestError as error:
        yield IngestFailure(source, error)
    except OSError as error:
        yield IngestFailure(source, IngestError(f"cannot read {source}: {error.strerror}"))
