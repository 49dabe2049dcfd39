"""Ingest: read documents in any supported format and clean them into records' documents.

Formats: plain text and Markdown (including text captured from web pages),
HTML (main content and metadata via trafilatura), PDF (pypdf), WARC (each
HTML response) and JSON Lines (one document per line); "-" reads stdin.
Cleaning drops page furniture and lists it in ``document.removed``, reads the
title, byline, date and series part the page states, and finds the entries
of its reference sections.

Every bad input becomes an :class:`IngestFailure` with a coded error from
:mod:`historiograph.errors`; nothing raises out of :func:`iter_documents`.
"""

from historiograph.ingest.batch import iter_documents
from historiograph.ingest.clean import clean
from historiograph.ingest.inputs import expand_inputs
from historiograph.ingest.model import DEFAULT_MAX_BYTES, IngestFailure, RawDocument
from historiograph.ingest.readers import read_source

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestFailure",
    "RawDocument",
    "clean",
    "expand_inputs",
    "iter_documents",
    "read_source",
]
