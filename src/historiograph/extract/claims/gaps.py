"""Gapped reports: a second source giving its own figure with the verb left out.

"Rights groups counted 24 dead after the crackdown, the police only six" and
"X said 17 had died; the ministry, just nine" set a second source and its figure
after a comma or a semicolon, leaving out the verb and the noun of the first
report; "X said 87 were killed, and the charity, that 266 had been wounded"
leaves out only the verb before a clause of its own. The parser hangs the phrase
on the figure before, so without this reading the second figure would be the
first source's, or no claim at all.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from historiograph.extract.claims.vocabulary import Vocabulary

_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss"})


def gapped_source(
    doc: Doc, sent: Span, figure_end: int, vocab: Vocabulary
) -> tuple[int, int] | None:
    """The tokens ``[start, head]`` of the noun phrase that gives a gapped figure
    ending at ``figure_end``, or None: the figure must close the sentence, and only
    a comma, adverbs like "only" and the left-out verb's preposition ("at") may
    stand between the phrase and the figure, which a comma, a semicolon or a
    conjunction opens (``vocab``'s gapping words)."""
    if not doc.has_annotation("DEP"):
        return None
    if any(not t.is_punct for t in doc[figure_end : sent.end]):
        return None
    between = vocab.gapping_adverbs | vocab.gapping_prepositions | {","}
    head = figure_end - 2
    while head > sent.start and doc[head].lower_ in between:
        head -= 1
    return _opened_phrase(doc, sent, head, vocab)


def gapped_clause(doc: Doc, sent: Span, vocab: Vocabulary) -> tuple[int, int, int] | None:
    """A second source that reports a clause of its own with the verb left out ("X
    said 87 were killed, and the charity, that 266 had been wounded"): the tokens
    ``[start, head]`` of its phrase and where its "that" clause begins, which runs
    to the end of the sentence; or None."""
    if not doc.has_annotation("DEP"):
        return None
    for k in range(sent.start + 2, sent.end - 1):
        if doc[k].lower_ == "that" and doc[k - 1].text == "," and doc[k].dep_ == "mark":
            phrase = _opened_phrase(doc, sent, k - 2, vocab)
            if phrase is not None:
                return phrase[0], phrase[1], k
    return None


def _opened_phrase(doc: Doc, sent: Span, head: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """The tokens ``[start, head]`` of the noun phrase ending at ``head`` when a
    gapping word opens it, else None."""
    if head <= sent.start or doc[head].pos_ not in ("NOUN", "PROPN"):
        return None
    start = head
    while start > sent.start and doc[start - 1].dep_ in _PHRASE_DEPS:
        start -= 1
    if start <= sent.start or doc[start - 1].lower_ not in vocab.gapping_openers:
        return None
    return start, head
