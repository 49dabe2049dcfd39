"""One person killed or hurt, told with "a" or "an" instead of a number.

"A cyclist died at the scene", "a policeman was wounded": the sentence counts one
death or one injury as surely as "one cyclist" does, and an event's toll needs
it (ACLED and UCDP code such a report as one fatality). The article is read as a
figure of one only where that is what it counts: before a singular noun for a
person that is the subject of a death or injury cue. "A man said ...", "a
witness saw ..." and "a soldier was arrested" stay uncounted, as the article
there introduces someone rather than counts a loss, and so does "a man was
shot", which as often means wounded as killed (ACLED notes bear this out),
unless a verb joined to it says which ("was shot and wounded") or the place on
the body it struck ("was shot in the arm": wounded). The object of a
death or an injury counts as well ("militants shot and killed a security officer",
"the blast injured a guard"), and so does "another" standing alone ("killed one
missionary and wounded another"), one whose body is found ("the body of
a man was found"), and "to death" makes any verb one ("a woman was shot to
death", "he was beaten to death").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from historiograph.extract.claims.bounds import Figure
from historiograph.extract.claims.joined import leading_one
from historiograph.extract.claims.vocabulary import Vocabulary, agentive

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
        self._judgments = vocab.judgments
        self._dead = vocab.outcome_nouns  # "the body of a man"
        self._vocab = vocab

    def read(self, doc: Doc) -> list[Figure]:
        """Each such article as a figure of one, in text order (needs a parse)."""
        if not doc.has_annotation("DEP"):
            return []
        found: list[Figure] = []
        for token in doc:
            if token.lower_ in _ARTICLES and self._hyphenated_person(token):
                # the parse of a split word ("a passer-by") hangs the article on the
                # name after it, or makes it the argument itself
                noun = token.head if token.dep_ == "det" else token
            elif token.lower_ in _ARTICLES and token.dep_ == "det":
                noun = token.head
                if not self._person(noun):
                    continue
            elif self._another(token):
                noun = token  # "killed one missionary and wounded another"
            else:
                continue
            verb = noun.head
            if any(c.dep_ == "cc" for c in noun.children) or self._leads(noun):
                continue  # "killed a boy and his mother": two, which "a" does not count
            if (noun.dep_ == "dobj" and self._befalls(verb)) or self._remains_of(noun):
                found.append(Figure(token.i, token.i + 1, 1, 1, 1, "exact"))
                continue
            if noun.dep_ not in _SUBJECTS or not self._befalls(verb):
                continue
            if any(c.dep_ == "dobj" for c in verb.children):
                continue  # "a soldier killed two ...", "a man lost his leg": not his loss
            found.append(Figure(token.i, token.i + 1, 1, 1, 1, "exact"))
        return found

    def _person(self, noun: Token) -> bool:
        """A singular noun for a person: listed, a trade by its ending ("a mineworker"),
        or a nationality used as a noun ("an American was found dead")."""
        if noun.tag_ == "NN" and (noun.lower_ in self._people or agentive(noun.text, self._vocab)):
            return True
        return noun.ent_type_ == "NORP" and noun.tag_ in ("NN", "NNP")

    def _hyphenated_person(self, article: Token) -> bool:
        """Whether the article stands before a hyphenated noun for a person that the
        tokenizer splits ("a passer-by" as "passer", "-", "by")."""
        doc = article.doc
        end = article.i + 4
        return (
            end <= len(doc)
            and doc[article.i + 2].text == "-"
            and doc[article.i + 1 : end].text.lower() in self._people
        )

    def _leads(self, noun: Token) -> bool:
        """Whether the person is joined before a counted group, which counts them with
        it ("a tribal elder and his two guards", parsed with the guards on the verb)."""
        doc = noun.doc
        after = doc[noun.right_edge.i + 1 : noun.right_edge.i + 5]
        return any(leading_one(self._vocab, t) == noun for t in after if t.pos_ == "NOUN")

    @staticmethod
    def _another(token: Token) -> bool:
        """ "another" standing alone for one more person, not "another 32" or "one another"."""
        return (
            token.lower_ == "another"
            and token.dep_ in ("dobj", *_SUBJECTS)
            and not (token.i > 0 and token.nbor(-1).lower_ == "one")
        )

    def _remains_of(self, noun: Token) -> bool:
        """Whether the noun is whose body was found ("the body of a man")."""
        of = noun.head
        return (
            noun.dep_ == "pobj"
            and of.lower_ == "of"
            and self._dead.get(of.head.lower_) == "fatalities"
        )

    def _befalls(self, verb: Token) -> bool:
        """A death or injury cue that befalls people only ("died", "was wounded"), or
        one joined to it ("was shot and wounded", "shot and killed", "found dead")."""
        # a predicate after it says so too: "was found dead"; the place on the body a
        # shot struck says it of a shared verb: "a guard was shot in the arm"
        verbs = [verb, *(c for c in verb.children if c.dep_ in ("conj", "oprd", "acomp"))]
        return any(
            (to_death(v) and v.lower_ not in self._judgments)  # not "sentenced to death"
            or (self._cues.get(v.lower_) in _LOSSES and v.lower_ not in self._shared)
            or (v.lower_ in self._shared and wounded_at(v, self._vocab.wound_sites))
            for v in verbs
        )


def to_death(verb: Token) -> bool:
    """Whether "to death" completes the verb ("shot to death", "beaten to death")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lower_ == "death" for o in c.children)
        for c in verb.children
    )


def wounded_at(verb: Token, sites: frozenset[str]) -> bool:
    """Whether an "in" phrase on the verb names where on the body it struck, a place a
    shot wounds rather than kills ("shot in the legs", "hit in the shoulder")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lower_ in sites for o in c.children)
        for c in verb.children
    )


def merged(figures: list[Figure], singles: list[Figure]) -> list[Figure]:
    """``figures`` with the ``singles`` that no figure overlaps, in text order."""
    taken = {i for f in figures for i in range(f.start, f.end)}
    kept = [s for s in singles if s.start not in taken]
    return sorted([*figures, *kept], key=lambda f: f.start)
