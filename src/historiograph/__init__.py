"""historiograph: narrative history in, a structured, source-attributed record out.

The pipeline stages live one per sub-package (ingest, nlp, extract, resolve,
store, reconcile, api, web, export, evaluate); :mod:`historiograph.record`
holds the record every stage reads and writes.
"""

from historiograph.record import SCHEMA_ID, Record

__all__ = ["SCHEMA_ID", "Record"]
__version__ = "0.1.0"
