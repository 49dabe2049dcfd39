"""The document reader's text: the document cut into pieces, each knowing what covers it.

Mentions, times, claims, event sentences and event triggers overlap and nest,
so the text cannot be wrapped in nested tags naively. Instead it is cut at
every span boundary into :class:`Piece` objects, each listing the kinds that
cover it and the page it links to. The template writes every piece's text
through Jinja's autoescaping, so the document's own characters (``<script>``
included) only ever appear as text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from urllib.parse import quote

from historiograph.cli.options import figure_text
from historiograph.record import Record


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str
    href: str | None
    title: str
    anchor: str | None


@dataclass
class Piece:
    """A stretch of text with the same annotations over all of it."""

    text: str
    classes: list[str] = field(default_factory=list)
    href: str | None = None
    title: str | None = None
    anchors: list[str] = field(default_factory=list)


LINK_PRIORITY = ("trigger", "mention", "timex", "claim", "event")
"""When pieces are covered by several linked spans, the innermost kind's link wins."""


def entity_href(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


def event_href(doc_id: str, event_id: str) -> str:
    return f"/events/{quote(doc_id, safe='')}/{quote(event_id, safe='')}"


def _marks(record: Record) -> list[_Mark]:
    doc_id = record.document.id
    names = {e.id: f"{e.name} ({e.kind})" for e in record.entities}
    marks = [
        _Mark(
            m.span[0],
            m.span[1],
            "mention",
            entity_href(m.entity) if m.entity else None,
            names.get(m.entity or "", "unlinked mention"),
            None,
        )
        for m in record.mentions
    ]
    marks += [
        _Mark(t.span[0], t.span[1], "timex", None, f"{t.type} {t.value}", f"timex-{t.id}")
        for t in record.timexes
    ]
    marks += [
        _Mark(
            c.span[0],
            c.span[1],
            "claim",
            f"#claim-{c.id}",
            f"{c.property}: {c.qualifier.replace('_', ' ')} {figure_text(c.value)} "
            f"(source: {c.source.name or c.source.kind})",
            f"claim-{c.id}",
        )
        for c in record.claims
    ]
    for e in record.events:
        href = event_href(doc_id, e.id)
        marks.append(_Mark(e.span[0], e.span[1], "event", None, f"{e.type} event", f"event-{e.id}"))
        marks.append(
            _Mark(
                e.trigger.span[0],
                e.trigger.span[1],
                "trigger",
                href,
                f"{e.type}: {e.trigger.text}",
                None,
            )
        )
    return marks


def pieces(record: Record) -> list[Piece]:
    """The document text cut at every annotation boundary, in order, covering all of it."""
    text = record.document.text
    marks = _marks(record)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in marks if m.start <= start and m.end >= end and m.start < m.end]
        piece = Piece(text=text[start:end])
        piece.classes = sorted({f"hl-{m.kind}" for m in covering})
        piece.anchors = [m.anchor for m in covering if m.anchor and m.start == start]
        for kind in LINK_PRIORITY:
            linked = [m for m in covering if m.kind == kind]
            if linked:
                innermost = min(linked, key=lambda m: m.end - m.start)
                piece.href = piece.href or innermost.href
                piece.title = piece.title or innermost.title
        out.append(piece)
    return out
