"""PDF files: the text layer, page by page, with pypdf.

Pages are joined with a blank line. A PDF without a text layer (a scan) is
reported as empty rather than passed on as a document with no words: it
needs OCR first, which is outside ingest.
"""

from __future__ import annotations

import io
import zlib
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from historiograph.errors import EmptyDocumentError, MalformedInputError
from historiograph.ingest.model import RawDocument

# What pypdf raises on a damaged file besides its own errors: it parses
# untrusted structure and surfaces lookups, casts and inflation that fail.
_CORRUPT = (PyPdfError, ValueError, KeyError, IndexError, TypeError, zlib.error, RecursionError)
_HEADER_WINDOW = 1024


def _info(metadata: Any, field: str) -> str | None:
    value = getattr(metadata, field, None) if metadata is not None else None
    text = " ".join(str(value).split()) if value else ""
    return text or None


def read_pdf(data: bytes, source: str) -> RawDocument:
    """Extract the text and the title/author metadata of a PDF."""
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise MalformedInputError("not a PDF file: no %PDF- header")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise MalformedInputError("the PDF is encrypted with a password")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        metadata = reader.metadata
        title, author = _info(metadata, "title"), _info(metadata, "author")
    except _CORRUPT as error:
        raise MalformedInputError(f"corrupt PDF: {error}") from error
    text = "\n\n".join(page for page in pages if page)
    if not text:
        raise EmptyDocumentError("the PDF has no text layer (a scan needs OCR first)")
    return RawDocument(text=text, source=source, format="pdf", title=title, author=author)
