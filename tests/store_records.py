"""Records for the store tests: one hand-built rich record, and a Hypothesis strategy.

The rich record uses every part of the record at least once, including the
nested ones (geo, mappings, when, where, actors, fatalities) and the tricky
values (``None`` against an empty nested object, ``6000`` against ``6000.0``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args

from hypothesis import strategies as st

from historiograph.record import (
    AcledMapping,
    Actor,
    ActorRole,
    Claim,
    ClaimProperty,
    ClaimSource,
    Document,
    Entity,
    EntityKind,
    Event,
    EventPrecision,
    EventType,
    Fatalities,
    Geo,
    GtdMapping,
    Mappings,
    Mention,
    Modality,
    PloverMapping,
    Qualifier,
    Record,
    Reference,
    Removed,
    Series,
    SourceKind,
    Stance,
    Timex,
    TimexMod,
    TimexPrecision,
    TimexType,
    Trigger,
    When,
    Where,
    document_id,
)

RICH_TEXT = (
    "Half a century with MKO. In the summer of 1982 the MKO moved to Paris. "
    "On 8 April 2011 Iraqi forces attacked Camp Ashraf, killing 36 residents; "
    "according to the UN, more than 300 people were injured. "
    "Ashraf lies 60 miles north of Baghdad.\n"
    "Reference: Cohen, R. (2009). The Rise and Fall of the MKO."
)


def span(text: str, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """The span of the ``occurrence``-th ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return (start, start + len(phrase))


def rich_record(text: str = RICH_TEXT, **document: Any) -> Record:
    """A record using every part; ``document`` overrides document fields (title, source...)."""

    def s(phrase: str, occurrence: int = 0) -> tuple[int, int]:
        return span(text, phrase, occurrence)

    fields: dict[str, Any] = {
        "id": document_id(text),
        "title": "Half a century with MKO – Part I",
        "author": "A. Historian",
        "published": dt.date(2012, 3, 4),
        "source": "corpus/half-a-century-part-1.txt",
        "series": Series(name="Half a century with MKO", part=1, next="Part II"),
        "language": "en",
        "text": text,
        "references": [
            Reference(
                span=s("Cohen, R. (2009). The Rise and Fall of the MKO."),
                text="Cohen, R. (2009). The Rise and Fall of the MKO.",
            )
        ],
        "removed": [
            Removed(kind="breadcrumb", text="Home › History"),
            Removed(kind="comment-prompt", text="Leave a comment"),
        ],
    }
    fields.update(document)
    return Record(
        document=Document(**fields),
        entities=[
            Entity(
                id="ent:mko",
                kind="organization",
                name="People's Mojahedin Organization of Iran",
                aliases=["MKO", "PMOI"],
                kb={"wikidata": "Q271279"},
            ),
            Entity(
                id="ent:camp-ashraf",
                kind="place",
                name="Camp Ashraf",
                aliases=["Ashraf", "Camp Ashraf"],
                geo=Geo(
                    lat=33.6,
                    lon=44.5,
                    geonames_id=98182,
                    feature="MILB",
                    country_code="IQ",
                    admin1="Diyala",
                ),
            ),
            Entity(id="ent:paris", kind="place", name="Paris", geo=Geo()),
            Entity(id="ent:iraqi-forces", kind="group", name="Iraqi forces"),
        ],
        mentions=[
            Mention(id="m1", span=s("MKO"), text="MKO", entity="ent:mko"),
            Mention(id="m2", span=s("MKO", 1), text="MKO", entity="ent:mko"),
            Mention(id="m3", span=s("Paris"), text="Paris", entity="ent:paris"),
            Mention(
                id="m4", span=s("Iraqi forces"), text="Iraqi forces", entity="ent:iraqi-forces"
            ),
            Mention(id="m5", span=s("Camp Ashraf"), text="Camp Ashraf", entity="ent:camp-ashraf"),
            Mention(id="m6", span=s("the UN"), text="the UN", entity=None),
        ],
        timexes=[
            Timex(
                id="t1",
                span=s("the summer of 1982"),
                text="the summer of 1982",
                type="DATE",
                value="1982-SU",
                earliest=dt.date(1982, 6, 1),
                latest=dt.date(1982, 8, 31),
                precision="season",
            ),
            Timex(
                id="t2",
                span=s("8 April 2011"),
                text="8 April 2011",
                type="DATE",
                value="2011-04-08",
                earliest=dt.date(2011, 4, 8),
                latest=dt.date(2011, 4, 8),
                precision="day",
                anchor="document",
            ),
            Timex(
                id="t3",
                span=s("Half a century"),
                text="Half a century",
                type="DURATION",
                value="P50Y",
                mod="APPROX",
            ),
        ],
        claims=[
            Claim(
                id="c1",
                span=s("killing 36 residents"),
                about="ev1",
                property="fatalities",
                value=36,
                low=36,
                high=36,
                unit="people",
            ),
            Claim(
                id="c2",
                span=s("according to the UN, more than 300 people were injured"),
                about="ev1",
                property="injured",
                value=300.0,
                low=301,
                high=None,
                qualifier="more_than",
                unit="people",
                source=ClaimSource(name="the UN", entity=None, kind="named"),
                stance="reported",
            ),
            Claim(
                id="c3",
                span=s("60 miles north of Baghdad"),
                about="ent:camp-ashraf",
                property="location",
                value="60 miles north of Baghdad",
            ),
        ],
        events=[
            Event(
                id="ev1",
                span=s("On 8 April 2011 Iraqi forces attacked Camp Ashraf, killing 36 residents"),
                trigger=Trigger(span=s("attacked"), text="attacked"),
                type="attack",
                subtype="armed_assault",
                mappings=Mappings(
                    acled=AcledMapping(
                        event_type="Violence against civilians", sub_event_type=None
                    ),
                    plover=PloverMapping(event="ASSAULT", mode="beat"),
                    gtd=GtdMapping(attacktype="Armed Assault"),
                ),
                when=When(
                    earliest=dt.date(2011, 4, 8),
                    latest=dt.date(2011, 4, 8),
                    timex="t2",
                    precision="day",
                ),
                where=Where(
                    entity="ent:camp-ashraf", name="Camp Ashraf", lat=33.6, lon=44.5, precision=1
                ),
                actors=[
                    Actor(entity="ent:iraqi-forces", role="agent"),
                    Actor(entity="ent:mko", role="target"),
                    Actor(entity="ent:not-in-this-record", role="supporter"),
                ],
                fatalities=Fatalities(low=36, best=36, high=36.0, claims=["c1"]),
                claims=["c1", "c2"],
            ),
            Event(
                id="ev2",
                span=s("the MKO moved to Paris"),
                trigger=Trigger(span=s("moved"), text="moved"),
                type="relocation",
                when=When(
                    earliest=dt.date(1982, 6, 1), latest=dt.date(1982, 8, 31), precision="season"
                ),
                where=Where(),
                modality="reported",
            ),
        ],
    )


def plain_record(text: str, **document: Any) -> Record:
    """A record with only a document (for search and listing tests)."""
    return Record(document=Document(id=document_id(text), text=text, **document))


# -- Hypothesis ------------------------------------------------------------------------------

short_text = st.text(max_size=12)
maybe_text = st.none() | short_text
numbers = st.floats(allow_nan=False) | st.integers(min_value=-(2**62), max_value=2**62)
maybe_number = st.none() | numbers
maybe_date = st.none() | st.dates()
maybe_float = st.none() | st.floats(allow_nan=False)


def literal(alias: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(get_args(alias))


geos = st.builds(
    Geo,
    lat=maybe_float,
    lon=maybe_float,
    geonames_id=st.none() | st.integers(min_value=0, max_value=2**40),
    feature=maybe_text,
    country_code=maybe_text,
    admin1=maybe_text,
)
mappings = st.builds(
    Mappings,
    acled=st.none() | st.builds(AcledMapping, event_type=short_text, sub_event_type=maybe_text),
    plover=st.none() | st.builds(PloverMapping, event=short_text, mode=maybe_text),
    gtd=st.none() | st.builds(GtdMapping, attacktype=short_text),
)
whens = st.builds(
    When,
    earliest=maybe_date,
    latest=maybe_date,
    timex=maybe_text,
    precision=literal(EventPrecision),
)
wheres = st.builds(
    Where,
    entity=maybe_text,
    name=maybe_text,
    lat=maybe_float,
    lon=maybe_float,
    precision=st.sampled_from([None, 1, 2, 3]),
)
fatalities = st.builds(
    Fatalities,
    low=maybe_number,
    best=maybe_number,
    high=maybe_number,
    claims=st.lists(short_text, max_size=3),
)
ids = st.lists(st.text(min_size=1, max_size=6), unique=True, max_size=4)


@st.composite
def records(draw: st.DrawFn) -> Record:
    """Any valid record: spans inside the text, quoted texts equal to what they cover."""
    text = draw(st.text(max_size=80))

    def any_span() -> tuple[int, int]:
        start = draw(st.integers(0, len(text)))
        return (start, draw(st.integers(start, len(text))))

    def quoted() -> tuple[tuple[int, int], str]:
        start, end = any_span()
        return (start, end), text[start:end]

    entity_ids = draw(ids)
    entities = [
        Entity(
            id=ident,
            kind=draw(literal(EntityKind)),
            name=draw(short_text),
            aliases=draw(st.lists(short_text, max_size=3)),
            kb=draw(st.dictionaries(short_text, short_text, max_size=2)),
            geo=draw(st.none() | geos),
        )
        for ident in entity_ids
    ]
    mentions = []
    for ident in draw(ids):
        where, covered = quoted()
        entity = draw(st.none() | st.sampled_from(entity_ids)) if entity_ids else None
        mentions.append(Mention(id=ident, span=where, text=covered, entity=entity))
    timexes = []
    for ident in draw(ids):
        where, covered = quoted()
        timexes.append(
            Timex(
                id=ident,
                span=where,
                text=covered,
                type=draw(literal(TimexType)),
                value=draw(short_text),
                mod=draw(st.none() | literal(TimexMod)),
                earliest=draw(maybe_date),
                latest=draw(maybe_date),
                precision=draw(st.none() | literal(TimexPrecision)),
                anchor=draw(maybe_text),
            )
        )
    claims = [
        Claim(
            id=ident,
            span=any_span(),
            about=draw(maybe_text),
            property=draw(literal(ClaimProperty)),
            value=draw(numbers | short_text),
            low=draw(maybe_number),
            high=draw(maybe_number),
            qualifier=draw(literal(Qualifier)),
            unit=draw(maybe_text),
            source=ClaimSource(
                name=draw(maybe_text), entity=draw(maybe_text), kind=draw(literal(SourceKind))
            ),
            stance=draw(literal(Stance)),
        )
        for ident in draw(ids)
    ]
    events = []
    for ident in draw(ids):
        trigger_span, trigger_text = quoted()
        events.append(
            Event(
                id=ident,
                span=any_span(),
                trigger=Trigger(span=trigger_span, text=trigger_text),
                type=draw(literal(EventType)),
                subtype=draw(maybe_text),
                mappings=draw(mappings),
                when=draw(whens),
                where=draw(st.none() | wheres),
                actors=draw(
                    st.lists(
                        st.builds(Actor, entity=short_text, role=literal(ActorRole)), max_size=3
                    )
                ),
                fatalities=draw(st.none() | fatalities),
                claims=draw(st.lists(short_text, max_size=3)),
                modality=draw(literal(Modality)),
            )
        )
    references = []
    for _ in range(draw(st.integers(0, 2))):
        where, covered = quoted()
        references.append(Reference(span=where, text=covered))
    document = Document(
        id=document_id(text),
        title=draw(maybe_text),
        author=draw(maybe_text),
        published=draw(maybe_date),
        source=draw(maybe_text),
        series=draw(
            st.none()
            | st.builds(
                Series,
                name=short_text,
                part=st.none() | st.integers(-(2**62), 2**62),
                next=maybe_text,
            )
        ),
        language=draw(maybe_text),
        text=text,
        references=references,
        removed=draw(st.lists(st.builds(Removed, kind=short_text, text=short_text), max_size=2)),
    )
    return Record(
        document=document,
        entities=entities,
        mentions=mentions,
        timexes=timexes,
        claims=claims,
        events=events,
    )
