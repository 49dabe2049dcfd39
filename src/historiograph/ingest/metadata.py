"""Metadata stated in the text of a page: title, byline, publication date and series part.

Captured pages lose their HTML metadata, but the page still says who wrote it
("By Jane Doe"), when ("Published: March 3, 2015"), what it is called (the
breadcrumb's last item, the first heading) and which part of a series it is
("… – Part I", with a link to "… – Part II" at the end). These functions read
that from the page and mark the lines they read it from for removal, so that
the metadata is stated once, in the record's fields, not again in the text.
Patterns and words come from ``data/metadata.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re

from historiograph.ingest import lexicon
from historiograph.ingest.lines import bare, fold, is_heading_like, key, words
from historiograph.ingest.page import Page
from historiograph.nlp.datelines import WIRE_DATELINE
from historiograph.record import Series

BYLINE_MAX_WORDS = 25
SERIES_LINK_MAX_WORDS = 25
DATE_MAX_WORDS = 10
"""The longest date the formats allow is "Wednesday, September 30, 2015, 10:45 am"."""
_YEAR = re.compile(r"\d{4}")  # every format in metadata.yaml has a four-digit year
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", re.IGNORECASE)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_TITLE_SUFFIX = re.compile(r"^\s*[|–—:·•-]\s*\S")
_ELLIPSIS = ("…", "...")
_QUOTES = "\"'“”‘’()[]"


def parse_date(text: str) -> dt.date | None:
    """A calendar date written in one of the formats in ``metadata.yaml``, or None.

    A time of day or trailing text after " at " or " | " is cut off first;
    ordinals ("3rd") are reduced to numbers. Month names are English.
    """
    rules = lexicon.metadata().dates
    if not _YEAR.search(text) or len(words(text)) > DATE_MAX_WORDS:
        return None
    cleaned = rules.ordinal.sub("", rules.cut.sub("", text.strip())).strip(" ,.")
    cleaned = " ".join(cleaned.split())
    for fmt in rules.formats:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def _is_name(candidate: str, *, min_tokens: int = 1) -> bool:
    """Capitalised words, with lower-case particles ("van", "al") allowed between them."""
    rules = lexicon.metadata().byline
    tokens = [t.strip(_QUOTES) for t in candidate.split()]
    if not min_tokens <= len(tokens) <= rules.name_max_tokens or not all(tokens):
        return False
    capitalised = 0
    for token in tokens:
        if any(ch.isdigit() for ch in token):
            return False
        if key(token) in rules.name_particles:
            continue
        if not token[0].isupper():
            return False
        capitalised += 1
    return capitalised > 0


def _is_role(text: str, *, organisation_ok: bool) -> bool:
    """What follows a name in a byline: a trade ("Staff writer") or, after "By", an outlet."""
    rules = lexicon.metadata().byline
    if len(words(text)) > rules.role_max_words:
        return False
    if any(word.strip(".,;:&()") in rules.role_words for word in fold(text).split()):
        return True
    return organisation_ok and _is_name(text)


def parse_byline(line: str) -> tuple[str, dt.date | None] | None:
    """The author (and a date, when the byline gives one) of a byline line, or None.

    "By Jane Doe", "Site.com,By Jane Doe ,Reporter", "Posted on March 3, 2015
    by Jane Doe"; without "By", only "Name, Role" where the role names a
    trade ("Photojournalist"), so that a caption is not read as a byline.
    """
    rules = lexicon.metadata().byline
    text = bare(line)
    if not text or text[0].islower() or len(words(text)) > BYLINE_MAX_WORDS:
        return None  # a line starting in lower case continues a sentence
    for pattern, without_by in [(p, False) for p in rules.by_patterns] + [
        (p, True) for p in rules.role_patterns
    ]:
        match = pattern.match(text)
        if match is None or not _is_name(match["name"], min_tokens=2 if without_by else 1):
            continue
        groups = match.groupdict()
        rest = groups.get("rest")
        date = parse_date(groups["date"]) if groups.get("date") else None
        if groups.get("date") and date is None:
            continue
        if rest and date is None:
            date = parse_date(rest)
        if rest and date is None and not _is_role(rest, organisation_ok=not without_by):
            continue
        if without_by and (date is not None or not rest):
            continue
        return match["name"].strip(" ,;"), date
    return None


def mark_bylines(page: Page) -> tuple[str | None, dt.date | None]:
    """Remove byline lines at the head or tail of the page; return the first author and date."""
    author: str | None = None
    published: dt.date | None = None
    for i in list(page.live()):
        if not page.at_edge(i):
            continue
        parsed = parse_byline(page.lines[i])
        if parsed is None:
            continue
        page.remove(i, "byline")
        author = author or parsed[0]
        published = published or parsed[1]
    return author, published


def mark_datelines(page: Page) -> dt.date | None:
    """Remove "Published: …" / "Updated: …" lines (and a bare date heading the page).

    Returns the publication date; an "Updated" date is dropped, not used.
    """
    rules = lexicon.metadata().dates
    published: dt.date | None = None
    for i in list(page.live()):
        if not page.at_edge(i):
            continue
        text = bare(page.lines[i])
        stated = [(m, True) for p in rules.published_patterns if (m := p.match(text))]
        stated += [(m, False) for p in rules.other_patterns if (m := p.match(text))]
        for match, is_published in stated:
            date = parse_date(match["date"])
            if date is not None:
                page.remove(i, "dateline")
                if is_published:
                    published = published or date
                break
        else:
            if i < page.head_end and (date := parse_date(text)) is not None:
                page.remove(i, "dateline")
                published = published or date
    return published


def wire_date(text: str, paragraphs: int = 3) -> dt.date | None:
    """The date of a wire dateline opening one of the first paragraphs ("OUAGADOUGOU,
    March 3, 2021 (Reuters) - ..."): the day the story was filed, which is its
    publication date where the page states none. Without a year it is no date."""
    for paragraph in [p for p in text.split("\n\n") if p.strip()][:paragraphs]:
        match = WIRE_DATELINE.match(paragraph.lstrip("\n"))
        if match is not None and match["date"]:
            return parse_date(match["date"])
    return None


def title_date(title: str | None) -> tuple[dt.date, str] | None:
    """The one complete calendar date a title states ("Ministry of Interior statement,
    14 March 2019"), with the text it was read from; None when there is none, more
    than one, or only one end of a range.

    An official statement, a press release or a diary entry often carries its
    date only in its heading. Without it, "on the night of 12 March" in the body
    has no year; with it, the body's partial and relative dates have the day the
    text speaks from. A year alone, a month ("March 2019"), a century or a range
    says no such day, and two dates leave it open which one is meant.
    """
    if not title:
        return None
    rules = lexicon.metadata().dates
    found: dict[dt.date, str] = {}
    for match in rules.in_title.finditer(title):
        date = parse_date(match["date"])
        if date is None:
            continue
        if rules.range_before.search(title[: match.start()]) or rules.range_after.match(
            title[match.end() :]
        ):
            return None
        found.setdefault(date, match["date"])
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def choose_title(page: Page, stated: str | None, trail: list[str] | None) -> str | None:
    """The title: the format's own, else the breadcrumb's last item, else a heading-like first line.

    The first line of the page is removed when it repeats the title (it is
    then stated once, in ``document.title``). A stated title that is the
    first line plus a site name ("The Siege | History Site") gives way to the
    line itself.
    """
    title = " ".join(stated.split()) if stated else None
    first = page.first_live()
    line = bare(page.lines[first]) if first is not None and first < page.head_end else None
    if title is None and trail:
        last = trail[-1]
        prefix = last.rstrip("".join(_ELLIPSIS)).strip()
        truncated = last.endswith(_ELLIPSIS)
        title = line if truncated and line and fold(line).startswith(fold(prefix)) else last
    if title is None and line is not None and is_heading_like(line):
        title = line
    if title is None or first is None or line is None:
        return title
    if fold(line) == fold(title):
        page.remove(first, "title")
    elif fold(title).startswith(fold(line)) and _TITLE_SUFFIX.match(title[len(line) :]):
        page.remove(first, "title")
        title = line
    return title


def _part_number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    number = lexicon.metadata().series.number_words.get(word.casefold())
    if number is not None:
        return number
    if not _ROMAN.match(word):
        return None
    values = [_ROMAN_VALUES[ch] for ch in word.casefold()]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def parse_series_title(title: str) -> Series | None:
    """``Series(name, part)`` from a title such as "Name – Part I" or "Name: Part Three"."""
    match = lexicon.metadata().series.title_pattern.match(bare(title))
    if match is None:
        return None
    part = _part_number(match["part"])
    name = match["name"].strip(" -–—:,|(")
    if part is None or not name:
        return None
    return Series(name=name, part=part)


def mark_series_links(page: Page, series: Series) -> Series:
    """Remove links to other parts of the same series; the next part's title becomes ``next``.

    A link to another part may already have been taken for a related link or
    navigation; it is relabelled, since saying which part comes next is more
    than furniture.
    """
    prefix = lexicon.metadata().series.link_prefix
    later: list[tuple[int, str]] = []
    for i, line in enumerate(page.lines):
        if not line or page.removed.get(i) not in (None, "related-links", "navigation"):
            continue
        text = prefix.sub("", bare(line))
        other = parse_series_title(text) if len(words(text)) <= SERIES_LINK_MAX_WORDS else None
        if other is None or fold(other.name) != fold(series.name) or other.part == series.part:
            continue
        page.remove(i, "series-link")
        if other.part is not None and series.part is not None and other.part > series.part:
            later.append((other.part, text))
    following = min(later, default=None)
    return series.model_copy(update={"next": following[1] if following else None})
