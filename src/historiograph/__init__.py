"""historiograph: narrative history in, a structured, source-attributed record out.

The pipeline stages live one per sub-package (ingest, nlp, extract, resolve,
store, reconcile, api, web, export, evaluate); :mod:`historiograph.record`
holds the record every stage reads and writes.

    >>> import historiograph as hg
    >>> record = hg.extract("On June 28, 1981, a bomb killed 72 people in Tehran.")
    >>> frames = hg.to_pandas("archive.db")   # one DataFrame per record part

``extract`` and ``to_pandas`` load lazily, so that importing the package (and
running ``historiograph --help``) does not load spaCy or the store.
"""

from __future__ import annotations

from typing import Any

from historiograph.record import SCHEMA_ID, Record

__all__ = ["SCHEMA_ID", "Record", "extract", "to_pandas"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in ("extract", "to_pandas"):
        from historiograph.export import python_api

        return getattr(python_api, name)
    raise AttributeError(f"module 'historiograph' has no attribute {name!r}")
