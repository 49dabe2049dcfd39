"""The web workbench: HTML pages served by the API app, from Jinja2 templates.

Pages that show document text (reader, event, entity, search) are rendered on
the server with autoescaping, so a document's markup is shown, never run. The
interactive views (timeline, map, actor graph) are static pages whose scripts
read the JSON API; they build text nodes, never HTML strings. Front-end
libraries are vendored under ``static/vendor`` with their licences: nothing is
fetched from the network, and no build step runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from historiograph.api import queries
from historiograph.api.deps import MAX_PAGE, SessionDep, StoreDep
from historiograph.api.extensions import cluster_accounts, clusters_of, reconcile_available
from historiograph.api.reviewed import reviewed_record
from historiograph.api.schemas import ClusterDecisionOut, EventSummary
from historiograph.cli.options import counted, figure_text, toll_text
from historiograph.export.account import web_address
from historiograph.store import MARK_CLOSE, MARK_OPEN, Store
from historiograph.store.review import audit_log, decisions
from historiograph.store.search import has_words
from historiograph.web.reader import entity_href, event_href, pieces

HERE = Path(__file__).parent
SEARCH_HITS = 50
"""The best hits the search page lists; it says how many more matched."""
templates = Jinja2Templates(directory=HERE / "templates")


def member_ref(event: EventSummary) -> str:
    """How a split names an account: the document's digest and the event id."""
    return f"{event.document.id.removeprefix('sha256:')}:{event.id}"


# Tolls and figures go through the CLI's renderers, so a page and `historiograph event`
# never disagree on how a float or an open bound reads.
templates.env.globals.update(
    source_href=web_address,
    entity_href=entity_href,
    event_href=event_href,
    member_ref=member_ref,
    toll_text=toll_text,
    counted=counted,
    figure_text=figure_text,
)

router = APIRouter(include_in_schema=False)


def page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, highlighted) pairs, so the template escapes every part."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(snippet.split(MARK_OPEN)):
        if i == 0:
            parts.append((chunk, False))
            continue
        marked, _, rest = chunk.partition(MARK_CLOSE)
        parts += [(marked, True), (rest, False)]
    return [p for p in parts if p[0]]


@router.get("/", response_class=HTMLResponse)
def home(
    request: Request,
    store: StoreDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
) -> HTMLResponse:
    documents = store.documents(limit=limit, offset=offset)
    total = store.count_documents()
    return page(request, "index.html", documents=documents, total=total, offset=offset, limit=limit)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, store: StoreDep) -> HTMLResponse:
    record = store.get_record(doc_id)
    reviewed = reviewed_record(record, decisions(store, record.document.id))
    return page(
        request,
        "document.html",
        record=record,
        reviewed=reviewed,
        pieces=pieces(record),
        entity_names={e.id: e.name for e in record.entities},
    )


@router.get("/events/{doc_id}/{event_id}", response_class=HTMLResponse)
def event(
    request: Request, doc_id: str, event_id: str, session: SessionDep, store: StoreDep
) -> HTMLResponse:
    """An event: evidence, claims, the other accounts of it, and the controls to correct them.

    When the event is in a cluster, its accounts can each be split out, and
    overlapping accounts placed in other clusters are offered for merging.
    """
    summary = queries.event(session, doc_id, event_id)
    clustered = cluster_accounts(session, summary)
    overlap = queries.overlapping_accounts(session, summary)
    own = (summary.document.id, summary.id)
    cluster_of = clusters_of(session, [own, *((a.document.id, a.id) for a in overlap)])
    cluster = cluster_of.get(own)
    candidates = [
        (account, cluster_of[key])
        for account in overlap
        if (key := (account.document.id, account.id)) in cluster_of and cluster_of[key] != cluster
    ]
    return page(
        request,
        "event.html",
        event=summary,
        claims=queries.event_claims(session, summary),
        accounts=clustered if clustered is not None else overlap,
        accounts_from="cluster" if clustered is not None else "overlap",
        cluster=cluster,
        candidates=candidates if cluster is not None else [],
        log=audit_log(store, document_id=summary.document.id, limit=20),
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, session: SessionDep) -> HTMLResponse:
    return page(request, "entity.html", entity=queries.entity(session, entity_id))


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
) -> HTMLResponse:
    searchable = has_words(q)
    hits = store.search(q, limit=SEARCH_HITS) if searchable else []
    results = [(hit, snippet_parts(hit.snippet)) for hit in hits]
    total = store.count_search(q) if searchable else 0
    return page(request, "search.html", q=q, results=results, total=total, searchable=searchable)


@router.get("/review", response_class=HTMLResponse)
def review_log(
    request: Request, store: StoreDep, offset: Annotated[int, Query(ge=0)] = 0
) -> HTMLResponse:
    entries = audit_log(store, limit=100, offset=offset)
    return page(
        request,
        "review.html",
        entries=entries,
        offset=offset,
        cluster_decisions=_cluster_decisions(store) if offset == 0 else [],
    )


def _cluster_decisions(store: Store) -> list[ClusterDecisionOut]:
    """The latest merges and splits of event clusters (none without the reconcile stage)."""
    if not reconcile_available():
        return []
    from historiograph.api import cluster_review

    return cluster_review.decisions(store, limit=100, offset=0).items


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request) -> HTMLResponse:
    return page(request, "timeline.html")


@router.get("/map", response_class=HTMLResponse)
def map_view(request: Request) -> HTMLResponse:
    return page(request, "map.html")


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request) -> HTMLResponse:
    return page(request, "graph.html")


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request,
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    found = queries.entities(session, kind=None, q=q or None, limit=100, offset=offset)
    return page(request, "entities.html", page_=found, q=q or "")


def error_page(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    """An error as a page, for browsers (the API answers the same errors in JSON)."""
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "code": code, "message": message},
        status_code=status,
    )


def install_web(app: FastAPI) -> None:
    """Mount the static files and the pages on ``app``."""
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(router)
    app.state.error_page = error_page
