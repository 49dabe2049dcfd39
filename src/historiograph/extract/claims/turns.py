"""Speaker turns: who speaks each line of a transcript.

Hearings, testimony, interviews and parliamentary records print each turn
after a speaker label at the start of a line ("Ms OKAFOR (Minister for
Immigration): ...", "GENERAL AMBROSE: ..."). In such a document the figures a
speaker gives are that speaker's claims, not the transcript writer's: a figure
with no source of its own, or one the speaker gives in the first person ("we
estimate ..."), takes the speaker as a named source.

A document is a transcript when at least two lines open with a label: one
line such as "Note: ..." or "Update: ..." is not a dialogue. A label is one to
six capitalised words (an optional role in parentheses after them), then a
colon; the role is left out of the speaker's name. A transcript run together
into one paragraph keeps its labels in capitals at the start of a sentence
("... on the boat? SAMIR: When we left ..."). A parliamentary answer's label,
an office with the name in parentheses ("The Secretary of State (Priya
Sandhu): ..."), makes a turn on its own. A line with only a figure
and a few words after its label is a table row, not a turn ("Depot A: 300
detainees").

Depositions and interviews label turns only "Q." and "A." and name the one
who answers in a heading ("Evidence of Chief Superintendent Dale Hurst to the
inquiry", "Interview with Maria Lindqvist, head of ..."). The answers are
that witness's: the heading's first person named, or without one the phrase
after a witness marker ("press briefing by the police commissioner"). The
questions keep the writer as their source, as the questioner is rarely named.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from historiograph.nlp.views import doc_text, ents_in
from historiograph.record import ClaimSource

_LABEL = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,5})"
    r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]",
    re.MULTILINE,
)
# A label in capitals may also open a sentence inside a line, where a transcript
# was run together into one paragraph ("... on the boat? SAMIR: When we left ...").
# Only capitals mark such a label: a capitalised word and a colon inside a line is
# as often prose ("Result: ...").
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?P<name>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3})"
    r"[ \t]*:[ \t]",
    re.MULTILINE,
)
# A line whose text after the label is a figure and a few words is a table row
# ("Depot A: 300 detainees", "Deaths: 2,946"), not something a speaker said.
_ROW = re.compile(r"[ \t]*[\d.,–-]+(?:[ \t]+[^\s.!?]+){0,4}[ \t]*[.;]?[ \t]*(?:\n|$)")
# Inside a line a row's figure need not end it ("DEATHS: 2,946. INJURED: 5,674."), so
# a label in capitals before a figure is a row's.
_FIGURE = re.compile(r"[ \t]*[\d.,–-]*\d")
# A parliamentary answer names its speaker by office and name, the name in
# parentheses ("The Secretary of State (Priya Sandhu): ..."), inside a paragraph
# as often as at a line's start; one such label is enough, as no prose puts a
# name in parentheses before a colon.
_ANSWER_LABEL = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)(?P<office>(?:The[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){0,8})"
    r"[ \t]*\((?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,4})\)[ \t]*:[ \t]",
    re.MULTILINE,
)
_QA_LABEL = re.compile(r"^[ \t]*(?P<label>[QA])[.:][ \t]", re.MULTILINE)
_MIN_TURNS = 2
_MAX_WITNESS = 6


@dataclass(frozen=True)
class Turns:
    """The speaker turns of one document, by character offset."""

    starts: tuple[int, ...] = ()
    speakers: tuple[ClaimSource | None, ...] = ()

    def speaker_at(self, offset: int) -> ClaimSource | None:
        """The speaker of the turn holding character ``offset``, or None outside turns
        and in turns whose speaker is the writer."""
        k = bisect_right(self.starts, offset) - 1
        return self.speakers[k] if k >= 0 else None


def read_turns(doc: Doc, witness_markers: frozenset[str]) -> Turns:
    """The speaker turns of ``doc``; none unless it reads as a transcript."""
    text = doc_text(doc)
    labels = [m for m in _LABEL.finditer(text) if not _ROW.match(text, m.end())]
    if len(labels) < _MIN_TURNS:
        labels = [m for m in _INLINE_LABEL.finditer(text) if not _FIGURE.match(text, m.end())]
    if len(labels) >= _MIN_TURNS:
        return Turns(
            starts=tuple(m.start("name") for m in labels),
            speakers=tuple(ClaimSource(name=m["name"], kind="named") for m in labels),
        )
    answers_given = [m for m in _ANSWER_LABEL.finditer(text) if not _FIGURE.match(text, m.end())]
    if answers_given:
        return Turns(
            starts=tuple(m.start("office") for m in answers_given),
            speakers=tuple(ClaimSource(name=m["name"], kind="named") for m in answers_given),
        )
    answers = list(_QA_LABEL.finditer(text))
    if len(answers) < _MIN_TURNS or {m["label"] for m in answers} != {"Q", "A"}:
        return Turns()
    witness = _witness(doc, answers[0].start(), witness_markers)
    if witness is None:
        return Turns()
    return Turns(
        starts=tuple(m.start() for m in answers),
        speakers=tuple(witness if m["label"] == "A" else None for m in answers),
    )


def strip_label(tokens: list[Token]) -> list[Token]:
    """A phrase without the "Q." or "A." that opens its line: the label says whose
    turn it is, and is no part of the name of the one the turn quotes
    ("Q. Organisers say 40,000 people marched")."""
    if not tokens:
        return tokens
    first = tokens[0]
    text = doc_text(first.doc)
    line_start = text.rfind("\n", 0, first.idx) + 1
    label = _QA_LABEL.match(text, line_start)
    if label is None or first.idx >= label.end():
        return tokens
    return [t for t in tokens if t.idx >= label.end()]


def _witness(doc: Doc, end: int, markers: frozenset[str]) -> ClaimSource | None:
    """The one who answers, named in the heading before character ``end``."""
    heading = doc.char_span(0, end, alignment_mode="contract")
    if heading is None:
        return None
    people = [e for e in ents_in(heading) if e.label_ == "PERSON"]
    if people:
        return ClaimSource(name=people[0].text, kind="named")
    for token in heading:
        if token.lower_ not in markers:
            continue
        words: list[Token] = []
        for word in heading[token.i + 1 - heading.start :]:
            ends = word.is_punct or word.like_num or word.pos_ == "ADP" or word.lower_ in markers
            if ends or len(words) == _MAX_WITNESS:
                break
            words.append(word)
        if words:
            name = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
            return ClaimSource(name=name, kind="named")
    return None
