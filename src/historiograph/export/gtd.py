"""GTD-style CSV: attacks as the Global Terrorism Database codes them.

``attacktype1_txt`` is the event's GTD mapping (or the GTD code of its
subtype), ``targtype1_txt`` comes from the target's name
(:mod:`historiograph.export.codes`), ``gname`` is the agent, ``nkill`` the
best fatality figure and ``nwound`` the best injured figure. ``claimed`` is 1
when a claim of responsibility about the event is recorded and ``compclaim``
1 when several parties claim it. ``doubtterr`` is 0 for attacks and 1 for
battles and repression, which GTD would code only with doubt. Dates split
into ``iyear``/``imonth``/``iday`` with 0 for an unknown part, as GTD does,
and ``summary`` starts with the date as ``MM/DD/YYYY:``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from historiograph.export import codes
from historiograph.export.account import Account, parse_number, plain
from historiograph.export.coded import CodedActor, CodedEvent, CodedFigure, CodedPlace
from historiograph.export.dates import month_of, precision_of
from historiograph.record import ClaimProperty, GtdMapping, Mappings

DATASET = "gtd"
SUMMARY_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4}):\s*")
RESPONSIBILITY = ("responsibility", "perpetrator")


def _figure(value: float | int | None) -> str:
    return "" if value is None else str(plain(value))


def attack_type(account: Account) -> str:
    """GTD's attack type of the event; a row imported from GTD keeps the coder's own.

    The attack's own text says by what means; the paragraph around it (a GTD summary
    is one) whether a person it names by office was the target or someone was
    abducted, which GTD's hierarchy of attack types puts first.
    """
    if account.origin(DATASET):
        return codes.gtd_attack_type(account.event)
    return codes.gtd_attack_type(account.event, account.evidence, paragraph(account))


def paragraph(account: Account) -> str:
    """The text between blank lines around the event."""
    text = account.record.document.text
    start, end = account.event.span
    first = text.rfind("\n\n", 0, start) + 1
    last = text.find("\n\n", end)
    return text[first : len(text) if last < 0 else last]


def target_type(account: Account, entity_id: str) -> str:
    entity = account.entity(entity_id)
    if entity is not None and f"{DATASET}:targtype" in entity.kb:
        return entity.kb[f"{DATASET}:targtype"]
    table = codes.gtd()
    rule = codes.first_match(table.target_types, account.name(entity_id))
    return rule.label if rule is not None else table.default_target_type


def _claims_of_responsibility(account: Account) -> list[str]:
    parties: list[str] = []
    for claim in account.claims:
        if claim.property in RESPONSIBILITY and claim.stance != "denied":
            party = str(claim.value)
            if party not in parties:
                parties.append(party)
    return parties


def row(account: Account) -> dict[str, str] | None:
    """The GTD row of an account, or ``None`` for events GTD does not code."""
    table = codes.gtd()
    event = account.event
    if event.type not in table.types:
        return None
    agents = [account.name(a.entity) for a in account.actors("agent")]
    targets = [a.entity for a in account.actors("target", "victim")]
    interval = account.interval
    year = month = day = 0
    if interval is not None:
        year = interval[0].year
        if interval[0].year == interval[1].year and interval[0].month == interval[1].month:
            month = interval[0].month
            day = interval[0].day if interval[0] == interval[1] else 0
    timex = account.timex
    approx = timex.text if timex is not None and day == 0 else ""
    coordinates = account.coordinates
    where = event.where
    killed = account.figures("fatalities")
    wounded = account.figures("injured")
    parties = _claims_of_responsibility(account)
    date_prefix = f"{month:02d}/{day:02d}/{year:04d}: " if year else ""
    return {
        "eventid": account.origin(DATASET) or f"HG-{account.key}",
        "iyear": str(year or ""),
        "imonth": str(month),
        "iday": str(day),
        "approxdate": approx,
        "country_txt": account.country or "",
        "provstate": account.admin1 or "",
        "city": account.place_name or "",
        "latitude": str(coordinates[0]) if coordinates else "",
        "longitude": str(coordinates[1]) if coordinates else "",
        "specificity": str(table.specificity.export.get(where.precision or 0, "")) if where else "",
        "doubtterr": "0"
        if event.type in table.terrorism_types and event.modality != "hedged"
        else "1",
        "summary": date_prefix + account.evidence.strip(),
        "attacktype1_txt": attack_type(account),
        "targtype1_txt": target_type(account, targets[0]) if targets else "",
        "target1": account.name(targets[0]) if targets else "",
        "gname": agents[0] if agents else "Unknown",
        "gname2": agents[1] if len(agents) > 1 else "",
        "claimed": "1" if parties else "0",
        "compclaim": "1" if len(parties) > 1 else ("0" if parties else ""),
        "nkill": _figure(killed.best if killed else None),
        "nwound": _figure(wounded.best if wounded else None),
        "scite1": "; ".join(account.sources),
    }


# -- import ----------------------------------------------------------------------------------


def coded(data: Mapping[str, str | None], number: int) -> CodedEvent:
    """One GTD row as a coded event; the summary's ``MM/DD/YYYY:`` prefix is the date."""

    def get(name: str) -> str:
        return (data.get(name) or "").strip()

    table = codes.gtd()
    attack = get("attacktype1_txt") or table.default_attack_type
    kind, subtype = table.attack_types.get(attack, (table.types[0], None))
    summary = get("summary")
    year = int(get("iyear") or 0)
    month = int(get("imonth") or 0)
    day = int(get("iday") or get("iday_from_eventid") or 0)
    prefix = SUMMARY_DATE.match(summary)
    if prefix is not None:
        month, day, year = (int(part) for part in prefix.groups())
        summary = summary[prefix.end() :]
    earliest = latest = None
    if year and month:
        first, last = month_of(dt.date(year, month, 1))
        earliest, latest = (
            (first.replace(day=day), first.replace(day=day)) if day else (first, last)
        )
    elif year:
        earliest, latest = dt.date(year, 1, 1), dt.date(year, 12, 31)
    agents = [name for c in ("gname", "gname2") if (name := get(c)) and name != "Unknown"]
    claimed_by = []
    if get("claimed") == "1" and agents:
        claimed_by = agents if get("compclaim") == "1" else agents[:1]
    actors = []
    for column in ("gname", "gname2"):
        name = get(column)
        if name and name != "Unknown":
            actors.append(CodedActor(name, "agent"))
    target = get("target1")
    if target:
        targtype = get("targtype1_txt")
        kb = {f"{DATASET}:targtype": targtype} if targtype else {}
        actors.append(CodedActor(target, "target", "group", kb))
    counted: tuple[tuple[ClaimProperty, str], ...] = (
        ("fatalities", "nkill"),
        ("injured", "nwound"),
    )
    figures = [
        CodedFigure(prop, value)
        for prop, column in counted
        if (value := parse_number(get(column))) is not None
    ]
    city = get("city")
    specificity = int(get("specificity") or 0)
    return CodedEvent(
        dataset=DATASET,
        label="GTD",
        row_id=get("eventid") or f"row-{number}",
        narrative=summary,
        type=kind,
        type_label=attack,
        subtype=subtype,
        mappings=Mappings(gtd=GtdMapping(attacktype=attack)),
        earliest=earliest,
        latest=latest,
        precision=precision_of(earliest, latest) if earliest and latest else "unknown",
        date_text=get("approxdate") or None,
        date_is_timex=bool(get("approxdate")),
        place=CodedPlace(
            name=city,
            lat=parse_number(get("latitude")),
            lon=parse_number(get("longitude")),
            precision=table.specificity.import_.get(specificity),
            admin1=get("provstate") or None,
            kb={f"{DATASET}:country": get("country_txt")} if get("country_txt") else {},
        )
        if city
        else None,
        actors=actors,
        figures=figures,
        sources=get("scite1") or None,
        claimed_by=claimed_by,
        modality="hedged" if get("doubtterr") == "1" else "asserted",
    )
