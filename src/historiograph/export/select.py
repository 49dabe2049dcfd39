"""Which records and events an export covers: ``--type``, ``--since``, ``--until``, ``--document``.

Filters apply to events; a record keeps only its matching events, and when
any event filter is given a record left with none is dropped. Everything
else in a record (entities, claims, timexes) stays, so spans and ids still
resolve.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from historiograph.record import Event, Record
from historiograph.store import Store


@dataclass(frozen=True)
class EventFilter:
    """Event types to keep, and the period an event's interval must overlap."""

    types: frozenset[str] = frozenset()
    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def active(self) -> bool:
        return bool(self.types) or self.since is not None or self.until is not None

    def keeps(self, event: Event) -> bool:
        """Whether the event matches; an undated event never matches a date bound."""
        if self.types and event.type not in self.types:
            return False
        if self.since is None and self.until is None:
            return True
        earliest = event.when.earliest or event.when.latest
        latest = event.when.latest or event.when.earliest
        if earliest is None or latest is None:
            return False
        if self.since is not None and latest < self.since:
            return False
        return not (self.until is not None and earliest > self.until)


def filtered(records: Iterable[Record], events: EventFilter) -> Iterator[Record]:
    """The records with only the events that match (records left empty dropped)."""
    for record in records:
        if not events.active:
            yield record
            continue
        kept = [e for e in record.events if events.keeps(e)]
        if kept:
            yield record.model_copy(update={"events": kept})


def stored_records(store: Store, documents: Sequence[str] = ()) -> Iterator[Record]:
    """The store's records: all of them, or the documents named by id or id prefix."""
    if not documents:
        yield from store.iter_records()
        return
    for doc_id in documents:
        yield store.get_record(doc_id)
