"""Exports to ACLED, UCDP, GTD, GeoJSON, GraphML, JSON-LD and more. Empty until the exports issue lands."""
