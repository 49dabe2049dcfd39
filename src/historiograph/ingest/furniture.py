"""Page furniture: breadcrumbs, menus, share widgets, comment prompts, related links, footers.

Each ``mark_*`` function finds one kind of furniture on a :class:`Page` and
marks its lines for removal under the kind the record's ``removed`` list
shows. The words come from ``data/furniture.yaml``; the rules here are about
the shape of a page (a trail of short items joined by "»", a heading followed
by a run of short lines at the end of a page), so that they carry over to
sites nobody has looked at.
"""

from __future__ import annotations

import re
from collections import Counter

from historiograph.ingest import lexicon
from historiograph.ingest.lines import bare, ends_sentence, fold, is_prose, key, words
from historiograph.ingest.page import Page

BREADCRUMB_MAX_ITEM_WORDS = 12
"""A breadcrumb item is a page title at most; a longer "item" is a sentence with a ">" in it."""
REPEAT_MAX_WORDS = 8
"""Only short lines that come back verbatim are menus; a repeated sentence is a pull quote."""
SHARE_MAX_TOKENS = 12

_SHARE_TOKEN = re.compile(r"[\w'-]+|&")


def _split(line: str, separator: str) -> list[str]:
    return [item.strip() for item in line.split(f" {separator} ")]


def _is_menu(line: str) -> bool:
    """Several very short items joined by "|" or "•": a navigation bar."""
    rules = lexicon.furniture().navigation
    for separator in rules.menu_separators:
        items = _split(bare(line), separator)
        if len(items) >= rules.menu_min_items and all(
            1 <= len(words(item)) <= rules.menu_max_item_words and not ends_sentence(item)
            for item in items
        ):
            return True
    return False


def _is_navigation(line: str) -> bool:
    rules = lexicon.furniture().navigation
    text = bare(line)
    # "search." is the end of a hard-wrapped sentence, "Search" a widget.
    listed = key(line) in rules.lines and not ends_sentence(text)
    return listed or any(p.match(text) for p in rules.patterns) or _is_menu(line)


def mark_navigation(page: Page) -> None:
    """Menus, "Skip to content", "Next post: …", "Tags: …" and the like, anywhere on the page."""
    for i in list(page.live()):
        if _is_navigation(page.lines[i]):
            page.remove(i, "navigation")


def breadcrumb_items(line: str, *, at_edge: bool) -> list[str] | None:
    """The items of a breadcrumb trail ("Home » Wars » The Siege"), or None if the line is not one.

    A trail that starts at a home page is a breadcrumb wherever it stands; a
    trail of three or more short items only at the head or tail of a page,
    where a "A > B > C" line cannot be part of the narrative.
    """
    rules = lexicon.furniture().breadcrumb
    text = bare(line)
    if is_prose(text):
        return None
    for separator in rules.separators:
        items = [item for item in _split(text, separator) if item]
        if len(items) < 2 or any(
            len(words(item)) > BREADCRUMB_MAX_ITEM_WORDS or ends_sentence(item) for item in items
        ):
            continue
        if key(items[0]) in rules.home or (at_edge and len(items) >= 3):
            return items
    return None


def mark_breadcrumbs(page: Page) -> list[str] | None:
    """Remove breadcrumb trails; return the items of the first, whose last item names the page."""
    first: list[str] | None = None
    for i in list(page.live()):
        items = breadcrumb_items(page.lines[i], at_edge=page.at_edge(i))
        if items is not None:
            page.remove(i, "breadcrumb")
            first = first or items
    return first


def _is_share(line: str) -> bool:
    rules = lexicon.furniture().share
    text = bare(line)
    if any(p.match(text) for p in rules.patterns):
        return True
    tokens = [t for t in _SHARE_TOKEN.findall(fold(text)) if not t.isdigit()]
    return (
        0 < len(tokens) <= SHARE_MAX_TOKENS
        and all(t in rules.anchors or t in rules.fillers for t in tokens)
        and any(t in rules.anchors for t in tokens)
    )


def mark_share(page: Page) -> None:
    """Share and print widgets: "Share this:", "Facebook Twitter Email", "Print"."""
    for i in list(page.live()):
        if _is_share(page.lines[i]):
            page.remove(i, "share")


def mark_footer(page: Page) -> None:
    """Copyright and "powered by" lines."""
    patterns = lexicon.furniture().footer.patterns
    for i in list(page.live()):
        if any(p.match(bare(page.lines[i])) for p in patterns):
            page.remove(i, "footer")


def _is_comment_prompt(line: str) -> bool:
    rules = lexicon.furniture().comments
    return key(line) in rules.headings or any(p.match(bare(line)) for p in rules.patterns)


def mark_comment_prompts(page: Page) -> None:
    """ "Leave a Reply", "3 Comments" and the comment form's field labels that follow them."""
    form_lines = lexicon.furniture().comments.form_lines
    in_form = False
    for i in list(page.live()):
        line = page.lines[i]
        if _is_comment_prompt(line) or (in_form and key(line) in form_lines):
            page.remove(i, "comment-prompt")
            in_form = True
        else:
            in_form = False


def _is_related_heading(line: str) -> bool:
    rules = lexicon.furniture().related
    return key(line) in rules.headings or any(p.match(bare(line)) for p in rules.patterns)


def mark_related_links(page: Page) -> None:
    """ "You may also like" / "Related posts" headings, and in the tail the links listed under them.

    In the tail of a page every short line after such a heading is a link to
    another article, up to the next piece of furniture. Inside the article
    only the heading goes: the short lines after it could be the article's
    own subheadings.
    """
    max_words = lexicon.furniture().related.link_max_words
    for i in list(page.live()):
        if i in page.removed or not _is_related_heading(page.lines[i]):
            continue
        page.remove(i, "related-links")
        if i < page.tail_start:
            continue
        for j in range(i + 1, len(page.lines)):
            line = page.lines[j]
            if not line:
                continue
            if j in page.removed or is_prose(line) or len(words(line)) > max_words:
                break
            page.remove(j, "related-links")


def mark_repeated_lines(page: Page) -> None:
    """Short lines that appear more than once verbatim: a menu or a link bar printed twice."""
    counts = Counter(fold(page.lines[i]) for i in page.live())
    for i in list(page.live()):
        line = page.lines[i]
        if (
            counts[fold(line)] > 1
            and len(words(line)) <= REPEAT_MAX_WORDS
            and not ends_sentence(line)
            and any(ch.isalpha() for ch in line)
        ):
            page.remove(i, "navigation")
