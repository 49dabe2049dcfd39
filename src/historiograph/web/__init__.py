"""Web UI served by the API. Empty until the workbench issue lands."""
