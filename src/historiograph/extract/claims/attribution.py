"""Attribution: who makes a claim, and whether they deny it.

Three cues name a source in a sentence:

- a preposition before it: "according to X", "based on X", "citing X"; the
  source runs to the next comma or the end of the sentence;
- a reporting verb after it: "X announced/said/claimed/reported/admitted ...",
  where X is the verb's subject (its agent when passive); a denial verb
  ("X denied that ...") makes the claim ``denied``; a pronoun subject ("He
  added ...") stands for the last source the text named, and a first-person
  one ("we counted ...", "our researchers documented ...") is the author;
  "as X has shown" speaks for the clause it modifies; "said to have" hedges
  its subject instead; "X rejected the report, saying ..." makes X the
  speaker of what it says, and denies only what it rejects;
- a source noun acting on the figure by itself: "unofficial statistics ...
  reached over 3,000", "some reports put ...";
- a claim noun with its content: "a report by X that troops killed 100" is X's,
  "reports of 26 deaths" the reports', whoever utters the sentence; a verb that
  rejects the noun or calls it false denies the content ("Claims that dozens
  died are false"); set after a clause it renames, it denies that clause, which
  keeps its own source ("X claimed that 300,000 ballots were stuffed, a charge
  the commission dismissed").

Finding words ("the Chamber finds that", "is satisfied that") report only their
"that" clause. Record verbs ("counted", "recorded") yield to a speaker who
reports them ("a nurse said doctors had counted 34 bodies" is the nurse's), and
a place as their subject is where, not who. A verb never reports its own
subject's relative clause ("The group, which interviewed 25 witnesses, said"),
and no cue reaches across a line break (a headline is not its dateline's).

The name is the phrase as written, except that a possessive before a medium
noun names its owner ("Masoud Rajavi's interview with ..." -> Masoud Rajavi,
"the organization's sources" -> the organization), "by" after one names its
author ("reports by local activists" -> local activists), and an appositive
proper name stands for the phrase ("a police spokeswoman, Maria Ostrova" ->
Maria Ostrova): the name is what lets a reader find the source again. The
kind is ``unnamed`` when the phrase is anonymous ("unofficial", "various",
"close to"), when its sentence keeps the speaker anonymous ("speaking on
condition of anonymity"), or when it names no one in particular (no proper
name, no possessive, no definite article or owner, no institution such as
"police" or its medium, "a police statement": "officials", "independent
observers"; a nationality alone names no one, "Soviet statisticians", unless
the noun speaks for a state, "Turkish officials"); else ``named``. "Records
kept by X" names X. A source that is a
proper name gets the entity id of :func:`historiograph.nlp.entities.entity_id`.

With a dependency parse a verb or source noun only attributes the figures in
its own clause (the innermost one wins); without a parse every cue covers
its whole sentence and the nearest one before the figure wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from historiograph.extract.claims.figures import Figure
from historiograph.extract.claims.repairs import appositive_person, conjoined_that, modifier_subject
from historiograph.extract.claims.turns import strip_label
from historiograph.extract.claims.vocabulary import Phrases, Vocabulary, in_words
from historiograph.nlp.entities import entity_id
from historiograph.nlp.views import doc_text, ents_in
from historiograph.record import ClaimSource

_BOUNDARY = frozenset({",", ";", ":", ".", "(", ")", "“", "”", '"', "!", "?", "—", "–"})
_CLAUSE_STARTS = frozenset(
    {"that", "and", "but", "while", "which", "who", "whom", "when", "however", "whereas", "as"}
)
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
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_BODIES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
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


class SourceReader:
    """Finds the sources a sentence names and picks the one behind each figure."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._prepositions = Phrases(vocab.attribution_prepositions)
        self._anonymous = Phrases(vocab.anonymous)
        self._anonymity = Phrases(vocab.anonymity)

    # -- naming a source ------------------------------------------------------------

    def source(self, doc: Doc, tokens: Sequence[Token]) -> ClaimSource | None:
        """The source a phrase names: its name, entity and kind (see module doc)."""
        words = [t for t in _unmarked(tokens) if not t.is_punct or t.text in _POSSESSIVES]
        for k, token in enumerate(words):
            if token.text in _POSSESSIVES and k > 0:
                owner = words[:k]
                owned = [t for t in words[k + 1 :] if t.lower_ != "own"]  # "X's own figure"
                if owned and in_words(owned[0].text, self.vocab.media_nouns):
                    return self._named(doc, owner, possessive=True)
            if token.lower_ == "by" and k > 1 and words[k - 1].lower_ in self.vocab.relays:
                return self.source(doc, words[: k - 1])  # "an official quoted by X": the official
            if token.lower_ == "by" and 0 < k < len(words) - 1 and self._authored(words[:k]):
                author = _until_clause(words[k + 1 :])
                if author:  # "reports by local activists", "records kept by X" -> the author
                    return self.source(doc, author)
        if not words:
            return None
        return self._named(doc, words, possessive=any(t.text in _POSSESSIVES for t in words))

    def _authored(self, words: Sequence[Token]) -> bool:
        """Whether ``words`` end in a medium, or a medium and a participle ("records
        kept"), so that a "by" after them names the medium's author."""
        if self._medium(words[-1]):
            return True
        return len(words) > 1 and words[-1].tag_ == "VBN" and self._medium(words[-2])

    def _medium(self, token: Token) -> bool:
        return any(
            in_words(token.text, words)
            for words in (self.vocab.media_nouns, self.vocab.source_nouns, self.vocab.content_nouns)
        )

    def _named(self, doc: Doc, words: Sequence[Token], *, possessive: bool) -> ClaimSource:
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        name = doc_text(doc)[start:end]
        anonymous = self._anonymous.find(doc, words[0].i, words[-1].i + 1)
        # a nationality before a common noun names no one ("Soviet statisticians"),
        # unless the noun speaks for a state ("Bosnian Serb officials")
        voice = in_words(words[-1].text, self.vocab.state_voices)
        proper = [t for t in words[:-1] if _is_proper(t) and (voice or not _nationality(t))]
        proper += [words[-1]] if _is_proper(words[-1]) else []
        # a place after the head says where the speaker is, not who ("a village
        # elder in Kapoeta", "officials in Kabul")
        where = self._placed(words)
        proper = [t for t in proper if t.i not in where]
        definite = (
            any(t.lower_ in _DEFINITE or t.lower_ in _OWNERS for t in words if t.i not in where)
            or words[-1].lower_ in self.vocab.institutions
            or _head(words).lower_ in self.vocab.institutions
            or self._institutional(words)
        )
        if anonymous or not (proper or possessive or definite) or self._crowd(words, proper):
            return ClaimSource(name=name, entity=None, kind="unnamed")
        return ClaimSource(name=name, entity=self._entity(words), kind="named")

    def _crowd(self, words: Sequence[Token], proper: Sequence[Token]) -> bool:
        """Whether a phrase picks out people only by a shared role, with no name in it:
        "the guards", "the organisers", "the old people" tell which group, not who
        answers for the figure, so they are as unnamed as "guards" (an office or a
        body speaks for itself: "the authorities", "the army", "the association")."""
        head = _head(words)
        if proper or head.tag_ != "NNS" or head.lower_ in self.vocab.state_voices:
            return False
        if head.lower_ in self.vocab.institutions:
            return False
        return in_words(head.lower_, self.vocab.person_nouns)

    def _placed(self, words: Sequence[Token]) -> set[int]:
        """The tokens after a phrase's head that say where it is: a place name, or
        the words after a locative preposition ("in", "at")."""
        head = _head(words)
        placed = {t.i for t in words if t.i > head.i and t.ent_type_ in _PLACES}
        for k, token in enumerate(words):
            if token.i > head.i and token.lower_ in self.vocab.locatives:
                placed.update(t.i for t in words[k + 1 :])
                break
        return placed

    def _institutional(self, words: Sequence[Token]) -> bool:
        """An institution's own medium names it ("a police statement", "Iranian
        government sources", "Government estimates at the time")."""
        head = _head(words)
        if not in_words(head.text, self.vocab.media_nouns):
            return False
        return any(t.lower_ in self.vocab.institutions for t in words if t.i < head.i)

    def _entity(self, words: Sequence[Token]) -> str | None:
        """The entity id of a source that is a proper name ("Masoud Rajavi", "the Red Crescent")."""
        body = [t for t in words if t.lower_ not in _DEFINITE]
        if not body or in_words(body[-1].text, self.vocab.source_nouns):
            return None
        if all(_is_proper(t) or (t.is_title and t.is_alpha) for t in body):
            return entity_id(" ".join(t.text for t in body))
        return None

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
            return self.source(doc, sorted([*_expand(words), token], key=lambda t: t.i))
        return None

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
        phrases = self._by_preposition(doc, sent)
        found = [attribution for attribution, _ in phrases]
        taken = {i for _, covered in phrases for i in covered}
        for token in sent:
            if token.i in taken:
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
            elif in_words(token.text, self.vocab.source_nouns):
                noun = self._by_source_noun(doc, token, sent)
                if noun is not None:
                    found.append(noun)
        if self._anonymity.find(doc, sent.start, sent.end):
            found = [_unnamed(a) for a in found]
        return sorted(found, key=lambda a: a.position)

    def _by_preposition(self, doc: Doc, sent: Span) -> list[tuple[Attribution, range]]:
        """Each "according to X" with the tokens it covers, which no verb inside it
        may claim ("according to a statement carried by ...", but "X, quoting a
        report, said ..." still has X say it)."""
        found: list[tuple[Attribution, range]] = []
        for start, end in self._prepositions.find(doc, sent.start, sent.end):
            phrase: list[Token] = []
            for token in doc[end : min(sent.end, end + _MAX_PHRASE)]:
                if token.text in _BOUNDARY:
                    break
                phrase.append(token)
            source = self.source(doc, phrase)
            if source is not None:
                found.append((Attribution(source, start), range(start, end + len(phrase))))
        return found

    def _is_verb(self, doc: Doc, token: Token) -> bool:
        word = token.lower_
        if word in self.vocab.findings:
            return bool(_findings(token))
        if word not in self.vocab.attribution_verbs and word not in self.vocab.denial_verbs:
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
        subject = strip_label(self._subject(doc, token, sent))
        if not subject:
            return None
        weak = token.lower_ in self.vocab.record_verbs
        source: ClaimSource | None
        first = subject[0].lower_
        if (len(subject) == 1 and first in self.vocab.first_person) or (
            first in self.vocab.first_person_owners
        ):
            source = ClaimSource()  # "we counted ...", "our researchers found": the writer
        elif len(subject) == 1 and subject[0].lower_ in self.vocab.pronouns:
            personal = subject[0].lower_ in _PERSONAL
            source = (person or last) if personal else last
            if source is None:
                source = self._main_subject(doc, token, sent)
        elif subject[0].lower_ in _CLAUSE_STARTS:
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
        if token.lower_ in self.vocab.findings:
            scope = frozenset(t.i for c in _findings(token) for t in c.subtree)
        else:
            scope = (_denied_scope if denied else _scope)(token) - {t.i for t in subject}
        return Attribution(source, token.i, denied, scope - _subject_clauses(token), weak)

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
                for child in head.children:
                    if child.dep_ in ("nsubj", "csubj"):
                        return _phrase_of(child)
                    if child.dep_ == "agent":
                        objects = [c for c in child.children if c.dep_ == "pobj"]
                        if objects:
                            return _phrase_of(objects[0])
                if head.dep_ == "acl" and head.head.i < head.i and _misparsed_root(head.head):
                    return _phrase_of(head.head)  # misparsed "Hulegu himself, ..., boasted"
                if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head != head:
                    head = head.head  # "X rejected the findings, saying ...": X says
                    continue
                if head.head == head and head.tag_ in _FINITE:
                    break  # a main verb with no subject: the parse lost it, read the words
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
            if token.like_num and not (words and words[0].lower_ in _DEFINITE):
                return []  # "two operations called ...": the figure's noun, not a speaker
            if token.like_num or token.text in _BOUNDARY or token.lower_ in _CLAUSE_STARTS:
                break
            words.insert(0, token)
            k -= 1
        if appositive and not (
            k >= sent.start and doc[k].text == "," and any(map(_is_proper, words))
        ):
            return []
        return words

    def _agent(self, doc: Doc, verb: Token, sent: Span) -> list[Token]:
        """The "by X" after a passive reporting verb, without a parse."""
        if verb.i + 1 >= sent.end or doc[verb.i + 1].lower_ != "by":
            return []
        words: list[Token] = []
        for token in doc[verb.i + 2 : min(sent.end, verb.i + 2 + _MAX_SUBJECT)]:
            if token.text in _BOUNDARY or token.lower_ in _CLAUSE_STARTS:
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
        contents = [
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" for m in c.children)
        ]
        if noun.dep_ in _SUBJECTS and not contents:
            return None  # a subject speaks through its verb (_by_source_noun), unless it
            # carries its own "that" clause: "Claims that dozens died are false"
        contents += [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        scope = frozenset(t.i for c in contents for t in c.subtree)
        span = doc[min(scope, default=0) : max(scope, default=-1) + 1]
        if not any(t.like_num or t.lower_ in self.vocab.vague for t in span):
            return None  # no figure in the content ("dozens" is one, too)
        lefts = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "det", "poss")]
        agents = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
        tail = [t for t in (agents[0].subtree if agents else ()) if t.i not in scope]
        source = self.source(doc, [*_expand(lefts), noun, *tail][:_MAX_PHRASE])
        if source is None:
            return None
        verb = noun.head
        outside = {t.i for t in noun.subtree}
        denied = verb.lower_ in self.vocab.denial_verbs or any(
            t.i not in outside and in_words(t.text, self.vocab.falsehoods) for t in verb.subtree
        )
        return Attribution(source, noun.i, denied, scope)

    def _rebuttal(self, noun: Token) -> Attribution | None:
        """A claim noun set after a clause to reject it: "X claimed that 300,000 ballots
        were stuffed, a charge the commission dismissed as baseless". The clause it
        renames is denied, whoever made it (see :meth:`choose`)."""
        rejecting = [
            c
            for c in noun.children
            if c.dep_ in ("relcl", "acl")
            and (
                c.lower_ in self.vocab.denial_verbs
                or any(in_words(t.text, self.vocab.falsehoods) for t in c.subtree)
            )
        ]
        if not rejecting:
            return None
        head = noun.head
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head
        own = {t.i for t in noun.subtree}
        scope = frozenset(t.i for t in head.subtree if t.i not in own)
        # weak: whoever made the claim stays its source, the rebuttal only denies it
        return Attribution(ClaimSource(), noun.i, denied=True, scope=scope, weak=True)

    def _by_source_noun(self, doc: Doc, noun: Token, sent: Span) -> Attribution | None:
        """A source noun that is itself the subject ("unofficial statistics ... reached").

        With a parse, a subject speaks for its clause; a source noun the parse
        misplaces (not the object of a preposition) still speaks for its sentence.
        Not after a demonstrative: "this figure rose to 900" points back to a figure.
        """
        if noun.i > sent.start and doc[noun.i - 1].lower_ in _DEMONSTRATIVES:
            return None
        if any(c.dep_ == "nummod" for c in noun.children):
            return None  # "interviewed 25 witnesses": what is counted, not who counts
        if noun.lower_ in self.vocab.continuation_nouns and any(
            t.lower_ in _DEFINITE for t in doc[max(sent.start, noun.i - 3) : noun.i]
        ):
            return None  # "the real figure is ...": the figure, not who gives it
        if any(t.lower_ in self.vocab.first_person_owners for t in doc[noun.i - 2 : noun.i]):
            return None  # "our estimate was 12,000": the writer's, or the speaker's turn
        if doc.has_annotation("DEP") and (self._is_verb(doc, noun.head) or noun.dep_ == "pobj"):
            return None
        if doc.has_annotation("DEP") and noun.dep_ in _SUBJECTS:
            phrase = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "det", "poss")]
            agents = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
            tail = [*agents[0].subtree][:_MAX_PHRASE] if agents else []
            for kept in (c for c in noun.children if not agents and c.tag_ == "VBN"):
                by = [c for c in kept.children if c.dep_ == "agent"]  # "records kept by X"
                tail = [kept, *by[0].subtree][:_MAX_PHRASE] if by else tail
            source = self.source(
                doc, [*_expand(phrase), noun, *sorted(set(tail), key=lambda t: t.i)]
            )
            scope = frozenset(t.i for t in noun.head.subtree)
            return None if source is None else Attribution(source, noun.i, scope=scope)
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
        source = self.source(doc, words)
        return None if source is None else Attribution(source, noun.i)

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
        if holding:
            speaking = [a for a in holding if not a.weak] or holding
            inner = min(speaking, key=lambda a: len(a.scope or ()))
            # a denial reaches what its clause reports from others: "denied that 3,000
            # were detained, as the opposition claims" is the opposition's, denied
            return replace(inner, denied=any(a.denied for a in holding))
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


def _findings(word: Token) -> list[Token]:
    """The "that" clauses a finding word holds ("the Chamber finds that ...", "the
    tribunal is satisfied that ..."); without one it reports nothing ("police found
    20 bodies" is what they found, not what they say)."""
    if not word.doc.has_annotation("DEP"):
        return []
    return [c for c in word.children if c.dep_ == "ccomp"]


def _misparsed_root(noun: Token) -> bool:
    """Whether a noun governs a verb only because the parse lost the main verb: a
    proper name ("Hulegu himself, ..., boasted"), or a noun at the root of its
    sentence ("The army spokesman, Colonel X, dismissed ...")."""
    return noun.pos_ == "PROPN" or (noun.head == noun and noun.pos_ == "NOUN")


def _a_place(subject: Sequence[Token]) -> bool:
    """Whether a subject is only a place ("Nangarhar", "the province of Helmand"):
    a place is where figures are recorded, and speaks only through an institution."""
    names = [t for t in subject if _is_proper(t)]
    return (
        bool(names)
        and all(t.ent_type_ in _PLACES for t in names)
        and (_head(subject).ent_type_ in _PLACES)
    )


def _subject_clauses(verb: Token) -> set[int]:
    """The tokens of a verb's subjects with their clauses: "The group, which
    interviewed 25 witnesses, said ..." tells the 25 in the writer's voice."""
    return {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree}


def _set_off(noun: Token) -> bool:
    """Whether an object after a comma renames the clause before it ("claimed that
    5,000 homes were flooded, a claim the province dismissed"), as the parser may
    attach such an appositive to the verb."""
    start = noun.left_edge.i
    return noun.dep_ == "dobj" and start > 0 and noun.doc[start - 1].text == ","


def _unmarked(tokens: Sequence[Token]) -> list[Token]:
    """The tokens without bracketed reference marks ("[13] Others" -> "Others")."""
    kept: list[Token] = []
    inside = False
    for token in tokens:
        if token.text == "[":
            inside = True
        elif token.text == "]":
            inside = False
        elif not inside and not (token.text.startswith("[") and token.text.endswith("]")):
            kept.append(token)
    return kept


def _is_proper(token: Token) -> bool:
    if token.ent_type_ in _NAMES or token.tag_ == "NNP":
        return True
    if token.is_upper and token.is_alpha and len(token) > 1:
        return True
    # a capital after a line label ("Q. Organisers say") is a sentence's first word
    # and so is one after a reference mark ("[13] Others put it at ...")
    opens = token.is_sent_start or (
        token.i > 0 and (token.nbor(-1).text.endswith(".") or token.nbor(-1).text.endswith("]"))
    )
    return token.is_title and token.is_alpha and not opens


def _head(words: Sequence[Token]) -> Token:
    """The head of a phrase: its first word governed from outside it (the last word
    without a parse)."""
    inside = {t.i for t in words}
    if words[0].doc.has_annotation("DEP"):
        for token in words:
            if token.head.i not in inside or token.head == token:
                return token
    return words[-1]


def _expand(tokens: Sequence[Token]) -> list[Token]:
    """Left modifiers with their own subtrees ("Iranian government" in "... sources")."""
    out: list[Token] = []
    for token in tokens:
        out.extend(t for t in token.subtree if t not in out)
    return sorted(out, key=lambda t: t.i)


def _nationality(token: Token) -> bool:
    """A nationality or other proper adjective ("Soviet", "Japanese")."""
    return token.ent_type_ == "NORP" or token.tag_ == "JJ"


def _scope(verb: Token) -> frozenset[int]:
    """The tokens a reporting verb speaks for: its clause (see :func:`_clause`) but
    not a clause conjoined to the verb about another agent, and for a verb that
    modifies a figure, the figure ("the 2 million long cited by X", "the 45 it gave
    on Thursday")."""
    scope = {t.i for t in _clause(verb).subtree}
    if modifier_subject(verb) is not None:  # the noun it was taken to modify is its object
        scope |= {t.i for t in verb.head.subtree}
    # a clause conjoined to the verb whose subject is someone else is another
    # assertion ("X recorded three deaths, and the prosecutor has charged six
    # officers"); one whose subject is a figure goes on reporting ("X reported 90
    # killed and 300 wounded")
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        subjects = [c for c in conj.children if c.dep_ in _SUBJECTS]
        if subjects and not any(t.like_num for s in subjects for t in s.subtree):
            scope -= {t.i for t in conj.subtree}
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and (
        head.like_num or any(c.dep_ == "nummod" for c in head.children)
    ):
        scope |= {t.i for c in head.lefts for t in c.subtree} | {head.i}
    return frozenset(scope)


def _denied_scope(verb: Token) -> frozenset[int]:
    """What a denial verb denies: its clause without the adverbial clauses that say
    what its subject holds instead ("rejected the findings, saying only 14 ..."), its
    conjoined verbs ("rejected the blame and said that 31 died"), and
    without relative clauses that someone reports in their own voice ("denied any
    role in the bombing, which it said killed 41": the role is denied, not the toll)."""
    kept = {t.i for c in verb.children if c.dep_ == "advcl" for t in c.subtree}
    # "rejected any responsibility ..., and said that 31 had died": another act of the
    # same subject, which reports rather than denies (a conjoined denial verb is its own).
    kept |= {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree}
    kept |= {t.i for c in _clause(verb).subtree if _reported_relative(c) for t in c.subtree}
    return _scope(verb) - kept


def _reported_relative(token: Token) -> bool:
    """A relative clause with a subject of its own ("which it said killed 41"): it
    says what that subject holds, unlike one whose relative pronoun is the subject
    ("the report, which said 200 died"), which is part of what is denied."""
    if token.dep_ != "relcl":
        return False
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    return bool(subjects) and all(c.tag_ not in ("WDT", "WP") for c in subjects)


def _unnamed(attribution: Attribution) -> Attribution:
    """The attribution with its speaker kept anonymous."""
    if attribution.source.kind == "author":
        return attribution
    source = ClaimSource(name=attribution.source.name, entity=None, kind="unnamed")
    return replace(attribution, source=source)


def _clause(verb: Token) -> Token:
    """The clause a reporting verb speaks for: its own, or for "as X has shown" the
    clause that the "as" clause modifies, and for a parenthetical "..., guards said,
    ..." the clause it interrupts."""
    if verb.dep_ == "parataxis":
        return verb.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        head = verb.head
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head
        return head
    return verb


def _until_clause(words: Sequence[Token]) -> list[Token]:
    """Words up to a clause opener ("local activists that 26 ..." -> local activists)."""
    out: list[Token] = []
    for token in words:
        if token.lower_ in _CLAUSE_STARTS or token.text in _BOUNDARY:
            break
        out.append(token)
    return out


def _cuts(token: Token) -> bool:
    """Whether a clause on a subject ends its name: a relative clause does, a
    participle with its agent ("records kept by the Society") does not."""
    if token.dep_ == "relcl":
        return True
    if token.dep_ != "acl":
        return False
    return not (token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children))


def _phrase_of(head: Token) -> list[Token]:
    """A subject phrase, cut before a comma or a relative clause; an appositive
    proper name stands for the phrase ("a police spokeswoman, Maria Ostrova")."""
    linked = any(c.dep_ == "cc" for c in head.children)
    for child in head.children:
        appositive = child.dep_ == "appos" or (child.dep_ == "conj" and not linked)
        if appositive and child.i > head.i and any(_is_proper(t) for t in child.subtree):
            return _phrase_of(child)
    words: list[Token] = []
    for token in head.subtree:
        if token.i > head.i and (token.text in _BOUNDARY or _cuts(token)):
            break
        words.append(token)
    return words
