"""Documents: the stored list, and one document's record with its review decisions."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from historiograph.api.deps import PagingDep, StoreDep
from historiograph.api.reviewed import reviewed_record
from historiograph.api.schemas import Page
from historiograph.store import DocumentSummary
from historiograph.store.review import decisions

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("")
def list_documents(store: StoreDep, page: PagingDep) -> Page[DocumentSummary]:
    """Stored documents in the order they were stored, with counts of what was extracted."""
    items = store.documents(limit=page.limit, offset=page.offset)
    return Page(items=items, total=store.count_documents(), limit=page.limit, offset=page.offset)


@router.get("/{doc_id}")
def get_document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    """One document's record (full id or a unique prefix); reviewed items carry ``review``."""
    record = store.get_record(doc_id)
    return reviewed_record(record, decisions(store, record.document.id))
