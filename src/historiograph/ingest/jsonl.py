"""JSON Lines: one document per line.

Each line is an object with ``text`` (required) and optionally ``id``,
``title``, ``author``, ``published`` (an ISO date), ``source`` (the URL the
text came from) and ``language``. The file is streamed; a bad line is
reported alone as "file.jsonl#N" (N counts lines from 1) and the rest of the
file is still read.

A large file can be read in slices, on several workers at once:
:func:`cut_points` finds line starts about every N bytes (one pass that only
counts newlines), and :func:`read_jsonl` reads the lines starting in one
byte range, numbered as in the whole file, so each document's source is the
same however the file was cut.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from historiograph.errors import (
    DecodeError,
    EmptyDocumentError,
    IngestError,
    MalformedInputError,
    TooLargeError,
)
from historiograph.ingest.model import IngestFailure, RawDocument


def _text_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MalformedInputError(f'"{name}" must be a string, not {type(value).__name__}')
    return value.strip() or None


def _date_field(record: dict[str, Any]) -> dt.date | None:
    value = _text_field(record, "published")
    if value is None:
        return None
    try:
        if "T" in value:
            return dt.datetime.fromisoformat(value).date()
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise MalformedInputError(f'"published" is not an ISO date: {value!r}') from error


def parse_line(line: bytes, source: str) -> RawDocument:
    """One JSON Lines record as a raw document, or a coded error saying what is wrong with it."""
    try:
        # The line ending is not part of the record: left in, a line cut short reads as
        # "Invalid control character" (the newline inside the open string) instead of
        # "Unterminated string".
        record = json.loads(line.decode("utf-8").rstrip("\r\n"))
    except UnicodeDecodeError as error:
        raise DecodeError(f"not valid UTF-8 at byte {error.start} of the line") from error
    except json.JSONDecodeError as error:
        # Some of json's messages end in "at" ("Unterminated string starting at").
        message = error.msg.removesuffix(" at")
        raise MalformedInputError(f"invalid JSON: {message} at column {error.colno}") from error
    if not isinstance(record, dict):
        raise MalformedInputError(f"a JSON object is expected, not {type(record).__name__}")
    if "text" not in record:
        raise MalformedInputError('the object has no "text" field')
    if not isinstance(record["text"], str):
        raise MalformedInputError('"text" must be a string')
    if not record["text"].strip():
        raise EmptyDocumentError('"text" is empty')
    if not isinstance(record.get("id", ""), str | int):
        raise MalformedInputError('"id" must be a string or a number')
    return RawDocument(
        text=record["text"],
        source=source,
        format="jsonl",
        title=_text_field(record, "title"),
        author=_text_field(record, "author"),
        published=_date_field(record),
        url=_text_field(record, "source"),
        language=_text_field(record, "language"),
    )


def _skip_rest_of_line(stream: BinaryIO, chunk: bytes, size: int) -> None:
    while chunk and not chunk.endswith(b"\n"):
        chunk = stream.readline(size)


def read_jsonl(
    path: Path,
    source: str,
    max_bytes: int,
    *,
    start: int = 0,
    end: int | None = None,
    first: int = 1,
) -> Iterator[RawDocument | IngestFailure]:
    """Yield a document or a failure for every non-blank line; lines are read at most max_bytes.

    ``start``, ``end`` and ``first`` read a slice (see :func:`cut_points`):
    the lines starting in bytes ``[start, end)``, the first being line
    ``first``. Only the whole file can be empty: a slice of blank lines is not.
    """
    with path.open("rb") as stream:
        stream.seek(start)
        number = first - 1
        seen = False
        while (end is None or stream.tell() < end) and (line := stream.readline(max_bytes + 1)):
            number += 1
            where = f"{source}#{number}"
            if number == 1 and line.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield IngestFailure(source, DecodeError("JSON Lines must be UTF-8, not UTF-16"))
                return
            if len(line) > max_bytes:
                seen = True
                _skip_rest_of_line(stream, line, max_bytes + 1)
                yield IngestFailure(where, TooLargeError(f"the line is over {max_bytes} bytes"))
                continue
            line = line.removeprefix(codecs.BOM_UTF8) if number == 1 else line
            if not line.strip():
                continue
            seen = True
            try:
                yield parse_line(line, where)
            except IngestError as error:
                yield IngestFailure(where, error)
    if not seen and start == 0 and end is None:
        yield IngestFailure(source, EmptyDocumentError("the file has no JSON lines"))


_BLOCK = 1 << 20
_BLANK = b" \t\r\n\x0b\x0c"


def cut_points(path: Path, every: int) -> Iterator[tuple[int, int]]:
    """Where to cut the file into slices of about ``every`` bytes: (byte offset, line number).

    Each cut is the start of a line at or after the next multiple of
    ``every`` bytes since the last cut, found by counting newlines a block at
    a time (no line is parsed, so this runs at the speed of the disk). No cut
    is made before the first non-blank byte, nor in a UTF-16 file: such a
    file is read whole, so its one failure (empty, not UTF-8) is reported once.
    """
    size = path.stat().st_size
    with path.open("rb") as stream:
        offset, line, cut = 0, 1, every
        content = False
        while block := stream.read(_BLOCK):
            if offset == 0 and block.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return
            content = content or bool(block.translate(None, _BLANK))
            counted = 0
            while content and cut < offset + len(block):
                newline = block.find(b"\n", max(cut - offset, counted))
                if newline < 0:
                    break
                line += block.count(b"\n", counted, newline + 1)
                counted = newline + 1
                if offset + counted >= size:
                    return
                yield offset + counted, line
                cut = offset + counted + every
            line += block.count(b"\n", counted)
            offset += len(block)
