"""One error shape for the whole API: ``{"error": {"code": ..., "message": ...}}``.

Library code raises :class:`~historiograph.errors.HistoriographError` with a
stable code; this module picks the HTTP status from the code and registers the
handlers, so no route catches errors itself and no traceback reaches a client.
Bad parameters (FastAPI's validation errors) get the same shape, with the
parameter named in the message.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from historiograph.errors import (
    DocumentNotFoundError,
    HistoriographError,
    IngestError,
    TooLargeError,
    UnsupportedFormatError,
    UsageError,
)

NOT_FOUND = "E404"
"""Code of a :class:`UsageError` for an item (event, entity, log entry) that does not exist."""

UNAUTHORIZED = "E401"
"""Code of a :class:`UsageError` for a write without a valid token."""

CONFLICT = "E409"
"""Code of a :class:`UsageError` for a change the store's current state rules out."""

STATUS_BY_CODE = {NOT_FOUND: 404, UNAUTHORIZED: 401, CONFLICT: 409}


def status_of(exc: HistoriographError) -> int:
    """The HTTP status for a historiograph error: the client's fault is a 4xx."""
    if exc.code in STATUS_BY_CODE:
        return STATUS_BY_CODE[exc.code]
    if isinstance(exc, DocumentNotFoundError) or type(exc).__name__.endswith("NotFoundError"):
        return 404
    if isinstance(exc, TooLargeError):
        return 413
    if isinstance(exc, UnsupportedFormatError):
        return 415
    if isinstance(exc, IngestError):
        return 422
    if isinstance(exc, UsageError):
        return 400
    if "more than one document" in exc.reason:
        return 400
    return 500


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    """The error as JSON for the API, or as the web's error page for a page's URL."""
    error_page = getattr(request.app.state, "error_page", None)
    if error_page is not None and not request.url.path.startswith("/api"):
        response: Response = error_page(request, status, code, message)
        return response
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(
        {"error": {"code": code, "message": message}}, status_code=status, headers=headers
    )


async def _historiograph_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HistoriographError)
    return error_response(request, status_of(exc), exc.code, exc.reason)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return error_response(request, 422, "E400", "bad request: " + "; ".join(problems))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = NOT_FOUND if exc.status_code == 404 else f"E{exc.status_code}"
    return error_response(request, exc.status_code, code, str(exc.detail))


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every error into the API's one error shape."""
    app.add_exception_handler(HistoriographError, _historiograph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
