"""MUC-3/MUC-4 terrorism messages and their answer-key templates, read as coded events.

The MUC corpora come as message files (``DEV-MUC3-0001 (NOSC)`` then the text,
100 messages a file) and key files of templates, one per incident, with
numbered slots (``2.  INCIDENT: DATE  30 DEC 89``); a message no incident
is told in has one all-``*`` template. A slot's filler may run over several
lines (one line per filler), a filler may offer alternatives separated by
``/``, a quoted string is the text's own words and ``TYPE: "STRING"`` ties a
set-fill to a string. Only what the record can hold is read: the incident's
type, date, location, perpetrators (individual and organisation), physical
targets, human targets and how many of them died.

Each relevant template becomes a :class:`~historiograph.export.coded.CodedEvent`
(``historiograph import --format muc4``) whose narrative is the message text
as it was written (upper case); :func:`truecase` is the step that lets an
English model read it (``eval coded --dataset muc4`` uses it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, cast, get_args

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

from historiograph.errors import MalformedInputError, NotFoundError
from historiograph.export.coded import CodedActor, CodedEvent, CodedFigure, CodedPlace
from historiograph.export.dates import precision_of
from historiograph.record import EventType

DATASET = "muc4"
MESSAGE_ID = re.compile(r"^(?P<id>[A-Z0-9]+-MUC\d-\d{4})\b.*$", re.MULTILINE)
SLOT = re.compile(
    r"^\s*(?P<number>\d+)\.\s+(?P<name>[A-Z ]+?:[A-Z ]+?)(?:\s{2,}|\t|$)(?P<fill>.*)$"
)
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
DAY = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>[A-Z]{3})(?:\s+(?P<year>\d{2}))?")
DATELINE = re.compile(r"^\s*[^,\n]+,\s*(?P<date>\d{1,2}\s+[A-Z]{3}\s+\d{2})")
EMPTY = frozenset({"*", "-", ""})


@cache
def settings() -> dict[str, Any]:
    """The MUC-4 vocabulary (``export/data/muc4.yaml``)."""
    text = files("historiograph.export").joinpath("data", "muc4.yaml").read_text("utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


@dataclass
class Muc4Template:
    """One incident of a message's answer key, its fillers as the key writes them."""

    message_id: str
    number: str
    optional: bool
    incident_type: str
    earliest: dt.date | None
    latest: dt.date | None
    date_text: str
    country: str | None
    places: list[str]
    """The location from the country down (``EL SALVADOR``, ``SAN MIGUEL``, ...)."""
    perpetrators: list[list[str]]
    """Each perpetrator filler (individual then organisation) with its alternative strings."""
    targets: list[list[str]]
    victims: list[list[str]]
    fatalities: int | None


@dataclass
class Muc4Message:
    """A message's text and the relevant incident templates of its answer key."""

    id: str
    text: str
    published: dt.date | None = None
    """The dateline's date ("SAN SALVADOR, 3 JAN 90 --"): what "yesterday" counts from."""
    templates: list[Muc4Template] = field(default_factory=list)


def _slots(block: str) -> dict[int, list[str]]:
    """Slot number -> its filler lines (continuation lines belong to the slot above)."""
    slots: dict[int, list[str]] = {}
    current: int | None = None
    for line in block.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        match = SLOT.match(line)
        if match is not None:
            current = int(match["number"])
            slots[current] = [match["fill"].strip()]
        elif current is not None:
            slots[current].append(line.strip())
    return slots


def _strings(lines: list[str]) -> list[list[str]]:
    """The quoted strings of each filler line, alternatives together; ``?`` marks are dropped."""
    fillers = []
    for line in lines:
        if ":" in line and not line.lstrip("? ").startswith('"'):
            line = line.split(":", 1)[1]  # TYPE: "STRING" -> the string
        strings = [s.replace('\\"', '"').strip() for s in QUOTED.findall(line)]
        strings = [s for s in strings if s not in EMPTY]
        if strings:
            fillers.append(strings)
    return fillers


def _year(two_digits: str | None, default: int | None) -> int | None:
    if two_digits is None:
        return default
    return 1900 + int(two_digits)


def _day(match: re.Match[str], default_year: int | None) -> dt.date | None:
    months: list[str] = settings()["months"]
    year = _year(match["year"], default_year)
    if match["month"] not in months or year is None:
        return None
    try:
        return dt.date(year, months.index(match["month"]) + 1, int(match["day"]))
    except ValueError:
        return None


def parse_date(fill: str, default_year: int | None) -> tuple[dt.date | None, dt.date | None]:
    """(earliest, latest) of a date filler: ``30 DEC 89``, ``- 08 JAN 90`` (on or before),
    ``01 NOV 88 - 30 NOV 88``; of alternatives ``(A) / (B)``, the widest interval."""
    earliest: dt.date | None = None
    latest: dt.date | None = None
    open_start = False
    for alternative in fill.split("/"):
        alternative = alternative.strip().strip("()").strip()
        days = [d for m in DAY.finditer(alternative) if (d := _day(m, default_year))]
        if not days:
            continue
        if alternative.startswith("-"):
            open_start = True
        first, last = min(days), max(days)
        earliest = first if earliest is None else min(earliest, first)
        latest = last if latest is None else max(latest, last)
    return (None if open_start else earliest), latest


def _location(fill: str) -> tuple[str | None, list[str]]:
    """``EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS (TOWN)`` -> country and names."""
    first = fill.split(" / ")[0].strip().lstrip("?").strip()
    if first in EMPTY:
        return None, []
    parts = [re.sub(r"\s*\([^)]*\)\s*$", "", p).strip() for p in first.split(":")]
    parts = [p for p in parts if p]
    return (parts[0] if parts else None), parts


def _fatalities(slots: dict[int, list[str]]) -> int | None:
    """The dead among the human targets: each DEATH effect's target's number, where numeric.

    A filler line names one target, its alternatives apart by "/" ("UNION MEMBERS" /
    "LABOR UNION MEMBERS"): the target is counted once, by the first of its names
    the NUMBER slot gives.
    """
    targets = [
        tuple(QUOTED.findall(line))
        for line in slots.get(23, [])
        if line.split(":", 1)[0].strip().lstrip("? ") in settings()["death_effects"]
    ]
    targets = [t for t in dict.fromkeys(targets) if t]
    if not targets:
        return None
    numbers: dict[str, int] = {}
    for line in slots.get(21, []):
        count, _, quoted = line.partition(":")
        count = count.strip().lstrip("? ")
        for name in QUOTED.findall(quoted):
            if count.isdigit():
                numbers[name] = int(count)
            elif "-" in count and all(p.strip().isdigit() for p in count.split("-")):
                numbers[name] = int(count.split("-")[0])
    counts = [next((numbers[n] for n in names if n in numbers), None) for names in targets]
    if any(count is None for count in counts):
        return None
    return sum(count for count in counts if count is not None)


def _template(block: str, default_year: int | None) -> Muc4Template | None:
    slots = _slots(block)

    def one(number: int) -> str:
        return " ".join(slots.get(number, [""])).strip()

    incident = one(4).split("/")[0].strip().lstrip("?").strip()
    if incident in EMPTY:
        return None
    if incident not in settings()["incident_types"]:
        raise MalformedInputError(f"{one(0)}: unknown incident type {incident!r}")
    template_number = one(1)
    earliest, latest = parse_date(one(2), default_year)
    country, places = _location(one(3))
    message_id = one(0).split()[0] if one(0) else ""
    return Muc4Template(
        message_id=message_id,
        number=template_number.split()[0] if template_number else "",
        optional="OPTIONAL" in template_number,
        incident_type=incident,
        earliest=earliest,
        latest=latest,
        date_text=one(2),
        country=country,
        places=places,
        perpetrators=_strings(slots.get(9, [])) + _strings(slots.get(10, [])),
        targets=_strings(slots.get(12, [])),
        victims=_strings(slots.get(18, [])) + _strings(slots.get(19, [])),
        fatalities=_fatalities(slots),
    )


def _split_messages(text: str) -> Iterator[tuple[str, str]]:
    starts = list(MESSAGE_ID.finditer(text))
    ends = [m.start() for m in starts[1:]] + [len(text)] if starts else []
    for match, end in zip(starts, ends, strict=True):
        yield match["id"], text[match.end() : end].strip("\n")


def _split_templates(text: str) -> Iterator[str]:
    blocks = re.split(r"(?m)^(?=\s*0\.\s+MESSAGE: ID)", text)
    yield from (b for b in blocks if "MESSAGE: ID" in b)


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file())
    raise NotFoundError(f"no such file or folder: {path}")


def read_messages(path: Path) -> Iterator[Muc4Message]:
    """The messages under ``path`` (a file or a folder, searched recursively) with their keys.

    Message files and key files are told apart by their content (a key has
    ``MESSAGE: ID`` slots), so the corpus's own names need not be kept.
    """
    texts: dict[str, str] = {}
    keys: dict[str, list[str]] = {}
    for file in _files(path):
        content = file.read_text(encoding="latin-1")
        if "MESSAGE: ID" in content:
            for block in _split_templates(content):
                slot = _slots(block).get(0, [""])[0]
                keys.setdefault(slot.split()[0] if slot else "", []).append(block)
        else:
            texts.update(_split_messages(content))
    for message_id, text in texts.items():
        dateline = DATELINE.match(text)
        day = DAY.match(dateline["date"]) if dateline is not None else None
        published = _day(day, None) if day is not None else None
        default_year = published.year if published is not None else None
        templates = [
            t for block in keys.get(message_id, []) if (t := _template(block, default_year))
        ]
        yield Muc4Message(id=message_id, text=text, published=published, templates=templates)


def coded_events(messages: Iterable[Muc4Message]) -> Iterator[CodedEvent]:
    """One coded event per relevant template, the message's text its narrative."""
    types: dict[str, list[str | None]] = settings()["incident_types"]
    for message in messages:
        for template in message.templates:
            kind, subtype = types[template.incident_type]
            place = template.places[-1] if template.places else None
            actors = [CodedActor(f[0], "agent", "group") for f in template.perpetrators]
            actors += [CodedActor(f[0], "target", "other") for f in template.targets]
            actors += [CodedActor(f[0], "victim", "group") for f in template.victims]
            figures = (
                [CodedFigure("fatalities", template.fatalities)]
                if template.fatalities is not None
                else []
            )
            earliest, latest = template.earliest, template.latest
            yield CodedEvent(
                dataset=DATASET,
                label="MUC-4",
                row_id=f"{message.id}#{template.number}",
                narrative=message.text,
                type=_event_type(kind),
                type_label=template.incident_type,
                subtype=subtype,
                earliest=earliest,
                latest=latest if earliest is not None else None,
                precision=precision_of(earliest, latest) if earliest and latest else "unknown",
                date_text=template.date_text if earliest is not None else None,
                place=CodedPlace(
                    name=place.title(),
                    kb={f"{DATASET}:country": template.country.title()} if template.country else {},
                )
                if place
                else None,
                actors=actors,
                figures=figures,
                published=message.published,
            )


def _event_type(kind: str | None) -> EventType:
    if kind not in get_args(EventType):
        raise MalformedInputError(f"muc4.yaml maps an incident to {kind!r}, not an event type")
    return cast(EventType, kind)


# -- truecasing ----------------------------------------------------------------------------


class Truecaser:
    """Mixed case for all-caps text, so that an English model finds its names.

    spaCy's English models learned names from capitals: on MUC's upper-case text
    nearly every word is a proper noun to them, and lower-cased text has none.
    This puts back the capitals that general rules and bundled data can tell:
    sentence and paragraph starts; acronyms in brackets or parentheses
    (``[FMLN]``) and the words they abbreviate ("Farabundo Marti National
    Liberation Front [FMLN]", wherever those words recur); names the knowledge
    base knows (countries, their adjectives, organisations); and places of the
    gazetteer, a multi-word name anywhere ("san miguel") and a single word only
    after a locative word ("in usulutan"), since a one-word place name is often
    an English word too. No name starts or ends with an English stop word
    (GeoNames has places called "The Same"; the KB knows "WHO" and "US").
    """

    def __init__(self, names: Callable[[str], bool], places: Callable[[str], bool]) -> None:
        self._names = names
        self._places = places
        truecasing = settings()["truecasing"]
        self._locatives = frozenset(truecasing["locatives"])
        self._longest = int(truecasing["longest_name"])
        self._shortest_place = int(truecasing["shortest_single_place"])
        self._particles = frozenset(truecasing["particles"])
        self._calendar = frozenset(truecasing["calendar"])

    def __call__(self, text: str) -> str:
        return self._truecase(editorial_marks(text))

    def _truecase(self, text: str) -> str:
        if any(c.islower() for c in text):
            return text  # already mixed case: nothing to restore
        lowered = text.lower()
        chars = list(lowered)
        words = [(m.start(), m.end()) for m in WORD.finditer(lowered)]
        expansions = {p for m in ACRONYM.finditer(text) if (p := _expansion(lowered, words, m))}
        index = 0
        while index < len(words):
            size = self._known_at(lowered, words, index, expansions)
            for start, end in words[index : index + size]:
                if lowered[start:end] not in self._particles:
                    chars[start] = chars[start].upper()
            index += max(size, 1)
        for match in ACRONYM.finditer(text):
            chars[match.start(1) : match.end(1)] = list(match[1])
        for match in SENTENCE_START.finditer(lowered):
            chars[match.start(1)] = chars[match.start(1)].upper()
        return "".join(chars)

    def _known_at(
        self, lowered: str, words: list[tuple[int, int]], index: int, expansions: set[str]
    ) -> int:
        """How many words from ``index`` on make a known name (0: none)."""
        for size in range(min(self._longest + 4, len(words) - index), 0, -1):
            start, end = words[index][0], words[index + size - 1][1]
            phrase = " ".join(lowered[a:b] for a, b in words[index : index + size])
            if phrase in expansions or (size == 1 and phrase in self._calendar):
                return size
            if size > self._longest or "\n\n" in lowered[start:end]:
                continue
            first, last = lowered[slice(*words[index])], lowered[slice(*words[index + size - 1])]
            if first in STOP_WORDS or last in STOP_WORDS:
                continue
            if self._names(phrase) or (size > 1 and self._places(phrase)):
                return size
            if size == 1 and len(phrase) >= self._shortest_place and index > 0:
                before = lowered[slice(*words[index - 1])]
                if before in self._locatives and self._places(phrase):
                    return 1
        return 0


def _expansion(lowered: str, words: list[tuple[int, int]], acronym: re.Match[str]) -> str | None:
    """The words an acronym in brackets abbreviates, if the words just before it do.

    Their initials (stop words aside) must be the acronym's letters, in any order
    (Spanish acronyms of translated names: "Farabundo Marti National Liberation
    Front [FMLN]"), the first word's initial the acronym's first letter.
    """
    letters = acronym[1].lower()
    before = [w for w in words if w[1] <= acronym.start()][-(len(letters) * 2) :]
    for size in range(len(before), 0, -1):
        run = [lowered[a:b] for a, b in before[-size:]]
        if lowered[before[-size][0] : acronym.start()].count("\n\n") or not run:
            continue
        content = [w for w in run if w not in STOP_WORDS]
        if (
            run[0] not in STOP_WORDS
            and run[0][0] == letters[0]
            and len(content) in (len(letters), len(letters) + 1)
            and {w[0] for w in content} == set(letters)
        ):
            return " ".join(run)
    return None


def editorial_marks(text: str) -> str:
    """A message's editorial brackets as a reader of English expects them.

    FBIS put its section labels and sources in square brackets after the
    dateline ("SAN SALVADOR, 3 JAN 90 -- [REPORT] [ARMED FORCES PRESS
    COMMITTEE] [TEXT] THE ..."), and its insertions in the text too ("THE
    FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] IN SAN MIGUEL"). A parser
    takes a square bracket for the start of a new sentence and cuts the
    sentence there; the labels are blanked and the insertions put in
    parentheses. Every offset stays where it was.
    """
    header = HEADER.search(text)
    if header is not None:
        labels = header.group("labels")
        blank = re.sub(r"\[[^\]]*\]", lambda m: re.sub(r"\S", " ", m[0]), labels)
        text = text[: header.start("labels")] + blank + text[header.end("labels") :]
    return text.translate(BRACKETS)


# The labels between a dateline's "--" and the "[TEXT]" that starts the story.
HEADER = re.compile(r"\A[^\n]{0,80}?--(?P<labels>(?:\s*\[[^\]]*\])*?\s*\[TEXT\])", re.I)
BRACKETS = str.maketrans("[]", "()")
WORD = re.compile(r"[a-z][a-z'\-]*")
ACRONYM = re.compile(r"[\[(]([A-Z]{2,8})[\])]")
SENTENCE_START = re.compile(r"(?:\A\s*|[.!?]\s+|--\s+|\n[ \t]{2,})[\"\[]?([a-z])")
