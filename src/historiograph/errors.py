"""Typed, coded errors.

Library code raises these; the boundaries (the CLI, the API, a batch run)
catch them. Codes are stable so that scripts and stored error rows can rely
on them: ``E1xx`` ingest, ``E2xx`` NLP, ``E3xx`` store, ``E4xx`` usage.
"""

from __future__ import annotations


class HistoriographError(Exception):
    """Base class: a message a person can act on, with a stable code."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"

    @property
    def reason(self) -> str:
        """The message without its code, as stored in ingest error rows."""
        return str(self.args[0])


class IngestError(HistoriographError):
    """A document could not be read or cleaned. The batch goes on without it."""

    code = "E100"


class EmptyDocumentError(IngestError):
    code = "E101"


class BinaryFileError(IngestError):
    code = "E102"


class DecodeError(IngestError):
    code = "E103"


class TooLargeError(IngestError):
    code = "E104"


class MalformedInputError(IngestError):
    code = "E105"


class UnsupportedFormatError(IngestError):
    code = "E106"


class NotFoundError(IngestError):
    code = "E107"


class ExtractionError(IngestError):
    """A document was read but the pipeline failed on it: it fails alone, the batch goes on."""

    code = "E108"


class NlpError(HistoriographError):
    code = "E200"


class StoreError(HistoriographError):
    code = "E300"


class DocumentNotFoundError(StoreError):
    code = "E301"


class UsageError(HistoriographError):
    code = "E400"
