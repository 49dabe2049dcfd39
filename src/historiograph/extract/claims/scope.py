"""The reach of a reporting verb: which tokens of its sentence it speaks for.

:mod:`.attribution` finds who speaks; this module says over what. A reporting
verb speaks for its own clause (or the clause an "as X has shown" or a
parenthetical "..., guards said, ..." attaches to), not for a clause conjoined
to it about another agent, and not for its subject's own relative clauses. A
denial verb denies less: not what its subject says instead, nor what someone
else reports inside it.
"""

from __future__ import annotations

from spacy.tokens import Token

from historiograph.extract.claims.repairs import modifier_subject

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Subordinators that set a contrasting clause against the verb's own ("the ministry
# put arrests at 2,000, while activists counted 5,000"): such a clause with a
# subject of its own is another account, not the verb's. A concession ("..., the
# ministry said, though 200,000 remain in camps") goes on in the same voice.
_CONTRASTS = frozenset({"while", "whereas"})


def subject_clauses(verb: Token) -> set[int]:
    """The tokens of a verb's subjects with their clauses: "The group, which
    interviewed 25 witnesses, said ..." tells the 25 in the writer's voice."""
    return {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree}


def scope_of(verb: Token) -> frozenset[int]:
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
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        contrasted = any(m.dep_ == "mark" and m.lower_ in _CONTRASTS for m in clause.children)
        if contrasted and any(c.dep_ in _SUBJECTS for c in clause.children):
            scope -= {t.i for t in clause.subtree}
    scope |= _lost_object(verb)
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and _figured(head):
        scope |= {t.i for c in head.lefts for t in c.subtree} | {head.i}
    elif verb.dep_ == "acl" and any(_figured(o) for o in _of_objects(head)):
        # "the figure of 2,000 dead, cited by opposition activists": the figure it modifies
        scope |= {t.i for o in _of_objects(head) for t in o.subtree} | {head.i}
    return frozenset(scope)


def _lost_object(verb: Token) -> set[int]:
    """What a preposition of the verb left without an object stands before ("Y
    spoke of more than a thousand Spanish fallen", parsed with the figure the
    subject of "fallen"): the parse lost the object, which runs from the
    preposition to the next punctuation."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        if prep.n_rights or prep.n_lefts:
            continue  # its object is there
        doc, end = verb.doc, prep.i + 1
        while end < prep.sent.end and not doc[end].is_punct:
            end += 1
        return set(range(prep.i + 1, end))
    return set()


def _figured(noun: Token) -> bool:
    """Whether a noun is a figure or carries one ("40", "40 dead")."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _of_objects(noun: Token) -> list[Token]:
    """The objects of an "of" after a noun ("the toll of 2,000 dead" -> dead)."""
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of" and p.i > noun.i
        for o in p.children
        if o.dep_ == "pobj"
    ]


def denied_scope_of(verb: Token) -> frozenset[int]:
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
    kept |= {t.i for c in _clause(verb).subtree if stranded_conjunct(c) for t in c.subtree}
    return scope_of(verb) - kept


def stranded_conjunct(token: Token) -> bool:
    """A verb with no subject that the parser joined to a participle its auxiliaries
    carry, though it cannot share them ("denied that 200 had been detained and put
    the number at 61": "put" is no "had been put"): it goes on from the denial verb's
    subject, another act of the same speaker, and is not what is denied."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.tag_ in ("VBN", "VBG"):
        return False
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    head = token.head
    return head.tag_ in ("VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _reported_relative(token: Token) -> bool:
    """A relative clause with a subject of its own ("which it said killed 41"): it
    says what that subject holds, unlike one whose relative pronoun is the subject
    ("the report, which said 200 died"), which is part of what is denied."""
    if token.dep_ != "relcl":
        return False
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    return bool(subjects) and all(c.tag_ not in ("WDT", "WP") for c in subjects)


def _trailing(verb: Token) -> bool:
    """A report set after its clause with only a comma, which the parser joins to it
    as a second clause ("gunmen killed 17 soldiers near the border, the defence
    ministry said"): no "and" or "but" joins them, and a comma opens its subject.
    The parser may also hang it as an adverbial clause ("... has risen to 23, among
    them nine children, the district administrator said"): one with no subordinator
    and nothing reported of its own ends the clause it follows just the same."""
    head = verb.head
    if verb.dep_ not in ("conj", "advcl") or verb.i < head.i:
        return False
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return False
    if verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "ccomp", "dobj", "xcomp") for c in verb.children
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    if not subjects:
        return False
    opening = subjects[0].left_edge.i - 1
    return opening > head.i and verb.doc[opening].text == ","


def _clause(verb: Token) -> Token:
    """The clause a reporting verb speaks for: its own, or for "as X has shown" the
    clause that the "as" clause modifies, and for a parenthetical "..., guards said,
    ..." or a trailing "..., the ministry said" the clause it interrupts or ends."""
    if verb.dep_ == "parataxis" or _trailing(verb):
        return verb.head
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not _own_object(verb)
    ):
        head = verb.head
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head
        return head
    return verb


def _own_object(verb: Token) -> bool:
    """Whether an "as" clause says what it is about itself: "as X has shown" and "as
    the ministry put it" report the clause they modify, while "..., a hospital
    official said, as the government and rights groups gave conflicting accounts"
    tells what else went on, in the writer's voice."""
    return any(c.dep_ in ("dobj", "ccomp") and c.pos_ != "PRON" for c in verb.children)


def negated(verb: Token) -> bool:
    """Whether the verb, or a verb or adjective it completes, is negated ("could not
    confirm", "are not able to confirm"): the subject then vouches for nothing."""
    token = verb
    while True:
        if any(c.dep_ == "neg" for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "acomp") or token.head == token:
            return False
        token = token.head
