"""Stance: whether a claim is asserted, reported, hedged or denied.

The order of precedence is denial, then hedge, then attribution:

- ``denied`` when the source denies it ("X denied that ..."), the sentence
  says so ("there is no evidence that ..."), or the source is an earlier
  version of the text that a correction quotes ("an earlier version of this
  article said 40");
- ``hedged`` when the sentence hedges it ("it was assumed", "apparently",
  "is thought to", "allegedly", "reportedly", "we think"), its source only
  believes it ("relatives believe that ..."), a modal of
  possibility sits on the verb over the figure ("may hold"), or an impersonal
  passive report holds it ("it was first reported that ...");
- ``reported`` when a source other than the author makes it;
- ``asserted`` when the author states it plainly.

Cues are read in the claim's clause when the pipeline parses (in its
sentence otherwise); the phrase lists are in ``data/stance.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from historiograph.extract.claims.bounds import Figure
from historiograph.extract.claims.scope import negated
from historiograph.extract.claims.vocabulary import Phrases, Vocabulary, in_words
from historiograph.nlp.views import doc_text
from historiograph.record import ClaimSource, Stance


class StanceReader:
    """Reads the stance cues of sentences with one vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._denials = Phrases(vocab.denials)
        self._overstatements = vocab.overstatements
        self._hedges = Phrases(vocab.hedges)
        self._modals = vocab.modal_hedges
        self._superseded = vocab.superseded
        self._openers = vocab.correction_openers
        self._media = vocab.corrected_media
        self._hearsay = vocab.passive_reports
        self._content_nouns = vocab.content_nouns
        self._confirmations = vocab.confirmations

    def stance(
        self,
        doc: Doc,
        sent: Span,
        figure: Figure,
        source: ClaimSource,
        *,
        denied: bool,
        believed: bool = False,
    ) -> Stance:
        """The stance of ``figure``'s claim in ``sent``, made by ``source`` (see module
        doc); ``believed`` when the source only believes it ("relatives believe ...")."""
        if denied or _covers(doc, self._denials.find(doc, sent.start, sent.end), figure):
            return "denied"
        if self._overstated(doc, sent, figure):
            return "denied"  # "the figure of 500 dead was grossly exaggerated"
        if _set_against(doc, sent, figure):
            return "denied"  # "it was 19, not 29": the figure a correction rejects
        if self.withdrawn(doc, source):
            return "denied"  # a correction: what "an earlier version" said is taken back
        if believed or _covers(doc, self._hedge_cues(doc, sent), figure):
            return "hedged"
        if (
            self._modal(doc, figure)
            or self._impersonal(doc, figure)
            or self._unvouched(figure, doc)
        ):
            return "hedged"
        return "asserted" if source.kind == "author" else "reported"

    def _overstated(self, doc: Doc, sent: Span, figure: Figure) -> bool:
        """Whether a word that calls a figure too high is said of the figure: as the
        predicate of the phrase that holds it ("the figure of 500 dead was
        exaggerated") or of the object that holds it ("called the figure of 10,000
        'absurd'"), not as a modifier of some noun ("inflated prices")."""
        if not doc.has_annotation("DEP"):
            return False
        for word in sent:
            if word.lower_ not in self._overstatements or word.dep_ == "amod":
                continue
            verb = word.head if word.dep_ in ("acomp", "oprd") else word
            held = [
                c
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != word.i
            ]
            if any(c.left_edge.i <= figure.start <= c.right_edge.i for c in held):
                return True
        return False

    def _unvouched(self, figure: Figure, doc: Doc) -> bool:
        """Whether the figure is the content of a claim noun that a negated
        confirming verb governs, however far the negation sits from it: "the
        Mission had not been able to verify local reports that more than 60
        civilians had been abducted" passes the reports on without vouching."""
        if not doc.has_annotation("DEP"):
            return False
        for noun in doc[figure.start].ancestors:
            if noun.pos_ in ("NOUN", "PROPN") and in_words(noun.text, self._content_nouns):
                verb = noun.head
                return noun.dep_ == "dobj" and verb.lower_ in self._confirmations and negated(verb)
        return False

    def _impersonal(self, doc: Doc, figure: Figure) -> bool:
        """Whether an impersonal passive report holds the figure ("It was first
        reported that dozens had fallen", "it is said that 3,000 died"): a report
        with no one behind it, which the writer passes on without vouching for it,
        as with "reportedly"."""
        if not doc.has_annotation("DEP"):
            return False
        token = doc[figure.start]
        while token.head != token:
            clause, token = token, token.head
            if (
                clause.dep_ == "ccomp"
                and token.lower_ in self._hearsay
                and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children)
            ):
                return True
        return False

    def withdrawn(self, doc: Doc, source: ClaimSource) -> bool:
        """Whether the source is an earlier version of the text itself, which a
        correction quotes only to take its figure back: "an earlier version of this
        article", or in a notice that opens as a correction, the paper's own article,
        edition or story."""
        name = (source.name or "").lower()
        if source.kind == "author" or not name:
            return False
        if any(phrase in name for phrase in self._superseded):
            return True
        own = any(word.strip(".,'’") in self._media for word in name.split())
        return own and self._correction(doc)

    def _correction(self, doc: Doc) -> bool:
        """Whether the text opens as a correction notice ("CORRECTION. ...", "This
        article has been amended.")."""
        opening = doc_text(doc)[:80].lower().lstrip()
        return any(opening.startswith(opener) for opener in self._openers)

    def hedges(self, doc: Doc, sent: Span) -> bool:
        """Whether ``sent`` holds a hedge ("It is thought that ..."): the writer's own
        framing of what it says."""
        return bool(self._hedge_cues(doc, sent))

    def _hedge_cues(self, doc: Doc, sent: Span) -> list[tuple[int, int]]:
        """The hedges of ``sent``, less those that open with a date's month ("since 2
        May have affected ...": the month, not the modal "may")."""
        return [
            (start, end)
            for start, end in self._hedges.find(doc, sent.start, sent.end)
            if not (doc[start].ent_type_ == "DATE" and doc[start].text[:1].isupper())
        ]

    def _modal(self, doc: Doc, figure: Figure) -> bool:
        """Whether the verb over the figure is modalised by a possibility ("may hold"),
        the figure being what it predicates, not its subject ("the grave, one of a
        dozen sites, may hold ..." hedges the bodies, not the dozen)."""
        if not doc.has_annotation("DEP"):
            return False
        verb = doc[figure.end - 1]
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        subjects = {
            t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
        }
        if figure.start in subjects:
            return False
        return any(
            c.dep_ == "aux" and c.lower_ in self._modals and c.ent_type_ != "DATE"
            for c in verb.children
        )  # "since 2 May have affected": the month, which the tagger may take for "may"


def _set_against(doc: Doc, sent: Span, figure: Figure) -> bool:
    """Whether the figure is the one rejected in favour of another, set off after it
    by a comma and "not" ("it was 19, not 29", "killed 12 people, not 15"). A
    qualified figure is left alone: ", not more than 40" bounds, it rejects nothing."""
    k = figure.start
    return (
        figure.qualifier == "exact"
        and k - 2 >= sent.start
        and doc[k - 1].lower_ == "not"
        and doc[k - 2].text == ","
        and any(t.like_num for t in doc[sent.start : k - 2])
    )


def _covers(doc: Doc, cues: list[tuple[int, int]], figure: Figure) -> bool:
    """Whether a cue reaches the figure: with a parse, the cue's clause must hold the
    figure ("reportedly" in one conjunct leaves the other alone); else the sentence.
    Never across a semicolon, which joins independent clauses ("... are pure
    fabrication; fewer than 300 families left")."""
    cues = [
        (start, end)
        for start, end in cues
        if not any(t.text == ";" for t in doc[min(start, figure.start) : max(start, figure.start)])
    ]
    if not doc.has_annotation("DEP"):
        return bool(cues)
    for start, _ in cues:
        clause = doc[start]
        while clause.pos_ != "VERB" and clause.head != clause:
            clause = clause.head
        if clause.left_edge.i <= figure.start <= clause.right_edge.i:
            return True
    return False
