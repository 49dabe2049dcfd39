"""Tables in the text: Markdown-style rows ("| a | b |") read out as sentences.

An HTML page's tables reach cleaning as Markdown rows (trafilatura writes them
so), and a Markdown file may hold its own. Left as they are, each row looks
like a menu ("short | items | between | bars") and is dropped as page
furniture, though a table of figures is often the heart of a report: who
counted how many dead, on which day. A row is therefore read out with its
column headings, "Red Cross: Date of statement: 15 September 2022; Dead: 87.",
one line per row, so that the figures stay in the text with what they count.
"""

from __future__ import annotations

import re

from historiograph.ingest.lines import join_lines

_ROW = re.compile(r"^\|(?P<cells>.*)\|$")
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a"})
MIN_COLUMNS = 2


def _cells(line: str) -> list[str] | None:
    match = _ROW.match(line.strip())
    if match is None:
        return None
    cells = [cell.strip() for cell in match["cells"].split("|")]
    return cells if len(cells) >= MIN_COLUMNS else None


def _is_rule(cells: list[str]) -> bool:
    return all(_RULE_CELL.match(cell) for cell in cells)


def _read_out(cells: list[str], headings: list[str] | None) -> str:
    """One row as a line: the first cell labels the rest, each value after its heading."""
    label, *values = cells
    names = headings[1:] if headings and len(headings) == len(cells) else [""] * len(values)
    parts = [
        f"{name}: {value}" if name else value
        for name, value in zip(names, values, strict=True)
        if value.casefold() not in _EMPTY_CELLS
    ]
    if not parts:
        return label
    return f"{label}: {'; '.join(parts)}." if label else f"{'; '.join(parts)}."


def read_out_tables(text: str) -> str:
    """The text with each Markdown table's rows read out (see the module's docstring).

    A table is a heading row, a rule row ("|---|---|") and its body rows, blank
    lines between them allowed (a page's lines are paragraphs); the heading
    and rule rows go, their names live on in every body row. Rows without a
    rule row above them are read out only in a run of two or more with the
    same number of cells, so a lone "| Home | News |" line stays a menu for
    the furniture rules to drop.
    """
    lines = text.split("\n")
    rows = [_cells(line) for line in lines]
    out = list(lines)
    headings: list[str] | None = None
    previous: int | None = None  # index of the last non-blank line
    for i, cells in enumerate(rows):
        if not lines[i].strip():
            continue
        if cells is not None and _is_rule(cells):
            header = rows[previous] if previous is not None else None
            if previous is not None and header is not None and len(header) == len(cells):
                headings = header
                out[previous] = ""
            out[i] = ""
        elif cells is None:
            headings = None
        elif headings is not None and len(cells) == len(headings):
            out[i] = _read_out(cells, headings)
        elif _in_run(rows, lines, i):
            out[i] = _read_out(cells, None)
        previous = i
    return join_lines(out)


def _in_run(rows: list[list[str] | None], lines: list[str], i: int) -> bool:
    """Whether row ``i`` has a neighbouring row (blank lines skipped) of as many cells."""
    width = len(rows[i] or [])
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and (other := rows[j]) is not None and len(other) == width:
            return True
    return False
