"""WARC archives: every HTML response record is one document.

The archive is streamed record by record (a crawl can be gigabytes), so the
size limit applies to each record. A record that fails is reported on its
own ("crawl.warc.gz#7") and the rest are still read; a corrupt archive stops
at the first record that cannot be parsed, since WARC has no way to find the
next record boundary after damage.

A large archive can be read in slices, on several workers at once:
:func:`cut_points` finds record boundaries about every N bytes, and
:func:`read_warc` reads the records starting in one byte range, numbered as
in the whole archive. A ``.warc.gz`` can only be cut where a record's gzip
member starts, which is how WARC writers compress (one member per record);
an archive that is one gzip stream is not cut, and fails whole as before.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from historiograph.errors import EmptyDocumentError, IngestError, MalformedInputError, TooLargeError
from historiograph.ingest.model import IngestFailure, RawDocument
from historiograph.ingest.webpage import extract_page

_DOCUMENT_RECORDS = ("response", "resource")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b"


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    return str(headers.get_header("Content-Type") or "")


def _read_record(record: Any, source: str, max_bytes: int) -> RawDocument:
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"the record is over the limit of {max_bytes} bytes")
    if getattr(record.raw_stream, "limit", 0):
        raise MalformedInputError("the record is truncated (the archive ends inside it)")
    return extract_page(
        data,
        source=source,
        format="warc",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        content_type=_content_type(record),
    )


def _is_document(record: Any) -> bool:
    return record.rec_type in _DOCUMENT_RECORDS and _content_type(record).lower().startswith(
        _HTML_TYPES
    )


def read_warc(
    path: Path,
    source: str,
    max_bytes: int,
    *,
    start: int = 0,
    end: int | None = None,
    first: int = 1,
) -> Iterator[RawDocument | IngestFailure]:
    """Yield a document (or a failure) for every HTML response in the archive.

    ``start``, ``end`` and ``first`` read a slice (see :func:`cut_points`):
    the records starting in bytes ``[start, end)``, the first being record
    ``first``. Only the whole archive can lack HTML responses, not a slice.
    """
    number = first - 1
    found = False
    with path.open("rb") as stream:
        stream.seek(start)
        records = ArchiveIterator(stream)
        try:
            for record in records:
                # The record's start, known before its content is read (which
                # get_record_offset() would read, to measure the record).
                if end is not None and records.offset >= end:
                    return
                number += 1
                if not _is_document(record):
                    continue
                found = True
                try:
                    yield _read_record(record, f"{source}#{number}", max_bytes)
                except IngestError as error:
                    yield IngestFailure(f"{source}#{number}", error)
        except (ArchiveLoadFailed, zlib.error, EOFError) as error:
            reason = f"corrupt WARC after {number} good record(s): {error}"
            yield IngestFailure(f"{source}#{number + 1}", MalformedInputError(reason[:300]))
            return
    if not found and start == 0 and end is None:
        yield IngestFailure(source, EmptyDocumentError("the archive holds no HTML responses"))


def cut_points(path: Path, every: int) -> Iterator[tuple[int, int]]:
    """Where to cut the archive into slices of about ``every`` bytes: (byte offset, record number).

    Each cut is the start of a record, at or after the next multiple of
    ``every`` bytes since the last cut. Finding them walks the record headers
    (decompressing a ``.warc.gz``, without parsing any page). No cut is made
    before the first HTML response, nor where the bytes there do not start a
    record (a single-stream ``.warc.gz``); the scan stops quietly at damage,
    leaving the rest to the last slice, whose reader reports it.
    """
    magic = _GZIP_MAGIC if path.name.lower().endswith(".gz") else b"WARC/"
    with path.open("rb") as stream, path.open("rb") as check:
        records = ArchiveIterator(stream)
        number, cut, found = 0, every, False
        try:
            for record in records:
                number += 1
                offset = records.get_record_offset()
                if found and offset >= cut:
                    check.seek(offset)
                    if check.read(len(magic)) != magic:
                        return
                    yield offset, number
                    cut = offset + every
                found = found or _is_document(record)
        except (ArchiveLoadFailed, zlib.error, EOFError):
            return
