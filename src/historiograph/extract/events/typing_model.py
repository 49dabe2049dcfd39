"""The statistical typing fallback: choosing among a trigger's readings by its context.

Some trigger words name different events depending on what surrounds them:
"explosions" is a bombing in a report of a car bomb and shelling in one of
artillery fire along a front line; "clashed" is a battle between armed forces
and a riot between crowds. The lexicon lists such a word's other readings
(``alternatives`` in ``triggers.yaml``); this model picks one from the words of
the trigger's sentence.

It is a multinomial naive Bayes whose parameters ship in
``data/typing_model.json``, trained by ``scripts/train_event_typing.py`` on
ACLED event notes and the lexicon's own entries (only aggregated word
log-probabilities are shipped; see ``data/TYPING_MODEL.md``). Scoring a
sentence is a few dictionary look-ups per word, so it costs nothing next to
the parse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from spacy.lang.en.stop_words import STOP_WORDS

WORD = re.compile(r"[a-z][a-z-]+[a-z]")


def features(tokens: Iterable[str]) -> list[str]:
    """Lower-case content words: what training and prediction both count."""
    found = []
    for token in tokens:
        for word in WORD.findall(token.lower()):
            if word not in STOP_WORDS:
                found.append(word)
    return found


@dataclass(frozen=True)
class TypingModel:
    priors: dict[str, float]
    unseen: dict[str, float]
    words: dict[str, dict[str, float]]
    # How much more likely (natural log) a reading must be than the lexicon's first
    # one before it replaces it: the lexicon is right more often than not.
    margin: float = 1.0

    def labels(self) -> set[str]:
        return set(self.priors)

    def score(self, label: str, words: Sequence[str]) -> float:
        """Log-probability of a reading given the words (up to a shared constant)."""
        total = self.priors[label]
        for word in words:
            weights = self.words.get(word)
            if weights is not None:
                total += weights.get(label, self.unseen[label])
        return total

    def choose(self, default: str, alternatives: Sequence[str], words: Sequence[str]) -> str:
        """The reading the context favours, by at least ``margin`` over the default."""
        known = [a for a in alternatives if a in self.priors]
        if default not in self.priors or not known:
            return default
        base = self.score(default, words)
        best, best_score = default, base + self.margin
        for label in known:
            value = self.score(label, words)
            if value > best_score:
                best, best_score = label, value
        return best


@cache
def load_typing_model() -> TypingModel | None:
    """The shipped model, or None when the package was built without it."""
    resource = files("historiograph.extract.events") / "data" / "typing_model.json"
    if not resource.is_file():
        return None
    data = json.loads(resource.read_text("utf-8"))
    return TypingModel(priors=data["priors"], unseen=data["unseen"], words=data["words"])
