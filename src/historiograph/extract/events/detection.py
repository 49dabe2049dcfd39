"""Finding event triggers in a parsed sentence: phrases, named events, single words.

Detection works on spaCy lemmas and parts of speech, so it needs the English
model's tagger and lemmatizer; on a blank pipeline it finds nothing (and the
pipeline warns that the model is missing).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from historiograph.extract.events.lexicon import EventLexicon, TriggerSense
from historiograph.nlp.views import doc_text, ents_in, noun_chunks_in

# Entity labels inside which a trigger word is part of a name, not an event
# ("Revolutionary Guards", "National Liberation Army").
# Dependencies of a gerund that stands where a noun would.
GERUND_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"})
# At most this many words between a verb and the rest of its phrase ("took him into
# custody", "took the two men into custody"): a longer object is a clause's own
# content, told by the words that describe it.
MAX_GAP = 3
# Determiners that point back to an event told before ("the strike", "this attack").
DEFINITE = frozenset({"the", "this", "that"})
# The links by which a charge hangs on what names it: "guilty of murder", "charged with
# murder and torture", "crimes, including murder".
CHARGE_LINKS = frozenset({"pobj", "prep", "conj", "appos", "pcomp"})
# How far up those links a charge word may stand ("guilty of 61 crimes, including murder").
CHARGE_DEPTH = 6
# The types of violence, whose words a game's result may borrow ("beat the Hawks 3-1").
VIOLENT_TYPES = frozenset({"attack", "battle", "repression"})
# The most digits of a side's points in a game's score ("38-35"), fewer than a year's.
MAX_SCORE_DIGITS = 3
# The words of a score's dash, as the tokenizer splits "38-35" or "3–1".
SCORE_DASHES = frozenset({"-", "–"})
# The last day a month has: a range past it ("overran their hosts 34-17") is no date's,
# whatever the recogniser tags it.
LAST_DAY = 31
# The reading of a manner of execution ("by firing squad", "by hanging").
EXECUTION_LABEL = "repression/execution"
# The reading of a change of an organization's or a state's leaders.
LEADERSHIP_LABEL = "organization/leadership"
# The marks of a clause that tells what went on meanwhile ("as residents gathered").
MEANWHILE_MARKS = frozenset({"as", "while", "when"})
# How many verbs up a participle or joined verb with no subject of its own may look for
# the doer ("a tornado tore through the town, killing four").
MAX_DOER_STEPS = 3
# The prepositions after which a force of nature is what people fled or came from ("fled
# from the floods", "driven out by the storm", "because of the drought").
DISASTER_PREPOSITIONS = frozenset({"from", "by", "of", "before", "ahead"})
# The relocations that are flights: where a disaster is told, people flee it.
FLIGHT_SUBTYPES = frozenset({"exile", "displacement"})

# The prepositions by which a violent verb (or its light verb: "laid siege to") or noun
# names what it aims at ("fired into the crowd", "an assault on the market").
VERB_AIMS = frozenset({"on", "upon", "against", "into", "to"})
NOUN_AIMS = frozenset({"on", "upon", "of"})


@dataclass
class TriggerMatch:
    """One trigger found in a sentence."""

    head: Token  # the syntactic head of the trigger, where arguments attach
    start: int  # character offsets of the trigger text
    end: int
    sense: TriggerSense
    name: str | None = None  # for named events ("Operation Desert Storm")


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _near(head: Token, *, takers: bool = True) -> set[str]:
    """The words that qualify a trigger, as lemmas and as "dep:LABEL" for its dependents.

    Its own dependents and the objects of their prepositions ("a rally in oil prices",
    "a strike on the camp"), who its subject's figure counts ("hundreds of protesters"),
    and what governs it, through a preposition too ("went on strike"): near enough to
    tell one sense of a word from another without reading the sentence's other clauses.
    With ``takers``, also who takes an object trigger as the object of their act.
    """
    near = [*head.children, head.head]
    near += [g for c in head.children if c.dep_ in ("prep", "agent") for g in c.children]
    # "hundreds of protesters demanded": who the subject's figure counts
    near += [
        g
        for c in head.children
        if c.dep_ == "nsubj"
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
    ]
    if head.head.dep_ == "prep":
        near.append(head.head.head)
    # "the prosecutor's office opened an investigation": who takes the act as its object,
    # with the words that say whose body it is.
    if takers and head.dep_ == "dobj":
        near += [
            g
            for c in head.head.children
            if c.dep_ == "nsubj"
            for g in c.subtree
            if g.dep_ in ("nsubj", "poss", "compound") and g.i < c.i + 1
        ]
    # "rose against Sultan Mahmud": a title before a name says who the name is (a common
    # noun's own compounds, "the garrison town", say what kind of thing it is, not who).
    near += [
        title
        for g in list(near)
        if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.head.head.i == head.i
        for title in g.children
        if title.dep_ == "compound"
    ]
    # "declared the incumbent, Joseph Mwangi, the winner": the parser may hang what the
    # object was declared to be on it as an apposition.
    near += [a for c in head.children if c.dep_ == "dobj" for a in c.subtree if a.dep_ == "appos"]
    words = {_lemma(t) for t in near if t.i != head.i} | {t.lower_ for t in near if t.i != head.i}
    # "broke up the protest sit-in": the parser splits a hyphenated word; it is one word.
    words |= {_hyphenated_word(t) for t in near if t.i != head.i}
    # "the British landed at Suvla Bay": a subject named as a people ("subject:ent:norp")
    # may say who acted where its word alone does not.
    subject_kinds = {
        f"subject:ent:{c.ent_type_.lower()}"
        for c in head.children
        if c.dep_ == "nsubj" and c.ent_type_
    }
    return words | subject_kinds | {f"dep:{c.dep_}" for c in head.children}


def _hyphenated_word(token: Token) -> str:
    """The whole hyphenated word a token ends ("sit-in" for "in"), or the token's text."""
    start = token.i
    doc = token.doc
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    return doc[start : token.i + 1].text.lower()


def _governors(head: Token) -> set[str]:
    """The lemmas of what governs a trigger, through a preposition too: "demanded" in
    "demanded the resignation", "called" in "called for the resignation"."""
    governor = head.head
    words = {_lemma(governor)} if governor.i != head.i else set()
    if governor.dep_ == "prep" and governor.head.i != governor.i:
        words.add(_lemma(governor.head))
    return words


def _in_context(head: Token, sense: TriggerSense) -> bool:
    """Does the trigger's neighbourhood allow this sense (``unless`` / ``only_with`` /
    ``unless_under``)?"""
    # An adverbial clause tells an act of its own: "a by-election called after the deputy
    # resigned" is no resignation called for.
    if sense.unless_under and head.dep_ != "advcl" and _governors(head) & sense.unless_under:
        return False
    if sense.only_with_acted_on and not (_acted_on(head) & sense.only_with_acted_on):
        return False
    if sense.unless_acted_on and _acted_on(_acting_verb(head)) & sense.unless_acted_on:
        return False
    if sense.unless_left and _left(head) & sense.unless_left:
        return False
    if not sense.unless and not sense.only_with:
        return True
    # Who takes the act as an object may be what it needs ("the prosecutor opened an
    # investigation"), never what rules it out: troops who "broke up a march" are not
    # the marchers.
    if _near(head, takers=False) & sense.unless:
        return False
    return not sense.only_with or bool(_near(head) & sense.only_with)


def _acted_on(head: Token) -> set[str]:
    """The words for what a verb acts on: its objects or a passive's subject, their
    modifiers and "of" phrases ("the rebel column", "the army of the Sultan"), but not
    the doer, whose own words say who acted, not what was acted on."""
    acted_on = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    acted_on += [j for t in acted_on for j in t.conjuncts]
    words = [
        g
        for t in acted_on
        for g in [t, *t.children, *(o for p in t.children if p.lower_ == "of" for o in p.children)]
        if g.dep_ in ("dobj", "nsubjpass", "conj", "compound", "amod", "pobj")
    ]
    return (
        {_lemma(t) for t in words}
        | {t.lower_ for t in words}
        | {f"referent:{name}" for t in acted_on for n in _antecedents(t) for name in _named(n)}
    )


def _left(verb: Token) -> set[str]:
    """The lemmas of what a verb of leaving leaves: its object, or the object of its
    "from" or "out of" phrase ("fled the kitchen", "fled from a stolen car"), not the
    means or the way ("fled by car", "fled in a van")."""
    places = [c for c in verb.children if c.dep_ == "dobj"]
    away = [c for c in verb.children if c.lower_ in ("from", "out", "of")]
    away += [o for c in away if c.lower_ == "out" for o in c.children if o.lower_ == "of"]
    places += [o for p in away for o in p.children if o.dep_ == "pobj"]
    return {_lemma(t) for t in places}


def _named(noun: Token) -> list[str]:
    """A noun's lemma, alone and after each word that says what kind it is ("peace
    agreement", "border treaty"): a sense may need the kind, not any agreement."""
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    return [_lemma(noun), *(f"{_lemma(k)} {_lemma(noun)}" for k in kinds)]


_REFERRING_PRONOUNS = frozenset({"it", "this"})
_ANTECEDENT_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "appos", "pobj"})


def _antecedents(pronoun: Token) -> list[Token]:
    """The nouns a pronoun acted on may stand for ("It was signed at Vienna": the armistice
    the sentence before reached): the subjects and objects told before it, in its own
    sentence and the one before (grammar's few referring pronouns, not a vocabulary). A
    sense names them as "referent:<lemma>" in ``only_with_acted_on``, so a signing counts
    only where what "it" stands for was an agreement, not a letter or a painting."""
    if pronoun.lower_ not in _REFERRING_PRONOUNS:
        return []
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    return [
        t
        for t in pronoun.doc[start : pronoun.i]
        if t.pos_ == "NOUN" and t.dep_ in _ANTECEDENT_ROLES
    ]


def _acting_verb(head: Token) -> Token:
    """The verb whose act a trigger tells: a noun a verb takes ("held the market hostage")
    tells that verb's act, on that verb's object; a verb tells its own."""
    if head.pos_ == "NOUN" and head.head.pos_ == "VERB" and head.head.i != head.i:
        return head.head
    return head


def _doing_verb(head: Token, lexicon: EventLexicon) -> Token:
    """The verb that does a noun trigger's act: a light verb that takes it ("mosquitoes
    launched their annual assault", "a heatwave held the region hostage"), whose doer is
    the act's; else the trigger itself. Not any verb: "the rain halted the fighting" is
    not the rain's fighting."""
    verb = _acting_verb(head)
    return verb if verb is head or _lemma(verb) in lexicon.light_verbs else head


def _hyphenated(tokens: list[Token]) -> bool:
    """Are the words one hyphenated word ("counter-offensive")? The parser may hang its
    pieces on the verb one by one, but written with no space between them they are one word."""
    return any(t.text == "-" for t in tokens) and all(not t.whitespace_ for t in tokens[:-1])


def _misread_verb(tokens: list[Token]) -> bool:
    """ "Unknown assailants on a motorbike shot dead a shopkeeper": the parser may read a
    phrase's verb as the end of the noun phrase before it ("motorbike shot") and make the
    phrase's last word the clause's predicate, with the subject and object the verb has.
    The words are the phrase still, and its last word is where its arguments hang."""
    first, last = tokens[0], tokens[-1]
    inside = {t.i for t in tokens}
    return (
        len(tokens) > 1
        and first.tag_ in ("NN", "NNS")
        and first.dep_ in ("compound", "pobj")
        and first.head.i not in inside
        and any(c.dep_ == "nsubj" and c.i not in inside for c in last.children)
        and any(c.dep_ == "dobj" for c in last.children)
    )


def _phrase_head(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _connected(tokens: list[Token]) -> bool:
    """Do the words hang together in the parse, as a phrase's words do? "fired at the
    convoy" is "fire at"; in "fired at least six rounds", "at" belongs to "least"."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return len(roots) == 1


def _phrases(sent: Span, lexicon: EventLexicon, taken: set[int]) -> list[TriggerMatch]:
    matches = []
    tokens = list(sent)
    # Each word's lemma and lower case, read once: every window starting near it reads them.
    lemmas = [_lemma(t) for t in tokens]
    lowers = [t.lower_ for t in tokens]
    starts = lexicon.phrase_starts
    phrases = lexicon.phrases
    for i in range(len(tokens)):
        if lemmas[i] not in starts and lowers[i] not in starts:
            continue
        for n in lexicon.phrase_lengths:
            if i + n > len(tokens):
                continue
            window = tokens[i : i + n]
            if any(t.i in taken for t in window):
                continue
            sense = phrases.get(tuple(lemmas[i : i + n]))
            misread: bool | None = None
            # A verb's form read as a noun ("shot dead") is the verb only where the
            # phrase's last word took its subject and object.
            if sense is None:
                if window[0].pos_ == "NOUN":
                    misread = _misread_verb(window)
                if window[0].pos_ != "NOUN" or misread:
                    sense = phrases.get(tuple(lowers[i : i + n]))
            if sense is None:
                continue
            if misread is None:
                misread = _misread_verb(window)
            if not (_connected(window) or _hyphenated(window) or misread):
                continue
            head = window[-1] if misread else _phrase_head(window)
            if not _in_context(head, sense) or _describes_doer_of_act(head, lexicon):
                continue
            if sense.people_subject and not _people_subject(head, lexicon):
                continue
            matches.append(
                TriggerMatch(head, window[0].idx, window[-1].idx + len(window[-1]), sense)
            )
            taken.update(t.i for t in window)
            break
    return matches


def _describes_doer_of_act(head: Token, lexicon: EventLexicon) -> bool:
    """Is the phrase a participle that describes the subject of a verb telling the act
    itself ("a truck packed with explosives blew up": the blast is the act, the load says
    how), not the only word for it ("a lorry packed with explosives rammed the gates")?"""
    noun = head.head
    if head.dep_ != "acl" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    particles = [c for c in verb.children if c.dep_ == "prt"]
    return tells_act(verb, lexicon) or any(
        (_lemma(verb), _lemma(p)) in lexicon.phrases for p in particles
    )


def _particle_verbs(sent: Span, lexicon: EventLexicon, taken: set[int]) -> list[TriggerMatch]:
    """Phrasal verbs split by their object: "blew himself up", "swore the president in",
    "set them alight", a verb's phrase with a preposition: "took him into custody" is
    "take into custody", and a verb's phrase with its object: "withdrew its troops" is
    "withdraw troop"."""
    matches = []
    for token in sent:
        # A phrase opens with the verb's lemma: a verb that opens none makes none.
        if token.pos_ != "VERB" or token.i in taken or _lemma(token) not in lexicon.phrase_starts:
            continue
        # "held the Front responsible": the parser may hang the complement on the object,
        # as an adjective after its noun.
        postposed = [
            g
            for c in token.children
            if c.dep_ == "dobj"
            for g in c.children
            if g.dep_ == "amod" and g.i > c.i
        ]
        # "proclaimed herself head of ...": the parser may read the object and what it was
        # made as a clause of their own, the object then that clause's subject.
        small_clause = [
            g
            for c in token.children
            if c.dep_ in ("ccomp", "xcomp", "oprd")
            for g in c.children
            if g.dep_ == "nsubj" and token.i < g.i < c.i
        ]
        for part in [*token.children, *postposed, *small_clause]:
            if part.i in taken or part.i < token.i:
                continue
            # "took him away": the parser may read a particle after the object as an adverb.
            adverb = part.dep_ == "advmod" and part.pos_ in ("ADV", "ADP")
            small = part in small_clause
            # "withdrew its troops": a phrase of a verb and its object, a few words apart.
            near_object = part.dep_ == "dobj" and part.i <= token.i + 1 + MAX_GAP
            if (
                part.dep_ == "prt"
                or adverb
                or small
                or near_object
                or _result_complement(token, part)
            ):
                words = [part]
            elif part.dep_ == "prep" and token.i + 1 < part.i <= token.i + 1 + MAX_GAP:
                # The preposition's phrase up to its object, if nothing else hangs on it
                # but the object's own phrases ("into the streets of Tehran").
                objects = [c for c in part.children if c.dep_ == "pobj"]
                words = list(sent.doc[part.i : objects[0].i + 1]) if objects else []
                if not objects or _trailing(part, objects[0]):
                    continue
            else:
                continue
            sense = lexicon.phrases.get((_lemma(token), *(_lemma(t) for t in words)))
            if sense is None or not _in_context(token, sense) or any(t.i in taken for t in words):
                continue
            end = words[-1].idx + len(words[-1])
            matches.append(TriggerMatch(token, token.idx, end, sense))
            taken.update((token.i, *(t.i for t in words)))
            break
    return matches


def _trailing(preposition: Token, noun: Token) -> bool:
    """Whether words other than the noun's own prepositional phrases follow the noun in
    the preposition's phrase ("into custody and exile", not "into the streets of X")."""
    after = [t for t in preposition.subtree if t.i > noun.i]
    own = {t.i for c in noun.children if c.dep_ == "prep" and c.i > noun.i for t in c.subtree}
    return any(t.i not in own for t in after)


def _result_complement(verb: Token, part: Token) -> bool:
    """ "set them alight", "set the houses ablaze": a one-word complement after the object
    saying what it became, whatever label the parser gives it (a second object too)."""
    # "held the Front responsible for the deaths": the complement's own phrase may follow;
    # "found the commander guilty of murder": the parser may make the object its subject.
    if any(
        c.dep_ != "prep" and not (c.dep_ == "nsubj" and verb.i < c.i < part.i)
        for c in part.children
    ):
        return False
    after_object = any(
        c.dep_ == "dobj" and verb.i < c.i < part.i for c in verb.children if c is not part
    )
    after_object = after_object or (part.dep_ == "amod" and part.head.head.i == verb.i)
    return part.dep_ in ("oprd", "acomp", "ccomp", "xcomp") or (
        part.dep_ in ("dobj", "amod") and after_object
    )


def _repeated(
    sent: Span, told: dict[str, TriggerSense], lexicon: EventLexicon, taken: set[int]
) -> list[TriggerMatch]:
    """ "a second strike" after "an air strike": a phrase's last word, counted again.

    The head word of a multi-word trigger told earlier in the document stands for
    it when an ordinal or "another" says that one more such event happened, when
    a definite article points back to it ("called in the strike" after "an air
    strike" is that strike, not a labour strike), and when nothing around it
    calls for the sense the word has on its own ("26 drone strikes ..., including
    a strike on the market": no union, no workers, no walkout).
    """
    matches: list[TriggerMatch] = []
    if not told:
        return matches  # nothing told before that a word could count again
    for token in sent:
        sense = told.get(_lemma(token))
        # "the strike committee": a noun that only says which kind names no event.
        if sense is None or token.i in taken or token.pos_ != "NOUN" or token.dep_ == "compound":
            continue
        counted = {c.lower_ for c in token.children if c.dep_ in ("amod", "det")}
        own = _word_sense(lexicon, _lemma(token), "NOUN")
        if counted & (lexicon.repetition_words | DEFINITE) or (
            own is not None and not _in_context(token, own)
        ):
            matches.append(TriggerMatch(token, token.idx, token.idx + len(token), sense))
            taken.add(token.i)
    return matches


def _is_year(token: Token) -> bool:
    return token.shape_ == "dddd"


def _is_name_token(token: Token) -> bool:
    return token.text[:1].isupper() or token.like_num


def _named_events(sent: Span, lexicon: EventLexicon, taken: set[int]) -> list[TriggerMatch]:
    """Capitalised names headed by an event word: "Operation Desert Storm", "Resolution 242"."""
    matches: list[TriggerMatch] = []
    if not any(t.lower_ in lexicon.named_heads and t.text[:1].isupper() for t in sent):
        return matches  # spaCy finds a sentence's noun chunks by walking the whole doc
    spans: list[Span] = list(noun_chunks_in(sent)) + [
        e for e in ents_in(sent) if e.label_ in ("EVENT", "LAW")
    ]
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if any(t.i in taken for t in span):
            continue
        words = [t for t in span if t.pos_ not in ("DET", "PUNCT") and t.dep_ != "poss"]
        words = [t for t in words if t.dep_ != "case"]
        heads = [t for t in words if t.lower_ in lexicon.named_heads and t.text[:1].isupper()]
        if not heads or len(words) < 2:
            continue
        head = heads[-1]
        # The event word ends the name ("the Tet Offensive") or starts it ("Resolution 242").
        if head.i not in (words[0].i, words[-1].i):
            continue
        # A body named for what it deals with ("the War Office") names no event.
        if head.i == words[0].i and _is_one_of(words[-1], lexicon.kind_heads):
            continue
        others = [t for t in words if t.i != head.i]
        # Names only: every other word is capitalised or a number (no "the two major operations").
        if not all(_is_name_token(t) for t in others):
            continue
        # The name must touch the head word, on one side or the other.
        if not any(abs(t.i - head.i) == 1 for t in others):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        name = doc_text(sent.doc)[start:end]
        matches.append(TriggerMatch(head, start, end, lexicon.named_heads[head.lower_], name=name))
        taken.update(t.i for t in span)
    return matches + _named_of(sent, lexicon, taken)


def _named_of(sent: Span, lexicon: EventLexicon, taken: set[int]) -> list[TriggerMatch]:
    """Names of the form "Treaty of Versailles", "Battle of the Somme", "Siege of Leningrad",
    "War of 1812": a capitalised event word with an "of" phrase naming a place, a party
    or a year."""
    matches: list[TriggerMatch] = []
    for head in sent:
        if head.i in taken or not head.text[:1].isupper() or head.lower_ not in lexicon.named_heads:
            continue
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        named = [
            c
            for p in of
            for c in p.children
            if c.dep_ == "pobj" and (c.pos_ == "PROPN" or _is_year(c))
        ]
        if not named:
            continue
        tail = [t for t in named[0].subtree if t.i > head.i]
        if not all(_is_name_token(t) or t.lower_ in ("the", "of", "and") for t in tail):
            continue
        start, end = head.idx, tail[-1].idx + len(tail[-1])
        name = doc_text(sent.doc)[start:end]
        matches.append(TriggerMatch(head, start, end, lexicon.named_heads[head.lower_], name=name))
        taken.update(range(head.i, tail[-1].i + 1))
    return matches


def _word_sense(lexicon: EventLexicon, word: str, pos: str) -> TriggerSense | None:
    """The word's sense for this part of speech ("strike/noun": a labour strike), else
    its one sense: a word whose noun and verb mean different events has an entry each."""
    return lexicon.words.get(f"{word}/{pos.lower()}") or lexicon.words.get(word)


def tells_act(token: Token, lexicon: EventLexicon) -> bool:
    """Whether a word, where it stands, reads as one of the lexicon's triggers: its sense
    for its part of speech, in a neighbourhood that sense allows ("reopened the case",
    not "the road reopened")."""
    sense = _word_sense(lexicon, _lemma(token), token.pos_)
    return sense is not None and token.pos_ in sense.pos and _in_context(token, sense)


def _words(sent: Span, lexicon: EventLexicon, taken: set[int]) -> list[TriggerMatch]:
    in_names = {t.i for e in ents_in(sent) if e.label_ in NAME_LABELS for t in e}
    heads = lexicon.word_heads
    matches = []
    for token in sent:
        if token.i in taken or token.i in in_names:
            continue
        pos = token.pos_
        lemma = _lemma(token)
        lower = token.lower_
        # A word with no sense as itself or as its lemma, and no -ing noun, tells nothing.
        if lemma not in heads and lower not in heads and not lower.endswith("ing"):
            continue
        gerund = token.tag_ == "VBG" and token.dep_ in GERUND_DEPS
        if gerund:
            pos = "NOUN"  # "six weeks of fighting": a gerund in a noun's place is the noun.
        sense = _word_sense(lexicon, lemma, pos)
        if sense is None and not (token.pos_ == "VERB" and lemma != lower):
            # The word itself where the lemmatiser failed, but not a verb form that is
            # another word's: "found" is "find" here, not "found" (a group).
            sense = _word_sense(lexicon, lower, pos)
        if gerund:
            sense = _word_sense(lexicon, lower, pos) or sense
        if sense is None and pos == "NOUN":
            sense = _ing_noun_sense(token, lexicon)
        if sense is None or pos not in sense.pos or not _in_context(token, sense):
            continue
        if token.lower_ in lexicon.people_forms:
            continue  # "a force of 480 exiles": people, not their exile
        if token.dep_ == "amod":  # a participle used as an adjective: "imprisoned members"
            continue
        if _describes_document(token, lexicon) or _done_to_self(token, lexicon):
            continue
        if _claimed_beside_act(token, lexicon):
            continue
        if sense.people_subject and not _people_subject(token, lexicon):
            continue
        if token.dep_ == "compound" and _names_people(token.head, lexicon):
            continue  # a noun that says which people: "election workers", "coup leaders"
        if token.dep_ == "compound" and _is_one_of(token.head, lexicon.kind_heads):
            continue  # a noun that says which camp or body: "a displacement camp"
        head_sense = _word_sense(lexicon, _lemma(token.head), "NOUN") or _word_sense(
            lexicon, _hyphenated_word(token.head), "NOUN"
        )
        if token.dep_ == "compound" and head_sense is not None:
            # A noun that says which event: "a ceasefire agreement" is a ceasefire, "a
            # bomb attack" a bombing; "an election rally" is a rally, not an election.
            # A head already told by a phrase ("the protest sit-in") tells the event itself.
            if head_sense.type != sense.type or token.head.i in taken:
                continue
            taken.add(token.head.i)
            # The head noun is where the event's words attach ("a grenade attack on a market
            # killed four"), and it needs what it needs, not what the weapon alone would.
            taken.add(token.i)
            head_reading = replace(sense, needs=head_sense.needs, pos=head_sense.pos)
            head_end = token.head.idx + len(token.head)
            matches.append(TriggerMatch(token.head, token.idx, head_end, head_reading))
            continue
        if sense.subject == "victim" and any(_direct_object(token, c) for c in token.children):
            # "the army disappeared hundreds of students": with an object of its own the
            # verb's subject did it to them ("the students disappeared" suffered it).
            sense = replace(sense, subject="agent")
        if sense.weak and _breaks_out(token, lexicon):
            sense = replace(sense, weak=False)
        matches.append(TriggerMatch(token, token.idx, token.idx + len(token), sense))
        taken.add(token.i)
    return matches


def _claimed_beside_act(verb: Token, lexicon: EventLexicon) -> bool:
    """Is the verb what the doers of an act just told announce of it ("seized the radio
    station and announced that they had overthrown the government")? The claim names the
    act the joined verb tells, as its doers see it, not a second one; an act they say they
    will do ("said it would ban further gatherings") is one of its own."""
    speech = verb.head
    if verb.dep_ != "ccomp" or _lemma(speech) not in lexicon.report:
        return False
    if any(c.dep_ == "aux" and c.lower_ in lexicon.prospective for c in verb.children):
        return False
    if speech.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in speech.children):
        return False
    claimants = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        bool(claimants)
        and all(c.pos_ == "PRON" for c in claimants)
        and tells_act(speech.head, lexicon)
    )


def _people_subject(verb: Token, lexicon: EventLexicon) -> bool:
    """Is the verb's subject people ("two of my colleagues had vanished", "he vanished",
    "the students who vanished"), not a thing ("the manuscript vanished")? Told by the
    lexicon's words for people, a pronoun, a name of a person or a people, or a count of
    people; a verb joined to another takes that one's subject."""
    # "Rodrigo was taken ... and never seen again": a passive's subject too.
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    people = (
        lexicon.person_nouns
        | lexicon.role_nouns
        | lexicon.member_nouns
        | lexicon.group_nouns
        | lexicon.civilian_nouns
        | lexicon.armed_words
        | lexicon.person_pronouns
    )
    if not subjects:
        return False
    subject = subjects[0]
    if subject.tag_ == "WP" and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "the students who vanished"
    counted = [
        o
        for p in subject.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        t.ent_type_ in ("PERSON", "NORP") or _lemma(t) in people or t.lower_ in people
        for t in [subject, *counted]
    )


def _describes_document(token: Token, lexicon: EventLexicon) -> bool:
    """Is the noun only the kind of a document ("while serving an eviction notice",
    "deportation papers")? Serving or carrying the paper is no eviction or deportation."""
    return token.dep_ == "compound" and _lemma(token.head) in lexicon.document_nouns


def _done_to_self(token: Token, lexicon: EventLexicon) -> bool:
    """Is the verb's act done by its doer to himself ("shot himself as police closed in",
    "hanged himself in his cell")? A suicide is no violence between parties."""
    return (
        token.pos_ == "VERB"
        and _lemma(token) in lexicon.self_harm_verbs
        and any(c.dep_ == "dobj" and c.lower_ in lexicon.reflexive_pronouns for c in token.children)
    )


def _denied_doing(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger a gerund a denial takes as what its speaker did not do ("the army
    has denied targeting civilians")? The denial is the event; the act denied is its
    content, told by nobody as having happened (an act told elsewhere is told there)."""
    return (
        head.tag_ == "VBG"
        and head.dep_ in ("xcomp", "dobj", "ccomp", "pcomp")
        and _lemma(head.head) in lexicon.denying_verbs
    )


def _denied_clause(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger the verb of a clause a denial says is untrue ("the authorities denied
    that he had ever been detained", "dismissed reports that troops had shot protesters")?
    The denial is the event; the act it denies is its content, told by nobody as done.
    Only the clause's own verb: a noun in it ("denied that the strike had closed the
    port") may name an event told as having happened."""
    if head.pos_ != "VERB":
        return False
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    governor = clause.head
    if clause.dep_ == "ccomp" and _lemma(governor) in lexicon.denying_verbs:
        return True
    if clause.dep_ == "ccomp" and _lemma(governor) in lexicon.report and _minimized(head, lexicon):
        return True
    # "denied reports that ...": the clause says what the denied report said.
    return (
        clause.dep_ in ("acl", "ccomp")
        and _lemma(governor) in lexicon.denial_objects
        and governor.dep_ in ("dobj", "nsubjpass")
        and _lemma(governor.head) in lexicon.denying_verbs
    )


def _minimized(verb: Token, lexicon: EventLexicon) -> bool:
    """Does the speaker make less of the act ("said it had only clashed with armed men",
    "said they had merely fired warning shots")? Such a clause answers a charge: it
    admits a lesser act in place of the one charged, and tells no act of its own."""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.minimizing_adverbs for c in verb.children)


def _terms_agreed(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger what a told agreement binds its parties to do: the terms of a deal
    ("a deal to form a unity government") or of a participle that spells out one
    ("signed a reconciliation deal, agreeing to form a unity government")? The deal is
    the event; its terms are its content, not yet done. A main clause's "agreed to step
    down" is no deal's terms: it tells the step itself. (A right granted, "the right to
    occupy the province", keeps its act as hypothetical: modality.yaml.)"""
    if head.dep_ not in ("xcomp", "acl"):
        return False
    governor = head.head
    if governor.pos_ == "NOUN":
        sense = _word_sense(lexicon, _lemma(governor), "NOUN")
        return sense is not None and sense.type == "agreement"
    return (
        _lemma(governor) in lexicon.agreeing_verbs
        and governor.tag_ == "VBG"
        and governor.dep_ in ("advcl", "acl", "xcomp", "conj")
    )


def _vote_on_measure(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is an election's word a vote on a measure ("the bill sailed through the House on
    a vote of 310 to 118", "a vote on the budget", "passed the bill after a vote",
    "shareholders voted against the bonus")? Passing a bill or a pay deal elects no one;
    a referendum on a treaty keeps its own subtype, and stays."""
    head = match.head
    if match.sense.label != "election/election" or head.pos_ not in ("NOUN", "VERB"):
        return False
    measures = [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("on", "for", "against")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if head.pos_ == "NOUN":
        verb = head.head.head if head.dep_ == "pobj" else head.head
        measures += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(_lemma(m) in lexicon.measure_nouns for m in measures)


def _blame_accuses_nobody(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a blame "for" something no accusation: blame for what is no act of violence
    ("fans blamed the referee for the first goal", "blamed the coach for the defeat"), or
    a passive blame that names no accuser ("the Taliban were blamed for the bombing"),
    which only says who did the act? An accuser's blame for such an act ("police blamed
    the rebels for the raid", "for the arrests") accuses them of it."""
    head = match.head
    if match.sense.type != "statement" or _lemma(head) not in lexicon.blame_verbs:
        return False
    blamed_for = [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not blamed_for:
        return False
    passive = any(c.dep_ == "nsubjpass" for c in head.children)
    if passive and not any(c.dep_ == "agent" for c in head.children):
        return True
    return not any(
        (_names_act(o, lexicon) or _lemma(o) in lexicon.loss_of_life_nouns)
        and not _is_one_of(o, lexicon.game_result_nouns)
        for o in blamed_for
    )


def _questioned(head: Token) -> bool:
    """Is the trigger's clause a question put ("a referendum on whether the president could
    run for a fourth term", "a debate over whether to expel the deputies")? The question
    is the content of a vote or a debate; it tells no act. Only the trigger's own clause
    and the infinitives it hangs on, not a clause that a question's words go on to tell
    ("asked whether he is aware that police burned the village")."""
    if head.pos_ != "VERB":
        return False
    clause = head
    while clause.head.i != clause.i and (
        clause.dep_ in ("conj", "xcomp") or (clause.dep_ == "ccomp" and _infinitive(clause))
    ):
        clause = clause.head
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)


def _infinitive(verb: Token) -> bool:
    """Is the verb a "to" infinitive ("to allow the president to run")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _generic(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger a noun for any event of its kind ("any attack on a patrol will be
    punished", "every strike")? It names no act the text tells."""
    return head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in lexicon.generic_determiners for c in head.children
    )


def _scheduled(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger a noun for an event put on a calendar ("sentencing is set for
    March", "the trial is scheduled for next week") or told as still to take place ("the
    vote will take place in June")? Its date is a plan's, and nothing has happened yet."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    if _lemma(verb) in lexicon.scheduling and head.dep_ == "nsubjpass":
        return True
    return _lemma(verb) in lexicon.upcoming and any(
        c.dep_ == "aux" and c.lower_ in lexicon.prospective for c in verb.children
    )


def _seasonal_move(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a relocation made at a time that comes round again ("moving to the mountains
    every July", "left for the coast each winter")? A habit of moving is no exile,
    expulsion or new seat."""
    head = match.head
    if match.sense.type != "relocation":
        return False
    times = [c for c in head.children if c.dep_ in ("npadvmod", "advmod", "obl")]
    times += [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(
        _is_one_of(t, lexicon.recurring_times)
        and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in t.children)
        for t in times
    )


def _election_to_come(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is the trigger a verb of voting told as still to come ("voters will go to the polls
    next year")? As with "the vote will take place in June" (:func:`_scheduled`), an
    election on the calendar has not happened. Other acts told as coming ("teachers will
    march on Thursday") stay, dated forward, as a plan the record keeps."""
    head = match.head
    return (
        match.sense.type == "election"
        and head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ in lexicon.future for c in head.children)
    )


def _conditioned_outcome(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger in what a condition says will or would follow ("if this bill becomes
    law, the police will be free to arrest any journalist")? The act is no more real than
    its condition. Both the condition and the auxiliary of the outcome must stand on the
    trigger's own chain of clauses (up to a relative clause, which tells of a noun)."""
    chain = [head]
    token = head
    while token.dep_ != "relcl" and token.head.i != token.i:
        token = token.head
        chain.append(token)
    # The auxiliary first: it is rarer than a clause with a mark, and cheaper to find.
    prospective = any(
        c.dep_ == "aux" and c.lower_ in lexicon.prospective for t in chain for c in t.children
    )
    return prospective and any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in lexicon.conditions for m in c.children)
        for t in chain
        for c in t.children
    )


def _intended_under_charge(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger what a charge says someone intended ("accused the opposition of
    plotting a coup", "convicted of conspiring to kill the king")? The plot is the charge's
    content; the act plotted did not take place."""
    intender = head.head
    if head.dep_ not in ("dobj", "xcomp", "ccomp") or _lemma(intender) not in lexicon.intent_verbs:
        return False
    preposition = intender.head
    if intender.dep_ not in ("pcomp", "pobj") or preposition.dep_ != "prep":
        return False
    # The parser may hang the "of" phrase on the accused ("accused the rebels of ...").
    charged = preposition.head
    return _lemma(charged) in lexicon.charge_words or (
        charged.dep_ == "dobj" and _lemma(charged.head) in lexicon.charge_words
    )


def _accused_of_doing(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger what an accusation says someone did ("accused the army of executing
    them", "accused of having tortured prisoners", "of shooting and burning")? The
    accusation is the event; the act is its content, told by nobody as having happened."""
    act = head
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
    gerund = act.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "having" for c in act.children
    )
    preposition = act.head
    if not gerund or act.dep_ not in ("pcomp", "pobj") or preposition.lower_ != "of":
        return False
    # The parser may hang the "of" phrase on the accused ("accused the rebels of ...").
    accused = preposition.head
    return _lemma(accused) in lexicon.accusing_verbs or (
        accused.dep_ == "dobj" and _lemma(accused.head) in lexicon.accusing_verbs
    )


def _breaks_out(token: Token, lexicon: EventLexicon) -> bool:
    """Is the noun what a verb of onset says began ("the civil war began in August 1642",
    "war broke out in 1879")? Its outbreak tells a particular event, not a toll or a
    background that a stronger word in the sentence stands for."""
    return (
        token.pos_ == "NOUN" and token.dep_ == "nsubj" and _lemma(token.head) in lexicon.onset_verbs
    )


def _direct_object(verb: Token, child: Token) -> bool:
    """Is the child the verb's own object, after it in the same stretch of clause? Not a
    noun the parser hung on it across a comma ("nine people died, among them four
    officers")."""
    if child.dep_ != "dobj" or child.i < verb.i:
        return False
    return not any(t.is_punct for t in verb.doc[verb.i + 1 : child.left_edge.i])


def _ing_noun_sense(token: Token, lexicon: EventLexicon) -> TriggerSense | None:
    """ "three days of rioting", "the kidnapping": an -ing noun the tagger left unlemmatised
    names the act of its verb, whose noun sense it takes ("riot", "kidnap")."""
    word = token.lower_
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    stems = [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    senses = [lexicon.words.get(f"{s}/noun") or lexicon.words.get(s) for s in stems]
    noun = next((s for s in senses if s is not None and "NOUN" in s.pos), None)
    if noun is not None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return noun
    # "the storming of the Bastille", "the torching of the office": an -ing noun with
    # what was acted on after "of" names its verb's act, though the verb has no noun.
    verb = next((s for s in senses if s is not None and "VERB" in s.pos), None)
    return replace(verb, pos=(*verb.pos, "NOUN")) if verb is not None else None


def _names_people(token: Token, lexicon: EventLexicon) -> bool:
    lemma = _lemma(token)
    return (
        token.lower_ in lexicon.group_nouns
        or lemma in lexicon.role_nouns
        or lemma in lexicon.member_nouns
    )


def names_charge(head: Token, lexicon: EventLexicon) -> bool:
    """Is a bare noun the charge someone is accused, tried or found guilty of ("found
    guilty of 61 crimes, including murder", "charged with murder")? Such a noun names a
    kind of crime, not an act the text tells; with a determiner or an owner ("convicted
    of the 1998 bombing", "accused of his murder") it points to one, which stays an event.
    """
    if head.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in head.children):
        return False
    token = head
    for _ in range(CHARGE_DEPTH):
        if token.dep_ not in CHARGE_LINKS or token.head.i == token.i:
            return False
        token = token.head
        if _lemma(token) in lexicon.charge_words:
            return True
    return False


def _passing_through(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Whether a march is a column passing through a place ("this morning we marched
    through the town, or what is left of it"): a pronoun's march through or into somewhere,
    with nothing in the sentence that says what it was for (slogans, demands, "in
    protest"), tells a soldier's or a traveller's day, not a demonstration."""
    head = match.head
    if match.sense.type != "protest" or _lemma(head) not in lexicon.passage_verbs:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ not in lexicon.person_pronouns for s in subjects):
        return False
    if not any(
        c.dep_ == "prep" and c.lower_ in lexicon.passage_prepositions for c in head.children
    ):
        return False
    return not any(
        _lemma(t) in lexicon.protest_cues or t.lower_ in lexicon.protest_cues
        for t in match.head.sent
    )


def _result_of_told_event(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Whether an announcement declares the outcome of an event the same phrase names:
    "was declared the winner of the presidential election" tells the election's result,
    which the election's own trigger carries; "declared the incumbent the winner" with no
    election named stays the commission's announcement."""
    if match.sense.type != "statement":
        return False
    outcome = [c for c in match.head.children if c.dep_ in ("dobj", "oprd", "attr", "ccomp")]
    named = [
        o
        for t in outcome
        for g in t.subtree
        if g.dep_ == "prep" and g.lower_ == "of" and _lemma(g.head) in lexicon.result_nouns
        for o in g.children
        if o.dep_ == "pobj"
    ]
    return any(
        tells_act(noun, lexicon) and _word_sense(lexicon, _lemma(noun), noun.pos_) != match.sense
        for noun in named
    )


def _befell_nobody(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """ "no one has been charged", "nobody was arrested", "none died": an act whose
    sufferer is nobody did not happen (as "No group claimed responsibility" claims
    nothing); the passive's subject, or the subject of a verb it befalls."""
    head = match.head
    if head.pos_ != "VERB":
        return False
    deps = ("nsubjpass", "nsubj") if match.sense.subject == "victim" else ("nsubjpass",)
    return any(
        c.lower_ in lexicon.nobody_words
        or any(d.dep_ == "det" and d.lower_ in lexicon.negative_determiners for d in c.children)
        for c in head.children
        if c.dep_ in deps
    )


def _score_at(token: Token, lexicon: EventLexicon) -> bool:
    """Does a game's score start at the token, right after the beaten side's name ("beat
    the Eagles 38-35", "thrashed Italy 4-1") or before a word for the result ("a 3-0
    defeat", "stormed to a 4-0 win")? Two small numbers joined by a dash, neither a
    date's ("12-13 May") nor a count of a noun after them ("5-6 people"); a range after
    no name or side ("killing 3-4", "left 10-12 dead") is a toll."""
    doc = token.doc
    if token.i + 2 >= len(doc) or not (token.like_num and token.text.isdigit()):
        return False
    dash, second = doc[token.i + 1], doc[token.i + 2]
    after = doc[token.i + 3] if token.i + 3 < len(doc) else None
    if not (
        dash.text in SCORE_DASHES
        and second.text.isdigit()
        and len(token.text) <= MAX_SCORE_DIGITS
        and len(second.text) <= MAX_SCORE_DIGITS
        and not (
            {token.ent_type_, second.ent_type_} & {"DATE", "TIME"}
            and max(int(token.text), int(second.text)) <= LAST_DAY
        )
    ):
        return False
    if after is not None and _lemma(after) in lexicon.game_result_nouns:
        return True
    # "beat the Eagles 38-35", "overran their hosts 34-17": a side named, or called so.
    beaten = doc[token.i - 1] if token.i > 0 else None
    return (
        beaten is not None
        and (beaten.pos_ == "PROPN" or _is_one_of(beaten, lexicon.game_sides))
        and (after is None or after.pos_ not in ("NOUN", "PROPN"))
    )


def _game_result(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a word of violence telling a game's result, its clause giving the score ("the
    Chiefs stormed back to beat the Eagles 38-35", "collapsed to a 3-0 defeat")? No one
    was attacked. The score must be the trigger's own clause's, or of an infinitive or
    gerund under it ("to beat ..."), not of another clause the sentence tells ("days
    after the team won 2-1")."""
    if match.sense.type not in VIOLENT_TYPES:
        return False
    clause, stack = [], [match.head]
    while stack:
        token = stack.pop()
        clause.append(token)
        stack += [
            c for c in token.children if c.pos_ not in ("VERB", "AUX") or c.tag_ in ("VB", "VBG")
        ]
    return any(_score_at(t, lexicon) for t in clause)


def _doers(head: Token) -> list[Token]:
    """Who does a verb's act: its subject or a passive's "by" phrase, the noun a relative
    pronoun stands for ("wolves that had killed sheep"), or, for a participle or a joined
    verb with no subject of its own, the subject of the verb it hangs on ("a tornado tore
    through the town, killing four"; "lightning killed two cows and set a barn on fire")."""
    verb = head
    doers: list[Token] = []
    for _ in range(MAX_DOER_STEPS):
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [
            o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
        ]
        # A passive has its own subject, who suffered the act ("nurses marched and fourteen
        # were detained"): its doer is not the subject of the verb it is joined to.
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if doers or passive or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    return [d.head.head if d.tag_ in ("WDT", "WP") and d.head.dep_ == "relcl" else d for d in doers]


def _is_one_of(token: Token, words: frozenset[str]) -> bool:
    """Is the word one of these, as its lemma or as written ("floodwaters", "wolves")?"""
    return _lemma(token) in words or token.lower_ in words


def _natural_doer(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is the doer of a violent act or of a removal a force of nature ("lightning killed
    three cows", "an earthquake struck the mountains, destroying a mosque", "floodwaters
    forced families from their homes")? A disaster is no event of the ontology."""
    if match.sense.type not in VIOLENT_TYPES | {"relocation"}:
        return False
    return _done_by_nature(match.head, lexicon)


def _done_by_nature(head: Token, lexicon: EventLexicon) -> bool:
    """Is a verb's doer a force of nature, or, with no doer, its setting ("killed in the
    earthquake"; "during the storm, militants attacked" has its doer)? A noun a verb takes
    tells that verb's act, by its doer ("a heatwave held the region hostage")."""
    head = _doing_verb(head, lexicon)
    if head.pos_ != "VERB":
        return False
    doers = _doers(head)
    if not doers:
        doers = [
            o
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")
            for o in c.children
            if o.dep_ == "pobj"
        ]
    return any(_force_of_nature(t, lexicon) for t in doers)


def _force_of_nature(token: Token, lexicon: EventLexicon) -> bool:
    """Is the noun a force of nature ("the hurricane", "floodwaters", "Cyclone Idai", "an
    earthquake of magnitude 6.8"), not a figure of speech ("a storm of shells", "a flood of
    refugees") nor a name's word ("Operation Desert Storm")?"""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    figures = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if not _is_one_of(o, lexicon.disaster_measures)
    ]
    if figures:
        return False
    kinds = [c for c in token.children if c.dep_ == "compound"]
    if token.pos_ == "PROPN" and any(_is_one_of(k, lexicon.natural_forces) for k in kinds):
        return True  # "Hurricane Katrina destroyed ...", "Cyclone Idai"
    if token.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT", "EVENT") and token.pos_ == "PROPN":
        return False
    # "a cold front": the word before says the front is the weather's
    named = {
        f"{c.lower_} {_lemma(token)}" for c in token.children if c.dep_ in ("amod", "compound")
    }
    return _is_one_of(token, lexicon.natural_forces) or bool(named & lexicon.natural_forces)


def _names_disaster(token: Token, lexicon: EventLexicon) -> bool:
    """Is the noun a force of nature told as such: a doer, or what is fled or come from
    ("the hurricane destroyed", "fled the floods", "from the storm")?"""
    return _force_of_nature(token, lexicon) and (
        token.dep_ in ("nsubj", "nsubjpass", "dobj")
        or (token.dep_ == "pobj" and token.head.lower_ in DISASTER_PREPOSITIONS)
    )


def _disaster_flight(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a flight or an evacuation told where a force of nature is, in its sentence or
    the one before ("the hurricane destroyed homes, and thousands fled inland"; "A tornado
    tore through the town. Hundreds fled to the school gym")? People flee the disaster: no
    exile, and no displacement by a conflict. Not an expulsion or a move of headquarters,
    which someone does to others or to his own body, disaster or not."""
    if match.sense.subtype not in FLIGHT_SUBTYPES:
        return False
    sent = match.head.sent
    start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(_names_disaster(t, lexicon) for t in sent.doc[start : sent.end]) and not any(
        _violence_by_people(t, lexicon) for t in sent
    )


def _violence_by_people(token: Token, lexicon: EventLexicon) -> bool:
    """Does the word tell violence that no force of nature did ("villagers fled the floods
    and the fighting")? Then a flight beside it may be from that violence."""
    sense = _word_sense(lexicon, _lemma(token), token.pos_)
    return (
        sense is not None
        and sense.type in VIOLENT_TYPES
        and tells_act(token, lexicon)
        and not _done_by_nature(token, lexicon)
    )


def _animals_only(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a violent act done only to animals, or by them ("police shot a bear", "wolves
    that had killed eleven sheep", "the slaughter of the herd")? No event between people."""
    head = match.head
    if match.sense.type not in VIOLENT_TYPES:
        return False
    roles = ("dobj", "nsubjpass") if head.pos_ == "VERB" else ()
    acted_on = [c for c in head.children if c.dep_ in roles]
    acted_on += [o for p in head.children if p.lower_ == "of" for o in p.children]
    acted_on += [j for t in acted_on for j in t.conjuncts]
    # "slaughtered hundreds of pigs": a count is of what its "of" phrase names.
    acted_on = [
        o
        for t in acted_on
        for o in (
            [g for p in t.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if t.like_num or _lemma(t) in lexicon.collective_nouns
            else []
        )
        or [t]
    ]
    # "mosquitoes launched their annual assault": the light verb's doer does the noun's act.
    acting = _doing_verb(head, lexicon)
    doers = _doers(acting) if acting.pos_ == "VERB" else []
    return (bool(acted_on) and all(_animal(t, lexicon) for t in acted_on)) or (
        bool(doers) and all(_animal(t, lexicon) for t in doers)
    )


def _animal(token: Token, lexicon: EventLexicon) -> bool:
    """Is the word an animal's, written as a common noun ("a bear", "wolves"), not a side
    named after one ("the Tigers attacked an army camp", "the Grey Wolves")?"""
    common = token.text.islower() or token.i == token.sent.start
    return token.pos_ == "NOUN" and common and _is_one_of(token, lexicon.animal_nouns)


def _figure_of_speech(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a violent word (or a flight) a figure of speech, by what it acts on or who does
    it ("bombarded the goal", "captured the imagination", "the chain captured the breakfast
    market", "the carmaker launched an assault on the market", "the restaurant was besieged
    by diners", "traders fled to gold")? Every target must be one (``figurative_targets``:
    "shot the keeper and the ball" keeps its shooting), or every doer
    (``figurative_doers``)."""
    head = match.head
    if match.sense.type not in VIOLENT_TYPES | {"relocation"}:
        return False
    if _in_figurative_war(head, lexicon):
        return True
    roles = ("dobj", "nsubjpass") if head.pos_ == "VERB" else ()
    targets = [c for c in head.children if c.dep_ in roles]
    # "launched an assault on the market", "laid siege to the home goal": the parser may
    # hang the aim on the light verb.
    holders = [head, head.head] if head.pos_ == "NOUN" and head.dep_ == "dobj" else [head]
    targets += [
        o
        for h in holders
        for p in h.children
        if p.lower_ in (VERB_AIMS if h.pos_ == "VERB" else NOUN_AIMS)
        for o in p.children
        if o.dep_ == "pobj"
    ]
    targets += [j for t in targets for j in t.conjuncts]
    # A phrase's own noun ("siege" of "laid siege") is the act, not what it aims at.
    targets = [t for t in targets if not match.start <= t.idx < match.end]
    doers = _doers(holders[-1]) if holders[-1].pos_ == "VERB" else []
    return (bool(targets) and all(_is_one_of(t, lexicon.figurative_targets) for t in targets)) or (
        bool(doers)
        and all(
            _is_one_of(t, lexicon.figurative_doers) and not _made_of_armed_men(t, lexicon)
            for t in doers
        )
    )


def _made_of_armed_men(noun: Token, lexicon: EventLexicon) -> bool:
    """Is the noun a body its "of" phrase says is armed men ("a company of soldiers", "a
    company of the Guard")? Then it is a unit, no firm."""
    armed = lexicon.armed_words | lexicon.member_armed_words
    return any(
        _is_one_of(o, armed)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _in_figurative_war(head: Token, lexicon: EventLexicon) -> bool:
    """Is the act told in a market's or a contest's war ("its rivals were slaughtered in
    the price war", "fell in the ratings battle")? The war is a figure, and so is its
    violence."""
    settings = [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("in", "during")
        for o in p.children
        if o.dep_ == "pobj" and _lemma(o) in ("war", "battle", "fight")
    ]
    return any(
        c.dep_ in ("compound", "amod") and _is_one_of(c, lexicon.figurative_wars)
        for war in settings
        for c in war.children
    )


def _game_play(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a violent verb a game's play, in a sentence with a word only games use and done
    by a side of one, named or called by its part in the game ("Djokovic fought off two
    match points", "the Packers shot past the Bears ... three touchdown passes", "the rookie
    fought off a late charge"), not by a pronoun ("he won a medal for storming it")? Not where
    the sentence names armed men or the state's forces, nor a death ("the striker was shot
    dead after the match"), nor a doer that is no side ("a bomb exploded at the
    tournament")."""
    # "the bowlers laid siege to the batting order": a light verb does the noun's act.
    head = _doing_verb(match.head, lexicon)
    if match.sense.type not in VIOLENT_TYPES or head.pos_ != "VERB":
        return False
    sent = head.sent
    words = {_lemma(t) for t in sent} | {t.lower_ for t in sent}
    text = " " + " ".join(t.lower_ for t in sent) + " "
    if not (
        words & lexicon.sport_words
        or any(" " in w and f" {w} " in text for w in lexicon.sport_words)
    ):
        return False
    # Armed men or the state's forces as such, not a noun that only says which kind ("the
    # division title").
    armed = lexicon.armed_words | lexicon.member_armed_words | lexicon.state_words
    armed |= lexicon.police_words
    if any(_is_one_of(t, armed) and t.dep_ != "compound" for t in sent):
        return False
    # A death: a killing word, or "shot dead" ("shot" alone is a game's shot as often).
    if words & (lexicon.dying_words - {"shoot"}):
        return False
    if any(c.lower_ == "dead" for c in head.children):
        return False
    sides = lexicon.sport_words | lexicon.game_sides
    # "hundreds of runners stormed across the bridge": a figure's sides are its "of" phrase.
    passive = [c for c in head.children if c.dep_ == "nsubjpass"]
    if passive and not _doers(head):
        # "the goaltender was bombarded with 48 shots": a player, called by his part in
        # the side, suffers the other side's play; a referee stabbed suffers violence.
        return all(_is_one_of(p, lexicon.game_sides) for p in passive)
    doers = [
        side
        for doer in _doers(head)
        for side in (
            (of_phrase(doer) or [doer]) if _is_one_of(doer, lexicon.collective_nouns) else [doer]
        )
    ]
    return bool(doers) and all(d.pos_ == "PROPN" or _is_one_of(d, sides) for d in doers)


def of_phrase(token: Token) -> list[Token]:
    """The nouns of a token's "of" phrase ("thousands of prisoners": "prisoners")."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _contest_between_names(match: TriggerMatch) -> bool:
    """Are the doer and what is acted on both names of sides, neither a person's ("the
    Lakers beat the Celtics", "Argentina beat France")? For a word that tells a game's
    result as readily as violence (``named_sides_contest``): violence is told of people
    by what they are ("police beat the students"), a game by the sides' names."""
    head = match.head
    if not match.sense.named_sides_contest or head.pos_ != "VERB":
        return False
    sides = [c for c in head.children if c.dep_ in ("nsubj", "dobj")]
    return len(sides) == 2 and all(s.pos_ == "PROPN" and s.ent_type_ != "PERSON" for s in sides)


def _people_named(token: Token) -> set[str]:
    """The names of peoples or countries that say whose a noun is ("Kuwaiti tankers",
    "Britain's convoys", "the ships of Kuwait"), in lower case."""
    own = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    own += [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return {c.lower_ for c in own if c.ent_type_ in ("NORP", "GPE")}


def _guards_others(match: TriggerMatch) -> bool:
    """Is what the doer guards named as another people's or country's ("American
    destroyers escorted British convoys", "began escorting Kuwaiti tankers")? Guarding
    them backs that side; a force guarding convoys of no named side guards its own."""
    head = match.head
    guarded = [c for c in head.children if c.dep_ == "dobj"]
    theirs = {name for g in guarded for t in [g, *g.conjuncts] for name in _people_named(t)}
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    if not doers and head.dep_ in ("xcomp", "conj"):
        doers = [c for c in head.head.children if c.dep_ == "nsubj"]
    own = {name for d in doers for name in _people_named(d) | {d.lower_}}
    return bool(theirs - own)


def _owns_act(head: Token, lexicon: EventLexicon) -> bool:
    """Does an admission own an act: a noun for an act or for a part in one ("acknowledged
    the strike", "admitted its role"), a violent act done by the speaker's own ("admitted
    that its soldiers had shot four farmers"), or a gerund for one ("admitted shooting
    them", "admitted to killing him")? Not "admitted it had overstated its sales", nor an
    official's admission that soldiers shot a man."""
    for child in head.children:
        for act in [child, *(c for c in child.children if c.dep_ == "pcomp")]:
            if act.dep_ == "dobj" and act.pos_ == "NOUN":
                if _names_act(act, lexicon) or _lemma(act) in lexicon.denied_parts:
                    return True
            elif _violent_verb(act, lexicon) and (
                (act.tag_ == "VBG" and act.dep_ in ("xcomp", "dobj", "pcomp"))
                or (
                    act.dep_ == "ccomp"
                    and act.tag_ in ("VBD", "VBN")
                    and _speakers_own(act, lexicon)
                )
            ):
                return True
    return False


def _violent_verb(verb: Token, lexicon: EventLexicon) -> bool:
    """Does the verb (or gerund) tell a violent act ("shot", "killing", "carried out")?"""
    sense = _word_sense(lexicon, _lemma(verb), "VERB")
    violent = sense is not None and sense.type in VIOLENT_TYPES
    return violent or _lemma(verb) in lexicon.owned_act_verbs


def _speakers_own(clause: Token, lexicon: EventLexicon) -> bool:
    """Is the clause's subject the speaker's own ("it", "they", "its soldiers")?"""
    return any(
        s.lower_ in lexicon.speaker_pronouns
        or any(c.dep_ == "poss" and c.lower_ in lexicon.speaker_pronouns for c in s.children)
        for s in clause.children
        if s.dep_ == "nsubj"
    )


def _retold_in_claim(head: Token, lexicon: EventLexicon) -> bool:
    """Is the trigger the verb of what a claimant says of the act it owns ("acknowledged
    the strike, saying it had targeted resistance fighters")? The clause retells the act
    the owning verb names, with the claimant's account of its aim; it is no new act."""
    if head.pos_ != "VERB":
        return False
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    sayer = clause.head
    if clause.dep_ != "ccomp" or _lemma(sayer) not in lexicon.report:
        return False
    owner = sayer.head
    if sayer.dep_ not in ("advcl", "conj", "xcomp") or _lemma(owner) not in lexicon.owning_verbs:
        return False
    owned = [c for c in owner.children if c.dep_ == "dobj"]
    owned += [o for d in owned for p in d.children if p.lower_ == "for" for o in p.children]
    return any(_names_act(t, lexicon) for t in owned)


def _names_act(noun: Token, lexicon: EventLexicon) -> bool:
    """Is the noun a word for a violent act that one side may own ("the raid", "the
    killings"), or a word that retells one whatever its sense alone (``retold_nouns``:
    "acknowledged the strike" after an air strike)? Not a crowd's protest a minister
    acknowledges, nor a statement ("acknowledged the report")."""
    sense = _word_sense(lexicon, _lemma(noun), "NOUN")
    violent = sense is not None and sense.type in VIOLENT_TYPES
    return violent or _lemma(noun) in lexicon.retold_nouns


def _toll_of_main_act(match: TriggerMatch, acts: set[int]) -> bool:
    """Is a weak participle the toll of the main clause's act, the parser having hung it
    on a clause of what went on meanwhile ("jets bombed the village as residents gathered
    for a meeting, killing at least 100")? The gatherers killed no one; a meanwhile
    clause that tells an act of its own (``acts``) keeps its participle."""
    head = match.head
    meanwhile = head.head
    if not match.sense.weak or head.tag_ != "VBG" or head.dep_ != "advcl":
        return False
    return (
        meanwhile.dep_ == "advcl"
        and meanwhile.i not in acts
        and meanwhile.head.i in acts
        and any(c.dep_ == "mark" and c.lower_ in MEANWHILE_MARKS for c in meanwhile.children)
    )


def _merge_means(found: list[TriggerMatch]) -> list[TriggerMatch]:
    """Tell a violent act and the manner of execution its "by" phrase names as one act
    ("were executed by firing squad", "the rebels were shot by firing squad", "put to
    death by hanging"): the squad's shooting is the execution the verb tells, not a second
    event, and the manner's reading types the act. Other means keep their own reading
    ("cut power by seizing control of the systems", "displaced by fighting")."""
    verbs = {
        m.head.i: m
        for m in found
        if m.head.pos_ == "VERB" and not m.sense.weak and m.sense.type in VIOLENT_TYPES
    }
    kept: list[TriggerMatch] = []
    for match in found:
        by = match.head.head
        act = verbs.get(by.head.i) if by.lower_ == "by" and by.i != match.head.i else None
        if act is None or act is match or match.sense.label != EXECUTION_LABEL:
            kept.append(match)
            continue
        act.sense = match.sense
    return kept


def _company_life(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is an organization's change told of a firm: a sentence that names a firm or its
    owners (``firm_words``) and no state's or armed men ("the board voted to oust the
    founder after a battle with activist investors")? A company's boardroom is no
    political body; "sacked the head of the state oil company" stays the state's act."""
    if match.sense.type != "organization":
        return False
    sent = match.head.sent
    public = lexicon.state_words | lexicon.armed_words | lexicon.member_armed_words
    return any(_is_one_of(t, lexicon.firm_words) for t in sent) and not any(
        _is_one_of(t, public) for t in sent
    )


def _agreement_between_firms(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is an agreement made by firms or shops (``firm_words``, ``shop_words``): "the two
    bakeries signed a truce over the price of bread"? A price war's truce is trade, not
    the end of a war; only those who sign it, the verb's doers, say so."""
    if match.sense.type != "agreement" or match.head.pos_ != "NOUN":
        return False
    traders = lexicon.firm_words | lexicon.shop_words
    return any(_is_one_of(d, traders) for d in _doers(match.head.head))


def _stance_toward_agreement(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is an agreement named only as what a side is for or against ("a splinter group
    opposed to the peace agreement", "rallies against the accord")? It names one made
    before; no agreement is told here."""
    return match.sense.type == "agreement" and bool(_governors(match.head) & lexicon.stance_words)


def _announced_beside_act(
    match: TriggerMatch, found: list[TriggerMatch], lexicon: EventLexicon
) -> TriggerMatch:
    """The match, taking a clause as what it announces where its verb is joined by "and"
    to a verb of an act, with that verb's subject, and the clause tells what is to come
    ("Colonel Dlamini took power and announced that elections would be held"): the doer's
    own statement of a plan after the act, so no plain object is needed. A clause of what
    was done ("arrested the president and announced that the army had dissolved the
    party") frames that act, no statement of its own."""
    head = match.head
    planned = any(
        c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in lexicon.prospective for a in c.children)
        for c in head.children
    )
    joined_to_act = head.dep_ == "conj" and any(
        m.head.i == head.head.i and m.sense.type != "statement" for m in found
    )
    if (
        match.sense.type == "statement"
        and match.sense.needs == "plain_object"
        and joined_to_act
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
        and planned
    ):
        match.sense = replace(match.sense, needs=None)
    return match


def _same_change_of_leaders(match: TriggerMatch, found: list[TriggerMatch]) -> bool:
    """Is a change of leaders told by a verb joined to another that tells one ("Mubarak
    resigned as president and handed power to the armed forces")? One change, told
    twice; the first verb tells it."""
    head = match.head
    return (
        match.sense.label == LEADERSHIP_LABEL
        and head.dep_ == "conj"
        and any(m.head.i == head.head.i and m.sense.label == LEADERSHIP_LABEL for m in found)
    )


def _civil_case(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a ruling, sentence or eviction a civil matter: told in a sentence that names a
    court and what private parties go to law over (``civil_remedies``: "a judge ordered
    the landlord to repay the deposits", "the tribunal sentenced the shipping company to
    pay damages"), with no charge and no state's or armed men? Such a case settles a
    debt or a lease; it is no trial, sentence or expulsion of the political record."""
    if match.sense.type not in ("legal", "relocation"):
        return False
    sent = match.head.sent
    public = lexicon.state_words | lexicon.armed_words | lexicon.member_armed_words
    return (
        any(_is_one_of(t, lexicon.court_nouns) for t in sent)
        and any(_is_one_of(t, lexicon.civil_remedies) for t in sent)
        and not any(_is_one_of(t, lexicon.charge_words | public) for t in sent)
    )


def _flight_from_the_act(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a flight the moment its victims were hit in, told by a clause of time on a
    violent verb whose subject is a pronoun for them ("shooting residents as they fled",
    "shot them while they fled")? The victims' running is the scene of the attack, not a
    displacement of its own; others' flight stays ("battled the gunmen as residents fled
    the city", "entered Brod as the garrison withdrew")."""
    head = match.head
    return (
        match.sense.type == "relocation"
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in head.children)
        and any(c.dep_ == "nsubj" and c.lower_ in lexicon.person_pronouns for c in head.children)
        and _violent_verb(head.head, lexicon)
    )


def _shelter_of_the_act(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a flight told, in the past perfect, by a "where" clause on what a violent verb
    hit ("shelled the monastery, where some 800 civilians had taken refuge")? The clause
    says who was in the place when it was hit, background to the act, not a displacement
    of its own; a flight in its own clause stays ("800 civilians had taken refuge in the
    monastery")."""
    head = match.head
    place = head.head
    return (
        match.sense.subtype in FLIGHT_SUBTYPES
        and head.dep_ == "relcl"
        and any(c.lower_ == "where" for c in head.children)
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
        and place.dep_ in ("dobj", "pobj")
        and _violent_verb(place.head if place.dep_ == "dobj" else place.head.head, lexicon)
    )


def _judged_act(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is an event noun what a statement judges, named again without details of its own
    ("the European Community condemned the bombardment", "the State Department deplored
    the raids")? The act was told before; the judgement is a statement about it, not a
    second act. A noun that brings its own place or details ("deplored the massacre at
    Gatumba, in which ...") tells the act for the first time and stays."""
    head = match.head
    if head.pos_ != "NOUN" or head.dep_ != "dobj" or _lemma(head.head) not in lexicon.judging_verbs:
        return False
    definite = any(c.dep_ in ("det", "poss") for c in head.children) and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
    )
    detailed = any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children)
    return definite and not detailed


def _failure_of_attempt(
    match: TriggerMatch, found: list[TriggerMatch], lexicon: EventLexicon
) -> bool:
    """Is a passive verb the failure of an attempt it is joined to ("tried twice to storm
    the garrison but were driven back", "attempted to cross the river but were beaten
    off")? An attempt told with its failure is one attempted act, not the attempt and a
    second act of repulse."""
    head = match.head
    attempt = head.head
    if head.pos_ != "VERB" or head.dep_ != "conj" or _lemma(attempt) not in lexicon.attempt_verbs:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in attempt.children)
    attempted = {c.i for c in attempt.children if c.dep_ == "xcomp"}
    return passive and contrast and any(m.head.i in attempted for m in found)


def _halted_act(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is an event noun what a measure stops or forbids ("a moratorium on air strikes", "a
    ban on demonstrations", "a freeze on evictions")? It names a kind of act, none done."""
    head = match.head
    prep = head.head
    if head.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("on", "to"):
        return False
    # The parser may hang "on shelling" on the verb of "accepted a moratorium on shelling":
    # the measure is then the word before the preposition.
    measures = [prep.head, head.doc[prep.i - 1]] if prep.i > 0 else [prep.head]
    return any(m.pos_ == "NOUN" and _is_one_of(m, lexicon.halting_nouns) for m in measures)


def _subject_of_work(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is an event noun the subject of a work ("a thriller about a coup", "a documentary on
    the siege", "a novel about the rising")? The work is about the act; the text tells none."""
    head = match.head
    prep = head.head
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and prep.lower_ in ("about", "on")
        and _is_one_of(prep.head, lexicon.work_nouns)
    )


def _instructed(match: TriggerMatch) -> bool:
    """Is a verb an instruction: an imperative with no subject, its clause the sentence's
    own ("Simmer the onions, then massacre the coriander", "Storm the castle to win the
    level")? A recipe's or a game guide's step tells no act done."""
    clause = match.head
    if clause.pos_ != "VERB":
        return False
    while clause.dep_ in ("conj", "dep") and clause.head.i != clause.i:
        clause = clause.head
    told = [
        clause,
        match.head,
        *(c for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VB"),
    ]
    # Nothing but a step before it, an adverb or a comma: "In 1871 troops retook Paris" is
    # a misparsed subject, not an order.
    opening = [c for c in clause.lefts if c.dep_ not in ("advcl", "advmod", "punct", "cc", "intj")]
    return (
        clause.dep_ == "ROOT"
        and clause.tag_ in ("VB", "VBP")
        and not opening
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
            for verb in told
            for c in verb.children
        )
    )


def _told_as_ability(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is a verb told as what its doer can do ("players can besiege rival castles and
    execute traitors", "the new rules can ban any party")? A power or a game's rule tells
    no act done. Not a guess at a past act ("soldiers may have shot them"), which is
    hedged but told."""
    verb = match.head
    if verb.pos_ != "VERB":
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (
        verb.tag_ == "VB"
        and bool(auxiliaries & lexicon.ability_auxiliaries)
        and not auxiliaries & {"have", "'ve"}
    )


def find_triggers(
    sent: Span, lexicon: EventLexicon, told: dict[str, TriggerSense] | None = None
) -> list[TriggerMatch]:
    """Every trigger in the sentence, in text order; phrases and names win over words.

    ``told`` maps the last word of each multi-word trigger found so far in the
    document to its sense, for "a second strike" (:func:`_repeated`); this
    sentence's phrases are added to it, and the name of each retold subtype
    (``retold_nouns``) that the sentence tells.
    """
    taken: set[int] = set()
    phrases = _phrases(sent, lexicon, taken)
    told = {} if told is None else told
    for match in phrases:
        last = sent.doc.char_span(match.start, match.end)
        if last is not None and len(last) > 1 and last[-1].pos_ == "NOUN":
            told[_lemma(last[-1])] = match.sense
    found = phrases + _particle_verbs(sent, lexicon, taken)
    found += _named_events(sent, lexicon, taken)
    # Before single words: "a second strike" after "an air strike" is another air
    # strike, not the labour sense that the word "strike" has on its own.
    found += _repeated(sent, told, lexicon, taken)
    found += _words(sent, lexicon, taken)
    found = [
        m
        for m in found
        if not names_charge(m.head, lexicon)
        and not _befell_nobody(m, lexicon)
        and not _result_of_told_event(m, lexicon)
        and not _passing_through(m, lexicon)
        and not _denied_doing(m.head, lexicon)
        and not _denied_clause(m.head, lexicon)
        and not _generic(m.head, lexicon)
        and not _conditioned_outcome(m.head, lexicon)
        and not _scheduled(m.head, lexicon)
        and not _election_to_come(m, lexicon)
        and not _seasonal_move(m, lexicon)
        and not _intended_under_charge(m.head, lexicon)
        and not _accused_of_doing(m.head, lexicon)
        and not _terms_agreed(m.head, lexicon)
        and not _vote_on_measure(m, lexicon)
        and not _blame_accuses_nobody(m, lexicon)
        and not _questioned(m.head)
        and not _retold_in_claim(m.head, lexicon)
        and not _game_result(m, lexicon)
        and not _game_play(m, lexicon)
        and not _natural_doer(m, lexicon)
        and not _disaster_flight(m, lexicon)
        and not _animals_only(m, lexicon)
        and not _figure_of_speech(m, lexicon)
        and not _contest_between_names(m)
        and not _company_life(m, lexicon)
        and not _agreement_between_firms(m, lexicon)
        and not _stance_toward_agreement(m, lexicon)
        and not _civil_case(m, lexicon)
        and not _judged_act(m, lexicon)
        and not _flight_from_the_act(m, lexicon)
        and not _shelter_of_the_act(m, lexicon)
        and not _halted_act(m, lexicon)
        and not _subject_of_work(m, lexicon)
        and not _instructed(m)
        and not _told_as_ability(m, lexicon)
        and not (m.sense.foreign_acted_on and not _guards_others(m))
        and not (m.sense.owned_admission and not _owns_act(m.head, lexicon))
    ]
    acts = {m.head.i for m in found if not m.sense.weak}
    found = [m for m in found if not _toll_of_main_act(m, acts)]
    found = _merge_means(found)
    found = [m for m in found if not _same_change_of_leaders(m, found)]
    found = [_announced_beside_act(m, found, lexicon) for m in found]
    found = [m for m in found if not _failure_of_attempt(m, found, lexicon)]
    for match in found:
        if match.sense.subtype in lexicon.retold_nouns:
            told[match.sense.subtype] = match.sense
    return sorted(found, key=lambda m: m.start)
