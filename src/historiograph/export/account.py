"""An account: one event as one document tells it, with everything an export needs.

Every export that writes one row or feature per event reads
:class:`Account` objects, never records directly. Today each account comes
from one stored record (:func:`accounts`); when the store gains cross-document
event clusters, a cluster export only has to produce accounts (or a cluster
view with the same methods) and every format follows. This is the seam.

Kept here, once: how an event's figures, sources, disputes, place and dates
are read from its record, so that ACLED, UCDP, GTD, GeoJSON and the graphs
agree on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit

from historiograph.record import (
    Actor,
    ActorRole,
    Claim,
    ClaimProperty,
    Entity,
    Event,
    Record,
    Timex,
)

# ``document.source`` of an imported row: "<dataset>:<the row's id in the dataset>"
ORIGIN_SEPARATOR = ":"
WEB_SCHEMES = ("http", "https")


def web_address(source: str | None) -> str | None:
    """``document.source`` when it is a web address a reader can open, else ``None``.

    The source is a URL where the input named one, else a path; neither a path,
    an imported row's "<dataset>:<id>" nor a ``javascript:`` URL (document
    metadata is hostile input) may become a link.
    """
    if not source:
        return None
    parts = urlsplit(source)
    return source if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None


def _number(*values: float | int | str | None) -> float | int | None:
    """The first of ``values`` that is a number (0 included)."""
    return next((v for v in values if isinstance(v, int | float)), None)


def parse_number(text: str) -> float | int | None:
    """A CSV cell as a number (``"36"`` → 36, ``"1.5"`` → 1.5); an empty cell is None."""
    if not text:
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def coded_rows(
    row: Callable[[Account], dict[str, str] | None], accounts: Iterable[Account]
) -> Iterator[dict[str, str]]:
    """The rows ``row`` writes for the accounts its data set codes (None for the others)."""
    for account in accounts:
        found = row(account)
        if found is not None:
            yield found


def plain(value: float | int | None) -> float | int | None:
    """A figure as a person writes it: ``36.0`` becomes ``36``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(frozen=True)
class Figures:
    """The UCDP view of one count: lowest, best and highest, and the claims behind them."""

    low: float | int | None
    best: float | int | None
    high: float | int | None
    claims: tuple[Claim, ...] = field(default=())

    @property
    def disputed(self) -> bool:
        """Whether the sources give different figures."""
        values = {(plain(c.low), plain(c.high), str(c.value)) for c in self.claims}
        return len(values) > 1


@dataclass(frozen=True)
class Account:
    """One event of one record."""

    record: Record
    event: Event

    # -- lookups ------------------------------------------------------------------------------

    @cached_property
    def _entities(self) -> dict[str, Entity]:
        return {e.id: e for e in self.record.entities}

    def entity(self, entity_id: str | None) -> Entity | None:
        """The record's entity with this id (actors may name entities the record lacks)."""
        return None if entity_id is None else self._entities.get(entity_id)

    def name(self, entity_id: str) -> str:
        """An entity's canonical name, or its id when the record does not describe it."""
        found = self.entity(entity_id)
        return found.name if found is not None else entity_id

    def actors(self, *roles: ActorRole) -> list[Actor]:
        """The event's actors in these roles, in record order."""
        return [a for a in self.event.actors if a.role in roles]

    @cached_property
    def claims(self) -> list[Claim]:
        """Every claim about the event: listed in ``event.claims`` or ``about`` it."""
        listed = set(self.event.claims)
        return [c for c in self.record.claims if c.id in listed or c.about == self.event.id]

    def claims_of(self, prop: ClaimProperty) -> list[Claim]:
        return [c for c in self.claims if c.property == prop]

    @property
    def timex(self) -> Timex | None:
        """The time expression the event's date comes from."""
        wanted = self.event.when.timex
        return next((t for t in self.record.timexes if t.id == wanted), None)

    @property
    def evidence(self) -> str:
        """The text that reports the event."""
        start, end = self.event.span
        return self.record.document.text[start:end]

    # -- identity -------------------------------------------------------------------------------

    def origin(self, dataset: str) -> str | None:
        """The row id in ``dataset`` when this record was imported from it."""
        source = self.record.document.source or ""
        prefix = dataset + ORIGIN_SEPARATOR
        return source[len(prefix) :] if source.startswith(prefix) else None

    @property
    def key(self) -> str:
        """A stable id for the event across the store: short document id + event id."""
        digest = self.record.document.id.split(":", 1)[-1]
        return f"{digest[:12]}-{self.event.id}"

    # -- place --------------------------------------------------------------------------------

    @property
    def place(self) -> Entity | None:
        where = self.event.where
        return self.entity(where.entity) if where is not None else None

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """(lat, lon) of the event: its own, else its place entity's."""
        where = self.event.where
        if where is not None and where.lat is not None and where.lon is not None:
            return where.lat, where.lon
        place = self.place
        geo = place.geo if place is not None else None
        if geo is not None and geo.lat is not None and geo.lon is not None:
            return geo.lat, geo.lon
        return None

    @property
    def place_name(self) -> str | None:
        where = self.event.where
        if where is None:
            return None
        if where.name:
            return where.name
        place = self.place
        return place.name if place is not None else None

    def place_code(self, key: str) -> str | None:
        """A dataset code kept on the place entity (``kb``), e.g. ``acled:admin2``."""
        place = self.place
        return place.kb.get(key) if place is not None else None

    @property
    def admin1(self) -> str | None:
        place = self.place
        return place.geo.admin1 if place is not None and place.geo is not None else None

    @property
    def country(self) -> str | None:
        """The country's name: kept from an import, or a country entity of the same code."""
        for key in ("acled:country", "ucdp:country", "gtd:country"):
            kept = self.place_code(key)
            if kept:
                return kept
        place = self.place
        code = place.geo.country_code if place is not None and place.geo is not None else None
        if code is None:
            return None
        for entity in self.record.entities:
            geo = entity.geo
            if geo is not None and geo.country_code == code and (geo.feature or "")[:3] == "PCL":
                return entity.name
        return None

    # -- figures and sources ----------------------------------------------------------------

    def figures(self, prop: ClaimProperty = "fatalities") -> Figures | None:
        """Lowest, best and highest figure for ``prop`` across the event's claims.

        For fatalities the event's own ``fatalities`` (already the UCDP view)
        wins; otherwise low is the smallest lower bound, high the largest upper
        bound, best the median of the claimed values.
        """
        claims = tuple(c for c in self.claims_of(prop) if c.stance != "denied")
        fatalities = self.event.fatalities
        if prop == "fatalities" and fatalities is not None:
            listed = set(fatalities.claims)
            chosen = tuple(c for c in self.record.claims if c.id in listed) or claims
            return Figures(fatalities.low, fatalities.best, fatalities.high, chosen)
        if not claims:
            return None
        lows = [v for c in claims if (v := _number(c.low, c.value)) is not None]
        highs = [v for c in claims if (v := _number(c.high, c.value)) is not None]
        values = sorted(v for c in claims if (v := _number(c.value, c.low)) is not None)
        if not values:
            return None
        best = values[(len(values) - 1) // 2]
        return Figures(min(lows, default=None), best, max(highs, default=None), claims)

    def disputes(self) -> list[str]:
        """Each disputed count as "fatalities: 1300 (MKO); more than 2500 (Iranian sources)"."""
        found = []
        counted: tuple[ClaimProperty, ...] = ("fatalities", "injured")
        for prop in counted:
            figures = self.figures(prop)
            if figures is not None and figures.disputed:
                told = "; ".join(_telling(c) for c in figures.claims)
                found.append(f"{prop}: {told}")
        return found

    @property
    def sources(self) -> list[str]:
        """Who the event's facts come from: named sources, else the document."""
        named: list[str] = []
        for claim in self.claims:
            name = claim.source.name
            if claim.source.kind != "author" and name and name not in named:
                named.append(name)
        return named or [self.document_label]

    @property
    def document_label(self) -> str:
        document = self.record.document
        return document.author or document.title or document.source or document.id

    # -- time -----------------------------------------------------------------------------------

    @property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The event's (earliest, latest) days; an open end is the other end."""
        when = self.event.when
        earliest = when.earliest or when.latest
        latest = when.latest or when.earliest
        return None if earliest is None or latest is None else (earliest, latest)


def _telling(claim: Claim) -> str:
    qualifier = "" if claim.qualifier == "exact" else claim.qualifier.replace("_", " ") + " "
    who = claim.source.name or "the author"
    value = plain(_number(claim.value))
    return f"{qualifier}{claim.value if value is None else value} ({who})"


def accounts(records: Iterable[Record]) -> Iterator[Account]:
    """Every event of every record, as accounts, in record order."""
    for record in records:
        for event in record.events:
            yield Account(record, event)
