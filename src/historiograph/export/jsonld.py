"""JSON-LD: events as schema.org ``Event``, claims attributed with W3C PROV.

The graph is built with rdflib and serialised as JSON-LD, so what is
written is RDF by construction. Identifiers are URNs: a document is
``urn:historiograph:<sha256 hex>``, its events, claims and timexes
``…#e1``, ``…#c3``, a span ``…#char=10,42`` (RFC 5147 character
positions), an entity ``urn:historiograph:entity:<slug>``.

- each document is a ``schema:CreativeWork`` and ``prov:Entity``
  (title, author, date, URL);
- each event a ``schema:Event`` with ``schema:startDate``/``endDate`` (the
  interval's ends), ``schema:location`` (a ``schema:Place`` with
  ``schema:GeoCoordinates``), and one ``schema:actor`` ``schema:Role`` per
  actor whose ``schema:roleName`` is the record's role; ``hg:eventType``,
  ``hg:subtype``, ``hg:modality``, ``hg:fatalitiesLow/Best/High``;
- each claim a ``hg:Claim`` and ``prov:Entity`` about its event or entity,
  with ``hg:property``, ``hg:value``, ``hg:low``, ``hg:high``,
  ``hg:qualifier``, ``hg:stance``, ``prov:wasAttributedTo`` its source (a
  ``prov:Agent`` named as the text names it; the document's author, or the
  document, when the author speaks) and ``prov:wasDerivedFrom`` its span;
- each span an ``oa:SpecificResource`` of the document with an
  ``oa:TextPositionSelector`` (``oa:start``, ``oa:end``) and an
  ``oa:TextQuoteSelector`` (``oa:exact``);
- entities are ``prov:Agent`` (or ``schema:Place``) with ``schema:name`` and
  ``owl:sameAs`` their Wikidata item when known.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, XSD

from historiograph.export.account import Account, plain, web_address
from historiograph.record import Claim, Entity, Record

SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
HG = Namespace("https://historiograph.dev/ns#")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
URN = "urn:historiograph:"


@cache
def context() -> dict[str, Any]:
    """The JSON-LD ``@context`` the output is compacted with."""
    text = files("historiograph.export").joinpath("data", "jsonld-context.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def document_iri(record: Record) -> URIRef:
    return URIRef(URN + record.document.id.split(":", 1)[-1])


def entity_iri(entity_id: str) -> URIRef:
    return URIRef(URN + "entity:" + entity_id.removeprefix("ent:"))


def _number(value: float | int | None) -> Literal | None:
    value = plain(value)
    return None if value is None else Literal(value)


class _Builder:
    def __init__(self) -> None:
        self.graph = Graph()
        for prefix, namespace in (("schema", SCHEMA), ("prov", PROV), ("oa", OA), ("hg", HG)):
            self.graph.bind(prefix, namespace)

    def add(self, subject: URIRef | BNode, predicate: URIRef, value: Any) -> None:
        if value is None:
            return
        obj = value if isinstance(value, URIRef | BNode | Literal) else Literal(value)
        self.graph.add((subject, predicate, obj))

    def document(self, record: Record) -> URIRef:
        doc = record.document
        iri = document_iri(record)
        self.add(iri, RDF.type, SCHEMA.CreativeWork)
        self.add(iri, RDF.type, PROV.Entity)
        self.add(iri, SCHEMA.name, doc.title)
        self.add(iri, SCHEMA.author, doc.author)
        url = web_address(doc.source)
        # schema:url only for a web address; a path is provenance, not a link.
        self.add(iri, SCHEMA.url, url)
        self.add(iri, HG.sourcePath, None if url else doc.source)
        self.add(iri, HG.documentId, doc.id)
        if doc.published is not None:
            self.add(iri, SCHEMA.datePublished, Literal(doc.published, datatype=XSD.date))
        return iri

    def entity(self, entity: Entity) -> URIRef:
        iri = entity_iri(entity.id)
        kind = SCHEMA.Place if entity.kind == "place" else PROV.Agent
        self.add(iri, RDF.type, kind)
        self.add(iri, SCHEMA.name, entity.name)
        self.add(iri, HG.kind, entity.kind)
        if "wikidata" in entity.kb:
            self.add(iri, OWL.sameAs, WIKIDATA[entity.kb["wikidata"]])
        return iri

    def span(self, record: Record, span: tuple[int, int]) -> URIRef:
        doc = document_iri(record)
        iri = URIRef(f"{doc}#char={span[0]},{span[1]}")
        self.add(iri, RDF.type, OA.SpecificResource)
        self.add(iri, RDF.type, PROV.Entity)
        self.add(iri, OA.hasSource, doc)
        position, quote = BNode(), BNode()
        self.add(iri, OA.hasSelector, position)
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, span[0])
        self.add(position, OA.end, span[1])
        self.add(iri, OA.hasSelector, quote)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, record.document.text[span[0] : span[1]])
        return iri

    def source(self, record: Record, claim: Claim) -> URIRef | BNode:
        """Who a claim is attributed to: a named or unnamed source, or the document's author."""
        if claim.source.entity is not None:
            agent: URIRef | BNode = entity_iri(claim.source.entity)
        elif claim.source.kind == "author":
            doc = record.document
            if doc.author is None:
                return document_iri(record)
            agent = URIRef(f"{document_iri(record)}#author")
        else:
            agent = URIRef(f"{document_iri(record)}#source-{claim.id}")
        name = claim.source.name or record.document.author
        self.add(agent, RDF.type, PROV.Agent)
        self.add(agent, SCHEMA.name, name)
        self.add(agent, HG.sourceKind, claim.source.kind)
        return agent

    def claim(self, record: Record, claim: Claim) -> None:
        doc = document_iri(record)
        iri = URIRef(f"{doc}#{claim.id}")
        self.add(iri, RDF.type, HG.Claim)
        self.add(iri, RDF.type, PROV.Entity)
        if claim.about is not None:
            about_event = any(e.id == claim.about for e in record.events)
            target = URIRef(f"{doc}#{claim.about}") if about_event else entity_iri(claim.about)
            self.add(iri, SCHEMA.about, target)
        self.add(iri, HG.property, claim.property)
        self.add(
            iri, HG.value, plain(claim.value) if not isinstance(claim.value, str) else claim.value
        )
        self.add(iri, HG.low, _number(claim.low))
        self.add(iri, HG.high, _number(claim.high))
        self.add(iri, HG.qualifier, claim.qualifier)
        self.add(iri, HG.unit, claim.unit)
        self.add(iri, HG.stance, claim.stance)
        self.add(iri, PROV.wasAttributedTo, self.source(record, claim))
        self.add(iri, PROV.wasDerivedFrom, self.span(record, claim.span))

    def event(self, account: Account) -> None:
        record, event = account.record, account.event
        doc = document_iri(record)
        iri = URIRef(f"{doc}#{event.id}")
        self.add(iri, RDF.type, SCHEMA.Event)
        self.add(iri, SCHEMA.name, f"{event.type}: {event.trigger.text}")
        self.add(iri, SCHEMA.description, account.evidence)
        self.add(iri, HG.eventType, event.type)
        self.add(iri, HG.subtype, event.subtype)
        self.add(iri, HG.modality, event.modality)
        self.add(iri, HG.timePrecision, event.when.precision)
        self.add(iri, SCHEMA.subjectOf, doc)
        self.add(iri, PROV.wasDerivedFrom, self.span(record, event.span))
        if event.when.earliest is not None:
            self.add(iri, SCHEMA.startDate, Literal(event.when.earliest, datatype=XSD.date))
        if event.when.latest is not None:
            self.add(iri, SCHEMA.endDate, Literal(event.when.latest, datatype=XSD.date))
        if account.timex is not None:
            self.add(iri, HG.dateText, account.timex.text)
        if event.where is not None:
            place = entity_iri(event.where.entity) if event.where.entity else BNode()
            self.add(iri, SCHEMA.location, place)
            self.add(place, RDF.type, SCHEMA.Place)
            self.add(place, SCHEMA.name, account.place_name)
            self.add(iri, HG.geoPrecision, event.where.precision)
            coordinates = account.coordinates
            if coordinates is not None:
                geo = BNode()
                self.add(place, SCHEMA.geo, geo)
                self.add(geo, RDF.type, SCHEMA.GeoCoordinates)
                self.add(geo, SCHEMA.latitude, coordinates[0])
                self.add(geo, SCHEMA.longitude, coordinates[1])
        for actor in event.actors:
            role = BNode()
            self.add(iri, SCHEMA.actor, role)
            self.add(role, RDF.type, SCHEMA.Role)
            self.add(role, SCHEMA.roleName, actor.role)
            self.add(role, SCHEMA.actor, entity_iri(actor.entity))
        figures = account.figures("fatalities")
        if figures is not None:
            self.add(iri, HG.fatalitiesLow, _number(figures.low))
            self.add(iri, HG.fatalitiesBest, _number(figures.best))
            self.add(iri, HG.fatalitiesHigh, _number(figures.high))
        for claim in account.claims:
            self.add(iri, HG.claim, URIRef(f"{doc}#{claim.id}"))


def graph(records: Iterable[Record]) -> Graph:
    """The RDF graph of the records' documents, entities, claims and events."""
    builder = _Builder()
    for record in records:
        builder.document(record)
        for entity in record.entities:
            builder.entity(entity)
        for claim in record.claims:
            builder.claim(record, claim)
        for event in record.events:
            builder.event(Account(record, event))
    return builder.graph


def to_jsonld(records: Iterable[Record]) -> str:
    """The records as one JSON-LD document, compacted with :func:`context`."""
    return graph(records).serialize(format="json-ld", context=context()["@context"], indent=2)
