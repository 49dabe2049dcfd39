"""The record: what historiograph extracts from one document.

These pydantic models are the executable form of ``shared/spec/record.md``
(schema ``historiograph.record/1``). Every stage produces them and every
consumer reads them; the JSON Schema committed at ``schema/record-1.json`` is
generated from them (``make schema``) and a test keeps the
two in step.

Spans are ``[start, end)`` offsets in code points into ``document.text``. A
:class:`Record` checks on validation that every span lies inside the text and
that each span's ``text`` field is exactly the text it covers, so a record
that validates can be trusted to point at its evidence.

Three extensions to the spec: ``Timex.mod`` also takes TimeML's
``ON_OR_BEFORE``, ``EQUAL_OR_LESS`` and ``EQUAL_OR_MORE`` ("until 2003",
"up to ten years", "at least a decade"); ``Series.next`` holds the title of the next part
when the page links to it ("Half a century with MKO – Part II"), and
``Event.evidence`` holds further spans where the document tells the same
event again (the spec's "one event with two evidence spans").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_ID = "historiograph.record/1"

Span = Annotated[
    tuple[int, int],
    Field(description="[start, end) offsets in code points into document.text"),
]

EntityKind = Literal["person", "organization", "place", "facility", "group", "other"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TimexMod = Literal[
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_AFTER",
    "ON_OR_BEFORE",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
]
TimexPrecision = Literal["day", "month", "season", "quarter", "year", "decade", "century"]
EventPrecision = Literal["day", "month", "season", "quarter", "year", "decade", "unknown"]
ClaimProperty = Literal[
    "fatalities",
    "injured",
    "displaced",
    "arrested",
    "count",
    "members",
    "date",
    "location",
    "perpetrator",
    "responsibility",
    "distance",
    "other",
]
Qualifier = Literal["exact", "more_than", "at_least", "about", "less_than", "up_to", "range"]
SourceKind = Literal["author", "named", "unnamed"]
Stance = Literal["asserted", "reported", "hedged", "denied"]
Modality = Literal["asserted", "reported", "hedged", "denied", "hypothetical"]
ActorRole = Literal["agent", "target", "participant", "supporter", "victim"]
EventType = Literal[
    "attack",
    "battle",
    "repression",
    "protest",
    "election",
    "organization",
    "relocation",
    "agreement",
    "support",
    "legal",
    "statement",
    "other",
]


class _Model(BaseModel):
    """Base: unknown fields are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid")


class Series(_Model):
    name: str
    part: int | None = None
    next: str | None = Field(
        default=None, description="Title of the next part when the page links to it"
    )


class Reference(_Model):
    span: Span
    text: str


class Removed(_Model):
    kind: str = Field(
        description="breadcrumb, navigation, related-links, comment-prompt, share, byline-link, ..."
    )
    text: str


class Document(_Model):
    id: str = Field(description="'sha256:' + hex digest of the cleaned text")
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    source: str | None = Field(default=None, description="Path or URL the document came from")
    series: Series | None = None
    language: str | None = "en"
    text: str
    references: list[Reference] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)


class Geo(_Model):
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None
    country_code: str | None = None
    admin1: str | None = None


class Entity(_Model):
    id: str = Field(description="Stable across records: 'ent:' slug from the KB or the name")
    kind: EntityKind
    name: str
    aliases: list[str] = Field(default_factory=list)
    kb: dict[str, str] = Field(default_factory=dict)
    geo: Geo | None = None


class Mention(_Model):
    id: str
    span: Span
    text: str
    entity: str | None = None


class Timex(_Model):
    id: str
    span: Span
    text: str
    type: TimexType
    value: str
    mod: TimexMod | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: TimexPrecision | None = None
    anchor: str | None = Field(
        default=None, description="Timex id or 'document' a relative expression resolves against"
    )


class ClaimSource(_Model):
    name: str | None = None
    entity: str | None = None
    kind: SourceKind = "author"


class Claim(_Model):
    id: str
    span: Span
    about: str | None = None
    property: ClaimProperty
    value: float | int | str
    low: float | int | None = None
    high: float | int | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    source: ClaimSource = Field(default_factory=ClaimSource)
    stance: Stance = "asserted"


class Trigger(_Model):
    span: Span
    text: str


class AcledMapping(_Model):
    event_type: str
    sub_event_type: str | None = None


class PloverMapping(_Model):
    event: str
    mode: str | None = None


class GtdMapping(_Model):
    attacktype: str


class Mappings(_Model):
    acled: AcledMapping | None = None
    plover: PloverMapping | None = None
    gtd: GtdMapping | None = None


class When(_Model):
    earliest: dt.date | None = None
    latest: dt.date | None = None
    timex: str | None = None
    precision: EventPrecision = "unknown"


class Where(_Model):
    entity: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Literal[1, 2, 3] | None = None


class Actor(_Model):
    entity: str
    role: ActorRole


class Fatalities(_Model):
    low: float | int | None = None
    best: float | int | None = None
    high: float | int | None = None
    claims: list[str] = Field(default_factory=list)


class Event(_Model):
    id: str
    span: Span
    trigger: Trigger
    type: EventType
    subtype: str | None = None
    mappings: Mappings = Field(default_factory=Mappings)
    when: When = Field(default_factory=When)
    where: Where | None = None
    actors: list[Actor] = Field(default_factory=list)
    fatalities: Fatalities | None = None
    claims: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(
        default_factory=list,
        description="Further spans where the document reports the same event again",
    )
    modality: Modality = "asserted"


class Record(_Model):
    """One document and everything extracted from it."""

    schema_: Literal["historiograph.record/1"] = Field(
        default="historiograph.record/1", alias="schema"
    )
    document: Document
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _spans_point_into_text(self) -> Record:
        text = self.document.text
        spanned: list[tuple[str, tuple[int, int], str | None]] = []
        spanned += [("reference", r.span, r.text) for r in self.document.references]
        spanned += [(m.id, m.span, m.text) for m in self.mentions]
        spanned += [(t.id, t.span, t.text) for t in self.timexes]
        spanned += [(c.id, c.span, None) for c in self.claims]
        for e in self.events:
            spanned += [(e.id, e.span, None), (e.id + ".trigger", e.trigger.span, e.trigger.text)]
            spanned += [(e.id + ".evidence", span, None) for span in e.evidence]
        for owner, (start, end), quoted in spanned:
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"{owner}: span [{start}, {end}) is outside the text")
            if quoted is not None and text[start:end] != quoted:
                raise ValueError(
                    f"{owner}: span [{start}, {end}) covers {text[start:end]!r}, not {quoted!r}"
                )
        entity_ids = {e.id for e in self.entities}
        for m in self.mentions:
            if m.entity is not None and m.entity not in entity_ids:
                raise ValueError(f"{m.id}: entity {m.entity!r} is not in the record")
        return self

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise with the spec's field names (``schema``, not ``schema_``)."""
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


def literal(kind: Any, value: str) -> Any:
    """``value`` as a member of the record's ``Literal`` type ``kind`` (``Qualifier``,
    ``ActorRole``, ...), so that a word a data file names is checked against the one
    list the record defines rather than a copy of it; ValueError for any other."""
    if value not in get_args(kind):
        raise ValueError(f"{value!r} is not one of {get_args(kind)}")
    return value


def document_id(cleaned_text: str) -> str:
    """The document id: the hash of its cleaned text, so the same text is one document."""
    return "sha256:" + hashlib.sha256(cleaned_text.encode("utf-8")).hexdigest()


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the record, as committed in ``schema/record-1.json``."""
    schema = Record.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = "https://historiograph.dev/schema/record-1.json"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def write_json_schema(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(json_schema(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
