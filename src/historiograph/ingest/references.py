"""Bibliography sections: find the entries under "References", "Sources", "Appendix", "Notes"…

The entries stay in the text (they are part of what the author wrote) and are
listed with their spans in ``document.references``. A section ends at the
next heading, at furniture, or at a line that reads as narrative prose rather
than a citation: pages often go on with the article after their notes.
Headings and citation cues come from ``data/references.yaml``.
"""

from __future__ import annotations

import re

from historiograph.ingest import lexicon
from historiograph.ingest.lines import BULLET, bare, is_heading_like, key, lowercase_ratio, words
from historiograph.ingest.page import Page
from historiograph.record import Reference

LONG_PROSE_WORDS = 25
LONG_PROSE_LOWERCASE = 0.5
"""A line of 25+ words, half of them lower-case, is narrative even with a year in it."""
SHORT_PROSE_WORDS = 12
SHORT_PROSE_LOWERCASE = 0.65
"""A shorter line without any citation cue is narrative when most words are lower-case:
citations are made of names and titles, which are capitalised."""
SECTION_HEADING_MAX_WORDS = 10

_LEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.)\s+", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def is_reference_heading(line: str) -> bool:
    """A line that is only "References", "Appendix:", "## Sources", "7. Notes" and the like."""
    rules = lexicon.references()
    text = _LEADING_NUMBER.sub("", bare(line))
    return key(text) in rules.headings or any(p.match(key(text)) for p in rules.heading_patterns)


def is_citation(line: str) -> bool:
    """Whether a line carries a citation cue: a page number, a year in brackets, a publisher…"""
    return any(p.search(line) for p in lexicon.references().citation_patterns)


def reads_as_prose(line: str) -> bool:
    """Narrative rather than a citation: long, or mostly lower-case words with no citation cue."""
    count, lower = len(words(line)), lowercase_ratio(line)
    if count >= LONG_PROSE_WORDS and lower >= LONG_PROSE_LOWERCASE:
        return True
    return count >= SHORT_PROSE_WORDS and lower >= SHORT_PROSE_LOWERCASE and not is_citation(line)


def _ends_section(line: str) -> bool:
    """A subheading (short, no digits or commas, no citation cue) or a paragraph of prose."""
    if lexicon.references().numbering.match(bare(line)):
        return False
    heading = (
        is_heading_like(line, max_words=SECTION_HEADING_MAX_WORDS)
        and "," not in line
        and not _DIGIT.search(line)
        and not is_citation(line)
    )
    return heading or reads_as_prose(line)


def _is_intro(line: str) -> bool:
    """ "For further study on …:": a line that introduces the entries is not one of them."""
    return line.rstrip().endswith(":") and not is_citation(line)


def find_references(page: Page) -> list[tuple[int, int]]:
    """The entries of every reference section, as (line index, offset of the entry in the line).

    The offset skips a list bullet, which is layout rather than part of the entry.
    """
    entries: list[tuple[int, int]] = []
    in_section = False
    previous = -1
    for i in page.live():
        line = page.lines[i]
        if in_section and page.removed_between(previous, i):
            in_section = False
        previous = i
        if is_reference_heading(line):
            in_section = True
        elif in_section and _ends_section(line):
            in_section = False
        elif in_section and not _is_intro(line):
            bullet = BULLET.match(line)
            entries.append((i, bullet.end() if bullet else 0))
    return entries


def reference_spans(
    page: Page, entries: list[tuple[int, int]], text: str, offsets: dict[int, int]
) -> list[Reference]:
    """Turn entries into ``Reference`` spans into the rendered text."""
    references: list[Reference] = []
    for index, skip in entries:
        start = offsets[index] + skip
        end = offsets[index] + len(page.lines[index])
        references.append(Reference(span=(start, end), text=text[start:end]))
    return references
