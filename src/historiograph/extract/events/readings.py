"""A trigger's reading (type and subtype) from what its arguments show.

The lexicon gives each trigger word a default reading; who did it and what
it was done to decide between readings the word allows: a strike by aircraft
is an air strike, violence by a crowd a riot, the state's forces taking a
person an arrest, a boycott of a vote an electoral boycott. The statistical
model (typing_model.py) chooses only where the lexicon lists alternatives.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from spacy.tokens import Span, Token

from historiograph.extract.events.arguments import (
    OBJECTS,
    SUBJECTS,
    Arguments,
    EntityIndex,
    argument_words,
    subject_of,
)
from historiograph.extract.events.detection import TriggerMatch, of_phrase, tells_act
from historiograph.extract.events.drafts import SPLIT_BY_VICTIM, act_family
from historiograph.extract.events.lexicon import EventLexicon, TriggerSense
from historiograph.extract.events.tolls import TOLL_REACH_SENTENCES
from historiograph.extract.events.typing_model import TypingModel, features
from historiograph.record import Entity, EventType

# The gazetteer's feature classes for a village, a locality or a quarter: a raid on one is
# no offensive (a capital, "PPLC", or a seat of government, "PPLA", is fought for).
MINOR_PLACES = frozenset({"PPL", "PPLL", "PPLX", "PPLF", "PPLH", "PPLQ", "PPLW"})
# How many sentences back a doer may be named that a pronoun doer stands for ("The 3rd
# Regiment entered the village. Officials said ... They beat the elders").
PRONOUN_REACH_SENTENCES = 2
# Readings of the state's holding people: armed men outside its forces who hold people
# take hostages instead.
CUSTODY_LABELS = frozenset({"repression/arrest", "repression/forced_confinement"})
# Readings of the state's killing of people it holds or of civilians: armed men outside
# its forces who kill captives commit an attack instead.
ONE_SIDED_STATE_LABELS = frozenset({"repression/execution", "repression/massacre"})


def is_people(token: Token, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """A person or people: a person or group entity, a noun for people (civilians,
    members, officials, the state's or armed men: "two policemen were shot"; kin and
    callings: "my uncle was shot", "beat the headmaster"), a personal pronoun ("he was
    shot"), or a name the recogniser calls a person's."""
    # "dozens of men who were questioned and shot": a relative pronoun is whom its clause
    # describes.
    if token.tag_ == "WP" and token.head.dep_ == "relcl" and token.head.head.i != token.i:
        return is_people(token.head.head, index, lexicon)
    ident = index.resolve(token)
    if ident and index.kind(ident) in ("person", "group"):
        return True
    # "two of the mutineers were hanged", "some of the prisoners": a part of people is people.
    part_of = [
        o
        for p in token.children
        if p.dep_ == "prep"
        and p.lower_ == "of"
        and (
            token.like_num
            or token.pos_ in ("NUM", "PRON", "DET", "ADJ")
            or token.lemma_.lower() in lexicon.collective_nouns  # "thousands of monks"
        )
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if any(is_people(o, index, lexicon) for o in part_of):
        return True
    # "the head of the state oil company": who heads a body named is a person.
    if token.lemma_.lower() in lexicon.headship_nouns and of_phrase(token):
        return True
    lemma, word = token.lemma_.lower(), token.lower_
    nouns = (
        lexicon.member_nouns | lexicon.role_nouns | lexicon.person_pronouns | lexicon.person_nouns
    )
    armed = lexicon.armed_words | lexicon.member_armed_words | lexicon.state_words
    return (
        _civilian(token, lexicon)
        or lemma in nouns
        or word in nouns
        # "Militiamen looted ...": a sentence's first word may be tagged a name.
        or (
            (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_))
            and word in armed | lexicon.group_nouns
        )
        or token.ent_type_ == "PERSON"
    )


def is_place(token: Token, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """A place or a site: a place entity, a word for one, or a name spaCy calls a place."""
    ident = index.resolve(token)
    if ident and index.kind(ident) in ("place", "facility"):
        return True
    # "the town of Dalori": the word for a place says what the name is.
    named = token.dep_ == "pobj" and token.head.lower_ == "of"
    if named and token.head.head.lemma_.lower() in lexicon.place_nouns:
        return True
    # "retook the eastern half of Mosul", "most of the province": a share of a place is
    # that place.
    if token.lemma_.lower() in lexicon.partitive_nouns and any(
        is_place(o, index, lexicon) for o in of_phrase(token)
    ):
        return True
    return token.lemma_.lower() in lexicon.place_nouns or token.ent_type_ in ("GPE", "LOC", "FAC")


def people_reading(
    match: TriggerMatch, args: Arguments, index: EntityIndex, lexicon: EventLexicon
) -> bool:
    """Switch a trigger to its reading for people acted on, when it has one and they are
    ("seized 39 workers", "a soldier was captured"; "held the students", the verb's own
    object only, for ``active_people_object``)."""
    if _marching_object(match, lexicon) and _state_doer(match, lexicon):
        # "riot police beat students marching to the square": the marchers are acted on,
        # though the parser reads them as the subject of the participle.
        crowd_label = next(
            (label for label, nouns in match.sense.object_readings if "crowd" in nouns), None
        )
        if crowd_label is not None:
            kind, _, subtype = crowd_label.partition("/")
            match.sense = replace(
                match.sense, type=cast(EventType, kind), subtype=subtype or None, needs=None
            )
            return True
    if craft_seized(match, lexicon):
        # "four gunmen seized the ferry": the craft is taken with its people aboard.
        kind, _, subtype = cast(str, match.sense.craft_object).partition("/")
        match.sense = replace(
            match.sense, type=cast(EventType, kind), subtype=subtype or None, needs=None
        )
        return True
    label = match.sense.people_object
    acted_on = args.objects
    if label is None and match.sense.active_people_object is not None:
        label = match.sense.active_people_object
        # Not an act held ("held a vigil"): the words for gatherings count as civilians.
        acted_on = [
            t
            for t in args.objects
            if t.dep_ == "dobj" and t.head.i == match.head.i and not tells_act(t, lexicon)
        ]
    people = any(is_people(t, index, lexicon) for t in acted_on)
    if label is None or not people:
        return False
    kind, _, subtype = label.partition("/")
    match.sense = replace(
        match.sense, type=cast(EventType, kind), subtype=subtype or None, needs=None
    )
    return True


def craft_seized(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Do armed men outside the state's forces ("four gunmen", "armed men", pirates) take a
    ship, plane, train or bus ("seized the ferry Santa Clara", "the tanker was seized by
    pirates")? The state's forces seizing a vessel impound it; nobody is taken hostage."""
    head = match.head
    if match.sense.craft_object is None or head.pos_ != "VERB":
        return False
    taken = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += [g for t in taken for g in t.children if g.dep_ in ("compound", "appos")]
    craft = lexicon.craft_nouns | lexicon.vehicle_nouns
    if not any(t.lemma_.lower() in craft for t in taken):
        return False
    doers = [subject_of(head)] if "nsubjpass" not in {c.dep_ for c in head.children} else []
    doers += [o for c in head.children if c.dep_ == "agent" for o in c.children]
    armed = lexicon.armed_words | lexicon.member_armed_words | lexicon.raider_words
    return not _state_doer(match, lexicon) and any(
        d is not None
        and bool(
            {t.lemma_.lower() for t in (d, *d.children) if t.i == d.i or t.dep_ == "amod"} & armed
        )
        for d in doers
    )


def denial_reading(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Switch a verb of saying to a denial when what it says is that an act did not happen
    ("he said he had not encouraged the attack", "the minister said the army had not fired
    on civilians"): a side's saying no to an act told of it, as PLOVER's REJECT and the
    ontology's denial. Only an act a trigger word tells counts ("officials said the road
    had not reopened" denies nothing), as the clause's verb or what it acts on."""
    head = match.head
    if match.sense.type != "statement" or head.pos_ != "VERB":
        return False
    if head.lemma_.lower() not in lexicon.report:
        return False
    denied = [
        c
        for c in head.children
        if c.dep_ == "ccomp" and any(g.dep_ == "neg" or g.lower_ == "never" for g in c.children)
    ]
    # The clause's own act, or what it acts on: not its subject ("said the killings would
    # not be forgotten" denies no act).
    acts = any(
        tells_act(t, lexicon)
        for c in denied
        for t in [c, *(o for o in c.children if o.dep_ in OBJECTS)]
    )
    if not acts:
        return False
    match.sense = replace(match.sense, subtype="denial", needs=None)
    return True


def civilian_reading(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Switch a verb to its reading for civilians or a crowd as its own subject, when it
    has one and they are ("students occupied the faculty", "workers occupied the
    factory"), and a noun to it when they are whom it is by ("a blockade by farmers");
    a word for armed men in the subject rules it out."""
    label = match.sense.civilian_reading
    if label is None:
        return False
    # Not a narrator's "we": a soldier's "we crossed the Rhine" says nothing of civilians.
    civilians = lexicon.civilian_nouns | lexicon.crowd_words | lexicon.uprooted_subjects
    civilians -= lexicon.person_pronouns
    if match.head.pos_ == "VERB":
        words = _own_subject_words(match.head, lexicon)
        # "armed crowds surrounded the Convention": a word before the subject may arm it.
        modifiers = {
            m.lower_
            for c in match.head.children
            if c.dep_ == "nsubj"
            for m in c.children
            if m.dep_ in ("amod", "compound")
        }
    else:
        words = {t.lower_ for t in _noun_doers(match.head)}
        # "the blockade enforced by the opposition alliance": a party calls a protest.
        organizer = match.sense.organizer_reading
        if organizer is not None and words & lexicon.organizer_words:
            label = organizer
            civilians |= lexicon.organizer_words
        modifiers = set()
    armed = lexicon.armed_words | lexicon.member_armed_words | lexicon.state_words
    if not words & civilians or (words | modifiers) & armed:
        return False
    # "students occupy the embassy and take 52 diplomats hostage": a step of the violent
    # act joined to it, not a protest of its own. A joined clause with a subject of its
    # own ("..., and within days workers had joined a general strike") tells others' act.
    head = match.head
    joined = [c for c in head.children if c.dep_ == "conj" and not _own_subject(c)]
    joined += [head.head] if head.dep_ == "conj" and not _own_subject(head) else []
    senses = (lexicon.words.get(t.lemma_.lower()) for v in joined for t in v.subtree)
    if any(s is not None and s.type == "attack" for s in senses):
        return False
    kind, _, subtype = label.partition("/")
    match.sense = replace(
        match.sense, type=cast(EventType, kind), subtype=subtype or None, needs=None
    )
    return True


def _own_subject(verb: Token) -> bool:
    """Does a verb name its own subject, rather than share the one it is joined to?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _noun_doers(noun: Token) -> list[Token]:
    """Who a noun's act is by: "a blockade by farmers", "the blockade enforced by
    activists", "a hartal called by the opposition" (a participle's agent)."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    return [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
        for g in p.children
        if g.dep_ == "pobj"
    ]


def refine(
    match: TriggerMatch, args: Arguments, index: EntityIndex, lexicon: EventLexicon
) -> TriggerSense:
    """Adjust a trigger's sense to what its arguments show.

    Support that a governing verb stops is its withdrawal; a strike by aircraft
    is an air strike; violence by a crowd is a riot; an attack (or a shooting
    read as a clash) by a state's forces is repression when it kills people or
    hits civilians, and a battle otherwise; an attack on the state's forces or
    their positions is a battle, and one against a country a military offensive.
    """
    sense = match.sense
    if craft_seized(match, lexicon):
        # "gunmen seized the ferry Santa Clara": a craft's name read as a place is no ground.
        kind, _, subtype = cast(str, sense.craft_object).partition("/")
        return replace(sense, type=cast(EventType, kind), subtype=subtype or None)
    if sense.type == "support" and match.head.head.lemma_.lower() in lexicon.support_reversers:
        return replace(sense, subtype="withdrawal_of_support")
    if sense.type == "election" and _body_decides(match, lexicon):
        # "the Security Council voted to authorise a no-fly zone": a body voting on a
        # measure adopts (or rejects) a resolution; it elects no one.
        return replace(sense, type="agreement", subtype="resolution")
    if sense.active_people_object is not None and _held_at_place(match, index, lexicon):
        # read on below: who held them may make it a hostage-taking
        kind, _, subtype = sense.active_people_object.partition("/")
        sense = replace(sense, type=cast(EventType, kind), subtype=subtype or None)
    agent = index.entity(args.agent) if args.agent else None
    if sense.raider_reading is not None and (
        _raiders(match.head, agent, lexicon)
        or _civilians_killed_by_irregulars(match, agent, lexicon)
    ):
        # "pirates sacked the port", "raiders stormed the town": a band that falls upon a
        # place to plunder it attacks it; it takes no ground from an armed side. So do
        # rebels who storm a town killing its people (the ontology's attack on civilians).
        kind, _, subtype = sense.raider_reading.partition("/")
        return replace(sense, type=cast(EventType, kind), subtype=subtype or None)
    court = subject_of(match.head) if match.head.pos_ == "VERB" else None
    if (
        sense.court_reading is not None
        and court is not None
        and court.lemma_.lower() in lexicon.court_nouns
    ):
        # "a court in Patan jailed three student leaders for six months": a sentence.
        kind, _, subtype = sense.court_reading.partition("/")
        return replace(sense, type=cast(EventType, kind), subtype=subtype or None)
    reading = _object_reading(match, args, index, lexicon)
    if reading is not None:
        kind, _, subtype = reading.partition("/")
        return replace(sense, type=cast(EventType, kind), subtype=subtype or None)
    if sense.label == "protest/boycott" and any(
        t.lemma_.lower() in lexicon.electoral_words for t in match.head.sent
    ):
        # "parties said they would boycott them" (the polls): a boycott beside a vote is
        # of the vote, though its object is a pronoun or unsaid.
        return replace(sense, type="election", subtype="boycott")
    if sense.label == "relocation/exile" and (
        _flight_from_home(match, args, index, lexicon) or _civilians_fleeing(match, index, lexicon)
    ):
        return replace(sense, subtype="displacement")
    if sense.label == "relocation/headquarters_moved" and _people_moved(
        match, args, index, lexicon
    ):
        # "some 400,000 Muslims were moved from Greece to Turkey": people whom others move
        # are expelled or transferred, not a body changing its seat.
        return replace(sense, subtype="expulsion")
    if sense.label == "relocation/headquarters_moved" and people_leaving(match, lexicon):
        # "most families moved to the city": people, not an organization, moved.
        return replace(sense, subtype="displacement")
    if sense.label == "organization/withdrawal" and left_home(match, args, index, lexicon):
        # "we left our village in 1994": people leaving their homes, not a body.
        return replace(sense, type="relocation", subtype="displacement")
    if sense.label == "organization/withdrawal" and armed_leaving(match, args, index, lexicon):
        # "the brigade withdrew from the town": armed men pulling back, not a body's exit.
        return replace(sense, type="relocation", subtype=None)
    if sense.label == "organization/defection" and any(
        _violence_word(t, lexicon) for t in args.objects
    ):
        # "crossed into Bangladesh to escape the violence": flight, not a defection.
        return replace(sense, type="relocation", subtype="displacement")
    subject = subject_of(match.head) if match.head.pos_ == "VERB" else None
    if (
        match.head.dep_ == "dobj"
        and match.head.head.pos_ == "VERB"
        and match.head.head.lemma_.lower() not in lexicon.escaping_verbs
    ):
        # "a jet dropped two bombs": the weapon's act is done by whoever its verb's is;
        # not by who fled or escaped it ("villagers fled the fighting").
        subject = subject_of(match.head.head)
    if act_family(sense.type) == "violence" and _flown(match.head, subject, lexicon):
        # "its aircraft struck a camp", "drones attacked the convoy", "the air force's
        # bombing of the market", "bombed by aircraft of the Condor Legion": an air
        # strike, whoever flew them (ACLED's "Air/drone strike").
        return replace(sense, type="battle", subtype="air_strike")
    if (
        sense.armed_reading is not None
        and (is_armed(agent, lexicon) or _armed_subject(match.head, lexicon))
        and not any(
            c.dep_ == "prep" and c.lower_ in sense.armed_unless for c in match.head.children
        )
        and not (
            "people" in sense.armed_unless
            and any(c.dep_ == "dobj" and is_people(c, index, lexicon) for c in match.head.children)
        )
    ):
        # "paratroopers ousted the prime minister": a coup, not a party's change of leader.
        kind, _, subtype = sense.armed_reading.partition("/")
        return replace(sense, type=cast(EventType, kind), subtype=subtype or None)
    # Taking hostages or a plane is no riot, whoever does it.
    violent = (sense.type == "attack" and sense.subtype not in SPLIT_BY_VICTIM | {"hijacking"}) or (
        sense.type,
        sense.subtype,
    ) == ("battle", "clash")
    armed_words = lexicon.armed_words | lexicon.member_armed_words | lexicon.state_words
    if (
        violent
        and agent is not None
        and agent.kind == "group"
        and not _words(agent) & armed_words
        and (
            _words(agent) & lexicon.crowd_words
            or (
                _words(agent) & lexicon.civilian_nouns
                and _own_subject_words(match.head, lexicon) & lexicon.civilian_nouns
                and sense.subtype != "bombing"
                and not any(
                    t.lemma_.lower() not in lexicon.crowd_missiles
                    for h in [match.head, *args.objects]
                    for t in _with_phrase(h)
                )
            )
        )
    ):
        # Violence by a crowd, or by civilians ("residents set fire to the police post"),
        # is a riot (ACLED's "Mob violence"), not an organized attack; not when a word
        # says they bear arms ("armed youths", "villagers attacked a patrol with
        # machetes"), and a shell that children played with going off is no riot.
        return replace(sense, type="protest", subtype="riot")
    if (sense.type, sense.subtype) == ("battle", "clash") and _unarmed_sides(subject, lexicon):
        # "supporters of two parties clashed", "two village groups clashed": a brawl
        # between people who bear no arms is a riot (ACLED's "Mob violence").
        return replace(sense, type="protest", subtype="riot")
    aimed_at = _aimed_at(match.head, lexicon)
    # "On 8 May the forces shot ...": a date is no target; nor is a word of the trigger's
    # own phrase ("fire" in "opened fire").
    objects = [
        t
        for t in args.objects
        if t.ent_type_ not in ("DATE", "TIME") and not match.start <= t.idx < match.end
    ]
    hit = [*(objects or _shared_objects(match.head)), *aimed_at]
    if (sense.type, sense.subtype) == ("battle", "clash"):
        # "troops clashed with protesters": a clash's other side is told with "with".
        hit += _with_phrase(match.head)
    if sense.subject == "victim" and subject is not None:
        # "a patrol came under fire": the subject is what was hit.
        hit.append(subject)
    # "two men were shot dead by soldiers": a passive's subject is what was hit.
    hit += [c for c in match.head.children if c.dep_ == "nsubjpass"]
    if match.head.dep_ == "advcl" and any(c.lower_ in ("when", "as") for c in match.head.children):
        # "four people were killed when officers opened fire": who suffered the main
        # clause is who the act of the "when" clause hit.
        hit += [c for c in match.head.head.children if c.dep_ == "nsubjpass"]
    # "soldiers stormed the village and killed 12 people": who a joined verb of killing or
    # wounding, with no subject of its own, counts is who the act hit.
    # "ambushed a convoy, killing six soldiers": so does a participle clause of killing.
    hit += _killed_in_joined_clause(match.head, lexicon)
    # "shot thousands of prisoners": who a counted object counts were hit.
    hit += [g for t in hit if t.lemma_.lower() in lexicon.collective_nouns for g in of_phrase(t)]
    # "attacked the mission, which its garrison held until dawn": armed men holding what
    # was attacked were hit with it.
    hit += _holders(hit, lexicon)
    # "The 3rd Regiment entered the village. They beat the men": a pronoun doer is the
    # state's forces when they are whom it stands for, whoever the pronoun was resolved to.
    state = (agent is not None and is_state(agent, lexicon)) or _state_told_before(match, lexicon)
    # The doer's own words ("officers of the state security service") decide the narrow
    # readings below, not the general one of the state's violence as battle.
    state_doer = state or _state_doer(match, lexicon)
    taken = (match.head.lemma_ or "").lower() in lexicon.custody_verbs
    # "Leteba was captured in 1978": taken by nobody named, as histories tell the fate of
    # a rebel or a fugitive, is the state's custody (not "taken hostage", which says whose).
    unattributed = (
        agent is None
        and match.end - match.start == len(match.head)
        and any(c.dep_ == "nsubjpass" for c in match.head.children)
    )
    outlaws = agent is not None and _words(agent) & (
        lexicon.armed_words | lexicon.member_armed_words
    )
    if sense.label in CUSTODY_LABELS and outlaws and not state_doer:
        # "the drivers were held by the gunmen", "the insurgents kept the captives in a
        # riverbed": armed men outside the state's forces holding people take hostages;
        # they neither arrest nor confine anyone (the state's acts, in the ontology).
        return replace(sense, type="attack", subtype="hostage_taking")
    if (
        sense.label in CUSTODY_LABELS
        and not state_doer
        and _held_against_force(match, index, lexicon)
    ):
        # "volunteers held the pass against the Guard", "the strikers held the Guard at
        # bay": holding ground against, or keeping off, an armed force is a fight with it.
        return replace(sense, type="battle", subtype="clash")
    if sense.label in ONE_SIDED_STATE_LABELS and _irregular(agent, lexicon) and not state_doer:
        # "the militants executed the captured soldiers": captives killed by armed men
        # outside the state's forces are a one-sided lethal act (the ontology's attack);
        # executions and massacres are the state's.
        return replace(sense, type="attack", subtype="armed_assault")
    if sense.label == "repression/crackdown" and any(
        _armed_men(t, lexicon) or t.lemma_.lower() in lexicon.fugitive_nouns
        for t in _acted_on(match.head)
    ):
        # "engaged the assailants and dispersed them": scattering an armed band is a
        # fight with it (ACLED's "Armed clash"), not the policing of a crowd.
        return replace(sense, type="battle", subtype="clash")
    if (
        taken
        and agent is None
        and sense.label == "attack/hostage_taking"
        and _taken_by_nameless_they(match.head, lexicon)
    ):
        # "they took my brother from the canteen", "in 1977 they seized my cousin outside
        # the print shop": a person taken by a "they" the account never names, with no
        # ransom or hostage said, is the memoir's forced disappearance (ACLED's
        # "Abduction/forced disappearance"), not a hostage taking.
        return replace(sense, type="repression", subtype="disappearance")
    if (state_doer or unattributed) and taken and sense.label == "attack/hostage_taking":
        # "soldiers captured the commander": the state's forces taking people arrest them.
        return replace(sense, type="repression", subtype="arrest")
    head_lemma = (match.head.lemma_ or "").lower()
    held = _steps_since_custody(match.head, lexicon)
    verbs = [*match.head.children, *(c for v in held for c in v.children)]
    if (
        sense.type == "attack"
        and head_lemma in lexicon.assassination_triggers
        and match.head.dep_ == "conj"
        and held
        and (
            _judicial(held[-1], lexicon)
            or state_doer
            or not any(c.dep_ in ("nsubj", "agent") for c in verbs)
        )
    ):
        # "my uncle was taken away and shot", "arrested and killed", "was captured,
        # tortured and beheaded": a killing of someone in custody, by the state's men or by
        # nobody the clauses name (a doer carried over from an earlier clause is a guess),
        # is a summary execution; so is one joined to a trial ("the King was tried and
        # beheaded"), a judicial one.
        return replace(sense, type="repression", subtype="execution")
    if (
        sense.type in ("attack", "battle")
        and head_lemma in lexicon.assassination_triggers
        and _killed_as_charged(match.head, lexicon)
        and not (_irregular(agent, lexicon) and not state_doer)
    ):
        # "he was shot in December as an enemy of the people", "soldiers shot the
        # prisoner as a deserter": a killing for a charge (or as a lesson to others) is a
        # sentence carried out, an execution, whoever the clause names as shooting.
        return replace(sense, type="repression", subtype="execution")
    if (
        sense.type in ("attack", "battle")
        and head_lemma in lexicon.assassination_triggers
        and subject is not None
        and _names_execution(subject, lexicon)
    ):
        # "the garrison's firing squads shot forty-one insurgents": whom a firing squad
        # shoots is executed, whoever they were.
        return replace(sense, type="repression", subtype="execution")
    if (
        sense.type in ("attack", "battle")
        and head_lemma in lexicon.assassination_triggers
        and agent is None
        and any(c.dep_ == "nsubjpass" for c in match.head.children)
        and _after_death_sentence(match.head, lexicon)
    ):
        # "all three were sentenced to death. The three men were shot on 19 June": a
        # killing by no one named, told just after a death sentence, carries it out.
        return replace(sense, type="repression", subtype="execution")
    if (
        sense.type in ("attack", "battle")
        and head_lemma in lexicon.assassination_triggers
        and _told_in_custody_state(match.head, lexicon)
        and state_doer
    ):
        # "police arrested him on Monday. He was shot in custody": violence on a captive
        # the state holds is its repression, as a death in custody is, not a battle.
        return replace(sense, type="repression", subtype=None)
    against_civilians = state and not any(_military(t, lexicon) for t in hit)
    if against_civilians and sense.label == "attack/facility_attack":
        # "troops burned the village": the ontology's attack is a non-state or clandestine
        # actor's; the state's forces destroying what civilians own coerce them
        # (repression). A rebel base they burn stays the war's; one that kills many of
        # those inside is a massacre.
        many = _mass_killing(match.head, lexicon) or _sentence_counts_many_killed(
            match.head, lexicon
        )
        return replace(sense, type="repression", subtype="massacre" if many else None)
    if against_civilians and sense.label == "attack/hostage_taking":
        # "intelligence agents abducted the journalist": people taken by the state's own
        # men, outside any arrest, are forcibly disappeared (ACLED's "Abduction/forced
        # disappearance" by state forces), not held for a ransom.
        return replace(sense, type="repression", subtype="disappearance")
    if (
        unattributed
        and sense.label == "attack/hostage_taking"
        and not any(_military(t, lexicon) for t in hit)
        and _state_alone_armed_so_far(match, lexicon)
    ):
        # "Iraqi forces attacked Camp Ashraf ... Seven residents were abducted": people
        # taken by nobody named, in an account whose only armed side so far is the
        # state's, were taken by its men: a forced disappearance, no hostage taking.
        return replace(sense, type="repression", subtype="disappearance")
    # "soldiers shot a resident": no clash when the other side is civilians.
    clash = (sense.type, sense.subtype) == ("battle", "clash") and match.head.pos_ == "VERB"
    if clash and state and any(_civilian(t, lexicon) for t in hit):
        if _mass_killing(match.head, lexicon):
            # "troops shot dozens of women and children": many civilians shot, a massacre.
            return replace(sense, type="repression", subtype="massacre")
        return replace(sense, type="repression", subtype="crackdown")
    if (sense.type, sense.subtype) == ("attack", "unarmed_assault"):
        # "police beat the protesters", "they beat the men": the state's forces beating
        # civilians, or people no word calls armed, crack down.
        civilians = state and any(
            _civilian(t, lexicon) or _unarmed_people(t, index, lexicon) for t in hit
        )
        return replace(sense, type="repression", subtype="crackdown") if civilians else sense
    if (
        sense.label in ("attack", "attack/armed_assault", "attack/unarmed_assault", "battle/clash")
        and not state_doer
        and any(t.lemma_.lower() in lexicon.crowd_missiles for t in _with_phrase(match.head))
    ):
        # "they were attacked with stones and bottles": a crowd's weapons, a riot.
        return replace(sense, type="protest", subtype="riot")
    own = lexicon.words.get((match.head.lemma_ or "").lower())
    if (
        sense.type == "battle"
        and sense.subtype in ("clash", "offensive")
        and own is not None
        and own.label in ("attack", "attack/armed_assault")
        and match.head.pos_ == "VERB"
        and not state_doer
        and _raided(hit, index, lexicon)
    ):
        # "militiamen attacked Kwall, a farming village": the statistical model may read
        # an attack as a clash from its doer's words alone; a village or its people hit,
        # and no armed man, post or policeman among them, make it a raid (the rules below
        # still make one on a country an offensive).
        sense = replace(sense, type="attack", subtype=own.subtype)
    if (
        sense.type in ("attack", "battle")
        and own is not None
        and own.label in ("attack", "attack/armed_assault")
        and _office_holder_killed(match.head, lexicon)
    ):
        # "soldiers attacked the residence of the president and killed him": an attack
        # that kills the holder of an office it was aimed at is an assassination, whoever
        # carried it out, not a battle with the guards of the house.
        return replace(sense, type="attack", subtype="assassination")
    if sense.type != "attack" or sense.subtype not in ("armed_assault", None):
        return sense
    if agent is not None and any(b in agent.name.lower() for b in lexicon.bomber_names):
        # "a suicide bomber killed 40 policemen": whoever died, the act is a bombing, not
        # a battle with the forces it hit.
        return replace(sense, subtype="bombing")
    lemma = (match.head.lemma_ or "").lower()
    if any(crowd_control(t, lexicon) for t in objects):
        # "police fired rubber bullets and tear gas": arms for crowds, not for battle.
        return replace(sense, type="repression", subtype="crackdown")
    if (
        state_doer
        and lemma in lexicon.search_triggers
        and not any(_military(t, lexicon) for t in hit)
    ):
        # "police raided the union's offices": the state's forces searching a place
        # that no armed side holds crack down on whoever uses it.
        return replace(sense, type="repression", subtype="crackdown")
    if state or state_doer:
        # "a constable shot dead a courier": the doer's own words say it is the state's
        # even where the doer was resolved to no entity; only the general reading below,
        # of the state's violence as battle, waits for the entity.
        # "a campaign of killings": a phrase tells a killing by any of its words.
        told = match.head.doc.char_span(match.start, match.end)
        words = {lemma} | {t.lemma_.lower() for t in told or ()}
        if words & lexicon.killing_triggers:
            # "soldiers killed 15 militants": the state's forces killing armed men fight
            # them (ACLED's "Armed clash"); killing anyone else is one-sided violence.
            # "killed two officers and three sergeants": each of those killed counts.
            killed = [*hit, *(j for t in hit for j in t.conjuncts), *_pursued(match.head, hit)]
            if any(_armed_men(t, lexicon) for t in killed):
                return replace(sense, type="battle", subtype="clash")
            return replace(sense, type="repression", subtype="massacre")
        if any(_civilian(t, lexicon) for t in hit):
            if _mass_killing(match.head, lexicon):
                # "troops opened fire on worshippers, killing at least 40": a massacre.
                return replace(sense, type="repression", subtype="massacre")
            return replace(sense, type="repression", subtype="crackdown")
        if any(_unarmed_people(t, index, lexicon) for t in hit) and (
            _mass_killing(match.head, lexicon) or _sentence_counts_many_killed(match.head, lexicon)
        ):
            # "soldiers shot the men in the barns ...; 400 villagers were killed"
            return replace(sense, type="repression", subtype="massacre")
        if any(_unarmed_people(t, index, lexicon) or _civilian_vehicle(t, lexicon) for t in hit):
            # "soldiers shot two men": people no word calls armed are not a side in a
            # battle; the state's forces shooting them is one-sided (ACLED's "Violence
            # against civilians"), as a killing of them is above. So is shooting at a
            # vehicle no word calls armed ("officers fired dozens of rounds at the car"):
            # the people in it, not a side.
            return replace(sense, type="repression", subtype="crackdown")
        if (
            not hit
            and agent is not None
            and _words(agent) & lexicon.police_words
            and not _words(agent) & (lexicon.armed_words - lexicon.police_words)
        ):
            # "the police, having been stoned, opened fire": police firing at no armed
            # side the sentence names fire on a crowd, not in a battle.
            return replace(sense, type="repression", subtype="crackdown")
        if state:
            return replace(sense, type="battle", subtype="clash")
    if (match.head.lemma_ or "").lower() in lexicon.assassination_triggers and any(
        r == "victim" and _prominent(i, index, lexicon) for i, r in args.actors
    ):
        return replace(sense, subtype="assassination")
    for token in hit:
        ident = index.resolve(token)
        target = index.entity(ident) if ident else None
        # Civilian by its head word: "angry villagers", not the "People's" of a front's name.
        armed = agent is None or _head_word(agent) not in lexicon.civilian_nouns
        if _lone_member_killed(match.head, token, lexicon) and (
            is_people(token, index, lexicon) or _member_of_force(token, lexicon)
        ):
            # "a police inspector was shot dead by gunmen": one man of the forces killed,
            # with no fire returned, is a one-sided lethal act (the ontology's attack),
            # not a battle; "attacked a police post" stays one.
            continue
        if (target is not None and is_state(target, lexicon)) or (
            armed
            and (
                _military(token, lexicon)
                or token.lower_ in lexicon.state_words
                # not a singular "guard", who may guard a shop (member_armed_words)
                or token.lower_ in lexicon.armed_words
            )
        ):
            # Armed men against a state's forces, or against other armed men ("three
            # legions were ambushed by tribesmen"): a battle (ACLED's "armed clash").
            return replace(sense, type="battle", subtype="clash")
    # "Iraq attacked Kuwait", "the armies of the First Crusade stormed Jerusalem": an
    # offensive on a country, or an army's on a city; gunmen attacking a village raid it.
    army = subject is not None and subject.lemma_.lower() in lexicon.state_words
    if any(army or _country(token, index, lexicon) for token in args.objects):
        return replace(sense, type="battle", subtype="offensive")
    return sense


def _held_at_place(match: TriggerMatch, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """ "took him to the stadium, where thousands of prisoners were held": people held in
    a place a "where" clause tells are confined there, as when the verb holds them
    actively ("held the students in the gym"), not arrested."""
    head = match.head
    return (
        head.dep_ == "relcl"
        and any(c.lower_ == "where" for c in head.children)
        and any(c.dep_ == "nsubjpass" and is_people(c, index, lexicon) for c in head.children)
    )


def _holders(hit: list[Token], lexicon: EventLexicon) -> list[Token]:
    """Who a relative clause on a place hit says held it: armed men who held or defended
    it ("the trading post, which its garrison of 80 held", "the stockade, which a company
    of militia defended"), or civilians who occupied it or sheltered there ("the cathedral
    where striking miners had taken refuge", "the embassy, which peasants had occupied"),
    whom storming it falls upon: the doers of that clause."""
    return [
        s
        for t in hit
        if t.pos_ in ("NOUN", "PROPN")
        for clause in t.children
        if clause.dep_ == "relcl"
        for s in clause.children
        if s.dep_ in SUBJECTS
        and (_armed_men(s, lexicon) or _civilian(s, lexicon) or _protesting(s, lexicon))
    ]


def _held_against_force(match: TriggerMatch, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """Is the verb's "against" phrase, or its uncounted object held with no role given it
    ("held the Guard at bay", not "held two soldiers", "held them hostage"), an armed body?"""
    head = match.head
    against = [
        c
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "against"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    given_role = any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in head.children)
    held = [
        c
        for c in head.children
        if c.dep_ == "dobj"
        and not given_role
        and c.tag_ != "NN"  # "held a soldier for two days": a man taken, not a force
        and not any(g.like_num for g in c.children)
    ]

    def force(token: Token) -> bool:
        ident = index.resolve(token)
        entity = index.entity(ident) if ident else None
        return (
            _armed_men(token, lexicon)
            or token.lower_ in lexicon.state_words
            or (entity is not None and entity.kind == "group" and is_armed(entity, lexicon))
        )

    return any(force(t) for t in [*against, *held])


def _raided(hit: list[Token], index: EntityIndex, lexicon: EventLexicon) -> bool:
    """Were the ones hit a place or people outside the fighting ("Kwall, a farming
    village", "residents"), with no armed man, post, policeman or state force among them?"""
    armed = lexicon.state_words | lexicon.police_words | lexicon.armed_words

    def fighting(token: Token) -> bool:
        modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
        return (
            _armed_men(token, lexicon)
            or _military(token, lexicon)
            or bool(({token.lower_} | modifiers) & armed)
        )

    return (
        bool(hit)
        and not any(fighting(t) for t in hit)
        and any(
            is_place(t, index, lexicon) or _civilian(t, lexicon) or is_people(t, index, lexicon)
            for t in hit
        )
    )


def _irregular(agent: Entity | None, lexicon: EventLexicon) -> bool:
    """Does the doer's name call it armed men outside any state's forces ("the militants",
    "rebel fighters"), not a unit of an army ("Prussian regiments", "the 6th Division"),
    which may be a state's though no word says whose?"""
    # "guards executed two prisoners": those who keep captives are their keepers, the
    # state's men, though no word says which service ("security guards" of a shop kill
    # no captive).
    irregular = (
        lexicon.member_armed_words - lexicon.state_words - set(lexicon.qualified_state_words)
    )
    words = _words(agent) if agent is not None else set()
    forms = {w.removesuffix("s") for w in words} | {w.replace("men", "man") for w in words}
    return bool((words | forms) & irregular)


def _member_of_force(token: Token, lexicon: EventLexicon) -> bool:
    """ "a police inspector", "an army sergeant": a rank or calling that a word for the
    state's forces qualifies; not what they field that flies ("a police helicopter")."""
    force = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    posts = lexicon.military_targets - lexicon.military_ranks
    craft = lexicon.aircraft_words | lexicon.facility_nouns | posts
    return bool(force & lexicon.state_words) and token.lemma_.lower() not in craft


def _acted_on(verb: Token) -> list[Token]:
    """What a verb acts on; for a pronoun object of a verb joined to another ("engaged the
    band and dispersed it"), what the first verb acts on, which the pronoun stands for."""
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    if verb.dep_ == "conj" and any(o.pos_ == "PRON" for o in objects):
        objects += [c for c in verb.head.children if c.dep_ in OBJECTS]
    return objects


def _lone_member_killed(verb: Token, token: Token, lexicon: EventLexicon) -> bool:
    """Is the token one member of the forces ("a police inspector", "a soldier") whom the
    verb kills, in a sentence that tells no exchange of fire? A unit, a post or a position
    ("a patrol", "the barracks") is a side in a fight; a lone man shot is no battle."""
    if (verb.lemma_ or "").lower() not in lexicon.assassination_triggers:
        return False
    # a body of men, a post or a thing is no lone man ("the army", "a patrol", "the camp");
    # a rank is one ("a police colonel")
    unit_words = (
        lexicon.group_nouns
        | (lexicon.military_targets - lexicon.military_ranks)
        | lexicon.facility_nouns
        | lexicon.place_nouns
        | lexicon.road_nouns
    )
    lone = (
        token.tag_ == "NN"
        and token.head.i == verb.i
        and token.dep_ in ("dobj", "nsubjpass")
        and token.lower_ not in unit_words
        and token.lemma_.lower() not in unit_words
        and not any(c.like_num for c in token.children)
    )
    text = verb.sent.text.lower()
    return lone and not any(marker in text for marker in lexicon.clash_markers)


def _pursued(verb: Token, hit: list[Token]) -> list[Token]:
    """Whom "them" stands for in "pursued the attackers and killed 12 of them": the object
    of the verb a killing is joined to, when the killing counts a part of a pronoun."""
    pronoun = any(o.pos_ == "PRON" for t in hit for o in of_phrase(t))
    if not pronoun or verb.dep_ != "conj":
        return []
    return [c for c in verb.head.children if c.dep_ in OBJECTS]


def _steps_since_custody(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The verbs told before a joined verb, back to the nearest one that takes or tries
    a person: "tortured" and "captured" for "beheaded" in "was captured, tortured and
    beheaded" (the parser hangs such a list on its first verb by either link); none when
    no such verb comes first. A clause before that one ("the Nationalists marched into the
    town, and my uncle was taken away and shot") tells another act, with its own doers."""
    steps: list[Token] = []
    current = verb
    while current.dep_ in ("conj", "advcl") and current.head.i != current.i and len(steps) < 3:
        current = current.head
        steps.append(current)
        if current.lemma_.lower() in lexicon.custody_verbs or _judicial(current, lexicon):
            return steps
    return []


def _told_in_custody_state(verb: Token, lexicon: EventLexicon) -> bool:
    """Is the verb's act told as done "in custody" (or detention, captivity:
    ``custody_states``)? Narrower than the arguments' reading of custody
    (``arguments._in_custody``, which counts cells, camps and barracks too): here a
    state's killing is retyped, and a camp or barracks may be a fighting side's own."""
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and o.lemma_.lower() in lexicon.custody_states
        for p in verb.children
        for o in p.children
    )


def _judicial(verb: Token, lexicon: EventLexicon) -> bool:
    """Is the verb a court's act on a person ("tried", "convicted", "sentenced")?"""
    sense = lexicon.words.get(verb.lemma_.lower())
    return sense is not None and sense.type == "legal" and verb.pos_ == "VERB"


def _country(token: Token, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """Is the place a country or a region, not a town or a village ("attacked Chad", not
    "attacked the village of Tillia"): the gazetteer's feature class says which, and a
    name without one is taken as the country it is called, unless the text calls it a
    town ("the coastal town of Palma")."""
    ident = index.resolve(token)
    place = index.entity(ident) if ident else None
    if place is None or place.kind != "place" or token.ent_type_ != "GPE":
        return False
    if _named_town(token, lexicon):
        return False
    feature = place.geo.feature if place.geo is not None else None
    return feature not in MINOR_PLACES


def _named_town(token: Token, lexicon: EventLexicon) -> bool:
    """Is the name the "of" phrase of a word for a town ("the town of Palma", "the village
    of Tillia")?"""
    of = token.head
    return (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.i != of.i
        and of.head.lemma_.lower() in lexicon.town_nouns
    )


def _armed_subject(head: Token, lexicon: EventLexicon) -> bool:
    """Does the verb's subject's own head word say it bears arms ("Herero fighters",
    "sepoys"), where the actor found is a name in it that says no such thing?"""
    subject = subject_of(head) if head.pos_ == "VERB" else None
    armed = lexicon.armed_words | lexicon.member_armed_words | lexicon.state_words
    return subject is not None and bool({subject.lower_, subject.lemma_.lower()} & armed)


def _mass_killing(head: Token, lexicon: EventLexicon) -> bool:
    """Does a participle of killing on the act count many dead ("opened fire on mourners,
    killing at least 12 people", "killing dozens"), or a killing verb its many victims
    ("shot scores of villagers")? Shooting into civilians
    that kills that many is a massacre, where a few hurt is the policing of a crowd."""
    killings = [
        c
        for c in head.children
        if c.dep_ == "advcl" and c.lemma_.lower() in lexicon.killing_triggers
    ]
    # "troops shot dozens of women and children": the shooting verb's own count of the
    # people it hit says as much as a participle of killing does.
    if head.pos_ == "VERB" and head.lemma_.lower() in lexicon.assassination_triggers:
        killings.append(head)
    return _counts_many(killings, lexicon)


def _sentence_counts_many_killed(head: Token, lexicon: EventLexicon) -> bool:
    """Does the act's sentence count many killed by a killing with no doer of its own
    ("shot the men in the barns and set fire to the church; 400 villagers were killed")?
    The toll is what the act's clauses did together."""
    killings = [
        v
        for v in head.sent
        if v.pos_ == "VERB"
        and v.lemma_.lower() in lexicon.killing_triggers
        and any(c.dep_ == "nsubjpass" for c in v.children)
        and not any(c.dep_ == "agent" for c in v.children)
    ]
    return _counts_many(killings, lexicon)


def _counts_many(killings: list[Token], lexicon: EventLexicon) -> bool:
    """Does any of the killing verbs count many victims, by a figure or a word
    ("dozens", "scores")?"""
    for victim in (o for k in killings for o in k.children if o.dep_ in ("dobj", "nsubjpass")):
        if victim.lemma_.lower() in lexicon.mass_count_words:
            return True
        for figure in [victim, *(n for n in victim.children if n.dep_ == "nummod")]:
            digits = figure.text.replace(",", "")
            if digits.isdigit() and int(digits) >= lexicon.massacre_toll:
                return True
            if figure.lower_ in lexicon.mass_count_words:
                return True
    return False


def _raiders(head: Token, agent: Entity | None, lexicon: EventLexicon) -> bool:
    """Is the doer a raiding band ("Viking raiders", "a band of brigands"), by the actor's
    name or the verb's own subject word?"""
    subject = subject_of(head) if head.pos_ == "VERB" else None
    words = _words(agent) if agent is not None else set()
    if subject is not None:
        words |= {subject.lower_, subject.lemma_.lower()}
        # "a band of brigands": the band's "of" phrase names who they are
        words |= {
            g.lemma_.lower()
            for p in subject.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
        }
    return bool(words & lexicon.raider_words)


def _killed_in_joined_clause(head: Token, lexicon: EventLexicon) -> list[Token]:
    """Whom a joined verb of killing or wounding with no subject of its own counts
    ("stormed the village and killed 12 people", "ambushed a convoy, killing six
    soldiers"): the ones the trigger's act hit."""
    return [
        o
        for c in head.children
        if (c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG"))
        and c.lemma_.lower() in lexicon.casualty_verbs
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for o in c.children
        if o.dep_ in OBJECTS
    ]


def _office_holder_killed(head: Token, lexicon: EventLexicon) -> bool:
    """Does a joined clause kill the holder of an office alone ("attacked the palace and
    killed the king"), or a lone "him" or "her" who stands for the office holder whose
    home or car the attack hit ("attacked the residence of the president and killed
    him")? A list of dead with companions ("killing him, his clerk and two escorts") is
    left to the toll, which would count the office holder twice in an assassination."""
    killed = _killed_in_joined_clause(head, lexicon)
    # the parser may hang the rest of a list elsewhere: a comma or "and" after continues it
    listed = len(killed) != 1 or killed[0].conjuncts
    if listed or (killed[0].i + 1 < len(head.doc) and killed[0].nbor().lower_ in (",", "and")):
        return False
    owners = [
        o
        for t in _acted_on(head)
        for o in [*of_phrase(t), *(c for c in t.children if c.dep_ == "poss")]
    ]
    return any(holds_office(t, lexicon) and t.pos_ != "PRON" for t in killed) or (
        any(t.lemma_.lower() in ("he", "she") for t in killed)
        and any(holds_office(o, lexicon) for o in owners)
    )


def _civilians_killed_by_irregulars(
    match: TriggerMatch, agent: Entity | None, lexicon: EventLexicon
) -> bool:
    """Do armed men outside any state's forces kill civilians in a clause joined to the
    trigger ("rebels stormed the town, killing thirty villagers"), and no armed man?"""
    if not _irregular(agent, lexicon):
        return False
    killed = _killed_in_joined_clause(match.head, lexicon)
    killed += [g for t in killed for g in of_phrase(t)]
    return any(_civilian(t, lexicon) for t in killed) and not any(
        _armed_men(t, lexicon) or _military(t, lexicon) for t in killed
    )


def _body_decides(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is the trigger a deciding body's vote on a measure: a verb whose subject is such a
    body ("council", "parliament") and which takes what it decided, as a clause ("voted to
    send troops") or a phrase ("voted for the resolution")? "Voters voted for the
    opposition" and "parliament elected a speaker" stay elections."""
    head = match.head
    subject = subject_of(head) if head.pos_ == "VERB" else None
    if subject is None or subject.lemma_.lower() not in lexicon.deciding_bodies:
        return False
    measure = any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in head.children
    )
    return measure or any(
        o.lemma_.lower() in lexicon.measure_nouns
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("for", "against", "on")
        for o in p.children
        if o.dep_ == "pobj"
    )


def _aimed_at(head: Token, lexicon: EventLexicon) -> list[Token]:
    """What a verb is aimed at with a preposition ("fired on the crowd"), also where the
    parser hangs the preposition on a phrase of manner between them ("opened fire without
    warning on villagers", "fired with rifles on the crowd"); a date is no aim."""

    def aimed(token: Token) -> list[Token]:
        return [
            c
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in lexicon.aim_prepositions
            for c in p.children
            if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")
        ]

    own = aimed(head)
    if own:
        return own
    manner = [
        g
        for p in head.children
        if p.dep_ == "prep" and p.lower_ not in lexicon.aim_prepositions
        for g in p.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    return [c for g in manner for c in aimed(g)]


def _taken_by_nameless_they(verb: Token, lexicon: EventLexicon) -> bool:
    """Is the verb's subject a bare "they" and its object one person ("my brother",
    "Elena"), in a sentence with no word of ransom or hostages?"""
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    taken = [c for c in verb.children if c.dep_ == "dobj"]
    one_person = any(
        t.ent_type_ == "PERSON" or (t.tag_ == "NN" and any(c.dep_ == "poss" for c in t.children))
        for t in taken
    )
    return (
        len(subject) == 1
        and subject[0].lower_ == "they"
        and one_person
        and not any(t.lemma_.lower() in lexicon.ransom_words for t in verb.sent)
    )


def _killed_as_charged(verb: Token, lexicon: EventLexicon) -> bool:
    """Is the killing done "as" a charge or a lesson ("shot as a spy", "hanged as an enemy
    of the people", "shot as an example")? Only a phrase of "as" with a noun counts, not a
    clause of time ("shot as he ran")."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "as"
        and any(c.dep_ == "pobj" and (c.lemma_.lower() in lexicon.charge_nouns) for c in p.children)
        for p in verb.children
    )


def _names_execution(doer: Token, lexicon: EventLexicon) -> bool:
    """Is the doer named by a phrase for an execution ("firing squads", "the firing
    squad")?"""
    words = [c.lemma_.lower() for c in doer.children if c.dep_ in ("compound", "amod")]
    sense = lexicon.phrases.get((*words, doer.lemma_.lower()))
    return sense is not None and sense.label == "repression/execution"


def _after_death_sentence(verb: Token, lexicon: EventLexicon) -> bool:
    """Is a death sentence passed in the verb's sentence or the one before ("sentenced to
    death", "condemned to death")? A killing told next carries it out."""
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else None
    tokens = [*(before or ()), *sent[: verb.i - sent.start]]
    return any(
        t.lemma_.lower() in lexicon.sentencing_verbs
        and any(
            p.lower_ == "to" and any(o.lemma_.lower() == "death" for o in p.children)
            for p in t.children
        )
        for t in tokens
    )


def _object_reading(
    match: TriggerMatch, args: Arguments, index: EntityIndex, lexicon: EventLexicon
) -> str | None:
    """The reading a trigger takes for what it acts on ("boycotted the vote", "a boycott of
    the election"): its objects, or the "of" phrase of a trigger noun. A group of civilians
    ("charged a column of students") is acted on as a crowd, as a column of troops is not."""
    if not match.sense.object_readings:
        return None
    acted_on = [*args.objects]
    if match.head.pos_ == "NOUN":
        acted_on += [
            c
            for p in match.head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for c in p.children
            if c.dep_ == "pobj"
        ]
    acted_on += phrase_objects(match)
    # "stormed the city of Bari": an object resolved to the name says what it is by the
    # noun its "of" phrase hangs on.
    acted_on += [t.head.head for t in args.objects if t.dep_ == "pobj" and t.head.lower_ == "of"]
    # "escaped from the camp": what a verb leaves is what it acts on.
    acted_on += [
        c
        for p in match.head.children
        if p.dep_ == "prep" and p.lower_ == "from" and match.head.pos_ == "VERB"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    # "the yeomanry charged into the crowd", "charged at the pickets": what a verb with no
    # object is aimed at is what it acts on ("stormed the garrison at Toungoo" acts on the
    # garrison, not the town).
    if match.head.pos_ == "VERB" and not args.objects:
        acted_on += [
            c
            for p in match.head.children
            if p.dep_ == "prep" and p.lower_ in lexicon.aim_prepositions
            for c in p.children
            if c.dep_ == "pobj"
        ]
    # "elected Hassan Bakri secretary-general": what the verb made its object counts too.
    # "proclaimed him emperor": the parser may read what was made as a clause, or as a
    # subject after the verb.
    made = [
        c
        for c in match.head.children
        if c.dep_ == "oprd"
        or (c.pos_ == "NOUN" and c.i > match.head.i and c.dep_ in ("ccomp", "xcomp", "nsubj"))
    ]
    acted_on += [*made, *(g for t in made for g in t.children if g.dep_ == "compound")]
    lemmas = {t.lemma_.lower() for t in acted_on} | {t.lower_ for t in acted_on}
    # A name's label says what it is, unless a site noun in the name says otherwise
    # ("Camp Ashraf", "Evin prison" are no towns, whatever the recogniser calls them).
    lemmas |= {
        f"ent:{t.ent_type_.lower()}"
        for t in acted_on
        if t.ent_type_
        and not any(
            c.lemma_.lower() in lexicon.facility_nouns
            for c in (t, *t.children)
            if c is t or c.dep_ == "compound"
        )
    }
    if any(
        _unarmed_people(g, index, lexicon)
        for t in args.objects
        if t.lemma_.lower() in lexicon.collective_nouns
        for g in of_phrase(t)
    ):
        lemmas.add("crowd")
    if _marching_object(match, lexicon) and _state_doer(match, lexicon):
        lemmas.add("crowd")
    # "charged striking miners", not "charged striking miners with arson" (their crime).
    accused = any(c.lower_ in match.sense.armed_unless for c in match.head.children)
    if not accused and any(_protesting(t, lexicon) for t in args.objects):
        lemmas.add("crowd")
    return next((label for label, nouns in match.sense.object_readings if lemmas & nouns), None)


def _protesting(token: Token, lexicon: EventLexicon) -> bool:
    """Are the people told as protesting by a participle before them ("striking miners",
    "protesting farmers")? They are a crowd, as "strikers" and "protesters" are."""
    return any(
        c.dep_ == "amod" and c.lower_ in lexicon.protesting_participles for c in token.children
    )


def _marching_object(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Whether the verb acts on people told as protesting in a participle after it
    ("police charged workers marching to the palace"): the parser reads the people as the
    subject of a clause of their own, or as a modifier of a gerund object ("beat nurses
    marching"), not the verb's object, yet they are the crowd acted on (by the state's
    men only, which the callers check: "supporters beat drums marching to the stadium")."""
    return any(
        clause.dep_ in ("ccomp", "xcomp", "acl", "dobj")
        and clause.tag_ == "VBG"
        and clause.i > match.head.i
        and any(
            c.dep_ in ("nsubj", "compound") and match.head.i < c.i < clause.i
            for c in clause.children
        )
        and tells_act(clause, lexicon)
        and _sense_type(clause, lexicon) == "protest"
        for clause in match.head.children
    )


def _sense_type(token: Token, lexicon: EventLexicon) -> str | None:
    """The event type a trigger word tells for its part of speech."""
    lemma = token.lemma_.lower()
    sense = lexicon.words.get(f"{lemma}/{token.pos_.lower()}") or lexicon.words.get(lemma)
    return None if sense is None else sense.type


def phrase_objects(match: TriggerMatch) -> list[Token]:
    """What a phrase's own preposition governs: "parliament" in "walked out of
    parliament", "the alliance" in "withdrew from the alliance"."""
    phrase = match.head.doc.char_span(match.start, match.end)
    if phrase is None:
        return []
    return [c for t in phrase if t.dep_ == "prep" for c in t.children if c.dep_ == "pobj"]


def _people_moved(
    match: TriggerMatch, args: Arguments, index: EntityIndex, lexicon: EventLexicon
) -> bool:
    """Does the verb move unarmed people, as its object or a passive's subject ("moved
    40,000 villagers to camps", "50,000 Greeks were moved")? Not a body's own fighters
    ("moved its fighters to Iraq"), who go with it."""
    moved = [*args.objects, *(c for c in match.head.children if c.dep_ == "nsubjpass")]
    return any(_unarmed_people(t, index, lexicon) or _a_people(t, index, lexicon) for t in moved)


def _a_people(token: Token, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """ "50,000 Greeks", "the Muslims of Crete": a people named by nationality or faith, in
    the plural (the tagger's plural proper noun, or spaCy's NORP), and no armed body."""
    ident = index.resolve(token)
    entity = index.entity(ident) if ident else None
    plural = token.tag_ == "NNPS" or (token.ent_type_ == "NORP" and token.tag_ == "NNS")
    return plural and not (entity is not None and is_armed(entity, lexicon))


def people_leaving(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is the verb's subject civilians, a family or the narrator ("we", "most families")?"""
    subject = subject_of(match.head) if match.head.pos_ == "VERB" else None
    if subject is None:
        return False
    words = {subject.lower_, subject.lemma_.lower()}
    return bool(words & (lexicon.civilian_nouns | lexicon.uprooted_subjects))


def _civilians_fleeing(match: TriggerMatch, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """Civilians in flight, wherever to ("a million civilians fled into Zaire"), or a
    people counted in thousands ("thousands of Afghans desperate to leave"): a
    displacement; exile is a person's or an organization's leaving."""
    subject = subject_of(match.head) if match.head.pos_ == "VERB" else None
    if subject is None:
        return False
    collective = subject.lemma_.lower() in lexicon.collective_nouns
    counted = of_phrase(subject) if collective else []
    # "More than 90,000 Karen fled": a people counted, though the tagger reads the name
    # singular (and the recogniser may call it a body): no body is counted by heads.
    ident = index.resolve(subject)
    counted_name = (
        (subject.ent_type_ == "NORP" or subject.pos_ == "PROPN")
        and any(c.dep_ == "nummod" for c in subject.children)
        and not is_armed(index.entity(ident) if ident else None, lexicon)
    )
    a_people = _a_people(subject, index, lexicon) or counted_name
    # "families fled into the forests": households uprooted, not a person's exile
    # "families fled into the forests", "hundreds of households fled": households
    # uprooted, not a person's exile
    return (
        a_people
        or subject.lower_ in lexicon.civilian_nouns
        or (subject.pos_ != "PRON" and subject.lemma_.lower() in lexicon.uprooted_subjects)
        or any(
            t.lower_ in lexicon.civilian_nouns
            or t.lemma_.lower() in lexicon.uprooted_subjects
            or _a_people(t, index, lexicon)
            for t in counted
        )
    )


def left_home(
    match: TriggerMatch, args: Arguments, index: EntityIndex, lexicon: EventLexicon
) -> bool:
    """People leaving a home, a village or a town ("we left Kovac"): flight, a displacement."""
    return people_leaving(match, lexicon) and _flight_from_home(match, args, index, lexicon)


def armed_leaving(
    match: TriggerMatch, args: Arguments, index: EntityIndex, lexicon: EventLexicon
) -> bool:
    """Armed men leaving a place ("the brigade withdrew from the town", "troops pulled out
    of the valley"): a pull-back, where a party leaving a coalition is a body's exit."""
    subject = subject_of(match.head) if match.head.pos_ == "VERB" else None
    if subject is None:
        return False
    words = {subject.lower_, subject.lemma_.lower()}
    armed = lexicon.armed_words | lexicon.member_armed_words | lexicon.state_words
    agent = index.entity(args.agent) if args.agent else None
    if not (words & armed or is_armed(agent, lexicon)):
        return False
    left = [*args.objects, *phrase_objects(match)]
    return any(
        is_place(t, index, lexicon) or t.lemma_.lower() in lexicon.facility_nouns for t in left
    ) and not any(t.lemma_.lower() in lexicon.member_bodies for t in left)


def _flight_from_home(
    match: TriggerMatch, args: Arguments, index: EntityIndex, lexicon: EventLexicon
) -> bool:
    """Flight from a home, a village or a town ("fled Gubio", "fled their villages") is a
    displacement; flight to another country ("fled to London") or out of one is an exile."""
    head = match.head
    destinations = [
        c
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("to", "into", "across", "abroad", "for")
        for c in p.children
        # "left for Caracas" heads somewhere; "fled for their lives" does not
        if c.dep_ == "pobj" and (p.lower_ != "for" or is_place(c, index, lexicon))
    ]
    if destinations or any(c.lower_ == "abroad" for c in head.children):
        return False
    left = [*args.objects] + [
        c
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    for token in left:
        if _violence_word(token, lexicon):
            return True  # "fled the fighting": flight from what happens where one lives
        ident = index.resolve(token)
        place = index.entity(ident) if ident else None
        if place is not None and place.kind in ("place", "facility"):
            country = place.geo is not None and (place.geo.feature or "").startswith("PCL")
            return not country
        if token.lemma_.lower() in lexicon.home_nouns or is_place(token, index, lexicon):
            return True
    return False


def _violence_word(token: Token, lexicon: EventLexicon) -> bool:
    """A noun for violence people flee: one the lexicon reads as violence ("the fighting",
    "the clashes") or a word for danger that names no event ("the violence")."""
    lemma = token.lemma_.lower()
    sense = lexicon.words.get(f"{lemma}/noun") or lexicon.words.get(lemma)
    violent = sense is not None and sense.type in ("attack", "battle", "repression")
    return token.pos_ == "NOUN" and (violent or lemma in lexicon.danger_nouns)


def weapon_reading(match: TriggerMatch, lexicon: EventLexicon) -> TriggerSense | None:
    """The reading that the weapon named as an ambiguous verb's subject gives it.

    "A grenade exploded" is a bombing and "shells exploded" shelling, whatever the
    sentence's other words would suggest to the statistical model: the device says
    what kind of act it was.
    """
    sense = match.sense
    subject = subject_of(match.head) if match.head.pos_ == "VERB" else None
    if subject is None or not sense.alternatives:
        return None
    lemma = subject.lemma_.lower()
    weapon = lexicon.words.get(f"{lemma}/noun") or lexicon.words.get(lemma)
    if weapon is None or weapon.label not in (sense.label, *sense.alternatives):
        return None
    return replace(sense, type=weapon.type, subtype=weapon.subtype)


def airborne(subject: Token, lexicon: EventLexicon) -> bool:
    """ "its aircraft", "drones", "the LNA air force": a subject that flies."""
    modifiers = [c.lower_ for c in subject.children if c.dep_ in ("compound", "amod")]
    words = {subject.lower_, " ".join([*modifiers[-1:], subject.lower_])}
    return bool(words & lexicon.aircraft_words)


def _flown(head: Token, subject: Token | None, lexicon: EventLexicon) -> bool:
    """Is the act done from the air: by a subject that flies, by a noun's owner that does
    ("the Syrian air force's bombing"), by a "by" phrase's ("bombed by aircraft of the
    Condor Legion", "the bombing of Hanoi by B-52s"), or "from the air"?"""
    fliers = [subject] if subject is not None else []
    fliers += [c for c in head.children if c.dep_ == "poss"]
    by = [c for c in head.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    fliers += [o for p in by for o in p.children if o.dep_ == "pobj"]
    from_air = any(
        p.dep_ == "prep" and p.lower_ == "from" and any(o.lower_ == "air" for o in p.children)
        for p in head.children
    )
    return from_air or any(airborne(f, lexicon) for f in fliers)


def _unarmed_sides(subject: Token | None, lexicon: EventLexicon) -> bool:
    """A subject phrase of civilians or partisans with no word for armed men
    ("supporters of the ruling party", "two village groups", "angry residents")."""
    if subject is None:
        return False
    words = {subject.lower_, subject.lemma_.lower()}
    for token in subject.subtree:
        if token.dep_ in ("compound", "amod", "pobj") or token.i == subject.i:
            words |= {token.lower_, token.lemma_.lower()}
    armed = lexicon.armed_words | lexicon.state_words | lexicon.member_armed_words
    unarmed = lexicon.crowd_words | lexicon.civilian_nouns | lexicon.partisan_words
    owners = {
        g.lemma_.lower()
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    }
    partisans = bool(words & unarmed) or bool(owners & lexicon.partisan_owners)
    return partisans and not words & armed


def _state_doer(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Does the phrase naming the doer say it is the state's ("officers of the state
    security service", "a police raid"), whatever entity the doer was resolved to?"""
    head = match.head
    doers = [c for c in head.children if c.dep_ in ("compound", "poss")]
    if head.pos_ == "VERB":
        subject = subject_of(head)
        doers += [subject] if subject is not None else []
        doers += [
            c
            for p in head.children
            if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
            for c in p.children
            if c.dep_ == "pobj"
        ]
    # "militants loyal to the Islamic State": a word for armed men outside the state's
    # forces says whose they are, whatever name their phrase holds.
    outlaws = (lexicon.armed_words | lexicon.member_armed_words) - lexicon.state_words
    for doer in doers:
        if {doer.lower_, doer.lemma_.lower()} & outlaws:
            continue
        words = {
            t.lower_
            for t in doer.subtree
            if t.i == doer.i or t.dep_ in ("compound", "amod", "pobj")
        }
        if words & lexicon.state_words:
            return True
    return False


def _state_told_before(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is the verb's doer a pronoun ("They rounded up the men", "where they shot them")
    that stands for the state's forces named as a doer just before ("The gendarmes
    arrived in the village.")? A pronoun reads as the nearest doer named before it."""
    subject = subject_of(match.head) if match.head.pos_ == "VERB" else None
    if subject is None or subject.lower_ not in lexicon.pronouns:
        return False
    doer = _doer_before(subject, lexicon)
    if doer is None:
        return False
    outlaws = (lexicon.armed_words | lexicon.member_armed_words) - lexicon.state_words
    words = {
        t.lower_ for t in doer.subtree if t.i == doer.i or t.dep_ in ("compound", "amod", "pobj")
    }
    return bool(words & lexicon.state_words) and not {doer.lower_, doer.lemma_.lower()} & outlaws


def _state_alone_armed_so_far(match: TriggerMatch, lexicon: EventLexicon) -> bool:
    """Is the state's forces the only armed side the document names up to the end of the
    trigger's sentence: a doer with a word for them ("Iraqi forces attacked the camp"),
    and no word for armed men outside them (gunmen, rebels, militia)?"""
    told = match.head.doc[: match.head.sent.end]
    outlaws = (lexicon.armed_words | lexicon.member_armed_words) - lexicon.state_words
    if any(t.lower_ in outlaws or t.lemma_.lower() in outlaws for t in told):
        return False
    return any(t.dep_ in SUBJECTS and t.lower_ in lexicon.state_words for t in told)


def _doer_before(pronoun: Token, lexicon: EventLexicon) -> Token | None:
    """The nearest doer named before the pronoun, in its sentence or the two before: a
    subject that is no pronoun itself. Who tells ("Sources said", "Witnesses described",
    "officials told reporters") is no doer that a pronoun in the story stands for."""
    start = pronoun.sent.start
    for _ in range(PRONOUN_REACH_SENTENCES):
        start = pronoun.doc[start - 1].sent.start if start > 0 else start
    tokens = pronoun.doc[start : pronoun.i]
    tellers = argument_words().witness_nouns | argument_words().speaker_nouns
    for token in reversed(tokens):
        if token.dep_ not in SUBJECTS or token.pos_ == "PRON" or token.tag_ in ("WP", "WDT"):
            continue
        if token.head.lemma_.lower() in lexicon.report or token.lemma_.lower() in tellers:
            continue
        return token
    return None


def crowd_control(token: Token, lexicon: EventLexicon) -> bool:
    """ "tear gas", "rubber bullets": what is fired to disperse a crowd."""
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    return bool(({token.lemma_.lower()} | modifiers) & lexicon.crowd_control_nouns)


def _shared_objects(verb: Token) -> list[Token]:
    """What a verb's conjoined verbs act on when it has no object of its own: in "shot and
    injured a resident" the resident is shot too."""
    if verb.pos_ != "VERB":
        return []
    return [
        o
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "VERB"
        for o in c.children
        if o.dep_ in OBJECTS
    ]


def _prominent(ident: str, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """A victim whose killing is an assassination: a person the text names, or the
    holder of an office ("the president"), not an unnamed role ("a guard")."""
    entity = index.entity(ident)
    if entity is None or entity.kind != "person":
        return False
    return ident in index.entities or entity.name.lower().split()[-1] in lexicon.office_nouns


def exchange(sense: TriggerSense, sent: Span, lexicon: EventLexicon) -> TriggerSense:
    """Shelling told with small arms or fire both ways is an exchange: ACLED's armed clash.
    So is fire that a side came under, when its sentence tells the exchange it was ("the
    convoy came under fire ..., and a corporal was killed in the exchange"): the noun that
    heads one of the lexicon's "... of fire" phrases for a clash ("exchange of fire"),
    standing alone."""
    if sense.label == "attack/armed_assault" and sense.subject == "victim":
        openers = lexicon.clash_fire_nouns
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in openers for t in sent):
            return replace(sense, type="battle", subtype="clash")
        return sense
    if (sense.type, sense.subtype) != ("battle", "shelling"):
        return sense
    text = sent.text.lower()
    if any(marker in text for marker in lexicon.clash_markers):
        return replace(sense, subtype="clash")
    return sense


def context_reading(
    sense: TriggerSense, sent: Span, typing: TypingModel | None, lexicon: EventLexicon
) -> TriggerSense:
    """The reading of an ambiguous trigger that its sentence's words favour.

    Between a demonstration and a riot, the state's forces say nothing: they
    police both, and "riot police broke up a march" tells no riot. Only what
    the crowd did decides, so words for the forces (and their compounds) are
    left out of a protest's reading, and so is what the forces did: "troops
    opened fire on a march, killing nine" tells the violence done to the march.
    """
    if typing is None or not sense.alternatives:
        return sense
    words = [
        t.lower_
        for t in sent
        if sense.type != "protest"
        or not (
            t.lower_ in lexicon.state_words
            or t.head.lower_ in lexicon.state_words
            or _done_by_state(t, lexicon)
        )
    ]
    label = typing.choose(sense.label, sense.alternatives, features(words))
    if label == sense.label:
        return sense
    if sense.label == "attack/bombing" and not _war_told(sent, lexicon):
        # "Flight 771 exploded over the desert", "two explosions sank the trawler": with
        # no armed side nor a war's fire named, an explosion is a bombing, not shelling
        # or a battle (whose sides the model guesses from words like "killing").
        return sense
    if label == "protest/riot" and not any(
        _crowd_violence(s, lexicon) for s in _sentence_and_next(sent, TOLL_REACH_SENTENCES)
    ):
        # "a student march blocked the avenue": a riot is a crowd's violence; with no word
        # of it in the sentence or the next two of its paragraph (where ACLED looks for a
        # violent demonstration; the forces' own acts left out), the march stays one.
        return sense
    kind, _, subtype = label.partition("/")
    return replace(sense, type=cast(EventType, kind), subtype=subtype or None)


def _war_told(sent: Span, lexicon: EventLexicon) -> bool:
    """Does the sentence name an armed side ("troops", "rebels") or a war's fire ("artillery",
    "the front line")?"""
    armed = lexicon.armed_words | lexicon.member_armed_words | lexicon.state_words
    return any(
        t.lower_ in armed or t.lemma_.lower() in armed | lexicon.war_fire_words for t in sent
    )


def _sentence_and_next(sent: Span, count: int) -> list[Span]:
    """The sentence and up to ``count`` sentences after it in its paragraph (text up to
    a blank line)."""
    doc = sent.doc
    end = doc.text.find("\n\n", sent.end_char)
    end = len(doc.text) if end < 0 else end
    later = [s for s in doc.sents if sent.end_char <= s.start_char < end]
    return [sent, *later[:count]]


def _crowd_violence(sent: Span, lexicon: EventLexicon) -> bool:
    """Does the sentence tell violence that is not the state's forces' own: a riot's marks
    ("stones", "set fire"), missiles, or a word the lexicon reads as violence or a riot?"""
    for token in sent:
        if token.lower_ in lexicon.state_words or _done_by_state(token, lexicon):
            continue
        lemma = token.lemma_.lower()
        sense = lexicon.words.get(f"{lemma}/{token.pos_.lower()}") or lexicon.words.get(lemma)
        violent = sense is not None and (
            act_family(sense.type) == "violence" or sense.label == "protest/riot"
        )
        if violent or lemma in lexicon.riot_markers | lexicon.crowd_missiles:
            return True
    text = sent.text.lower()
    return any(" " in m and m in text for m in lexicon.riot_markers)


def _done_by_state(token: Token, lexicon: EventLexicon) -> bool:
    """Does the word belong to a clause whose doer is the state's forces ("police fired
    on the march", "killing nine" after it)? A clause without a subject of its own takes
    the subject of the clause it hangs on."""
    verb = token
    while True:
        if verb.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            # "was dispersed by the police": a passive's doer
            subjects += [o for c in verb.children if c.dep_ == "agent" for o in c.children]
            if subjects:
                return any(s.lower_ in lexicon.state_words for s in subjects)
        if verb.head.i == verb.i:
            return False
        verb = verb.head


def _civilian(token: Token, lexicon: EventLexicon) -> bool:
    """ "protesters", "a civilian vehicle": people or things outside the fighting; not
    "armed civilians", whom a word for arms puts on a side of it."""
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if modifiers & lexicon.member_armed_words:
        return False
    words = {token.lower_, token.lower_ + "s", token.lemma_.lower() + "s"}  # "a resident"
    return bool(words & lexicon.civilian_nouns) or bool(modifiers & {"civilian", "civilians"})


def _own_subject_words(verb: Token, lexicon: EventLexicon) -> set[str]:
    """The words of the verb's own subject, and of whom a collective subject counts ("a
    group of traders"): not a subject borrowed from another clause, which may be wrong."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    counted = [
        g for s in subjects if s.lemma_.lower() in lexicon.collective_nouns for g in of_phrase(s)
    ]
    return {t.lower_ for t in [*subjects, *counted]}


def _unarmed_people(token: Token, index: EntityIndex, lexicon: EventLexicon) -> bool:
    """People whom no word marks as armed or as the state's ("two men", "a teacher"),
    not "15 militants", "the garrison" or an armed group's name."""
    ident = index.resolve(token)
    entity = index.entity(ident) if ident else None
    return (
        is_people(token, index, lexicon)
        and token.lower_ not in lexicon.person_pronouns
        and not _armed_men(token, lexicon)
        and not _military(token, lexicon)
        and not (entity is not None and is_armed(entity, lexicon))
    )


def _civilian_vehicle(token: Token, lexicon: EventLexicon) -> bool:
    """A vehicle that no word marks as armed or as the state's ("the car", "a taxi", not
    "a rebel truck", "the insurgents' vehicles" or "an army convoy"): what is shot at is
    the people in it."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    return (
        token.lemma_.lower() in lexicon.vehicle_nouns
        and not _military(token, lexicon)
        and not any(_armed_men(o, lexicon) or o.lower_ in lexicon.state_words for o in owners)
    )


def _armed_men(token: Token, lexicon: EventLexicon) -> bool:
    """ "15 militants", "a rebel commander", "fighters of the group": men who bear arms,
    by their own word or a modifier's, or where armed forces hold ground."""
    words = {token.lower_, token.lemma_.lower()}
    armed = lexicon.armed_words | lexicon.member_armed_words
    return bool(words & armed) or _military(token, lexicon)


def _military(token: Token, lexicon: EventLexicon) -> bool:
    """Where armed forces hold ground ("the positions of the militia", "an army outpost",
    "a rebel base"), or what the state's forces field ("a police patrol")."""
    armed = lexicon.state_words | lexicon.armed_words | lexicon.member_armed_words
    # "a convoy of the armed forces", "a group of police officers": whose they are.
    owners = [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    words = {
        c.lower_
        for t in [token, *owners]
        for c in [*t.children, *([t] if t is not token else [])]
        if c.dep_ in ("compound", "amod", "pobj")
    }
    return token.lemma_.lower() in lexicon.military_targets or bool(words & armed)


def _with_phrase(head: Token) -> list[Token]:
    """The nouns of a verb's "with" phrase and their conjuncts ("with stones and knives")."""
    nouns = [
        c
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    return nouns + [c for n in nouns for c in n.conjuncts]


def _head_word(entity: Entity) -> str:
    """The last word of an entity's name, which says what it is ("Revolutionary Front")."""
    words = entity.name.lower().split()
    return words[-1] if words else ""


def _words(entity: Entity) -> set[str]:
    return set(entity.name.lower().replace("’", " ").replace("'", " ").split())


def is_armed(entity: Entity | None, lexicon: EventLexicon) -> bool:
    """Does the actor's name say it bears arms (troops, gunmen, the presidential guard)?"""
    words = set(entity.name.lower().split()) if entity is not None else set()
    armed = lexicon.armed_words | lexicon.state_words | set(lexicon.qualified_state_words)
    return bool(words & armed)


def holds_office(token: Token, lexicon: EventLexicon) -> bool:
    """Is what is acted on a person named or by office, or a government ("removed
    President Keita", "ousted the prime minister"), not a thing ("removed the barricades")?"""
    words = {
        token.lemma_.lower(),
        *(c.lemma_.lower() for c in token.children if c.dep_ == "compound"),
    }
    return token.ent_type_ == "PERSON" or bool(
        words & (lexicon.office_nouns | lexicon.ruling_nouns)
    )


def is_state(entity: Entity, lexicon: EventLexicon) -> bool:
    """A group of the state's: its forces, police, government or authorities. A service
    named as a body ("the Special Branch", "the Presidential Guard") is the state's too,
    where a word beside its head says which service; a body named only with a state's
    word ("the Irish Republican Army") may be anyone's."""
    words = _words(entity)
    qualified = any(
        word in words and bool(words & services)
        for word, services in lexicon.qualified_state_words.items()
    )
    if entity.kind == "organization":
        return qualified
    return entity.kind == "group" and (bool(words & lexicon.state_words) or qualified)
