"""Attribution: who makes a claim, and whether they deny it.

Three cues name a source in a sentence:

- a preposition before it: "according to X", "based on X", "citing X"; the
  source runs to the next comma or the end of the sentence ("according to her"
  stands for the one named before), unless a person's
  name set off after it names the one who speaks ("according to the journal of
  the commander, Francisco Pelsaert");
- a reporting verb after it: "X announced/said/claimed/reported/admitted ...",
  where X is the verb's subject (its agent when passive); a denial verb
  ("X denied that ...") makes the claim ``denied``; a pronoun subject ("He
  added ...") stands for the last source the text named, and a first-person
  one ("we counted ...", "our researchers documented ...") is the author, a
  body's staff ("Its teams counted ...") the body named before, and a
  relative pronoun ("the register, which records ...") the noun it follows;
  a verb that changes a figure speaks only with the figure for its object
  ("raised the number to 23", not "raised 3,000 troops"), and "put" only with
  the figure after its object ("put the toll at 36", not "put 6,000 to the
  sword"), while "X has a different figure" gives it; "admitted" with a counted
  object that is no outcome reports nothing ("hospitals admitted 3,200
  patients"); "my Government" or "my delegation" is
  the writer, as "we" is; a report set after its clause with only a comma
  ("..., the ministry said") speaks for that clause however the parser joins it;
  "as X has shown" speaks for the clause it modifies; a verb of belief ("relatives
  believe the true number is ...", "rescuers fear that ...") makes its subject the
  source of its "that" clause only, and hedges it; a passive report with its
  agent ("the deaths of 14 were confirmed by the governor") is the agent's about
  its passive subject; people right before "we" ("Residents we spoke to said")
  are the source, not the writer; "said to have" hedges
  its subject instead; "X rejected the report, saying ..." makes X the
  speaker of what it says, and denies only what it rejects, as "..., a figure
  X denied, saying only nine ..." makes X the speaker of the nine; "our
  colleagues at X tell us" is X's;
- a source noun acting on the figure by itself: "unofficial statistics ...
  reached over 3,000", "some reports put ...", with the author a participle
  names ("..., figures compiled by the bureau show"), or an account after "by"
  or "in" ("by Polybius's account, ...", "by the army's own count", "in the
  account published by X", "by its own reckoning", "its" the source before);
- a claim noun with its content: "a report by X that troops killed 100" is X's,
  "reports of 26 deaths" the reports', whoever utters the sentence; a verb that
  rejects the noun or calls it false denies the content ("Claims that dozens
  died are false"); set after a clause it renames, it denies that clause, which
  keeps its own source ("X claimed that 300,000 ballots were stuffed, a charge
  the commission dismissed"), and so does a figure noun set off so ("..., a
  figure the police denied", "a number the archives do not support").

Finding words ("the Chamber finds that", "is satisfied that") report only their
"that" clause. Record verbs ("counted", "recorded") yield to a speaker who
reports them ("a nurse said doctors had counted 34 bodies" is the nurse's), and
a place as their subject is where, not who. A verb never reports its own
subject's relative clause ("The group, which interviewed 25 witnesses, said"),
and no cue reaches across a line break (a headline is not its dateline's).

An appositive proper name stands for the subject phrase ("a police
spokeswoman, Maria Ostrova" -> Maria Ostrova; "the member of parliament, Grace
Atim", where the parser hangs the name on "parliament"), and a subject the
parser gave to a participle set off before the verb still speaks ("Polybius,
writing seventy years later, claims ..."). The subject phrase's words stop at
the verb's line and at a gap in the parse (a later phrase the parser hung on
it); a sentence that keeps its speaker anonymous ("speaking on condition of
anonymity") makes every source in it ``unnamed``. What the phrase names, and
its kind, is :mod:`.naming`'s to say. A verb that is asked about ("Will the
minister confirm that ...?") or ends a hyphenated label ("Laboratory-confirmed:")
names no one; a few verbs give a figure only with their particle ("arrived at",
"settled on").

With a dependency parse a verb or source noun only attributes the figures in
its own clause (the innermost one wins; :mod:`.scope` says which tokens that
is); without a parse every cue covers its whole sentence and the nearest one
before the figure wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from historiograph.extract.claims.bounds import Figure
from historiograph.extract.claims.gaps import gapped_clause, gapped_source
from historiograph.extract.claims.kinds import kind_of
from historiograph.extract.claims.naming import (
    BOUNDARY,
    DEFINITE,
    PLACES,
    SourceNamer,
    expand,
    is_proper,
    opens_clause,
    phrase_head,
)
from historiograph.extract.claims.repairs import appositive_person, conjoined_that, modifier_subject
from historiograph.extract.claims.scope import (
    denied_scope_of,
    negated,
    scope_of,
    stranded_conjunct,
    subject_clauses,
)
from historiograph.extract.claims.turns import strip_label
from historiograph.extract.claims.vocabulary import Phrases, Vocabulary, in_words
from historiograph.nlp.views import doc_text, ents_in
from historiograph.record import ClaimSource

_AUXILIARIES = frozenset(
    [
        "have",
        "has",
        "had",
        "also",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "then",
        "later",
        "did",
        "does",
        "do",
        "not",
        "never",
        "only",
        "first",
        "can",
        "could",
        "may",
        "might",
        "must",
        "will",
        "would",
    ]
)
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_BODY_OWNERS = frozenset({"its", "their"})
_OWNER_PRONOUNS = frozenset({"its", "their"})
_DATES = frozenset({"DATE", "TIME"})
_SPEAKER_OWNERS = frozenset({"my"})
_BODIES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_MAX_PHRASE = 15
_MAX_SUBJECT = 6


@dataclass(frozen=True)
class Attribution:
    """One source cue in a sentence: the source, and the tokens it speaks for."""

    source: ClaimSource
    position: int
    denied: bool = False
    scope: frozenset[int] | None = None  # None: the whole sentence
    # a record verb ("counted", "recorded"): its subject speaks only where no
    # one else reports the clause ("a nurse said doctors had counted 34 bodies")
    weak: bool = False
    # a rebuttal set after the clause ("..., a figure the group disputes"): it
    # denies the clause and names no one, so any other cue there names the source
    rebuts: bool = False
    # a verb of belief ("relatives believe ..."): its subject holds the clause
    # without vouching for it
    hedged: bool = False


class SourceReader:
    """Finds the sources a sentence names and picks the one behind each figure."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._prepositions = Phrases(vocab.attribution_prepositions)
        self._namer = SourceNamer(vocab)
        self._anonymity = Phrases(vocab.anonymity)
        # The words a cue in a sentence can rest on (see :meth:`_may_cue`).
        self._cue_words = frozenset(
            {
                *vocab.beliefs,
                *vocab.findings,
                *vocab.estimate_verbs,
                *vocab.revision_verbs,
                *vocab.attribution_verbs,
                *vocab.denial_verbs,
                *vocab.confirmations,
                *vocab.continuation_nouns,
            }
        )
        self._cue_nouns = vocab.content_nouns | vocab.accounts | vocab.source_nouns

    # -- naming a source ------------------------------------------------------------

    def source(self, doc: Doc, tokens: Sequence[Token]) -> ClaimSource | None:
        """The source a phrase names (see :mod:`.naming`)."""
        return self._namer.source(doc, tokens)

    def person(self, doc: Doc, sent: Span) -> ClaimSource | None:
        """The person ``sent`` is about, whom a later "he" or "she" may quote: the
        subject of its main verb when that is a person's name ("Miriam Osei, who has
        died, spent ...") or the writer's own relative ("My grandfather was ...";
        "Her register" or "our office" is no person)."""
        if not doc.has_annotation("DEP"):
            return None
        if (appositive := appositive_person(sent)) is not None:
            return self.source(doc, list(appositive))  # "the chair of X, Roseline Odede, ..."
        for token in sent:
            if token.dep_ != "nsubj" or token.head.dep_ != "ROOT":
                continue
            named = token.ent_type_ == "PERSON"
            owned = token.pos_ == "NOUN" and any(
                c.dep_ == "poss" and c.lower_ == "my" for c in token.children
            )
            if not (named or owned):
                return None
            words = [t for t in token.lefts if t.dep_ in ("compound", "poss", "amod", "det")]
            return self.source(doc, sorted([*expand(words), token], key=lambda t: t.i))
        return None

    def credited(self, doc: Doc, sent: Span) -> ClaimSource | None:
        """The source that a sentence with no figure of its own gives for the figures
        before it, when its subject points back at them: "That is the tally of the
        health agency", "These are the ministry's figures", "The figures were compiled
        by X", "That figure comes from X". News often names the source only after the
        figure, in a sentence of its own."""
        if not doc.has_annotation("DEP") or any(t.like_num for t in sent):
            return None
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not _points_back(subjects[0], self.vocab.continuation_nouns):
            return None
        for child in root.children:
            owner: Token | None = None
            if child.dep_ == "attr" and (
                child.lower_ in self.vocab.continuation_nouns or self._namer.medium(child)
            ):  # "the tally of X", "X's figures"
                owner = next(
                    (
                        o
                        for c in child.children
                        for o in ([c] if c.dep_ == "poss" else c.children)
                        if (c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from")))
                        and (o.dep_ == "poss" or o.dep_ == "pobj")
                    ),
                    None,
                )
            elif (child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "from")) and (
                self._provenance(root)
            ):  # "were compiled by X", "comes from X", but not "was followed by clashes"
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
                words = [t for t in _phrase_of(owner) if t.tag_ != "POS"]
                return self.source(doc, words)
        return None

    def issuer(self, doc: Doc, sent: Span) -> ClaimSource | None:
        """The one a sentence with no source cue says put out a statement ("The
        ministry issued a statement on Friday", "The rebels released a video"): news
        names the speaker so and quotes it in the next sentence ("It said 45 ...")."""
        if not doc.has_annotation("DEP"):
            return None
        root = sent.root
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        if not any(
            c.dep_ == "dobj" and in_words(c.text, self.vocab.media_nouns) for c in root.children
        ):
            return None
        return self.source(doc, strip_label(_phrase_of(subjects[0])))

    @staticmethod
    def speaker(doc: Doc, sent: Span, attributions: Sequence[Attribution]) -> ClaimSource | None:
        """The last source in ``sent`` that "he" or "she" can stand for: not the
        writer, and not a body the entity recogniser names as an organisation, a
        place or a nationality ("Fortify Rights", "the UNHCR")."""
        bodies = [e.text for e in ents_in(sent) if e.label_ in _BODIES]
        persons = [e.text for e in ents_in(sent) if e.label_ == "PERSON"]
        for attribution in reversed(attributions):
            name = attribution.source.name or ""
            if attribution.source.kind == "author":
                continue
            if any(b in name for b in bodies) and not any(p in name for p in persons):
                continue
            return attribution.source
        return None

    # -- cues in a sentence -----------------------------------------------------------

    def attributions(
        self,
        doc: Doc,
        sent: Span,
        last: ClaimSource | None,
        person: ClaimSource | None = None,
    ) -> list[Attribution]:
        """Every source cue in ``sent``; ``last`` is what a pronoun subject stands for,
        and ``person`` what "he" or "she" stands for when it is not ``last``."""
        phrases = self._by_preposition(doc, sent, person or last, last)
        found = [attribution for attribution, _ in phrases]
        taken = {i for _, covered in phrases for i in covered}
        for token in sent:
            if token.i in taken or not self._may_cue(token):
                continue
            # a pronoun stands for a source named earlier in its own sentence first
            # ("X denied any role in the attack, which it said killed 41")
            earlier = [
                a.source for a in found if a.position < token.i and a.source.kind != "author"
            ]
            verb = self._by_verb(doc, token, sent, earlier[-1] if earlier else last, person)
            if verb is not None:
                found.append(verb)
            elif (content := self._by_content_noun(doc, token)) is not None:
                found.append(content)
            elif (rebuttal := self._figure_rebutted(doc, token)) is not None:
                found.append(rebuttal)
            elif (account := self._by_account(doc, token, last, person)) is not None:
                found.append(account)
            elif in_words(token.text, self.vocab.source_nouns) and (
                not doc.has_annotation("POS") or token.pos_ in ("NOUN", "PROPN")
            ):  # "we also count people ...": a verb, no source
                noun = self._by_source_noun(doc, token, sent)
                if noun is not None:
                    found.append(noun)
        if found and (gapped := self._gapped(doc, sent, found)) is not None:
            found.append(gapped)
        if self._anonymity.find(doc, sent.start, sent.end):
            found = [_unnamed(a) for a in found]
        return sorted(found, key=lambda a: a.position)

    def _gapped(self, doc: Doc, sent: Span, found: Sequence[Attribution]) -> Attribution | None:
        """A second source that gives its own figure with the reporting verb left out,
        after a cue that reports a figure: "Rights groups counted 24 dead, the police
        only six", "X said 17 had died; the ministry, just nine", "X said 87 were
        killed, and the charity, that 266 had been wounded". The parser hangs such a
        phrase on the figure before, so the first cue would take the second figure
        too; the body between the comma or semicolon and the closing figure (or the
        "that" clause) gives it. A body, a name or a noun for people may be the source.
        """
        end = sent.end
        while end > sent.start and doc[end - 1].is_punct:
            end -= 1
        if end - sent.start < 4:
            return None
        clause = gapped_clause(doc, sent, self.vocab)
        if clause is not None:
            start, head, _ = clause
        else:
            phrase = gapped_source(doc, sent, end, self.vocab) if doc[end - 1].like_num else None
            if phrase is None:
                return None
            start, head = phrase
        noun = doc[head]
        if not (
            self._body(noun)
            or noun.ent_type_ in ("ORG", "PERSON", "NORP")
            or kind_of(self.vocab, noun) == "people"  # "..., the rebels 40"
        ):
            return None
        cues = [a for a in found if a.position < start - 1]
        # the figure the first source gives, which the gap leaves the verb out after
        if not cues or not any(t.like_num for t in doc[cues[-1].position : start]):
            return None
        source = self.source(doc, list(doc[start : head + 1]))
        if source is None:
            return None
        return Attribution(source, start, scope=frozenset(range(start, end)))

    def _may_cue(self, token: Token) -> bool:
        """Whether ``token`` is a word a cue of :meth:`attributions` rests on: a
        reporting, finding or denial verb, a figure noun, a claim noun, an account or
        a source noun. Every cue asks its word first; most words are none of these."""
        return token.lower_ in self._cue_words or in_words(token.text, self._cue_nouns)

    def _by_preposition(
        self, doc: Doc, sent: Span, personal: ClaimSource | None, last: ClaimSource | None
    ) -> list[tuple[Attribution, range]]:
        """Each "according to X" with the tokens it covers, which no verb inside it
        may claim ("according to a statement carried by ...", but "X, quoting a
        report, said ..." still has X say it). A pronoun there ("according to her")
        stands for the one named before, ``personal`` for "him" or "her" and
        ``last`` for "it" or "them"."""
        found: list[tuple[Attribution, range]] = []
        for start, end in self._prepositions.find(doc, sent.start, sent.end):
            phrase: list[Token] = []
            for token in doc[end : min(sent.end, end + _MAX_PHRASE)]:
                if token.text in BOUNDARY:
                    break
                phrase.append(token)
            named = _appended_name(phrase)  # "according to the journal of the commander, X"
            source: ClaimSource | None
            if len(phrase) == 1 and phrase[0].lower_ in self.vocab.pronouns:
                source = personal if phrase[0].lower_ in _PERSONAL else last
            elif (owner := self._pronoun_owner(doc, sent, phrase, start)) is not None:
                source = owner
            else:
                source = self.source(doc, named or phrase)
            if source is not None:
                stop = (named or phrase)[-1].i + 1 if (named or phrase) else end
                found.append((Attribution(source, start), range(start, max(stop, end))))
        return found

    def _pronoun_owner(
        self, doc: Doc, sent: Span, phrase: Sequence[Token], start: int
    ) -> ClaimSource | None:
        """Whose medium "its" or "their" names in "according to" that opens the
        sentence or follows its subject: that subject, which the pronoun agrees with
        ("The imperial army, according to its own returns, lost 3,343 men" and
        "According to its own figures, the ministry detained 400" are the army's and
        the ministry's figures, not the returns'). At the end of a sentence of several
        clauses the owner is left unsaid ("The pit employed 900 men, and the fund
        supported 171 widows, according to its annual report")."""
        if (
            len(phrase) < 2
            or phrase[0].lower_ not in _BODY_OWNERS
            or not self._namer.medium(phrase[-1])
            or not doc.has_annotation("DEP")
        ):
            return None
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        subject = subjects[0]
        after_subject = start == subject.right_edge.i + 2 and doc[start - 1].text == ","
        if not (start == sent.start or after_subject):
            return None
        plural = subject.tag_ in ("NNS", "NNPS")
        if plural != (phrase[0].lower_ == "their") and subject.tag_ != "NNP":
            return None  # "The village, according to their estimates": someone else's
        return self.source(doc, strip_label(_phrase_of(subject)))

    def _is_verb(self, doc: Doc, token: Token) -> bool:
        """Whether ``token`` is a verb that gives its subject's figures. Its words are
        looked at first: they rule out nearly every token before the parse is walked."""
        return self._reports_by_word(doc, token) and not (
            # "the floods claimed 200 lives": what took them, not who says so
            doc.has_annotation("DEP")
            and any(c.dep_ == "dobj" and c.lower_ in self.vocab.life_nouns for c in token.children)
        )

    def _reports_by_word(self, doc: Doc, token: Token) -> bool:
        word = token.lower_
        if word in self.vocab.beliefs and token.dep_ == "parataxis":
            return True  # "The toll, officials fear, could rise above 100"
        if word in self.vocab.findings or word in self.vocab.beliefs:
            return bool(_findings(token))
        particle = self.vocab.estimate_verbs.get(word)
        if particle is not None:
            return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == particle
        if word in self.vocab.revision_verbs:
            # "raised the number to 23" gives a figure; "raised 3,000 troops" does not
            return doc.has_annotation("DEP") and any(
                c.dep_ == "dobj" and c.lower_ in self.vocab.continuation_nouns
                for c in token.children
            )
        if word in self.vocab.intake_verbs and doc.has_annotation("DEP"):
            taken_in = [
                c
                for c in token.children
                if c.dep_ == "dobj"
                and c.lower_ not in self.vocab.outcome_nouns
                and any(n.dep_ == "nummod" for n in c.children)
            ]
            if taken_in and not any(c.dep_ == "ccomp" for c in token.children):
                return False  # "hospitals admitted 3,200 patients": took them in
        if word in self.vocab.placing_verbs and doc.has_annotation("DEP"):
            # "put the toll at 36" estimates; "put 6,000 to the sword" acts on the 6,000
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if any(o.like_num or any(c.dep_ == "nummod" for c in o.children) for o in objects):
                return False
        if (
            word not in self.vocab.attribution_verbs
            and word not in self.vocab.denial_verbs
            and word not in self.vocab.confirmations
        ):
            return False
        return not doc.has_annotation("POS") or token.pos_ in ("VERB", "AUX")

    def _by_verb(
        self,
        doc: Doc,
        token: Token,
        sent: Span,
        last: ClaimSource | None,
        person: ClaimSource | None = None,
    ) -> Attribution | None:
        if not self._is_verb(doc, token) or self._passive_report(doc, token, sent):
            return None
        if _compounded(token):
            return None  # "Laboratory-confirmed: 2,117" is a label, not a speaker's verb
        subject = _after_label(_on_line(strip_label(self._subject(doc, token, sent)), token), token)
        if not subject or _asked(token, subject, sent):
            return None
        weak = token.lower_ in self.vocab.record_verbs
        if (contact := self._contacted(subject)) is not None:
            subject = list(doc[contact.left_edge.i : contact.i + 1])
        while len(subject) > 1 and subject[-1].lower_ in self.vocab.first_person:
            subject = subject[:-1]  # "Witnesses we interviewed said": the witnesses
        source: ClaimSource | None
        first = subject[0].lower_
        if (staffed := _staffed_body(subject)) is not None:
            source = self.source(doc, _phrase_of(staffed))  # "our colleagues at X tell us"
        elif (
            (len(subject) == 1 and first in self.vocab.first_person)
            or first in self.vocab.first_person_owners
            or (first in _SPEAKER_OWNERS and self._body(phrase_head(subject)))
        ):
            # "we counted ...", "our researchers found", "my Government has documented":
            # the writer (but "my father said" names another person)
            source = ClaimSource()
        elif first in _OWNER_PRONOUNS and _staff(subject) and last and last.kind != "author":
            source = last  # "Its teams counted 6,240": the body named before speaks
        elif len(subject) == 1 and subject[0].lower_ in self.vocab.pronouns:
            personal = subject[0].lower_ in _PERSONAL
            source = (person or last) if personal else last
            if source is None:
                source = self._main_subject(doc, token, sent)
        elif opens_clause(subject[0]):
            return None
        else:
            if weak and _a_place(subject):
                return None  # "Nangarhar recorded 58 deaths": where, not who
            source = self.source(doc, subject)
        if source is None:
            return None
        denied = token.lower_ in self.vocab.denial_verbs
        if not doc.has_annotation("DEP"):
            return Attribution(source, token.i, denied, weak=weak)  # the whole sentence
        if denied and token.dep_ == "conj" and self._renames_figure(token):
            # "X said 52 were held, a number police spokesman Fred Okello rejected",
            # parsed as a second clause with "a number police spokesman" its subject:
            # a rebuttal of the clause before, as the relative clause it is
            own = {t.i for t in token.subtree}
            scope = frozenset(t.i for t in token.head.subtree if t.i not in own)
            return Attribution(ClaimSource(), token.i, True, scope, weak=True, rebuts=True)
        believed = token.lower_ in self.vocab.beliefs
        if token.lower_ in self.vocab.findings or (believed and token.dep_ != "parataxis"):
            scope = frozenset(t.i for c in _findings(token) for t in c.subtree)
        else:
            scope = (denied_scope_of if denied else scope_of)(token) - {t.i for t in subject}
        scope = (scope - subject_clauses(token)) | _passive_content(token)
        if subject and subject[0].i < token.i and _interrupted_subject(token) is not None:
            # a subject the parse gave to a participle: what the parse hung before it
            # is another clause ("X recorded 3,914, although Y, writing later, claimed")
            scope = frozenset(i for i in scope if i > subject[-1].i)
        return Attribution(source, token.i, denied, scope, weak, hedged=believed)

    def _contacted(self, subject: Sequence[Token]) -> Token | None:
        """The people a first-person subject is a contact clause on, which the parse
        may take for the speaker ("Residents we spoke to said ...", parsed with "we"
        the subject): people right before "we" or "I" are the writer's sources, not
        the writer ("Last year we counted ..." keeps the writer)."""
        if len(subject) != 1 or subject[0].lower_ not in self.vocab.first_person:
            return None
        pronoun = subject[0]
        if pronoun.i == pronoun.sent.start:
            return None
        noun = pronoun.nbor(-1)
        if noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME"):
            return None
        return noun if kind_of(self.vocab, noun) == "people" else None

    def _renames_figure(self, verb: Token) -> bool:
        """Whether the verb's subject opens, after a comma, with a figure noun the
        parser made a modifier of the speaker ("..., a number police spokesman X
        rejected"): the noun renames the clause before, and the rest is who rejects it."""
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            words = list(subject.subtree)
            if (
                len(words) > 2
                and words[0].dep_ == "det"
                and words[1].dep_ == "compound"
                and words[1].lower_ in self.vocab.continuation_nouns
                and words[0].i > 0
                and verb.doc[words[0].i - 1].text == ","
            ):
                return True
        return False

    def _provenance(self, verb: Token) -> bool:
        """Whether a verb says where figures come from: a reporting, record or
        confirming verb, or one of provenance ("compiled", "comes")."""
        word = verb.lower_
        return any(
            word in words
            for words in (
                self.vocab.attribution_verbs,
                self.vocab.record_verbs,
                self.vocab.confirmations,
                self.vocab.provenance_verbs,
            )
        )

    def _body(self, noun: Token) -> bool:
        """Whether a noun names a body or an office that speaks for its members ("my
        Government", "my delegation"), not a person."""
        word = noun.lower_
        return (
            word in self.vocab.institutions
            or word in self.vocab.state_voices
            or in_words(noun.text, self.vocab.bodies)
        )

    def _main_subject(self, doc: Doc, verb: Token, sent: Span) -> ClaimSource | None:
        """What a pronoun in a clause inside the sentence stands for when the text has
        named no source yet: the subject of the main clause before it ("Nepal's home
        ministry lowered the toll to 38 from the 45 it gave on Thursday")."""
        if not doc.has_annotation("DEP") or verb == sent.root:
            return None
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].i > verb.i or subjects[0].pos_ == "PRON":
            return None
        return self.source(doc, strip_label(_phrase_of(subjects[0])))

    def _passive_report(self, doc: Doc, verb: Token, sent: Span) -> bool:
        """ "said to have", "reported to be": a hedge on the subject, not its speech."""
        if verb.lower_ not in self.vocab.passive_reports or verb.i + 2 >= sent.end:
            return False
        return doc[verb.i + 1].lower_ == "to" and doc[verb.i + 2].lower_ in ("have", "be")

    def _subject(self, doc: Doc, verb: Token, sent: Span) -> list[Token]:
        """The verb's subject (or passive agent): from the parse, else the words before it."""
        # "The officer's report estimated deaths at ...", parsed as "estimated deaths":
        # the words before the verb are its subject
        if doc.has_annotation("DEP") and modifier_subject(verb) is None:
            head = verb
            while True:
                subjects = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
                if subjects:
                    # two subjects are a misparse joining the clause before ("Estimates
                    # of the dead range from ...; the government put the figure at ..."):
                    # the verb's own is the nearest before it
                    before = [c for c in subjects if c.i < head.i]
                    subject = before[-1] if before else subjects[0]
                    if subject.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
                        subject = head.head  # "the parish register, which records 112 ..."
                    subject = _set_off_owner(subject) or subject
                    return _phrase_of(subject)
                for child in head.children:
                    if child.dep_ == "agent":
                        objects = [c for c in child.children if c.dep_ == "pobj"]
                        if objects:
                            return _phrase_of(objects[0])
                if (lent := _participle_subject(head)) is not None:
                    return _phrase_of(lent)
                if head.dep_ == "acl" and head.head.i < head.i and _misparsed_root(head.head):
                    return _phrase_of(head.head)  # misparsed "Hulegu himself, ..., boasted"
                if _misparsed_modifier(head):
                    return _phrase_of(head.head)  # "the merchants who fled to Amoy told of"
                if _reduced_relative(head):
                    agents = [c for c in head.head.children if c.dep_ == "agent"]
                    kept = [c for c in head.head.children if c.dep_ == "nsubj"]
                    if head.dep_ == "ccomp" and agents and kept:
                        # "The register kept by the church lists ...": the keeper's
                        return list(doc[kept[0].left_edge.i : agents[0].right_edge.i + 1])
                    head = head.head  # "Detainees interviewed for X described ...": they
                    continue  # describe, though the parser made "interviewed" the verb
                if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head != head:
                    if (rebutter := self._rebutter(head)) is not None:
                        return _phrase_of(rebutter)
                    head = head.head  # "X rejected the findings, saying ...": X says
                    continue
                if (lent := _interrupted_subject(head)) is not None:
                    return _phrase_of(lent)
                relay = head.head.head
                if (
                    head.dep_ == "pcomp"
                    and head.head.lower_ == "as"
                    and relay.lower_ in (self.vocab.relays)
                ):  # "X was quoted as saying ...", "IRNA quoted X as saying ...": X says
                    quoted = [c for c in relay.children if c.dep_ in ("nsubjpass", "dobj")]
                    return _phrase_of(quoted[0]) if quoted else []
                if head.tag_ in _FINITE and (head.head == head or head.dep_ == "parataxis"):
                    # a main verb with no subject, or a parenthetical one ("taken to
                    # hospital, the race doctor, Dr Paul Arnaud, said, ..." where the
                    # names hang on the place): the parse lost it, read the words
                    break
                if stranded_conjunct(head) and head.head.head != head.head:
                    # "X denied that 200 had been detained and put the number at 61":
                    # the parse joined "put" to the participle; X puts it
                    head = head.head.head
                    continue
                if head.dep_ not in ("conj", "xcomp", "acomp") or head.head == head:
                    return []  # "X said and added", "X love to repeat": X speaks for both
                head = head.head
        words: list[Token] = []
        k = verb.i - 1
        while k >= sent.start and (doc[k].lower_ in _AUXILIARIES or doc[k].lower_.endswith("ly")):
            if doc[k].lower_ in _PASSIVE:
                return self._agent(doc, verb, sent)
            k -= 1
        appositive = k > sent.start and doc[k].text == ","
        if appositive:
            k -= 1  # "the governor, Jean-Marie Kasongo, said": the name before the comma
        while k >= sent.start and len(words) < _MAX_SUBJECT:
            token = doc[k]
            if token.like_num and not (words and words[0].lower_ in DEFINITE):
                return []  # "two operations called ...": the figure's noun, not a speaker
            if token.like_num or token.text in BOUNDARY or opens_clause(token):
                break
            words.insert(0, token)
            k -= 1
        if appositive and not (
            k >= sent.start and doc[k].text == "," and any(map(is_proper, words))
        ):
            return []
        return words

    def _rebutter(self, participle: Token) -> Token | None:
        """The one who rejects a figure in a clause set between a participle and the
        verb it hangs on: in "X said 35 were arrested, a figure the police spokesman
        denied, saying only nine were in custody" the spokesman says the nine, as
        the one who denies goes on to give his own figure."""
        doc = participle.doc
        for verb in reversed(doc[participle.head.i + 1 : participle.i]):
            if verb.dep_ in ("relcl", "conj", "acl") and verb.lower_ in self.vocab.denial_verbs:
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                if subjects:
                    return subjects[0]
        return None

    def _agent(self, doc: Doc, verb: Token, sent: Span) -> list[Token]:
        """The "by X" after a passive reporting verb, without a parse."""
        if verb.i + 1 >= sent.end or doc[verb.i + 1].lower_ != "by":
            return []
        words: list[Token] = []
        for token in doc[verb.i + 2 : min(sent.end, verb.i + 2 + _MAX_SUBJECT)]:
            if token.text in BOUNDARY or opens_clause(token):
                break
            words.append(token)
        return words

    def _by_content_noun(self, doc: Doc, noun: Token) -> Attribution | None:
        """A claim noun with its content: "a report by X that troops had killed 100",
        "the assertion by X that 130 died", "reports of 26 deaths". The content is
        the claim of the noun's author ("by X", "X's"), else of the noun itself
        (unnamed "reports"), whoever utters the sentence around it; it is denied
        when the verb over the noun rejects it ("dismissed a report ...") or calls
        it false ("called reports of 26 deaths lies")."""
        if not doc.has_annotation("DEP") or not in_words(noun.text, self.vocab.content_nouns):
            return None
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        if noun.dep_ in ("appos", "npadvmod") or _set_off(noun):
            return self._rebuttal(noun)
        if (
            noun.dep_ == "dobj"
            and noun.head.lower_ in self.vocab.confirmations
            and not negated(noun.head)
        ):
            return None  # "corroborated reports that ...": the one who vouches says so
        contents = [
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and (any(m.dep_ == "mark" for m in c.children) or _that_clause(c))
        ]
        if noun.dep_ in _SUBJECTS and not contents:
            return None  # a subject speaks through its verb (_by_source_noun), unless it
            # carries its own "that" clause: "Claims that dozens died are false"
        contents += [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        contents += _content_on_author(noun)
        scope = frozenset(t.i for c in contents for t in c.subtree)
        span = doc[min(scope, default=0) : max(scope, default=-1) + 1]
        if not any(t.like_num or t.lower_ in self.vocab.vague for t in span):
            return None  # no figure in the content ("dozens" is one, too)
        lefts = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "det", "poss")]
        agents = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
        tail = [t for t in (agents[0].subtree if agents else ()) if t.i not in scope]
        source = self.source(doc, [*expand(lefts), noun, *tail][:_MAX_PHRASE])
        if source is None:
            return None
        verb = noun.head
        outside = {t.i for t in noun.subtree}
        denied = verb.lower_ in self.vocab.denial_verbs or any(
            t.i not in outside and in_words(t.text, self.vocab.falsehoods) for t in verb.subtree
        )
        return Attribution(source, noun.i, denied, scope)

    def _figure_rebutted(self, doc: Doc, noun: Token) -> Attribution | None:
        """A figure noun set after a clause to reject it, as a claim noun may be: "X
        said 35 were arrested, a figure the police denied", "a number the archives do
        not support"."""
        if not doc.has_annotation("DEP") or noun.lower_ not in self.vocab.continuation_nouns:
            return None
        if noun.dep_ in ("appos", "npadvmod") or _set_off(noun):
            return self._rebuttal(noun)
        return None

    def _rebuttal(self, noun: Token) -> Attribution | None:
        """A claim noun set after a clause to reject it: "X claimed that 300,000 ballots
        were stuffed, a charge the commission dismissed as baseless". The clause it
        renames is denied, whoever made it (see :meth:`choose`)."""
        rejecting = [
            c
            for c in noun.children
            # "a figure the opposition rejects", "rejects" taken for a plural noun
            if (c.dep_ == "appos" and c.lower_ in self.vocab.denial_verbs)
            or (
                c.dep_ in ("relcl", "acl")
                and (
                    c.lower_ in self.vocab.denial_verbs
                    or (c.lower_ in self.vocab.support_verbs and negated(c))
                    or any(in_words(t.text, self.vocab.falsehoods) for t in c.subtree)
                )
            )
        ]
        if not rejecting:
            return None
        head = noun.head
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head
        own = {t.i for t in noun.subtree}
        # a participle after the noun gives the rejecter's own figure ("..., a figure
        # the spokesman denied, saying only nine were held"), which is not denied
        own |= {
            t.i
            for c in head.children
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.i
            for t in c.subtree
        }
        scope = frozenset(t.i for t in head.subtree if t.i not in own)
        # weak: whoever made the claim stays its source, the rebuttal only denies it
        return Attribution(ClaimSource(), noun.i, denied=True, scope=scope, weak=True, rebuts=True)

    def _by_source_noun(self, doc: Doc, noun: Token, sent: Span) -> Attribution | None:
        """A source noun that is itself the subject ("unofficial statistics ... reached").

        With a parse, a subject speaks for its clause; a source noun the parse
        misplaces (not the object of a preposition) still speaks for its sentence.
        Not after a demonstrative: "this figure rose to 900" points back to a figure.
        """
        if noun.i > sent.start and doc[noun.i - 1].lower_ in _DEMONSTRATIVES:
            return None
        # (children only with a parse: spaCy may crash walking them in an unparsed doc)
        if doc.has_annotation("DEP") and any(c.dep_ == "nummod" for c in noun.children):
            return None  # "interviewed 25 witnesses": what is counted, not who counts
        if noun.lower_ in self.vocab.continuation_nouns and any(
            t.lower_ in DEFINITE for t in doc[max(sent.start, noun.i - 3) : noun.i]
        ):
            return None  # "the real figure is ...": the figure, not who gives it
        # (from the sentence's start: a negative start would wrap round the document)
        before = doc[max(sent.start, noun.i - 2) : noun.i]
        if any(t.lower_ in self.vocab.first_person_owners for t in before):
            return None  # "our estimate was 12,000": the writer's, or the speaker's turn
        if doc.has_annotation("DEP") and (self._is_verb(doc, noun.head) or noun.dep_ == "pobj"):
            return None
        if doc.has_annotation("DEP") and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            return None  # "witness statements": the phrase's head says whether it speaks
        if doc.has_annotation("DEP") and _listed_object(noun):
            return None  # "from court papers, hospital records and 30 interviews": material
        if doc.has_annotation("DEP") and noun.dep_ in _SUBJECTS:
            phrase = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "det", "poss")]
            source = self.source(
                doc, [*expand(phrase), noun, *_authored_tail(noun, self.vocab.attribution_verbs)]
            )
            scope = frozenset(t.i for t in noun.head.subtree)
            return None if source is None else Attribution(source, noun.i, scope=scope)
        if (
            doc.has_annotation("DEP")
            and noun.dep_ == "dobj"
            and noun.lower_ in self.vocab.continuation_nouns
        ):
            # "The Red Cross has a different figure": whoever has it gives it
            owners = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            source = self.source(doc, _phrase_of(owners[0])) if owners else None
            return None if source is None else Attribution(source, noun.i)
        if noun.i > sent.start and doc[noun.i - 1].lower_ in ("of", "to", "on", "by", "a", "an"):
            return None  # "a record for the country" is no speaker
        if any(self._is_verb(doc, t) for t in doc[max(sent.start, noun.i - 3) : noun.i]):
            return None  # the object of a reporting verb ("published its own count")
        words = [noun]
        k = noun.i - 1
        while k >= sent.start and len(words) < 4:
            token = doc[k]
            if (
                token.is_punct
                or token.like_num
                or (token.is_stop and token.lower_ not in self.vocab.anonymous)
            ):
                break
            words.insert(0, token)
            k -= 1
        # "..., figures compiled by the bureau show": the author after the noun (which
        # takes a parse: spaCy may crash walking an unparsed doc's tree)
        tail = (
            _authored_tail(noun, self.vocab.attribution_verbs) if doc.has_annotation("DEP") else []
        )
        source = self.source(doc, [*words, *tail])
        return None if source is None else Attribution(source, noun.i)

    def _by_account(
        self, doc: Doc, noun: Token, last: ClaimSource | None, person: ClaimSource | None
    ) -> Attribution | None:
        """A figure given "by X's account" or "in X's account" ("by Polybius's account",
        "by the army's own count", "in the account published by the exile office"):
        whoever gives the account speaks for the sentence, as "according to X" would.
        A pronoun owner ("by its own reckoning") is the source the text named last,
        "his" or "her" the person it was about when it named none ("The commander
        surrendered. By his count, ..."); "our" is the writer."""
        if not doc.has_annotation("DEP") or not in_words(noun.text, self.vocab.accounts):
            return None
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("by", "in"):
            return None
        owners = [c for c in noun.children if c.dep_ == "poss"]
        source: ClaimSource | None
        if owners and owners[0].lower_ in self.vocab.first_person_owners:
            source = ClaimSource()
        elif owners and owners[0].pos_ == "PRON":
            personal = owners[0].lower_ in ("his", "her")
            source = (person or last) if personal else last
            source = source if source is not None and source.kind != "author" else None
        elif owners:
            source = self.source(doc, [*owners[0].subtree, noun])
        else:
            tail = _authored_tail(noun, self.vocab.attribution_verbs)
            source = self.source(doc, [noun, *tail]) if tail else None
        return None if source is None else Attribution(source, noun.head.i)

    # -- choosing one -------------------------------------------------------------------

    @staticmethod
    def _walled(doc: Doc, attribution: Attribution, figure: Figure) -> bool:
        """Whether a semicolon or a line break stands between the cue and the figure: a
        semicolon joins independent clauses, and a source in one does not speak for
        the other; a line ends a headline or a table row, which the parser may run
        into the next ("120,000 FLEE INTO CHAD\nN'DJAMENA - ..., the UNHCR said")."""
        low, high = sorted((attribution.position, figure.start))
        return any(t.text == ";" or "\n" in t.whitespace_ + t.text for t in doc[low:high])

    def choose(
        self, doc: Doc, attributions: Sequence[Attribution], figure: Figure
    ) -> Attribution | None:
        """The attribution behind ``figure``: the innermost clause that holds it, else the
        nearest sentence-wide cue before it, else after it."""
        attributions = [a for a in attributions if not self._walled(doc, a, figure)]
        holding = [a for a in attributions if a.scope is not None and figure.start in a.scope]
        speaking = [a for a in holding if not a.weak] or [a for a in holding if not a.rebuts]
        if speaking:
            inner = min(speaking, key=lambda a: len(a.scope or ()))
            # a denial reaches what its clause reports from others: "denied that 3,000
            # were detained, as the opposition claims" is the opposition's, denied
            return replace(inner, denied=any(a.denied for a in holding))
        if holding:
            # only a rebuttal holds the figure: it denies, and whoever else the
            # sentence names gives it ("Army records list 212 killed, a figure the
            # group disputes", which the parse may leave the records no verb for)
            rest = [a for a in attributions if not a.rebuts]
            chosen = self._wide(doc, rest, figure) if rest else None
            return replace(chosen or holding[0], denied=True)
        return self._wide(doc, attributions, figure)

    @staticmethod
    def _wide(doc: Doc, attributions: Sequence[Attribution], figure: Figure) -> Attribution | None:
        """The cue for a figure no clause's cue holds: one that opened an earlier
        conjoined "that" clause, else the nearest sentence-wide cue before it, else
        after it."""
        opening = conjoined_that(doc, figure.start)
        first = [
            a
            for a in attributions
            if a.scope is not None and not a.weak and a.position < (opening or 0)
        ]
        if first:  # "insists that ..., and that no more than 40 were injured"
            return first[-1]
        wide = [a for a in attributions if a.scope is None]
        before = [a for a in wide if a.position < figure.start]
        if before:
            return before[-1]
        return wide[0] if wide else None


def _content_on_author(noun: Token) -> list[Token]:
    """A claim noun's "that" clause the parser hung on its author as a relative clause:
    in "denied a report by the Irrawaddy news site that 40 civilians had died" it may make
    "that" the object of "died" under "site" (:func:`_that_clause`)."""
    return [
        clause
        for by in noun.children
        if by.dep_ == "prep" and by.lower_ == "by"
        for author in by.children
        if author.dep_ == "pobj"
        for clause in author.children
        if clause.dep_ == "relcl" and _that_clause(clause)
    ]


def _that_clause(clause: Token) -> bool:
    """Whether a clause the parser took for a relative one opens with a "that" it made an
    argument, while a subject of its own besides "that" shows it is a content clause
    ("a report ... that 40 civilians had died")."""
    return clause.left_edge.lower_ == "that" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children
    )


def _passive_content(verb: Token) -> frozenset[int]:
    """What a passive reporting verb with its agent reports: its passive subject,
    which is the content and not the speaker ("The deaths of 14 protesters were
    confirmed by the governor", "Twenty-one arrests were reported by police")."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return frozenset()
    return frozenset(t.i for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree)


def _participle_subject(verb: Token) -> Token | None:
    """The subject the parser gave to a participle set off before the verb instead
    of to the verb ("Polybius, writing seventy years later, claims that ...", where
    "Polybius" hangs on "writing"): the one who writes is the one who claims."""
    for participle in verb.children:
        if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i > verb.i:
            continue
        subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]
        if subjects and participle.i > 0 and participle.doc[participle.i - 1].text == ",":
            return subjects[0]
    return None


def _interrupted_subject(verb: Token) -> Token | None:
    """The subject a participle set between it and its verb took in the parse: "the
    chronicler Matthias Kern, writing forty years later, claimed that ...", parsed
    with "Kern" the subject of "writing" and "claimed" left with none. The
    participle's phrase, an adverbial one set off from its subject by a comma, ends
    right before the verb (past a comma)."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or k == verb.i - 1:
        return None  # no comma closes a phrase set off before the verb
    for token in (doc[k], *doc[k].ancestors):
        if token.i >= verb.i or token.right_edge.i >= verb.i:
            break
        if token.tag_ not in ("VBG", "VBN") or token.dep_ not in ("advcl", "acl"):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
        # the participle is set off from its subject by a comma ("Kern, writing ...")
        if subjects and any(t.text == "," for t in doc[subjects[0].i + 1 : token.i]):
            return subjects[0]
        if not subjects and (opening := _clause_opening_subject(token)) is not None:
            return opening
    return None


def _clause_opening_subject(participle: Token) -> Token | None:
    """The word that opens a clause after a semicolon and is set off by the comma
    before a participle: "One chronicler put the dead at thirty; another, writing a
    century later, spoke of nearly two hundred", where the parse hangs "another" on
    the clause before and leaves the participle and the verb with no subject."""
    doc = participle.doc
    comma = participle.left_edge.i - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    subject = doc[comma - 1]
    if subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    opening = min(subject.left_edge.i, subject.i)
    if opening < 1 or doc[opening - 1].text != ";":
        return None
    return subject


def _set_off_owner(participle: Token) -> Token | None:
    """The subject of a participle set off by commas that the parse made the clausal
    subject of the verb ("the diarist Johann Brandt, writing a decade later,
    claimed ...", with "writing" the subject): the one it describes speaks."""
    if participle.dep_ != "csubj" or participle.tag_ not in ("VBG", "VBN"):
        return None
    owners = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]
    doc = participle.doc
    if owners and any(t.text == "," for t in doc[owners[0].i + 1 : participle.i]):
        return owners[0]
    return None


def _reduced_relative(verb: Token) -> bool:
    """Whether a finite verb the parser hung on the verb before it as an adverbial
    clause, with no subject and no conjunction of its own, is the main verb: in
    "Former detainees interviewed for this report described cells ..." the parser
    takes the participle "interviewed" for the main verb and "described" for a
    clause under it, whose subject is the participle's. A participle with its agent
    may hold the verb as its object clause instead ("The register kept by the
    church lists 1,140 households")."""
    by_agent = verb.dep_ == "ccomp" and any(c.dep_ == "agent" for c in verb.head.children)
    return (
        (verb.dep_ == "advcl" or by_agent)
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.head.dep_ == "ROOT"
        and verb.head.tag_ in ("VBD", "VBN")
        and verb.head.i < verb.i
        and not any(c.dep_ in ("mark", "advmod", "nsubj", "nsubjpass") for c in verb.children)
        # a comma or an "and" between them opens a clause of its own ("The two sides
        # engaged in gunfire and the militants claimed ..."); a possessive apostrophe
        # does not ("kept by the Ogiek Peoples' Development Program lists ...")
        and not any(
            (t.is_punct and t.tag_ != "POS") or t.dep_ == "cc"
            for t in verb.doc[verb.head.i : verb.i]
        )
    )


def _after_label(subject: list[Token], verb: Token) -> list[Token]:
    """The subject without a speaker label the parser ran into it: in "The Secretary
    of State (Priya Sandhu): Network Rail's figures show ..." the figures speak, and
    the label only says whose turn it is (:mod:`.turns`)."""
    if not subject or subject[0].i >= verb.i:
        return subject
    doc = verb.doc
    colons = [t for t in doc[subject[0].i : verb.i] if ":" in t.text]
    if not colons:
        return subject
    return [
        t
        for t in doc[colons[-1].i + 1 : verb.i]
        if t.dep_ not in ("aux", "auxpass", "neg", "advmod") and not t.is_punct
    ]


def _staffed_body(subject: Sequence[Token]) -> Token | None:
    """The organisation the writer's own people work in, which speaks for them: "our
    colleagues at the World Food Programme tell us ..." is the programme's claim,
    while "our correspondent in Kabul" stays the writer's (a place, no body)."""
    if not subject or subject[0].lower_ not in ("our", "my"):
        return None
    if not subject[0].doc.has_annotation("DEP"):
        return None  # (spaCy may crash walking an unparsed doc's tree)
    head = phrase_head(subject)
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "with", "in"):
            for body in prep.children:
                if body.dep_ == "pobj" and body.ent_type_ == "ORG":
                    return body
    return None


def _authored_tail(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """The words after a source noun that name its author: "by X" ("reports by local
    activists") or a participle with its agent ("records kept by X", "figures
    compiled by the bureau"), for :mod:`.naming` to read the author from. A
    reporting verb the parser took into the agent ("by the bureau show") ends it."""
    agents = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    tail = [*agents[0].subtree][:_MAX_PHRASE] if agents else []
    for kept in (c for c in noun.children if not agents and c.tag_ == "VBN"):
        by = [c for c in kept.children if c.dep_ == "agent"]
        tail = [kept, *by[0].subtree][:_MAX_PHRASE] if by else tail
    words = sorted(set(tail), key=lambda t: t.i)
    while words and words[-1].lower_ in verbs:
        words.pop()
    return words


def _closing_name(head: Token) -> Token | None:
    """A proper name set off at the end of a subject phrase that the parser hung on
    a noun inside it rather than on the head ("The area's member of parliament,
    Grace Atim, told ...", where "Grace Atim" hangs on "parliament"): the name is
    the speaker, as an appositive on the head would be."""
    doc = head.doc
    for token in head.subtree:
        if token == head or token.dep_ != "pobj":
            continue
        for child in token.children:
            if child.dep_ != "appos" or child.i < token.i or child.left_edge.i == 0:
                continue
            rest = doc[child.right_edge.i + 1 : head.right_edge.i + 1]
            if (
                doc[child.left_edge.i - 1].text == ","
                and all(t.is_punct for t in rest)
                and any(is_proper(t) and t.ent_type_ == "PERSON" for t in child.subtree)
            ):
                return child
    return None


def _staff(subject: Sequence[Token]) -> bool:
    """Whether a possessed subject is the staff of a body ("its teams", "their
    monitors"), who speak for it, unlike one person ("Its leader said"), who speaks
    for himself."""
    return phrase_head(subject).tag_ == "NNS"


def _compounded(verb: Token) -> bool:
    """Whether the verb ends a hyphenated compound ("Laboratory-confirmed")."""
    return verb.i > 1 and verb.nbor(-1).text == "-" and not verb.nbor(-2).whitespace_


def _on_line(subject: list[Token], verb: Token) -> list[Token]:
    """The words of a subject on the verb's own line: a heading or a table row
    above ("MEASLES OUTBREAK ... WEEK 14") is no part of who speaks."""
    text = doc_text(verb.doc)
    line_start = text.rfind("\n", 0, verb.idx) + 1
    return [t for t in subject if t.idx >= line_start]


def _asked(verb: Token, subject: Sequence[Token], sent: Span) -> bool:
    """Whether the verb is asked about, not said: in a question the auxiliary comes
    before the subject ("Will the minister confirm that 2,300 ...?"), and what it
    asks about is the asker's to put, not the subject's to claim."""
    if not sent.text.rstrip().endswith("?") or not verb.doc.has_annotation("DEP"):
        return False
    firsts = [min(t.i for t in subject)]
    firsts += [c.i for c in verb.children if c.dep_ in _SUBJECTS]
    return any(c.dep_ == "aux" and c.i < max(firsts) for c in verb.children)


def _findings(word: Token) -> list[Token]:
    """The "that" clauses a finding word holds ("the Chamber finds that ...", "the
    tribunal is satisfied that ..."); without one it reports nothing ("police found
    20 bodies" is what they found, not what they say)."""
    if not word.doc.has_annotation("DEP"):
        return []
    return [c for c in word.children if c.dep_ == "ccomp"]


def _misparsed_modifier(verb: Token) -> bool:
    """Whether a finite past verb hangs on the noun before it as a modifier only because
    the parse lost the clause's main verb ("the merchants who fled to Amoy told of ...",
    with "told" a second relative clause or a participle of "merchants"): a relative
    clause with no subject or relative word of its own, or a past tense as a participle,
    modifies nothing, so the noun is its subject."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.tag_ == "VBD"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _misparsed_root(noun: Token) -> bool:
    """Whether a noun governs a verb only because the parse lost the main verb: a
    proper name ("Hulegu himself, ..., boasted"), or a noun at the root of its
    sentence ("The army spokesman, Colonel X, dismissed ...")."""
    return noun.pos_ == "PROPN" or (noun.head == noun and noun.pos_ == "NOUN")


def _a_place(subject: Sequence[Token]) -> bool:
    """Whether a subject is only a place ("Nangarhar", "the province of Helmand"):
    a place is where figures are recorded, and speaks only through an institution."""
    names = [t for t in subject if is_proper(t)]
    return (
        bool(names)
        and all(t.ent_type_ in PLACES for t in names)
        and (phrase_head(subject).ent_type_ in PLACES)
    )


def _appended_name(phrase: Sequence[Token]) -> list[Token]:
    """A person's name set off after a source phrase that it names ("according to
    the journal of the commander, Francisco Pelsaert"): the person speaks, as the
    name in apposition does for a subject."""
    if not phrase or not phrase[0].doc.has_annotation("DEP"):
        return []
    for token in phrase:
        for child in token.children:
            if child.dep_ == "appos" and child.i > phrase[-1].i and child.ent_type_ == "PERSON":
                return _phrase_of(child)
    return []


def _points_back(subject: Token, figure_nouns: frozenset[str]) -> bool:
    """A subject that points back at figures already given: a demonstrative ("That
    is ...", "These are ..."), or a figure noun with a demonstrative or "the" ("The
    figures were compiled by ...", "That number comes from ...")."""
    if subject.lower_ in _DEMONSTRATIVES:
        return True
    return subject.lower_ in figure_nouns | {"figures", "numbers", "estimates", "tallies"} and any(
        c.dep_ == "det" and (c.lower_ in _DEMONSTRATIVES or c.lower_ == "the")
        for c in subject.children
    )


def _set_off(noun: Token) -> bool:
    """Whether an object after a comma renames the clause before it ("claimed that
    5,000 homes were flooded, a claim the province dismissed"), as the parser may
    attach such an appositive to the verb."""
    start = noun.left_edge.i
    return noun.dep_ == "dobj" and start > 0 and noun.doc[start - 1].text == ","


def _unnamed(attribution: Attribution) -> Attribution:
    """The attribution with its speaker kept anonymous."""
    if attribution.source.kind == "author":
        return attribution
    source = ClaimSource(name=attribution.source.name, entity=None, kind="unnamed")
    return replace(attribution, source=source)


def _cuts(token: Token) -> bool:
    """Whether a clause on a subject ends its name: a relative clause does, a
    participle with its agent ("records kept by the Society") does not."""
    if token.dep_ == "relcl":
        return True
    if token.dep_ != "acl":
        return False
    return not (token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children))


def _listed_object(noun: Token) -> bool:
    """Whether a noun is a later item of a list that is a preposition's or a verb's
    object ("pieced together from court papers, hospital records and ..."): like the
    first item, it is what someone drew on, not who speaks."""
    first = noun
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first is not noun and first.dep_ in ("pobj", "dobj")


def _ends_clause_before(token: Token) -> bool:
    """Whether a word before a subject's head closes a clause of its own: a semicolon or
    a colon, or a verb that heads a clause rather than describing the noun ("the
    ruling party" describes it; "recorded" in "X recorded that ...; the chronicle" does not)."""
    if token.text in (";", ":"):
        return True
    return token.pos_ in ("VERB", "AUX") and token.dep_ in ("ccomp", "conj", "advcl", "parataxis")


def _phrase_of(head: Token) -> list[Token]:
    """A subject phrase, cut before a comma or a relative clause; an appositive
    proper name stands for the phrase ("a police spokeswoman, Maria Ostrova")."""
    linked = any(c.dep_ == "cc" for c in head.children)
    for child in head.children:
        appositive = child.dep_ == "appos" or (child.dep_ == "conj" and not linked)
        # a semicolon ends the phrase: what the parse hangs past it is another clause
        appositive = appositive and not any(
            t.text == ";" for t in head.doc[head.i : child.left_edge.i]
        )
        # (a date is no name: "Your report of 3 May stated ...")
        if (
            appositive
            and child.i > head.i
            and any(is_proper(t) and t.ent_type_ not in _DATES for t in child.subtree)
        ):
            # a name before a description of it stays the source: "The Syrian
            # Observatory for Human Rights, a UK-based monitor, reported ..."
            own = [t for t in head.subtree if t.i < child.left_edge.i]
            described = child.left_edge.lower_ in ("a", "an")
            if not (described and any(is_proper(t) for t in own)):
                return _phrase_of(child)
    if (named := _closing_name(head)) is not None:
        return _phrase_of(named)
    # a relative clause cuts at its first word, its relative pronoun included ("A
    # commission that investigated ...", "Survivors who reached ..." end before it)
    cut = min((t.left_edge.i for t in head.subtree if t.i > head.i and _cuts(t)), default=None)
    # a clause the parse hung before the head is no part of its phrase ("X recorded that
    # 4,000 fell; the Welsh chronicle, written later, put ..." rooted at "chronicle")
    opening = max(
        (t.i for t in head.subtree if t.i < head.i and _ends_clause_before(t)), default=-1
    )
    words: list[Token] = []
    for token in head.subtree:
        if token.i <= opening:
            continue
        if token.i > head.i and (token.text in BOUNDARY or token.i == cut):
            break
        if words and token.i != words[-1].i + 1:
            break  # a gap: the parse hung a later phrase on the subject, past its verb
        words.append(token)
    return words
