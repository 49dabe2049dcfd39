"""Toll claims linked to the event they count, and each event's toll from them.

A figure is told in the event's sentence ("killing 11"), or a sentence or two
later ("MKO announced the number of 1,300 killed"); it belongs to the violent
event told there, not to an arrest or a seizure of ground beside it. Each
event's :class:`~historiograph.record.Fatalities` is then computed from the
claims linked to it (:func:`~historiograph.extract.events.anchoring.toll`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from historiograph.extract.events.anchoring import toll
from historiograph.nlp.views import doc_text
from historiograph.record import Claim, Event

# Types whose toll claims in the sentence are theirs (and riots'), and subtypes that kill no one.
VIOLENT_TYPES = ("attack", "battle", "repression")
NONLETHAL_SUBTYPES = frozenset(
    {"hostage_taking", "hijacking", "arrest", "disappearance", "ban", "forced_confinement"}
)
# Acts that take ground or destroy property: a toll told in a later sentence counts
# the fighting or attack told beside them rather than these.
SELDOM_LETHAL_SUBTYPES = frozenset({"territory_seized", "territory_lost", "facility_attack"})
# Claims in a sentence without an event count for the last violent event this
# many sentences back in the same paragraph ("MKO announced the number of 1,300 killed").
TOLL_REACH_SENTENCES = 2


def _depth(doc: Doc, event: Event) -> int:
    """How many heads lie above the event's trigger in its sentence's parse."""
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    return len(list(span.root.ancestors)) if span is not None and len(span) else 0


def _first_of_chain(doc: Doc, event: Event, same: list[Event]) -> Event:
    """The first of coordinated verbs telling one act: "shot and killed two civilians".

    A figure nearest "killed" counts the act that "shot" began: verbs joined
    under one subject tell one deed, and its toll is the first verb's, the event
    the report is about.
    """
    heads: dict[int, Event] = {}
    for other in same:
        span = doc.char_span(*other.trigger.span, alignment_mode="expand")
        if span is not None and len(span):
            heads[span.root.i] = other
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    while token is not None and token.dep_ == "conj" and token.pos_ == "VERB":
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            token = token.head
            if token.i in heads:
                event = heads[token.i]
            continue
        break
    return event


def link_claims(
    doc: Doc, events: list[Event], claims: list[Claim]
) -> tuple[list[Claim], list[Event]]:
    """Attach toll claims to the event they count: same sentence, else a recent one."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]

    def sentence_of(offset: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    told_in = {
        e.id: {sentence_of(e.trigger.span[0])} | {sentence_of(start) for start, _ in e.evidence}
        for e in events
    }
    # The violent events told in each sentence: a toll looks only a few sentences back,
    # so each claim reads those sentences' events, not the document's all.
    position = {e.id: i for i, e in enumerate(events)}
    told_at: dict[int, list[Event]] = {}
    for e in events:
        if e.type in VIOLENT_TYPES or (e.type, e.subtype) == ("protest", "riot"):
            for m in told_in[e.id]:
                told_at.setdefault(m, []).append(e)
    linked: list[Claim] = []
    about: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.property not in ("fatalities", "injured", "displaced", "arrested") or claim.about:
            linked.append(claim)
            continue
        n = sentence_of(claim.span[0])
        nearby = {
            e.id: e for m in range(n - TOLL_REACH_SENTENCES, n + 1) for e in told_at.get(m, ())
        }
        lethal = sorted(
            (
                e
                for e in nearby.values()
                if e.subtype not in NONLETHAL_SUBTYPES or claim.property != "fatalities"
            ),
            key=lambda e: position[e.id],
        )
        target: Event | None = None
        same = [e for e in lethal if n in told_in[e.id]]
        if same:
            target = _first_of_chain(
                doc, min(same, key=lambda e: abs(e.trigger.span[0] - claim.span[0])), same
            )
        else:
            paragraph_start = text.rfind("\n\n", 0, claim.span[0])
            # Of the latest sentence's events, the toll counts its main killing one
            # (the trigger nearest the root): "400 people attacked a station after
            # officers detained a leader, burning two vehicles. Eight rioters were killed."
            earlier = [
                (
                    max(m for m in told_in[e.id] if m < n),
                    e.subtype not in SELDOM_LETHAL_SUBTYPES,
                    -_depth(doc, e),
                    e.trigger.span[0],
                    e,
                )
                for e in lethal
                if any(n - TOLL_REACH_SENTENCES <= m < n for m in told_in[e.id])
                and e.trigger.span[0] > paragraph_start
            ]
            target = max(earlier, key=lambda c: c[:4])[4] if earlier else None
        if target is None:
            linked.append(claim)
            continue
        claim = claim.model_copy(update={"about": target.id})
        about.setdefault(target.id, []).append(claim)
        linked.append(claim)
    updated = [
        e.model_copy(
            update={
                "claims": [c.id for c in about.get(e.id, [])],
                "fatalities": toll(about.get(e.id, []), text),
            }
        )
        for e in events
    ]
    return linked, updated
