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
colon; the role is left out of the speaker's name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from historiograph.record import ClaimSource

_LABEL = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,5})"
    r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*:[ \t]",
    re.MULTILINE,
)
_MIN_TURNS = 2


@dataclass(frozen=True)
class Turns:
    """The speaker turns of one document, by character offset."""

    starts: tuple[int, ...] = ()
    speakers: tuple[ClaimSource, ...] = ()

    def speaker_at(self, offset: int) -> ClaimSource | None:
        """The speaker of the turn holding character ``offset``, or None outside turns."""
        k = bisect_right(self.starts, offset) - 1
        return self.speakers[k] if k >= 0 else None


def read_turns(text: str) -> Turns:
    """The speaker turns of ``text``; none unless it reads as a transcript."""
    labels = list(_LABEL.finditer(text))
    if len(labels) < _MIN_TURNS:
        return Turns()
    return Turns(
        starts=tuple(m.start() for m in labels),
        speakers=tuple(ClaimSource(name=m["name"], kind="named") for m in labels),
    )
