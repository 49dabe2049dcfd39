"""People joined to a counted group by "and": one more each, in the same figure.

"Three soldiers and a hotel guard were shot dead" reports four deaths, and "two
contractors and one of our operators lost their lives" three: the singular
conjunct counts one person with its article (or a bare "one of") and shares the
verb that says what befell the group. So does one joined before the group: "a
woman and her three children died" reports four, "gunmen shot dead a tribal
elder and his two guards" three. A toll that read only the number would
miss the one (ACLED and UCDP add such a person to the fatalities). A conjunct
with a figure of its own ("17 soldiers and 23 attackers", "four assailants and
one member") is a claim of its own and is left to be read as one, and any
other conjunct ("two soldiers and their commander", "three men and a truck")
leaves the figure as it is, since what it adds is unknown or is no person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from historiograph.extract.claims.kinds import kind_of
from historiograph.extract.claims.vocabulary import Vocabulary

_ARTICLES = frozenset({"a", "an"})


def _one_person(vocab: Vocabulary, conjunct: Token) -> bool:
    """Whether the conjunct counts exactly one person: "a guard", "one of our men"."""
    if conjunct.lower_ == "one":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in conjunct.children)
    return (
        conjunct.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in conjunct.children)
        and kind_of(vocab, conjunct) == "people"
    )


def leading_one(vocab: Vocabulary, noun: Token) -> Token | None:
    """The single person joined by "and" before the counted ``noun`` ("a woman and
    her three children"), which the parse may make the object of the verb the
    noun is conjoined to ("killed a tribal elder and his two guards")."""
    doc = noun.doc
    start = noun.left_edge.i
    if noun.dep_ != "conj" or start < 2 or doc[start - 1].lower_ != "and":
        return None
    if not any(c.dep_ == "nummod" for c in noun.children):
        return None
    first = noun.head
    if first.pos_ == "VERB":
        objects = [c for c in first.children if c.dep_ == "dobj" and c.i < noun.i]
        first = objects[-1] if objects else first
    if first.right_edge.i not in (start - 2, noun.right_edge.i):
        return None  # something stands between them ("a man, a truck and two ...")
    if any(c.dep_ == "conj" and c.i < noun.i for c in first.children):
        return None  # "a guard, a driver and two ...": a chain read from its first
    return first if first.i < noun.i and _one_person(vocab, first) else None


def joined_ones(vocab: Vocabulary, doc: Doc, noun: Token) -> tuple[int, int, int]:
    """How many single people are joined to the counted ``noun``, the token start of
    the single person joined before it (-1 where none is), and the token end of the
    phrase that joins them (``(0, -1, noun.i + 1)`` where there are none)."""
    if not doc.has_annotation("DEP") or kind_of(vocab, noun) != "people":
        return 0, -1, noun.i + 1
    leading = leading_one(vocab, noun)
    if leading is not None:
        return 1, leading.left_edge.i, noun.i + 1
    conjuncts: list[Token] = []
    pending = [c for c in noun.children if c.dep_ == "conj"]
    while pending:  # "two soldiers, a policeman and a driver": the parse may chain them
        conjunct = pending.pop()
        conjuncts.append(conjunct)
        pending.extend(c for c in conjunct.children if c.dep_ == "conj")
    if not conjuncts or not all(_one_person(vocab, c) for c in conjuncts):
        return 0, -1, noun.i + 1
    end = max(c.right_edge.i for c in conjuncts) + 1
    return len(conjuncts), -1, end
