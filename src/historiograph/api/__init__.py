"""HTTP API (FastAPI). Empty until the workbench issue lands."""
