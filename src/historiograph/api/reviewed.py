"""Review decisions laid over extracted items: what the workbench shows after review.

The store keeps the extraction as extracted and the decisions beside it
(:mod:`historiograph.store.review`). Here the two meet: an edit is checked
against the record's own models before it is stored (so a reviewer cannot
save a claim the record could not hold), and on the way out each item carries
its decision, with edited fields applied. A rejected item is still returned,
marked, so that the reviewer can see and revert the rejection.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from historiograph.errors import UsageError
from historiograph.record import Claim, Event, Mention, Record
from historiograph.store.review import Decision, ReviewKind

EDITABLE: dict[str, frozenset[str]] = {
    "claim": frozenset(
        {"value", "low", "high", "qualifier", "unit", "property", "stance", "source", "about"}
    ),
    "event": frozenset({"type", "subtype", "when", "where", "modality", "fatalities", "actors"}),
    "mention": frozenset({"entity"}),
}
"""Fields a reviewer may edit, per kind: never ids or spans, which key the decision."""

NESTED = frozenset({"source", "when", "where", "fatalities"})
"""Fields whose edits merge into the extracted value instead of replacing it."""

Item = TypeVar("Item", bound=BaseModel)


def merged(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``changes`` applied; nested objects are merged one level deep."""
    out = dict(base)
    for field, value in changes.items():
        if field in NESTED and isinstance(value, dict) and isinstance(out.get(field), dict):
            out[field] = {**out[field], **value}
        else:
            out[field] = value
    return out


def find_item(record: Record, kind: ReviewKind, span: tuple[int, int]) -> Claim | Event | Mention:
    """The record's item of ``kind`` at exactly ``span``."""
    items: dict[str, list[Claim] | list[Event] | list[Mention]] = {
        "claim": record.claims,
        "event": record.events,
        "mention": record.mentions,
    }
    for item in items[kind]:
        if tuple(item.span) == tuple(span):
            return item
    raise UsageError(
        f"document {record.document.id} has no {kind} at span [{span[0]}, {span[1]})",
        code="E404",
    )


def check_edit(
    record: Record, kind: ReviewKind, span: tuple[int, int], changes: dict[str, Any]
) -> None:
    """Raise :class:`UsageError` unless ``changes`` makes a valid item of the record."""
    item = find_item(record, kind, span)
    unknown = sorted(set(changes) - EDITABLE[kind])
    if unknown:
        allowed = ", ".join(sorted(EDITABLE[kind]))
        raise UsageError(f"cannot edit {', '.join(unknown)} of a {kind} (editable: {allowed})")
    edited = _validated(type(item), merged(item.model_dump(mode="json"), changes), kind)
    known = {e.id for e in record.entities}
    if isinstance(edited, Mention) and edited.entity is not None and edited.entity not in known:
        raise UsageError(f"entity {edited.entity!r} is not in document {record.document.id}")


def _validated(model: type[Item], data: dict[str, Any], kind: str) -> Item:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise UsageError(f"invalid edit of a {kind}: {problems}") from exc


def apply_to_summary(summary: Item) -> Item:
    """A listing item (with a ``review`` field) with its edit applied, if it was edited."""
    review = getattr(summary, "review", None)
    if review is None or review.status != "edited":
        return summary
    data = merged(summary.model_dump(mode="json"), review.changes)
    if "actors" in review.changes:
        data["actors"] = [{"name": None, **a} for a in review.changes["actors"]]
    return type(summary).model_validate(data)


def reviewed_record(record: Record, decisions: list[Decision]) -> dict[str, Any]:
    """The record as JSON with each reviewed claim, event and mention carrying its decision."""
    data = record.to_dict()
    by_key: dict[tuple[str, tuple[int, ...]], Decision] = {
        (d.key.kind, tuple(d.key.span)): d for d in decisions
    }
    for kind, field in (("claim", "claims"), ("event", "events"), ("mention", "mentions")):
        items = data[field]
        for i, item in enumerate(items):
            decision = by_key.get((kind, tuple(item["span"])))
            if decision is None:
                continue
            if decision.status == "edited":
                item = merged(item, decision.changes)
            item["review"] = {"status": decision.status, "changes": decision.changes}
            items[i] = item
    return data
