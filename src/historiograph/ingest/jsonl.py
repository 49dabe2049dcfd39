"""JSON Lines: one document per line.

Each line is an object with ``text`` (required) and optionally ``id``,
``title``, ``author``, ``published`` (an ISO date), ``source`` (the URL the
text came from) and ``language``. The file is streamed; a bad line is
reported alone as "file.jsonl#N" (N counts lines from 1) and the rest of the
file is still read.
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
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise DecodeError(f"not valid UTF-8 at byte {error.start} of the line") from error
    except json.JSONDecodeError as error:
        raise MalformedInputError(f"invalid JSON: {error.msg} at column {error.colno}") from error
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


def read_jsonl(path: Path, source: str, max_bytes: int) -> Iterator[RawDocument | IngestFailure]:
    """Yield a document or a failure for every non-blank line; lines are read at most max_bytes."""
    with path.open("rb") as stream:
        number = 0
        seen = False
        while line := stream.readline(max_bytes + 1):
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
    if not seen:
        yield IngestFailure(source, EmptyDocumentError("the file has no JSON lines"))
