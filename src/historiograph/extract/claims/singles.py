"""One person killed or hurt, told with "a" or "an" instead of a number.

"A cyclist died at the scene", "a policeman was wounded": the sentence counts one
death or one injury as surely as "one cyclist" does, and an event's toll needs
it (ACLED and UCDP code such a report as one fatality). The article is read as a
figure of one only where that is what it counts: before a singular noun for a
person that is the subject of a death or injury cue. "A man said ...", "a
witness saw ..." and "a soldier was arrested" stay uncounted, as the article
there introduces someone rather than counts a loss, and so does "a man was
shot", which as often means wounded as killed (ACLED notes bear this out).
"""

from __future__ import annotations

from spacy.tokens import Doc

from historiograph.extract.claims.figures import Figure
from historiograph.extract.claims.vocabulary import Vocabulary

_ARTICLES = frozenset({"a", "an"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LOSSES = frozenset({"fatalities", "injured"})


class SingleReader:
    """Finds the "a"/"an" that count one person killed or hurt."""

    def __init__(self, vocab: Vocabulary) -> None:
        # a noun that is also a source ("an official", "a witness") would be read
        # as the one who reports its own death
        self._people = vocab.person_nouns - vocab.source_nouns
        self._cues = vocab.outcome_cues
        self._shared = vocab.shared_cues  # "a man was shot": wounded as often as killed

    def read(self, doc: Doc) -> list[Figure]:
        """Each such article as a figure of one, in text order (needs a parse)."""
        if not doc.has_annotation("DEP"):
            return []
        found: list[Figure] = []
        for token in doc:
            if token.lower_ not in _ARTICLES or token.dep_ != "det":
                continue
            noun = token.head
            if noun.tag_ != "NN" or noun.lower_ not in self._people:
                continue
            verb = noun.head
            if noun.dep_ not in _SUBJECTS or self._cues.get(verb.lower_) not in _LOSSES:
                continue
            if verb.lower_ in self._shared:
                continue
            if any(c.dep_ == "dobj" for c in verb.children):
                continue  # "a soldier killed two ...", "a man lost his leg": not his loss
            found.append(Figure(token.i, token.i + 1, 1, 1, 1, "exact"))
        return found


def merged(figures: list[Figure], singles: list[Figure]) -> list[Figure]:
    """``figures`` with the ``singles`` that no figure overlaps, in text order."""
    taken = {i for f in figures for i in range(f.start, f.end)}
    kept = [s for s in singles if s.start not in taken]
    return sorted([*figures, *kept], key=lambda f: f.start)
