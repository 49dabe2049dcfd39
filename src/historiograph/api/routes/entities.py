"""Entities across documents, and one entity's page data."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from historiograph.api import queries
from historiograph.api.deps import PagingDep, SessionDep
from historiograph.api.schemas import EntityDetail, EntitySummary, Page
from historiograph.record import EntityKind

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get("")
def list_entities(
    session: SessionDep,
    page: PagingDep,
    kind: Annotated[EntityKind | None, Query(description="Entity kind")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name")] = None,
) -> Page[EntitySummary]:
    """Entities, one row per id across documents, most mentioned first."""
    return queries.entities(session, kind=kind, q=q, limit=page.limit, offset=page.offset)


@router.get("/{entity_id}")
def get_entity(entity_id: str, session: SessionDep) -> EntityDetail:
    """One entity: names, documents, mentions, and the events it acts in."""
    return queries.entity(session, entity_id)
