"""What routes depend on: the store, a read transaction, paging, and the writer's identity.

Everything a route needs comes in through FastAPI dependencies, so routes stay
a few lines long and tests can build an app on any store. Writes depend on
:func:`writer`, which is where read-only-by-default is enforced.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from historiograph.api.errors import UNAUTHORIZED
from historiograph.errors import UsageError
from historiograph.store import Store
from historiograph.store.review import token_owner

if TYPE_CHECKING:  # spaCy loads only when the first upload needs the pipeline
    from historiograph.pipeline import Pipeline

MAX_PAGE = 500
"""The largest page a listing returns, so one request cannot ask for the whole store."""

LOCAL_REVIEWER = "local"
"""Who wrote a change when the app was started without write tokens."""


@dataclass
class Workbench:
    """The app's state: its store, its upload folder, and the pipeline (built on first use)."""

    store: Store
    upload_dir: Path
    max_upload_bytes: int
    token_required_for_writes: bool
    pipeline_factory: Callable[[], Pipeline]
    _pipeline: Pipeline | None = None
    _pipeline_lock: threading.Lock = field(default_factory=threading.Lock)

    def pipeline(self) -> Pipeline:
        """The NLP pipeline, loaded once (it takes seconds) and only if someone uploads."""
        with self._pipeline_lock:
            if self._pipeline is None:
                self._pipeline = self.pipeline_factory()
            return self._pipeline


def workbench(request: Request) -> Workbench:
    bench = request.app.state.workbench
    assert isinstance(bench, Workbench)
    return bench


WorkbenchDep = Annotated[Workbench, Depends(workbench)]


def store(bench: WorkbenchDep) -> Store:
    return bench.store


StoreDep = Annotated[Store, Depends(store)]


def read_session(bench: WorkbenchDep) -> Iterator[Session]:
    """One read transaction for the request, so a page and its total agree."""
    with (
        bench.store.engine.connect() as connection,
        Session(connection) as session,
        session.begin(),
    ):
        yield session


SessionDep = Annotated[Session, Depends(read_session)]


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page")] = 100,
    offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
) -> Paging:
    return Paging(limit=limit, offset=offset)


PagingDep = Annotated[Paging, Depends(paging)]


@dataclass(frozen=True)
class KeyedPaging(Paging):
    after: str | None


def keyed_paging(
    page: PagingDep,
    after: Annotated[
        str | None,
        Query(
            max_length=1000,
            description="The previous page's `next`: the page after it (instead of an offset)",
        ),
    ] = None,
) -> KeyedPaging:
    return KeyedPaging(limit=page.limit, offset=page.offset, after=after)


KeyedPagingDep = Annotated[KeyedPaging, Depends(keyed_paging)]
"""Paging for listings that can be walked by key (events, timeline): offset or cursor."""

_bearer = HTTPBearer(auto_error=False, description="A token from `historiograph token create`")


def writer(
    bench: WorkbenchDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    """The name of whoever may write: a live token's name, or 401 (unless tokens are off)."""
    if not bench.token_required_for_writes:
        return LOCAL_REVIEWER
    if credentials is None:
        raise UsageError(
            "writing needs a token: send 'Authorization: Bearer TOKEN' "
            "(create one with `historiograph token create NAME`)",
            code=UNAUTHORIZED,
        )
    owner = token_owner(bench.store, credentials.credentials)
    if owner is None:
        raise UsageError("the token is unknown or revoked", code=UNAUTHORIZED)
    return owner


WriterDep = Annotated[str, Depends(writer)]
