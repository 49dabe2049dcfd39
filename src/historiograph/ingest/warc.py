"""WARC archives: every HTML response record is one document.

The archive is streamed record by record (a crawl can be gigabytes), so the
size limit applies to each record. A record that fails is reported on its
own ("crawl.warc.gz#7") and the rest are still read; a corrupt archive stops
at the first record that cannot be parsed, since WARC has no way to find the
next record boundary after damage.
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


def read_warc(path: Path, source: str, max_bytes: int) -> Iterator[RawDocument | IngestFailure]:
    """Yield a document (or a failure) for every HTML response in the archive."""
    number = 0
    found = False
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                number += 1
                if record.rec_type not in _DOCUMENT_RECORDS or not _content_type(
                    record
                ).lower().startswith(_HTML_TYPES):
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
    if not found:
        yield IngestFailure(source, EmptyDocumentError("the archive holds no HTML responses"))
