"""Exports to the formats researchers already use, and imports of coded event data.

``historiograph export --format F`` writes ACLED, UCDP GED and GTD CSVs,
GeoJSON, GraphML and GEXF actor networks, JSON-LD (schema.org + PROV),
TimelineJS JSON, Parquet tables and the record JSON Lines; ``historiograph
import`` reads ACLED, UCDP and GTD CSVs into the store as records. One module
per format; :mod:`historiograph.export.formats` names them all,
:mod:`historiograph.export.account` is the per-event view every event-level
format reads, and ``README.md`` beside this file lists what each format
cannot hold.
"""
