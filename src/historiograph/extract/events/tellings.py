"""One act told by several trigger words in a sentence: which words to keep.

"a car bomb exploded", "arrested in a raid", "attacked the base, detonating
a car bomb before storming the compound": a noun that re-describes the verb
it hangs on, a weapon or a step of the act, and a participle telling how it
was done are the same act, not events of their own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from historiograph.extract.events.anchoring import anchor_words
from historiograph.extract.events.arguments import OBJECTS, SUBJECTS, argument_words, subject_of
from historiograph.extract.events.detection import DEFINITE
from historiograph.extract.events.drafts import Draft, act_family
from historiograph.extract.events.lexicon import EventLexicon
from historiograph.nlp.views import doc_text

# Dependencies of a verb's complement ("set the houses ablaze", "left them dead").
COMPLEMENTS = frozenset({"oprd", "acomp"})
# Violence that a crowd's riot does in passing ("stoned the office and set fire to cars").
RIOT_STEPS = frozenset({"facility_attack", "unarmed_assault"})
# Damage that an army or a band does to a place it storms or enters ("stormed the fortress
# and set fire to its granaries", "entered the city and plundered it"): a step of the
# seizure or assault, which keeps its own reading.
SEIZURE_STEPS = frozenset({"facility_attack"})
# How far back (in sentences) a lasting act may be that a definite noun for it, told
# ending, points to ("laid siege to the forts ... The siege was lifted in September").
LASTING_ACT_REACH = 3
# The subtypes of a place taken (from the side that took it, or the one that lost it).
TAKINGS = ("territory_seized", "territory_lost")
# Protest readings that conjoined verbs of one crowd tell once ("boycotted and blocked").
PEACEFUL_PROTESTS = frozenset(
    {"protest", "protest/demonstration", "protest/strike", "protest/boycott"}
)
# Readings of violence that say no more than that someone was set upon: such a verb,
# joined to a more specific one with the same doers and object, yields to it.
GENERIC_VIOLENCE = frozenset({"attack", "attack/armed_assault", "battle", "battle/clash"})
# Readings of a killing told plainly ("he was shot"), which a word that classes it ("one of
# thousands executed there") makes more precise.
ONE_SIDED_VIOLENCE = frozenset({"attack", "attack/armed_assault"})
# Types of the acts whose dead a death told just after them may count: violence, the
# state's too, and captures whose captives die ("kidnapped 23 passengers; two of them
# were later found dead").
TOLL_BEARING_TYPES = frozenset({"attack", "battle", "repression"})
# Acts on property or ground ("the militia burned our quarter", "took the town"): a death
# told after one is seldom its toll, and stays an act of its own.
PROPERTY_SUBTYPES = frozenset({"facility_attack", "territory_seized", "territory_lost"})
# Links from an act done to captives up to the step that took or moved them: joined verbs,
# a clause on the place they were taken to and its preposition ("marched them to the
# quarry, where they shot them"), and how far up that chain may go.
CUSTODY_LINKS = frozenset({"conj", "advcl", "relcl", "pobj", "prep", "dep", "xcomp"})
CUSTODY_REACH = 6
# Harm short of killing ("beat", "torture"), which done to a captive is part of a custody.
NONLETHAL_HARM_SUBTYPES = frozenset({"unarmed_assault"})
# The readings of taking people into custody, which absorb the harm done to them there.
CUSTODY_STEP_LABELS = frozenset(
    {"repression/arrest", "repression/forced_confinement", "attack/hostage_taking"}
)
# Entity labels that name whom a death befell as someone in particular ("Archbishop
# Romero was shot dead"): such a death is news of its own, not a toll.
NAMED_SUFFERER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _bare_noun(draft: Draft) -> bool:
    """A common noun with nothing done to anyone of its own; a doer it may name ("the
    militants' bomb exploded") is the verb's doer too."""
    head = draft.match.head
    done_to = [r for _, r in draft.actors if r not in ("agent", "supporter")]
    # "by firing squad" is parsed as a clause on the preposition; it names as a noun does.
    nominal = head.pos_ == "NOUN" or head.dep_ == "pcomp"
    return nominal and draft.match.name is None and not done_to


def _object_of_list(token: Token) -> Token:
    """The first of a list a noun belongs to ("120mm and 82mm mortars"), or the noun."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def drop_redescriptions(drafts: list[Draft], lexicon: EventLexicon) -> list[Draft]:
    """Drop a bare noun that re-describes the trigger it hangs on.

    "In an early-morning assault, forces attacked the camp", "a car bomb
    exploded" and "revoked its designation" each tell one event with two
    trigger words: the noun is the verb's subject or object, or the object of a
    preposition on it. An operation the act was done in ("arrested in a raid")
    re-describes it whatever its kind. A light verb that is a trigger itself
    ("fired") yields to the event noun it takes ("fired mortars at ..." is shelling), as
    does a verb of countering ("repelled their attack" tells the attack).
    Verbs joined over one object ("stormed and looted the hospital") and one act split
    by a counted group of victims ("abducted 30 students and teachers") are told once;
    so is damage done in an army's assault or seizure ("stormed the fortress and set fire
    to the granaries"). A lasting act told again as ending ("The siege was lifted in
    September") becomes a pointer: more evidence for the act told before.
    """
    drafts = [d for d in _rejoin_counted(drafts) if not _shared_object_step(d, drafts)]
    drafts = _custody_told_once(drafts, lexicon)
    # "fired 82mm mortars at the positions", "rockets were fired": what a light verb
    # acts on names the event.
    named = {
        obj.head.i
        for obj in (_object_of_list(d.match.head) for d in drafts if d.match.head.pos_ == "NOUN")
        if obj.dep_ in (*OBJECTS, "nsubjpass")
        and obj.head.lemma_.lower() in lexicon.light_verbs | argument_words().counter_verbs
    }
    # "the army crushed the uprising": the state putting down a rising tells its own act
    # (a crackdown), and the rising it names is what was put down, told by that act;
    # "repelled their attack" tells the attack.
    crushed = {
        d.match.head.i
        for d in drafts
        if d.match.head.i in named
        and d.match.head.pos_ == "VERB"
        and d.match.sense.type == "repression"
    }
    # "called the allegations baseless": a denial rejects what its object tells; the
    # object names no act of the verb's.
    told = [
        d
        for d in drafts
        if not (d.match.head.i in named and d.match.head.pos_ == "VERB")
        or d.match.head.i in crushed
        or d.match.sense.label == "statement/denial"
    ]
    told = [
        d
        for d in told
        if not (d.match.head.pos_ == "NOUN" and _object_of_list(d.match.head).head.i in crushed)
    ]
    kept = []
    heads = {d.match.head.i for d in told}
    # "was shot during an armed robbery": the verb is part of the noun's act, which stays.
    suffered = {d.match.head.i for d in told if _suffered_in(d, told)}
    for draft in told:
        head = draft.match.head
        # "executed by firing squad": a gradual phrase read as a clause after the
        # preposition hangs on the verb as its object would.
        on_preposition = head.dep_ in ("pobj", "pcomp")
        anchor = head.head.head if on_preposition else head.head
        # "denied responsibility in a communiqué": a phrase on the verb's object is on the verb.
        while anchor.i not in heads and anchor.pos_ == "NOUN" and anchor.dep_ in OBJECTS:
            anchor = anchor.head
        # "recaptured it after heavy fighting": what came before is an event of its own.
        # "26 drone strikes, including a strike on the market": one of the events
        # counted, not the count told again.
        # "walked off the job, the first strike since 1977": a noun set beside the verb
        # names its act again.
        # "recaptured the city after a long siege": a siege that ends in the taking is its
        # lead-up, the one seizure told.
        lead_up = (
            on_preposition
            and head.head.lower_ in lexicon.sequence_prepositions
            and head.lemma_.lower() in lexicon.lead_up_nouns
            and any(
                d.match.head.i == anchor.i
                and d.match.sense.subtype in ("territory_seized", "territory_lost")
                for d in told
            )
        )
        attached = head.dep_ in (
            "dobj",
            "obj",
            "pobj",
            "pcomp",
            "nsubj",
            "appos",
            "npadvmod",
        ) and not (
            on_preposition
            and head.head.lower_ in lexicon.sequence_prepositions | lexicon.member_prepositions
            and not lead_up
        )
        family = act_family(draft.match.sense.type)
        operation = (
            head.dep_ == "pobj"
            and head.head.lower_ in ("in", "during")
            and head.lemma_.lower() in lexicon.operation_nouns
        )
        redescribes = attached and any(
            d is not draft
            and d.match.head.i == anchor.i
            and anchor.i not in suffered
            and (operation or act_family(d.match.sense.type) == family)
            for d in told
        )
        # "detained in dawn raids on flats": the operation that made an arrest is the
        # arrest, whatever place it searched.
        arresting = operation and any(
            d.match.head.i == anchor.i and d.match.sense.subtype == "arrest" for d in told
        )
        # "Students boycotted classes and blocked roads", "marched through the city to
        # protest against the result": one protest, told by two verbs (turning violent
        # makes it a riot, an event of its own).
        joined_protest = (
            family == "protest"
            and draft.match.sense.subtype != "riot"
            and head.dep_ in ("conj", "advcl", "xcomp")
            and any(
                d.match.head.i == head.head.i and d.match.sense.label in PEACEFUL_PROTESTS
                for d in told
            )
        )
        # "youths set fire to a tax office and looted shops": one riot told by two verbs.
        joined_riot = (
            draft.match.sense.label == "protest/riot"
            and head.dep_ == "conj"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
            and any(
                d.match.head.i == head.head.i and d.match.sense.label == "protest/riot"
                for d in told
            )
        )
        joined_protest = joined_protest or joined_riot or _turned_riot(draft, told)
        # "police fired tear gas to disperse the crowd": the act's purpose, told by a
        # trigger of its own type, is the same act; "entered the camp only to set up a
        # police station": an aim of another kind is intended, not told as done (not so
        # for violence: "attacked the village to abduct children" tells an abduction too,
        # but "invaded the country to overthrow its ruler" tells one offensive: an aim of
        # the act's own reading is the act).
        # "went on hunger strike to protest the executions": the purpose may hang on the
        # verb a noun's phrase belongs to; "the biggest walkout ..., to protest the merger":
        # the parser may read it as a clause on the noun.
        purpose = (
            head.dep_ in ("advcl", "xcomp", "relcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
            and any(
                head.head.i in _act_verbs(d)
                and (
                    d.match.sense.label == draft.match.sense.label
                    or (
                        family != "violence"
                        and (d.match.sense.type == draft.match.sense.type or head.dep_ == "advcl")
                    )
                )
                for d in told
            )
        )
        manner = purpose or _manner_of(draft, told) or _means_of(draft, told, lexicon)
        manner = manner or _how_it_happened(draft, told, lexicon)
        manner = manner or draft.match.head.i in suffered or _toll_of_clause(draft, told)
        manner = manner or _getaway(draft, told) or _seizure_step(draft, told, lexicon)
        manner = manner or _move_told_in_steps(draft, told) or _damage_of_the_riot(draft, told)
        manner = manner or _hostages_of_hijacking(draft, told) or _fight_outcome(draft, told)
        manner = manner or _joined_in_toll(draft, told, lexicon)
        manner = manner or _one_of_many(draft, told) or _run_of_the_act(draft, told)
        manner = (
            manner
            or _killing_in_assault(draft, told, lexicon)
            or _advance_taken(draft, told, lexicon)
        )
        bare = _bare_noun(draft) or arresting
        if not (redescribes and bare) and not joined_protest and not manner:
            kept.append(draft)
    return [
        replace(d, pointer=True)
        if _lasting_act_retold(d, kept, lexicon) or _count_of_told_move(d, kept, lexicon)
        else d
        for d in kept
        if not _toll_of_told_act(d, kept, lexicon)
        and not _siege_of_told_assault(d, kept, lexicon)
        and not _violence_retold(d, kept, lexicon)
        and not _act_escaped(d, lexicon)
    ]


def _act_escaped(draft: Draft, lexicon: EventLexicon) -> bool:
    """ "Many who escaped arrest fled the country", "had evaded capture for months": an act
    told as a bare noun that someone got away from was not done to them, and getting away
    from it is no move of theirs. "Villagers fled the fighting" (an act told with "the")
    fled one that was done."""
    head = draft.match.head
    noun: Token | None = head
    verb: Token | None = head.head if head.dep_ == "dobj" else None
    if head.pos_ != "NOUN":
        noun, verb = next((c for c in head.children if c.dep_ == "dobj"), None), head
    if verb is None or noun is None or verb.lemma_.lower() not in lexicon.escaping_verbs:
        return False
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in lexicon.words
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
    )


def _one_of_many(draft: Draft, drafts: list[Draft]) -> bool:
    """Is the draft a participle that counts the victim of the act told before it among
    many ("he was shot in Kommunarka, one of thousands executed there")? It tells what
    kind of act that was, not an act of its own: the act takes its reading when it is
    one of killing told more plainly ("shot" as an execution). One that ranks the victim
    ("the killing of Valdez, the sixth journalist murdered in the country this year")
    counts a victim of an act the text told before, in any sentence."""
    head = draft.match.head
    if head.pos_ != "VERB" or head.dep_ not in ("acl", "relcl"):
        return False
    one = head.head
    if one.dep_ == "pobj" and one.head.lower_ == "of":
        one = one.head.head
    ranked = any(c.ent_type_ == "ORDINAL" for c in one.children)
    if one.lower_ != "one" and not ranked:
        return False
    family = act_family(draft.match.sense.type)
    classed = [
        d
        for d in drafts
        if d is not draft
        and d.match.head.i < head.i
        and (d.sent is draft.sent or ranked)
        and act_family(d.match.sense.type) in ("violence", "repression")
    ]
    if not classed:
        return False
    act = classed[-1]
    if family == "repression" and act.match.sense.label in ONE_SIDED_VIOLENCE:
        act.match.sense = replace(
            act.match.sense, type=draft.match.sense.type, subtype=draft.match.sense.subtype
        )
    return True


def _killing_in_assault(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "Three masked men stormed into a bank and shot two guards", "the garrison
    mutinied, murdered its colonel and marched on the capital": a killing joined to the
    violent act of the same doers, with no subject, date or separating word in its own
    words (a date the two verbs share is the act's), is how that act went (its toll),
    not a second act."""
    head = draft.match.head
    if (
        head.pos_ != "VERB"
        or head.dep_ != "conj"
        or head.lemma_.lower() not in lexicon.killing_triggers | lexicon.assassination_triggers
        or act_family(draft.match.sense.type) != "violence"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
        or _set_apart(head, drafts, lexicon)
    ):
        return False
    first = head.head
    while first.dep_ == "conj" and not any(d.match.head.i == first.i for d in drafts):
        first = first.head
    # Civilians killed in a fight of another kind ("rose against German rule, killed 120
    # settlers and traders") suffer an attack of their own; not so the officers a mutiny
    # turned on, or the people shot in a raid of the same kind.
    victims = [o for c in head.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    civilians = any(
        o.lower_ in lexicon.civilian_nouns or o.lemma_.lower() in lexicon.civilian_nouns
        for o in victims
    )
    return any(
        d is not draft
        and d.match.head.i == first.i
        and d.match.head.pos_ == "VERB"
        and act_family(d.match.sense.type) == "violence"
        # "abducted 23 farmers and later beheaded two of them": captives killed are
        # killed in an act of their own
        and d.match.sense.subtype != "hostage_taking"
        # "were beaten and shot by the guards": a killing after a beating is the graver
        # act, told in its own right
        and d.match.sense.subtype != "unarmed_assault"
        # "entered the town and shot many of its people": a town taken by entering it
        # is no assault whose toll the killing is (:func:`taking_entry`)
        and not _entered_and_taken(d)
        and (d.match.sense.label == draft.match.sense.label or not civilians)
        for d in drafts
    )


def _entered_and_taken(draft: Draft) -> bool:
    """Is the draft a town taken by entering it ("troops entered the town")?"""
    words = anchor_words()
    return (
        draft.match.head.lemma_.lower() in words.town_entry_verbs
        and draft.match.sense.label == words.entered_town_reading
    )


def _advance_taken(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "marched on Delhi, which they seized the next day", "advanced on the port and took
    it": an advance on a place that the same clause tells taken is the seizure's lead-up,
    told by the seizure."""
    head = draft.match.head
    if head.pos_ != "VERB" or draft.match.sense.label != "battle/offensive":
        return False
    # where the advance is aimed ("on Delhi", "towards the port"), not when ("from July")
    goals = {
        o.i
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in lexicon.aim_prepositions
        for o in p.children
        if o.dep_ == "pobj"
    }
    for d in drafts:
        taking = d.match.head
        if d is draft or d.match.sense.subtype not in TAKINGS or taking.pos_ != "VERB":
            continue
        # "Delhi, which they seized": the seizure hangs on the place advanced on.
        if taking.dep_ == "relcl" and taking.head.i in goals:
            return True
        # "advanced on the port and took it": joined, with a pronoun for the place (not
        # "besieged the city from July and stormed it", a siege of its own).
        if (
            goals
            and taking.dep_ == "conj"
            and taking.head.i == head.i
            and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in taking.children)
        ):
            return True
    return False


def _joined_in_toll(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "two soldiers were killed in the blast and the exchange of fire that followed",
    "died in the bombing and the gunfire that followed": nouns of violence joined in the
    phrase a toll is counted in tell the parts of one incident (the first names it), not
    two events."""
    head = draft.match.head
    if head.pos_ != "NOUN" or head.dep_ != "conj":
        return False
    if head.head.pos_ == "VERB":
        # The parser may hang the second noun on the verb rather than on the first.
        counted_in = head.head
        firsts = [
            o
            for p in counted_in.children
            if p.dep_ == "prep" and p.i < head.i
            for o in p.children
            if o.dep_ == "pobj"
        ]
    elif head.head.dep_ == "pobj" and head.head.head.dep_ == "prep":
        counted_in = head.head.head.head
        firsts = [head.head]
    else:
        return False
    # The first noun may be one already dropped as the act told again ("the blast").
    first_senses = [lexicon.words.get(t.lemma_.lower()) for t in firsts]
    first_senses += [d.match.sense for d in drafts if d.match.head in firsts]
    return (
        _bare_noun(draft)
        and counted_in.lemma_.lower() in lexicon.casualty_verbs | lexicon.toll_verbs
        and act_family(draft.match.sense.type) == "violence"
        and any(s is not None and act_family(s.type) == "violence" for s in first_senses)
    )


def _hostages_of_hijacking(draft: Draft, drafts: list[Draft]) -> bool:
    """ "hijacked a ferry and held its passengers hostage for six hours": holding those
    aboard a craft seized is the hijacking itself, told by a second verb joined to it."""
    head = draft.match.head
    # "held the passengers hostage": the trigger may be the verb's complement
    verb = head if head.pos_ == "VERB" else head.head
    # those aboard, pointed to ("its crew", "the passengers"), not others named anew
    # ("and kidnapped two engineers")
    aboard = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
        for o in verb.children
        if o.dep_ == "dobj"
        for c in o.children
    )
    return (
        draft.match.sense.label in CUSTODY_STEP_LABELS
        and aboard
        and verb.dep_ == "conj"
        and any(
            d.match.sense.subtype == "hijacking" and d.match.head.i == verb.head.i for d in drafts
        )
    )


def _taken_on_to(act: Token, step: Token) -> bool:
    """Does the act's clause hang on the step's, through joined verbs, a clause on where
    they were taken or a preposition ("marched them to the quarry, where they shot them",
    "arrested him, then took him to the station, where he was beaten")?"""
    current = act
    for _ in range(CUSTODY_REACH):
        if current.dep_ not in CUSTODY_LINKS or current.head.i == current.i:
            return False
        current = current.head
        if current.i == step.i:
            return True
    return False


def _done_to_those_taken(act: Token) -> bool:
    """Is the act done to a pronoun ("shot them", "he was beaten"): to the people a step
    before it took or moved, not to others named anew?"""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PRON" for c in act.children)


def _harmed_in_custody(act: Draft, lexicon: EventLexicon) -> bool:
    """Is the act harm short of killing done to someone held ("was beaten", "tortured"),
    by what its word means before any reading: part of the custody, not its end?"""
    lemma = act.match.head.lemma_.lower()
    own = lexicon.words.get(lemma)
    return lemma in lexicon.custody_verbs or (
        own is not None and own.subtype in NONLETHAL_HARM_SUBTYPES
    )


def _custody_steps(act: Draft, drafts: list[Draft]) -> list[Draft]:
    """The drafts told before the act in its sentence that took or moved the people it
    was done to: a violent or repressive verb with an object, which the act's clause hangs
    on ("arrested the men and marched them to the quarry, where they shot them")."""
    head = act.match.head
    if act_family(act.match.sense.type) not in ("violence", "repression"):
        return []
    # "detained him and held him incommunicado": holding the man taken is the custody.
    if act.match.sense.label in CUSTODY_STEP_LABELS | {"repression/disappearance"}:
        return []
    if not _done_to_those_taken(head):
        return []
    steps = [
        d
        for d in drafts
        if d is not act
        and d.sent is act.sent
        and d.match.head.i < head.i
        and d.match.head.pos_ == "VERB"
        and act_family(d.match.sense.type) in ("violence", "repression")
        and any(c.dep_ == "dobj" for c in d.match.head.children)
        and _taken_on_to(head, d.match.head)
    ]
    # "surprised his men at the bridge and he was killed": a fight, and a death in it, take
    # no one into custody.
    taken = any(d.match.sense.label in CUSTODY_STEP_LABELS for d in steps)
    return steps if taken else []


def killed_in_custody(act: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """Is the act the killing of people whom an act told before it in its sentence took
    ("arrested the shepherds and drove them to the mill, where they shot them")? Told by
    a weak word, it is still the event those steps lead to."""
    return not _harmed_in_custody(act, lexicon) and bool(_custody_steps(act, drafts))


def killed_later_in_custody(act: Draft, earlier: list[Draft]) -> bool:
    """ "Fighters captured President Doe ... Doe was killed in their custody the next
    day": a killing told in a later sentence as done where or while someone was held
    (``custody_nouns``), after a taking into custody was told, is an act of its own, not
    the toll of the capture."""
    held = any(t.lemma_.lower() in argument_words().custody_nouns for t in act.match.head.subtree)
    return held and any(
        d.match.sense.label in CUSTODY_STEP_LABELS and d.sent is not act.sent for d in earlier
    )


def _custody_told_once(drafts: list[Draft], lexicon: EventLexicon) -> list[Draft]:
    """Tell people taken and what was done to them while held as one event.

    "They rounded up the men and marched them to the quarry, where they shot them":
    the rounding up and the march (no offensive: the people moved are captives) are
    steps of the killing, one massacre when the state's men kill a group they took,
    an execution when one person. "Police arrested the leader and took him to the
    station, where he was beaten": harm short of killing is part of the arrest.
    """
    dropped: set[int] = set()
    for act in drafts:
        steps = _custody_steps(act, drafts)
        if not steps:
            continue
        if _harmed_in_custody(act, lexicon):
            if any(s.match.sense.label in CUSTODY_STEP_LABELS for s in steps):
                dropped.add(id(act))
            continue
        dropped.update(id(s) for s in steps)
        # Captives are no side in a battle: the state's men (who arrested them) killing
        # them commit a massacre or an execution; others (who took them hostage), an attack.
        if "repression" in (act.match.sense.type, *(s.match.sense.type for s in steps)):
            taken = [c for c in steps[0].match.head.children if c.dep_ == "dobj"]
            many = any(t.tag_ == "NNS" or "Plur" in t.morph.get("Number", []) for t in taken)
            act.match.sense = replace(
                act.match.sense, type="repression", subtype="massacre" if many else "execution"
            )
        elif act.match.sense.type == "battle":
            act.match.sense = replace(act.match.sense, type="attack", subtype="armed_assault")
    return [d for d in drafts if id(d) not in dropped]


def lexical_subtype(draft: Draft, lexicon: EventLexicon) -> str | None:
    """The subtype the lexicon gives the trigger's words, before its arguments changed the
    reading ("set fire to" is damage, though the state's troops doing it coerce)."""
    text = doc_text(draft.match.head.doc)
    words = tuple(text[draft.match.start : draft.match.end].lower().split())
    sense = lexicon.phrases.get(words) or lexicon.words.get(draft.match.head.lemma_.lower())
    return sense.subtype if sense is not None else None


def _seizure_step(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "The army stormed the fortress and set fire to the granaries", "entered the city
    and plundered it", "marched into the capital, where its soldiers set fire to the
    palace": damage done by the doers of an army's assault or seizure (a battle), or of
    the place an attack set upon ("stormed the village and burned it"), joined to its
    verb with no subject of its own (or a pronoun's, or a "where" clause on the place
    taken), is a step of that act, which keeps its reading. "Gunmen stormed the town and
    burned the market" tells two acts."""
    head = draft.match.head
    if head.pos_ != "VERB" or lexical_subtype(draft, lexicon) not in SEIZURE_STEPS:
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    same_doers = all(
        s.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children)
        for s in subjects
    )
    if not same_doers or any(c.dep_ == "nsubjpass" for c in head.children):
        return False
    if head.dep_ == "conj" and not subjects:
        acts = {head.head.i}
        taken_only = False
    elif head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
        # the "where" clause hangs on the place, the place on the verb (through "into");
        # a place marched upon is not yet taken ("marched upon London, where they burned
        # the Savoy" tells the burning as an act of its own).
        place = head.head
        acts = {place.head.i, place.head.head.i}
        taken_only = True
    else:
        return False
    # "plundered it", "burned its stores": what was damaged is the place set upon.
    damaged = [c for c in head.children if c.dep_ in OBJECTS]
    damaged += [g for c in head.children if c.dep_ == "prep" for g in c.children]
    points_back = any(
        t.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
        for t in damaged
    )
    return any(
        d is not draft
        and d.match.head.i in acts
        and (not taken_only or d.match.sense.subtype == "territory_seized")
        and d.match.head.pos_ == "VERB"
        # an army's assault or seizure takes in what it burns; a band's raid on a town
        # and its burning of the market are two acts, unless the burning is of the place
        and (d.match.sense.type == "battle" or points_back)
        and act_family(d.match.sense.type) == "violence"
        and lexical_subtype(d, lexicon) not in SEIZURE_STEPS
        for d in drafts
    )


def _lasting_act_retold(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "laid siege to the forts ... The siege was lifted in September", "blockaded the
    coast ... the blockade ended": a definite noun for an act already told, with nothing
    done to anyone of its own, told lasting or ending (its date is when it ended), is that
    act told again: more evidence for it, not a second siege. One said to begin again or
    to follow ("the fighting resumed") is a new act."""
    head = draft.match.head
    if (
        head.pos_ != "NOUN"
        or draft.match.name is not None
        or head.dep_ not in ("nsubj", "nsubjpass")
        or head.head.lemma_.lower() in lexicon.onset_verbs | lexicon.sequel_verbs
        or not any(
            (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in head.children
        )
        or any(c.lower_ in lexicon.repetition_words for c in head.children)
        or any(r not in ("agent", "supporter") for _, r in draft.actors)
    ):
        return False
    return any(
        d is not draft
        and d.match.start < draft.match.start
        and 0 < draft.sentence_index - d.sentence_index <= LASTING_ACT_REACH
        and d.match.sense.label == draft.match.sense.label
        for d in drafts
    )


def _siege_of_told_assault(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "Gunmen stormed a school ... Security forces ended the siege after eight hours":
    a definite noun for a lasting act ("the siege"), with no doer of its own, after a
    violent act just told, names that act again as it lasted, not a second one. "ending a
    60-hour siege" (indefinite) tells the lasting act for the first time. One told lasting
    or ending after itself ("The blockade was lifted") is kept as a pointer to it."""
    head = draft.match.head
    if (
        _lasting_act_retold(draft, drafts, lexicon)
        or head.pos_ != "NOUN"
        or head.lemma_.lower() not in lexicon.lead_up_nouns
        or draft.args.agent is not None
        or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
    ):
        return False
    return any(
        d is not draft
        and d.match.start < draft.match.start
        and 0 <= draft.sentence_index - d.sentence_index <= LASTING_ACT_REACH
        and act_family(d.match.sense.type) == "violence"
        for d in drafts
    )


def _count_of_told_move(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "Troops began expelling the villagers in 1755 ... Over the next years some 10,000
    people were deported": a count of people moved, told with no doer after a move of the
    same kind, sums up that move (more evidence for it), not a second one. Those named as
    a people of their own ("40,000 Germans were deported") or as another group ("another
    5,000") are moved in an act of their own."""
    head = draft.match.head
    if head.pos_ != "VERB" or draft.match.sense.type != "relocation":
        return False
    if any(c.dep_ == "agent" for c in head.children):
        return False
    moved = [c for c in head.children if c.dep_ == "nsubjpass"]
    counted = [
        t
        for t in moved
        if t.pos_ == "NOUN"
        and not t.ent_type_
        and any(c.dep_ == "nummod" for c in t.children)
        and not any(c.lower_ in lexicon.repetition_words for c in t.subtree)
    ]
    return bool(counted) and any(
        d is not draft
        and d.match.start < draft.match.start
        and 0 < draft.sentence_index - d.sentence_index <= LASTING_ACT_REACH
        and d.match.sense.label == draft.match.sense.label
        for d in drafts
    )


def _just_after(draft: Draft, act: Draft) -> bool:
    """Is the act told before the draft, in its sentence or the one before?"""
    return (
        act is not draft
        and act.match.start < draft.match.start
        and 0 <= draft.sentence_index - act.sentence_index <= 1
    )


def _own_clause(head: Token, drafts: list[Draft]) -> list[Token]:
    """The words of the trigger's clause, less any clause in it that tells another
    trigger (the parser may hang the sentence's first act on a later verb)."""
    others = {d.match.head.i for d in drafts if d.match.head.i != head.i}
    return [
        t for c in head.children if not any(x.i in others for x in c.subtree) for t in c.subtree
    ]


def _set_apart(head: Token, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """Does the trigger's clause date its act or set it apart from the one told before
    ("two days later", "in a separate incident")? Then it tells an act of its own. A date
    the dead are counted by ("by 22 October at least 10,000 had died") dates the count,
    not an act."""
    clause = _own_clause(head, drafts)
    counted_by = _tally_date(head, lexicon)
    return any(
        (t.ent_type_ in ("DATE", "TIME") and t.i not in counted_by)
        or t.lemma_.lower() in lexicon.separating_words
        for t in clause
    )


def _tally_date(head: Token, lexicon: EventLexicon) -> set[int]:
    """The words of a phrase on the verb that dates a count ("by 22 October")."""
    return {
        t.i
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in lexicon.tally_prepositions
        for t in c.subtree
    }


def _toll_of_told_act(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "Militants stormed an army camp, killing 17. Four attackers were shot dead.",
    "gunmen kidnapped 23 passengers; two of them were later found dead": a death told by
    whom it befell, with no doer, date or name of its own, just after a violent act or a
    capture is that act's toll (the deaths its victims or its doers suffered in it), not
    a second act. Named, dated or done by someone the clause names, it is an act of its
    own ("Archbishop Romero was shot dead", "two days later the men were shot")."""
    head = draft.match.head
    if head.pos_ != "VERB" or draft.match.sense.label not in GENERIC_VIOLENCE:
        return False
    # Dated in its own clause, it is an act of its own, unless the date only counts the
    # dead (checked with the clause's other words below).
    if draft.own_date and not _tally_date(head, lexicon):
        return False
    words = head.doc.char_span(draft.match.start, draft.match.end, alignment_mode="expand")
    dying = [t for t in words or [head] if t.lemma_.lower() in lexicon.dying_words]
    if not dying or any(c.dep_ in ("agent", *OBJECTS) for c in head.children):
        return False
    # the passive's subject, or the subject of a verb it befalls ("seven civilians died")
    suffering = ("nsubjpass", "nsubj") if draft.match.sense.subject == "victim" else ("nsubjpass",)
    sufferers = [c for c in head.children if c.dep_ in suffering]
    if not sufferers or any(_someone_in_particular(t) for t in sufferers):
        return False
    if _set_apart(head, drafts, lexicon):
        return False
    return any(
        _just_after(draft, d)
        and d.match.sense.type in TOLL_BEARING_TYPES
        and d.match.sense.subtype not in PROPERTY_SUBTYPES
        for d in drafts
    )


def _someone_in_particular(token: Token) -> bool:
    """Does the word name one person in particular ("Archbishop Romero", "my uncle",
    "the mayor, Juan Pérez"), whose death is news of its own, not a count of the dead?"""
    owned = any(c.dep_ == "poss" for c in token.children) and token.tag_ == "NN"
    named = [token, *(c for c in token.children if c.dep_ == "appos")]
    return owned or any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_SUFFERER_LABELS for t in named)


def _violence_retold(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "a truck ... rammed the barrier of the hotel and exploded. The blast killed 54";
    "warplanes struck positions in Derna. The army said the raids hit training camps": a
    definite noun of violence that is its clause's subject, with no name, date or doer
    of its own, told just after a violent act, is that act told again with its toll or
    its targets. "The clashes that followed" tell the next act."""
    head = draft.match.head
    if (
        head.pos_ != "NOUN"
        or act_family(draft.match.sense.type) != "violence"
        or draft.match.name is not None
        or draft.own_date
        or head.dep_ not in ("nsubj", "nsubjpass")
        or not any(
            (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in head.children
        )
    ):
        return False
    if any(c.dep_ in ("relcl", "acl", "prep") for c in head.children):
        return False  # "the clashes that followed", "the attack on the checkpoint"
    if _set_apart(head.head, drafts, lexicon):
        return False
    return any(
        _just_after(draft, d)
        and act_family(d.match.sense.type) == "violence"
        and (draft.args.agent is None or draft.args.agent == d.args.agent)
        for d in drafts
    )


def retold_in_account(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "Soldiers killed twelve men on Friday. Witnesses described soldiers going from house
    to house and shooting men", "Prosecutors said the officer fired five times at him": an
    act told inside what someone tells, with no date of its own and not set apart, is how
    they saw an act the story has told, not a second one (the caller checks that one of
    its kind, by the same side, was just told). Told by one who reports, not one who saw,
    its doer must point back ("the officer", "the attackers", or the speaker's own: "the
    group said its men had carried out the ambush"): "police said gunmen attacked a bus"
    may be news of its own."""
    head = draft.match.head
    if draft.own_date or _set_apart(head, drafts, lexicon):
        return False
    if any(t.lower_ in lexicon.repetition_words for t in _own_clause(head, drafts)):
        return False  # "witnesses said a second blast hit the mosque"
    witnesses = argument_words().witness_nouns
    doer = subject_of(head) if head.pos_ == "VERB" else None
    if (
        head.pos_ == "NOUN"
        and head.dep_ == "dobj"
        and head.head.lemma_ in lexicon.light_verbs
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
        and not any(c.dep_ in ("prep", "relcl", "acl") for c in head.children)
    ):
        doer = subject_of(head.head)  # "its men had carried out the ambush", not "an attack on"
    pointing_back = doer is not None and any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in doer.children
    )
    teller = head
    while teller.head.i != teller.i:
        teller = teller.head
        subjects = [c for c in teller.children if c.dep_ in SUBJECTS]
        if any(s.lemma_.lower() in witnesses for s in subjects):
            return True
        if teller.lemma_.lower() in lexicon.report and subjects and pointing_back:
            return True
    return False


def _act_verbs(draft: Draft) -> set[int]:
    """The trigger's head, and the verb its preposition hangs on when it is a noun in a
    verb's phrase ("went on strike"): where a clause on the act may hang."""
    head = draft.match.head
    verbs = {head.i}
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
        verbs.add(head.head.head.i)
    return verbs


def _counted_group(draft: Draft) -> bool:
    """Are the people acted on one counted group ("30 students and teachers", "dozens of
    farmers and their families"): a number on the list's first noun and no name in it? A
    list the text tells apart ("A, B and C") names each."""
    objects = draft.args.objects
    if len(objects) < 2 or any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in objects):
        return False
    first = objects[0]
    return any(c.dep_ == "nummod" or c.like_num for c in first.children) or first.like_num


def _rejoin_counted(drafts: list[Draft]) -> list[Draft]:
    """One draft for an act that was split by victim (extractor's ``_split``) where the
    victims are one counted group: one abduction of "30 students and teachers", with
    each of them among its victims."""
    kept: list[Draft] = []
    first: dict[int, Draft] = {}
    for draft in drafts:
        earlier = first.get(id(draft.match))
        if earlier is not None and _counted_group(draft):
            earlier.actors += [a for a in draft.actors if a not in earlier.actors]
            continue
        first.setdefault(id(draft.match), draft)
        kept.append(draft)
    return kept


def _shared_object_step(draft: Draft, drafts: list[Draft]) -> bool:
    """Is the draft a generic verb of violence joined to a more specific one over one
    object, with one subject ("armed men stormed and looted the hospital": one attack on
    the hospital, a facility attack)? The first verb then has no object of its own, and
    the second no subject of its own; "stormed the town and burned the market" are two."""
    head = draft.match.head
    if head.pos_ != "VERB" or draft.match.sense.label not in GENERIC_VIOLENCE:
        return False
    for other in drafts:
        there = other.match.head
        if other is draft or there.pos_ != "VERB" or other.match.sense.weak:
            continue
        label = other.match.sense.label
        if act_family(other.match.sense.type) != "violence" or label in GENERIC_VIOLENCE:
            continue
        first, second = sorted((head, there), key=lambda t: t.i)
        joined = second.dep_ == "conj" and second.head.i == first.i
        if (
            joined
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children)
            and not any(c.dep_ in OBJECTS for c in first.children)
            and any(c.dep_ in OBJECTS for c in second.children)
        ):
            return True
    return False


def _fight_outcome(draft: Draft, drafts: list[Draft]) -> bool:
    """ "the royalist army attacked it on the plain and routed it", "fell on the rebels and
    scattered them": a second verb of fighting joined to the first with no subject of its
    own, acting on a pronoun for what the first acted on, tells how that fight ended, not
    a second fight."""
    head = draft.match.head
    if (
        head.pos_ != "VERB"
        or draft.match.sense.label != "battle/clash"
        or head.dep_ != "conj"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return False
    objects = [c for c in head.children if c.dep_ in OBJECTS]
    if not objects or any(o.pos_ != "PRON" for o in objects):
        return False
    return any(
        d is not draft
        and d.match.head.i == head.head.i
        and act_family(d.match.sense.type) == "violence"
        for d in drafts
    )


def _turned_riot(draft: Draft, drafts: list[Draft]) -> bool:
    """ "youths barricaded roads and set fire to a vehicle": a crowd's peaceful protest and
    the violence it turned to, told by verbs joined in one clause with one subject, are
    one riot (as ACLED codes a protest that turns violent); the riot's verb stays. So is
    damage or a beating joined to a riot's verb ("stoned the office and set fire to two
    cars"); a killing stays an act of its own, with its own toll."""
    head = draft.match.head
    label = draft.match.sense.label
    if label not in PEACEFUL_PROTESTS and act_family(draft.match.sense.type) != "violence":
        return False

    def subjectless(token: Token) -> bool:
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)

    for other in drafts:
        if other is draft or other.match.sense.label != "protest/riot":
            continue
        there = other.match.head
        # the riot joined to this verb, or this verb joined to the riot's (with no
        # subject of its own: "and then police set fire to" is another act)
        joined = (there.dep_ == "conj" and there.head.i == head.i and subjectless(there)) or (
            head.dep_ == "conj" and head.head.i == there.i and subjectless(head)
        )
        violent_step = draft.match.sense.subtype in RIOT_STEPS
        if joined and (label in PEACEFUL_PROTESTS or (violent_step and head.dep_ == "conj")):
            return True
    return False


def _how_it_happened(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """ "The Sharpeville massacre took place on 21 March 1960, when police opened fire on a
    crowd": a "when" clause on a verb of happening whose subject is an event told by a
    trigger says how that event happened; it is the same event, not a second one."""
    head = draft.match.head
    if head.dep_ not in ("advcl", "relcl") or not any(m.lower_ == "when" for m in head.children):
        return False
    # The parser may hang the clause on the date ("on 21 March 1960, when ..."): the verb
    # it tells of is the one the date's phrase belongs to.
    verb = head.head
    while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "npadvmod", "appos"):
        verb = verb.head
    happening = verb.lemma_.lower() in lexicon.happening_verbs or (
        verb.lemma_.lower() == "take" and any(c.lower_ == "place" for c in verb.children)
    )
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    return happening and any(d is not draft and d.match.head.i in subjects for d in drafts)


def _toll_of_clause(draft: Draft, drafts: list[Draft]) -> bool:
    """ "six people were shot dead when soldiers broke up a demonstration": violence
    suffered, by nobody the clause names, when another trigger's act took place is that
    act told through its toll (one crackdown with six dead), not an act of its own."""
    head = draft.match.head
    if head.pos_ != "VERB" or draft.args.agent or act_family(draft.match.sense.type) != "violence":
        return False
    if not any(c.dep_ == "nsubjpass" for c in head.children):
        return False
    when = {
        c.i
        for c in head.children
        if c.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in c.children)
    }
    return any(
        d is not draft
        and d.match.head.i in when
        and act_family(d.match.sense.type) in ("violence", "repression")
        and not d.match.sense.weak
        for d in drafts
    )


def _suffered_in(draft: Draft, drafts: list[Draft]) -> bool:
    """ "A guard was shot during an armed robbery": violence suffered, by nobody named, in
    a violent act told by a noun on the verb is part of that act, not an act of its own."""
    head = draft.match.head
    if head.pos_ != "VERB" or draft.args.agent or act_family(draft.match.sense.type) != "violence":
        return False
    # "was shot and wounded during ...": the phrase may hang on a verb joined to it.
    verbs = [head, *(c for c in head.children if c.dep_ == "conj")]
    within = {
        g.i
        for v in verbs
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for g in c.children
        if g.dep_ == "pobj"
    }
    return any(
        d is not draft and d.match.head.i in within and act_family(d.match.sense.type) == "violence"
        for d in drafts
    )


def _means_of(draft: Draft, drafts: list[Draft], lexicon: EventLexicon) -> bool:
    """Whether a violent noun names the means of a violent act another trigger tells.

    "a mortar shell they were playing with detonated": the shell is what the verb
    describing it (a clause on the noun) tells went off; "attacked a patrol using
    grenades": the grenades are the attack's weapon. Both are one act.
    """
    head = draft.match.head
    if head.pos_ != "NOUN" or act_family(draft.match.sense.type) != "violence":
        return False
    if not _bare_noun(draft):
        return False
    acts = {
        d.match.head.i
        for d in drafts
        if d is not draft and act_family(d.match.sense.type) == "violence"
    }
    # (Not "launched airstrikes targeting X": there the noun is the event a light verb tells.)
    told = head.dep_ not in OBJECTS and any(
        c.dep_ in ("acl", "relcl") and c.i in acts for c in head.children
    )
    if told or _borne_by_doers(head, acts):
        return True
    wielded = head.dep_ in OBJECTS and head.head.lemma_.lower() in lexicon.instrument_verbs
    return wielded and _clause_chain(head.head) & acts != set()


# The links inside a noun phrase from a weapon up to the doers that bear it.
DOER_PHRASE_LINKS = frozenset({"conj", "pobj", "prep", "compound", "appos"})


def _borne_by_doers(head: Token, acts: set[int]) -> bool:
    """Whether a weapon noun belongs to the doers of a violent verb: "fighters with
    mortars on the ridge shelled the camp", "army gunboats and artillery shelled the
    town". The weapon is how those doers acted, not a second act. The subject reached
    must not be an act itself ("a car bomb and gunfire killed ten" tells two means)."""
    token = head
    while token.dep_ in DOER_PHRASE_LINKS and token.head.i != token.i:
        token = token.head
    return (
        token.i != head.i
        and token.dep_ in SUBJECTS
        and token.i not in acts
        and token.head.i in acts
    )


CLAUSE_LINKS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "acl"})


def _clause_chain(token: Token) -> set[int]:
    """The verbs a clause hangs on, up a chain of coordinations, adverbial clauses and
    prepositional complements ("detonating a car bomb before storming the compound")."""
    chain: set[int] = set()
    current = token
    for _ in range(4):
        if current.dep_ not in CLAUSE_LINKS or current.head.i == current.i:
            break
        current = current.head
        chain.add(current.i)
    return chain


def taking_entry(
    draft: Draft, found: list[Draft], lexicon: EventLexicon, place_tokens: frozenset[int]
) -> bool:
    """Is the draft an army's entry into a town, joined to a killing done there?

    "German troops entered the town and shot many of its inhabitants", "a Cossack
    detachment entered Tulchyn and killed dozens": the town was taken, and its people
    killed; two acts, not one. An entry into a building ("soldiers entered the school and
    shot two teachers"), or by gunmen ("gunmen entered the village and killed 12"), is
    the way into the one act, its step.
    """
    head = draft.match.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in lexicon.approach_verbs:
        return False
    if head.lemma_.lower() not in anchor_words().town_entry_verbs:
        return False
    subject = subject_of(head)
    forces = anchor_words().town_taking_forces
    if subject is None or (subject.lemma_.lower() not in forces and subject.lower_ not in forces):
        return False
    town = any(
        c.dep_ == "dobj" and (c.lemma_.lower() in lexicon.town_nouns or c.i in place_tokens)
        for c in head.children
    )
    # "entered the village and detained 70": a custody is what the entry was for.
    killings = [
        d
        for d in found
        if d.match.head.dep_ == "conj"
        and d.match.head.head.i == head.i
        and d.match.sense.type in ("attack", "repression")
        and d.match.sense.label not in CUSTODY_STEP_LABELS
        and d.match.sense.subtype not in NONLETHAL_HARM_SUBTYPES
        and d.match.head.lemma_.lower() not in lexicon.approach_verbs
    ]
    # "The massacre took place when soldiers entered the village and killed 200": the
    # sentence names the one act that the entry and the killing tell.
    named_act = any(
        d is not draft
        and d not in killings
        and not d.match.sense.weak
        and act_family(d.match.sense.type) in ("violence", "repression")
        for d in found
    )
    return town and bool(killings) and not named_act


def approach_steps(
    found: list[Draft], lexicon: EventLexicon, place_tokens: frozenset[int] = frozenset()
) -> list[Draft]:
    """The verbs of approach that are steps of another violent act of their sentence.

    "detonating a car bomb before storming the compound": storming in a clause
    subordinate to the act is how it was done (not to a toll: "34 were killed when
    troops entered the camp" tells the entry). "Soldiers entered the village and
    killed 200" (in a sentence that tells the massacre): entering joined to a
    killing that is only the toll of an act told beside it is that act's step.
    Joined to an act of its own ("besieged the city and stormed it"), or with
    nothing stronger than a toll beside it ("stormed a wedding, killing 11"), the
    approach is an event of its own; but shooting joined to any act ("attacked the bus
    and opened fire", "police fired tear gas and detained 43") is its means, as is an
    entry joined to an arrest ("the military entered the village and detained 70").
    An army's entry into a town joined to a killing there takes the town
    (:func:`taking_entry`): it is never a step.
    """

    def violent(d: Draft) -> bool:
        sense = d.match.sense
        killing = d.match.head.lemma_.lower() in lexicon.killing_triggers
        return act_family(sense.type) in ("violence", "repression") or killing

    def approach(d: Draft) -> bool:
        return d.match.head.lemma_.lower() in lexicon.approach_verbs and violent(d)

    acts = [d for d in found if violent(d) and not approach(d)]
    strong_acts = [d for d in acts if not d.match.sense.weak]
    steps = []
    for draft in found:
        head = draft.match.head
        if taking_entry(draft, found, lexicon, place_tokens):
            continue
        step = approach(draft) and any(
            (
                head.dep_ != "conj"
                and not d.match.sense.weak
                and d.match.head.i in _clause_chain(head)
            )
            or (
                {head.i, d.match.head.i} & {head.head.i, d.match.head.head.i}
                and "conj" in (head.dep_, d.match.head.dep_)
                and (
                    head.lemma_.lower() in lexicon.shooting_verbs
                    or (
                        _same_doers_custody(head, d.match.head, d.match.sense.label)
                        and lexical_subtype(d, lexicon) not in SEIZURE_STEPS
                    )
                    if not d.match.sense.weak
                    else any(s is not d for s in strong_acts)
                )
            )
            for d in acts
        )
        if step:
            steps.append(draft)
    return steps


def _same_doers_custody(approach: Token, act: Token, act_label: str) -> bool:
    """ "entered the village and detained 70 villagers", "stormed the assembly and seized
    40 deputies as hostages": a repressive act or a taking of hostages joined to the
    approach, with no subject of its own (the same doers), is what the entry was for; not
    "stormed the palace, and the ministers were taken into custody" (a subject of its own)."""
    joined = act.dep_ == "conj" and act.head.i == approach.i
    return (
        (act_label.startswith("repression/") or act_label in CUSTODY_STEP_LABELS)
        and joined
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children)
    )


def _manner_of(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether the trigger is a participle telling how its head's act was done.

    "Al-Shabaab fighters attacked a base, detonating a car bomb at the gate":
    the participle with no subject of its own is the attack's means, not a
    second attack. Only within violence, a slaughter included ("shelled the town,
    forcing thousands to flee" is a displacement of its own).
    """
    head = draft.match.head
    # "attacked the village, killing 17 and burning 40 houses": a participle joined to
    # one tells the same act.
    # "setting houses ablaze and shooting residents": the parser may join the second
    # participle to the first one's complement ("ablaze"); it is joined to that participle.
    first = head
    while first.dep_ == "conj" and first.tag_ == "VBG":
        joined = first.head
        if joined.tag_ != "VBG" and joined.dep_ in COMPLEMENTS:
            joined = joined.head
        if joined.tag_ != "VBG":
            break
        first = joined
    if (
        head.tag_ != "VBG"
        or first.dep_ != "advcl"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return False
    head = first
    # "sacked the town, burning its churches and slaughtering the townsfolk": the
    # slaughter is how the assault went, not a massacre of its own.
    violent = act_family(draft.match.sense.type) == "violence" or (
        draft.match.sense.label == "repression/massacre"
    )
    # "troops broke up the hunger strike, beating the crowd with spades": a participle of
    # the very kind of act its head tells is how that act was done, whatever the kind;
    # "broke up the protest, arresting twenty" tells an arrest of its own.
    return any(
        d is not draft
        and d.match.head.i == head.head.i
        and (
            (violent and act_family(d.match.sense.type) == "violence")
            or d.match.sense.label == draft.match.sense.label
        )
        for d in drafts
    )


def _run_of_the_act(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether a violent noun names, in an "in" phrase, the run of acts a violent verb
    tells: "attacked police posts across the country in a coordinated wave of raids that
    killed seven", "shelled the town in a series of strikes", "ousted the president in a
    night of heavy fighting". The raids are the attacks
    told again, and what they killed is the attacks' toll, not a second act's."""
    head = draft.match.head
    if _fought_in(draft, drafts):
        return True
    if head.pos_ != "NOUN" or act_family(draft.match.sense.type) != "violence":
        return False
    words = argument_words()
    if not (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in words.series_nouns | words.stretch_nouns
    ):
        return False  # "shot during an armed robbery": the robbery is the act
    noun = head.head.head  # "a wave of raids"
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return False
    act = noun.head.head
    return any(
        d is not draft
        and d.match.head.i == act.i
        and act.pos_ == "VERB"
        and act_family(d.match.sense.type) == "violence"
        for d in drafts
    )


def _fought_in(draft: Draft, drafts: list[Draft]) -> bool:
    """ "Loyal units retook the city in fighting that left 160 dead", "seized the airport
    during clashes": the fighting a taking was won in is that taking told again, and what
    it killed is the taking's toll. Only a battle word (a noun, or a gerund the parser
    calls a verb) on a battle verb of its own: "killed in clashes with police" tells the
    clashes."""
    head = draft.match.head
    if draft.match.sense.type != "battle" or head.dep_ != "pobj":
        return False
    if head.head.lower_ not in ("in", "during"):
        return False
    act = head.head.head
    return act.pos_ == "VERB" and any(
        d is not draft
        and d.match.head.i == act.i
        and d.match.sense.type == "battle"
        and not d.match.sense.weak
        for d in drafts
    )


def _damage_of_the_riot(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether property burned or wrecked is told as what a riot was.

    "The riots began in Bab El Oued, when young men smashed the windows of shops and set
    fire to the party's offices": the burning, in the clause that tells how the riot
    went (on the riot's verb, or on the verb the riot is the subject of), is the riot's
    damage, not an attack of its own.
    """
    if draft.match.sense.subtype != "facility_attack":
        return False
    first = draft.match.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "advcl":
        return False
    told_on = first.head
    return any(
        d.match.sense.label == "protest/riot"
        and (
            d.match.head.i == told_on.i
            or (d.match.head.dep_ == "nsubj" and d.match.head.head.i == told_on.i)
        )
        for d in drafts
    )


def _move_told_in_steps(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether a move is the next step of a move its doers were just told to make.

    "The Sultan fled aboard the royal yacht and went into exile in Britain", "I followed
    him into exile and settled in Dharamsala": verbs joined with no subject of their own
    tell one flight, from its start to where it ended, not two moves. The first telling
    stays, and is placed where the move ended.
    """
    head = draft.match.head
    if (
        draft.match.sense.type != "relocation"
        or head.dep_ != "conj"
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return False
    return any(
        d is not draft
        and d.match.sense.type == "relocation"
        and d.match.start < draft.match.start
        and head.head.i in _act_verbs(d)
        for d in drafts
    )


def _getaway(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether a flight is the doers' getaway after their own attack.

    "Gunmen shot dead a judge before fleeing in a car", "threw a grenade into the cafe and
    escaped on a motorcycle": a flight with no subject of its own, hanging on the attack's
    verb (or on the verb whose object names it), is how the attack ended, not a move of
    people. Not "troops shelled the town and its people fled" (a subject of its own), nor
    the flight of those an attack befell ("the patrol was ambushed and fled").
    """
    head = draft.match.head
    if draft.match.sense.label != "relocation/exile" or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children
    ):
        return False
    chain = _clause_chain(head)

    def acted(act: Token) -> bool:
        own = act.i in chain or (act.pos_ == "NOUN" and act.dep_ in OBJECTS and act.head.i in chain)
        verb = act.head if act.pos_ == "NOUN" else act
        return own and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    return any(
        d is not draft and d.match.sense.type == "attack" and acted(d.match.head) for d in drafts
    )
