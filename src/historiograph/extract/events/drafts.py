"""A trigger found in a sentence before it becomes an event, and the kinds of act
that may tell one another.

Detection (extractor.py), the reading rules (readings.py) and the merging of
one act's several trigger words (tellings.py) pass drafts between them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from historiograph.extract.events.anchoring import PlaceRule
from historiograph.extract.events.arguments import Arguments
from historiograph.extract.events.detection import TriggerMatch
from historiograph.extract.events.referents import argument_words
from historiograph.record import Entity

# Subtypes where a coordinated list of victims means one act each ("the assassination
# of A, B and C").
SPLIT_BY_VICTIM = frozenset({"assassination", "execution", "disappearance", "hostage_taking"})


@dataclass
class Draft:
    """A trigger with its sentence and arguments, kept until its tellings are merged."""

    match: TriggerMatch
    sent: Span
    sentence_index: int
    args: Arguments
    actors: list[tuple[str, str]]
    dated: bool = False  # its sentence states a date
    own_date: bool = False  # ... in the trigger's own clause
    where_entity: Entity | None = None
    pointer: bool = False  # a generic "the siege": only ever more evidence for an earlier event


def act_family(event_type: str) -> str:
    """Attacks and battles describe the same kind of act from different sides."""
    return "violence" if event_type in ("attack", "battle") else event_type


def place_rule(subtype: str | None) -> PlaceRule:
    """How an event of this subtype is placed (``data/arguments.yaml``).

    A statement is made wherever its speaker stood, which a text seldom tells; a treaty,
    a trial or a resolution is made where a body sat, which the text or its dateline
    tells, not in the places its words are about.
    """
    words = argument_words()
    if subtype in words.unplaced_subtypes:
        return "unplaced"
    if subtype in words.stated_place_subtypes:
        return "stated"
    return "narrated"
