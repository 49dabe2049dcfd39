"""Lists under a heading that names their source.

Reports, press releases and fact boxes set figures out as rows under a line
that ends with a colon and names who gives them ("Casualties as of 18:00,
according to the health ministry:", then "Dead: 14", "Injured: 52"). No source
cue reaches across a line break (a headline is not its dateline's), so each
row would read as the writer's own; the heading's source speaks for the rows
under it instead. The rows run to a blank line, to the next heading, or to a
line too long for a row, which is running prose again.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

_MAX_ROW_WORDS = 15  # a longer line is a paragraph of prose, not a row


@dataclass(frozen=True)
class ListBlock:
    """A heading line that ends with a colon and the rows under it, in characters."""

    heading: tuple[int, int]
    end: int


def list_blocks(text: str) -> list[ListBlock]:
    """The headed lists of ``text`` in text order (see module doc)."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    blocks: list[ListBlock] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        j = i + 1
        if text[start:end].strip().endswith(":"):
            while j < len(lines) and _row(text[lines[j][0] : lines[j][1]]):
                j += 1
            if j > i + 1:
                blocks.append(ListBlock((start, end), lines[j - 1][1]))
        i = j
    return blocks


def block_at(blocks: list[ListBlock], offset: int) -> ListBlock | None:
    """The list whose rows hold the character at ``offset``, if any."""
    k = bisect_right([b.heading[0] for b in blocks], offset) - 1
    if k < 0:
        return None
    block = blocks[k]
    return block if block.heading[1] < offset < block.end else None


def _row(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _MAX_ROW_WORDS and not line.strip().endswith(":")
