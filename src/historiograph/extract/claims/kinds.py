"""What a figure counts, and the kinds of noun it may count.

:class:`Counted` is the answer :mod:`.counted` and :mod:`.bare` give for a
figure: its property, its unit, where its evidence ends and whom it is about.
The kind of a noun (a distance unit, an outcome noun, an event, lives, people)
decides how the figure before it is read; both readers ask it here so that a
noun means the same to each.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from historiograph.extract.claims.bounds import Figure
from historiograph.extract.claims.vocabulary import Vocabulary, agentive, in_words, singular
from historiograph.record import ClaimProperty

PEOPLE = "people"


@dataclass(frozen=True)
class Counted:
    """What a figure counts. ``end`` is the token end of the evidence span."""

    property: ClaimProperty
    unit: str
    end: int
    about: str | None = None
    km_per_unit: float | None = None


def outcome_of(vocab: Vocabulary, word: str) -> str | None:
    """The property an outcome noun gives ("deaths", "refugees"), in any number."""
    nouns = vocab.outcome_nouns
    return nouns.get(word.lower()) or nouns.get(singular(word))


def kind_of(vocab: Vocabulary, token: Token) -> str | None:
    """The kind of a counted noun: distance, outcome, event, lives or people."""
    word = token.text
    if word.lower() in vocab.distance_km:
        return "distance"
    if outcome_of(vocab, word) is not None:
        return "outcome"
    if in_words(word, vocab.event_nouns):
        return "event"
    if word.lower() in vocab.life_nouns:
        return "lives"
    # an ending makes a noun people too ("cyclists", "technicians", "a mineworker")
    if in_words(word, vocab.person_nouns) or (
        token.tag_ in ("NN", "NNS") and agentive(word, vocab)
    ):
        return "people"
    return None


def whole(figure: Figure) -> bool:
    """Whether the figure is a whole number (a count of people is; "95.3" is not)."""
    values = [v for v in (figure.low, figure.high) if v is not None]
    return bool(values) and all(float(v).is_integer() for v in values)
