"""UCDP GED-style CSV: organised violence with low, best and high death counts.

UCDP keeps the disagreement ACLED flattens: ``low``, ``best`` and ``high``
are the event's fatality figures across its sources (the record's
``fatalities`` is already in this form), ``source_original`` names the
sources and ``number_of_sources`` counts them. ``date_start``/``date_end``
hold the record's interval exactly and ``date_prec`` says how wide it is;
``where_prec`` maps the record's 1–3 onto UCDP's 1–7. Only the ontology
types UCDP codes are written (battles, attacks, repression).
"""

from __future__ import annotations

from collections.abc import Mapping

from historiograph.export import codes
from historiograph.export.account import Account, parse_number, plain
from historiograph.export.acled import inter_code, state_force
from historiograph.export.coded import CodedActor, CodedEvent, CodedFigure, CodedPlace
from historiograph.export.dates import days, parse_day, precision_of
from historiograph.record import ActorRole

DATASET = "ucdp"
SEPARATOR = "; "
STATE_CODE = 1  # ACLED inter code of state forces: a battle with one is state-based
ONE_SIDED = 3  # type_of_violence of violence against civilians


def _figure(value: float | int | None) -> str:
    return "" if value is None else str(plain(value))


def type_of_violence(account: Account) -> int | None:
    """1 state-based, 2 non-state, 3 one-sided; ``None`` for events UCDP does not code."""
    rule = codes.ucdp().violence.get(account.event.type)
    if isinstance(rule, int) or rule is None:
        return rule
    for actor in account.event.actors:
        if inter_code(account, actor.entity, victim=False) == STATE_CODE:
            return 1
    return 2


def date_prec(length: int) -> int:
    """UCDP's date precision for an interval of ``length`` days."""
    for step in codes.ucdp().date_prec:
        if step.max_days is None or length <= step.max_days:
            return step.code
    raise AssertionError("the last date_prec step has no max_days")


def side_name(account: Account, entity_id: str) -> str:
    """A side's name as UCDP writes it: a state's forces named only by what they are
    are its government (``government`` in ucdp.yaml, by ACLED's reading of such names,
    :func:`historiograph.export.acled.state_force`), else the record's name, as a row
    imported from UCDP keeps its own."""
    name = account.name(entity_id)
    country = account.country
    if account.origin(DATASET) is None and country and state_force(name, country) is not None:
        return codes.ucdp().government.format(country=country)
    return name


def row(account: Account) -> dict[str, str] | None:
    """The GED row of an account, or ``None`` for events outside UCDP's scope."""
    violence = type_of_violence(account)
    if violence is None:
        return None
    table = codes.ucdp()
    side_a = [side_name(account, a.entity) for a in account.actors("agent", "participant")[:1]]
    side_b = [side_name(account, a.entity) for a in account.actors("target", "victim")[:1]]
    if not side_b:
        side_b = [side_name(account, a.entity) for a in account.actors("participant")[1:2]]
    if violence == ONE_SIDED and not account.origin(DATASET):
        side_b = [table.civilians]  # one-sided violence is done to civilians, by UCDP's name
    interval = account.interval
    coordinates = account.coordinates
    where = account.event.where
    figures = account.figures("fatalities")
    sources = SEPARATOR.join(account.sources)
    document = account.record.document
    best = figures.best if figures else None
    return {
        "id": account.origin(DATASET) or f"HG-{account.key}",
        "year": str(interval[0].year) if interval else "",
        "type_of_violence": str(violence),
        "side_a": side_a[0] if side_a else "",
        "side_b": side_b[0] if side_b else "",
        "dyad_name": " - ".join(side_a + side_b),
        "number_of_sources": str(sum(1 for s in sources.split(";") if s.strip())),
        "source_headline": document.title or "",
        "source_date": document.published.isoformat() if document.published else "",
        "source_original": sources,
        "where_prec": str(table.where_prec.export.get(where.precision or 0, "")) if where else "",
        "where_coordinates": account.place_name or "",
        "where_description": account.place_name or "",
        "adm_1": account.admin1 or "",
        "latitude": str(coordinates[0]) if coordinates else "",
        "longitude": str(coordinates[1]) if coordinates else "",
        "geom_wkt": f"POINT ({coordinates[1]} {coordinates[0]})" if coordinates else "",
        "country": account.country or "",
        "event_clarity": "1" if account.event.modality == "asserted" else "2",
        "date_prec": str(date_prec(days(interval))) if interval else "",
        "date_start": interval[0].isoformat() if interval else "",
        "date_end": interval[1].isoformat() if interval else "",
        "deaths_a": "0",
        "deaths_b": "0",
        "deaths_civilians": "0",
        "deaths_unknown": _figure(best) or "0",
        "best": _figure(best) or "0",
        "high": _figure(figures.high if figures else None) or "0",
        "low": _figure(figures.low if figures else None) or "0",
    }


# -- import ----------------------------------------------------------------------------------


def coded(data: Mapping[str, str | None], number: int) -> CodedEvent:
    """One GED row as a coded event."""

    def get(name: str) -> str:
        return (data.get(name) or "").strip()

    table = codes.ucdp()
    violence = int(get("type_of_violence") or 1)
    kind, subtype = table.types.get(violence, ("battle", None))
    start, end = get("date_start"), get("date_end")
    earliest = parse_day(start[:10]) if start else None
    latest = parse_day(end[:10]) if end else earliest
    victim_side: ActorRole = "victim" if violence == ONE_SIDED else "target"
    sides: tuple[tuple[str, ActorRole], ...] = (
        (get("side_a"), "agent"),
        (get("side_b"), victim_side),
    )
    actors = [CodedActor(name, role) for name, role in sides if name]
    where_prec = int(get("where_prec") or 0)
    place_name = get("where_description") or get("where_coordinates")
    best, low, high = (parse_number(get(c)) for c in ("best", "low", "high"))
    description = "; ".join(
        f"{label} {get(column)}"
        for label, column in (("conflict", "conflict_name"), ("dyad", "dyad_name"))
        if get(column)
    )
    published = get("source_date")
    return CodedEvent(
        dataset=DATASET,
        label="UCDP GED",
        row_id=get("id") or f"row-{number}",
        narrative="",
        type=kind,
        type_label=f"type of violence {violence}" + (f" ({description})" if description else ""),
        subtype=subtype,
        earliest=earliest,
        latest=latest,
        precision=precision_of(earliest, latest) if earliest and latest else "unknown",
        place=CodedPlace(
            name=place_name,
            lat=parse_number(get("latitude")),
            lon=parse_number(get("longitude")),
            precision=table.where_prec.import_.get(where_prec),
            admin1=get("adm_1") or None,
            kb={f"{DATASET}:country": get("country")} if get("country") else {},
        )
        if place_name
        else None,
        actors=actors,
        figures=[CodedFigure("fatalities", best, low, high)] if best is not None else [],
        sources=get("source_original") or None,
        title=get("source_headline") or None,
        published=parse_day(published[:10]) if published else None,
        modality="asserted" if get("event_clarity") in ("", "1") else "reported",
    )
