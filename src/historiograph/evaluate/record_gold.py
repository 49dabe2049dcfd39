"""Reading gold written in the record format (``../spec/record.md``).

Every ``eval`` command that takes record-format gold reads it the same way: a
``.jsonl`` file holds one record a line, a ``.json`` file one record or a list
of them. A gold record need not carry its document's text: ``document.source``
names a text file relative to the gold file, and ``document.id`` (the hash of
that text) then proves the text is the one the gold spans were made on, so a
gold file never has to copy an article into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from historiograph.errors import MalformedInputError, NotFoundError
from historiograph.record import document_id


def read_records(path: Path) -> list[dict[str, Any]]:
    """The raw records of one gold file, in file order."""
    if not path.is_file():
        raise NotFoundError(f"gold file {path} not found")
    raw = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".jsonl":
            rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        else:
            data = json.loads(raw)
            rows = data if isinstance(data, list) else [data]
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"{path}: not valid JSON: {exc}") from exc
    if not all(isinstance(row, dict) and isinstance(row.get("document"), dict) for row in rows):
        raise MalformedInputError(f"{path}: every gold record needs a 'document' object")
    return rows


def record_text(path: Path, document: dict[str, Any]) -> str:
    """The text a gold record's spans point into: inline, or read from ``source``."""
    if document.get("text"):
        return str(document["text"])
    source = document.get("source")
    if not source:
        raise MalformedInputError(f"{path}: a gold document needs a text or a source")
    text_path = (path.parent / str(source)).resolve()
    if not text_path.is_file():
        raise NotFoundError(f"{path}: the document text {text_path} is not there")
    text = text_path.read_text(encoding="utf-8")
    if document.get("id") not in (None, document_id(text)):
        raise MalformedInputError(f"{path}: {text_path} is not the text the gold was made on")
    return text


def checked_span(text: str, item: dict[str, Any], where: str) -> tuple[int, int]:
    """An item's ``span``, checked against its ``text`` (or ``quote``) when it gives one."""
    try:
        start, end = (int(v) for v in item["span"])
    except (KeyError, TypeError, ValueError) as exc:
        raise MalformedInputError(f"{where}: needs a span [start, end]") from exc
    if not 0 <= start <= end <= len(text):
        raise MalformedInputError(f"{where}: span [{start}, {end}] is outside the text")
    quoted = item.get("text", item.get("quote"))
    if isinstance(quoted, str) and text[start:end] != quoted:
        raise MalformedInputError(f"{where}: span covers {text[start:end]!r}, not {quoted!r}")
    return start, end
