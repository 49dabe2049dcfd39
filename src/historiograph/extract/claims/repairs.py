"""Attribution structure the small parser loses, read from the words around it.

The English model often misattaches the very tokens attribution rests on: a
person's name in apposition ("the chair of the commission, Roseline Odede,
presented ...") ends up attached to a place with no subject on the verb; a
past-tense reporting verb after a possessive subject ("The district officer's
report estimated ...") is tagged as a participle modifying the next noun; and a
second complement clause ("insists that the toll is seven, ..., and that no more
than 40 were injured") is attached anywhere but to the verb that reports it.
These helpers recover each reading from word order and the entity labels, which
stay reliable where the parse does not, so that
:mod:`historiograph.extract.claims.attribution` can fall back on them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from historiograph.nlp.views import ents_in

_COORDINATORS = frozenset({"and", "or", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def appositive_person(sent: Span) -> Span | None:
    """The person a sentence's main clause is about when that person is named only in
    apposition: "the chair of X, Roseline Odede, presented ..." (a later "she" is
    Roseline Odede, not the chair). Either the parse gives the main verb a subject
    with a person in apposition, or it gives none and the name, set off by commas,
    stands right before the main verb."""
    root = sent.root
    people = [e for e in ents_in(sent) if e.label_ == "PERSON" and e.end <= root.i]
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
    for person in reversed(people):
        if subjects:
            if any(t.dep_ == "appos" and t.head == subjects[0] for t in person):
                return person
            continue
        before = person.start - 1
        if (
            before >= sent.start
            and sent.doc[before].text == ","
            and person.end + 1 == root.i
            and sent.doc[person.end].text == ","
        ):
            return person
    return None


def modifier_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb the tagger took for a participle modifying the
    next noun: in "The district officer's report estimated famine deaths at ...",
    "estimated" is parsed as an adjective on "deaths" with "report" hanging from it.
    A noun right before such a verb, attached to it, is its subject; a real
    participle ("the estimated 3,200") has no noun of its own before it."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.head == verb and before.pos_ in ("NOUN", "PROPN"):
        return before
    return None


def conjoined_that(doc: Doc, position: int) -> int | None:
    """Where a complement clause conjoined to an earlier one opens ("and that",
    "but that") before ``position`` in its sentence: such a clause is reported by
    the verb of the first ("insists that the toll is seven, and that no more than
    40 were injured"), however the parser attaches it."""
    for k in range(position - 1, 0, -1):
        token = doc[k]
        if token.text in (";", ":") or token.is_sent_start:
            return None
        if token.lower_ == "that" and token.tag_ == "IN" and doc[k - 1].lower_ in _COORDINATORS:
            return k
    return None
