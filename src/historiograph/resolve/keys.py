"""Transliteration-insensitive keys for names.

Persian and Arabic names reach English text in many spellings: Mujahedin,
Mujahidin, Mojahedin; Qajar, Ghajar; Diyala, Diyalah; Qasr-e-Shirin,
Qaşr-e Shīrīn. Comparing names by a key that folds those differences away lets
one alias in the knowledge base or one gazetteer name match every spelling,
without listing them all. The key is deliberately lossy: it is used to find
candidates, which the linker then checks by kind, scope and context.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose into ASCII.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ə": "e",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
    }
)
# Apostrophes and the letters ayn/hamza as they are romanised: dropped, not spaced.
_GLOTTAL = re.compile(r"[’'‘`ʿʾʼʻ´]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Spelling rules applied in order to the folded, space-free name. Each pair
# merges two common romanisations of one sound.
_RULES: tuple[tuple[str, str], ...] = (
    ("dj", "j"),
    ("kh", "x"),
    ("gh", "q"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("w", "v"),
    ("y", "i"),
    ("e", "i"),
    ("o", "u"),
)
_ARTICLE = re.compile(r"^(?:the|a|an) ")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"([aiu])h$")


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Lower-case ASCII words: accents, apostrophes and punctuation removed.

    Returns "" for a name with no Latin letters (Arabic or Cyrillic script),
    which callers treat as "no key" rather than matching everything. Cached:
    the entity ruler folds every token of every document, and words repeat.
    """
    text = _GLOTTAL.sub("", text.lower().translate(_SPECIAL))
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    if any(c.isalpha() and not c.isascii() for c in kept):
        return ""
    return _NON_ALNUM.sub(" ", kept).strip()


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The transliteration key of one folded word or of several run together."""
    key = word.replace(" ", "")
    for old, new in _RULES:
        key = key.replace(old, new)
    key = _DOUBLED.sub(r"\1", key)
    return _FINAL_H.sub(r"\1", key)


def translit_key(name: str) -> str:
    """A key equal for spellings of a name that differ only in romanisation.

    A leading article, spaces and hyphens do not count ("Sar Pol-e-Zahab" = "Sarpol-e Zahab"),
    nor do vowels e/i and o/u, kh/x, gh/q, doubled letters or a final h.
    """
    return skeleton(_ARTICLE.sub("", fold(name)))


def plain_spelling(name: str) -> str:
    """A name's letters as written, up to case, accents, spacing, doubled letters and
    a final h ("Basrah" = "Basra"), without the key's folding of vowels and
    romanisations: what tells a short name from a word that keys like it."""
    return _FINAL_H.sub(r"\1", _DOUBLED.sub(r"\1", fold(name).replace(" ", "")))


def token_keys(name: str) -> list[str]:
    """The key of each word of a name, for matching a surname against a full name."""
    return [skeleton(w) for w in fold(name).split()]


def is_acronym(name: str) -> bool:
    """Whether a name is an acronym (``MEK``, ``U.N.``), matched only in capitals."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()
