"""The HTTP API and web workbench: ``create_app(db)`` builds the FastAPI app.

``historiograph serve`` runs it; ``/openapi.json`` describes every endpoint.
"""

from historiograph.api.app import create_app

__all__ = ["create_app"]
