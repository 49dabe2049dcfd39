"""Who did what to whom: event arguments from the dependency parse.

Roles follow the record: ``agent`` (who acts), ``target`` (a thing or body
acted on), ``victim`` (people harmed, arrested or killed), ``participant``
(candidates, parties to an agreement), ``supporter`` ("supported by the
Iraqi Army"). Arguments link to the record's entities through the mentions
that cover them; an unnamed collective ("the Iranian forces") becomes a
``group`` entity, and "the organization" refers back to the document's most
mentioned organization.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from historiograph.extract.events.anchoring import CALENDAR_TYPES
from historiograph.extract.events.detection import TriggerMatch
from historiograph.extract.events.lexicon import EventLexicon
from historiograph.extract.events.referents import (
    PERSONAL_KINDS,
    EntityIndex,
    argument_words,
    behalf_objects,
    misread_head_noun,
    of_objects,
)
from historiograph.nlp.views import doc_text

# The index of referents and the vocabularies live in ``referents``; callers have long
# imported them from here.
__all__ = [
    "OBJECTS",
    "Arguments",
    "EntityIndex",
    "argument_words",
    "claimed_later",
    "done_by_nobody",
    "find_arguments",
    "headline_sufferers",
    "subject_of",
    "verb_forms",
]

# Roles whose objects are people harmed rather than things hit.
VICTIM_TYPES = frozenset({"attack", "repression"})
# Types whose arguments are all parties rather than doers and done-to.
PARTICIPANT_TYPES = frozenset({"election", "agreement"})
# How the parser hangs a subject on the object noun when it misreads the verb between
# them as an adjective (:func:`_verb_as_modifier`).
MISREAD_SUBJECT_DEPS = ("compound", "nmod")
# Nominal triggers whose possessor undergoes the act ("Rajavi's arrest").
VICTIM_POSSESSIVE = frozenset(
    {"assassination", "execution", "arrest", "disappearance", "detention"}
)
# Types of act a body's leader does through it ("a Hamas-led protest").
LED_TYPES = frozenset({"attack", "battle", "protest", "repression"})
# Types of act that a later claim of responsibility or blame can credit to a doer.
CLAIMABLE_TYPES = frozenset({"attack", "battle"})
# Types of a band's act whose scene its sacking of buildings carries on ("stormed the
# town. Houses were burned"); repression is left out: after a crackdown, property burned
# is most often the crowd's.
SACKING_TYPES = frozenset({"attack", "battle"})
# Types whose "between" and "with" phrases name sides, each a doer ("fighting between A
# and B", "clashed with federal forces").
SIDED_TYPES = frozenset({"battle"})
# Types whose act a word for people in front of it is done by ("a student rally", "a
# worker strike"), where "a civilian massacre" is done to them.
MARCHER_TYPES = frozenset({"protest"})
# Types of a state's coercion, which a force reporting it with no doer named did itself
# ("Police said 37 people were detained").
REPORTED_FORCE_TYPES = frozenset({"repression"})
# Types whose "of" phrase names the doer ("the departure of Rajavi").
MOVER_TYPES = frozenset({"relocation", "organization"})
# Types whose acts are done to people the text may leave unnamed ("sentenced 75 defendants").
PEOPLE_TYPES = VICTIM_TYPES | {"legal"}
# Violent types whose noun, in an "in" phrase, is the act of the verb's subject
# ("troops freed the men in a raid").
FORCE_TYPES = frozenset({"attack", "battle", "repression"})
# Types whose act is something said: a capital named in them stands for its state.
STATED_TYPES = frozenset({"statement"})
# Subtypes of moving people against their will ("were deported", "was exiled"): done to
# people, as coercion is, by whoever holds them.
EXPELLING_SUBTYPES = frozenset({"expulsion"})
# Subtypes of saying that someone did wrong ("the abbot accused the townsmen"): only people
# or their bodies accuse and are accused, whatever word names them.
ACCUSING_SUBTYPES = frozenset({"accusation"})
# Subtypes whose object is a body the act makes ("founded a rival confederation").
FOUNDING_SUBTYPES = frozenset({"founding"})
SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
VICTIM_ROLES = frozenset({"victim", "target"})
# Named-entity labels of places: a subject so labelled beside another is a dateline's.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# What follows a dateline's place: "LAHORE (Dawn) —", "KABUL, Afghanistan —".
DATELINE_MARKS = frozenset({"(", "—", "–", "-", "--", ","})
# Dependents that modify a noun rather than head a phrase of their own.
MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "det", "nummod")
# Dependents by which the parser hangs a date on the noun after it ("on 7 March 1965 state
# troopers": "7" and "March" on "troopers").
DATED_DEPS = ("nummod", "nmod", "compound")
LIST_SEPARATORS = frozenset({", ", " and ", ", and ", " or ", ", or "})
OBJECTS = ("dobj", "obj", "attr")
# Prepositions whose phrase names what a battle's verb is aimed at ("laid siege to Vienna").
ASSAILED_PREPOSITIONS = ("against", "to")
# Prepositions whose phrase names what a violent act's words are aimed at ("an assault on
# the residence", "opened fire at the station", "laid siege to the legations"); "against"
# may tell what was met ("entered against fierce resistance").
ASSAILING_PREPOSITIONS = ("to", "at", "on", "upon")
# Prepositions whose phrase names the act a part is owned in ("claimed responsibility for
# the bombing", "admitted a role in the raid", "took part in the attack").
OWNED_ACT_PREPOSITIONS = ("for", "in")


def verb_forms(token: Token) -> set[str]:
    """A verb's lemma, and base forms its inflection suggests when the lemmatizer
    slips ("staged" lemmatized as "stag")."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    for suffix, stem in (("ied", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("s", "")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            forms.add(lower[: -len(suffix)] + stem)
    return forms


def _with_conjuncts(token: Token) -> list[Token]:
    """The token and the nouns joined to it; "the barons Rainald and Hugo": a plural
    noun whose apposed names are joined stands for each of them."""
    named = [
        c
        for a in token.children
        if a.dep_ == "appos" and a.pos_ == "PROPN" and token.tag_ == "NNS"
        for c in a.conjuncts
        if c.pos_ == "PROPN"
    ]
    joined = [*token.conjuncts, *named, *_members_singled_out(token)]
    return [token, *(c for c in joined if _verb_lost_subject(c) is None)]


def _members_singled_out(token: Token) -> list[Token]:
    """The named people a plural noun singles out ("twenty suspects, including a
    journalist, René Bassène", "among them a journalist, ..."; ``member_prepositions``),
    whom the parser hangs on the noun either as a phrase or as an apposition that
    carries the phrase. One left unnamed ("12 people, including a police officer") is
    only counted among them, as the toll counts them."""
    if token.tag_ not in ("NNS", "NNPS"):
        return []
    words = argument_words().member_prepositions
    phrases = [c for c in token.children if c.dep_ == "prep" and c.lower_ in words]
    apposed = [
        c
        for c in token.children
        if c.dep_ == "appos" and any(p.dep_ == "prep" and p.lower_ in words for p in c.children)
    ]
    singled = [o for p in phrases for o in p.children if o.dep_ == "pobj"] + apposed
    return [
        t
        for t in singled
        if t.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ == "appos" for c in t.children)
    ]


def _verb_lost_subject(noun: Token) -> Token | None:
    """The finite verb right after a noun the parser joined to the object before it.

    "workers set fire to a bus and police fired rubber bullets": the parse makes
    "police" a second thing set on fire and leaves "fired" with no subject. A
    noun joined to another that a finite verb with no subject of its own follows
    is that verb's subject.
    """
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or following is None:
        return None
    # "the crowd was peaceful and the yeomanry charged into it": a noun joined to a verb
    # heads a clause of its own, whatever tag the parse gave the verb after it (one with
    # a "by" phrase or an auxiliary of its own is a passive).
    past = following.tag_ == "VBN" and noun.head.pos_ in ("VERB", "AUX")
    past = past and not any(c.dep_ in ("aux", "auxpass", "agent") for c in following.children)
    finite = following.pos_ == "VERB" and (following.tag_ in ("VBD", "VBZ", "VBP") or past)
    if not finite or any(c.dep_ in (*SUBJECTS, "nsubjpass") for c in following.children):
        return None
    # "On 7 March state troopers and a posse attacked": the date swallowed the whole
    # subject, and the joined noun is part of it.
    return None if _swallowed_by_date(following) is not None else following


def _named_part_of_place(token: Token) -> bool:
    """ "the Armenian quarter of Baku": a part of a town (``place_part_nouns``) that an
    adjective or a name in front singles out is that part, not the town its "of" phrase
    names ("the rebel-held district of Baba Amr", held by whom, is Baba Amr)."""
    if token.lemma_.lower() not in argument_words().place_part_nouns:
        return False
    singling = ("JJ", "NNP", "NNPS")
    return any(
        c.dep_ in ("amod", "compound") and c.i < token.i and c.tag_ in singling
        for c in token.children
    )


def _expand_place_nouns(tokens: list[Token], index: EntityIndex) -> list[Token]:
    """ "the cities of A, B and C" stands for every place named in its "of" phrase."""
    expanded = []
    for token in tokens:
        listing = token.lemma_.lower() in index.lexicon.place_nouns
        named = of_objects(token) if listing and not _named_part_of_place(token) else []
        if not named:
            expanded.append(token)
            continue
        subtree = list(named[0].subtree)
        low, high = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
        found = len(expanded)
        text = doc_text(token.doc)
        for mention in sorted(index.mentions, key=lambda m: m.span[0]):
            # The parser often loses long lists of names: follow the list in the text.
            if mention.span[0] >= high and text[high : mention.span[0]] in LIST_SEPARATORS:
                high = max(high, mention.span[1])
            if low <= mention.span[0] and mention.span[1] <= high and mention.entity:
                span = token.doc.char_span(*mention.span, alignment_mode="expand")
                if span is not None:
                    expanded.append(span.root)
        if len(expanded) == found:  # no place the resolver knows: keep the noun itself
            expanded.append(token)
    return expanded


def _meant(token: Token, lexicon: EventLexicon) -> list[Token]:
    """Who or what an object stands for, where its own word is not it.

    "massacred much of its garrison", "freed two of the hostages": a part
    (``partitive_words``, a number) stands for its "of" phrase. "Petek, who was
    arrested": a relative pronoun, for the noun its clause describes; "seized a bus
    and burned it", a pronoun object (``object_pronouns``), for the joined verb's. "rose against
    Russian rule", "against the rule of the Habsburgs": a power's rule
    (``rule_nouns``), for the power its modifier or "of" phrase names.
    """
    words = argument_words()
    lemma = token.lemma_.lower()
    if lemma in words.partitive_words or token.pos_ == "NUM":
        owners = of_objects(token)
        if owners:
            return [t for owner in owners for t in _meant(owner, lexicon)]
        # "Some 300 nurses marched ..., and fourteen were detained": a bare number
        # counts the people last named.
        if token.pos_ == "NUM" and token.dep_ in PASSIVE_SUBJECTS:
            counted = _plural_before(token, lexicon)
            if counted is not None:
                return [counted]
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        return [token.head.head]
    # "set fire to a police precinct": the precinct, not the police, where the tagger
    # took the head noun for an adjective of the word before it.
    misread = [c for c in token.rights if misread_head_noun(c)]
    if misread:
        return misread
    pronoun = token.lower_ in words.object_pronouns and token.pos_ == "PRON"
    if pronoun and token.dep_ in OBJECTS and token.head.dep_ == "conj":
        # "hijacked a bus and set it alight": the pronoun object of the second verb is the
        # first verb's object.
        earlier = [c for c in token.head.head.children if c.dep_ in OBJECTS and c.pos_ != "PRON"]
        if earlier:
            return earlier
    if pronoun and "Plur" in token.morph.get("Number", []):
        people = _plural_before(token, lexicon)
        if people is not None:
            return [people]
    if lemma in words.rule_nouns:
        powers = [
            c
            for c in token.children
            if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
        ]
        powers = powers or of_objects(token)
        if powers:
            return powers
    return [token]


def _plural_before(pronoun: Token, lexicon: EventLexicon) -> Token | None:
    """The plural noun before a plural pronoun, in its own sentence or the one before,
    that it stands for.

    "Police beat teachers protesting outside the Assembly and detained 30 of
    them": the nearest plural common noun before the pronoun that heads its phrase
    and names no event, place or amount is who "them" is, not the organization last
    named. "... and the leaders surrendered. The army executed fourteen of them":
    with none in its own sentence, the previous one's. The subject of the pronoun's
    own verb is never it ("Police detained 14 of them" did not detain themselves).
    """
    verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    start = pronoun.sent.start
    opening = pronoun.doc[start - 1].sent.start if start > 0 else start
    for token in reversed(pronoun.doc[opening : pronoun.i]):
        lemma = token.lemma_.lower()
        if token.tag_ != "NNS" or token.dep_ in MODIFIER_DEPS or token.ent_type_:
            continue
        if lemma in lexicon.words or lemma in lexicon.place_nouns:
            continue
        if verb is not None and token.head.i == verb.i and token.dep_ in SUBJECTS:
            continue
        return token
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through xcomp/conj/acl chains when it has none.

    The climb stops at a verb that counters the plan or attempt it holds
    ("the army thwarted an attempt to seize the airport"): its subject is the
    other side.
    """
    current: Token | None = verb
    controlled = False
    for _ in range(4):
        if current is None:
            return None
        # "The LNA is reported to have taken the port", "troops were ordered to fire": a
        # passive verb's subject is the subject of the infinitive it governs.
        acting = (*SUBJECTS, *PASSIVE_SUBJECTS) if controlled else SUBJECTS
        subjects = [c for c in current.children if c.dep_ in acting]
        swallowed = None if subjects else _swallowed_by_date(current)
        if swallowed is not None and not _is_passive(current):
            return swallowed
        before = current.doc[current.i - 1] if current.i > 0 else None
        if not subjects and before is not None and _verb_lost_subject(before) == current:
            return before  # "set fire to a bus and police fired"
        if subjects:
            wearer = _wearer_of_disguise(current)
            if wearer is not None:
                return wearer
            child = _acting_subject(subjects)
            # "members who escaped": the relative pronoun stands for the noun it modifies.
            if child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                return current.head
            return _described_by_participle(child) or child
        if _describes_doer(current):
            # "a crowd protesting against the pass laws", "supporters marching on the
            # court": a present participle on a noun tells what that noun's people do.
            return current.head
        if (
            current.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "acomp")
            and current.head.i != current.i
        ):
            controlled = current.dep_ == "xcomp"
            current = current.head
            # "The authorities responded by arresting hundreds": who acts by a means does it.
            means = current.lower_ == "by" and current.dep_ == "prep"
            if means and current.head.pos_ == "VERB" and not _is_passive(current.head):
                current = current.head
            if current.pos_ == "NOUN" and current.dep_ in OBJECTS:
                plan, current = current, current.head
                # "Police foiled a plan to attack": who stops a plan is not its doer;
                # "an attempt by rebels to seize" names its own.
                if verb_forms(current) & argument_words().counter_verbs:
                    doers = _pobj(plan, ("by",))
                    return doers[0] if doers else None
        elif current.dep_ == "pobj" and current.head.head.i != current.head.i:
            current = current.head.head
        else:
            return None
    return None


def _described_by_participle(subject: Token) -> Token | None:
    """The people a participle describes where the parser made it the clause's subject:
    "Rebels besieging the town shelled the hospital" (the rebels shelled it)."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG":
        return None
    return next((c for c in subject.lefts if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def _wearer_of_disguise(verb: Token) -> Token | None:
    """Who wore the disguise, where the parser made the disguise the verb's subject.

    "Gunmen dressed as police officers opened fire" is often parsed as "Gunmen dressed
    [as police officers opened fire]": the officers are a costume, the gunmen the doers.
    """
    disguise = verb.head
    if (
        verb.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        or disguise.lemma_.lower() not in argument_words().disguise_verbs
    ):
        return None
    wearers = [c for c in disguise.children if c.dep_ in ("nsubj", "nsubjpass")]
    if wearers:
        return wearers[0]
    return disguise.head if disguise.dep_ == "acl" else None


def _people_word(token: Token, lexicon: EventLexicon) -> bool:
    """Is the word one for a kind of person ("student", "miner", ``person_nouns``)?"""
    lemma = token.lemma_.lower()
    return lemma in lexicon.person_nouns or lemma in lexicon.role_nouns


def _takes_office(verb: Token, event_type: str) -> bool:
    """Does the verb put its passive subject into an office (``accession_verbs``)?

    "was sworn in as president", "was crowned emperor": the one who takes office acts,
    as in "became president"; the verb's passive says only that others installed them.
    """
    return event_type == "organization" and bool(
        verb_forms(verb) & argument_words().accession_verbs
    )


def _is_passive(verb: Token) -> bool:
    """Is the verb passive ("were set on fire"), with or without a subject the parse found?"""
    return any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children)


def _swallowed_by_date(verb: Token) -> Token | None:
    """The subject a date in front of a verb swallowed into its own phrase.

    "On 7 March 1965 state troopers attacked the marchers", "on the night of 9
    October houses were set on fire": the parser reads the date as a modifier of
    the noun after it, and the noun as the object of "on", leaving the verb with
    no subject. A noun in a phrase before the verb, that a date modifies and that
    is no date itself, with nothing but auxiliaries and adverbs between its phrase
    and the verb, is the verb's subject (a passive verb's, what it was done to).
    """
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        between = verb.doc[prep.right_edge.i + 1 : verb.i]
        if any(t.dep_ not in ("aux", "auxpass", "advmod", "neg") for t in between):
            continue
        for token in prep.subtree:
            if token.dep_ != "pobj" or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.ent_type_ in CALENDAR_TYPES:
                continue
            if any(
                c.i < token.i and c.ent_type_ in CALENDAR_TYPES and c.dep_ in DATED_DEPS
                for c in token.children
            ):
                return token
    return None


def _acting_subject(subjects: list[Token]) -> Token:
    """The one subject of a verb the parser gave several.

    "Lahore (Dawn) — Police arrested 20 lawyers": a dateline's place hangs on the
    first verb as another subject; a place's name is where, so the first subject
    that names no place acts. "residents of the camp, members of the MKO, had
    attacked": an apposition the parser made a second subject leaves the first.
    """
    return next((s for s in subjects if not _dateline_subject(s)), subjects[0])


def _dateline_subject(subject: Token) -> bool:
    """Is this subject a dateline's place: a place's name, or the sentence's first word
    with a bracket, a dash or a comma after it ("Lahore (Dawn) —")?"""
    if subject.ent_type_ in PLACE_LABELS:
        return True
    following = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    opening = subject.i == subject.sent.start and subject.pos_ == "PROPN"
    return opening and following is not None and following.text in DATELINE_MARKS


def _describes_doer(verb: Token) -> bool:
    """Is this a present participle on the noun whose people do it ("a crowd protesting")?

    A past participle ("a bomb planted by X") tells what was done to the noun, and
    one on a word of time or a name's date ("the days following") acts for no one.
    """
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.i != verb.i
        and noun.i < verb.i
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.ent_type_ not in CALENDAR_TYPES
    )


def _reporting_force(verb: Token, index: EntityIndex, lexicon: EventLexicon) -> str | None:
    """The force that reports a passive act of coercion it names no doer for.

    "Police said 37 people were detained", "the army said eleven suspects had been
    arrested": an arrest a force reports without a "by" phrase is its own; so is one
    that those who speak for it report ("county police officials said", "army sources
    said"; ``force_voice_nouns``). One who reports it otherwise ("relatives said he
    was detained", "union officials said") did not do it.
    """
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and verb_forms(clause.head) & lexicon.report:
        return _force_reporting(clause.head, index)
    # "Rioters burned cars, the Police Service of Marnia said. Eleven people were
    # arrested": a bare passive right after a force's report carries on what it reports.
    if clause.dep_ != "ROOT" or clause.sent.start == 0:
        return None
    before = verb.doc[clause.sent.start - 1].sent.root
    return _force_reporting(before, index) if verb_forms(before) & lexicon.report else None


def _force_reporting(saying: Token, index: EntityIndex) -> str | None:
    """The force that is the subject of a verb of saying, or that those who speak for it
    belong to ("army sources said"), or None when the one who says is no force."""
    reporter = subject_of(saying)
    words = argument_words()
    forces = words.force_nouns | words.unit_nouns
    if reporter is not None and reporter.lemma_.lower() in words.force_voice_nouns:
        owners = [
            c
            for c in reporter.children
            if c.dep_ in ("compound", "poss") and c.lemma_.lower() in forces
        ]
        # "the Police Service of Northern Ireland said": a force's own name, whose
        # recognised part names no force of the state's; its force word is who acts.
        if owners and reporter.pos_ == "PROPN" and owners[0].pos_ == "PROPN":
            return index.force_word(owners[0])
        reporter = owners[0] if owners else reporter
    if reporter is None or reporter.lemma_.lower() not in forces:
        return None
    return index.resolve_doer(reporter)


def _reporting_voice(pronoun: Token, index: EntityIndex, lexicon: EventLexicon) -> str | None:
    """The body a pronoun stands for in a clause that body reports, if it does.

    "Police said they had detained two suspects", "Boko Haram said it had
    carried out the attack": "they" or "it" in what a body says it did is that
    body (the reporting verb's subject), not the group last named before it.
    """
    if pronoun.lower_ not in argument_words().voice_pronouns or pronoun.dep_ != "nsubj":
        return None
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or not verb_forms(clause.head) & lexicon.report:
        return None
    reporter = subject_of(clause.head)
    if reporter is None or reporter.pos_ == "PRON":
        return None
    # "They burned the post, a police officer said": one person who reports is no body
    # that "they" or "it" could be.
    if reporter.tag_ == "NN" and _one_person(reporter, lexicon):
        return None
    ident = index.resolve_doer(reporter)
    return ident if ident is not None and index.kind(ident) in ("group", "organization") else None


def _one_person(token: Token, lexicon: EventLexicon) -> bool:
    """Is a singular noun a word for one person ("a police officer", "a witness")?"""
    lemma = token.lemma_.lower()
    words = argument_words()
    people = lexicon.person_nouns | lexicon.role_nouns | words.doer_nouns | words.speaker_nouns
    return lemma in people or lemma in words.witness_nouns


def done_by_nobody(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """ "No group claimed responsibility": the doer is nobody, so nothing was done; "its
    units took part in no attack": an act named only to be denied was not done."""
    head = match.head
    if head.pos_ == "NOUN" and _negated(head, lexicon):
        return True
    subject = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    if subject is None and head.dep_ in OBJECTS:
        # "Nobody has claimed the ambush": the claim is denied, not the ambush.
        if verb_forms(head.head) & lexicon.owning_verbs:
            return False
        subject = subject_of(head.head)
    if subject is None:
        return False
    determiners = {c.lower_ for c in subject.children if c.dep_ == "det"}
    return bool(determiners & lexicon.negative_determiners) or subject.lower_ in ("nobody", "none")


def _denied_phrase(preposition: Token) -> bool:
    """Does the writer negate the phrase ("plundered by the peasants, not by the League")?
    A negated phrase names whom the act is denied of, not its doer or its target."""
    before = preposition.nbor(-1) if preposition.i > preposition.sent.start else None
    return any(c.dep_ == "neg" for c in preposition.children) or (
        before is not None and before.dep_ == "neg" and before.head == preposition.head
    )


def _pobj(token: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of the token's phrases headed by one of ``prepositions``; "laid siege
    to Messina": the parser may label such a "to" phrase a dative."""
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and _denied_phrase(child):
            continue
        if child.dep_ in ("prep", "dative") and child.lower_ in prepositions:
            found += [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "agent" and "by" in prepositions:
            found += [c for c in child.children if c.dep_ == "pobj"]
    return found


def _acted_on(token: Token, event_type: str) -> list[Token]:
    """What a trigger acts on through "against" or "on", less the times "on" also gives.

    "fired on the convoy" names a target, "fired on 5 May" or "fired on Saturday
    evenings" a date: a date or time entity, or a noun such a one modifies, is when;
    so is the name of a day the recogniser took for something else ("on Easter
    Sunday", ``day_words``). Parties to an agreement or a vote are never "on"
    anything: "signed a treaty on the White House lawn", "an accord on Kosovo" say
    where or what about. "Upon" is "on" ("fired upon the crowd").
    """
    prepositions = ("against",) if event_type in PARTICIPANT_TYPES else ("against", "on", "upon")
    return [
        obj
        for obj in _pobj(token, prepositions)
        if obj.ent_type_ not in CALENDAR_TYPES
        and not _against_will(obj)
        and obj.lower_ not in argument_words().day_words  # "on Easter Sunday"
        and not any(
            c.dep_ in ("compound", "nmod") and c.ent_type_ in CALENDAR_TYPES for c in obj.children
        )
    ]


def _against_will(obj: Token) -> bool:
    """Is the noun one of a will opposed ("against the ambassador's wishes", "against
    orders", ``stance_nouns``) in an "against" phrase? It tells whose will the act
    defied, not whom it was done to."""
    stance = obj.lemma_.lower() in argument_words().stance_nouns
    return stance and obj.dep_ == "pobj" and obj.head.lower_ == "against"


def _hit_through(verb: Token, match: TriggerMatch) -> list[Token]:
    """What a violent verb hits through a preposition of its own.

    "tore through a convoy", "fired into the crowd", "exploded outside the police
    headquarters": the object of such a preposition (``hit_prepositions``) was
    hit, as is what a verb of impact with no object came down near or at ("struck
    near the embassy", ``landing_prepositions``); so is the object of one that ends
    the trigger's phrase ("set fire to the market"). A date in the phrase ("into the
    night") hits nothing, nor does a place's name ("outside Zinder"), which says
    where; a building's or a body's name ("tore through the King David Hotel") was hit.
    """
    words = argument_words()
    # "a rocket struck near the embassy": a verb of impact with nothing hit by name ("the
    # gunmen were killed at a cement works" names whom, in its subject: the works is where).
    landing = bool(verb_forms(verb) & (words.impact_verbs | words.landing_verbs)) and not any(
        c.dep_ in (*OBJECTS, *PASSIVE_SUBJECTS) for c in verb.children
    )
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        own = match.start <= prep.idx < match.end
        landed = landing and prep.lower_ in words.landing_prepositions
        if not own and not landed and prep.lower_ not in words.hit_prepositions:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            # "attacked a post outside Zinder": a place's name there says where, not what.
            named = obj.pos_ == "PROPN" and obj.ent_type_ not in ("FAC", "ORG")
            if obj.ent_type_ not in CALENDAR_TYPES and (own or not named):
                found.append(obj)
    return found


def _laid_to(verb: Token, match: TriggerMatch) -> list[Token]:
    """What a verb and its noun of violence, one trigger, were aimed at: "laid siege to
    Vienna", "opened fire at the crowd", "launched an assault against the base".

    The noun the trigger takes in is the act; the "to", "at", "on" or "against"
    phrase of either word (the parser hangs it on one or the other, or on a manner
    phrase between them) is its target,
    less the dates an "on" phrase also gives.
    """
    acts = [c for c in verb.children if c.dep_ in OBJECTS and match.start <= c.idx < match.end]
    if not acts:
        return []
    aimed = ("to", "at", "on", "upon", "against")
    # "opened fire without warning on the crowd": the parser hangs the target on the
    # manner phrase's word (``manner_prepositions``).
    manners = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in argument_words().manner_prepositions
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    found = [obj for token in [verb, *acts, *manners] for obj in _pobj(token, aimed)]
    return [t for t in found if t.ent_type_ not in CALENDAR_TYPES]


def _told_in_relative(head: Token, match: TriggerMatch) -> list[Token]:
    """What a device's relative clause says it hit: "a bomb that tore through the
    hotel", "a shell which struck the market". The relative clause's verb has the
    device (its relative pronoun) for subject; its objects were hit."""
    found: list[Token] = []
    for verb in (c for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not subjects or subjects[0].tag_ not in ("WDT", "WP"):
            continue
        found += [c for c in verb.children if c.dep_ in OBJECTS]
        found += _hit_through(verb, match)
    return found


def _harmed_in_cut_off_relative(head: Token) -> list[Token]:
    """Whom a relative clause after the act's own phrase says it harmed: "a shooting at
    a fair in Tulsa, Oklahoma, that injured five people", its verb hung on the fair or on
    the main clause. A fair injures no one: a relative pronoun right after the act's
    phrase (commas apart), with a verb of harm (``harming_verbs``), tells of the act, and
    the verb's objects were harmed by it."""
    doc = head.doc
    pronoun = next((t for t in doc[head.i + 1 : head.sent.end] if t.tag_ in ("WDT", "WP")), None)
    if pronoun is None or pronoun.dep_ not in SUBJECTS:
        return []
    between = doc[head.i + 1 : pronoun.i]
    if any(t.lower_ != "," and head not in t.ancestors for t in between):
        return []
    verb = pronoun.head
    if verb.head.i == head.i or not verb_forms(verb) & argument_words().harming_verbs:
        return []  # a clause hung on the act itself is told in ``_told_in_relative``
    return [c for c in verb.children if c.dep_ in OBJECTS]


def _hit_by_subject(head: Token, match: TriggerMatch) -> list[Token]:
    """What a device or strike hit as the subject of a verb of impact.

    "a roadside bomb struck a paramilitary convoy", "a U.S. drone strike killed two
    militants", "the shell tore through the market": the event's word is the verb's
    subject (``impact_verbs``), and the verb's objects are what the act was done to.
    """
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB":
        return []
    if not verb_forms(verb) & argument_words().impact_verbs:
        return []
    return [c for c in verb.children if c.dep_ in OBJECTS] + _hit_through(verb, match)


def _occurrence_clause(head: Token) -> Token | None:
    """The clause that tells what happened in a named event: "The Amritsar massacre
    took place on 13 April 1919, when troops fired on a crowd".

    The event noun is the subject of a verb of occurrence (``occurrence_verbs``,
    "take" only with "place"); the verb of the "when" or "as" clause under it is
    the act, whose subject is the event's doer and whose objects it was done to.
    """
    words = argument_words()
    verb = head.head
    if head.dep_ not in SUBJECTS or not verb_forms(verb) & words.occurrence_verbs:
        return None
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in OBJECTS}
    if "take" in verb_forms(verb) and not objects & words.occurrence_objects:
        return None
    for token in verb.subtree:
        if token.pos_ != "VERB" or token.i == verb.i:
            continue
        markers = (c for c in token.children if c.dep_ in ("advmod", "mark"))
        if any(c.lower_ in words.occurrence_markers for c in markers):
            return token
    return None


def _framing_phrase(head: Token, event_type: str) -> Token | None:
    """The preposition by which an event noun tells the manner of an active verb's act:
    "Government troops freed the men in a raid", "police arrested 30 people during an
    operation".

    The noun in an "in" or "during" phrase of an active verb with an object says
    how that verb's subject did it. A verb with no object ("soldiers died in an
    attack") or a passive one ("were killed in an ambush") underwent the act. A
    definite noun ("killed his driver during the abduction") refers back to an act
    told before, with its own doer. A battle told in an "after" phrase was fought by
    the verb's subject too ("sacked Baghdad after a twelve-day siege", "freed the men
    after a gunfight with the kidnappers", "seized the palace after four days of
    fighting"), where an attack there may be anyone's ("arrested 20 after a bombing").
    """
    framing = ("in", "during", *(("after",) if event_type in SIDED_TYPES else ()))
    # "after four days of fighting": the battle is counted in days.
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.ent_type_ == "DATE":
        head = head.head.head
    if head.dep_ != "pobj" or head.head.lower_ not in framing:
        return None
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    if determiners & argument_words().anaphoric_determiners:
        return None
    verb = head.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ in OBJECTS for c in verb.children):
        return None
    return None if _is_passive(verb) else head.head


def _headline_party(head: Token) -> Token | None:
    """The noun a headline with no verb puts in an act ("Police in shootout with robbers",
    "Troops in clash with rebels near Beni"): the root noun whose "in" phrase the act is."""
    root = head.sent.root
    in_phrase = head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head == root
    return root if in_phrase and root.pos_ in ("NOUN", "PROPN") else None


def _framing_subject(head: Token, event_type: str) -> Token | None:
    """The subject of the verb whose act an event noun tells the manner of."""
    phrase = _framing_phrase(head, event_type)
    return subject_of(phrase.head) if phrase is not None else None


def _missiles(verb: Token, lexicon: EventLexicon) -> tuple[list[Token], list[Token]]:
    """What a verb of throwing or firing sends, and who or what it is aimed at.

    "Police fired tear gas and live rounds at opposition supporters", "youths
    threw stones at the soldiers": the object is what was sent, the "at" phrase
    (which the parser may hang on the missile) who it hit. "Police fired rubber
    bullets, injuring dozens": with no "at" phrase, what a verb of launching
    (``launching_verbs``) takes is still only what it sent, where "soldiers shot
    three protesters" hit them. Other verbs send nothing.
    """
    words = argument_words()
    if not verb_forms(verb) & words.projectile_verbs:
        return [], []
    # "the hostages were shot at the farmhouse": a passive that sends nothing has whom it
    # hit for subject, and its "at" phrase says where ("stones were thrown at police").
    if _is_passive(verb) and not verb_forms(verb) & words.launching_verbs:
        return [], []
    sent = [t for c in verb.children if c.dep_ in OBJECTS for t in _with_conjuncts(c)]
    # "shot him at the cemetery wall", "shot the mayor at his desk": a person is never
    # what is sent, so a verb that sends nothing by itself hit them, there.
    shot = not verb_forms(verb) & words.launching_verbs
    if shot and any(_shot_person(t, lexicon) for t in sent):
        return [], []
    aimed = [g for t in [verb, *sent] for g in _aimed_at(t) if g.ent_type_ not in CALENDAR_TYPES]
    if aimed or verb_forms(verb) & words.launching_verbs:
        return sent, aimed
    return [], []


def _shot_person(token: Token, lexicon: EventLexicon) -> bool:
    """Is a verb's object a person, named, told by a pronoun or by a word for people?"""
    if token.pos_ == "PRON" or token.ent_type_ == "PERSON":
        return True
    return _people_word(token, lexicon) or _one_person(token, lexicon)


def _aimed_at(token: Token) -> list[Token]:
    """The objects of a token's "at" or "into" phrases (``aiming_prepositions``: "fired
    live rounds into the crowds").

    "fired at supporters marching through the city": the parser may make the
    noun the subject of the participle after it and leave "at" with no object;
    the first noun after "at" that heads its phrase is then what was aimed at.
    """
    found: list[Token] = []
    aiming = argument_words().aiming_prepositions
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in aiming):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects and not list(prep.children):
            after = token.doc[prep.i + 1 : prep.i + 6]
            objects = [
                t
                for t in after
                if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in MODIFIER_DEPS
            ][:1]
        found += objects
    return found


def _named_by_place_noun(token: Token, index: EntityIndex) -> bool:
    """Is the name the "of" phrase of a noun for a place ("the village of Eringeti",
    ``place_nouns``)? It names a place, whatever kind the recogniser took the name for."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return noun is not None and noun.lemma_.lower() in index.lexicon.place_nouns


def _role_for_object(event_type: str, ident: str, index: EntityIndex) -> str:
    if event_type in PARTICIPANT_TYPES:
        return "participant"
    if event_type in VICTIM_TYPES and index.kind(ident) in PERSONAL_KINDS:
        return "victim"
    return "target"


@dataclass
class Arguments:
    actors: list[tuple[str, str]] = field(default_factory=list)  # (entity id, role)
    objects: list[Token] = field(default_factory=list)  # what is acted on, resolved or not
    missiles: list[Token] = field(default_factory=list)  # objects that are only what was sent

    def add(self, ident: str | None, role: str) -> None:
        if (
            ident
            and (ident, role) not in self.actors
            and not any(a == ident for a, _ in self.actors)
        ):
            self.actors.append((ident, role))

    @property
    def agent(self) -> str | None:
        return next((ident for ident, role in self.actors if role == "agent"), None)


def _fire_doers(token: Token, index: EntityIndex) -> list[str]:
    """Who delivers the fire a "by" phrase names: "killed by police fire", "hit by a
    US drone strike", "wounded by the gunfire of soldiers".

    A noun of fire (``fire_nouns``) acts for whoever its modifiers or its "of"
    phrase name; a modifier that is fire itself ("drone" in "drone strike") is
    passed for its own modifiers.
    """
    if token.lemma_.lower() not in argument_words().fire_nouns:
        return []
    found: list[str] = []
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    for modifier in [*modifiers, *_pobj(token, ("of",))]:
        inner = _fire_doers(modifier, index)
        ident = index.resolve_doer(modifier) if not inner else None
        found += inner or ([ident] if ident else [])
    for source in _pobj(token, ("from",)):
        found += _firing_from(source, index)
    return found


def _firing_from(source: Token, index: EntityIndex) -> list[str]:
    """Who fires from where a "from" phrase says: "mortar fire from rebel positions"
    is the rebels' (``emplacement_nouns``: the place stands for whose it is), "shelling
    from the Kavan army" the army's; "fire from the hills" names no one."""
    words = argument_words()
    if source.lemma_.lower() in words.emplacement_nouns:
        owners = [c for c in source.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        for owner in [*reversed(owners), *_pobj(source, ("of",))]:
            ident = index.resolve_doer(owner)
            if ident is not None and not index.is_town(ident):
                return [ident]
        return []
    lemma = source.lemma_.lower()
    if lemma in words.force_nouns or lemma in words.unit_nouns or index.resolve(source):
        ident = index.resolve_doer(source)
        return [ident] if ident is not None and not index.is_town(ident) else []
    return []


def _doers(token: Token, index: EntityIndex) -> list[str]:
    """Who a subject or "by" phrase names, through a noun of fire where it is one; a
    "they" that carries on several joined bodies names them all."""
    ident = index.resolve_doer(token)
    if ident and token.pos_ == "PRON":
        return [ident, *index.joined_doers(token)]
    return [ident] if ident else _fire_doers(token, index)


def _under_fire(match: TriggerMatch) -> tuple[list[Token], Token | None]:
    """Who fired, and what was fired on, when something "came under" an act.

    "the patrol came under fire from Houthi fighters", "a convoy came under
    attack from militants": the "from" phrase names the doer, on the act's noun
    or on the verb; the subject of "came" is what was hit. The trigger is the
    verb with its "under" phrase ("came under fire") or the act's noun
    ("attack" after "under"); a verb's other "under" phrases ("attacked the
    base under cover of darkness") are no such act.
    """
    head = match.head
    if head.pos_ in ("VERB", "AUX"):
        verb = head
        acts = [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "under"
            for g in c.children
            if match.start <= g.idx < match.end
        ]
    elif head.dep_ == "pobj" and head.head.lower_ == "under" and head.head.head.pos_ == "VERB":
        verb, acts = head.head.head, [head]
    else:
        return [], None
    if not acts:
        return [], None
    doers = [t for owner in (verb, *acts) for t in _pobj(owner, ("from", "by"))]
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return doers, subject


def _participle_doers(nouns: list[Token], index: EntityIndex) -> list[str]:
    """Who the "by" phrase of a participle on these nouns names ("a bomb planted by X")."""
    participles = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    found = [
        index.resolve_doer(token)
        for participle in participles
        for agent in _pobj(participle, ("by",))
        for token in _with_conjuncts(agent)
    ]
    return [f for f in found if f]


def _ordered_by(verb: Token, index: EntityIndex) -> list[str]:
    """Who ordered an act told in the passive: "Ali Pasha was beheaded in Janina on
    the orders of Sultan Mahmud II", "were shot at the command of the governor".

    The order (``ordering_nouns`` after ``ordering_prepositions``) may hang anywhere in
    the verb's own clause (the parser often hangs it on a date before it), but not in
    a clause of another verb, nor in what was done to ("the officer who gave the
    orders was arrested"); its "of" phrase names a person, a body or a state.
    """
    words = argument_words()
    done_to = {t.i for c in verb.children if c.dep_ in PASSIVE_SUBJECTS for t in c.subtree}
    found: list[str] = []
    for token in verb.subtree:
        ordering = token.lower_ in words.ordering_nouns or token.lemma_ in words.ordering_nouns
        if not ordering or token.i in done_to or token.dep_ != "pobj":
            continue
        if token.head.lower_ not in words.ordering_prepositions:
            continue
        clause = next(t for t in token.ancestors if t.pos_ in ("VERB", "AUX") or t == verb)
        if clause != verb:
            continue
        for owner in of_objects(token):
            ident = index.resolve_doer(owner)
            if ident is None:
                continue
            if index.kind(ident) in ("person", "organization", "group") or index.is_country(ident):
                found.append(ident)
    return found


def _punished_for(head: Token) -> list[Token]:
    """Who is punished or charged for the act a trigger names: "a court sentenced a
    retired captain for fatally stabbing a student", "two men were arrested for the
    killing" (``punishing_verbs``): the punished verb's object or passive subject.
    "convicted two men of hijacking a ferry" (``conviction_verbs``): the "of" phrase,
    on the verb or on the convicted, names the act they did. "convicted a commander of
    ordering the shelling" (``ordering_verbs``): who ordered the act did it too."""
    words = argument_words()
    if head.dep_ in OBJECTS and verb_forms(head.head) & words.ordering_verbs:
        head = head.head
    if head.dep_ not in ("pobj", "pcomp") or head.head.lower_ not in ("for", "of"):
        return []
    verb = head.head.head
    if head.head.lower_ == "of":
        if head.dep_ != "pcomp":
            return []  # "convicted of murder" names the charge, not an act it tells
        if verb.pos_ != "VERB" and verb.dep_ in (*OBJECTS, *PASSIVE_SUBJECTS):
            verb = verb.head
        if not verb_forms(verb) & words.conviction_verbs:
            return []
    if not verb_forms(verb) & words.punishing_verbs:
        return []
    punished = [c for c in verb.children if c.dep_ in (*OBJECTS, *PASSIVE_SUBJECTS)]
    return [t for p in punished for t in _with_conjuncts(p)]


def _further_act(token: Token) -> bool:
    """Is this listed object the object of a further act the parse took for a modifier?

    "killing 14 villagers and burning granaries", "and looting shops": a gerund after
    "and" that the parser hung on the next noun as an adjective is a second act, and
    what it was done to is no victim of the first; one of harm to people (``harming_verbs``:
    "and wounding 20 others") still names victims.
    """
    if token.dep_ != "conj":
        return False
    opening = token.doc[token.left_edge.i]
    gerund = opening.tag_ == "VBG" and opening.dep_ == "amod" and opening.head.i == token.i
    after_and = opening.i > 0 and token.doc[opening.i - 1].dep_ == "cc"
    if not (gerund and after_and):
        return False
    return not verb_forms(opening) & argument_words().harming_verbs


def _brokers(head: Token, index: EntityIndex) -> list[str]:
    """Who brokered an agreement by the name in front of its participle: "an Egyptian-brokered
    ceasefire", "the Qatari-mediated deal" (``brokering_words``)."""
    found: list[str] = []
    for participle in head.children:
        if participle.dep_ != "amod" or participle.lower_ not in argument_words().brokering_words:
            continue
        for named in participle.children:
            if named.i < participle.i and named.dep_ in ("npadvmod", "compound", "nmod"):
                ident = index.named_side(named)
                if ident is not None:
                    found.append(ident)
    return found


def _speaker_of_joined_statement(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The speaker of a statement the parse joined to the clause he reports.

    "A spokesman said the dead were farmers, and accused the army of executing them":
    the parser joins "accused" to "were", inside what was said, so that "the dead"
    seem to accuse. A statement joined to a reported clause is the reporter's own
    second act: the verb of saying's subject made it.
    """
    reported = verb.head
    if verb.dep_ != "conj" or reported.dep_ != "ccomp" or reported.i == verb.i:
        return None
    saying = reported.head
    if not verb_forms(saying) & lexicon.report or saying.i > verb.i:
        return None
    return subject_of(saying)


def _assaulted(token: Token, verb: Token) -> bool:
    """Is the token the direct object of a verb of assault ("besieged the
    mission compound", "stormed the stockade"; ``assault_verbs``)?"""
    done_to = token.head.i == verb.i and token.dep_ in (*OBJECTS, *PASSIVE_SUBJECTS)
    return done_to and bool(verb_forms(verb) & argument_words().assault_verbs)


def _done_to_person(token: Token, verb: Token) -> bool:
    """Is the token the object of a verb done only to people ("killed a meter
    reader and a census taker", "a census taker was abducted"; ``person_object_verbs``)?"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "and a census taker": one of the listed objects
    # "Herder killed in Mellit", "Two police injured in attack by gunmen": a headline's
    # or a passive's sufferer of harm is a person.
    if token in headline_sufferers(verb) or (verb.pos_ == "NOUN" and token in _harmed_in(verb)):
        return True
    done_to = token.head.i == verb.i and token.dep_ in (*OBJECTS, *PASSIVE_SUBJECTS)
    # "the arrest of the poet": the noun's "of" phrase names whom it was done to.
    done_to = done_to or (verb.pos_ == "NOUN" and token in _pobj(verb, ("of",)))
    return done_to and (
        bool(verb_forms(verb) & argument_words().person_object_verbs) or _told_deadly(verb)
    )


def _told_deadly(verb: Token) -> bool:
    """Does a word of death after the verb say it killed ("shot dead", "stabbed to
    death"; ``death_complements``)? Only people and beasts are killed so."""
    deaths = argument_words().death_complements
    after = [c for c in verb.children if c.i > verb.i]
    return any(c.lower_ in deaths for c in [*after, *_pobj(verb, ("to",))])


def _shared_by_phrase(verb: Token) -> list[Token]:
    """The "by" phrase coordinated passives share: "were beaten and then arrested by police".

    Two participles on one passive subject name their doer once, on either of them.
    """
    if verb.tag_ != "VBN":
        return []
    joined = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        joined.append(verb.head)

    def subject(token: Token) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)

    # Two clauses with a subject each ("the village was shelled by rebels and the
    # market was looted") share no doer.
    return [
        agent
        for other in joined
        if not (subject(verb) and subject(other))
        for agent in _pobj(other, ("by",))
    ]


def _passive_subjects(verb: Token, match: TriggerMatch, done_to_people: bool) -> list[Token]:
    """The subject a passive verb undergoes, shared by a bare participle joined to it.

    "my uncle was taken away and shot": "shot" is as passive as "taken" and its
    subject is the uncle, not the doer of a clause before ("the Nationalists
    marched in, and ..."), which the climb to a subject would otherwise borrow.
    A participle with an auxiliary or subject of its own heads its own clause; one with
    an object of its own ("A suspected militant stabbed to death a police colonel") is a
    past tense the parser hung on its subject, which did the act.
    """
    own = [c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
    if not own and done_to_people:
        own = headline_sufferers(verb)
    own = own or _made_to_undergo(verb) or _undergone_beside(verb)
    swallowed = _swallowed_by_date(verb) if _is_passive(verb) else None
    if not own and swallowed is not None:
        return [swallowed]  # "on the night of 9 October houses were set on fire"
    # "Hundreds of supporters marched to the courthouse and were dispersed": a passive verb
    # with no subject of its own, joined to the verb before, undergoes that verb's subject.
    if not own and verb.dep_ == "conj" and _is_passive(verb):
        own = [c for c in verb.head.children if c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS)]
        if own:
            return own
    # "The singer Víctor Jara, detained at the Chile Stadium, was shot": a participle of
    # an act done to people that describes a noun tells what was done to it (a verb of
    # the noun's own doing, "employees of the chain protested", is one misread).
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ != "VERB"
    described = described and not any(c.dep_ == "dobj" for c in verb.children)
    described = described and _verb_lost_subject(verb.head) != verb
    # "The garrison, besieged by the rebels for a month, surrendered": so does a
    # participle of assault (``assault_verbs``) the noun it describes.
    assailed = bool(verb_forms(verb) & argument_words().assault_verbs)
    if not own and described and (done_to_people or assailed):
        return [verb.head]

    # "Müntzer was captured in the town, tortured and beheaded": a chain of bare
    # participles, joined or hung on a passive verb, all undergo its subject. The tagger
    # often takes such a participle for a past tense; one with no object of its own is
    # still a participle where the act is one done to people ("tortured and hanged"),
    # not where it may be the subject's own ("was arrested and escaped"). The trigger's
    # own words are no object ("were doused in petrol and set alight").
    def participle(token: Token) -> bool:
        objects = [
            c for c in token.children if c.dep_ in OBJECTS and not match.start <= c.idx < match.end
        ]
        bare_past = token.tag_ == "VBD" and not objects
        return token.tag_ == "VBN" or (done_to_people and bare_past)

    while not own and participle(verb) and verb.head.i != verb.i:
        joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and _is_passive(verb.head))
        if not joined or any(c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in verb.children):
            return []
        verb = verb.head
        own = [c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
        own = own or _made_to_undergo(verb)
    return own


def _causing_verb(verb: Token) -> Token | None:
    """The verb (``causative_verbs``) that has a bare participle's act done to someone:
    "The magistrates had the speaker arrested" (the participle describing the object, or
    heading a clause with the one acted on as its subject: "had the editor arrested").

    A participle with an auxiliary of its own ("had been arrested") heads its own clause.
    """
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ in OBJECTS:
        causer = verb.head.head
    elif verb.dep_ in ("ccomp", "xcomp"):
        causer = verb.head
    else:
        return None
    return causer if verb_forms(causer) & argument_words().causative_verbs else None


def _made_to_undergo(verb: Token) -> list[Token]:
    """Whom a verb of having something done (:func:`_causing_verb`) had the act done to."""
    causer = _causing_verb(verb)
    if causer is None:
        return []
    if verb.dep_ == "acl":
        return [verb.head]
    return [c for c in verb.children if c.dep_ in SUBJECTS] or [
        c for c in causer.children if c.dep_ in OBJECTS
    ]


def _causer(verb: Token) -> Token | None:
    """Who had the act of a participle, or of one joined to it, done ("The police had
    three students detained and beaten"): the subject of the verb of having it done."""
    while verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        verb = verb.head
    causing = _causing_verb(verb)
    return subject_of(causing) if causing is not None else None


def _undergone_beside(verb: Token) -> list[Token]:
    """Who underwent a bare participle set beside a clause: "Only four people died, shot by
    the political police", "Eleven protesters fell, wounded by soldiers".

    A past participle with its own "by" phrase, or beside a verb of dying
    (``perishing_verbs``), tells what the subject of that clause underwent; it has no
    subject or auxiliary of its own.
    """
    clause = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or clause.pos_ != "VERB":
        return []
    if any(c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in verb.children):
        return []
    by_agent = any(c.dep_ == "agent" for c in verb.children)
    if not by_agent and not verb_forms(clause) & argument_words().perishing_verbs:
        return []
    return [c for c in clause.children if c.dep_ in SUBJECTS]


def headline_sufferers(verb: Token) -> list[Token]:
    """Who a headline's or a coder's note's verb of harm was done to: "Farmer killed in
    Selea", "Shepherd shot dead near Kutum by armed herders", "Two police injured in
    attack by gunmen".

    Such notes drop the auxiliary, and the parser reads the participle either as a
    past tense with the sufferer for subject, or as a participle describing the noun
    that heads the note. A verb of harm (``person_object_verbs``, ``harming_verbs``,
    or a word of death after it: "shot dead") with no object, auxiliary or clause of
    its own is then no active verb: that noun underwent it. Callers with narrower
    needs (one death told as its own news) check the sufferers they get.
    """
    words = argument_words()
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return []
    if any(c.dep_ in (*OBJECTS, "aux", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return []
    harming = words.person_object_verbs | words.harming_verbs
    if not _told_deadly(verb) and not verb_forms(verb) & harming:
        return []
    if verb.dep_ == "ROOT":
        # "Shepherd killed in Kutum": a past tense or, as often, a participle the parser
        # gives the note's head noun for a subject
        return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    noted = verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
    return [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" and noted else []


def _harmed_in(head: Token) -> list[Token]:
    """Who underwent the act an event noun names in the "in" or "during" phrase of a verb
    of harm they are the subject of: "Two soldiers were killed in an ambush", "Two police
    injured in attack by gunmen", "three herders died during the raid".

    The subject of a passive, a headline's participle (:func:`headline_sufferers`) or
    a verb of dying suffered the act; an active verb's subject ("troops killed nine in
    a gunfight") did it, which :func:`_framing_phrase` reads. "Eight were killed in the
    attack" refers back to an act told before and counts its toll.
    """
    if head.dep_ != "pobj" or head.head.lower_ not in ("in", "during"):
        return []
    verb = head.head.head
    if verb.pos_ != "VERB" or _refers_back(head):
        return []
    words = argument_words()
    sufferers = headline_sufferers(verb)
    if not sufferers and _is_passive(verb) and verb_forms(verb) & words.harming_verbs:
        sufferers = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if not sufferers and verb_forms(verb) & words.perishing_verbs:
        sufferers = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return [t for s in sufferers for t in _with_conjuncts(s)]


def _emphasised_subject(token: Token) -> Token:
    """The subject a reflexive pronoun stands for when the parser makes it a joined verb's
    own subject: "Their leader condemned the atrocity and was himself hanged" (``reflexive
    _pronouns``): the leader was hanged."""
    verb = token.head
    if token.lower_ not in argument_words().reflexive_pronouns or verb.dep_ != "conj":
        return token
    subject = next((c for c in verb.head.children if c.dep_ in (*SUBJECTS, "nsubjpass")), None)
    return subject if subject is not None else token


def _small_clause_subject(verb: Token) -> list[Token]:
    """Whom a verb with no object acts on when the parser makes them the subject of the
    participle after them: "beat students marching to the square", "abducted 30 women
    collecting firewood". A participle's subject that opens right after the verb is the
    verb's object; a clause of its own ("fired, witnesses saying") stands apart."""
    if any(c.dep_ in OBJECTS for c in verb.children):
        return []
    return [
        subject
        for clause in verb.children
        if clause.dep_ in ("ccomp", "advcl", "xcomp") and clause.tag_ == "VBG"
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.left_edge.i == verb.i + 1
    ]


def _charge_by_phrase(verb: Token) -> list[Token]:
    """The doer of a passive verb of charge whose "by" phrase the parser hung on the act
    it is charged with: "were convicted of the bombing by a court" (the court convicted)."""
    if not _is_passive(verb):
        return []
    return [by for act in _pobj(verb, ("of", "for")) for by in _pobj(act, ("by",))]


def _charged_act(noun: Token) -> bool:
    """Is the noun the act a passive verb charges someone with (``_charge_by_phrase``), so
    that a "by" phrase on it names who charged, not who did it?"""
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") and _is_passive(verb)


def _aimed_phrase(token: Token, match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is the token what a violent act's own words were aimed at, whatever its word: the
    object of an "on", "at" or "to" phrase of a verb and its noun of violence ("laid siege
    to the foreign legations") or of an act's noun a light verb carries ("launched an
    assault on the governor's residence")? A bare verb's phrase may say where ("attacked
    on the outskirts"), and an act's noun that no one is told to carry out ("dismissed the
    warrant as an attack on national sovereignty") is a figure of speech."""
    head = match.head
    if head.pos_ == "VERB":
        carried = match.end > head.idx + len(head)
    else:
        carried = head.dep_ in OBJECTS and bool(verb_forms(head.head) & lexicon.light_verbs)
    preposition = token.head
    if not carried or token.dep_ != "pobj" or token.lemma_.lower() in lexicon.place_nouns:
        return False
    if preposition.lower_ not in ASSAILING_PREPOSITIONS:
        return False
    holder = preposition.head
    return holder.i in (head.i, head.head.i) or match.start <= holder.idx < match.end


def _hit_by_trigger(token: Token, head: Token) -> bool:
    """Is the token what a device or strike, the subject of a verb of impact, hit ("a
    bomb destroyed the waiting room", ``impact_verbs``), whatever its word?"""
    verb = head.head
    hit = head.dep_ == "nsubj" and token.head.i == verb.i and token.dep_ in OBJECTS
    return hit and bool(verb_forms(verb) & argument_words().impact_verbs)


def _act_for_represented(verb: Token, args: Arguments, index: EntityIndex) -> None:
    """The body a verb is done on behalf of (``behalf_nouns``) is its agent, in place of
    the unnamed voice that spoke for it ("An anonymous caller claimed the attack on behalf
    of the group"); a named speaker stays beside it."""
    represented = [index.resolve(t) or index.resolve_doer(t) for t in behalf_objects(verb)]
    if not any(represented):
        return
    args.actors = [a for a in args.actors if a[1] != "agent" or index.is_named(a[0])]
    for ident in represented:
        args.add(ident, "agent")


def _placing_verb(noun: Token) -> Token | None:
    """The verb whose phrase puts someone in the state an act's noun names: "placed the
    leader under house arrest", "took the mayor into custody" (``placing_prepositions``)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in argument_words().placing_prepositions:
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" else None


def _placed_and_placer(verb: Token) -> tuple[list[Token], Token | None]:
    """Who a placing verb puts in a state, and who puts them there: the object and the
    subject, or, for a passive ("Bobi Wine said the vote was rigged and was placed under
    house arrest"), its subject, a joined verb's where it has none of its own, and no one."""
    if not _is_passive(verb):
        return [c for c in verb.children if c.dep_ in OBJECTS], subject_of(verb)
    own = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    shared = subject_of(verb) if not own else None
    return own or ([shared] if shared is not None else []), None


def _gathering_hit(verb: Token) -> list[Token]:
    """A gathering an act of violence was done at ("a bomber blew himself up at a
    campaign rally", "gunmen opened fire at a funeral"): its people were who it hit."""
    gatherings = argument_words().gathering_nouns
    return [t for t in _pobj(verb, ("at",)) if t.lemma_.lower() in gatherings]


def _crowd_of_joined_verb(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The people a verb joined to one of launching acts on, when what is launched is
    aimed at no one ("Police fired tear gas and water cannon but could not hold back the
    crowd"): the force fired at the crowd it tried to hold back."""
    words = argument_words()
    if not verb_forms(verb) & words.launching_verbs or _missiles(verb, lexicon)[1]:
        return []
    crowds = words.collective_victims | words.gathering_nouns
    return [
        obj
        for joined in verb.children
        if joined.dep_ == "conj" and joined.pos_ == "VERB"
        for obj in joined.children
        if obj.dep_ in OBJECTS and (obj.lemma_.lower() in crowds or _people_word(obj, lexicon))
    ]


def _gathering_setting(token: Token) -> bool:
    """Is the noun a gathering in an "at" phrase ("at a funeral"), with no "of" phrase
    naming its people ("at a meeting of reformers" names whom it hit)?"""
    gathering = token.lemma_.lower() in argument_words().gathering_nouns
    return gathering and token.head.lower_ == "at" and not of_objects(token)


def _killed_in_course(verb: Token) -> list[Token]:
    """Whom a participle of death after an act says the act killed.

    "A gunman opened fire inside a bar, killing two men", "troops stormed the
    square, killing dozens": the participle (``death_words``) tells what the act
    did, and its objects are the act's victims; so are those of a gerund of harm
    joined to it ("killing four passengers and wounding nine traders").
    """
    words = argument_words()
    participles = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and verb_forms(c) & words.death_words
    ]
    # "Sentries returned fire and killed four of the attackers": a verb of death joined to
    # an act that names no target but its fire, with no subject of its own, tells whom
    # the act killed ("attacked the camp and murdered 52 residents" tells a second act).
    aimed = any(
        c.dep_ in OBJECTS and c.lemma_.lower() not in words.fire_nouns for c in verb.children
    )
    participles += [
        c
        for c in verb.children
        if not aimed
        and c.dep_ == "conj"
        and c.pos_ == "VERB"
        and verb_forms(c) & words.death_words
        and not any(s.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS) for s in c.children)
    ]
    participles += [
        c
        for p in participles
        for c in p.conjuncts
        if c.tag_ == "VBG" and verb_forms(c) & words.harming_verbs
    ]
    return [
        o for p in participles for c in p.children if c.dep_ in OBJECTS for o in _with_conjuncts(c)
    ]


def _killed_by_framing_verb(head: Token, event_type: str) -> list[Token]:
    """Whom the verb an event noun frames killed: "troops killed nine of them in a
    gunfight", "police shot dead four suspects during a raid".

    Only a verb of death (``death_words``) says whom the act was done to; the
    object of another ("freed the hostages in a raid") may be whom it saved.
    """
    phrase = _framing_phrase(head, event_type)
    if phrase is None or not verb_forms(phrase.head) & argument_words().death_words:
        return []
    return [t for c in phrase.head.children if c.dep_ in OBJECTS for t in _with_conjuncts(c)]


def _by_of_series(head: Token) -> list[Token]:
    """The "by" phrase a list of acts, or the noun that gathers them, shares.

    "a wave of arrests and disappearances by the security services", "a campaign
    of killings and abductions by government troops": the parser hangs the
    phrase on the gathering noun (``series_nouns``) or on the last act listed,
    and it names the doer of each.
    """
    first = head
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "NOUN":
        first = first.head
    holders = [first, *(c for c in first.conjuncts if c.pos_ == "NOUN")]
    series = argument_words().series_nouns
    gatherer = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
    if gatherer is not None and gatherer.lemma_.lower() in series:
        holders.append(gatherer)
    # "a campaign of killings and abductions by troops" read as one trigger on "campaign".
    if head.lemma_.lower() in series:
        holders += [t for act in of_objects(head) for t in [act, *act.conjuncts]]
    return [t for holder in holders if holder != head for t in _pobj(holder, ("by",))]


def _force_of_scene(verb: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """The force that acted just before an agentless passive of coercion that carries
    on its scene.

    "Troops and police fired on the marchers. Dozens of students were detained":
    the second sentence names no doer, and the one before names the force whose
    act it continues. Kept narrow: the passive must be its sentence's main verb,
    with no date of its own (a new time is a new scene); the act must be told in
    one of the ``scene_reach`` sentences before, with none between telling an act
    of its own ("The government put the dead at 20" tells none); and that act
    must be a violent one (a trigger of force, or fire opened) by the state's force
    (``state_words``: "troops", "police", "gendarmes").
    """
    act = _scene_act(verb, lexicon)
    subject = subject_of(act) if act is not None else None
    return _state_forces(subject, index, lexicon) if subject is not None else []


def _force_of_joined_clause(verb: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """The state's force whose act of force an agentless passive of coercion is joined to
    in one sentence: "Cossacks charged the marchers, and dozens of workers were
    arrested" carries on the charge, and its force did the arrests (``state_words``)."""
    act = verb.head
    if verb.dep_ != "conj" or not _forceful_act(act, lexicon):
        return []
    subject = subject_of(act)
    return _state_forces(subject, index, lexicon) if subject is not None else []


def _force_of_timing_clause(verb: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """The armed doers of the act of force a "when" or "as" clause on an agentless passive
    tells: "Four students were shot dead when security forces opened fire on a protest".

    The clause (``occurrence_markers``) tells the act the passive is the outcome of, so its
    subject did it; only a subject the text marks as armed (``armed_words``,
    ``state_words``) or names as an organization ("when the crowd surged", "as police
    watched" tell no doer of force).
    """
    armed = lexicon.armed_words | lexicon.state_words | lexicon.member_armed_words
    markers = argument_words().occurrence_markers
    found: list[str] = []
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        marked = any(c.dep_ in ("advmod", "mark") and c.lower_ in markers for c in clause.children)
        subject = subject_of(clause) if marked and _forceful_act(clause, lexicon) else None
        for token in _with_conjuncts(subject) if subject is not None else []:
            ident = index.resolve_doer(token)
            named_body = ident is not None and index.kind(ident) == "organization"
            if ident is not None and (named_body or _noun_lemmas(token) & armed):
                found.append(ident)
    return found


def _scene_act(verb: Token, lexicon: EventLexicon, *, dated: bool = False) -> Token | None:
    """The act of force an agentless passive carries on, if it carries on one (see
    :func:`_force_of_scene` for what counts as the same scene); ``dated`` lets the
    passive have a time of its own (captives killed weeks after they were taken)."""
    sentence = verb.sent
    if verb.dep_ != "ROOT":
        return None
    if not dated and any(t.ent_type_ in CALENDAR_TYPES for t in sentence):
        return None
    start = sentence.start
    for _ in range(argument_words().scene_reach):
        if start == 0:
            return None
        before = verb.doc[start - 1].sent
        start = before.start
        act = _told_act(before.root, lexicon)
        if _forceful_act(act, lexicon):
            return act
        if any(_forceful_act(t, lexicon) for t in before):
            return None  # another act, another scene
    return None


def _told_act(root: Token, lexicon: EventLexicon) -> Token:
    """The act a sentence tells: its main verb, or the clause its verb of saying reports
    ("Radio Tirana reported that security forces had detained 40 members")."""
    if not verb_forms(root) & lexicon.report:
        return root
    return next((c for c in root.children if c.dep_ == "ccomp"), root)


def _suspect_named_after(verb: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """The person a following sentence names as the suspect of an agentless passive act.

    "Two deputies were shot at a roadblock. The suspect, Ray Dunn, was arrested that
    night": a definite "the suspect" (``suspect_nouns``) in one of the ``scene_reach``
    sentences after carries on the act, and the name apposed to it did it; with no name
    ("The suspect barricaded himself inside"), the suspect, unnamed, did it.
    """
    words = argument_words()
    if _told_act(verb.sent.root, lexicon) != verb:
        return []
    end = verb.sent.end
    for _ in range(words.scene_reach):
        if end >= len(verb.doc):
            return []
        after = verb.doc[end].sent
        end = after.end
        for token in after:
            if token.lemma_.lower() not in words.suspect_nouns or token.pos_ != "NOUN":
                continue
            if not any(c.lower_ == "the" for c in token.children if c.dep_ == "det"):
                continue
            for name in [c for c in token.subtree if c.ent_type_ == "PERSON" and c != token]:
                ident = index.resolve(name)
                if ident is not None and index.kind(ident) == "person":
                    return [ident]
            unnamed = index.resolve_one(token) or index.someone(token)
            return [unnamed] if unnamed is not None else []
    return []


def _armed_band_of_scene(
    verb: Token, undergoers: list[Token], index: EntityIndex, lexicon: EventLexicon
) -> list[str]:
    """The armed band that acted just before an agentless passive killing of people who
    bear no arms.

    "The rebels stormed the fort at dawn. About 300 prisoners were executed in the
    courtyard": the killing carries on the storming's scene, and its doers are the
    band that stormed. Only people who do not fight (not "Two rebels were killed",
    whom the other side killed) and only a doer the text marks as armed (``armed_words``,
    ``state_words``) or names as an organization.
    """
    armed = lexicon.armed_words | lexicon.state_words | lexicon.member_armed_words
    if not undergoers or any(_noun_lemmas(t) & armed for t in undergoers):
        return []
    words = argument_words()
    # "The soldiers entered the village. Houses were burned and the church was plundered":
    # buildings sacked where a band has just fought or broken in are its work too; the
    # later of joined passives carries on the scene as the first does.
    sacking = bool(verb_forms(verb) & words.assault_verbs) and all(
        index.thing(t) or index.assaulted(t) for t in undergoers
    )
    while (
        sacking and verb.dep_ == "conj" and _is_passive(verb.head) and not _pobj(verb.head, ("by",))
    ):
        verb = verb.head
    # Only a massacre goes on the band's act: "Scores of students were detained" after
    # rebels took a town tells a new act, most often the state's, and "its defenders were
    # killed" tells the toll of the storming itself.
    if not sacking and not verb_forms(verb) & words.massacre_verbs:
        return []
    act = _scene_act(verb, lexicon, dated=True)
    # "the garrison surrendered": an act done to no one leaves no one for the band to
    # go on killing.
    if act is None or not any(c.dep_ in OBJECTS for c in act.children):
        return []
    # "Police fired on the marchers. Three buses were set alight": after the state's
    # force put down a crowd, burned property is most often the crowd's; only a band's
    # fighting or breaking in (an attack or a battle) leaves its sacking to it.
    if sacking and not _act_types(act, lexicon) & SACKING_TYPES:
        return []
    subject = subject_of(act)
    if subject is None or subject.pos_ == "PRON":
        return []
    found = []
    for token in _with_conjuncts(subject):
        ident = index.resolve_doer(token)
        named_body = ident is not None and index.kind(ident) == "organization"
        # The state's own forces are left out of a sacking: their burning what civilians
        # own is read as coercion, not as the band's attack, and whether a soldiery's sack
        # of a town is either is not for a carried doer to settle.
        if sacking and _noun_lemmas(token) & lexicon.state_words:
            return []
        if ident is not None and (named_body or _noun_lemmas(token) & armed):
            found.append(ident)
    return found


def _state_forces(subject: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """The state's forces a subject names ("troops", "police and soldiers"), or none
    when any of it is no force of the state's (``state_words``)."""
    # "rebel troops": a modifier for armed men outside the state's forces says whose.
    outlaws = (lexicon.armed_words | lexicon.member_armed_words) - lexicon.state_words
    found = []
    for token in _with_conjuncts(subject):
        modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
        if not _noun_lemmas(token) & lexicon.state_words or modifiers & outlaws:
            return []
        ident = index.resolve_doer(token)
        if ident is not None:
            found.append(ident)
    return found


def _force_taking_there(verb: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """The force that brought people to the place where an agentless passive of
    coercion is told: "Police drove the students to a barracks, where hundreds
    were held", "police drove them to a barracks where detainees were
    beaten". The place's relative clause ("where ...") carries on the act of the verb
    whose phrase names the place, and that verb's subject, when it is the state's
    force, did it.
    """
    place = verb.head
    where = any(c.lower_ == "where" for c in verb.children)
    if verb.dep_ != "relcl" or not where or place.dep_ != "pobj":
        return []
    taking = place.head.head
    if place.head.dep_ != "prep" or taking.pos_ != "VERB":
        return []
    subject = subject_of(taking)
    return _state_forces(subject, index, lexicon) if subject is not None else []


def _captors(captive: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """The force that, a sentence or two before, took the person an agentless passive
    of coercion or violence is done to.

    "The secret police came for the poet Ivan Petrov. He was held in Butyrka and
    then deported": whoever seized a person holds them, and what is done to them
    in custody after, told without a doer, is that force's. The person is found as
    a pronoun is (``person_pronoun_reach``) or by name; the act that took them is the
    verb their earlier mention hangs on, which must be active. A pronoun for someone
    no name was given ("the NKVD arrested my grandfather. He was shot") stands for
    the one person an act of force in the sentences before took.
    """
    person = index.person_named_before(captive) or index.resolve(captive)
    opening = captive.sent.start
    for _ in range(argument_words().person_pronoun_reach):
        opening = captive.doc[opening - 1].sent.start if opening > 0 else opening
    doc = captive.doc
    if person is None or not index.is_named(person):
        taken = _taken_one(captive, lexicon)
        return _takers(taken.head, index, lexicon) if taken is not None else []
    if index.kind(person) != "person":
        return []
    for mention in reversed(index.starting_in(doc[opening].idx, captive.sent.start_char)):
        if mention.entity != person:
            continue
        named = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
        if named is None:
            continue
        verb = named.root
        for _ in range(4):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        return _takers(verb, index, lexicon)
    return []


def _takers_of_fallen(verb: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """Who took a place told as having fallen, with no "to" phrase to say: the doers of
    the assault its "when" clause tells ("The city fell on 3 June, when the crusaders
    stormed its walls"), else of the siege or assault told just before, whose scene the
    fall ends ("The fleet laid siege to the forts. Fort St Elmo fell on 23 June")."""
    stormed = [c for c in verb.children if c.dep_ == "advcl" and _forceful_act(c, lexicon)]
    act = stormed[0] if stormed else _scene_act(verb, lexicon, dated=True)
    subject = subject_of(act) if act is not None else None
    if subject is None or subject.pos_ == "PRON":
        return []
    # Only armed men or a body or person by name took it ("its guns pounded the walls"
    # names what fired, not who took the castle).
    armed = lexicon.armed_words | lexicon.state_words | lexicon.member_armed_words
    found = []
    for token in _with_conjuncts(subject):
        ident = index.resolve_doer(token)
        named = ident is not None and index.kind(ident) in ("organization", "person")
        if ident is not None and (named or _noun_lemmas(token) & armed):
            found.append(ident)
    return found


def _in_custody(verb: Token) -> bool:
    """Is a violent act told as done while its victim was held: in its clause a place or
    state of custody (``custody_nouns``: "in a cell", "in custody"), a charge it was done
    for (``charge_prepositions``: "shot in March as a spy"), or no time of its own to set
    it apart from the taking told before?"""
    words = argument_words()
    clause = list(verb.subtree)
    held = any(t.lemma_.lower() in words.custody_nouns for t in clause)
    charged = any(
        c.dep_ == "prep" and c.lower_ in words.charge_prepositions and _pobj(verb, (c.lower_,))
        for c in verb.children
    )
    return held or charged or not any(t.ent_type_ in CALENDAR_TYPES for t in clause)


def _taken_one(pronoun: Token, lexicon: EventLexicon) -> Token | None:
    """The one person an act of force in the ``person_pronoun_reach`` sentences before
    took, whom a pronoun for one person no name was given for stands for: "the NKVD
    arrested my grandfather. He was shot", "Soldiers detained a journalist. She was
    beaten"."""
    if pronoun.lower_ not in argument_words().person_pronouns or pronoun.pos_ != "PRON":
        return None
    opening = pronoun.sent.start
    for _ in range(argument_words().person_pronoun_reach):
        opening = pronoun.doc[opening - 1].sent.start if opening > 0 else opening
    taken = [
        c
        for verb in pronoun.doc[opening : pronoun.sent.start]
        if verb.pos_ == "VERB" and not _is_passive(verb) and _act_types(verb, lexicon) & FORCE_TYPES
        for c in verb.children
        if c.dep_ in OBJECTS and c.tag_ in ("NN", "NNP")
    ]
    return taken[-1] if taken else None


def _named_taker(taken: Token | None, named: str, index: EntityIndex) -> bool:
    """Is the person named before a pronoun the one who took the person it may stand for
    ("The Gestapo arrested my grandmother. She was deported", the Gestapo read as a
    person)? One who took someone is not whom "she" was done to next."""
    subject = subject_of(taken.head) if taken is not None else None
    return subject is not None and index.resolve(subject) == named


def _takers(verb: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """Who took someone by an active verb: the state's force (``state_words``) its
    subject names, or a body named by its name whose act of force it is ("the NKVD
    arrested my grandfather")."""
    subject = subject_of(verb) if verb.pos_ == "VERB" and not _is_passive(verb) else None
    if subject is None:
        return []
    taker = index.resolve_doer(subject) if _act_types(verb, lexicon) & FORCE_TYPES else None
    named = [taker] if taker is not None and index.kind(taker) == "organization" else []
    return _state_forces(subject, index, lexicon) or named


def _represented(holders: Token, index: EntityIndex) -> list[str]:
    """The states or bodies whose office holders make an agreement ("the prime ministers
    of Norway, Sweden and Denmark signed a pact"): each is a party to it, as much as
    the people who signed for it (``role_nouns``)."""
    if holders.lemma_.lower() not in index.lexicon.role_nouns:
        return []
    found = [index.resolve(t) for owner in of_objects(holders) for t in _with_conjuncts(owner)]
    return [ident for ident in found if ident is not None]


def _side_before(pronoun: Token, index: EntityIndex) -> Token | None:
    """The armed side a plural pronoun object of a battle stands for: the subject of the
    sentence before ("The rebels rose in 1905, killing dozens of planters. The
    governor's troops defeated them": the rebels, not the planters they killed)."""
    plural = "Plur" in pronoun.morph.get("Number", [])
    if pronoun.pos_ != "PRON" or not plural or pronoun.dep_ not in OBJECTS:
        return None
    start = pronoun.sent.start
    if start == 0:
        return None
    before = pronoun.doc[start - 1].sent.root
    side = subject_of(before) if before.pos_ in ("VERB", "AUX") else None
    if side is None or side.pos_ == "PRON" or index.resolve_doer(side) is None:
        return None
    return side


def _sentencers(condemned: Token, index: EntityIndex) -> list[str]:
    """The court that, a sentence or two before, sentenced the people an agentless
    passive of violence is done to.

    "A military judge condemned them the next day. They were shot at dawn": people
    put to death after a court's sentence die on its word, and the court, not a
    gunman the text never names, is who did it. Kept narrow: who suffers the act must
    refer back (a pronoun, or a noun after "the": "the prisoners"), and the verb of
    sentencing (``sentencing_verbs``) must be active, with its own subject, within
    ``person_pronoun_reach`` sentences before.
    """
    words = argument_words()
    pronoun = condemned.lower_ in words.person_pronouns | words.plural_pronouns
    definite = condemned.pos_ == "NOUN" and _refers_back(condemned)
    if not (pronoun or definite):
        return []
    doc = condemned.doc
    opening = condemned.sent.start
    for _ in range(words.person_pronoun_reach):
        opening = doc[opening - 1].sent.start if opening > 0 else opening
    # "A court sentenced them, and the prisoners were hanged": its own sentence first.
    for verb in reversed(doc[opening : condemned.i]):
        sentencing = verb.pos_ == "VERB" and bool(verb_forms(verb) & words.sentencing_verbs)
        subject = subject_of(verb) if sentencing and not _is_passive(verb) else None
        if subject is not None:
            found = [index.resolve_doer(t) for t in _with_conjuncts(subject)]
            return [ident for ident in found if ident is not None]
    return []


def _forceful_act(verb: Token, lexicon: EventLexicon) -> bool:
    """Does an active verb tell an act of force: a trigger of attack, battle or
    repression ("stormed", "charged the marchers", read by its object), or fire
    opened ("opened fire")?"""
    if verb.pos_ != "VERB" or _is_passive(verb):
        return False
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in OBJECTS}
    if objects & argument_words().fire_nouns:
        return True
    return bool(_act_types(verb, lexicon) & FORCE_TYPES)


def _act_types(verb: Token, lexicon: EventLexicon) -> set[str]:
    """The event types an active verb may tell: its trigger's, and those its object
    reads it as ("charged the marchers" is repression); a light verb's, those of the
    act its object names ("laid siege to Antioch", "launched an attack"); none for a
    verb no trigger is."""
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in OBJECTS}
    light = bool(verb_forms(verb) & lexicon.light_verbs)
    named: set[str] = {lexicon.words[o].type for o in objects if light and o in lexicon.words}
    sense = next((lexicon.words[f] for f in verb_forms(verb) if f in lexicon.words), None)
    if sense is None:
        return named
    return (
        named
        | {sense.type}
        | {label.split("/")[0] for label, nouns in sense.object_readings if objects & nouns}
    )


def _noun_lemmas(token: Token) -> set[str]:
    """A noun's lemma and lowercase form ("troops": "troop" and "troops")."""
    return {token.lemma_.lower(), token.lower_}


def _verb_as_modifier(verb: Token) -> bool:
    """Did the parser read a finite verb as an adjective on the noun after it?

    "Police baton-charged hundreds of teachers", "Mehmed II laid siege to
    Constantinople": the verb hangs as ``amod`` on its object, and the subject
    before it as a compound of that same noun ("the sultan Mehmed II laid siege": or as
    its ``nmod``, the name in apposition to a title).
    """
    noun = verb.head
    return (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBN")
        and noun.pos_ in ("NOUN", "PROPN")
        and verb.i < noun.i
        and any(c.dep_ in MISREAD_SUBJECT_DEPS and c.i < verb.i for c in noun.children)
    )


def _subject_before_verb(verb: Token) -> Token | None:
    """The subject of a verb the parser made a modifier of its object, or of a verb joined
    to that object ("Police baton-charged hundreds of teachers ... and detained 30 of them").
    """
    if verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN"):
        modifiers = [c for c in verb.head.children if _verb_as_modifier(c)]
        verb = modifiers[0] if modifiers else verb
    if not _verb_as_modifier(verb):
        return None
    before = [c for c in verb.head.children if c.dep_ in MISREAD_SUBJECT_DEPS and c.i < verb.i]
    return before[-1]


def _verbless_subject(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The subject of a finite verb the parser read as a participle on a noun.

    "A group of employees of the chain protested in Sfax": with the verb taken
    for a reduced relative ("the chain protested"), the sentence has no verb at
    its root, and the noun phrase the verb hangs on is what it tells about. A
    sentence with a verb at its root keeps its participles as descriptions
    ("a bomb planted by X exploded"), but not one whose root is a verb of saying
    after it: in "militia fighters abducted 20 farmers, villagers said" the parser
    made the fighters the sayers, and a past-tense verb (not a participle) is
    what they did.
    """
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    told = verb.tag_ == "VBD" and root.i > verb.i and bool(verb_forms(root) & lexicon.report)
    if root.pos_ in ("VERB", "AUX") and not told:
        return None
    # The noun phrase is the head noun with its "of" phrases: "a group of employees of
    # the chain" is the group's.
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i else None


def _operation_doers(head: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """Who did an operation the event happened in ("arrested during an operation by X")."""
    operations = [
        t for t in _pobj(head, ("during", "in")) if t.lemma_.lower() in lexicon.operation_nouns
    ]
    found = [index.resolve_doer(t) for op in operations for t in _pobj(op, ("by",))]
    return [f for f in found if f]


def _by_after_object(noun: Token) -> list[Token]:
    """The "by" phrase the parser hung on an active verb that belongs to its object.

    "AU troops beat back an assault by al-Shabaab fighters", "police foiled a plot
    by militants": an active verb has its subject for doer, so a "by" phrase right
    after its object names who did what the object names; so does one after the comma
    that closes an apposition ("documented the killing of X, a teacher, by militiamen").
    """
    verb = noun.head
    if noun.dep_ not in OBJECTS or verb.pos_ != "VERB" or _is_passive(verb):
        return []
    end = noun.right_edge.i
    return [
        obj
        for prep in verb.children
        if prep.dep_ in ("prep", "agent")
        and prep.lower_ == "by"
        and prep.i > end
        and all(t.is_punct for t in noun.doc[end + 1 : prep.i])
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _sides(head: Token, index: EntityIndex, *, doer_known: bool) -> list[str]:
    """The sides a battle word names: "fighting between A and B", "a gunfight with X".

    Every body of a "between" phrase is a side; a "with" phrase names one only
    when it names a body the text knows as one (a name, "government forces",
    "police"), not the weapons fought with ("answered with artillery fire").
    """
    # "Fighting broke out between A and B", "clashes erupted between A and B": the parser
    # hangs the sides on the verb that the battle noun is the subject of.
    holders = [head, head.head] if head.dep_ in SUBJECTS and head.head.pos_ == "VERB" else [head]
    found = [
        index.resolve_doer(token)
        for holder in holders
        for side in _pobj(holder, ("between",))
        for token in _with_conjuncts(side)
    ]
    # "besieged Jerusalem with an army of 20,000 men", "laid siege to Vienna with an army":
    # a verb that names the other side by its object or an "against" or "to" phrase takes
    # its "with" phrase for the force its subject fought with ("fought a war with Spain":
    # an object that is itself the battle leaves the phrase a side). With no doer found,
    # that force is the one word for who fought.
    aimed = [c for c in head.children if c.dep_ in OBJECTS] + _pobj(head, ASSAILED_PREPOSITIONS)
    other_side = [
        t
        for t in aimed
        if t.lemma_.lower() not in index.lexicon.words and t.ent_type_ not in CALENDAR_TYPES
    ]
    for side in [] if other_side and doer_known else _pobj(head, ("with",)):
        for token in _with_conjuncts(side):
            ident = index.resolve(token)
            if ident is not None and index.kind(ident) in ("organization", "group", "person"):
                found.append(ident)
    # "clashes among members of the Front": one body fighting within itself is every side;
    # "fighting among the ruins" names a place, so only members, armed men or a name count.
    for holder in holders:
        for side in _pobj(holder, ("among", "amongst")):
            for token in _with_conjuncts(side):
                fighting = _noun_lemmas(token) & _fighting_people(index)
                if index.resolve(token) is not None or fighting:
                    found.append(index.resolve_doer(token))
    return [f for f in found if f]


def _fighting_people(index: EntityIndex) -> frozenset[str]:
    """Words for people who may fight among themselves: members, supporters, armed men."""
    lexicon = index.lexicon
    return lexicon.member_nouns | lexicon.armed_words | lexicon.member_armed_words


def _supporters(verb: Token, index: EntityIndex) -> list[str]:
    """ "X, supported by Y, ..." and "with the support of Y": Y supports the act."""
    found = []
    for child in verb.subtree:
        if child.lemma_.lower() in ("support", "back", "assist", "help") and child.tag_ == "VBN":
            found += [index.resolve(t) for t in _pobj(child, ("by",))]
    return [f for f in found if f]


def find_arguments(match: TriggerMatch, index: EntityIndex, lexicon: EventLexicon) -> Arguments:
    """Agent, target/victim, participants and supporters of one trigger."""
    head, event_type = match.head, match.sense.type
    args = Arguments()
    subject_role = "participant" if event_type in PARTICIPANT_TYPES else match.sense.subject
    expelling = match.sense.subtype in EXPELLING_SUBTYPES
    accusing = match.sense.subtype in ACCUSING_SUBTYPES
    # "he disappeared" tells what befell its subject; "units had forcibly disappeared 86
    # people", the same verb with an object, what its subject did.
    if subject_role in VICTIM_ROLES and any(c.dep_ in OBJECTS for c in head.children):
        subject_role = "agent"
    if head.pos_ in ("VERB", "AUX"):
        passive = _passive_subjects(head, match, event_type in VICTIM_TYPES or expelling)
        # "fell to the rebels": whoever a place falls to took it.
        doers = ("by", "to") if match.sense.needs == "place_subject" else ("by",)
        for agent in _pobj(head, doers) or _shared_by_phrase(head) or _charge_by_phrase(head):
            for token in _with_conjuncts(agent):
                role = "agent" if agent.head.lower_ == "to" else subject_role
                for ident in _doers(token, index):
                    args.add(ident, role)
                # "ambushed by Germanic tribesmen led by Arminius": the leader did it too.
                args.add(index.leader(token), role)
        # "laid siege to Antioch. The city fell on 3 June": the besiegers took it.
        if args.agent is None and match.sense.needs == "place_subject" and not _is_passive(head):
            for ident in _takers_of_fallen(head, index, lexicon):
                args.add(ident, "agent")
        # "was beheaded on the orders of the sultan": who ordered it did it.
        if args.agent is None and _is_passive(head):
            for ident in _ordered_by(head, index):
                args.add(ident, subject_role)
        # "The magistrates had the speaker arrested": who has it done does it.
        causer = _causer(head) if passive and args.agent is None else None
        for token in _with_conjuncts(causer) if causer is not None else []:
            for ident in _doers(token, index):
                args.add(ident, subject_role)
        if passive:
            # "the earls Edwin and Morcar were defeated": the parser may hang both the noun
            # and its apposed names on the verb, each with its own conjuncts.
            for token in [
                t for subject in passive for t in _with_conjuncts(_emphasised_subject(subject))
            ]:
                if _takes_office(head, event_type):
                    # "X was sworn in as president": X took office.
                    args.add(index.resolve(token) or index.resolve_doer(token), "agent")
                    continue
                # "Soldiers detained a journalist. She was beaten": the one they took.
                taken = _taken_one(token, lexicon)
                named = index.person_named_before(token)
                if named is not None and not _named_taker(taken, named, index):
                    taken = None
                args.objects.append(taken if taken is not None else token)
            if args.agent is None and event_type in REPORTED_FORCE_TYPES:
                args.add(_reporting_force(head, index, lexicon), subject_role)
            if args.agent is None and event_type in REPORTED_FORCE_TYPES:
                for ident in _force_of_joined_clause(head, index, lexicon):
                    args.add(ident, subject_role)
            if args.agent is None and event_type in VICTIM_TYPES:
                for ident in _force_of_timing_clause(head, index, lexicon):
                    args.add(ident, subject_role)
            if args.agent is None and event_type in REPORTED_FORCE_TYPES:
                for ident in _force_of_scene(head, index, lexicon):
                    args.add(ident, subject_role)
            if args.agent is None and event_type in REPORTED_FORCE_TYPES:
                for ident in _force_taking_there(head, index, lexicon):
                    args.add(ident, subject_role)
            if args.agent is None and event_type in VICTIM_TYPES:
                for ident in _sentencers(passive[0], index):
                    args.add(ident, subject_role)
            # "Officers of the squad arrested a student. He was shot in a cell the next
            # day": violence done to a captive, by no one named, is the captors' where
            # it carries on the custody ("shot dead outside his home a year later" need not).
            held = event_type in REPORTED_FORCE_TYPES or expelling or _in_custody(head)
            if args.agent is None and held:
                for ident in _captors(passive[0], index, lexicon):
                    args.add(ident, subject_role)
            violence = event_type in VICTIM_TYPES and match.sense.subject != "victim"
            if args.agent is None and violence:
                for ident in _armed_band_of_scene(head, passive, index, lexicon):
                    args.add(ident, subject_role)
            if args.agent is None and violence:
                for ident in _suspect_named_after(head, index, lexicon):
                    args.add(ident, subject_role)
        else:
            subject = (
                subject_of(head) or _verbless_subject(head, lexicon) or _subject_before_verb(head)
            )
            if event_type in STATED_TYPES:
                subject = _speaker_of_joined_statement(head, lexicon) or subject
            # "carried out a shooting": a gerund done by the light verb's subject.
            gerund = head.tag_ == "VBG" and head.dep_ in OBJECTS
            if subject is None and gerund and verb_forms(head.head) & lexicon.light_verbs:
                subject = subject_of(head.head)
            if subject is not None:
                for token in _with_conjuncts(subject):
                    voice = _reporting_voice(token, index, lexicon)
                    # "A Russian missile struck": whose fire it was is who acted.
                    who = [voice] if voice else _doers(token, index)
                    # "the union organiser disappeared": who undergoes such an act is a
                    # person, though no list of person words holds the noun.
                    # "four of my cousins had disappeared": a part stands for its "of" phrase.
                    # "The abbot accused the townsmen": so is who accuses.
                    # "A government report accused the army": the paper says it.
                    paper = index.document(token) if accusing else None
                    if not who and paper is not None:
                        who = [paper]
                    if not who and (subject_role in VICTIM_ROLES or accusing):
                        who = [
                            i
                            for meant in _meant(token, lexicon)
                            for i in [index.resolve_people(meant) or index.someone(meant)]
                            if i is not None
                        ]
                    # "most of its branches left the congress": the members of a body who
                    # act as one, named by a plural noun that no list holds.
                    if not who and event_type in MOVER_TYPES and subject_role == "agent":
                        who = [
                            i
                            for meant in _meant(token, lexicon)
                            if meant is not token
                            for i in [index.resolve_doer(meant) or index.members(meant)]
                            if i is not None
                        ]
                    # "a procession of workers marched": a gathering protests as its people.
                    if not who and event_type in MARCHER_TYPES:
                        who = [i for i in [index.gathering(token)] if i is not None]
                    for ident in who:
                        args.add(ident, subject_role)
                    if event_type in PARTICIPANT_TYPES:
                        for ident in _represented(token, index):
                            args.add(ident, subject_role)
                    args.add(index.leader(token), subject_role)
                # "a bomb planted by X exploded": the thing that acted names who set it.
                if args.agent is None:
                    for ident in _participle_doers([subject], index):
                        args.add(ident, subject_role)
            # "Shelling from army positions hit the hospital": a gerund that is a clause's
            # subject fires from where its "from" phrase says.
            if args.agent is None and head.tag_ == "VBG" and head.dep_ in ("csubj", "nsubj"):
                for source in _pobj(head, ("from",)):
                    for ident in _firing_from(source, index):
                        args.add(ident, subject_role)
            if subject_role == "agent":
                _act_for_represented(head, args, index)
        objects = [c for c in head.children if c.dep_ in OBJECTS] + _acted_on(head, event_type)
        # "took the officer hostage": the trigger's own object word holds the one taken.
        objects += [
            t for o in objects if match.start <= o.idx < match.end for t in _held_as(o, head)
        ]
        for obj in objects + _small_clause_subject(head):
            args.objects += _with_conjuncts(obj)
        # "The secret police came for my grandmother": the trigger's own preposition
        # takes whom the act was done to.
        for preposition in head.children:
            if preposition.dep_ == "prep" and match.start <= preposition.idx < match.end:
                for obj in (c for c in preposition.children if c.dep_ == "pobj"):
                    args.objects += _with_conjuncts(obj)
        if event_type in VICTIM_TYPES:
            args.objects += _gathering_hit(head)
        if event_type in FORCE_TYPES:
            args.objects += _killed_in_course(head)
        # "Three civilians wounded in shelling of Donetsk": a gerund told as a noun is.
        if event_type in FORCE_TYPES and not _pobj(head, ("between", "with")):
            args.objects += _harmed_in(head)
        if _verb_as_modifier(head):
            args.objects.append(head.head)  # "Police baton-charged hundreds of teachers"
        if event_type in CLAIMABLE_TYPES:
            for obj in _hit_through(head, match) + _laid_to(head, match):
                args.objects += _with_conjuncts(obj)
        args.missiles, aimed = _missiles(head, lexicon)
        args.objects += aimed
        if event_type in REPORTED_FORCE_TYPES:
            args.objects += _crowd_of_joined_verb(head, lexicon)
        # "on 26 September municipal police opened fire on buses": the police, in the date's
        # "on" phrase, are who fired, not what was fired on.
        if not passive:
            args.objects = [t for t in args.objects if t != _swallowed_by_date(head)]
        for ident in _supporters(head, index):
            args.add(ident, "supporter")
    else:
        # "The Sharpeville massacre took place ... when police opened fire": the clause
        # that tells the act names its doer, and the name in front of the event noun is
        # then the event's name (its place), not a second doer.
        clause = _occurrence_clause(head)
        told_doer = clause is not None and any(c.dep_ in SUBJECTS for c in clause.children)
        for child in head.children:
            owned = _owned_people(head, child, lexicon) if child.dep_ == "poss" else None
            if owned is not None:
                args.objects.append(owned)  # "held the mayor's staff hostage"
            elif child.dep_ == "poss":
                role_token = index.resolve(child) or index.resolve_doer(child)
                countered = bool(verb_forms(head.head) & argument_words().counter_verbs)
                if child.pos_ == "PRON" and head.dep_ in OBJECTS and not countered:
                    # "X stopped their support": the possessor is the governing verb's subject
                    # (but "X repulsed their attack": the attack is the other side's).
                    subject = subject_of(head.head)
                    role_token = index.resolve(subject) if subject is not None else role_token
                # "Rajavi's arrest" befell Rajavi; "the junta's arrest of the journalist"
                # was the junta's act, and its "of" phrase says whom it befell.
                if match.sense.subtype in VICTIM_POSSESSIVE and not _pobj(head, ("of",)):
                    args.objects.append(child)
                else:
                    args.add(role_token, subject_role)
            elif child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG"):
                named = index.resolve(child)
                # "the Amritsar massacre": a town in front of the act is where, not who
                # ("a Syrian attack", "the US invasion": a country may be who).
                if named is not None and not index.is_town(named) and not told_doer:
                    args.add(named, subject_role)
            elif child.dep_ in ("amod", "compound") and child.lower_ in argument_words().doer_nouns:
                # "a rebel attack", "a guerrilla ambush": the noun in front names who did it.
                args.add(index.resolve_doer(child), subject_role)
            elif (
                event_type in MARCHER_TYPES
                and child.dep_ == "compound"
                and _people_word(child, lexicon)
            ):
                # "a student rally", "a miners' strike": the people in front are who protest.
                args.add(index.resolve_doer(child), subject_role)
        # "a Hamas-led protest": the leader does what it leads (a "Saudi-led coalition"
        # is a body, not the act of forming one).
        if event_type in LED_TYPES:
            args.add(index.leader(head), subject_role)
        # "an Egyptian-brokered ceasefire": who brokered an agreement took part in making it.
        if event_type in PARTICIPANT_TYPES:
            for ident in _brokers(head, index):
                args.add(ident, subject_role)
            # "a truce between Hamas and Israel": the parties it is between take part.
            for party in _pobj(head, ("between",)):
                for token in _with_conjuncts(party):
                    args.add(index.resolve_doer(token), subject_role)
        # "an assault by al-Shabaab fighters", "a raid by gunmen": the "by" phrase of an
        # act is its doer, an unnamed band as much as a named one.
        by_phrases = [] if _charged_act(head) else _pobj(head, ("by",)) + _by_after_object(head)
        for agent in by_phrases or _by_of_series(head):
            for ident in _doers(agent, index):
                args.add(ident, subject_role)
        # "Police placed the opposition leader under house arrest", "was taken into
        # custody": the verb that puts someone in the state the act names tells who and whom.
        placing = _placing_verb(head) if event_type in REPORTED_FORCE_TYPES else None
        if placing is not None:
            placed, placer = _placed_and_placer(placing)
            args.objects += placed
            if placer is not None:
                args.add(index.resolve_doer(placer), subject_role)
        # "shelling from army positions hit the hospital": whose positions fired.
        if head.lemma_.lower() in argument_words().fire_nouns:
            for source in _pobj(head, ("from",)):
                for ident in _firing_from(source, index):
                    args.add(ident, subject_role)
        # "a bomb planted by X", "shells fired by X", "an attack carried out by X": the
        # participle that describes the trigger names its doer.
        # "an IED device planted by X": the trigger may be a compound of what is described.
        described = [head, head.head] if head.dep_ == "compound" else [head]
        for ident in _participle_doers(described, index):
            args.add(ident, subject_role)
        tied = _pobj(head, ("of", "to", "for")) + _acted_on(head, event_type)
        # "launched an offensive on the town, killing 40", "ended the hostage siege, killing
        # seven attackers": whom the verb's participle of death killed, the act did.
        if event_type in FORCE_TYPES and head.dep_ in OBJECTS and head.head.pos_ == "VERB":
            tied += _killed_in_course(head.head)
        if event_type not in SIDED_TYPES:
            tied += _pobj(head, ("with",))
        # "Two police injured in attack by gunmen": who underwent it, where no sides are told
        # ("killed in clashes with the rebels" tells a side's losses, not whom it hit).
        if event_type in FORCE_TYPES and not _pobj(head, ("between", "with")):
            tied += _harmed_in(head)
        if event_type in CLAIMABLE_TYPES:
            # "a bomb that tore through the hotel killed six": what the relative clause
            # says it hit, before whom its verb killed.
            tied += (
                _told_in_relative(head, match)
                or _hit_by_subject(head, match)
                or _harmed_in_cut_off_relative(head)
            )
        # "fired tear gas but could not hold back the crowd": what police fire is aimed at
        # the people the joined verb acts on.
        if event_type in REPORTED_FORCE_TYPES and head.dep_ in OBJECTS:
            tied += _crowd_of_joined_verb(head.head, lexicon)
        # "a grenade was hurled at gendarmes": what was sent was aimed at the "at" phrase.
        thrown = head.dep_ == "nsubjpass" and head.head.pos_ == "VERB"
        if thrown and verb_forms(head.head) & argument_words().projectile_verbs:
            tied += _aimed_at(head.head)
        for obj in sorted(tied, key=lambda t: t.i):
            args.objects += _with_conjuncts(obj)
        # "The Sharpeville massacre took place ... when police opened fire on the crowd".
        if clause is not None:
            doer = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            for token in _with_conjuncts(doer) if doer is not None else []:
                args.add(index.resolve_doer(token), subject_role)
            args.objects += [c for c in clause.children if c.dep_ in OBJECTS]
            args.objects += _acted_on(clause, event_type) + _missiles(clause, lexicon)[1]
        # "fired three mortar rounds": the trigger may name the kind of what is fired.
        # "fired a mortar round", "joined a protest march": the trigger may modify the noun.
        held = head.head.dep_ in (*OBJECTS, "pobj", "conj")
        taken = head.head if head.dep_ == "compound" and held else head
        # "fired 120mm shells and mortars", "staged a sit-in and a protest": the first of
        # the listed objects is the verb's.
        while taken.dep_ == "conj" and taken.head.i != taken.i and taken.head.pos_ != "VERB":
            taken = taken.head
        verb = taken.head
        # "responded with tear gas", "attacked them with grenades": a weapon, the means of
        # a doer's act (weapon words are those that need a doer, or weak ones).
        weapon = match.sense.weak or match.sense.needs == "agent"
        # "placed a bomb at the embassy": whoever sets a device does the act it names.
        violent = event_type in ("attack", "battle")
        doing = lexicon.light_verbs | (argument_words().placing_verbs if violent else frozenset())
        # "the envoys initialled the accord": who makes an agreement is a party to it.
        if event_type == "agreement":
            doing |= argument_words().agreeing_verbs
        # "called the riots a dark chapter", "declared the strike illegal": a verb with a
        # predicate for its object says what the act was; its subject did not do it.
        labelled = any(c.dep_ == "oprd" for c in verb.children)
        light = taken.dep_ in OBJECTS and bool(verb_forms(verb) & doing) and not labelled
        # "dozens participated in a protest", "joined in the attack"; "detainees went on
        # hunger strike", "dockers came out on strike" (``onset_verbs``).
        taking_up = {"in": lexicon.light_verbs, "on": argument_words().onset_verbs}
        light = light or (
            taken.dep_ == "pobj"
            and taken.head.lower_ in taking_up
            and taken.head.head.pos_ == "VERB"
            and bool(verb_forms(taken.head.head) & taking_up[taken.head.lower_])
        )
        if light and taken.dep_ == "pobj":
            verb = taken.head.head
        # "Israel responded with air strikes", "forces answered with artillery fire": an
        # act a verb of response (``response_verbs``) is made with is its subject's.
        responding = bool(verb_forms(verb.head) & argument_words().response_verbs)
        means = (
            (weapon or responding)
            and head.dep_ == "pobj"
            and head.head.lower_ == "with"
            and verb.head.pos_ == "VERB"
        )
        if means:
            verb = verb.head
        # "The attack on the convoy was carried out by Taliban fighters": the passive light
        # verb's "by" phrase names who did the act its subject names.
        if taken.dep_ in PASSIVE_SUBJECTS and verb_forms(verb) & lexicon.light_verbs:
            for agent in _pobj(verb, ("by",)):
                for ident in _doers(agent, index):
                    args.add(ident, subject_role)
        # "took the chief district officer hostage": a trigger a light verb takes is what
        # it holds someone as, and the one held is no doer named in front.
        captives = _held_as(taken, verb) if light and match.sense.needs == "light_verb" else []
        args.objects += captives
        held_ids = {index.resolve_doer(t) for t in captives}
        args.actors = [a for a in args.actors if a[0] not in held_ids]
        if light or means:
            # "laid siege to Vienna", "carried out an attack on the base": the light
            # verb may carry what a violent act was done to.
            aimed_at = ("against", "at", "on", "to") if violent else ("against", "at")
            args.objects += [t for t in _pobj(verb, aimed_at) if t.ent_type_ not in CALENDAR_TYPES]
            subject = subject_of(verb)
            if subject is not None:
                for token in _with_conjuncts(subject):
                    voice = _reporting_voice(token, index, lexicon)
                    for ident in [voice] if voice else _doers(token, index):
                        args.add(ident, subject_role)
                    if event_type in PARTICIPANT_TYPES:
                        for ident in _represented(token, index):
                            args.add(ident, subject_role)
            for ident in _supporters(verb, index):
                args.add(ident, "supporter")
        # "Mehmed II laid siege to Constantinople", parsed as a noun phrase: the name in
        # front of the light verb is its subject.
        misread = [c for c in head.children if _verb_as_modifier(c) and verb_forms(c) & doing]
        if misread and args.agent is None:
            before = _subject_before_verb(misread[0])
            args.add(index.resolve_doer(before) if before is not None else None, subject_role)
        # "Police in shootout with gang members": a headline's verbless root is who is in
        # the act its "in" phrase names.
        in_headline = _headline_party(head) if event_type in FORCE_TYPES else None
        if in_headline is not None and (args.agent is None or event_type in SIDED_TYPES):
            for in_fight in _with_conjuncts(in_headline):
                args.add(index.resolve_doer(in_fight), subject_role)
        framing = _framing_subject(head, event_type) if event_type in FORCE_TYPES else None
        # "killed nine of them in a gunfight": whom the act killed it was done to.
        if framing is not None:
            args.objects += _killed_by_framing_verb(head, event_type)
        # A battle's sides are each its doers: the framing verb's subject is one more.
        if (args.agent is None or event_type in SIDED_TYPES) and framing is not None:
            for token in _with_conjuncts(framing):
                args.add(index.resolve_doer(token), subject_role)
    # "fighting between the army and the KNLA", "clashed with federal forces": a battle's
    # sides are its doers, each as much as the other.
    if event_type in SIDED_TYPES:
        for ident in _sides(head, index, doer_known=args.agent is not None):
            args.add(ident, subject_role)
    # "The patrol came under fire from rebels": the rebels fired, the patrol was hit.
    if event_type not in PARTICIPANT_TYPES:
        fired_by, hit = _under_fire(match)
        for token in fired_by:
            for ident in _doers(token, index):
                args.add(ident, "agent")
        if fired_by and hit is not None and head.pos_ == "NOUN":
            args.objects.append(hit)
    # "Police blamed the Front for the bombing": the blamed one is the agent; so is the
    # subject of "the Front was blamed for the bombing", "was credited with bombing".
    # "Gunmen stormed a hotel. Police blamed al-Shabaab for the raid": "the raid" retells
    # an act whose doers the text named, and the accused are only suspected of it.
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ in ("for", "with"):
        verb = head.head.head
        retold = _refers_back(head) and _doers_told_before(head, index, lexicon)
        if verb.lemma_.lower() in lexicon.blame_verbs and not retold:
            blamed_deps = (*OBJECTS, "nsubjpass")
            for blamed in (c for c in verb.children if c.dep_ in blamed_deps):
                # "X, which authorities blamed for the bombing": the pronoun stands for X.
                if blamed.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    blamed = verb.head
                # "blamed the national guard for the massacre": an unnamed force as well.
                args.add(index.resolve(blamed) or index.resolve_doer(blamed), subject_role)
    # "jailed a former customs officer for fatally stabbing a trader": who is punished for an
    # act did it, as the court or the police report takes it.
    if args.agent is None and subject_role == "agent":
        for token in _punished_for(head):
            found = index.resolve(token) or index.resolve_one(token) or index.someone(token)
            args.add(found or index.resolve_people(token), "agent")
    # "The Brigades claimed responsibility for the bombing": who owns it is the agent.
    owner = _claiming_verb(head, lexicon)
    if owner is not None:
        subject = subject_of(owner)
        # "No group claimed the blast": a claim denied credits no one.
        if subject is not None and not _negated(subject, lexicon):
            for token in _with_conjuncts(subject):
                args.add(index.resolve_doer(token), subject_role)
    # "Sources attributed the attack to the Taliban": the one it is put down to is the agent.
    if head.dep_ in OBJECTS and verb_forms(head.head) & lexicon.blame_verbs:
        credited = _pobj(head.head, ("to",)) + _pobj(head, ("to",))  # wherever "to" hangs
        args.objects = [t for t in args.objects if t not in credited]
        for token in credited:
            args.add(index.resolve(token), subject_role)
    # "3 were arrested during an operation by the police": the operation's doer did it.
    if args.agent is None and subject_role == "agent":
        for ident in _operation_doers(head, index, lexicon):
            args.add(ident, "agent")
    # "The Front denied that it had carried out the attack": the denier is no doer.
    denied = _denied_doers(head, index)
    args.actors = [a for a in args.actors if a[0] not in denied or a[1] != subject_role]
    args.objects = [t for t in args.objects if not _further_act(t)]
    # "opened fire on mourners at a funeral": with its people named as what the act was
    # done to, a gathering it was done at is where, not one more victim ("blew himself up
    # at a rally, killing 12 people": the dead alone name no one it was aimed at).
    settings = [t for t in args.objects if _gathering_setting(t)]
    own_words = [t for t in args.objects if match.start <= t.idx < match.end]
    dead = _killed_in_course(head) if head.pos_ == "VERB" else []
    if any(t not in settings + own_words + args.missiles + dead for t in args.objects):
        args.objects = [t for t in args.objects if t not in settings]
        # "shelled the walled Old Town, killing 13 people": beside what the act was aimed
        # at, dead told only as a number of people (``toll_only_nouns``) are its toll.
        toll_only = argument_words().toll_only_nouns
        args.objects = [t for t in args.objects if t not in dead or t.lemma_ not in toll_only]
    if event_type in SIDED_TYPES:
        args.objects = [_side_before(t, index) or t for t in args.objects]
    meant = [t for token in args.objects for t in _meant(token, lexicon)]
    args.objects = _expand_place_nouns(meant, index)
    # "bombed the rebels' positions": what holds a side is the side, hit there.
    if event_type in CLAIMABLE_TYPES:
        args.objects += [
            owner
            for token in args.objects
            if token.lemma_.lower() in argument_words().emplacement_nouns
            for owner in token.children
            if owner.dep_ == "poss" and owner.pos_ != "PRON"
        ]
    for token in args.objects:
        if token in args.missiles:
            continue  # "fired live rounds at supporters": the rounds are no victims
        # "executed by firing squad": the trigger's own words act on no one ("took the
        # officer hostage": the one held sits inside the trigger's words, not among them).
        if match.start <= token.idx < match.end and token not in _held_as(token.head, head):
            continue
        found = index.resolve(token)
        # "three buses were set on fire": a word for a thing is hit as a thing, never as
        # people, whatever its number.
        if found is None and event_type in CLAIMABLE_TYPES:
            found = index.thing(token)
        # "expelled the Dutch merchants", "accused the townsmen": who is driven out or
        # accused are people, named or not (a part of a body is left to ``faction``).
        part = token.lemma_.lower() in argument_words().faction_nouns
        if found is None and (event_type in PEOPLE_TYPES or expelling or accusing) and not part:
            found = index.resolve_people(token)
        if found is None and accusing and not part:
            found = index.someone(token)
        # "banned factions inside the party": the members of a body suffer it as one.
        if found is None and event_type in PEOPLE_TYPES and part:
            found = index.members(token)
        # "founded a rival confederation": the body made is what was founded.
        if found is None and match.sense.subtype in FOUNDING_SUBTYPES and head.pos_ == "VERB":
            found = index.founded_body(token)
        if found is None and (event_type in PEOPLE_TYPES | CLAIMABLE_TYPES or expelling):
            found = index.resolve_one(token)  # "my grandmother was deported", as arrested
        # "besieged the stockade": what an assault's verb was done to was hit.
        assailed = (
            _assaulted(token, head)
            or _hit_by_trigger(token, head)
            or _aimed_phrase(token, match, lexicon)
        )
        if found is None and event_type in CLAIMABLE_TYPES and assailed:
            found = index.assaulted(token)
        # "kidnapped a land surveyor": what only people suffer was done to a person.
        if found is None and event_type in PEOPLE_TYPES and _done_to_person(token, head):
            found = index.someone(token)
        # "routed the peasants": a battle's other side may be people the text leaves unnamed.
        if found is None and event_type in SIDED_TYPES:
            found = index.resolve_fighters(token)
        # "opened fire on a student rally": violence done to a gathering is done to its people.
        if found is None and event_type in PEOPLE_TYPES | CLAIMABLE_TYPES:
            found = index.gathering(token)
        # "blamed a breakaway wing of the old Vanu guerrillas": the wing and its body.
        if found is None and event_type in STATED_TYPES:
            for ident in index.faction(token):
                args.add(ident, _role_for_object(event_type, ident, index))
        if found is None:
            continue
        ident = found
        if event_type == "relocation" and index.kind(ident) in ("place", "facility"):
            continue  # where it moved from or to, not who moved
        # "marched on Delhi", "imposed a curfew on Tel Aviv": only violence hits a town
        # ("shelled Ajdabiya", "captured Kigali"); any other act's town is where it was.
        # "accused Moscow of ...": in what is said, a capital is its state, and is aimed at.
        capital_meant = event_type in STATED_TYPES and index.is_capital(ident)
        if event_type not in CLAIMABLE_TYPES and index.is_town(ident) and not capital_meant:
            continue
        if event_type in MOVER_TYPES and head.pos_ == "NOUN" and token.head.lower_ == "of":
            args.add(ident, "agent")
        elif event_type in VICTIM_TYPES and _named_by_place_noun(token, index):
            args.add(ident, "target")  # "attacked the village of Eringeti": a place, no one
        else:
            args.add(ident, _role_for_object(event_type, ident, index))
    # "Assailants attacked a post. ... The Taliban claimed responsibility for the attack":
    # an event whose doer the text leaves unnamed takes the one a later sentence credits.
    # A bare noun ("a bomb exploded") is left alone: the verb it hangs on tells the act;
    # so is a weak word ("were killed"), which a doer would make an event of its own.
    # Only violence is claimed or blamed so: "The three were arrested. Two groups were
    # responsible for the attack" credits the attack, not the arrest.
    told = (head.pos_ in ("VERB", "AUX") or bool(args.actors) or _object_act(head)) and (
        not match.sense.weak
    )
    claimable = event_type in CLAIMABLE_TYPES
    if subject_role == "agent" and told and claimable and not _named_agent(args, index):
        # "Gunmen attacked a checkpoint. Police blamed the BLA": whom a claim or an
        # accusation names is the alleged doer beside the unnamed gunmen (as GTD and
        # ACLED code the perpetrator); a retelling ("blamed X for the raid" after a raid
        # by doers told before) names no doer of its own.
        retold = _refers_back(head) and _doers_told_before(head, index, lexicon)
        accusations = not retold
        claimant = claimed_later(match.head, index, lexicon, accusations=accusations)
        if claimant is not None and all(claimant != a for a, _ in args.actors):
            args.actors.insert(0, (claimant, "agent"))
    # "killed the last of the gunmen holed up in the hotel, ending a 60-hour siege".
    if subject_role == "agent" and claimable and head.pos_ == "NOUN" and args.agent is None:
        for ident in _siege_holders(head, index, lexicon):
            args.add(ident, "agent")
    # A named event is not its own actor ("Operation Desert Storm" is not its own agent).
    # An unnamed band the trigger takes in ("a terrorist attack") is its doer all the same.
    inside = [
        a
        for a in args.actors
        if index.kind(a[0]) != "group" and _mention_inside(index, a[0], match.start, match.end)
    ]
    args.actors = [a for a in args.actors if a not in inside]
    return args


def _held_as(word: Token, verb: Token) -> list[Token]:
    """Who a verb holds as what its object word names: "held 52 diplomats hostage",
    "took the officer hostage", "took Prime Minister Bartholomew Ulufa'alu hostage".

    The verb's other object is the one held; where the parser made the one held part
    of the word ("the chief district officer hostage"), the noun right before it is.
    """
    if word.dep_ not in OBJECTS or word.head.i != verb.i:
        return []
    held = [c for c in verb.children if c.dep_ in OBJECTS and c.i != word.i]
    named = [c for c in word.children if c.dep_ == "compound" and c.i == word.i - 1]
    return held + [c for c in named if c.pos_ in ("NOUN", "PROPN")]


def _owned_people(head: Token, possessor: Token, lexicon: EventLexicon) -> Token | None:
    """The people a possessive in front of an event noun owns, where the parser hung both
    on the noun: "held the mayor's staff hostage", "took the consul's family hostage".

    A noun for people (``person_nouns``, ``collective_victims``) between the
    possessive and the event noun is what the possessive belongs to; those people
    underwent the act, and the possessor did not do it.
    """
    for child in head.children:
        between = child.dep_ == "compound" and possessor.i < child.i < head.i
        people = _people_word(child, lexicon)
        if between and (people or child.lemma_.lower() in argument_words().collective_victims):
            return child
    return None


def _denying_verb(token: Token) -> Token | None:
    """The verb of denial whose clause a token is told in ("denied that it had attacked").

    A verb joined to a denial tells a clause of its own: "the Taliban denied any role,
    and the police chief blamed the Islamic State" blames in earnest.
    """
    below = token
    for verb in token.ancestors:
        joined = below.dep_ == "conj"
        denying = verb.pos_ in ("VERB", "AUX") and verb_forms(verb) & argument_words().denial_verbs
        if denying and not joined:
            return verb
        below = verb
    return None


def _denies_in_relative(accused: Token) -> bool:
    """Does a relative clause on the accused say it denied ("blamed the PKK, which denied
    involvement")? An accusation its target denies in the same breath credits it with
    nothing a coder would take as proof."""
    return any(
        c.dep_ == "relcl" and verb_forms(c) & argument_words().denial_verbs
        for c in accused.children
    )


def _denied_doers(head: Token, index: EntityIndex) -> set[str]:
    """Who a denial the trigger is told inside names only to deny they did it.

    "The group denied that it had carried out the attack", "X denied having taken
    part in the raid": the denier, or a pronoun standing for it, is no doer of what it
    denies, however the clause is built; nor are its own people ("The ministry denied
    that its units took part in the attack"). Others the clause names ("denied that
    rebel fighters had shelled the town", as a reply to blame) are left as told.
    """
    verb = _denying_verb(head)
    subject = subject_of(verb) if verb is not None else None
    denier = index.resolve_doer(subject) if subject is not None else None
    if verb is None or denier is None:
        return set()
    own = [
        index.resolve_doer(token)
        for token in verb.subtree
        if token.dep_ in (*SUBJECTS, "pobj", *OBJECTS)
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    ]
    return {denier, *(ident for ident in own if ident is not None)}


def _object_act(head: Token) -> bool:
    """Is a noun trigger what its clause is about, with no verb of its own to tell it?

    "Nobody has claimed the ambush of a convoy", "a car bomb killed nine": the
    noun is the act's only telling, where "a bomb exploded" has the verb (a
    verb of killing, weak on its own, tells no act of its own).
    """
    if head.dep_ in OBJECTS:
        return True
    killing = bool(verb_forms(head.head) & argument_words().death_words)
    return head.dep_ in SUBJECTS and killing


def _claiming_verb(head: Token, lexicon: EventLexicon) -> Token | None:
    """The verb by which someone owns the act the trigger tells, if one does.

    "claimed responsibility for the bombing", "claimed responsibility for
    shelling the town" (a gerund), and "took responsibility for it" with the
    "for" phrase on the verb rather than on its object, as parsers often hang it;
    "claimed the attack on the base", the act the object of a verb of claiming
    (``claiming_verbs``) and told there by what it was done to; "claimed the bombing in
    a call" only refers back to an act told before, which :func:`claimed_later` credits.
    """
    claiming = verb_forms(head.head) & argument_words().claiming_verbs
    done_to = ("of", "against", *ASSAILING_PREPOSITIONS)
    told_here = any(c.dep_ == "prep" and c.lower_ in done_to for c in head.children)
    if head.dep_ in OBJECTS and claiming and told_here:
        return head.head
    if head.dep_ not in ("pobj", "pcomp") or head.head.lower_ != "for":
        return None
    held = head.head.head
    if held.lemma_.lower() in lexicon.denied_parts and held.dep_ in OBJECTS:
        verb = held.head
    elif held.pos_ in ("VERB", "AUX") and any(
        c.dep_ in OBJECTS and c.lemma_.lower() in lexicon.denied_parts for c in held.children
    ):
        verb = held
    else:
        return None
    return verb if verb_forms(verb) & lexicon.owning_verbs else None


def _mention_inside(index: EntityIndex, ident: str, start: int, end: int) -> bool:
    return any(m.entity == ident and m.span[1] <= end for m in index.starting_in(start, end))


def _named_agent(args: Arguments, index: EntityIndex) -> bool:
    """Has the event a doer the text names (an organization or a person by name)?"""
    return any(
        role == "agent" and index.kind(ident) in ("organization", "person")
        for ident, role in args.actors
    )


def _refers_back(token: Token) -> bool:
    """ "the attack", "this incident", "it": a phrase for something already told."""
    words = argument_words()
    if token.pos_ == "PRON":
        return token.lower_ in words.event_pronouns
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    return token.pos_ == "NOUN" and bool(determiners & words.anaphoric_determiners)


def _bare_reference(token: Token) -> bool:
    """ "the attack", "it": a phrase that only refers back, with nothing of its own.

    "the bombing of the bus station on 9 September was carried out by the Front"
    names its own act, which the "by" phrase credits where it is told; it is
    no word on whatever the text told just before.
    """
    own = ("prep", "acl", "relcl", "compound", "nmod", "appos", "poss")
    return _refers_back(token) and not any(c.dep_ in own for c in token.children)


def _negated(token: Token, lexicon: EventLexicon) -> bool:
    """ "No group", "nobody": a subject that says no one did it."""
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    return bool(determiners & lexicon.negative_determiners) or token.lower_ in ("nobody", "none")


def _credited(
    verb: Token, index: EntityIndex, lexicon: EventLexicon, *, accusations: bool = True
) -> str | None:
    """Whom a clause credits with something told before, if it does.

    "X claimed responsibility for the attack", "X claimed the attack", "sources
    attributed the attack to X", "the attack was attributed to X", "police blamed
    X for the incident", "X was blamed for it". A subject that denies ("No group
    claimed responsibility") credits nobody. Without ``accusations``, what others
    put down to X (``blame_verbs``) credits nobody either.
    """
    # "X denied claims that it was behind the attack", "The ministry denied that its units
    # took part in the attack": what a denial's clause says of anyone is what the denier
    # rejects, not a credit.
    if _denying_verb(verb) is not None:
        return None
    forms = verb_forms(verb)
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    passive = [c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")]
    credited: list[Token] = []
    if forms & lexicon.owning_verbs:
        # "took no part in it" owns nothing; "took part in no attack" owns no act told.
        owned = [
            o
            for o in objects
            if o.lemma_.lower() in lexicon.denied_parts and not _negated(o, lexicon)
        ]
        told = [t for t in _pobj(verb, OWNED_ACT_PREPOSITIONS) if _owned_act(t, lexicon)] + [
            t for o in owned for t in _pobj(o, OWNED_ACT_PREPOSITIONS) if _owned_act(t, lexicon)
        ]
        # "The PFLP claimed responsibility.": a claim that names nothing is for what
        # was just told.
        claimed = owned and (not told or any(_refers_back(t) for t in told))
        if claimed or ("claim" in forms and any(_refers_back(o) for o in objects)):
            subject = subject_of(verb)
            # "a caller claimed the attack on behalf of the group": the group claims it.
            credited = behalf_objects(verb) + ([subject] if subject is not None else [])
    elif forms & argument_words().placing_verbs and any(_refers_back(t) for t in passive):
        credited = _pobj(verb, ("by",))  # "The device had been placed by members of the ELF."
    elif forms & lexicon.light_verbs and any(_bare_reference(t) for t in passive):
        credited = _pobj(verb, ("by",))  # "the bombing was carried out by the Front"
    elif "be" in forms and _owned_by_subject(verb):
        credited = [s for s in [subject_of(verb)] if s is not None]  # "X was responsible for it"
    elif "be" in forms and _work_of(verb):
        credited = _work_of(verb)  # "the attack was the work of X"
    elif accusations and ("be" in forms or "suspect" in forms) and _suspicion_of(verb):
        # "Al Shabaab are the suspected perpetrators", "Al Shabaab suspected."
        credited = [s for s in [subject_of(verb)] if s is not None]
    elif forms & argument_words().conviction_verbs and any(
        _refers_back(t) for t in _pobj(verb, ("of", "for"))
    ):
        credited = passive or objects  # "X were convicted of the bombing"
    elif accusations and forms & lexicon.blame_verbs:
        to = _pobj(verb, ("to",)) + [t for o in objects for t in _pobj(o, ("to",))]
        for_ = _pobj(verb, ("for", "with"))
        if to and any(_refers_back(t) for t in objects + passive):
            credited = to  # "attributed the attack to X", "the attack was attributed to X"
        elif for_ and any(_refers_back(t) for t in for_):
            credited = objects or passive  # "blamed X for the attack", "X was blamed for it"
        elif not to and not for_ and forms & argument_words().bare_blame_verbs:
            credited = objects  # "Police blamed the Shining Path."
        credited = [t for t in credited if not _one_person_word(t, lexicon)]
    for token in credited:
        if _negated(token, lexicon):
            return None
        ident = index.resolve_doer(token)
        if _denies_in_relative(token):
            return None
        if ident is not None and index.kind(ident) in ("organization", "person", "group"):
            return ident
    return None


def _one_person_word(token: Token, lexicon: EventLexicon) -> bool:
    """Does a phrase name one person, by name or by a word for one ("Pedro Salas", "a
    lone gunman"), rather than a body ("the Haqqani network", "the rebels")?

    "The army blamed a lone gunman, Pedro Salas": a person others accuse is only the
    accusation's target; blame credits a body, as GTD and ACLED code the perpetrator
    group, while one's own claim credits anyone.
    """
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
        return True
    people = lexicon.person_nouns | lexicon.role_nouns | argument_words().doer_nouns
    return token.tag_ == "NN" and token.lemma_.lower() in people


def _owned_act(phrase: Token, lexicon: EventLexicon) -> bool:
    """Does a "for" or "in" phrase of a claim name the act owned? "for the bombing" and
    "took part in the attack" (or "in no attack") do; "claimed responsibility in a
    statement" tells only where the claim was made."""
    return phrase.head.lower_ == "for" or _refers_back(phrase) or _negated(phrase, lexicon)


def _doers_told_before(act: Token, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """Does one of the ``claim_reach`` sentences before tell an act of force by doers it
    names ("Armed men stormed a hotel", "Rebels shelled the town"), which a phrase such as
    "the raid" may refer back to?"""
    doc = act.doc
    start = act.sent.start
    for _ in range(argument_words().claim_reach):
        if start == 0:
            return False
        before = doc[start - 1].sent
        start = before.start
        for verb in before:
            subject = subject_of(verb) if _forceful_act(verb, lexicon) else None
            doer = index.resolve_doer(subject) if subject is not None else None
            if doer is not None and index.kind(doer) in ("group", "organization", "person"):
                return True
    return False


def _siege_holders(head: Token, index: EntityIndex, lexicon: EventLexicon) -> list[str]:
    """Who held out in the place a siege with no doer of its own was laid to: "killed
    the last of the gunmen holed up in the hotel, ending a 60-hour siege".

    A siege of armed men in a building (``holding_out_verbs``) is their act, as GTD
    and ACLED code the hostage siege; those who end it are the other side.
    """
    words = argument_words()
    if head.lemma_.lower() not in words.siege_nouns:
        return []
    found = [
        index.resolve_doer(meant)
        for verb in head.sent
        if verb.i != head.i and verb_forms(verb) & words.holding_out_verbs
        for holder in _holding_out(verb)
        for meant in _meant(holder, lexicon)
    ]
    return [ident for ident in found if ident is not None]


def _holding_out(verb: Token) -> list[Token]:
    """Who a participle of holding out describes: "the gunmen holed up in the hotel".

    The parser hangs it on them, makes them its subject ("the last of the gunmen
    holed up"), or leaves it on the main verb with the noun right before it.
    """
    if verb.dep_ == "acl":
        return [verb.head]
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if not subjects and before is not None and before.tag_ == "NNS":
        return [before]
    return subjects


def _work_of(verb: Token) -> list[Token]:
    """Whom "the attack was the work of X" or "it was the handiwork of X" credits.

    The copula's subject refers back to an act told before, and its predicate
    is a noun of authorship (``work_nouns``) whose "of" phrase names the doer.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _refers_back(subject):
        return []
    return [
        doer
        for child in verb.children
        if child.dep_ == "attr" and child.lemma_.lower() in argument_words().work_nouns
        for doer in _pobj(child, ("of",))
    ]


def _suspicion_of(verb: Token) -> bool:
    """Does the clause name its subject as the suspected doer of what was told before?

    "Al Shabaab are the suspected perpetrators": a copula whose predicate is a word for
    the doer (``suspect_nouns``); "Al Shabaab suspected.": a report's closing line
    whose bare verb of suspicion has no object, clause or auxiliary of its own.
    """
    if "be" in verb_forms(verb):
        suspects = argument_words().suspect_nouns
        return any(c.dep_ == "attr" and c.lemma_.lower() in suspects for c in verb.children)
    bare = not any(c.dep_ in (*OBJECTS, "ccomp", "xcomp", "aux", "auxpass") for c in verb.children)
    return bare and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN")


def _owned_by_subject(verb: Token) -> bool:
    """ "X were responsible for the attack", "X was behind it": the copula's subject
    did what the phrase refers back to."""
    words = argument_words()
    for child in verb.children:
        told: list[Token] = []
        if child.dep_ in ("acomp", "attr") and child.lemma_.lower() in words.responsible_words:
            told = _pobj(child, ("for",))
        elif child.dep_ == "prep" and child.lower_ in words.behind_prepositions:
            told = _pobj(verb, (child.lower_,))
        if any(_refers_back(t) for t in told):
            return True
    return False


def claimed_later(
    trigger: Token, index: EntityIndex, lexicon: EventLexicon, *, accusations: bool = True
) -> str | None:
    """Who the next few sentences credit with "the attack" told before, if anyone.

    The first such credit wins; a sentence that tells of another act of the
    same kind in between does not stop it, since reports list a raid's parts
    before saying who claimed it. Without ``accusations``, only the doers' own
    claims and the text's word count, not whom others blame.
    """
    doc = trigger.doc
    later: Span = trigger.sent
    for _ in range(argument_words().claim_reach):
        if later.end >= len(doc):
            break
        later = doc[later.end].sent  # the next sentence, without walking the Doc's
        for token in later:
            if token.pos_ in ("VERB", "AUX"):
                ident = _credited(token, index, lexicon, accusations=accusations)
                if ident is not None:
                    return ident
    return None
