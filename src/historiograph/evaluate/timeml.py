"""Read TimeML (``.tml``) files: the text, its document date and its TIMEX3 gold.

TempEval-3 distributes its gold as TimeML: the document is XML whose
``<TEXT>`` element holds the prose with inline ``<TIMEX3>`` tags, and the
document creation time (DCT) is a TIMEX3 with
``functionInDocument="CREATION_TIME"`` (usually inside ``<DCT>``); some
TimeBank 1.2 articles mark their header date ``PUBLICATION_TIME`` instead,
which then serves as the anchor; being part of the text (a dateline), it is
still scored. The
evaluator needs the plain text with character offsets, so this walks the
``<TEXT>`` element with the standard library's ElementTree, concatenating text
and tails and recording where each TIMEX3 starts and ends. The DCT is the
``published`` anchor for the tagger and is never scored: where it stands in
the text (TimeBank 1.2 keeps the header), its span is recorded as
``unscored`` so that a system that tags it is not counted wrong either.

TimeBank 1.2 also keeps the wire header before that date: the document
number, the filing code and the headline ("Travelers Profit Rose @ 11% in
Third Quarter"). Its annotators left the header out: in 182 of its 183
files no TIMEX3 stands before the document date, though headlines name
quarters, weekdays and dates (the one exception, SJMN91-06338157, puts its
date after the story). So where the document date stands in the text and no
gold timex precedes it, the text before it is ``unscored`` too: a system
that tags a headline's "Third Quarter" is not counted wrong for what the
gold never looked at. TempEval-3 files keep their text in ``<TEXT>`` and
have no such header.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

_DATE_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class GoldTimex:
    """One gold temporal expression: where it is and what TIMEX3 type/value it has."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    """A gold document: its name, plain text, document date and gold timexes."""

    name: str
    text: str
    published: dt.date | None
    timexes: tuple[GoldTimex, ...]
    unscored: tuple[tuple[int, int], ...] = ()  # spans of the DCT inside the text


def _parse_date(value: str | None) -> dt.date | None:
    match = _DATE_PREFIX.match(value or "")
    if match is None:
        return None
    return dt.date(int(match[1]), int(match[2]), int(match[3]))


_DOCUMENT_TIMES = ("CREATION_TIME", "PUBLICATION_TIME")


def _creation_time(root: ET.Element) -> dt.date | None:
    for function in _DOCUMENT_TIMES:
        for timex in root.iter("TIMEX3"):
            if timex.get("functionInDocument") == function:
                return _parse_date(timex.get("value"))
    return None


def _flatten(
    element: ET.Element,
    parts: list[str],
    timexes: list[GoldTimex],
    unscored: list[tuple[int, int]],
    document_times: list[int],
) -> None:
    """Append the element's text to ``parts``, recording TIMEX3 offsets as we go
    (and in ``document_times`` where the document's own dates start)."""
    start = sum(len(p) for p in parts)
    if element.text:
        parts.append(element.text)
    for child in element:
        _flatten(child, parts, timexes, unscored, document_times)
        if child.tail:
            parts.append(child.tail)
    if element.tag == "TIMEX3" and element.get("functionInDocument") in _DOCUMENT_TIMES:
        document_times.append(start)
    if element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
        unscored.append((start, sum(len(p) for p in parts)))
    elif element.tag == "TIMEX3":
        end = sum(len(p) for p in parts)
        text = "".join(parts)[start:end]
        timexes.append(
            GoldTimex(
                start=start,
                end=end,
                text=text,
                type=element.get("type", "DATE"),
                value=element.get("value", ""),
                mod=element.get("mod"),
            )
        )


def read_timeml(path: Path) -> GoldDocument:
    """Parse one TimeML file into plain text and gold timexes.

    The text is the ``<TEXT>`` element (TempEval-3); TimeBank 1.2 as released
    by the LDC has none, and there the whole ``<TimeML>`` root is the text.
    """
    root = ET.parse(path).getroot()
    if root.tag != "TimeML":
        raise ValueError(f"{path}: the root element is <{root.tag}>, not <TimeML>")
    body = root.find("TEXT")
    if body is None:
        body = root
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    unscored: list[tuple[int, int]] = []
    # The TEXT element's own tail is outside the document body.
    body_copy = ET.Element(body.tag, body.attrib)
    body_copy.text = body.text
    body_copy.extend(list(body))
    document_times: list[int] = []
    _flatten(body_copy, parts, timexes, unscored, document_times)
    name = path.name.removesuffix(".tml")
    timexes.sort(key=lambda t: (t.start, t.end))
    header_end = min(document_times, default=0)
    if header_end > 0 and all(t.start >= header_end for t in timexes):
        unscored.insert(0, (0, header_end))  # an unannotated wire header (see above)
    return GoldDocument(name, "".join(parts), _creation_time(root), tuple(timexes), tuple(unscored))
