"""Lines of text: whitespace normalisation and the shape tests every cleaning rule shares.

Cleaning works line by line because captured web pages put each block
(paragraph, heading, menu, link) on a line of its own. The tests here look at
the shape of a line only (length, case, ending), never at what it says: what
it says is the business of the YAML lexicons.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Horizontal white space of every kind, including no-break and thin spaces.
_SPACES = re.compile(r"[ \t\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters that carry nothing once a page is plain text. ZWJ and
# ZWNJ are kept: they change how Persian, Arabic and Indic words are spelt.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\x85]")
_PARAGRAPH_BREAKS = re.compile("[\u2029\x0c]")

# Markdown heading marks, list bullets and emphasis around a whole line.
_HEADING_MARKS = re.compile(r"^#{1,6}\s+")
_CLOSING_HASHES = re.compile(r"\s#+$")
BULLET = re.compile(r"^[-*+•·▪►‣◦]\s+")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_FOLD = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
                       "‘": "'", "’": "'", "“": '"', "”": '"'})  # fmt: skip
_KEY_EDGES = " :.…»«›‹><*!-|"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD = re.compile(r"\S+")

PROSE_MIN_WORDS = 12
"""A line this long that ends a sentence reads as narrative, not as furniture."""


def normalize_text(text: str) -> str:
    """Normalise Unicode and white space so that the same page always cleans to the same text.

    NFC composition, one kind of line break, single spaces inside lines, no
    leading or trailing spaces, and at most one blank line between blocks:
    the document id is the hash of the cleaned text, so every cosmetic
    difference between two captures of a page has to disappear here.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _PARAGRAPH_BREAKS.sub("\n\n", text)
    text = _INVISIBLE.sub("", text)
    return join_lines(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def join_lines(lines: Iterable[str]) -> str:
    """Join lines, collapsing each run of blank lines into one paragraph break."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


# Every rule asks for the bare form and the key of the same lines: cache them.
@lru_cache(maxsize=8192)
def bare(line: str) -> str:
    """The line without Markdown heading marks, a list bullet or emphasis around it."""
    line = _HEADING_MARKS.sub("", BULLET.sub("", line.strip()))
    if line.endswith("#"):
        line = _CLOSING_HASHES.sub("", line)
    match = _EMPHASIS.match(line)
    return (match.group(2) if match else line).strip()


def fold(text: str) -> str:
    """Case-fold and unify dashes and quotes, so "Part I" and "part I" compare equal."""
    return " ".join(text.translate(_FOLD).casefold().split())


@lru_cache(maxsize=8192)
def key(line: str) -> str:
    """The form a line is looked up under in a phrase list: bare, folded, edge punctuation off."""
    return fold(bare(line)).strip(_KEY_EDGES)


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_prose(line: str) -> bool:
    """A long line that ends a sentence: part of the narrative, never furniture."""
    return len(words(line)) >= PROSE_MIN_WORDS and ends_sentence(line)


def is_heading_like(line: str, *, max_words: int = 15) -> bool:
    """Short words, starting with a capital or digit, not ending like a sentence or a clause.

    Mostly words, not codes: "ABC19980108.1830" heads a wire story, it does not title it.
    """
    text = bare(line)
    tokens = words(text)
    if not text or not 1 <= len(tokens) <= max_words:
        return False
    if text[-1] in ".,;:" or not any(ch.isalpha() for ch in text):
        return False
    if 2 * sum(1 for t in tokens if any(ch.isdigit() for ch in t)) > len(tokens):
        return False
    return text[0].isupper() or text[0].isdigit()


def lowercase_ratio(line: str) -> float:
    """Share of words that start with a lower-case letter: high in prose, low in citations."""
    lettered = [w for w in words(line) if any(ch.isalpha() for ch in w)]
    if not lettered:
        return 0.0
    lower = sum(1 for w in lettered if next(ch for ch in w if ch.isalpha()).islower())
    return lower / len(lettered)
