"""The application factory: one FastAPI app serving the JSON API and the web workbench.

``create_app(db)`` opens (and migrates) the store once and closes it when the
app shuts down. The API is read-only unless the request carries a live token
(``historiograph token create``); ``token_required_for_writes=False`` is for a
workbench on one's own machine. Every response carries headers that keep a
hostile document from running script even if some text escaped escaping: a
strict Content-Security-Policy allows only the app's own scripts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request, Response

from historiograph.api.deps import Workbench
from historiograph.api.errors import install_error_handlers
from historiograph.api.extensions import reconcile_available
from historiograph.api.routes import documents, entities, events, ingest, reviews, views
from historiograph.store import Store

if TYPE_CHECKING:  # spaCy loads only when the first upload needs the pipeline
    from historiograph.pipeline import Pipeline

DEFAULT_UPLOAD_DIR = Path("historiograph-uploads")
DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _default_pipeline() -> Pipeline:
    from historiograph.pipeline import build_pipeline

    return build_pipeline()


def create_app(
    db: str | None,
    *,
    token_required_for_writes: bool = True,
    upload_dir: Path | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    pipeline_factory: Callable[[], Pipeline] | None = None,
) -> FastAPI:
    """The workbench app on store ``db`` (a URL or SQLite path; ``None``: the default store)."""
    from historiograph.web.pages import install_web  # the pages use the API's queries

    store = Store.open(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="historiograph",
        summary="Events and claims from narrative history, each attributed to its source.",
        version="1",
        lifespan=lifespan,
    )
    app.state.workbench = Workbench(
        store=store,
        upload_dir=upload_dir or DEFAULT_UPLOAD_DIR,
        max_upload_bytes=max_upload_bytes,
        token_required_for_writes=token_required_for_writes,
        pipeline_factory=pipeline_factory or _default_pipeline,
    )
    install_error_handlers(app)
    for module in (documents, events, entities, views, reviews, ingest):
        app.include_router(module.router)
    if reconcile_available():
        from historiograph.api.routes import clusters

        app.include_router(clusters.router)
    install_web(app)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app
