"""HTML pages: main-content extraction and metadata with trafilatura.

trafilatura drops the navigation, footer and comment markup and reads the
title, author, date and canonical URL from the page's metadata. Its text
output puts each block on a line; those become paragraphs, and the cleaning
rules then catch the furniture that sits inside the article markup.
Nothing is fetched: only the bytes given are read.
"""

from __future__ import annotations

import datetime as dt
import re

from trafilatura import bare_extraction
from trafilatura.settings import Document as Extracted
from trafilatura.utils import load_html

from historiograph.errors import EmptyDocumentError, MalformedInputError
from historiograph.ingest.decoding import decode_text
from historiograph.ingest.model import RawDocument

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_CHARSET_SNIFF_BYTES = 4096
# Only dates the page's markup states; trafilatura's default "extensive
# search" would guess one from dates in the article text, which in a history
# page are the events', not the page's.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP Content-Type header or the page's own meta tag declares."""
    if content_type and (header := _HEADER_CHARSET.search(content_type)):
        return header.group(1)
    meta = _META_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    return meta.group(1).decode("ascii") if meta else None


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def extract_page(
    data: bytes,
    *,
    source: str,
    format: str = "html",
    url: str | None = None,
    content_type: str | None = None,
) -> RawDocument:
    """Decode an HTML page and extract its main text and metadata."""
    markup = decode_text(data, declared=declared_charset(data, content_type))
    tree = load_html(markup)
    if tree is None:
        raise MalformedInputError("not parseable as HTML")
    language = tree.get("lang") or None
    extracted = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(extracted, Extracted) or not (extracted.text or "").strip():
        raise EmptyDocumentError("no main content found in the page")
    text = extracted.text or ""
    return RawDocument(
        text="\n\n".join(text.split("\n")),
        source=source,
        format=format,
        title=extracted.title or None,
        author=extracted.author or None,
        published=_iso_date(extracted.date),
        url=extracted.url or url,
        language=language,
    )
