"""The events of a document: detection, typing, arguments, anchoring, toll.

:func:`extract_events` runs after the other extractors, because an event is
built from what they found: entities and mentions (its actors and place),
timexes (its date) and claims (its toll). It returns the events and the
claims with their ``about`` linked to the event they count. A trigger's
reading from its arguments is readings.py's; which of the words that tell one
act to keep is tellings.py's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from spacy.tokens import Doc, Span, Token

from historiograph.extract.events.acled_variants import acled_variants
from historiograph.extract.events.anchoring import (
    CALENDAR_TYPES,
    MOVE_PREPOSITIONS,
    anchor_words,
    dateline_places,
    find_modality,
    find_when,
    find_where,
    is_period,
    located_names,
    locates_the_place_before,
    named_as_location,
    narrative_place,
    never_done,
    path_below,
    pointed_place,
    predicates_between,
    told_as_people,
    told_in_own_clause,
    town_of_site_told,
    where_for,
)
from historiograph.extract.events.arguments import (
    OBJECTS,
    Arguments,
    EntityIndex,
    argument_words,
    done_by_nobody,
    find_arguments,
    headline_sufferers,
    subject_of,
    verb_forms,
)
from historiograph.extract.events.detection import DEFINITE, TriggerMatch, find_triggers
from historiograph.extract.events.drafts import SPLIT_BY_VICTIM, Draft, act_family, place_rule
from historiograph.extract.events.lexicon import EventLexicon, TriggerSense, load_lexicon
from historiograph.extract.events.readings import (
    airborne,
    armed_leaving,
    civilian_reading,
    context_reading,
    crowd_control,
    denial_reading,
    exchange,
    holds_office,
    is_armed,
    is_people,
    is_place,
    is_state,
    left_home,
    people_reading,
    phrase_objects,
    refine,
    weapon_reading,
)
from historiograph.extract.events.tellings import (
    approach_steps,
    drop_redescriptions,
    killed_in_custody,
    killed_later_in_custody,
    retold_in_account,
    taking_entry,
)
from historiograph.extract.events.tolls import NONLETHAL_SUBTYPES, VIOLENT_TYPES, link_claims
from historiograph.extract.events.typing_model import load_typing_model
from historiograph.nlp.views import doc_text
from historiograph.record import (
    Actor,
    ActorRole,
    Claim,
    Entity,
    Event,
    EventType,
    Mention,
    Timex,
    Trigger,
    When,
    Where,
    literal,
)

# Subtypes where a coordinated list of places means one act each ("seized the cities of
# X, Y and Z").
SPLIT_BY_PLACE = frozenset({"territory_seized", "territory_lost"})
# The kinds of entity a taking can be of: ground and the sites on it, never people.
TAKEN_GROUND = frozenset({"place", "facility"})
# Damage done in an assault ("burned the court rolls"): no act that defenders fight.
DAMAGE_SUBTYPES = frozenset({"facility_attack"})
# The types of acts that judge people for an act told before ("convicted three men of the
# murder", "arrested two men over the bombing").
COURT_TYPES = frozenset({"legal", "repression"})
# How many sentences back the act may be that an account retells, when nothing else was
# told between ("Gunmen raided the village. An official put the toll at 31. Witnesses
# said the attackers burned the granaries").
RETELLING_REACH_SENTENCES = 2


# A title line: at most this many words, and no sentence punctuation at its end.
HEADLINE_WORDS = 16


HEADLINE_ENDINGS = frozenset('.!?:;,"”')


@dataclass
class EventsResult:
    events: list[Event]
    claims: list[Claim]
    entities: list[Entity] = field(default_factory=list)  # group entities added for actors


def _armed_side_words(lexicon: EventLexicon) -> frozenset[str]:
    """Head words that name an armed side as a body ("the army", "the fleet", "the
    garrison"): the arms-bearing words and the units of a force (arguments.yaml's
    ``unit_nouns``), less the words that as often name a side in a game ("routed the
    visiting team")."""
    words = argument_words()
    return (lexicon.armed_words | lexicon.member_armed_words | words.unit_nouns) - words.game_sides


def _counts_people_named_before(token: Token, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """Is ``token`` a bare number ("four were hanged", "130 were detained") that counts
    people the story has just named ("Eight anarchists were convicted", "fired on the
    marchers")? A number with no noun of its own counts what came before it, in its
    sentence or the one before; with no people there ("ten tanks were hit, and four were
    abandoned") it counts no people. Whoever was tried, convicted or arrested is people,
    whatever the noun ("weavers", "anarchists")."""
    if not token.like_num or any(c.dep_ in ("prep", "compound", "amod") for c in token.children):
        return False
    start = token.sent.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    return any(
        t.pos_ in ("NOUN", "PROPN")
        and (is_people(t, index, lexicon) or _suffered_by_people(t, lexicon))
        for t in token.doc[start : token.i]
    )


def _suffered_by_people(token: Token, lexicon: EventLexicon) -> bool:
    """Is ``token`` who a court's or the state's act befell ("weavers were convicted",
    "police arrested the anarchists")? Only people are tried, convicted or arrested."""
    sense = lexicon.words.get(token.head.lemma_.lower())
    return (
        token.dep_ in ("nsubjpass", "dobj")
        and sense is not None
        and sense.type in ("legal", "repression")
    )


def _property_burned_by_no_one_named(head: Token, lexicon: EventLexicon) -> bool:
    """ "its church was burned", "their farms were burned": a passive that names no doer
    still tells an act when what was burned is property raiders burn (buildings, farms,
    a town); "the letters were burned" or "burned by lightning" tell none."""
    if head.pos_ != "VERB" or any(c.dep_ == "agent" for c in head.children):
        return False
    property_nouns = lexicon.facility_nouns | anchor_words().burned_property_nouns
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in property_nouns for c in head.children)


def _coerced_burning(match: TriggerMatch, lexicon: EventLexicon) -> TriggerSense:
    """The reading of property burned with no doer named, in a sentence that tells the
    state's coercion of people ("some 10,000 people were deported, and their farms were
    burned"): the same campaign's crackdown, not a raid of its own."""
    if not _property_burned_by_no_one_named(match.head, lexicon):
        return match.sense
    kind, _, subtype = anchor_words().coerced_burning_reading.partition("/")
    return replace(match.sense, type=cast(EventType, kind), subtype=subtype or None)


def _property_destroyed(
    sent: Span, matches: Sequence[TriggerMatch], lexicon: EventLexicon
) -> list[TriggerMatch]:
    """Property destroyed in the passive with no doer named ("the libraries of the city
    were destroyed", "its mosques were levelled"), which the lexicon's readings of those
    verbs leave out (they tell an armed side beaten). Asked only in a story of violence:
    there, it is the attackers' act on the buildings; not so when it was done for a
    purpose ("demolished to make way for flats") or by nature ("destroyed in the storm")."""
    words = anchor_words()
    property_nouns = lexicon.facility_nouns | words.burned_property_nouns
    kind, _, subtype = words.destroyed_property_reading.partition("/")
    heads = {m.head.i for m in matches}
    found = []
    for token in sent:
        if (
            token.i in heads
            or token.pos_ != "VERB"
            or token.tag_ != "VBN"
            or token.lemma_.lower() not in words.destruction_verbs
        ):
            continue
        wrecked = [c for c in token.children if c.dep_ == "nsubjpass"]
        if not any(c.lemma_.lower() in property_nouns for c in wrecked):
            continue
        if any(c.dep_ == "agent" for c in token.children):
            continue
        purpose = any(
            c.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in c.children)
            for c in token.children
        )
        natural = any(
            g.lemma_.lower() in words.natural_damage_nouns
            for p in token.children
            if p.dep_ == "prep"
            for g in p.subtree
        )
        # "destroyed in the reprisals", "villages were destroyed and people killed in
        # the reprisals": the damage of an act the text names
        acts = lexicon.words.keys() | words.damage_act_nouns
        in_an_act = any(
            o.lemma_.lower() in acts or o.lower_ in acts
            for verb in (token, *token.conjuncts)
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children
        )
        if purpose or natural or in_an_act:
            continue
        sense = TriggerSense(type=cast(EventType, kind), subtype=subtype or None, pos=("VERB",))
        found.append(TriggerMatch(token, token.idx, token.idx + len(token), sense))
    return found


def _tokens_of(doc: Doc, places: Sequence[tuple[int, int, Entity]]) -> frozenset[int]:
    """The indices of the tokens that the places' names cover, for rules that ask of a
    word whether it names a place ("entered Tulchyn"), whatever label the parser gave it."""
    return frozenset(
        t.i
        for start, end, _ in places
        for t in doc.char_span(start, end, alignment_mode="expand") or ()
    )


def _violence_near(
    matches: Sequence[TriggerMatch], drafts: Sequence[Draft], sentence_index: int
) -> bool:
    """Does the sentence, or one of the few just before it, tell violence (an attack, a
    battle, the state's repression)? Property wrecked with no doer named there is an act."""
    return any(m.sense.type in VIOLENT_TYPES for m in matches) or any(
        d.match.sense.type in VIOLENT_TYPES
        and sentence_index - d.sentence_index <= RETELLING_REACH_SENTENCES
        for d in drafts
    )


def _strike_near(
    matches: Sequence[TriggerMatch], drafts: Sequence[Draft], sentence_index: int
) -> bool:
    """Does the sentence, or one of the few just before it, tell a strike from afar
    (shelling, an air strike, a bombing)? Property destroyed with no doer named there is
    the strike's damage."""
    strikes = anchor_words().strike_subtypes
    return any(m.sense.subtype in strikes for m in matches) or any(
        d.match.sense.subtype in strikes
        and sentence_index - d.sentence_index <= RETELLING_REACH_SENTENCES
        for d in drafts
    )


def _removal_reading(match: TriggerMatch, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """Switch a taking of places to the lexicon's reading of taking people away, when people
    are taken from their own place: "they took my father from his office", "soldiers took
    him from his classroom" is "took him away", not a town seized ("took the wounded from
    the field" names no one's own place)."""
    head = match.head
    away = lexicon.phrases.get((head.lemma_.lower(), "away"))
    if away is None or match.sense.needs != "place_taken" or head.pos_ != "VERB":
        return False
    taken = [c for c in head.children if c.dep_ == "dobj"]
    own_place = any(
        any(g.dep_ == "poss" for g in place.children)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for place in p.children
        if place.dep_ == "pobj"
    )
    if not own_place or not any(is_people(t, index, lexicon) for t in taken[:1]):
        return False
    match.sense = replace(away, needs=None)
    return True


def _passes_needs(
    match: TriggerMatch,
    args: Arguments,
    index: EntityIndex,
    lexicon: EventLexicon,
    *,
    dated: bool,
    own_dated: bool = False,
) -> bool:
    needs = match.sense.needs
    if needs == "dated":
        return dated or match.name is not None
    if needs == "own_date":
        return own_dated
    if needs == "agent":
        # "Militiamen looted the market", "they burned the houses": a doer the entities
        # missed or a pronoun left unresolved is a doer still, when it stands for people
        # ("the fire burned for days", "burning tyres" have none).
        subject = subject_of(match.head) if match.head.pos_ == "VERB" else None
        return (
            args.agent is not None
            or match.name is not None
            or (subject is not None and is_people(subject, index, lexicon))
            or _property_burned_by_no_one_named(match.head, lexicon)
        )
    if needs == "doer_or_victim":
        # "rebels were hanged", "a guard was stabbed": the passive names who suffered it.
        # "was captured, tortured and beheaded": the first of the joined verbs names them.
        verbs = [match.head]
        while len(verbs) < 5 and (
            verbs[-1].dep_ == "conj" or (verbs[-1].dep_ == "advcl" and verbs[-1].tag_ == "VBN")
        ):
            verbs.append(verbs[-1].head)
        sufferers = [c for v in verbs for c in v.children if c.dep_ == "nsubjpass"]
        # "Eight strikers were tried, and three were hanged": a bare number stands for the
        # people the sentence (or the one before) has already named.
        if sufferers and _counts_people_named_before(sufferers[0], index, lexicon):
            return True
        # "they shot the men": people as the object suffered it too (not "shot a film");
        # "where they shot them": so does a pronoun for people, whatever it was resolved
        # to (a noun for people the lexicon lacks: "the shepherds").
        victims = [t for t in args.objects[:1] if t.dep_ == "dobj"]
        victims += [c for c in match.head.children if c.dep_ == "dobj" and c.pos_ == "PRON"]
        # "shot dozens of the villagers": a figure the recogniser counts ("dozens",
        # "scores") stands for the people its "of" phrase names.
        victims += [
            o
            for t in victims
            if t.ent_type_ == "CARDINAL"
            for p in t.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return args.agent is not None or any(
            is_people(t, index, lexicon) for t in [*sufferers[:1], *victims]
        )
    if needs == "doer_or_organization":
        # "the Front is founded in exile": what is founded names an organization.
        founded = [c for c in match.head.children if c.dep_ == "nsubjpass"]
        # "She founded a cooperative": a person, told by a pronoun, is a doer too.
        subject = subject_of(match.head)
        person = subject is not None and (
            subject.lower_ in lexicon.person_pronouns or subject.ent_type_ == "PERSON"
        )
        # "the movement was founded in 1968": a body named by its kind counts as one named.
        kinds = lexicon.organization_anaphors | lexicon.member_bodies
        # "The majority then founded a new party": what was founded names a body's kind.
        founded += [c for c in match.head.children if c.dep_ == "dobj"]
        return (
            args.agent is not None
            or person
            or any(t.lemma_.lower() in kinds for t in founded)
            or any(
                index.kind(i) == "organization" for i in filter(None, map(index.resolve, founded))
            )
        )
    if needs == "armed_with":
        # "the men came into the camp with torches and machetes": a way in, and arms.
        preps = [c for c in match.head.children if c.dep_ == "prep"]
        inward = any(p.lower_ in ("into", "upon", "through") for p in preps)
        arms = any(
            g.lemma_.lower() in lexicon.hand_weapons
            for p in preps
            if p.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj"
            for g in [o, *o.conjuncts]
        )
        return inward and arms
    if needs == "no_clause":
        # "the Front was established in 1971" founds a body; "investigators established
        # that the kidnappers had killed him" finds a fact: a clause is what it took.
        return not any(c.dep_ == "ccomp" for c in match.head.children)
    if needs == "people_acted_on":
        # "police beat the journalists", "they were beaten": not "Liverpool beat Chelsea".
        return any(is_people(t, index, lexicon) for t in args.objects[:2])
    if needs == "held_person":
        # "where he was held": a pronoun held refers back to the custody already told.
        held = [c for c in match.head.children if c.dep_ == "nsubjpass"]
        return any(
            is_people(t, index, lexicon) and t.lower_ not in lexicon.person_pronouns
            for t in held[:1]
        )
    if needs == "armed_agent":
        # "the 6th Indian Division fell back", "the garrison withdraws": the subject's own
        # head word may say it bears arms where the actor found is another name in it.
        # "the army of the Sultan was routed": the side a passive names bears arms, so the
        # fighting was armed whoever did it.
        subject = subject_of(match.head) if match.head.pos_ == "VERB" else None
        if subject is None and match.head.pos_ == "VERB":
            subject = next((c for c in match.head.children if c.dep_ == "nsubjpass"), None)
        armed_head = subject is not None and bool(
            {subject.lower_, subject.lemma_.lower()}
            & (lexicon.armed_words | lexicon.member_armed_words | lexicon.state_words)
        )
        # "Görgei routed the Austrian army": beating an armed side back is fighting, whoever
        # led it; an attack's word ("entered the army") joins it instead. A word that
        # already asks for an armed side acted on ("met the army") asks for an armed doer
        # as well: a king who meets an army reviews it.
        armed_side_beaten = (
            match.sense.type == "battle" and not match.sense.only_with_acted_on
        ) and any(
            t.dep_ == "dobj" and t.lemma_.lower() in _armed_side_words(lexicon)
            for t in args.objects[:1]
        )
        return (
            armed_head
            or armed_side_beaten
            or is_armed(index.entity(args.agent) if args.agent else None, lexicon)
        )
    if needs == "owned_act":
        speaker = index.entity(args.agent) if args.agent else None
        # "claimed responsibility, saying its fighters had ...": the claim, told once.
        elaborates = match.head.head.lemma_.lower() in lexicon.owning_verbs
        # An armed group or organization owns its attacks; "residents said they had ..."
        # may tell what others did.
        owner = speaker is not None and (
            speaker.kind == "organization"
            or is_armed(speaker, lexicon)
            or bool(set(speaker.name.lower().split()) & lexicon.organization_anaphors)
        )
        return (
            speaker is not None
            and owner
            and not elaborates
            and not is_state(speaker, lexicon)
            and any(_owns(c, lexicon) for c in match.head.children if c.dep_ == "ccomp")
        )
    if needs == "own_clause":
        return match.head.dep_ not in ("acl", "relcl")
    if needs == "blame_of_people":
        # "blamed the massacre on the Islamic State": the act blamed takes its doer from the
        # blame (blame_verbs); "the government blamed the Mujahedin" accuses them.
        acts = any(t.lemma_.lower() in lexicon.words for t in args.objects)
        return match.head.dep_ not in ("acl", "relcl") and not acts
    if needs == "office_object":
        return any(holds_office(t, lexicon) for t in args.objects[:2])
    if needs == "object":
        return bool(args.objects)
    if needs == "aimed":
        # "fired at the convoy"; "fired rubber bullets and tear gas": what was shot says
        # a shot was aimed, not "the minister was fired".
        loaded = any(crowd_control(t, lexicon) for t in args.objects)
        # "fired with unspecified weapons on the positions": the aim may hang on the
        # weapon the verb names.
        # A time is no aim: "the coach was fired on Monday".
        held = [g for c in match.head.children if c.dep_ == "prep" for g in c.children]
        return loaded or any(
            c.dep_ == "prep"
            and c.lower_ in lexicon.aim_prepositions
            and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
            for c in [*match.head.children, *(g for h in held for g in h.children)]
        )
    if needs == "road_object":
        agent = index.entity(args.agent) if args.agent else None
        roads = any(t.lower_ in lexicon.road_nouns for t in args.objects)
        return roads and not (agent is not None and is_state(agent, lexicon))
    if needs == "no_fugitive":
        subject = subject_of(match.head)
        return subject is None or subject.lemma_.lower() not in lexicon.fugitive_nouns
    if needs == "court_subject":
        subject = subject_of(match.head)
        return subject is not None and subject.lemma_.lower() in lexicon.court_nouns
    if needs == "counted_subject":
        # "Forty-one people died": a number of people is a toll; "the general died" is not.
        subject = subject_of(match.head)
        return subject is not None and _a_figure(subject)
    if needs in ("light_verb", "launched"):
        verb = match.head.head
        # The parser may read "hold 52 diplomats hostage" with the noun as the verb's
        # complement or adverbial; it is still what the verb takes.
        complements = (*OBJECTS, "oprd", "ccomp", "xcomp", "npadvmod", "advmod")
        launched = match.head.dep_ in complements and bool(verb_forms(verb) & lexicon.light_verbs)
        if needs == "light_verb":
            return launched
        # "Rockets were fired into the home": what a light verb's passive acts on;
        # "two rockets fired from across the border": the participle on the noun (or
        # the noun as its subject, as the parser may read the reduced clause).
        thrown = match.head.dep_ in ("nsubj", "nsubjpass") and bool(
            verb_forms(verb) & lexicon.light_verbs
        )
        thrown = thrown or any(
            c.dep_ == "acl" and verb_forms(c) & lexicon.light_verbs for c in match.head.children
        )
        # "A second missile hit the same area": a projectile that strikes was launched.
        landed = match.head.dep_ == "nsubj" and verb.lemma_.lower() in lexicon.impact_verbs
        return launched or thrown or landed or args.agent is not None
    if needs == "denial_object":
        # "a charge the group rejected": a relative clause's verb with no object of its own
        # acts on the noun the clause hangs on.
        rejected = list(args.objects)
        if match.head.dep_ == "relcl" and not any(c.dep_ in OBJECTS for c in match.head.children):
            rejected.append(match.head.head)
        return any(
            t.lemma_.lower() in lexicon.denial_objects | lexicon.denied_parts for t in rejected
        )
    if needs == "plain_object":
        # "announced a curfew": a light verb's event noun is the event told (light_verbs).
        # "the royal edict announcing new taxes": a participle describes the noun;
        # "announced the number of 1,300 killed": a figure given is a toll's source.
        objects = [c for c in match.head.children if c.dep_ == "dobj"]
        told = lexicon.words.keys() | argument_words().figure_nouns
        return (
            match.head.dep_ not in ("acl", "relcl")
            and bool(objects)
            and not any(t.lemma_.lower() in told for t in objects)
        )
    if needs == "joint_subject":
        subject = subject_of(match.head)
        return subject is not None and bool(subject.conjuncts)
    if needs == "organization_object":
        # "withdrew from the alliance": a body named by its kind counts as one named.
        left = [*args.objects, *phrase_objects(match)]
        if left_home(match, args, index, lexicon) or armed_leaving(match, args, index, lexicon):
            return True  # refine reads it as the displacement or the pull-back it is
        return any({t.lemma_.lower(), t.lower_} & lexicon.member_bodies for t in left) or any(
            index.kind(ident) == "organization"
            for ident in filter(None, (index.resolve(t) for t in left))
        )
    if needs == "place_object":
        destinations = [
            c
            for p in match.head.children
            if p.dep_ == "prep" and p.lower_ in ("to", "into", "toward", "towards")
            for c in p.children
            if c.dep_ == "pobj"
        ]
        # "retook it": a pronoun left after the place was named stands for the place.
        pronoun = any(t.lower_ in lexicon.place_pronouns for t in args.objects)
        # "aircraft struck what the military called a depot": what flies strikes from the air.
        subject = subject_of(match.head)
        flying = subject is not None and airborne(subject, lexicon)
        # "shells struck a hospital": a site that a projectile hits is a place too (people
        # who seize an embassy or a school take those inside; the act is theirs).
        projectile = subject is not None and not is_people(subject, index, lexicon)
        site = projectile and any(t.lemma_.lower() in lexicon.facility_nouns for t in args.objects)
        return (
            pronoun
            or flying
            or site
            or any(is_place(t, index, lexicon) for t in [*args.objects, *destinations])
        )
    if needs == "place_taken":
        # "rebels took the city", "took Herat": the place is what is taken, not where
        # something is taken to ("took the wounded to the town").
        taken = [c for c in match.head.children if c.dep_ == "dobj"]
        # "the bridge had been taken by the 9th Armored Division": a passive's place is
        # taken when armed men take it (not "the photo was taken by a reporter").
        if args.agent is not None and is_armed(index.entity(args.agent), lexicon):
            taken += [c for c in match.head.children if c.dep_ == "nsubjpass"]
        return any(is_place(t, index, lexicon) for t in taken[:1])
    if needs == "place_subject":
        # "the fort fell", "Kabul fell to the Taliban": a place as what falls, not prices.
        subject = subject_of(match.head)
        return subject is not None and is_place(subject, index, lexicon)
    return True


def _joined_own_act(head: Token, acts: set[int]) -> bool:
    """ "sepoys mutinied at Meerut, killed their officers and marched on Delhi": a weak verb
    joined to a stronger act that names no one it was done to, with people of its own
    acted on, is an act of its own, not that act's toll ("stormed the village and killed
    12 people" is the storming's toll: the storming acted on the village)."""
    if (
        head.pos_ != "VERB"
        or head.dep_ != "conj"
        or not any(c.dep_ == "dobj" for c in head.children)
    ):
        return False
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    # "shot and killed the mayor": verbs side by side over one object tell one act; the
    # first must tell something of its own first ("mutinied at Meerut").
    own_clause = any(
        first.i < c.i < head.i and c.dep_ not in ("cc", "punct", "conj") for c in first.children
    )
    return (
        own_clause
        and first.i in acts
        and not any(c.dep_ in ("dobj", "dative") for c in first.children)
    )


def _attempted(head: Token, lexicon: EventLexicon) -> bool:
    """ "foiled an attempt to kill the governor", "a plot to kill him": an attempt is no
    toll of another act; the act attempted is an event of its own (hypothetical)."""
    return head.dep_ in ("acl", "xcomp") and head.head.lemma_.lower() in lexicon.hypothetical


def _points_back(head: Token) -> bool:
    """ "claimed responsibility for the killing": a definite noun with nothing of its own
    to say what it was refers to an event told before ("the killing of three journalists"
    tells one)."""
    return (
        head.pos_ == "NOUN"
        and _definite(head)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def _counted_subject(head: Token, lexicon: EventLexicon) -> bool:
    """A toll told as its own news: "Fourteen of my comrades died", "nine people were
    killed" — a counted subject of the verb, with no act told beside it or just before
    whose toll it would be. Not "three died in the clashes", which counts the dead of
    an event it names, nor "the group said seven residents died", a side's figure for
    an event told elsewhere."""
    if head.pos_ != "VERB" or (head.dep_ == "ccomp" and head.head.lemma_.lower() in lexicon.report):
        return False
    if _in_an_unnamed_act(head):
        return False
    subject = subject_of(head)
    return subject is not None and _a_figure(subject)


def _in_an_unnamed_act(head: Token) -> bool:
    """ "three died in the clashes", "during the siege": the dead of an act the phrase
    names; not "in Kabul", "in Kabkabiya market", "in 1994", where and when they died."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and not o.ent_type_
        and not any(m.dep_ == "compound" and m.ent_type_ for m in o.children)
        for c in head.children
        for o in c.children
        if o.dep_ == "pobj"
    )


def _headline_death(head: Token, lexicon: EventLexicon) -> bool:
    """A note told in headline grammar: "Farmer killed in Selea.", "Trader killed in
    Kabkabiya market." Prose gives a singular noun a determiner and a passive its "was";
    a sufferer (:func:`headline_sufferers`) bare of both, opening its sentence, is one
    death told as its own news (the coded-data convention: one event per such note)."""
    if _in_an_unnamed_act(head) or head.lemma_.lower() not in lexicon.dying_words:
        return False
    return any(
        sufferer.i == sufferer.sent.start
        and sufferer.tag_ in ("NN", "NNP")
        and not sufferer.ent_type_
        and not any(c.dep_ in ("det", "poss", "nummod") for c in sufferer.children)
        for sufferer in headline_sufferers(head)
    )


def _a_figure(noun: Token) -> bool:
    """Is the noun a number or counted by one ("nine people", "forty-one")?"""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)


def _deaths_told_apart(draft: Draft, lexicon: EventLexicon) -> bool:
    """Does a clause that counts its dead set them apart from the act told just before
    ("two more planters had been killed on a neighbouring estate", "in a separate attack,
    four soldiers were killed")? Then they are the dead of an act of their own, not that
    act's toll. A date alone does not set them apart: "638 people were killed over the
    day", "nearly half the riders had been killed within twenty minutes" count the dead of
    the act told."""
    head = draft.match.head
    counted = any(c.dep_ in ("nsubj", "nsubjpass") and _a_figure(c) for c in head.children)
    return counted and any(t.lemma_.lower() in lexicon.separating_words for t in head.subtree)


def _toll_of_named_act(
    head: Token, acts: set[int], lexicon: EventLexicon, *, own_doer: bool
) -> bool:
    """ "52 civilians killed in the bombardment", "including those killed in the 1988
    massacre", "killed 60 insurgents in three days of fighting": a death told "in" or
    "during" an act the sentence names is that act's toll, not an act of its own; the
    act is either told in the sentence (``acts``, the heads of its stronger triggers) or,
    named with "the", one the reader already knows of, when no doer of the death's own
    is named ("the kidnappers had killed his driver during the abduction" is an act of
    its own). "Killed in an attack" with no attack told keeps the killing, as nothing
    else would tell it."""
    named = [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for o in c.children
        if o.dep_ == "pobj"
        for g in [o, *_of_objects(o)]
    ]
    return _clause_on_act_phrase(head, acts, lexicon) or any(
        t.i in acts or (not own_doer and _definite(t) and t.lemma_.lower() in lexicon.words)
        for t in named
    )


# Entity labels of places, which kill no one: a clause hung on one tells another's act.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _clause_on_act_phrase(head: Token, acts: set[int], lexicon: EventLexicon) -> bool:
    """ "A grenade attack on a bus station in the town that killed six traders": a
    relative clause the parser hung on a place inside an act noun's phrase (or on the
    act noun itself) tells what the act did, its toll; a town kills no one."""
    if head.dep_ != "relcl":
        return False
    antecedent = head.head
    if antecedent.i not in acts and not (
        antecedent.ent_type_ in PLACE_LABELS or antecedent.lemma_.lower() in lexicon.town_nouns
    ):
        return False
    token = antecedent
    while token.i not in acts and token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
    return token.i in acts


def _staged(head: Token, lexicon: EventLexicon) -> bool:
    """ "The vote was held on 4 March", "carried out a killing": a weak noun that a verb of
    staging takes is an act of its own, not "40 per cent of the vote"."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ in ("dobj", "nsubjpass")
        and head.head.lemma_.lower() in lexicon.staging_verbs
    )


def _counted_victims(head: Token) -> bool:
    """ "ordered the killing of three journalists": a killing noun that counts whom it
    killed tells one act, where "the killing" alone refers to one told before."""
    return head.pos_ == "NOUN" and any(_a_figure(o) for o in _of_objects(head))


def _toll_family(sense: TriggerSense) -> str:
    """Acts that may leave one another's dead: all violence, the state's included, and a
    riot ("a crowd stormed the tram depot; at least 14 people were killed")."""
    riot = (sense.type, sense.subtype) == ("protest", "riot")
    return "violence" if sense.type in VIOLENT_TYPES or riot else sense.type


def _hostages_taken_where_stormed(step: Draft, acts: list[Draft]) -> None:
    """ "stormed the National Palace and took 1,500 people hostage": the storming is the
    way into the hostage-taking joined to it, and the building stormed is what that
    act struck, its target as much as the people held."""
    head = step.match.head
    for act in acts:
        taking = act.match.head
        joined = taking.dep_ == "conj" and taking.head.i == head.i
        if joined and act.match.sense.subtype == "hostage_taking":
            act.actors += [a for a in step.actors if a[1] == "target" and a not in act.actors]


def _claimed_toll(head: Token, lexicon: EventLexicon) -> bool:
    """ "militants claimed to have killed 41": a toll a side claims for an act told
    elsewhere, not an act of its own (a weak word, as the infinitive of a verb of saying)."""
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in lexicon.report


def _reported_toll(draft: Draft, earlier: list[Draft], lexicon: EventLexicon) -> bool:
    """ "Troops opened fire on a crowd ... The government said 169 people had died": a
    count of the dead that a speaker gives, with no date of its own, after an act of
    violence was told, is a side's figure for that act's toll, not an act of its own."""
    head = draft.match.head
    said = head.dep_ == "ccomp" and head.head.lemma_.lower() in lexicon.report
    subject = subject_of(head) if said else None
    counted = subject is not None and _a_figure(subject)
    return (
        counted
        and not draft.own_date
        and any(act_family(d.match.sense.type) in ("violence", "repression") for d in earlier)
    )


def _absent(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """A trigger noun under "without" says the event did not happen ("hanged without trial")."""
    head = match.head
    return head.dep_ == "pobj" and head.head.lower_ in lexicon.absence_prepositions


def _term_of_a_sentence(match: TriggerMatch) -> bool:
    """ "sentenced him to three years in solitary confinement", "condemned to exile": the
    punishment a court hands down is part of its sentence, not an act told of its own."""
    token = match.head
    if token.pos_ != "NOUN":
        return False
    sentencing = argument_words().sentencing_verbs
    while token.head.i != token.i and token.pos_ != "VERB":
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "to"
            and token.head.head.lemma_.lower() in sentencing
        ):
            return True
        token = token.head
    return False


def _conditional(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """A trigger in a clause of condition ("unless it withdrew its troops", "if rebels
    attack the city") tells what may happen, not an act that took place: the noun's
    clause is its verb's ("if the strike goes ahead")."""
    clause = match.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return any(c.dep_ == "mark" and c.lower_ in lexicon.conditions for c in clause.children)


def _generic_mention(
    match: TriggerMatch,
    args: Arguments,
    dated: bool,
    places: list[tuple[int, int, Entity]],
    lexicon: EventLexicon,
) -> bool:
    """A bare noun with no actor, name, date or place ("the elections") refers to events;
    it does not report one. An indefinite noun wherever it stands ("A bomb caused slight
    damage", "after a rally turned violent"), a counted one ("Two rockets were fired"),
    what a doer acts on ("postponed municipal polls"), one with a toll ("Clashes left 14
    dead") or one said to break out ("Riots broke out") introduces a particular event."""
    if match.head.pos_ != "NOUN" or match.name is not None or args.actors or dated:
        return False
    if match.sense.needs == "light_verb":
        return False  # "held 52 diplomats hostage": a doer's verb takes it, as its need asked
    head = match.head
    # "after a rally turned violent", "called for a boycott of imported beef": an event
    # introduced, as the object of a preposition too; not "the threat of an attack",
    # which names a kind, "dismissed it as an attack on sovereignty", which likens, or
    # "were involved in a full-scale battle", which sums up a war.
    introduced = any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nummod" for c in head.children
    )
    likened = head.dep_ == "pobj" and head.head.lower_ in ("of", "as", "in")
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and introduced and not likened:
        return False
    described = any(c.dep_ in ("amod", "compound", "prep") for c in head.children)
    pointing = _definite(head) or any(
        c.dep_ == "det" and c.lower_ in ("these", "those") for c in head.children
    )
    if (
        head.dep_ == "dobj"
        and (described or not pointing)
        and subject_of(head.head) is not None
        and head.head.lemma_ not in ("be", "have")
    ):
        # "postponed municipal polls", "promised elections within two years": what a doer
        # acts on is a particular event, done, put off or planned. A bare definite noun
        # ("condemned the raid", "these attacks") points back to one told before.
        return False
    if match.head.dep_ == "nsubj" and match.head.head.lemma_.lower() in lexicon.toll_verbs:
        return False  # "Clashes left 14 dead": what has a toll of its own happened
    if match.head.dep_ == "nsubj" and match.head.head.lemma_.lower() in lexicon.onset_verbs:
        return False  # "Riots broke out in the capital": what broke out happened
    if _counted(match.head, lexicon):
        return False  # "mounted dozens of raids", "recorded 26 drone strikes": events counted
    if match.end - match.start != len(match.head):
        return False
    if any(c.dep_ in ("relcl", "acl") for c in match.head.children):
        return False  # "the riot that followed": a particular event
    if any(_particular(t) for t in _of_objects(match.head)):
        return False  # "the storming of the Bastille", "the siege of Sarajevo"
    subtree = list(match.head.subtree)
    low, high = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
    return not any(low <= start and end <= high for start, end, _ in places)


def _of_objects(head: Token) -> list[Token]:
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _particular(noun: Token) -> bool:
    """A noun that names one thing: a name, or a singular noun made definite ("the
    archbishop", "its leader", "the city"), not people or things in general ("of civilians")."""
    if noun.dep_ != "pobj":
        return False
    if noun.pos_ == "PROPN":
        return True
    definite = any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in noun.children
    )
    return definite and noun.tag_ == "NN"


def _counted(head: Token, lexicon: EventLexicon) -> bool:
    """A plural event noun with a number ("26 strikes") or a quantity ("dozens of raids");
    not "the number of arrests", which counts what a source reports, not events told."""
    if head.tag_ != "NNS":
        return False
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return (
        of is not None
        and of.head.lemma_.lower() in lexicon.collective_nouns
        and not _definite(of.head)
    )


def _summary(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """A plural event noun that sums up events told elsewhere ("the two operations were: ...")."""
    head = match.head
    return (
        match.name is None
        and head.tag_ == "NNS"
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in lexicon.summary_verbs
    )


def _classing(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """An event noun that classes the act its verb's subject tells ("the killings constituted
    genocide", "amounted to a massacre"), or the act a pronoun points back to ("It was the
    fourth attack on the pipeline this year"): a name for that act, not an act of its own."""
    head = match.head
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if match.name is not None or head.pos_ != "NOUN":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = argument_words()
    pointing = words.event_pronouns | words.anaphoric_determiners
    return (
        head.dep_ in ("dobj", "attr", "oprd", "pobj")
        and verb.lemma_.lower() in lexicon.classing_verbs
        and bool(subjects)
    ) or (
        head.dep_ == "attr"
        and verb.lemma_.lower() == "be"
        and any(s.pos_ == "PRON" and s.lower_ in pointing for s in subjects)
    )


def _split(draft: Draft, index: EntityIndex) -> list[Draft]:
    """One draft per victim or place where the text lists several."""
    subtype = draft.match.sense.subtype
    if subtype in SPLIT_BY_VICTIM:
        role_to_split = "victim"
    elif subtype in SPLIT_BY_PLACE:
        role_to_split = "target"
    else:
        return [draft]
    # An unnamed thing ("the central post office") is no place of its own to map to,
    # people told by a common noun ("my grandfather and two neighbours") are one group
    # taken together, not victims the text tells apart by name, and people harmed in a
    # taking ("sacked the city, killing ... its inhabitants") are no second place taken.
    listed = [
        (i, r)
        for i, r in draft.actors
        if r == role_to_split
        and not index.is_thing(i)
        and (role_to_split != "victim" or index.is_named(i))
        and (role_to_split != "target" or index.kind(i) in TAKEN_GROUND)
    ]
    if len(listed) < 2:
        return [draft]
    rest = [a for a in draft.actors if a not in listed]
    drafts = []
    for ident, role in listed:
        place = index.entity(ident) if subtype in SPLIT_BY_PLACE else None
        drafts.append(
            Draft(
                draft.match,
                draft.sent,
                draft.sentence_index,
                draft.args,
                [*rest, (ident, role)],
                dated=draft.dated,
                own_date=draft.own_date,
                where_entity=place,
            )
        )
    return drafts


def _dated_in_clause(head: Token, sent: Span, timexes: Sequence[Timex]) -> bool:
    """Does a date of the sentence sit in the trigger's own clause (no other predicate between)?"""
    for timex in timexes:
        if not _calendar_date(timex) or not sent.start_char <= timex.span[0] < sent.end_char:
            continue
        span = sent.doc.char_span(*timex.span, alignment_mode="expand")
        if span is not None and len(span) and predicates_between(head, span.root) == 0:
            return True
    return False


def _calendar_date(timex: Timex) -> bool:
    """A date that places an event: not TimeML's vague "now", "recently" or "in future"
    (PRESENT_REF, PAST_REF, FUTURE_REF), which date the telling, not the act told. A
    TIME with its day ("on Monday afternoon", 2023-06-12TAF) places it as its DATE
    would; one without ("at noon", "in the evening") does not."""
    if timex.type == "TIME":
        return timex.earliest is not None
    return timex.type == "DATE" and not timex.value.endswith("_REF")


def _same_kind(event: Event, draft: Draft, lexicon: EventLexicon) -> bool:
    """Could a re-mention refer to this event: the same subtype, or the same trigger word.

    A word for killing ("the massacre", "the killings") may re-mention any lethal
    violence, whoever did it.
    """
    sense = draft.match.sense
    killing = draft.match.head.lemma_.lower() in lexicon.killing_triggers
    if killing and event.type in VIOLENT_TYPES and sense.type in VIOLENT_TYPES:
        return True
    if act_family(event.type) != act_family(sense.type):
        return False
    same_word = _same_word(event, draft)
    same_subtype = sense.subtype is not None and event.subtype == sense.subtype
    # "stormed the camp ... The raid began": violence is re-mentioned under many names;
    # a word for no subtype ("the unrest") may re-mention any event of its type.
    return (
        same_word or same_subtype or sense.subtype is None or act_family(sense.type) == "violence"
    )


def _same_word(event: Event, draft: Draft) -> bool:
    """Is the draft's word the event's trigger word again ("bombed ... the bombing")?
    Compared by lemma as well as by spelling, so that irregular forms meet ("shot" and
    "the shooting", "blew up" and "blown up")."""
    head = draft.match.head
    stem = head.lemma_.lower()[:5]
    trigger = head.doc.char_span(*event.trigger.span, alignment_mode="expand")
    lemmas = [t.lemma_.lower() for t in trigger] if trigger is not None else []
    return event.trigger.text.lower().startswith(stem) or any(
        lemma.startswith(stem) for lemma in lemmas[:1]
    )


def _definite(head: Token) -> bool:
    """ "the arrest", "this attack", and a possessor's "his arrest", "Mr Sokal's detention":
    a noun that points to an act the reader knows of."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in head.children
    )


def _is_remention(draft: Draft, lexicon: EventLexicon, index: EntityIndex) -> bool:
    """ "the attack", "this operation": a definite noun that points back to an event.

    It may name who did it ("X, which authorities blamed for the bombing"), but
    nothing done to anyone (that would make it an event of its own, keyed on them),
    and no date of its own, unless its clause only describes it or counts its dead:
    the date of "The massacre was the deadliest this year" or "19 had died in the
    unrest by the end of the month" is not the event's. One said to follow the
    event ("the clashes that followed") is the next event, not this one again.
    """
    head = draft.match.head
    judged = _judged(head, lexicon)
    # An unnamed thing it was done to ("the attack on the checkpoint") keeps it a pointer;
    # so does whom it was done to, for an act judged with no date of its own ("sentenced
    # for the murder of the journalist Hrant Dink"): a court judges an act told before.
    only_doers = (judged and not draft.own_date) or all(
        r in ("agent", "supporter") or index.is_thing(i) for i, r in draft.actors
    )
    described = head.dep_ == "nsubj" and head.head.lemma_.lower() == "be"
    counted = (
        head.dep_ == "pobj"
        and head.head.lower_ in ("in", "during")
        and head.head.head.lemma_.lower() in lexicon.casualty_verbs
    )
    # "The clashes that followed left two dead": what came after is another event.
    later = any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lexicon.sequel_verbs
        for c in head.children
    )
    return (
        head.pos_ == "NOUN"
        and not later
        and draft.match.name is None
        and only_doers
        and (described or counted or judged or not draft.own_date)
        and _definite(head)
    )


def _judged(head: Token, lexicon: EventLexicon) -> bool:
    """Is the noun what a conviction, charge, arrest, accusation or protest is for ("were
    convicted of the bombing on 4 May", "arrested over the killing", "drivers protested on
    Monday over the attack")? The date is the judgment's, the doers named are those
    judged, and the act is the one told before."""
    if head.dep_ != "pobj":
        return False
    sense = lexicon.words.get(head.head.head.lemma_.lower())
    if sense is not None and sense.type in ("legal", "repression", "statement", "protest"):
        return True
    # "convicted three men of the murder": a court's or the state's act, whose charge the
    # parser hung on those it judges; not a claim ("claimed responsibility for the raid"),
    # whose speaker is no doer of the act it claims.
    judging = _judging_word(head)
    sense = lexicon.words.get(judging.lemma_.lower())
    return judging.i != head.head.head.i and sense is not None and sense.type in COURT_TYPES


def _judging_word(head: Token) -> Token:
    """The word the preposition over a noun hangs on ("sentenced ... for the murder"): the
    verb, where the parser hangs a charge on those it judges ("convicted three men of the
    murder", parsed on "men")."""
    judging = head.head.head
    if judging.dep_ == "dobj" and head.head.lower_ in anchor_words().charge_prepositions:
        return judging.head
    return judging


def _answers_told_act(draft: Draft, lexicon: EventLexicon) -> bool:
    """Does a violent verb act on a definite violent noun ("repelled the attack",
    "repulsed the assault")? The noun points back to an act told; the verb tells the
    other side's part in it, not a second act."""
    head = draft.match.head
    if head.pos_ != "VERB" or act_family(draft.match.sense.type) != "violence":
        return False
    for child in head.children:
        sense = lexicon.words.get(child.lemma_.lower())
        if (
            child.dep_ == "dobj"
            and sense is not None
            and act_family(sense.type) == "violence"
            and _definite(child)
        ):
            return True
    return False


def _fights_back(draft: Draft, lexicon: EventLexicon) -> bool:
    """Is the clause the other side's answer in a fight ("The officers returned fire",
    "soldiers fought back"), told at no place of its own? It tells the clash just told,
    from the side attacked; "returned fire with grenade launchers near Yasynuvata" tells
    where an exchange of its own was, and stays one."""
    head = draft.match.head
    if head.pos_ != "VERB" or act_family(draft.match.sense.type) != "violence":
        return False
    words = anchor_words()
    given_back = words.reply_objects.get(head.lemma_.lower(), frozenset())
    answers = any(
        (c.dep_ in ("advmod", "prt") and c.lower_ in words.reply_adverbs)
        or (c.dep_ in OBJECTS and c.lemma_.lower() in given_back)
        for c in head.children
    )
    own_place = any(
        t.dep_ == "prep"
        and t.lower_ in lexicon.locative_prepositions
        and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children)
        for t in head.subtree
    )
    return answers and not own_place and not draft.own_date


def _fought_by_both_sides(attacked: Event) -> Event:
    """An armed assault the side attacked fought back in is a clash, not a one-sided attack;
    an assault of another kind (a bombing, a hostage-taking) keeps its reading."""
    if attacked.type == "attack" and attacked.subtype in (None, "armed_assault"):
        return attacked.model_copy(update={"type": "battle", "subtype": "clash"})
    return attacked


def _defends_told_act(draft: Draft, lexicon: EventLexicon) -> bool:
    """Is the clause a fight told from the side attacked: a definite garrison or its
    defenders ("the garrison held out", "the defenders fell back") that fights no other
    side named, by object or by a "with" or "against" phrase? Its act is the one told."""
    head = draft.match.head
    if head.pos_ != "VERB" or draft.match.sense.label != "battle/clash":
        return False
    if any(c.dep_ in OBJECTS for c in head.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in head.children):
        return False
    subject = subject_of(head)
    return (
        subject is not None
        and _definite(subject)
        and subject.lemma_.lower() in lexicon.military_targets
    )


def _denied_content(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is the trigger an act a denial says nobody did ("denied that any armed group had
    attacked the station", "denied that anyone had fired")? The denial is the event; an
    act denied of no one in particular is told by nobody as having happened. A denial
    of a particular act ("denied that its forces had opened fire") keeps it: others
    tell it, and the record keeps it as denied."""
    head = match.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in lexicon.denying_verbs:
        return False
    subject = subject_of(head)
    if subject is None:
        return False
    return subject.lower_ in ("anyone", "anybody", "anything") or any(
        c.dep_ == "det" and c.lower_ == "any" for c in subject.children
    )


def _habitual(head: Token, lexicon: EventLexicon) -> bool:
    """Does a relative clause on an actor tell a habit ("which has targeted security
    forces in the province for years", "a gang that regularly robs buses") rather than
    an act? Such a clause describes the actor; it reports no particular event."""
    if head.dep_ != "relcl" or head.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lexicon.habitual_adverbs for c in head.children):
        return True
    perfect = any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
        for c in head.children
    )
    spans = any(
        p.dep_ == "prep"
        and p.lower_ in ("for", "over", "since")
        and any(o.lemma_.lower() in lexicon.habitual_spans for o in p.children)
        for p in head.children
    )
    return perfect and spans


def _owns(clause: Token, lexicon: EventLexicon) -> bool:
    """Does a clause said tell the speaker's own violent act: "it had carried out the
    attack", "its fighters killed dozens of soldiers"?"""
    # Done, not promised: "they would attack corruption" owns nothing.
    if clause.lemma_.lower() not in lexicon.owned_act_verbs or clause.tag_ not in ("VBD", "VBN"):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return any(
        s.lower_ in lexicon.speaker_pronouns
        or any(c.dep_ == "poss" and c.lower_ in lexicon.speaker_pronouns for c in s.children)
        for s in subjects
    )


def _spoils_of(draft: Draft, taking: Event, lexicon: EventLexicon) -> bool:
    """Is what the draft plunders or burns the town the taking's own words name, pointed
    back to: by the same noun ("stormed the city ... plundered the city"), or by a word
    for a town after its name ("stormed Magdeburg ... plundered the town")?"""
    start, end = taking.span
    told = list(draft.match.head.doc.char_span(start, end, alignment_mode="expand") or ())
    places = {t.lemma_.lower() for t in told if t.pos_ in ("NOUN", "PROPN")}
    named_town = any(t.ent_type_ == "GPE" for t in told)
    # the verb's own object, before it was resolved to the place's name
    objects = [*draft.args.objects, *(c for c in draft.match.head.children if c.dep_ == "dobj")]
    # a town sacked, not a post or a bridge burned after it was taken, an act of its own
    return any(
        _definite(t)
        and t.lemma_.lower() in lexicon.town_nouns
        and (t.lemma_.lower() in places or named_town)
        for t in objects
    )


def _denial_retold(draft: Draft, lexicon: EventLexicon) -> bool:
    """ "..., a charge the movement denied. Its spokesman dismissed the accusations as
    fabricated.": a denial of what was said before ("the accusations"), by a speaker told
    by a pronoun ("it", "its spokesman"), is the denial just told, told again."""
    head = draft.match.head
    subject = subject_of(head) if head.pos_ == "VERB" else None
    if subject is None:
        return False
    by_pronoun = subject.pos_ == "PRON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children
    )
    return by_pronoun and any(
        t.lemma_.lower() in lexicon.denial_objects and _definite(t) for t in draft.args.objects
    )


def _pronoun_retelling(draft: Draft, lexicon: EventLexicon) -> bool:
    """ "Father was arrested on a Tuesday. Two men came and took him away": a verb whose
    only object is a personal pronoun, with no date of its own, tells again the act just
    told of its kind; acting on someone named, or dated, it is an act of its own."""
    objects = draft.args.objects
    return (
        draft.match.head.pos_ == "VERB"
        and not draft.own_date
        and bool(objects)
        and all(t.lower_ in lexicon.person_pronouns for t in objects)
        and not any(r in ("victim", "target") for _, r in draft.actors)
    )


def _agrees(event: Event, draft: Draft) -> bool:
    """A re-mention names no doer other than the event's own (when both name one)."""
    told = {a.entity for a in event.actors if a.role == "agent"}
    named = {i for i, r in draft.actors if r == "agent"}
    return not told or not named or bool(told & named)


def _harmed_alike(event: Event, draft: Draft, index: EntityIndex) -> bool:
    """Does a re-mention name no one harmed other than the event's own (when both name
    someone, not a thing)? "the murder of Hrant Dink" may be "he was shot dead outside his
    office", not a killing of somebody else."""
    harmed = ("victim", "target")
    told = {a.entity for a in event.actors if a.role in harmed and not index.is_thing(a.entity)}
    named = {i for i, r in draft.actors if r in harmed and not index.is_thing(i)}
    return not told or not named or bool(told & named)


def _same_side(event: Event, draft: Draft, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """Are the doers of both tellings of one side, the state's forces or not ("police killed
    eight youths ... Witnesses described officers dragging young men out", "gunmen raided
    the village ... the attackers set fire to 40 homes"), though named by other words?"""
    told = [index.entity(a.entity) for a in event.actors if a.role == "agent"]
    named = [index.entity(i) for i, r in draft.actors if r == "agent"]
    sides = {e is not None and is_state(e, lexicon) for e in [*told, *named]}
    return bool(told) and bool(named) and len(sides) == 1


def _struck_back(event: Event, draft: Draft, index: EntityIndex) -> bool:
    """Does the draft harm those who did the event, named only as its doers ("militants
    stormed the camp ... The army said its troops had killed 25 of the attackers")? The
    side attacked tells its own part in the one fight. A fight that moved on ("pursued the
    attackers toward the border and killed 12 of them") is a fight of its own."""
    if not any(a.role == "agent" for a in event.actors):
        return False
    head = draft.match.head
    verbs = [head, head.head] if head.dep_ == "conj" else [head]
    if any(t.dep_ == "prep" and t.lower_ in MOVE_PREPOSITIONS for v in verbs for t in v.subtree):
        return False
    harmed = [index.entity(i) for i, r in draft.actors if r in ("victim", "target")]
    heads = {e.name.lower().split()[-1] for e in harmed if e is not None and e.name.split()}
    return bool(heads & anchor_words().attacker_nouns)


def _victims_told_again(event: Event, draft: Draft, index: EntityIndex) -> bool:
    """ "Troopers attacked some 600 marchers on the bridge. Dozens of marchers were beaten
    with clubs": a passive of the same kind, with no doer and no date of its own, done to
    those the act just told harmed (named by the same head word), tells how that act
    went; not a killing after an arrest ("He was shot dead a year later")."""
    head = draft.match.head
    if (
        draft.own_date
        or draft.match.sense.type != event.type
        or event.subtype == "arrest"
        or head.pos_ != "VERB"
        or not any(c.dep_ == "nsubjpass" for c in head.children)
        or any(r == "agent" for _, r in draft.actors)
    ):
        return False
    return _named_again(event, draft, index, roles=("victim", "target"))


def _named_again(
    event: Event, draft: Draft, index: EntityIndex, roles: tuple[str, ...] = ("agent",)
) -> bool:
    """Does the draft name its doer (or whom it harmed, by ``roles``) by the head word of
    the event's ("a former police officer ... the officer fired five times")?"""
    told = [index.entity(a.entity) for a in event.actors if a.role in roles]
    named = [index.entity(i) for i, r in draft.actors if r in roles]
    heads = {e.name.lower().split()[-1] for e in told if e is not None and e.name.split()}
    return any(e is not None and e.name.lower().split()[-1:] == [h] for e in named for h in heads)


def _dedupe_key(draft: Draft, index: EntityIndex) -> tuple[str, ...] | None:
    """What makes two drafts one event: its name, or its type with whom it was done to.

    An unnamed thing ("an army checkpoint", "the radio station") is no identity:
    two attacks on "a checkpoint" are two attacks, and "the attack on its radio
    station" after a bombing is a re-mention, judged as one.
    """
    sense = draft.match.sense
    if draft.match.name:
        return (sense.type, "name", " ".join(draft.match.name.lower().split()))
    done_to = sorted(
        i for i, r in draft.actors if r in ("victim", "target") and not index.is_thing(i)
    )
    if done_to:
        return (sense.type, sense.subtype or "", *done_to)
    return None


def extract_events(
    doc: Doc,
    *,
    entities: Sequence[Entity],
    mentions: Sequence[Mention],
    timexes: Sequence[Timex],
    claims: Sequence[Claim],
    skip: Sequence[tuple[int, int]] = (),
    lexicon: EventLexicon | None = None,
    typing_fallback: bool = True,
) -> EventsResult:
    """Find every event the document reports and fill it from the other extractors' output.

    ``skip`` holds spans that report no events (the document's references).
    ``typing_fallback`` lets the statistical model choose among a trigger's readings.
    """
    lexicon = lexicon or load_lexicon()
    typing = load_typing_model() if typing_fallback else None
    if not doc.has_annotation("DEP"):
        return EventsResult(events=[], claims=list(claims))
    mentions = _not_dates(mentions, timexes)
    index = EntityIndex({e.id: e for e in entities}, list(mentions), lexicon)
    named = [
        (m.span[0], m.span[1], index.entities[m.entity])
        for m in mentions
        if m.entity and m.entity in index.entities
    ]
    places = [
        p
        for p in named
        if p[2].kind in ("place", "facility") and not _word_of_a_longer_name(doc, *p)
    ]
    places = sorted(places + located_names(doc, named, lexicon))
    drafts: list[Draft] = []
    pointers: list[Draft] = []
    told: dict[str, TriggerSense] = {}
    date_starts = sorted(t.span[0] for t in timexes if _calendar_date(t))
    place_starts = [a for a, _, _ in places]
    place_tokens = _tokens_of(doc, places)
    told_before = False
    for n, sent in enumerate(doc.sents):
        dated = _any_between(date_starts, sent.start_char, sent.end_char)
        found: list[Draft] = []
        matches = find_triggers(sent, lexicon, told)
        if _violence_near(matches, drafts, n) and not _strike_near(matches, drafts, n):
            matches = sorted(
                matches + _property_destroyed(sent, matches, lexicon), key=lambda m: m.start
            )
        for match in matches:
            if any(a <= match.start < b for a, b in skip):
                continue
            args = find_arguments(match, index, lexicon)
            if civilian_reading(match, lexicon):
                args = find_arguments(match, index, lexicon)
            own_dated = dated and _dated_in_clause(match.head, sent, timexes)
            if not _passes_needs(match, args, index, lexicon, dated=dated, own_dated=own_dated):
                if not (
                    people_reading(match, args, index, lexicon)
                    or denial_reading(match, lexicon)
                    or _removal_reading(match, index, lexicon)
                ):
                    continue
                args = find_arguments(match, index, lexicon)
            if (
                _summary(match, lexicon)
                or _absent(match, lexicon)
                or _classing(match, lexicon)
                or _term_of_a_sentence(match)
            ):
                continue
            if _conditional(match, lexicon):
                continue
            if _generic_mention(match, args, dated, places, lexicon):
                # "14,000 were killed during the siege": no event of its own, but it
                # ties its sentence (and the toll told there) to the siege told before.
                if _definite(match.head):
                    pointers.append(Draft(match, sent, n, args, [], pointer=True))
                continue
            if done_by_nobody(match, lexicon) or is_period(match.head, timexes):
                continue
            if _denied_content(match, lexicon) or _habitual(match.head, lexicon):
                continue
            # "soldiers broke up a demonstration": a protest that the state's forces act on
            # takes no reading from the sentence's violence, which is theirs.
            acted_on = (
                match.sense.type == "protest"
                and match.head.dep_ in OBJECTS
                and match.head.head.lemma_.lower() in lexicon.intervention_verbs
            )
            match.sense = weapon_reading(match, lexicon) or (
                match.sense if acted_on else context_reading(match.sense, sent, typing, lexicon)
            )
            match.sense = refine(match, args, index, lexicon)
            match.sense = exchange(match.sense, sent, lexicon)
            if args.agent is None and any(
                d.match.sense.subtype in anchor_words().coercion_subtypes for d in found
            ):
                match.sense = _coerced_burning(match, lexicon)
            found.append(
                Draft(match, sent, n, args, list(args.actors), dated=dated, own_date=own_dated)
            )
        steps = approach_steps(found, lexicon, place_tokens)
        found = [d for d in found if d not in steps]
        for step in steps:
            _hostages_taken_where_stormed(step, found)
        entries = [d for d in found if taking_entry(d, found, lexicon, place_tokens)]
        for entry in entries:
            kind, _, subtype = anchor_words().entered_town_reading.partition("/")
            entry.match.sense = replace(
                entry.match.sense, type=cast(EventType, kind), subtype=subtype or None
            )
        strong = [d for d in found if not d.match.sense.weak]
        # A weak word is an event of its own when it has a doer of its own (a stronger
        # trigger's doer makes it that event's toll: "militants attacked, killing 11"),
        # or when its sentence tells nothing stronger but dates and places it: a raid
        # told only through its toll.
        located = any(
            b <= sent.end_char
            for _, b, _ in places[
                bisect_left(place_starts, sent.start_char) : bisect_left(
                    place_starts, sent.end_char
                )
            ]
        )
        # The doer of a step ("soldiers entered the village and killed 200") did the act.
        strong_doers = {d.args.agent for d in [*strong, *steps]}
        # A weak word is the toll of a stronger act of its own kind ("attacked the village,
        # killing 11"; "opened fire on the crowd, killing 3"), not of a sentence's arrest,
        # trial or denial ("arrested two men over the killing of a councillor").
        kinds = {
            _toll_family(d.match.sense)
            for d in strong
            if d.match.sense.subtype not in NONLETHAL_SUBTYPES
        }
        acts = {d.match.head.i for d in strong}
        weak = [
            d
            for d in found
            if d.match.sense.weak
            and not _claimed_toll(d.match.head, lexicon)
            and not _reported_toll(d, drafts, lexicon)
            and not _toll_of_named_act(
                d.match.head, acts, lexicon, own_doer=d.args.agent is not None
            )
            # "the vote was held on 4 March" tells the vote, though "the" may point back
            and (not _points_back(d.match.head) or _staged(d.match.head, lexicon))
            and (
                _attempted(d.match.head, lexicon)
                or _staged(d.match.head, lexicon)
                or (d.args.agent and d.args.agent not in strong_doers)
                or _joined_own_act(d.match.head, acts)
                # "troops entered the town and killed dozens": the town's people killed
                or any(
                    d.match.head.dep_ == "conj" and d.match.head.head.i == e.match.head.i
                    for e in entries
                )
                or killed_in_custody(d, strong, lexicon)
                or killed_later_in_custody(d, drafts)
                or (dated and located and _toll_family(d.match.sense) not in kinds)
                or (
                    (
                        _counted_subject(d.match.head, lexicon)
                        or _counted_victims(d.match.head)
                        or _headline_death(d.match.head, lexicon)
                    )
                    and not told_before
                    and _toll_family(d.match.sense) not in kinds
                )
                or (_deaths_told_apart(d, lexicon) and _toll_family(d.match.sense) not in kinds)
            )
        ]
        # Whether the sentence told an act whose toll the next sentence may count ("two
        # mobs clashed. 1 killed, 7 injured.").
        told_before = bool(strong or steps)
        for draft in strong + weak:
            drafts.extend(_split(draft, index))
    drafts = sorted(drop_redescriptions(drafts, lexicon) + pointers, key=lambda d: d.match.start)

    events: list[Event] = []
    seen: dict[tuple[str, ...], int] = {}
    told_in: list[int] = []  # the sentence each event was first told in
    for draft in drafts:
        if draft.pointer:
            same_word = [i for i, e in enumerate(events) if _same_word(e, draft)]
            if same_word:
                kept = events[same_word[-1]]
                again = _build_event(draft, kept.id, index, places, timexes, lexicon, others=[])
                events[same_word[-1]] = _merge_tellings(kept, again)
            continue
        key = _dedupe_key(draft, index)
        if key not in seen and _is_remention(draft, lexicon, index):
            earlier = [
                i
                for i, e in enumerate(events)
                if _same_kind(e, draft, lexicon)
                and (
                    # the act judged was told before the verb that judges it ("after he was
                    # shot dead ..., a court sentenced nine men for the murder"), by whoever
                    # the judgment names, done to no one else
                    e.trigger.span[1] <= _judging_word(draft.match.head).idx
                    and _harmed_alike(e, draft, index)
                    if _judged(draft.match.head, lexicon)
                    else _agrees(e, draft)
                )
            ]
            if earlier:
                key = ("remention", str(earlier[-1]))
                seen[key] = earlier[-1]
        fought_back = key is None and bool(events) and _fights_back(draft, lexicon)
        if key is None and events and (fought_back or _answers_told_act(draft, lexicon)):
            # "Separatists attacked the station. Officers repelled the attack.", "The
            # officers returned fire": the other side's answer to the act just told is
            # that act, told again; fire returned makes it a fight of two armed sides.
            violent = [i for i, e in enumerate(events) if act_family(e.type) == "violence"]
            if violent and draft.sentence_index - told_in[violent[-1]] <= 2:
                key = ("remention", str(violent[-1]))
                seen[key] = violent[-1]
                if fought_back:
                    events[violent[-1]] = _fought_by_both_sides(events[violent[-1]])
        if key is None and events and _defends_told_act(draft, lexicon):
            # "Villagers stormed the manor. The steward's garrison held out for two days.":
            # the defenders' part in the act just told; armed men defending make it a
            # battle, not a one-sided attack.
            # What was burned or looted in the assault is no act the defenders fought.
            violent = [
                i
                for i, e in enumerate(events)
                if act_family(e.type) == "violence" and e.subtype not in DAMAGE_SUBTYPES
            ]
            if violent and draft.sentence_index - told_in[violent[-1]] <= 1:
                key = ("remention", str(violent[-1]))
                seen[key] = violent[-1]
                events[violent[-1]] = _fought_by_both_sides(events[violent[-1]])
        sense = draft.match.sense
        if (
            key not in seen
            and events
            # plunder, or, by the state's troops, the damage read as coercing civilians
            and sense.label in ("attack/facility_attack", "repression")
            and draft.sentence_index - told_in[-1] <= 1
            and events[-1].type == "battle"
            and _spoils_of(draft, events[-1], lexicon)
        ):
            # "... stormed the city. For three days they plundered the city.": the sack of
            # a place just taken is part of its taking.
            key = ("retold", str(len(events) - 1))
            seen[key] = len(events) - 1
        denials = [
            i for i, e in enumerate(events) if (e.type, e.subtype) == ("statement", "denial")
        ]
        if (
            key is None
            and denials
            and sense.label == "statement/denial"
            and draft.sentence_index - told_in[denials[-1]] <= 1
            and _denial_retold(draft, lexicon)
        ):
            key = ("retold", str(denials[-1]))
            seen[key] = denials[-1]
        if (
            key is None
            and events
            and draft.sentence_index - told_in[-1] <= 1
            and (events[-1].type, events[-1].subtype) == (sense.type, sense.subtype)
            and _pronoun_retelling(draft, lexicon)
        ):
            key = ("retold", str(len(events) - 1))
            seen[key] = len(events) - 1
        # the last event told, when it is violence told in one of the sentences before;
        # a statement framing the draft in its own sentence ("the group said its men had
        # carried out the ambush") stands between them, not in the way
        last = len(events) - 1
        while (
            last >= 0 and events[last].type == "statement" and told_in[last] == draft.sentence_index
        ):
            last -= 1
        violence_before = [
            i
            for i, e in enumerate(events)
            if i == last
            and e.type in VIOLENT_TYPES
            and 1 <= draft.sentence_index - told_in[i] <= RETELLING_REACH_SENTENCES
        ]
        if (
            key not in seen
            and violence_before
            and sense.type in VIOLENT_TYPES
            and (
                _agrees(events[violence_before[-1]], draft)
                or _same_side(events[violence_before[-1]], draft, index, lexicon)
                or _named_again(events[violence_before[-1]], draft, index)
                or _struck_back(events[violence_before[-1]], draft, index)
            )
            and (
                retold_in_account(draft, drafts, lexicon)
                or _victims_told_again(events[violence_before[-1]], draft, index)
            )
        ):
            # "Witnesses described soldiers going from house to house and shooting men":
            # the act told just before (in an earlier sentence: acts joined in one account
            # are each an act), as those who saw it tell it; more evidence for it.
            key = ("retold", str(violence_before[-1]))
            seen[key] = violence_before[-1]
        if key is not None and key in seen:
            # The same event told again: one event, with this sentence as more evidence,
            # and the more precise date and place of the two tellings.
            kept = events[seen[key]]
            again = _build_event(
                draft,
                kept.id,
                index,
                places,
                timexes,
                lexicon,
                others=[d.match.head for d in drafts if d.sent is draft.sent and d is not draft],
            )
            events[seen[key]] = _merge_tellings(kept, again)
            continue
        event = _build_event(
            draft,
            f"e{len(events) + 1}",
            index,
            places,
            timexes,
            lexicon,
            others=[d.match.head for d in drafts if d.sent is draft.sent and d is not draft],
        )
        if key is not None:
            seen[key] = len(events)
        events.append(event)
        told_in.append(draft.sentence_index)
    events = _merge_headline(doc_text(doc), events)
    events = _from_context(doc, events, places, _country_focus(doc, index, lexicon), lexicon, index)
    events = acled_variants(doc, events, lexicon)
    linked_claims, events = link_claims(doc, events, list(claims))
    return EventsResult(events=events, claims=linked_claims, entities=list(index.added.values()))


def headline_end(text: str) -> int:
    """Where a title line at the top of the text ends, or 0 when there is none.

    A headline ("Dam attack leaves 14 dead in Tolvik") is a short first line
    without closing punctuation, followed by the story.
    """
    first, newline, rest = text.partition("\n")
    line = first.strip()
    if not newline or not rest.strip() or not line or line[-1] in HEADLINE_ENDINGS:
        return 0
    return len(first) if len(line.split()) <= HEADLINE_WORDS else 0


def _merge_headline(text: str, events: list[Event]) -> list[Event]:
    """A headline tells the lead's event again: one event, the headline as more evidence.

    The headline's event is the first event of the story of the same kind whose
    place agrees (the same, or one of them unstated, or the headline's place named
    in the lead's sentence). A headline event with no such partner keeps its own, taking
    the story's first date when it states none.
    """
    end = headline_end(text)
    # an event the headline's words and the story's both tell is already one
    # ("Marines fire on crowd" over "Marines opened fire on a crowd"): a story event
    told_in_story = {e.id for e in events if any(start >= end for start, _ in e.evidence)}
    top = [e for e in events if e.trigger.span[1] <= end and e.id not in told_in_story]
    story = [e for e in events if e.trigger.span[0] > end or e.id in told_in_story]
    if not top or not story:
        return events
    merged: dict[str, Event] = {}
    dropped: set[str] = set()
    for event in top:
        partner = next(
            (
                e
                for e in story
                if act_family(e.type) == act_family(event.type) and _places_agree(event, e, text)
            ),
            None,
        )
        if partner is None:
            if event.when.earliest is None:
                dated = next((e for e in story if e.when.earliest is not None), None)
                if dated is not None:
                    merged[event.id] = event.model_copy(update={"when": dated.when})
            continue
        # The headline adds evidence only: its compressed grammar ("Dam attack leaves 14
        # dead") is no reliable source of actors, and the story states the date.
        kept = merged.get(partner.id, partner)
        evidence = [*kept.evidence, (0, end)] if (0, end) not in kept.evidence else kept.evidence
        merged[partner.id] = kept.model_copy(
            update={"evidence": evidence, "where": kept.where or event.where}
        )
        dropped.add(event.id)
    kept_events = [merged.get(e.id, e) for e in events if e.id not in dropped]
    return [e.model_copy(update={"id": f"e{n}"}) for n, e in enumerate(kept_events, start=1)]


def _places_agree(headline: Event, lead: Event, text: str) -> bool:
    """Whether the lead's place can be the headline's: the same, one of them unstated,
    or the headline's place named in the lead's own sentence ("in a suburb of
    Peshawar"). A place named elsewhere in the story does not make an attack in
    another town the headline's ("... in Port Kelan. In Tessa, a landmine killed ...")."""
    if headline.where is None or lead.where is None or headline.where.entity == lead.where.entity:
        return True
    start, stop = lead.span
    return headline.where.name is not None and headline.where.name in text[max(start, 0) : stop]


def _not_dates(mentions: Sequence[Mention], timexes: Sequence[Timex]) -> list[Mention]:
    """The mentions that are no part of a date: "on Easter Sunday, 21 April 2019".

    A feast or a named day the recogniser took for a place or a body ("Easter
    Sunday") lies in, or runs into, a date the time tagger read; it is when,
    never where, nor who was hit.
    """
    dates = [t.span for t in timexes if t.type in CALENDAR_TYPES]
    return [m for m in mentions if not any(_within_date(m.span, d) for d in dates)]


def _within_date(span: tuple[int, int], date: tuple[int, int]) -> bool:
    """Does a name lie in a date, or end on the date's first word ("Easter Sunday, 21
    April")? A name that only starts with a month ("Black September") is not one."""
    (start, end), (first, last) = span, date
    return (first <= start and end <= last) or (start < first < end <= last)


def _country_focus(doc: Doc, index: EntityIndex, lexicon: EventLexicon) -> Where | None:
    """The country the document is about: the one its mentions name most, by name.

    A country named as such ("in Sri Lanka", a dateline's "BAMENDA, Cameroon")
    counts twice a modifier's word for it ("Sri Lankan officials", "the French
    frontier", "Italian aircraft"), which says whose, not where; and a country
    told only so is no focus at all ("Nationalist aircraft had bombed the town,
    and the road to the French frontier ..." is not about France). A country
    that only says whose men or whose backing ("the 6th Indian Division",
    "Russian-backed separatists", "Turkish-led forces") does not count, and two
    countries as often told leave the focus open: a guess between them would
    put half the events in the wrong one.
    """
    text = doc_text(doc)
    counts: dict[str, int] = {}
    named: set[str] = set()
    armed = lexicon.armed_words | lexicon.member_armed_words
    for mention in index.mentions:
        entity = index.entity(mention.entity) if mention.entity else None
        if entity is None or entity.geo is None or not (entity.geo.feature or "").startswith("PCL"):
            continue
        end = mention.span[1]
        following = text[end : end + 40].split()
        if text[end : end + 1] == "-" or (
            following and following[0].lower().strip(",.;:") in armed
        ):
            continue
        span = doc.char_span(*mention.span, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        modifier = root is not None and (
            root.ent_type_ == "NORP" or root.dep_ in ("amod", "compound", "nmod", "poss")
        )
        counts[entity.id] = counts.get(entity.id, 0) + (1 if modifier else 2)
        if not modifier:
            named.add(entity.id)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][0] not in named:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    country = index.entity(ranked[0][0])
    return where_for(country) if country is not None else None


def _from_context(
    doc: Doc,
    events: list[Event],
    places: list[tuple[int, int, Entity]],
    country: Where | None,
    lexicon: EventLexicon,
    index: EntityIndex,
) -> list[Event]:
    """Fill what an event's own sentence does not say from the events around it.

    A place not named in the sentence is the previous event's in the same
    paragraph (a narrative stays where it is until it says it moves), else the
    place the story stood in paragraphs before (:func:`narrative_place`: "VIENNA -
    Students raised barricades. <paragraph> In October troops bombarded the suburbs"),
    else the country the document is about, at ACLED's precision 3. A trial or sentence
    no court, dateline or country places sits in the town the story stands in, unless a
    named body did it ("Iraqi Supreme Court issued an arrest warrant"): that sits where
    the body does, not where the crimes it judges were done. A date
    neither stated nor inherited from narrative time is bounded by the events
    told before and after it, with precision "unknown": a chronological text
    tells its events in order. Statements and treaties take no place from
    around them, nor does a statement with no place of its own end the narrative's
    place (:func:`~historiograph.extract.events.drafts.place_rule`). A move placed where it
    ended (an exile) takes a place only from the same move told before it, and places no
    act of other people after it (:func:`_move_of_others`).
    """
    text = doc_text(doc)
    filled: list[Event] = []
    for n, event in enumerate(events):
        update: dict[str, object] = {}
        trigger = doc.char_span(*event.trigger.span, alignment_mode="expand")
        if trigger is not None and len(trigger) and never_done(trigger.root, event.modality):
            # an act only demanded or planned happened nowhere and at no time the story
            # tells, unless its own sentence says where and when
            filled.append(event)
            continue
        paragraph = text.rfind("\n\n", 0, event.trigger.span[0])
        before = [
            e
            for e in filled[:n]
            if e.trigger.span[0] > paragraph
            and (e.where is not None or place_rule(e.subtype) == "narrated")
        ]
        if event.where is None and place_rule(event.subtype) == "narrated":
            before = [e for e in before if not _move_of_others(e, event)]
            story_place = None if before else _story_place_before(doc, event, places, lexicon)
            left = trigger is not None and bool(trigger) and _leaves_a_place_told(trigger.root)
            if event.subtype in anchor_words().destination_subtypes and not left:
                update["where"] = _same_move_place(event, before)
            elif before and before[-1].where is not None:
                update["where"] = before[-1].where
            elif story_place is not None:
                update["where"] = story_place
            elif country is not None:
                update["where"] = country
        elif (
            event.where is None
            and event.subtype in anchor_words().story_town_subtypes
            and not _done_by_a_named_body(event, index)
        ):
            # "Strikers rioted in Milwaukee. <...> Seven were tried": a court act told
            # nowhere else sits in the town the story stands in.
            town = _story_place_before(doc, event, places, lexicon)
            if town is not None and town.precision != 1:
                # "a bomb was thrown in Haymarket Square. Eight anarchists were
                # convicted": a court sits in the town of the site the story stood at.
                town = town_of_site_told(
                    doc, event.trigger.span[0], town, places, {a.entity for a in event.actors}
                )
            if town is not None and town.precision == 1:
                update["where"] = town
        if event.when.earliest is None and event.when.latest is None:
            earlier = [e.when.earliest for e in events[:n] if e.when.earliest is not None]
            later = [e.when.latest for e in events[n + 1 :] if e.when.latest is not None]
            if earlier and later and earlier[-1] <= later[0]:
                update["when"] = When(earliest=earlier[-1], latest=later[0], precision="unknown")
        filled.append(event.model_copy(update=update) if update else event)
    return filled


def _done_by_a_named_body(event: Event, index: EntityIndex) -> bool:
    """Is an organisation the act's doer ("the Iraqi Supreme Court issued a warrant")?"""
    return any(
        actor.role == "agent"
        and (entity := index.entity(actor.entity)) is not None
        and entity.kind == "organization"
        for actor in event.actors
    )


def _word_of_a_longer_name(doc: Doc, start: int, end: int, entity: Entity) -> bool:
    """Is a name no gazetteer or knowledge base knows one end of a longer name joined by
    a particle ("Umkhonto we Sizwe", "Ansar al Furqan")? Either end is a word of that
    name, an organisation's or a person's, not a place the clause tells."""
    if entity.geo is not None or entity.kb:
        return False
    text = doc_text(doc)
    particles = anchor_words().name_particles
    before = text[max(0, start - 60) : start].split()
    after = text[end : end + 60].split()
    return (len(before) >= 2 and before[-1] in particles and before[-2][:1].isupper()) or (
        len(after) >= 2 and after[0] in particles and after[1][:1].isupper()
    )


def _story_place_before(
    doc: Doc, event: Event, places: list[tuple[int, int, Entity]], lexicon: EventLexicon
) -> Where | None:
    """Where the story stands before the event's sentence, in its paragraph or the ones
    before it (none of the event's actors is that place): the place of an event that its
    own paragraph has placed nowhere."""
    trigger = doc.char_span(*event.trigger.span, alignment_mode="expand")
    if trigger is None or not len(trigger):
        return None
    return narrative_place(
        trigger[0].sent,
        places,
        exclude={a.entity for a in event.actors},
        place_nouns=lexicon.place_nouns,
        across_paragraphs=True,
    )


def _build_event(
    draft: Draft,
    ident: str,
    index: EntityIndex,
    places: list[tuple[int, int, Entity]],
    timexes: Sequence[Timex],
    lexicon: EventLexicon,
    *,
    others: list[Token],
) -> Event:
    match, sent = draft.match, draft.sent
    sense = match.sense
    actor_ids = {i for i, _ in draft.actors}
    rule = place_rule(sense.subtype)
    from_origin = sense.type == "relocation" and sense.subtype in anchor_words().origin_subtypes
    where = where_for(draft.where_entity) if draft.where_entity else None
    # A place or a known site acted on is where it happened ("attacked the village of
    # Dogo Nahawa"); a building no knowledge base knows ("bombed the Hotel Ivoire in
    # Abidjan") gives way to the town the sentence places it in, and stands where the
    # sentence names none, before the place the narrative had reached.
    # A people taken for its land ("killed dozens of Europeans") is who, never where; a
    # name taken for a people or a body that the syntax told as a place ("seized the
    # northern port of Iquique", "stormed the village of Dalwa") is where.
    located = {e.id for _, _, e in places}
    targets = [
        e
        for e in (index.entity(i) for i, r in draft.actors if r == "target")
        if e is not None
        and (
            e.kind in ("facility", "place")
            or (e.kind == "group" and e.id in located)
            # a body no knowledge base knows (named as written), told as a place's name
            # ("the village of Dalwa"): the recogniser's guess at an unknown name
            or (
                e.kind == "organization"
                and not e.kb
                and e.name in e.aliases
                and _named_after_preposition(e, sent, places)
            )
        )
        and rule == "narrated"
        and not told_as_people(e, sent, places)
    ]
    # A site no gazetteer or knowledge base knows ("an Assam Rifles camp near
    # Churachandpur") is not known; one the resolver gave the point of the town it is
    # told in ("the Ibrahimi Mosque in Hebron") stands for that town.
    known = next(
        (
            _host_town(e, sent, places) or e
            for e in targets
            if e.kb
            or e.geo is not None
            or (e.kind == "place" and _named_as_place(e, sent, places, lexicon))
        ),
        None,
    )
    # "rose against Russian rule in the Kingdom of Poland": a country acted on gives way
    # to a place the clause tells, unless it is itself told as where ("the war in Angola").
    yielding = known is not None and index.is_country(known.id)
    if yielding and known is not None and _told_as_location(known, sent, places, lexicon):
        yielding = False
    if where is None and known is not None and not yielding:
        where = _town_pointed_to(known, draft, places, lexicon) or where_for(known)
    if where is None:
        unknown = next((e for e in targets if not e.kb and e.geo is None), None)
        where = find_where(
            match.head,
            sent,
            places,
            exclude=actor_ids,
            prefer_destination=sense.type == "relocation" and not from_origin,
            place_nouns=lexicon.place_nouns,
            town_nouns=lexicon.town_nouns,
            rule=rule,
            site=unknown,
            from_origin=from_origin,
        )
        if (
            sense.subtype in anchor_words().destination_subtypes
            and not _leaves_a_place_told(match.head)
            and not _told_or_filed_in(where, sent, places)
        ):
            # "Farouk ruled Egypt until 1952. His exile began in 1953": where the story
            # stood is where the move started, not where it ended (:func:`_same_move_place`).
            where = None
    if where is None and rule == "narrated":
        # "The Kessel Dam was bombed": a named site acted on is where it happened when
        # no place is stated, whatever kind the name recogniser gave it.
        site = next(
            (
                e
                for e in (index.entity(i) for i, r in draft.actors if r in ("target", "victim"))
                if e is not None
                and not index.is_thing(e.id)
                and e.name.split()[-1].lower() in lexicon.facility_nouns
            ),
            None,
        )
        where = where_for(site) if site is not None else None
    if where is not None and rule == "narrated" and _told_in(where, sent, places):
        # "abducted farmers outside Damboa in Borno state": the town the region holds.
        where = _finer_place(where, match.head, sent, places, actor_ids, lexicon) or where
    stated = _told_in(where, sent, places)
    if (
        known is not None
        and yielding
        and draft.where_entity is None
        and (not stated or _coarser_than(where, known, places))
    ):
        where = where_for(known)
    modality = find_modality(match.head, sent, lexicon)
    undone = never_done(match.head, modality)
    if undone and where is not None and not told_in_own_clause(where, match.head, sent, places):
        # "The opposition demanded the prosecution of the officers": a trial only asked
        # for sits in no court, neither the dateline's nor the story's.
        where = None
    return Event(
        id=ident,
        span=_sentence_span(sent),
        trigger=Trigger(
            span=(match.start, match.end),
            text=sent.text[match.start - sent.start_char : match.end - sent.start_char],
        ),
        type=sense.type,
        subtype=sense.subtype,
        mappings=lexicon.mappings(sense.type, sense.subtype),
        when=_when_told(draft, undone, timexes, lexicon, others),
        where=where,
        actors=[Actor(entity=i, role=literal(ActorRole, r)) for i, r in draft.actors],
        modality=modality,
    )


def _when_told(
    draft: Draft,
    undone: bool,
    timexes: Sequence[Timex],
    lexicon: EventLexicon,
    others: list[Token],
) -> When:
    """The event's date; an act that did not happen has none of its own.

    "Students marched in March 1969. Their leaders demanded that the officers be
    tried": the trial demanded never took place, so it takes no date from the
    narrative (the record's precision "unknown"), or it would stand on the timeline
    as if held that March. Only a date told in its own clause ("planned to attack the
    town on 3 May") dates what was planned.
    """
    if undone and not draft.own_date:
        return When()
    return find_when(draft.match.head, draft.sent, timexes, lexicon, others=others)


def _town_pointed_to(
    known: Entity, draft: Draft, places: list[tuple[int, int, Entity]], lexicon: EventLexicon
) -> Where | None:
    """The town that "the city" acted on points back to, where the sentence does not name
    the place taken for it: "the government of Thiers, which withdrew to Versailles. Two
    months later government troops retook the city" retook Paris, the town the story
    stood in, not the town another side went to."""
    if _told_in(where_for(known), draft.sent, places):
        return None
    exclude = {i for i, _ in draft.actors} - {known.id}
    return pointed_place(
        draft.match.head, draft.sent, places, exclude=exclude, place_nouns=lexicon.place_nouns
    )


PRECISION_ORDER = ("day", "month", "season", "quarter", "year", "decade", "unknown")


def _named_as_place(
    entity: Entity, sent: Span, places: list[tuple[int, int, Entity]], lexicon: EventLexicon
) -> bool:
    """Is a place no gazetteer knows told as one ("attacked the village of Dogo Nahawa",
    "overran Qastal"), not as the name on a thing ("an Assam Rifles camp")?"""
    for start, end, named in places:
        if named.id != entity.id or not sent.start_char <= start < sent.end_char:
            continue
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "compound" and root.head.lemma_.lower() in lexicon.facility_nouns:
            continue  # "an Assam Rifles camp": the name of a site, which has no point
        if named_as_location(root, lexicon):
            return True
    return False


def _named_after_preposition(
    entity: Entity, sent: Span, places: list[tuple[int, int, Entity]]
) -> bool:
    """Is the syntax's place named in the sentence as a preposition's object ("the village
    of Dalwa", "in Djibo"), not as a modifier ("the Nineveh Provincial Council building":
    whose building it is)?"""
    doc = sent.doc
    for start, end, named in places:
        if named.id != entity.id or not (sent.start_char <= start and end <= sent.end_char):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj":
            return True
    return False


def _host_town(site: Entity, sent: Span, places: list[tuple[int, int, Entity]]) -> Entity | None:
    """The known town a site with no entry of its own was given the point of.

    "a bomb tore through the Grand Hotel in Brighton": the resolver maps a site it
    has no entry for to the town the sentence tells it in; the event is in that town.
    """
    if site.kb or site.geo is None:
        return None
    point = (site.geo.lat, site.geo.lon)
    return next(
        (
            entity
            for start, _, entity in places
            if sent.start_char <= start < sent.end_char
            and entity.id != site.id
            and entity.kb
            and entity.geo is not None
            and (entity.geo.lat, entity.geo.lon) == point
            # "the village of Kimbo, east of Goma": the town only locates the village,
            # which was given its point for want of one of its own, and is not in it.
            and not locates_the_place_before(sent.doc, start, places)
        ),
        None,
    )


def _same_move_place(event: Event, before: list[Event]) -> Where | None:
    """The place of a move placed where it ended ("His exile began in 1953"), told with no
    place of its own: the end of the same move told just before ("fled to Egypt in 1950"),
    and none where the act before was another one, which happened where the move began."""
    last = before[-1] if before else None
    return last.where if last is not None and last.subtype == event.subtype else None


def _move_of_others(move: Event, event: Event) -> bool:
    """Is ``move`` one placed where it ended, by people not in ``event`` ("Aristide flew
    to Caracas on Tuesday. Khondaker was sworn in as president the same morning")? Its
    end is where its people went, not where the story stands for the acts of others."""
    if move.subtype not in anchor_words().destination_subtypes or move.subtype == event.subtype:
        return False  # "fled to Egypt. His exile began in 1953": the same move told again
    return not {a.entity for a in move.actors} & {a.entity for a in event.actors}


def _told_in(where: Where | None, sent: Span, places: list[tuple[int, int, Entity]]) -> bool:
    """Is this place named in the sentence, not carried over from the narrative before it?"""
    return where is not None and any(
        entity.id == where.entity and sent.start_char <= start < sent.end_char
        for start, _, entity in places
    )


def _leaves_a_place_told(trigger: Token) -> bool:
    """Does the move's clause name what it left ("fled the country", "driven from their
    homes")? That is the place the story stands in, which the move is then placed at."""
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from") for c in trigger.children
    )


def _told_or_filed_in(
    where: Where | None, sent: Span, places: list[tuple[int, int, Entity]]
) -> bool:
    """Is this place named in the sentence or in the dateline the story was filed under
    ("KABUL - ... hours after President Ghani fled the country"), not carried over from
    an act told before?"""
    filed = dateline_places(sent.doc, places)
    return _told_in(where, sent, places) or (
        where is not None
        and any(entity.id == where.entity and start in filed for start, _, entity in places)
    )


def _told_as_location(
    entity: Entity, sent: Span, places: list[tuple[int, int, Entity]], lexicon: EventLexicon
) -> bool:
    """Does the sentence name this place after a locative preposition ("in Angola")?"""
    for start, end, named in places:
        if named.id != entity.id or not sent.start_char <= start < sent.end_char:
            continue
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        if (
            root is not None
            and root.dep_ == "pobj"
            and root.head.lower_ in lexicon.locative_prepositions
        ):
            return True
    return False


def _coarser_than(
    where: Where | None, known: Entity, places: list[tuple[int, int, Entity]]
) -> bool:
    """Is the place found a larger area than the region acted on? "When the Norman knights
    took Wexford, the annalists of Leinster wrote": the county taken is where, not the
    province another clause names."""
    found = next((e for _, _, e in places if where is not None and e.id == where.entity), None)
    found_rank = _place_rank(found) if found is not None else None
    known_rank = _place_rank(known)
    return found_rank is not None and known_rank is not None and found_rank < known_rank


def _place_rank(entity: Entity) -> int | None:
    """How fine a gazetteer place is, by its feature (``place_ranks``): a country
    lowest, a town highest; None for a name no gazetteer placed."""
    feature = entity.geo.feature if entity.geo is not None else None
    if not feature:
        return None
    ranks = argument_words().place_ranks
    return next((rank for prefix, rank in ranks if feature.startswith(prefix)), None)


def _holds(outer: Entity, inner: Entity) -> bool:
    """Does a country or province hold this place, by the gazetteer's codes?"""
    if outer.geo is None or inner.geo is None or outer.geo.country_code != inner.geo.country_code:
        return False
    if (outer.geo.feature or "").startswith("PCL"):
        return True
    return outer.geo.admin1 is not None and outer.geo.admin1 == inner.geo.admin1


def _finer_place(
    where: Where,
    trigger: Token,
    sent: Span,
    places: list[tuple[int, int, Entity]],
    exclude: set[str],
    lexicon: EventLexicon,
) -> Where | None:
    """The town or district inside the region found, that the clause places the act in.

    "abducted 17 farmers outside Damboa in Borno state", "stormed a church in the
    town of Owo, in Ondo state": the clause names a region and a place it holds; the
    finer one is where the act was, whichever the tree puts nearer the verb. The
    place must be told as a location ("in", "outside", "the town of") in the
    trigger's own clause, and the gazetteer must put it inside the region.
    """
    outer = next((e for _, _, e in places if e.id == where.entity), None)
    outer_rank = _place_rank(outer) if outer is not None else None
    if outer is None or outer_rank is None:
        return None
    doc = sent.doc
    dateline = dateline_places(doc, places)
    prepositions = lexicon.locative_prepositions | {"of"}
    found = []
    for start, end, entity in places:
        rank = _place_rank(entity)
        if rank is None or rank <= outer_rank or entity.id in exclude or start in dateline:
            continue
        if not (sent.start_char <= start and end <= sent.end_char) or not _holds(outer, entity):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in prepositions:
            continue
        if predicates_between(trigger, root) == 0 and not _of_another_act(trigger, root, lexicon):
            found.append((abs(start - trigger.idx), entity))
    return where_for(min(found, key=lambda f: f[0])[1]) if found else None


def _of_another_act(trigger: Token, root: Token, lexicon: EventLexicon) -> bool:
    """Is the place told of another act the trigger's phrase names?

    "the war in Angola began with attacks on prisons in Luanda": Luanda is where the
    attacks were, not where the war was; the noun of an act on the way from the place
    up to the trigger's clause holds it.
    """
    return any(
        t.pos_ == "NOUN" and t.i != trigger.i and t.lemma_.lower() in lexicon.words
        for t in path_below(trigger, root)
    )


def _merge_tellings(kept: Event, again: Event) -> Event:
    """One event from two tellings: the finer date and place, every actor, both spans.

    A finer date refines the first only where it falls inside it: "laid siege in April
    1453 ... died in the fighting at the gates on 29 May" tells a later day of an act
    that began in April, not when it was.
    """
    when = kept.when
    if PRECISION_ORDER.index(again.when.precision) < PRECISION_ORDER.index(when.precision) and (
        _inside(again.when, when)
    ):
        when = again.when
    where = kept.where
    if again.where is not None and (
        where is None or (again.where.precision or 3) < (where.precision or 3)
    ):
        where = again.where
    actors = list(kept.actors)
    known = {a.entity for a in actors}
    actors += [a for a in again.actors if a.entity not in known]
    evidence = list(kept.evidence)
    if again.span != kept.span and again.span not in evidence:
        evidence.append(again.span)
    return kept.model_copy(
        update={"when": when, "where": where, "actors": actors, "evidence": evidence}
    )


def _inside(inner: When, outer: When) -> bool:
    """Does the one date lie within the other (or the other is not known)?"""
    if outer.earliest is None or outer.latest is None:
        return True
    if inner.earliest is None or inner.latest is None:
        return False
    return outer.earliest <= inner.earliest and inner.latest <= outer.latest


def _sentence_span(sent: Span) -> tuple[int, int]:
    # The span's own text: the Doc's is rebuilt by spaCy on every access.
    return sent.start_char, sent.start_char + len(sent.text.rstrip())


def _any_between(starts: Sequence[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets holds one in ``start``..``end`` (end excluded)."""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end
