"""A page being cleaned: its lines, what has been marked for removal, and where the article is.

Every cleaning rule reads and marks the same :class:`Page`, so that the rules
can run in any order, a later rule can see what an earlier one took out, and
the cleaned text, its reference spans and the ``removed`` list all come from
one place at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from historiograph.ingest.lines import is_prose
from historiograph.record import Removed


@dataclass
class Page:
    """Normalised lines ("" for a blank line) and the kind of furniture each removed line was."""

    lines: list[str]
    removed: dict[int, str] = field(default_factory=dict)
    head_end: int = 0
    tail_start: int = 0

    @classmethod
    def from_text(cls, text: str) -> Page:
        """Split normalised text into lines and find the article's first and last prose line.

        Furniture sits before the first paragraph of prose (the head) or after
        the last (the tail); rules that could mistake a line of the article
        for furniture (bylines, trailing link lists) only look there.
        """
        lines = text.split("\n")
        prose = [i for i, line in enumerate(lines) if is_prose(line)]
        head_end = prose[0] if prose else len(lines)
        tail_start = prose[-1] + 1 if prose else 0
        return cls(lines=lines, head_end=head_end, tail_start=tail_start)

    def live(self, start: int = 0) -> Iterator[int]:
        """Indices of the non-blank lines not yet removed, from ``start`` on."""
        for i in range(start, len(self.lines)):
            if self.lines[i] and i not in self.removed:
                yield i

    def first_live(self) -> int | None:
        return next(self.live(), None)

    def at_edge(self, index: int) -> bool:
        """Whether a line lies in the head or the tail, outside the article's prose."""
        return index < self.head_end or index >= self.tail_start

    def remove(self, index: int, kind: str) -> None:
        self.removed[index] = kind

    def removed_between(self, first: int, last: int) -> bool:
        """Whether furniture was taken out between two lines (a boundary between sections)."""
        return any(first < i < last for i in self.removed)

    def removed_items(self) -> list[Removed]:
        """What was removed, in page order, as the record's ``removed`` entries."""
        return [Removed(kind=self.removed[i], text=self.lines[i]) for i in sorted(self.removed)]

    def render(self) -> tuple[str, dict[int, int]]:
        """The cleaned text and the offset at which each kept line starts in it.

        Removing a line can leave two blank lines side by side; they collapse
        into one paragraph break, exactly as :func:`lines.join_lines` does.
        """
        parts: list[str] = []
        offsets: dict[int, int] = {}
        length = 0
        pending_break = False
        for i, line in enumerate(self.lines):
            if i in self.removed:
                continue
            if not line:
                pending_break = bool(parts)
                continue
            if parts:
                separator = "\n\n" if pending_break else "\n"
                parts.append(separator)
                length += len(separator)
            offsets[i] = length
            parts.append(line)
            length += len(line)
            pending_break = False
        return "".join(parts), offsets
