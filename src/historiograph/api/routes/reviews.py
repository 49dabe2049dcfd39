"""Review: decide on an event, claim or entity link; read the audit log; revert a change."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from historiograph.api.deps import PagingDep, StoreDep, WriterDep
from historiograph.api.reviewed import check_edit, find_item
from historiograph.api.schemas import Page, ReviewRequest
from historiograph.store.review import (
    AuditEntry,
    ReviewKey,
    audit_log,
    count_audit_log,
    decide,
    revert,
)

router = APIRouter(prefix="/api/reviews", tags=["review"])


@router.post("", status_code=201)
def review(request: ReviewRequest, store: StoreDep, who: WriterDep) -> AuditEntry:
    """Accept, reject or edit one item (needs a token); returns the audit entry written."""
    record = store.get_record(request.document_id)
    if request.action == "edit":
        check_edit(record, request.kind, request.span, request.changes)
    else:
        find_item(record, request.kind, request.span)
    key = ReviewKey(document_id=record.document.id, kind=request.kind, span=request.span)
    changes = request.changes if request.action == "edit" else None
    return decide(store, key, request.action, reviewer=who, changes=changes)


@router.get("/log")
def log(
    store: StoreDep,
    page: PagingDep,
    document: Annotated[str | None, Query(description="Only this document's changes")] = None,
) -> Page[AuditEntry]:
    """The audit log, newest first: who changed what, when, and the decision before and after."""
    doc_id = None if document is None else store.get_record(document).document.id
    return Page(
        items=audit_log(store, document_id=doc_id, limit=page.limit, offset=page.offset),
        total=count_audit_log(store, document_id=doc_id),
        limit=page.limit,
        offset=page.offset,
    )


@router.post("/log/{entry_id}/revert", status_code=201)
def revert_entry(entry_id: int, store: StoreDep, who: WriterDep) -> AuditEntry:
    """Undo one logged change (needs a token); the undo is logged too."""
    return revert(store, entry_id, reviewer=who)
