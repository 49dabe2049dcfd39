"""Cleaning: a raw document in, the record's :class:`~historiograph.record.Document` out.

The order matters only where one rule reads what another found:

1. normalise white space (the cleaned text is hashed into the id), and read
   out table rows as lines of text, so that a table of figures is not taken
   for a menu;
2. remove furniture that any page may carry: menus, share widgets, footers,
   comment prompts, breadcrumbs, related-link blocks;
3. read the metadata the page states (byline, dateline), then the title
   (which may come from the breadcrumb) and its series part, which tells the
   links to the other parts apart from the article; a title's own complete
   date is the published date only where nothing else states one;
4. drop short lines repeated verbatim (menus printed twice);
5. find the reference sections in what is left, and render the text with
   their spans.
"""

from __future__ import annotations

from historiograph.errors import EmptyDocumentError
from historiograph.ingest.furniture import (
    mark_breadcrumbs,
    mark_comment_prompts,
    mark_footer,
    mark_navigation,
    mark_related_links,
    mark_repeated_lines,
    mark_share,
)
from historiograph.ingest.lines import normalize_text
from historiograph.ingest.metadata import (
    choose_title,
    mark_bylines,
    mark_datelines,
    mark_series_links,
    parse_series_title,
    title_date,
    wire_date,
)
from historiograph.ingest.model import RawDocument
from historiograph.ingest.page import Page
from historiograph.ingest.references import find_references, reference_spans
from historiograph.ingest.tables import read_out_tables
from historiograph.record import Document, Removed, document_id

TITLE_DATE = "title-date"
"""The ``removed`` kind that says the published date was read from the title:
the title stays as it is, but a reader of the record can tell that no page
metadata stated the date."""

DEFAULT_LANGUAGE = "en"


def _language(tag: str | None) -> str:
    """The primary subtag of a BCP 47 language tag ("en-GB" -> "en"); English when unknown."""
    primary = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() else DEFAULT_LANGUAGE


def published_from_title(document: Document) -> bool:
    """Whether ``document.published`` was read from the title (see :data:`TITLE_DATE`)."""
    return any(item.kind == TITLE_DATE for item in document.removed)


def clean(raw: RawDocument) -> Document:
    """Keep the article, drop the page furniture (listed in ``removed``), and read its metadata.

    Raises :class:`~historiograph.errors.EmptyDocumentError` when nothing of
    the article is left.
    """
    page = Page.from_text(read_out_tables(normalize_text(raw.text)))
    mark_footer(page)
    mark_navigation(page)
    mark_comment_prompts(page)
    mark_share(page)
    trail = mark_breadcrumbs(page)
    mark_related_links(page)
    author, byline_date = mark_bylines(page)
    stated_date = mark_datelines(page)
    title = choose_title(page, raw.title, trail)
    series = parse_series_title(title) if title else None
    if series is not None:
        series = mark_series_links(page, series)
    mark_repeated_lines(page)
    entries = find_references(page)
    text, offsets = page.render()
    if not text:
        raise EmptyDocumentError("nothing is left of the document once page furniture is removed")
    removed = page.removed_items()
    published = raw.published or stated_date or byline_date or wire_date(text)
    if published is None and (dated := title_date(title)) is not None:
        published = dated[0]
        removed.append(Removed(kind=TITLE_DATE, text=dated[1]))
    return Document(
        id=document_id(text),
        title=title,
        author=raw.author or author,
        published=published,
        # The spec's "path or URL it came from": the URL where the input names one
        # (a page's canonical link, a WARC record's target, a JSONL "source"), since
        # that is what a reader can follow and cite; the path only when there is none.
        source=raw.url or raw.source,
        series=series,
        language=_language(raw.language),
        text=text,
        references=reference_spans(page, entries, text, offsets),
        removed=removed,
    )
