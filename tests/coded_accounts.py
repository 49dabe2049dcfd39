"""One event in a hand-built record, as the coded exports read it, for tests of how an
account maps to ACLED, GTD and UCDP codes without running the pipeline."""

from __future__ import annotations

from historiograph.export.account import Account
from historiograph.record import (
    AcledMapping,
    Actor,
    ActorRole,
    Claim,
    Document,
    Entity,
    Event,
    EventType,
    Fatalities,
    Geo,
    GtdMapping,
    Mappings,
    Mention,
    Record,
    Trigger,
    Where,
)

VIOLENCE = AcledMapping(event_type="Violence against civilians", sub_event_type="Attack")


def one_event_account(
    text: str,
    actors: list[tuple[str, str, ActorRole]],
    *,
    told: str | None = None,
    kind: EventType = "attack",
    subtype: str = "armed_assault",
    acled_code: AcledMapping | None = VIOLENCE,
    gtd_type: str | None = None,
    dead: int | None = None,
    town: tuple[str, str, str] | None = None,
) -> Account:
    """One event of ``kind`` told by the sentence ``told`` of ``text`` (the whole text when
    not given), its actors given as (entity id, name, role), with ``dead`` killed if given,
    placed at ``town`` (name, country code, country name) if given."""
    start = text.index(told) if told is not None else 0
    end = start + len(told) if told is not None else len(text)
    entities = [Entity(id=entity_id, kind="group", name=name) for entity_id, name, _ in actors]
    mentions: list[Mention] = []
    where = None
    if town is not None:
        name, code, country = town
        at = text.index(name)
        entities = [
            Entity(
                id="town", kind="place", name=name, geo=Geo(country_code=code, lat=0.5, lon=35.3)
            ),
            Entity(
                id="country", kind="place", name=country, geo=Geo(country_code=code, feature="PCLI")
            ),
            *entities,
        ]
        mentions = [Mention(id="m1", span=(at, at + len(name)), text=name, entity="town")]
        where = Where(entity="town", name=name)
    claims = (
        [Claim(id="c1", about="e1", property="fatalities", value=dead, span=(0, 1))]
        if dead is not None
        else []
    )
    event = Event(
        id="e1",
        span=(start, end),
        trigger=Trigger(span=(start, start + 1), text=text[start]),
        type=kind,
        subtype=subtype,
        mappings=Mappings(
            acled=acled_code, gtd=GtdMapping(attacktype=gtd_type) if gtd_type else None
        ),
        where=where,
        actors=[Actor(entity=entity_id, role=role) for entity_id, _, role in actors],
        fatalities=Fatalities(low=dead, best=dead, high=dead, claims=["c1"])
        if dead is not None
        else None,
    )
    record = Record(
        document=Document(id="d", text=text),
        events=[event],
        entities=entities,
        claims=claims,
        mentions=mentions,
    )
    return Account(record, event)
