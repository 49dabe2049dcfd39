"""A whole batch: expand the inputs, read each one, clean each document, as one stream.

Everything is lazy: one file is read and one document cleaned at a time, so
a corpus of any size is never held in memory, and every failure is yielded
in place, so the caller records it and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import BinaryIO

from historiograph.errors import IngestError
from historiograph.ingest.clean import clean
from historiograph.ingest.inputs import expand_inputs
from historiograph.ingest.model import DEFAULT_MAX_BYTES, IngestFailure
from historiograph.ingest.readers import read_source
from historiograph.record import Document


def iter_documents(
    inputs: Sequence[str], *, stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | IngestFailure]:
    """Yield a cleaned document, or a failure, for everything the inputs name."""
    for source in expand_inputs(inputs):
        if isinstance(source, IngestFailure):
            yield source
            continue
        for raw in read_source(source, stdin=stdin, max_bytes=max_bytes):
            if isinstance(raw, IngestFailure):
                yield raw
                continue
            try:
                yield clean(raw)
            except IngestError as error:
                yield IngestFailure(raw.source, error)
