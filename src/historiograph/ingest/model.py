"""What the format readers hand to cleaning, and how a failed input is reported.

A reader yields :class:`RawDocument` (text plus whatever metadata the format
carries) or :class:`IngestFailure`; nothing is raised past a reader, so one
bad file or record never stops a batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from historiograph.errors import IngestError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""50 MiB per document: a file for single-document formats, a record for WARC/JSONL.

The largest genuine inputs are PDFs with scanned images (tens of MB); a book's
worth of plain text is a few MB. Anything bigger is almost always a dump or a
mis-named binary, and would exhaust memory in the NLP stage long before it
produced a record. Container formats (WARC, JSONL) are streamed, so the limit
applies to each record in them, not to the file.
"""

SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
"""File name endings ingest reads, and the format each one means."""


def format_of(path: str) -> str | None:
    """The format a file name announces, or None if ingest does not read it."""
    name = path.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIXES[suffix]
    return None


@dataclass(frozen=True)
class RawDocument:
    """What a format reader yields, before cleaning."""

    text: str
    source: str
    """The path, "path#N" for the Nth record of a WARC or line of a JSONL file, "-" for stdin."""
    format: str
    """"txt", "md", "html", "pdf", "warc" or "jsonl"."""
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    """The page URL when known (HTML metadata, WARC target URI, JSONL "source")."""
    language: str | None = None


@dataclass(frozen=True)
class IngestFailure:
    """An input that gave no document, and the coded error saying why."""

    source: str
    error: IngestError
