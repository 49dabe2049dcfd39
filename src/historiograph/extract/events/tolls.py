"""Toll claims linked to the event they count, and each event's toll from them.

A figure is told in the event's sentence ("killing 11"), or a sentence or two
later ("MKO announced the number of 1,300 killed"); it belongs to the violent
event told there, not to an arrest or a seizure of ground beside it. Each
event's :class:`~historiograph.record.Fatalities` is then computed from the
claims linked to it (:func:`~historiograph.extract.events.anchoring.toll`):
from the latest running total on ("the toll rose to 276" supersedes the 231
told before it, as UCDP keeps the latest count of the same dead), with the
dead of both sides set against each other added up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from historiograph.extract.claims.numbers import NumberReader
from historiograph.extract.claims.singles import wounded_at
from historiograph.extract.claims.vocabulary import agentive, load_vocabulary
from historiograph.extract.events.anchoring import COUNT_SEPARATORS, by_the_time_clause, toll
from historiograph.extract.events.lexicon import load_lexicon
from historiograph.extract.events.referents import ArgumentWords, argument_words
from historiograph.nlp.views import doc_text
from historiograph.record import Claim, Event, Fatalities

# Types whose toll claims in the sentence are theirs (and riots'), and subtypes that kill no one.
VIOLENT_TYPES = ("attack", "battle", "repression")
NONLETHAL_SUBTYPES = frozenset(
    {"hostage_taking", "hijacking", "arrest", "disappearance", "ban", "forced_confinement"}
)
# Acts that take ground or destroy property: a toll told in a later sentence counts
# the fighting or attack told beside them rather than these.
SELDOM_LETHAL_SUBTYPES = frozenset({"territory_seized", "territory_lost", "facility_attack"})
# Captures whose captives may be killed: with no deadly act told near it, a death told
# after one ("The officer was killed shortly after the abduction") is the captive's, and
# the capture's toll, as GTD and ACLED count it.
CAPTIVE_SUBTYPES = frozenset({"hostage_taking", "hijacking", "disappearance"})
# Claims in a sentence without an event count for the last violent event this
# many sentences back in the same paragraph ("MKO announced the number of 1,300 killed").
TOLL_REACH_SENTENCES = 2
# Moods in which a killing happened: an attempt or a denial kills no one.
HAPPENED = frozenset({"asserted", "reported"})
NOT_DONE = frozenset({"denied", "hypothetical"})
VICTIM_DEPS = ("dobj", "obj", "nsubjpass")
# Words that open a clause telling the act in whose course people died ("were killed
# when rivals clashed").
CIRCUMSTANCE_MARKERS = frozenset({"when", "as", "while"})
# Subtypes that are killings whatever word tells them ("the prisoner was executed"); a
# word like "execute" or "shoot" kills only in such an event or with "dead" after it.
KILLING_SUBTYPES = frozenset({"execution", "assassination"})
# Dates of an act that may be one day's: a running sum of dead over years or since a point
# is no such act's toll ("on Thursday" is unknown without the story's date).
SINGLE_DAY_PRECISIONS = frozenset({"day", "unknown"})


@dataclass(frozen=True)
class TollVocabulary:
    """How a text tells a running total, both sides' dead and a victim's companions
    (``data/tolls.yaml``)."""

    rising: frozenset[str]
    """Verbs a toll moves by to its new figure ("the toll rose to 276")."""
    moving: frozenset[str]
    """Verbs that move a toll they take as object ("bringing the toll to 60")."""
    reaching: frozenset[str]
    """Verbs whose object is the total reached ("the death toll reached 60")."""
    opposing: tuple[str, ...]
    """Words that set one side's dead against the other's ("against only six")."""
    softeners: tuple[str, ...]
    """Words between such a marker and its figure ("only", "a mere")."""
    companions: frozenset[str]
    """Nouns of those a victim was killed with ("with three companions")."""
    group_killings: frozenset[str]
    """Verbs that kill a counted group told again with "the" ("shot the five prisoners")."""
    force_losses: frozenset[str]
    """Verbs that kill a force of men said to be destroyed ("the entire force was destroyed")."""
    group_members: frozenset[str]
    """Words that make one victim a member of a group a figure counts ("one of thousands")."""
    place_relatives: frozenset[str]
    """Relative adverbs of place ("the desert, where thousands died")."""
    bare_deaths: frozenset[str]
    """Verbs that say only that people died ("seven people died in the chaos")."""
    dying: frozenset[str]
    """Verbs whose subject is the one who dies ("the cook drowned in his cabin")."""
    outcome_types: frozenset[str]
    """Types besides the violent ones whose act such a death or place clause may tell."""
    crowd_disorders: frozenset[str]
    """Nouns of a crowd's own disorder ("died in the crush")."""
    pairs: frozenset[str]
    """Words that count a pair of victims no figure counts ("both men")."""
    vague_quantifiers: frozenset[str]
    """Words that tell dead without counting them ("several residents", "many dead")."""
    vague_counts: frozenset[str]
    """Nouns of an uncounted number of people ("an unknown number of fighters")."""
    nobody: frozenset[str]
    """Words that say nobody died ("Nobody was killed", "no one was killed")."""
    harms: frozenset[str]
    """Verbs of harm short of death ("no one was hurt": nobody died either)."""
    casualty_nouns: frozenset[str]
    """Nouns of the harmed that "no" makes a toll of zero ("causing no casualties")."""
    fatal_adverbs: frozenset[str]
    """Adverbs that make a wounding word a killing ("fatally shot")."""
    self_additions: tuple[str, ...]
    """Words that add the killer to the dead a figure counts ("besides himself")."""
    killer_selves: tuple[str, ...]
    """Reflexive pronouns of the one killer after such a word ("himself", "herself")."""
    any_words: frozenset[str]
    """Words that deny every death under a denial ("denied that anyone had died")."""
    assailants: frozenset[str]
    """Nouns of those who carry out an attack, one group under any of them ("the attackers")."""
    own_loss_verbs: frozenset[str]
    """Verbs of losing one's own men ("the column lost 94 men")."""
    own_loss_words: frozenset[str]
    """Words that make such a loss the doers' own ("itself", "of their own")."""
    sequel_verbs: frozenset[str]
    """Verbs that tell an act as another's sequel ("the gunfire that followed")."""
    other_act_determiners: frozenset[str]
    """Determiners that make an act noun a new act, not a retelling ("a similar strike")."""
    other_time_markers: frozenset[str]
    """Words that tell a clause as before or after another act ("a day after")."""
    fire_nouns: frozenset[str]
    """Nouns of a burst of fire, acts as the event words are ("a mortar barrage")."""
    whole_conflicts: frozenset[str]
    """Nouns of a whole conflict, whose dead are no one act's ("the war cost 300,000 lives")."""
    span_prepositions: frozenset[str]
    """Prepositions of the stretch of time a figure is counted over ("over three years")."""
    long_spans: frozenset[str]
    """Nouns of a stretch too long for one day's act to be its toll ("years")."""
    since_words: frozenset[str]
    """Words that count dead from a point on ("killed since the coup")."""
    wound_deaths: frozenset[str]
    """Verbs by which the wounded die later ("died of their wounds")."""
    wound_nouns: frozenset[str]
    """Nouns of the wounds they die of ("wounds", "injuries")."""
    missing: frozenset[str]
    """Words of people missing, whom a figure may count as presumed dead."""
    contrasts: frozenset[str]
    """Words that open a clause of the other side's dead ("while the defenders lost 400")."""


@cache
def toll_vocabulary() -> TollVocabulary:
    """The vocabularies of ``data/tolls.yaml``, read once."""
    text = (files("historiograph.extract.events") / "data" / "tolls.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return TollVocabulary(
        rising=frozenset(data["rising_verbs"]),
        moving=frozenset(data["moving_verbs"]),
        reaching=frozenset(data["reaching_verbs"]),
        opposing=tuple(data["opposing_markers"]),
        softeners=tuple(data["opposing_softeners"]),
        companions=frozenset(data["companion_nouns"]),
        group_killings=frozenset(data["group_killing_verbs"]),
        force_losses=frozenset(data["force_loss_verbs"]),
        group_members=frozenset(data["group_member_words"]),
        place_relatives=frozenset(data["place_relatives"]),
        bare_deaths=frozenset(data["bare_death_verbs"]),
        dying=frozenset(data["dying_verbs"]),
        outcome_types=frozenset(data["outcome_types"]),
        crowd_disorders=frozenset(data["crowd_disorder_nouns"]),
        pairs=frozenset(data["pair_words"]),
        vague_quantifiers=frozenset(data["vague_quantifiers"]),
        vague_counts=frozenset(data["vague_count_nouns"]),
        nobody=frozenset(data["nobody_words"]),
        harms=frozenset(data["harm_verbs"]),
        casualty_nouns=frozenset(data["casualty_nouns"]),
        fatal_adverbs=frozenset(data["fatal_adverbs"]),
        self_additions=tuple(data["self_addition_markers"]),
        killer_selves=tuple(data["killer_self_words"]),
        any_words=frozenset(data["any_words"]),
        assailants=frozenset(data["assailant_nouns"]),
        own_loss_verbs=frozenset(data["own_loss_verbs"]),
        own_loss_words=frozenset(data["own_loss_words"]),
        sequel_verbs=frozenset(data["sequel_verbs"]),
        other_act_determiners=frozenset(data["other_act_determiners"]),
        fire_nouns=frozenset(data["fire_nouns"]),
        other_time_markers=frozenset(data["other_time_markers"]),
        whole_conflicts=frozenset(data["whole_conflict_nouns"]),
        span_prepositions=frozenset(data["span_prepositions"]),
        long_spans=frozenset(data["long_span_nouns"]),
        since_words=frozenset(data["since_words"]),
        wound_deaths=frozenset(data["wound_death_verbs"]),
        wound_nouns=frozenset(data["wound_nouns"]),
        missing=frozenset(data["missing_words"]),
        contrasts=frozenset(data["contrast_markers"]),
    )


def _is_running_total(doc: Doc, claim: Claim, figure_nouns: frozenset[str]) -> bool:
    """Whether a figure is told as the toll's new running total.

    "the toll rose to 276", "this number had risen to 70", "bringing the toll to
    60", "the death toll reached 60": the figure is where a toll has moved to, the
    latest count of the dead counted before, not a second source's count of them.
    A toll noun, when the verb has one, is its subject (rising, reaching) or its
    object (moving); "the rebels' strength rose to 300" counts no dead.
    """
    span = doc.char_span(*claim.span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = toll_vocabulary()
    figure = span.root

    def tolls(verb: Token, deps: tuple[str, ...]) -> list[Token]:
        return [c for c in verb.children if c.dep_ in deps and c.lemma_.lower() != "it"]

    def is_toll(noun: Token) -> bool:
        return noun.lemma_.lower() in figure_nouns

    if figure.dep_ == "dobj" and figure.head.lemma_.lower() in words.reaching:
        return any(is_toll(s) for s in tolls(figure.head, ("nsubj",)))
    if figure.dep_ != "pobj" or figure.head.lower_ != "to":
        return False
    verb = figure.head.head
    # "bringing the toll to 12": the parser may hang "to 12" on the toll noun.
    if is_toll(verb) and verb.dep_ in ("dobj", "nsubj"):
        verb = verb.head
    lemma = verb.lemma_.lower()
    if lemma in words.rising:
        subjects = tolls(verb, ("nsubj",))
        return not subjects or any(is_toll(s) for s in subjects)
    if lemma in words.moving:
        return any(is_toll(o) for o in tolls(verb, ("dobj",)))
    return False


def _latest_count(doc: Doc, told: list[Claim], figure_nouns: frozenset[str]) -> list[Claim]:
    """The claims an event's toll rests on: none told before its latest running total.

    "231 died ... the toll rose to 276": UCDP takes the latest running total of
    the same dead, so the toll is 276, not a range from the outdated count to
    the updated one. Figures told after the total (its parts, "including 12
    children", or a source disputing it) still count. Sources disputing a figure
    without a word of rising ("the government said 20, the rebels 60") stay a
    range.
    """
    totals = [
        c.span[0]
        for c in told
        if c.property == "fatalities" and _is_running_total(doc, c, figure_nouns)
    ]
    if not totals:
        return told
    latest = max(totals)
    return [c for c in told if c.property != "fatalities" or c.span[0] >= latest]


def _set_against(before: Claim, after: Claim, text: str) -> bool:
    """Whether a figure is the other side's dead, set against the figure before it.

    "Some 6,000 peasants were cut down, against only six of the princes' men":
    one sentence, one source, and a word of opposition right before the later
    figure. Both sides' dead are the event's, so the two add up.
    """
    if before.source != after.source or before.span[1] > after.span[0]:
        return False
    between = text[before.span[1] : after.span[0]].lower()
    if any(stop in between for stop in ".;!?"):
        return False
    words = toll_vocabulary()
    lead = between.rstrip(" ,")
    for softener in words.softeners:
        if lead.endswith(" " + softener):
            lead = lead[: -len(softener)].rstrip()
    return any(lead.endswith(" " + marker) or lead == marker for marker in words.opposing)


def _one_more(doc: Doc, claim: Claim) -> bool:
    """Whether a figure is an ordinal counting one more dead: "killing four passengers;
    a fifth died later" (the claims reader gives it only after a figure of one fewer)."""
    span = doc.char_span(*claim.span, alignment_mode="expand")
    return (
        span is not None
        and len(span) == 2
        and span[-1].lower_ in load_vocabulary().ordinals
        and claim.low == 1
    )


def _killer_besides(text: str, claim: Claim) -> bool:
    """Whether a figure of dead leaves out the killer, told beside it in its clause:
    "killing four customers besides himself" is five dead, the suicide attacker among
    them, as GTD and ACLED count the dead of a suicide attack."""
    pattern = _killer_besides_pattern()
    if claim.property != "fatalities" or pattern is None:
        return False
    # The clause after the figure, read in place: a copy of the rest of the text for
    # each figure would make a long history's tolls quadratic in its length.
    start = claim.span[1]
    while start < len(text) and text[start] in " ,":
        start += 1
    end = _CLAUSE_BREAK.search(text, start)
    clause = text[start : end.start() if end else len(text)].lower()
    return pattern.search(clause) is not None


_CLAUSE_BREAK = re.compile(r"[;.,]")


@cache
def _killer_besides_pattern() -> re.Pattern[str] | None:
    """Any self-addition marker, a space and a word for the killer ("besides himself"),
    as one pattern; None when the vocabulary lists none."""
    vocabulary = toll_vocabulary()
    if not vocabulary.self_additions or not vocabulary.killer_selves:
        return None
    markers = "|".join(re.escape(marker) for marker in vocabulary.self_additions)
    selves = "|".join(re.escape(word) for word in vocabulary.killer_selves)
    return re.compile(rf"\b(?:{markers}) (?:{selves})\b")


def _both_sides(told: list[Claim], doc: Doc) -> list[Claim]:
    """An event's fatality claims with each figure set against another (:func:`_set_against`),
    counting one more (:func:`_one_more`), or listed with it as other people
    (:func:`_listed_apart`), added to the figure before it: one claim over both spans,
    whose bounds are their sums."""
    text = doc_text(doc)
    summed: list[Claim] = []
    for claim in sorted(told, key=lambda c: c.span[0]):
        last = next((c for c in reversed(summed) if c.property == "fatalities"), None)
        if claim.property == "fatalities" and last is not None and _missing(doc, last, claim):
            # "Eight bodies were found, and fifteen are missing and presumed dead": the
            # missing raise the highest figure only, as none is known dead
            summed[summed.index(last)] = last.model_copy(
                update={
                    "span": (last.span[0], claim.span[1]),
                    "high": None if last.high is None else last.high + (claim.low or 0),
                }
            )
            continue
        if (
            claim.property == "fatalities"
            and last is not None
            and (
                _set_against(last, claim, text)
                or _contrasted(doc, last, claim)
                or _one_more(doc, claim)
                or _listed_apart(doc, last, claim)
                or _assailants_besides(doc, last, claim)
                or (last.source == claim.source and _own_loss(doc, claim))
                or _died_of_wounds_later(doc, last, claim)
            )
        ):
            summed[summed.index(last)] = last.model_copy(
                update={
                    "span": (last.span[0], claim.span[1]),
                    "low": None if last.low is None else last.low + (claim.low or 0),
                    # "against at least six": a figure with no upper bound adds its low
                    "high": None
                    if last.high is None
                    else last.high + (claim.high if claim.high is not None else claim.low or 0),
                }
            )
            continue
        summed.append(claim)
    return summed


def _contrasted(doc: Doc, before: Claim, after: Claim) -> bool:
    """Whether a figure is told in a clause set against the one of the figure before it,
    with a subject of its own: "the brigade lost 310 men killed, while the defenders left
    about 400 dead" counts both sides' dead, which add, as one source tells both. A
    figure of the same dead in such a clause comes from another source, and stays apart."""
    span = doc.char_span(*after.span, alignment_mode="expand")
    first = doc.char_span(*before.span, alignment_mode="expand")
    if span is None or first is None or not len(span) or not len(first):
        return False
    if before.source != after.source or span.sent != first.sent or before.span[1] > after.span[0]:
        return False
    contrasts = toll_vocabulary().contrasts
    clause = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (
        clause is not None
        and first.root not in clause.subtree
        and any(c.dep_ == "mark" and c.lower_ in contrasts for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _missing(doc: Doc, before: Claim, after: Claim) -> bool:
    """Whether a figure after another counts the missing presumed dead beside the dead
    found: the claims reader reads "fifteen passengers are still missing and presumed
    dead" as a figure of dead, whose clause says that they are missing."""
    span = doc.char_span(*after.span, alignment_mode="expand")
    if span is None or not len(span) or before.span[1] > after.span[0]:
        return False
    missing = toll_vocabulary().missing
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX", "ADJ")), None)
    return verb is not None and any(
        t.lower_ in missing for t in (verb, *(c for c in verb.children if c.dep_ == "acomp"))
    )


def _died_of_wounds_later(doc: Doc, before: Claim, after: Claim) -> bool:
    """Whether a figure in a later sentence counts the wounded who died afterwards:
    "killed 23 of them. Two soldiers later died of their wounds" is 25 dead, whoever
    tells each figure, as those who die of wounds are not among the dead counted
    before. In one sentence ("the toll rose to 15 after three died of their wounds")
    the total holds them already; told as a part ("including two who died of their
    wounds") they are in the figure before."""
    span = doc.char_span(*after.span, alignment_mode="expand")
    first = doc.char_span(*before.span, alignment_mode="expand")
    if span is None or first is None or not len(span) or not len(first):
        return False
    if span.sent.start <= first.sent.start or _told_as_part(doc, after):
        return False
    words = toll_vocabulary()
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.lemma_.lower() in words.wound_deaths
        and any(
            prep.dep_ == "prep"
            and any(o.lemma_.lower() in words.wound_nouns for o in prep.children)
            for prep in verb.children
        )
    )


def _assailants_besides(doc: Doc, before: Claim, after: Claim) -> bool:
    """Whether a later figure counts the attackers' own dead beside a figure of their
    victims: "killing 17 soldiers ... 31 of the attackers had also been killed" is 48
    dead, as UCDP counts both sides, not a second source's count of the same 17. Told
    as part of the figure before it ("including three attackers") it is already in it."""
    counted = _counted_noun(doc, after), _counted_noun(doc, before)
    if counted[0] is None or before.span[1] > after.span[0] or _told_as_part(doc, after):
        return False
    assailants = toll_vocabulary().assailants
    return counted[0].lemma_.lower() in assailants and (
        counted[1] is None or counted[1].lemma_.lower() not in assailants
    )


def _own_loss(doc: Doc, claim: Claim) -> bool:
    """Whether a figure is the doers' own loss, told by a verb of losing with a word that
    makes it theirs ("The column itself lost 94 men", "lost 41 of their own"): the other
    side's dead beside the figure of their victims, which the caller adds to it when one
    source tells both."""
    span = doc.char_span(*claim.span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = toll_vocabulary()
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.lemma_.lower() in words.own_loss_verbs
        and any(t.lower_ in words.own_loss_words for t in verb.subtree)
    )


def _told_as_part(doc: Doc, claim: Claim) -> bool:
    """Whether a figure is told as part of dead counted before it: "including three
    attackers", "among them four gunmen", "five attackers were among the dead"."""
    span = doc.char_span(*claim.span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    before = doc[max(span.start - 2, span.sent.start) : span.end]
    after = doc[span.end : span.sent.end]
    return any(t.lower_ in _PART_WORDS for t in before) or any(t.lower_ == "among" for t in after)


# Words by which a figure is told as part of the one before it ("including three").
_PART_WORDS = frozenset({"including", "among"})


def _listed_apart(doc: Doc, before: Claim, after: Claim) -> bool:
    """Whether a figure is listed with the one before it as other people, with words
    between them: "Four soldiers of the garrison and two civilians were killed" is six
    dead. Figures listed side by side ("two soldiers and five civilians") the toll adds
    up as one list already (:data:`COUNT_SEPARATORS`)."""
    between = doc_text(doc)[before.span[1] : after.span[0]]
    return (
        before.source == after.source
        and before.span[1] <= after.span[0]
        and not COUNT_SEPARATORS.fullmatch(between)
        and (_conjoined(doc, before, after) or _joint_objects(doc, before, after))
    )


def _joint_objects(doc: Doc, first: Claim, second: Claim) -> bool:
    """Whether two figures are objects of one verb with "and" between them: "killing all
    170 people aboard and at least 9 residents on the ground", where the parse hangs the
    "and" on "aboard" and makes each figure's noun an object of "killing" of its own, or
    "killed 12 soldiers in the barracks and 4 civilians", where it joins the second to
    the verb, lists two groups of dead as surely as conjuncts would."""
    roots = _figure_roots(doc, first, second)
    if roots is None:
        return False
    one, other = roots
    return (
        one.dep_ == "dobj"
        and other.dep_ in ("dobj", "conj")
        and one.head == other.head
        and any(t.dep_ == "cc" for t in doc[one.i + 1 : other.i])
    )


def _depth(doc: Doc, event: Event) -> int:
    """How many heads lie above the event's trigger in its sentence's parse."""
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    return len(list(span.root.ancestors)) if span is not None and len(span) else 0


def _first_of_chain(doc: Doc, event: Event, same: list[Event]) -> Event:
    """The first of coordinated verbs telling one act: "shot and killed two civilians".

    A figure nearest "killed" counts the act that "shot" began: verbs joined
    under one subject tell one deed, and its toll is the first verb's, the event
    the report is about. The same verb said again ("bombing X ..., and bombing
    Y"), or a verb of an act of another type, tells a second act, whose toll is
    its own.
    """
    heads: dict[int, Event] = {}
    for other in same:
        span = doc.char_span(*other.trigger.span, alignment_mode="expand")
        if span is not None and len(span):
            heads[span.root.i] = other
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    while token is not None and token.dep_ == "conj" and token.pos_ == "VERB":
        # "bombing the premier's office ..., and bombing the party's": the verb said
        # again tells another act of the same kind.
        if token.lemma_ == token.head.lemma_:
            break
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            token = token.head
            # "attacked the camp and murdered 52 residents", "dispersed the assembly and
            # hanged two of its deputies": a verb read as an act of another kind is an
            # event of its own, and the figure it governs its toll.
            if token.i in heads and (heads[token.i].type, heads[token.i].subtype) != (
                event.type,
                event.subtype,
            ):
                break
            if token.i in heads:
                event = heads[token.i]
            continue
        break
    return event


def _governing_event(doc: Doc, offset: int, same: list[Event]) -> Event | None:
    """The event whose clause a figure at ``offset`` lies in, by the parse, if one does.

    "An air strike hit a school, killing 40 children, and a second strike left 12
    dead": each figure counts the act its clause tells, however near the other
    trigger stands. Going up from the figure, the first trigger met, or the
    first verb whose subject is a trigger ("a second strike left 12 dead"), is it.
    """
    roots: dict[int, Event] = {}
    for event in same:
        span = doc.char_span(*event.trigger.span, alignment_mode="expand")
        if span is not None and len(span):
            roots.setdefault(span.root.i, event)
            # "artillery shelling of the town killed four": a trigger that only
            # modifies its noun tells the act the noun heads, and the verb's subject.
            if span.root.dep_ == "compound":
                roots.setdefault(span.root.head.i, event)
    figure = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if figure is None or not len(figure):
        return None
    # A killing that is an event's own trigger counts for that event, unless its
    # subject is an act ("the shelling killed four", both words read as events):
    # then the figure counts the act.
    for token in [figure.root, *figure.root.ancestors]:
        subjects = [c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = next((roots[i] for i in subjects if i in roots), None)
        if found is not None:
            return found
        if token.i in roots:
            # "shelled the town, officials said, killing two soldiers": a killing told
            # by a participle after an act, read as an event of its own, is the toll of
            # the act told last before it.
            if (
                token.dep_ == "advcl"
                and token.tag_ == "VBG"
                and token.lemma_.lower() in argument_words().death_words
            ):
                before = [
                    e
                    for e in same
                    if token.sent.start_char <= e.trigger.span[0] < token.idx
                    and e is not roots[token.i]
                ]
                if before:
                    return max(before, key=lambda e: e.trigger.span[0])
            return roots[token.i]
        if token.dep_ == "relcl":
            return _antecedent(token, same)
        # "was put to death, and chroniclers put the dead at 200,000": a clause joined
        # with a subject of its own, which is not the dead, is no part of the act its
        # head tells ("fighting broke out, and 17 soldiers were killed" is).
        if token.dep_ == "conj" and any(figure.root not in doc[i].subtree for i in subjects):
            return None
    return None


def _circumstances(doc: Doc, offset: int, roots: dict[int, Event]) -> list[Event]:
    """The events a figure's verb says its people died in: "20,000 Communards were
    killed in the fighting and summary executions that followed".

    An "in" or "during" phrase on the first verb over the figure names the acts in
    whose course the people died, and the figure is their toll, whatever other act
    its clause is joined to ("troops retook the city, and ... were killed in ...").
    Each act the phrase names (the parser may hang the first of two on the second)
    counts them, the one the phrase heads first. A verb that is an event's own
    trigger tells the killing itself ("were shot dead by soldiers during protests"):
    its figure is that event's, and the phrase only where it happened, as it is where
    an act is the verb's subject ("in a separate attack, a car bomb killed seven"). ``roots``
    are the events by their triggers' tokens (:func:`_trigger_roots`), found once
    for all the document's figures.
    """
    figure = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if figure is None or not len(figure):
        return []
    verb = next((t for t in figure.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    if verb.i in roots:
        return []
    # "In a separate attack, a car bomb at a checkpoint killed seven": an act that is the
    # verb's subject did the killing; the phrase only frames it.
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i in roots for c in verb.children):
        return []
    named: list[Event] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in argument_words().retelling_prepositions:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            told = [noun, *noun.conjuncts, *(c for c in noun.children if c.dep_ == "nmod")]
            if noun.i not in roots and any(t.i in roots for t in told):
                # "a bomb was thrown at police; seven died in the blast and the gunfire
                # that followed": a definite noun no event's trigger names the act told
                # before it, and the act after it is part of that one
                before = _act_before(noun, figure.root, roots)
                if before is not None and before not in named:
                    named.append(before)
            named += [roots[t.i] for t in told if t.i in roots and roots[t.i] not in named]
    return named


def _counts_untold_act(doc: Doc, offset: int, roots: dict[int, Event], told: list[Event]) -> bool:
    """Whether a figure counts the dead of an act no event tells, not of one told near it.

    "Shells slammed into the market, killing three, a week after a similar strike on a
    bus stop had left 13 dead": the 13 are the earlier strike's, which the figure's own
    verb has as subject, and an act noun with "a" or "another" is a new act, not the
    shelling told again ("the attack killed 12" is), nor is "a rocket barrage" after a car
    bomb. "In all, the war cost more than 300,000 lives": a whole conflict's dead are no
    one assault's. A figure whose verb is an event's trigger, or has one as subject,
    counts that event; a noun that repeats a ``told`` event's trigger word tells that
    event again. The dead of an act noun's "of" phrase ("showing the beheading of 21
    Christians") are that act's when no event tells it. Where the parse reaches no
    subject (a long sentence the parser garbles), a whole conflict's noun before the
    figure with no trigger between them says the same.
    """
    figure = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if figure is None or not len(figure):
        return False
    vocabulary = toll_vocabulary()
    lexicon = load_lexicon()
    retold = {doc[root].lemma_.lower() for e in told if (root := _trigger_root(doc, e)) is not None}

    def untold(noun: Token) -> bool:
        return noun.i not in roots and noun.lemma_.lower() not in retold

    def another_act(noun: Token) -> bool:
        if not untold(noun) or noun.pos_ != "NOUN":
            return False
        if noun.lemma_.lower() in vocabulary.whole_conflicts:
            return True
        lemma = noun.lemma_.lower()
        sense = lexicon.words.get(lemma)
        violent = lemma in vocabulary.fire_nouns or (
            sense is not None and sense.type in VIOLENT_TYPES
        )
        return violent and any(
            c.dep_ == "det" and c.lower_ in vocabulary.other_act_determiners for c in noun.children
        )

    death_words = argument_words().death_words
    retellings = [span for e in told for span in e.evidence]

    def act_of(noun: Token) -> bool:
        """ "a day after the group released a video showing the beheading of 21
        Christians": the dead of an act noun's "of" phrase, in a clause told as before or
        after another, are that act's, unless an event tells it ("the killing of 12
        protesters sparked riots" retells the shooting)."""
        lemma = noun.lemma_.lower()
        sense = lexicon.words.get(lemma)
        return (
            noun.pos_ == "NOUN"
            and untold(noun)
            and (lemma in death_words or (sense is not None and sense.type in VIOLENT_TYPES))
            and not any(start <= noun.idx < end for start, end in retellings)
            and any(
                c.dep_ in ("mark", "prep") and c.lower_ in vocabulary.other_time_markers
                for clause in noun.ancestors
                if clause.i not in roots
                for c in clause.children
            )
        )

    for token in [figure.root, *figure.root.ancestors]:
        if token.i in roots:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "of" and act_of(token.head.head):
            return True
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.i in roots for s in subjects):
            return False
        if any(another_act(s) for s in subjects):
            return True
    sentence = figure.root.sent
    for token in reversed(doc[sentence.start : figure.root.i]):
        if token.i in roots:
            return False
        if token.lemma_.lower() in vocabulary.whole_conflicts and another_act(token):
            return True
    return False


def _listed_with(doc: Doc, claim: Claim, counted: list[tuple[Claim, Event]]) -> Event | None:
    """The event of the figure a claim is listed after: "killed fourteen officers and
    about a hundred soldiers" counts one act's dead in two parts, however near another
    act's trigger the second part stands."""
    span = doc.char_span(*claim.span, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ != "conj":
        return None
    heads = set()
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        heads.add(token.i)
    for earlier, event in reversed(counted):
        if earlier.property != claim.property:
            continue
        other = doc.char_span(*earlier.span, alignment_mode="expand")
        if other is not None and len(other) and other.root.i in heads:
            return event
    return None


@dataclass(frozen=True)
class RunningSum:
    """A figure that sums dead over a stretch of time (:func:`_running_sum`)."""

    counted_from: frozenset[int]
    """The words of the act the stretch is counted from ("since the coup")."""
    begun_by: frozenset[int]
    """The words of the clause that tells the act that began it ("since fighting began")."""


def _running_sum(doc: Doc, offset: int) -> RunningSum | None:
    """The stretch of time a figure sums dead over, if it does.

    "had killed more than 1,500 civilians over the three years of the siege", "at least
    120 protesters have been killed since the coup in October": a running sum of many
    acts, no toll of an act of one day, however near that act is told, nor of the act
    it counts from (the coup). An act that began the stretch ("since fighting began")
    is no such act: the sum is its dead. "since then" goes back to the act just told,
    and sums nothing.
    """
    figure = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if figure is None or not len(figure):
        return None
    vocabulary = toll_vocabulary()
    verb = next((t for t in figure.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    owners = [t for t in (figure.root, verb) if t is not None]
    preps = [c for owner in owners for c in owner.children if c.dep_ == "prep"]
    starts = [
        noun
        for prep in preps
        if prep.lower_ in vocabulary.since_words
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN")
    ]
    begun = [
        c
        for owner in owners
        for c in owner.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in vocabulary.since_words for m in c.children)
    ]
    over_years = any(
        prep.lower_ in vocabulary.span_prepositions
        and noun.dep_ == "pobj"
        and noun.lemma_.lower() in vocabulary.long_spans
        for prep in preps
        for noun in prep.children
    )
    if not (starts or begun or over_years):
        return None
    return RunningSum(
        counted_from=frozenset(t.i for noun in starts for t in noun.subtree),
        begun_by=frozenset(t.i for clause in begun for t in clause.subtree),
    )


def _act_before(noun: Token, figure: Token, roots: dict[int, Event]) -> Event | None:
    """The act a definite noun refers back to ("the blast"): the last event whose
    trigger stands before the figure in its sentence, or None."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    start = figure.sent.start
    earlier = [i for i in roots if start <= i < figure.i]
    return roots[max(earlier)] if earlier else None


def _counted_noun(doc: Doc, claim: Claim) -> Token | None:
    """The noun a figure counts, past a partitive "of the" ("two of the men": "men")."""
    span = doc.char_span(*claim.span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        if nouns and any(c.dep_ == "det" for c in nouns[0].children):
            return nouns[0]
    return root if root.pos_ == "NOUN" else None


def _doerless_burning(doc: Doc, event: Event) -> bool:
    """Whether an event is an attack on things told in the passive with no doer ("their
    houses were burned")."""
    root = _trigger_root(doc, event)
    if event.subtype != "facility_attack" or root is None:
        return False
    deps = {c.dep_ for c in doc[root].children}
    return "nsubjpass" in deps and "agent" not in deps


def _some_of_them(doc: Doc, offset: int) -> bool:
    """Whether a figure counts some of a group told before: "two of them", "three of
    the men"."""
    figure = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if figure is None or not len(figure):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            group.dep_ == "pobj"
            and (
                group.pos_ == "PRON"
                or any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                    for c in group.children
                )
            )
            for group in prep.children
        )
        for prep in figure.root.children
    )


def _captives_among(doc: Doc, claim: Claim, counted: list[tuple[Claim, Event]]) -> Event | None:
    """The capture whose captives a toll counts some of: "the disappearance of 14 young
    men ... Two of the men were later found dead" is the disappearance's toll, as GTD
    and ACLED give a kidnapping the deaths of its captives, however the finding of
    their bodies is told."""
    span = doc.char_span(*claim.span, alignment_mode="expand")
    noun = _counted_noun(doc, claim)
    if span is None or noun is None or noun.i == span.root.i:
        return None  # only a part of a group told before ("two of the men")
    for earlier, event in reversed(counted):
        if event.subtype not in CAPTIVE_SUBTYPES or earlier.span[0] >= claim.span[0]:
            continue
        taken = _counted_noun(doc, earlier)
        if taken is not None and taken.lemma_.lower() == noun.lemma_.lower():
            return event
    return None


def _antecedent(clause: Token, same: list[Event]) -> Event | None:
    """The event a relative clause tells more of: the last one told before its "which".

    "bombing the premier's office on June 26, and bombing the party's office on
    August 29, which led to the deaths of 72": the parser hangs the clause on a
    word near it (the date, the party), and the path up from there reaches the
    sentence's first bombing; a relative clause follows its antecedent, so the
    event told nearest before the clause's first word is the one it counts.
    """
    start, sentence = clause.left_edge.idx, clause.sent.start_char
    before = [e for e in same if sentence <= e.trigger.span[0] and e.trigger.span[1] <= start]
    return max(before, key=lambda e: e.trigger.span[0]) if before else None


def _trigger_root(doc: Doc, event: Event) -> int | None:
    """The token the event's trigger hangs from in the parse, if its span fits the tokens."""
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def _sequel(doc: Doc, event: Event, events: list[Event]) -> bool:
    """Whether an event noun is told as what followed the act named beside it: "the blast
    and the gunfire that followed" is one incident, its dead the first act's toll. Where
    the noun before is an event of its own ("the fighting and summary executions that
    followed" the retaking), both followed an act told earlier, and both are acts."""
    root = _trigger_root(doc, event)
    if root is None or doc[root].dep_ != "conj":
        return False
    sequels = toll_vocabulary().sequel_verbs
    if not any(c.dep_ == "relcl" and c.lemma_.lower() in sequels for c in doc[root].children):
        return False
    return all(_trigger_root(doc, e) != doc[root].head.i for e in events)


def _figure_words(doc: Doc, claims: list[Claim]) -> set[int]:
    """The tokens that tell a toll figure and nothing else: the figure's own words, and
    the verb its people are the subject of ("a thousand Spanish fallen", "30 soldiers
    died"), which says they died but names no act."""
    found: set[int] = set()
    for claim in claims:
        span = doc.char_span(*claim.span, alignment_mode="expand")
        if claim.property != "fatalities" or span is None or not len(span):
            continue
        found.update(t.i for t in span)
        if span.root.dep_ in ("nsubj", "nsubjpass"):
            found.add(span.root.head.i)
    return found


def _trigger_roots(doc: Doc, events: list[Event]) -> dict[int, Event]:
    """Each event by the token its trigger's parse hangs from (the first event told)."""
    roots: dict[int, Event] = {}
    for event in events:
        span = doc.char_span(*event.trigger.span, alignment_mode="expand")
        if span is not None and len(span):
            roots.setdefault(span.root.i, event)
    return roots


def _place_clause(doc: Doc, offset: int, roots: dict[int, Event]) -> Token | None:
    """The where-clause a figure at ``offset`` is told in, if no trigger comes first.

    "drove the survivors into the desert, where thousands died of thirst": the clause
    says what happened at the place its antecedent names. A trigger met first on the
    way up from the figure ("the camp, where guards shot 40 prisoners", "shooting"
    read as an event) tells the killing itself, whose toll the figure is; so does a
    trigger in the counted noun's own phrase ("the memorial, where a plaque lists 438
    names of the men the battalion shot").
    """
    figure = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if figure is None or not len(figure):
        return None
    counted = figure.root.head if figure.root.dep_ == "nummod" else figure.root
    if any(t.i in roots for t in counted.subtree if t.i != figure.root.i):
        return None
    relatives = toll_vocabulary().place_relatives
    for token in [figure.root, *figure.root.ancestors]:
        if token.i in roots:
            return None
        if token.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ in relatives for c in token.children
        ):
            return token
    return None


def _act_of_place(clause: Token, roots: dict[int, Event]) -> Event | None:
    """The act whose place a where-clause names, if an event tells it.

    The antecedent's own head is that act: the verb it is the place of ("drove the
    survivors into the desert") or an event noun ("the massacre at the mission"), or
    a verb whose subject is an event ("the battle was fought near the ford"). With
    no event there ("marched the prisoners to the coast, where 200 died"), or one of
    a type whose acts kill no one, the dead are no event's toll: the act told beside
    the clause is another deed.
    """
    vocab = toll_vocabulary()
    for token in clause.head.ancestors:
        subjects = [c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        act = roots.get(token.i) or next((roots[i] for i in subjects if i in roots), None)
        if act is not None:
            # a denied strike still counts the dead others report at its place
            fits = act.type in VIOLENT_TYPES or act.type in vocab.outcome_types
            return act if fits else None
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _death_outcome_act(doc: Doc, event: Event, events: list[Event]) -> Event:
    """The act whose outcome a bare death, read as an event of its own, tells.

    "thousands of Afghans desperate to leave crowded the runway; at least seven people
    died in the chaos": "died" says only that people died, and the act told before it
    in its sentence (the crowd's flight) is what they died in, whose toll the figure
    is; a death opening a sentence of its own tells the outcome of the violent act the
    sentence before it told last. A death with an agent ("were killed by") or with no
    act before it stays its own event, as one with a "by" phrase does.
    """
    vocab = toll_vocabulary()
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in vocab.bare_deaths:
        return event
    # Those who died are no agent, though a reading of "Nine people died" as an event
    # of its own may make them one: only a "by" phrase names who killed them.
    if any(c.dep_ == "agent" for c in span.root.children):
        return event
    sentence = span.root.sent
    before = [
        e
        for e in events
        if e.id != event.id
        and sentence.start_char <= e.trigger.span[0] < event.trigger.span[0]
        and (e.type in VIOLENT_TYPES or e.type in vocab.outcome_types)
        and e.subtype not in NONLETHAL_SUBTYPES
        and e.modality in HAPPENED
    ]
    if before:
        return max(before, key=lambda e: e.trigger.span[0])
    # "Militants stormed the village on Sunday. Nine people died, ...": a death that opens
    # its sentence with no act before it tells the outcome of the violent act the
    # sentence before ended on, in the same paragraph.
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
    if previous is None or "\n\n" in doc_text(doc)[previous.end_char : sentence.start_char]:
        return event
    acts = [
        e
        for e in events
        if previous.start_char <= e.trigger.span[0] < previous.end_char
        and e.type in VIOLENT_TYPES
        and e.subtype not in NONLETHAL_SUBTYPES
        and e.modality in HAPPENED
    ]
    return max(acts, key=lambda e: e.trigger.span[0]) if acts else event


def _crowd_act(doc: Doc, offset: int, events: list[Event], *, in_disorder: bool) -> Event | None:
    """The crowd's act a figure's bare death tells the outcome of, if its sentence tells one.

    "thousands desperate to leave packed the quay as shelling neared; at least eleven
    people died in the crush": a bare death in a crowd's disorder (``in_disorder``: "in
    the crush", "in the panic") is the toll of the crowd's flight or protest told before
    it in the sentence, not of the violent act told beside it, which a nearer trigger
    would otherwise take. Without ``in_disorder`` any bare death counts, for a figure no
    violent act near it takes ("crowded the pier; at least six people died").
    """
    vocab = toll_vocabulary()
    figure = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if figure is None or not len(figure):
        return None
    verb = next((t for t in figure.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in vocab.bare_deaths:
        return None
    disorder = any(
        prep.dep_ == "prep"
        and prep.lower_ in argument_words().retelling_prepositions
        and noun.dep_ == "pobj"
        and noun.lemma_.lower() in vocab.crowd_disorders
        for prep in verb.children
        for noun in prep.children
    )
    if in_disorder and not disorder:
        return None
    sentence = verb.sent
    crowds = [
        e
        for e in events
        if e.type in vocab.outcome_types
        and e.modality in HAPPENED
        and sentence.start_char <= e.trigger.span[0] < offset
    ]
    return max(crowds, key=lambda e: e.trigger.span[0]) if crowds else None


def _renamed(doc: Doc, event: Event, same: list[Event]) -> Event:
    """The act an event noun in apposition renames: "they bombed a market in Jamrud, an
    attack that killed 26" counts the bombing, which "an attack" only names again. So
    does an event that is the subject of the event's verb: "a landmine destroyed an army
    truck; four soldiers died" counts the mine's blast, which "destroyed" only tells the
    outcome of."""
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    if span is None or not len(span):
        return event
    roots: dict[int, Event] = {}
    for other in same:
        found = doc.char_span(*other.trigger.span, alignment_mode="expand")
        if found is not None and len(found) and other.id != event.id:
            roots.setdefault(found.root.i, other)
    if span.root.dep_ != "appos":
        subjects = [c.i for c in span.root.children if c.dep_ == "nsubj"]
        return next((roots[i] for i in subjects if i in roots), event)
    return next((roots[t.i] for t in span.root.ancestors if t.i in roots), event)


def _kills(token: Token, words: ArgumentWords) -> bool:
    """A word of killing: "killed", "murder", or "shot dead", "stabbed to death",
    "fatally shot"."""
    if token.lemma_.lower() in words.death_words or token.lower_ in words.death_words:
        return True
    fatal = toll_vocabulary().fatal_adverbs
    if any(c.dep_ == "advmod" and c.lower_ in fatal for c in token.children):
        return True
    after = [c for c in token.children if c.i > token.i]
    after += [g for c in after if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    # "shot dead Maria Ortiz": the parser hangs "dead" on the name, right after the verb.
    if token.i + 1 < len(token.doc):
        after.append(token.doc[token.i + 1])
    return any(c.lower_ in words.death_complements for c in after)


# What a word is to :func:`_killing_words`.
_NO_DEATH, _DEATH_WORD, _DEATH_COMPLEMENT, _FATAL_ADVERB = range(4)


def _killing_words(doc: Doc, words: ArgumentWords) -> set[int]:
    """The indices of the tokens :func:`_kills` holds for, without testing every token.

    Only a word of killing itself, the word a complement of death ("dead", "death")
    hangs on, through "to" or not, or stands right after, or the word a fatal adverb
    ("fatally") modifies can kill: the
    rest of the document is never read token by token (the pipeline's speed budget).
    """
    fatal = toll_vocabulary().fatal_adverbs
    strings = doc.vocab.strings
    # What each word is, read from the Doc's (lower case, lemma) ids: a Token is made only
    # for the few words of death, and each distinct word's strings are read once.
    kinds: dict[tuple[int, int], int] = {}
    candidates: set[int] = set()
    for i, (lower_id, lemma_id) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
        kind = kinds.get((lower_id, lemma_id))
        if kind is None:
            lower = strings[lower_id]
            if strings[lemma_id].lower() in words.death_words or lower in words.death_words:
                kind = _DEATH_WORD
            elif lower in words.death_complements:
                kind = _DEATH_COMPLEMENT
            elif lower in fatal:
                kind = _FATAL_ADVERB
            else:
                kind = _NO_DEATH
            kinds[lower_id, lemma_id] = kind
        if kind == _DEATH_WORD:
            candidates.add(i)
        elif kind == _DEATH_COMPLEMENT:
            head = doc[i].head
            candidates.update((head.i, head.head.i, i - 1))
        elif kind == _FATAL_ADVERB:
            candidates.add(doc[i].head.i)
    return {i for i in candidates if i >= 0 and _kills(doc[i], words)}


def _act_chain(token: Token) -> list[Token]:
    """The trigger and the verbs coordinated with it under one subject ("shot and killed").

    A conjunct with a subject of its own ("was killed and his sons were injured")
    tells another act. The chain goes up through every conjunct before it ("was
    captured, tortured and beheaded": the one captured is the one beheaded), the
    parser's participle for a conjunct included ("tortured" hung on "captured").
    """

    def own_subject(verb: Token) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    def shares_passive_subject(verb: Token) -> bool:
        """A past participle with no subject, hung on a passive verb it is listed after."""
        return (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBN"
            and verb.head.i < verb.i
            and any(c.dep_ == "nsubjpass" for c in verb.head.children)
        )

    chain = [token]
    chain += [
        c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" and not own_subject(c)
    ]
    link = token
    while (
        (link.dep_ == "conj" or shares_passive_subject(link))
        and link.head.pos_ == "VERB"
        and link.head not in chain
        and not own_subject(link)
    ):
        chain.append(link.head)
        link = link.head
    return chain


def _victims(token: Token) -> list[Token]:
    """Who an act is done to: a verb's object or passive subject, a noun's "of" or possessor.

    "the assassination of Hector Oqueli and of Gilda Flores": an "of" phrase
    coordinated with another names a victim too.
    """
    if token.pos_ in ("VERB", "AUX"):
        return [c for c in token.children if c.dep_ in VICTIM_DEPS]
    ofs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    ofs += [o for c in ofs for o in c.conjuncts if o.lower_ == "of"]
    possessors = [c for c in token.children if c.dep_ == "poss"]
    return possessors + [g for c in ofs for g in c.children if g.dep_ == "pobj"]


def _one_person(token: Token, words: ArgumentWords) -> bool:
    """One person named or singled out ("Naimatullah", "a civilian", "him", "killed
    one"); not a number
    the text leaves to a figure ("villagers", "two guards", "a family", "no one"), nor
    one it leaves uncounted ("an unknown number of fighters")."""
    if any(c.dep_ == "nummod" or c.lower_ == "no" for c in token.children):
        return False
    if _cardinal(token, words) not in (None, 1):
        return False  # a number standing for people ("a dozen of his guards")
    if _uncounted(token):
        return False
    if token.lemma_.lower() in words.collective_victims or token.lower_ in ("nobody", "none"):
        return False
    # "Troops killed one and captured four": "one" standing for a person is one dead;
    # so is a pronoun for one person, object or passive subject ("He was shot in December").
    return (
        token.tag_ in ("NNP", "NN")
        or token.lower_ in ("him", "her", "he", "she", "one")
        or _mistagged_single_noun(token)
    )


def _mistagged_single_noun(token: Token) -> bool:
    """A word the tagger took for an adjective that stands as a noun of one person under
    "a" or "an": "killed his driver and an orderly" (the tagger's "orderly" is JJ), since
    an adjective with an article of its own in a noun's place is that noun."""
    return (
        token.tag_ == "JJ"
        and token.dep_ in ("conj", *VICTIM_DEPS)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    )


def _uncounted(token: Token) -> bool:
    """Victims told without a count: "several residents", "many dead", "killing many",
    "an unknown number of fighters", "a handful of guards" (``vague_*`` in tolls.yaml).
    A plain plural ("killed villagers") is left for a figure to count."""
    vocabulary = toll_vocabulary()
    if token.lower_ in vocabulary.vague_quantifiers:
        return True
    if token.lemma_.lower() in vocabulary.vague_counts:
        return True
    return any(
        c.dep_ in ("amod", "det", "quantmod") and c.lower_ in vocabulary.vague_quantifiers
        for c in token.children
    )


def _nobody(token: Token) -> bool:
    """Whether a killing's victim is "nobody", "no one" or "none": nobody died.

    The words are ``nobody_words``; "one" says nobody only under "no", and a word
    with an "of" phrase ("none of the passengers") counts only those."""
    if token.lower_ not in toll_vocabulary().nobody or any(
        c.dep_ == "prep" for c in token.children
    ):
        return False
    return token.lower_ != "one" or any(c.lower_ == "no" for c in token.children)


def _zero_toll_candidates(doc: Doc, killing_words: set[int]) -> list[Token]:
    """The words :func:`_denied_death` and :func:`_harmed_nobody` can hold for, in order:
    a word of killing, or one whose lemma is a verb of harm or of dying or a casualty
    noun. Read from the Doc's lemma ids, each distinct lemma judged once, so that a
    Token is made only for those few words (the pipeline's speed budget)."""
    vocabulary = toll_vocabulary()
    wanted = vocabulary.harms | vocabulary.bare_deaths | vocabulary.casualty_nouns
    strings = doc.vocab.strings
    judged: dict[int, bool] = {}
    found: list[Token] = []
    for i, lemma_id in enumerate(doc.to_array(LEMMA).tolist()):
        lemma_wanted = judged.get(lemma_id)
        if lemma_wanted is None:
            lemma_wanted = judged[lemma_id] = strings[lemma_id].lower() in wanted
        if lemma_wanted or i in killing_words:
            found.append(doc[i])
    return found


def _harmed_nobody(token: Token) -> bool:
    """Whether the word tells that an act harmed nobody: a verb of harm whose victims
    are all "nobody" ("no one was hurt", "nobody was injured"), or a casualty noun under
    "no" ("causing no casualties", "there were no deaths"). Nobody died then either, as
    where a verb of dying has "nobody" as its subject ("no one died")."""
    vocabulary = toll_vocabulary()
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in vocabulary.harms:
        victims = [v for victim in _victims(token) for v in (victim, *victim.conjuncts)]
        return bool(victims) and all(_nobody(v) for v in victims)
    if token.pos_ in ("VERB", "AUX") and lemma in vocabulary.bare_deaths:
        # "no one died", "nobody had died": the dying are the verb's own subject
        dying = [c for c in token.children if c.dep_ == "nsubj"]
        return bool(dying) and all(_nobody(d) for d in dying)
    return (
        token.pos_ == "NOUN"
        and lemma in vocabulary.casualty_nouns
        and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
    )


def _denied_death(token: Token, killing_words: set[int]) -> bool:
    """Whether the word tells a death a source denies of anyone: a word of killing or
    dying whose victims are "anyone" or "any" people ("denied that anyone had died",
    "denied that any civilians were killed"), or a casualty noun under "any" ("denied
    there were any deaths"), in a clause a denial verb governs."""
    vocabulary = toll_vocabulary()
    lemma = token.lemma_.lower()

    def anyone(word: Token) -> bool:
        return word.lower_ in vocabulary.any_words or any(
            c.dep_ == "det" and c.lower_ in vocabulary.any_words for c in word.children
        )

    if token.i in killing_words or lemma in vocabulary.bare_deaths:
        victims = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", *VICTIM_DEPS)]
        if not victims or not all(anyone(v) for v in victims):
            return False
    elif not (token.pos_ == "NOUN" and lemma in vocabulary.casualty_nouns and anyone(token)):
        return False
    denials = load_vocabulary().denial_verbs
    return any(a.lemma_.lower() in denials for a in token.ancestors if a.pos_ in ("VERB", "AUX"))


def _pair(token: Token) -> bool:
    """Two people singled out by a word no figure reads: "both men", "killing both"."""
    pairs = toll_vocabulary().pairs
    return token.lower_ in pairs or any(
        c.dep_ in ("det", "predet") and c.lower_ in pairs for c in token.children
    )


@dataclass(frozen=True)
class NamedDeath:
    """A killing of people the text names or singles out, and how many it counts."""

    offset: int
    """Where the word of killing stands."""
    dead: int
    """Everyone its victims count: each one singled out, and each counted group."""
    singled: tuple[int, ...]
    """Where each single person among them stands ("their civilian driver", "a passer-by")."""
    victims: tuple[int, int]
    """The characters its victims' words cover ("ten policemen and their driver")."""
    uncounted: bool = False
    """Its victims died uncounted ("killed several residents"): dead, but no number."""
    nobody: bool = False
    """It tells that nobody died ("Nobody was killed"): a toll of zero."""
    denied: bool = False
    """A source denies that anyone died ("the army denied that any civilians were
    killed"): zero is that source's toll, the low end beside the figures others give."""


def _named_dead(
    token: Token,
    told: list[Token],
    words: ArgumentWords,
    killing: bool = False,
    kills: Callable[[Token], bool] | None = None,
) -> NamedDeath | None:
    """How many people a word of killing names as its victims, where no figure counts them.

    "Assailants shot and killed Naimatullah", "the officer was executed", "the
    murder of a judge and his driver": each person named or singled out is one
    dead, as GTD, ACLED and MUC coders count them. A plural or counted victim
    ("villagers", "two guards") is for a figure to count, so it gives no number;
    an act only intended or denied ("to kill the mayor", "was not killed") none.
    ``told`` is the event's trigger the word heads ("shot dead"), or the word;
    ``killing`` says the event is a killing by its subtype ("was executed"); ``kills``
    is :func:`_kills` as the caller remembers it for the document's words.
    """
    kills = kills or (lambda t: _kills(t, words))
    chain = _act_chain(token)
    # "attacked the camp and murdered a guard": the dead are the killing verb's objects.
    killers = chain if killing else [t for t in [*told, *chain] if kills(t)]
    killers = killers or [t for t in chain if _kills_recounted_group(t, chain, words)]
    if not killing and not killers:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to") for c in token.children):
        return None
    victims = next((found for t in [*killers, *chain] if (found := _victims(t))), [])
    victims = victims or _complement_objects(killers, words)
    people = [v for victim in victims for v in (victim, *victim.conjuncts, *_others_named(victim))]
    people += _list_cut_off(people[-1]) if people else []
    people += [c for c in _counted_beside_object(killers) if people and c not in people]
    # "was executed in Bogota with three companions": those killed with the victim; the
    # parser may hang "with" on a time after the verb ("the following spring with two of
    # his captains").
    companions = [
        noun
        for verb in chain
        for holder in (verb, *(c for c in verb.children if c.dep_ == "npadvmod"))
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for noun in prep.children
        if noun.dep_ == "pobj" and _companion(noun)
    ]
    covered = (
        (
            min(v.left_edge.idx for v in [*people, *companions]),
            max(v.right_edge.idx + len(v.right_edge) for v in [*people, *companions]),
        )
        if people
        else (token.idx, token.idx)
    )
    if people and all(_uncounted(v) for v in people):
        return NamedDeath(offset=token.idx, dead=0, singled=(), victims=covered, uncounted=True)
    if people and all(_nobody(v) for v in people):
        return NamedDeath(offset=token.idx, dead=0, singled=(), victims=covered, nobody=True)
    recounted = {v.i: n for v in people if (n := _recounted(v, words)) is not None}
    if not people or not any(_one_person(v, words) or _pair(v) or v.i in recounted for v in people):
        return None
    # "a tribal elder and his two guards": one singled out, and two counted beside him.
    counts = [
        1 if _one_person(v, words) else 2 if _pair(v) else recounted.get(v.i) or _counted(v, words)
        for v in people
    ]
    if None in counts:
        return None
    counts += [
        1 if _one_person(c, words) else 2 if _pair(c) else _counted(c, words) for c in companions
    ]
    return NamedDeath(
        offset=token.idx,
        dead=sum(c for c in counts if c is not None),
        singled=tuple(v.idx for v in people if _one_person(v, words)),
        victims=covered,
    )


def _complement_objects(killers: list[Token], words: ArgumentWords) -> list[Token]:
    """The victims of "shot dead X" where the parser made "dead" the verb and X its
    object, and the killing word a noun with no object of its own."""
    found: list[Token] = []
    for killer in killers:
        after = killer.nbor() if killer.i + 1 < len(killer.doc) else None
        if after is not None and after.lower_ in words.death_complements:
            found += [c for c in after.children if c.dep_ in VICTIM_DEPS]
    return found


def _others_named(victim: Token) -> list[Token]:
    """People listed after a victim's name in apposition: in "the journalist Nadeem
    Qureshi and his cousin Imran" the parser joins the cousin to the name. Only a
    conjunct with a possessor of its own is another person ("his cousin"); "the colonel,
    a veteran and a father of three" is one man, and a plural victim's apposition names
    the same people again."""
    if victim.tag_ not in ("NN", "NNP"):
        return []  # "the two men, a father and his son": the apposition renames a group
    return [
        c
        for name in victim.children
        if name.dep_ == "appos"
        for c in name.conjuncts
        if any(p.dep_ == "poss" for p in c.children)
    ]


def _counted_beside_object(killers: list[Token]) -> list[Token]:
    """A count of people the parser joined to the killing verb rather than to its object:
    in "killing the bailiff and six of his men-at-arms" it takes "six" for a second verb
    beside "killing". A bare number with no subject or object of its own is no act; it
    is more of the dead beside the one named."""
    found = {
        c.i: c
        for verb in killers
        for c in verb.children
        if c.dep_ == "conj"
        and c.tag_ == "CD"
        and not any(d.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for d in c.children)
    }
    return list(found.values())


def _list_cut_off(victim: Token) -> list[Token]:
    """The rest of a list of victims the parser took for something else: "killing her, her
    driver and three police bodyguards, the office said" hangs "her driver and ..." on
    "said"; "killed the rebel commander, his deputy and four fighters" makes them an
    apposition of "commander". A noun phrase right after one person's comma that is
    itself a list joined by "and", no subject of a clause of its own, and names people of
    their own (a possessor: "his deputy") or a group (a plural) is others beside that
    person, as one person cannot be a group or his own deputy: "Juan Perez, a teacher and
    union leader" and "the colonel, a veteran and a father of three" are no lists."""
    if victim.tag_ not in ("NN", "NNP", "PRP"):
        return []
    doc = victim.doc
    appositions = [c for c in victim.children if c.dep_ == "appos"]
    comma = appositions[0].left_edge.i - 1 if appositions else victim.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    start = doc[comma + 1]
    phrase = start
    while phrase.head is not phrase and phrase.head.left_edge == start:
        phrase = phrase.head
    listed = [phrase, *phrase.conjuncts]
    if (
        phrase.pos_ not in ("NOUN", "PROPN")
        or phrase.dep_ in ("nsubj", "nsubjpass")
        or not any(c.dep_ == "cc" and c.lower_ == "and" for c in phrase.children)
        or not any(
            p.tag_ in ("NNS", "NNPS") or any(c.dep_ == "poss" for c in p.children) for p in listed
        )
    ):
        return []
    return listed


def _kills_recounted_group(verb: Token, chain: list[Token], words: ArgumentWords) -> bool:
    """Whether a verb that kills only a counted group (``group_killing_verbs``: "shot")
    has such a group told again with "the" as its victims: "Guards shot the five
    prisoners", not "shot the mayor" (one person shot may live), nor "were shot and
    wounded" or "shot the two men in the legs" (a verb of harm in its chain, or a wound
    site as the claims reader reads one, says they lived)."""
    vocabulary = toll_vocabulary()
    if verb.lemma_.lower() not in vocabulary.group_killings:
        return False
    if any(t.lemma_.lower() in vocabulary.harms for t in chain):
        return False
    people = [v for victim in _victims(verb) for v in (victim, *victim.conjuncts)]
    # The parser hangs "in the legs" on the verb or on its object.
    sites = load_vocabulary().wound_sites
    if any(wounded_at(t, sites) for t in [*chain, *people]):
        return False
    return bool(people) and all(_recounted(v, words) is not None for v in people)


def _companion(noun: Token) -> bool:
    """Whether a noun after "with" tells people killed with the victim: a noun of
    companions ("with three companions"), or a count of the victim's own people
    ("together with two of his clerks"), whose partitive "of" makes them persons
    beside him rather than a weapon or a means ("with two grenades"); "with both of his
    constables" counts the pair so."""
    vocabulary = toll_vocabulary()
    if noun.lemma_.lower() in vocabulary.companions:
        return True
    return (noun.like_num or noun.lower_ in vocabulary.pairs) and any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")
            for whole in prep.children
            if whole.dep_ == "pobj"
            for c in whole.children
        )
        for prep in noun.children
    )


def _recounted(token: Token, words: ArgumentWords) -> int | None:
    """How many people a definite plural victim stands for, counted when the text first
    told of them: "The attackers were shot dead" after "Two gunmen burst into ..." is two
    dead. The antecedent is the nearest counted noun before it of the same word, or of
    another word for assailants when it is one; with none, the number it carries itself
    ("hanged the three conspirators", which the claims reader leaves as referring back)."""
    if token.tag_ != "NNS" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children
    ):
        return None
    lemma = token.lemma_.lower()
    assailants = toll_vocabulary().assailants
    for earlier in reversed(token.doc[: token.i]):
        other = earlier.lemma_.lower()
        same_people = other == lemma or (other in assailants and lemma in assailants)
        if earlier.tag_ == "NNS" and same_people and (count := _counted(earlier, words)):
            return count
    return _counted(token, words)


def _counted(token: Token, words: ArgumentWords) -> int | None:
    """How many people a noun with a number in front names ("two guards", "three of her
    neighbours"), or None."""
    if token.lemma_.lower() in words.collective_victims:
        return None
    for number in [token, *(c for c in token.children if c.dep_ == "nummod")]:
        value = _cardinal(number, words)
        if value is not None:
            return value
    return None


def _cardinal(number: Token, words: ArgumentWords) -> int | None:
    """The whole number a word tells, in digits or words: "14", "two", and as the claims
    reader reads them "fourteen", "thirty-one" (its head "one"), "a dozen" ("dozen");
    a vague plural ("dozens") counts no one, and a noun ("guards") is no number."""
    digits = number.text.replace(",", "")
    if digits.isdigit():
        return int(digits)
    reader = _number_reader()
    start = number.left_edge.i
    read = reader.number_at(number.doc, start) if reader.may_start(number.doc[start]) else None
    if read is not None and not read.vague and read.end == number.i + 1:
        return int(read.value) if read.value == int(read.value) else None
    if number.lower_ in words.number_words:
        return words.number_words.index(number.lower_) + 1
    return None


@cache
def _number_reader() -> NumberReader:
    """The claims' reader of numbers in words, built once."""
    return NumberReader(load_vocabulary())


def _named_deaths(doc: Doc, events: list[Event]) -> list[NamedDeath]:
    """Each killing the text tells of people it names or singles out.

    An event's trigger tells its own ("shot dead Maria Ortiz"); a clause that is
    no event tells one as a figure would ("Himmat, a police chief, was killed in
    the attack") and counts, as figures do, for the event it follows. Verbs
    coordinated under one subject ("shot and killed X") tell one killing.
    """
    words = argument_words()
    triggers: dict[int, list[Token]] = {}
    kinds: dict[int, tuple[str, str | None]] = {}
    killings: set[int] = set()
    for event in events:
        span = doc.char_span(*event.trigger.span, alignment_mode="expand")
        if span is not None and len(span):
            triggers[span.root.i] = list(span)
            kinds[span.root.i] = (event.type, event.subtype)
            if event.subtype in KILLING_SUBTYPES:
                killings.add(span.root.i)
    # A word outside every trigger tells a killing only through itself, a verb
    # coordinated with it or the verb it is coordinated with (its act chain): words
    # near no word of killing are passed over without building their chains.
    killing_words = _killing_words(doc, words)
    # A word next to a word of killing in the parse: the word itself, its head or a child.
    near_killing = set(killing_words)
    for k in killing_words:
        near_killing.add(doc[k].head.i)
        near_killing.update(c.i for c in doc[k].children)
    # Whether each word kills, judged once: a word is in the act chains of its neighbours too.
    judged: dict[int, bool] = {}

    def kills(t: Token) -> bool:
        if t.i not in judged:
            judged[t.i] = _kills(t, words)
        return judged[t.i]

    found: list[NamedDeath] = []
    seen: set[int] = set()
    for i in sorted(triggers) + sorted(near_killing - triggers.keys()):
        if i in seen:
            continue
        token = doc[i]
        # "attacked and killed an officer", "tortured and beheaded", the killing an
        # event of another kind or subtype: the dead are the killing's (as its figures
        # are, :func:`_first_of_chain`).
        if (
            i in kinds
            and not any(t.i in killing_words for t in triggers[i])
            and any(
                t.i in kinds and kinds[t.i] != kinds[i] and t.i in killing_words
                for t in _act_chain(token)
            )
        ):
            continue
        death = _named_dead(token, triggers.get(i, [token]), words, i in killings, kills)
        # an event's trigger and the killing word under it name the same victims
        # ("stormed the castle, killing the bailiff and six of his men"): one killing
        retold = death is not None and any(d.victims == death.victims for d in found)
        if death is not None and not retold and (death.dead or death.uncounted or death.nobody):
            seen.update(t.i for t in _act_chain(token))
            found.append(death)
    found += [
        death
        for death in _singled_dying(doc, words)
        if not any(d.victims == death.victims for d in found)
    ]
    # Tolls of zero, in one pass over the words: "the army denied that any civilians were
    # killed" (one source's), and "..., causing no casualties", "no one was hurt" (as
    # "nobody was killed").
    denied: list[NamedDeath] = []
    nobody: list[NamedDeath] = []
    for t in _zero_toll_candidates(doc, killing_words):
        if _denied_death(t, killing_words):
            denied.append(
                NamedDeath(offset=t.idx, dead=0, singled=(), victims=(t.idx, t.idx), denied=True)
            )
        if _harmed_nobody(t):
            nobody.append(
                NamedDeath(offset=t.idx, dead=0, singled=(), victims=(t.idx, t.idx), nobody=True)
            )
    return found + denied + nobody


def _singled_dying(doc: Doc, words: ArgumentWords) -> list[NamedDeath]:
    """Each person singled out whom a verb of dying has die: "The cook, Ramón Díaz,
    drowned in his cabin", "a guard was hit by a stray bullet and died" (the subject of
    the verb it is joined to). The parse may make the verb a participle on its subject
    ("the cook drowned": acl). A group is left to a figure ("two guards died")."""
    dying = {doc.vocab.strings[word] for word in toll_vocabulary().dying}
    found: list[NamedDeath] = []
    # read from the Doc's lemma ids, as :func:`_killing_words` does (the speed budget)
    for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):
        verb = doc[i]
        if lemma not in dying or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "acl":
            subjects = [verb.head]
        people = [p for s in subjects for p in (s, *s.conjuncts)]
        if not people or not all(_singled_person(p, words) for p in people):
            continue
        if _dated_by_year(verb):
            continue  # "died in 1961 in Vienna": a death of its own, long after the act
        covered = (
            min(p.left_edge.idx for p in people),
            max(p.right_edge.idx + len(p.right_edge) for p in people),
        )
        singled = tuple(p.idx for p in people)
        found.append(NamedDeath(verb.idx, len(people), singled, covered))
    return found


def _dated_by_year(verb: Token) -> bool:
    """Whether a date under the verb names a year ("in 1961", "the following year"),
    which tells a death apart from the act told before rather than its outcome."""
    return any(
        t.ent_type_ == "DATE" and (t.lower_ == "year" or (t.is_digit and len(t) == 4))
        for c in verb.children
        if c.dep_ not in ("nsubj", "nsubjpass")
        for t in c.subtree
    )


def _singled_person(token: Token, words: ArgumentWords) -> bool:
    """One person told by a noun of who he is ("the cook", "a sergeant, Ali Khan"), or a
    name with such a noun beside it ("Ali Khan, a sergeant"); not a bare name."""
    if not _one_person(token, words):
        return False
    tags = {token.tag_, *(c.tag_ for c in token.children if c.dep_ == "appos")}
    if {"NN", "NNP"} <= tags:
        return True  # a noun and a name in apposition, whichever heads
    vocab = load_vocabulary()
    return token.tag_ == "NN" and (
        token.lower_ in vocab.person_nouns or agentive(token.text, vocab)
    )


def _figure_anaphor(token: Token, words: ArgumentWords) -> bool:
    """A noun that refers back to a figure already given: "this number", "the figure".

    "Based on the group's sources, this number rises to 7,000" and "a police
    spokesman put the figure at three" continue or answer the figure told
    before, whatever event their own sentence tells; "the number of citizens
    killed" introduces a figure of its own, and is no such reference.
    """
    return (
        token.lemma_.lower() in words.figure_nouns
        and any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in token.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def _retold_act(doc: Doc, event: Event, words: ArgumentWords) -> Token | None:
    """The act a bare killing re-mentions: "52 civilians killed in the bombardment".

    A death told by a participle with no doer of its own and an "in" or
    "during" phrase naming a violent act with a definite determiner is the toll
    of that act, told before, not an act of its own; so is one whose "when"
    clause tells the violent act ("two people were killed when rivals
    clashed"). The word of the act is returned.
    """
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    if verb.lemma_.lower() not in words.death_words or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return None
    lexicon = load_lexicon()
    # "Two people were killed when supporters of rival candidates clashed": the deaths
    # are the toll of the act the "when" clause tells.
    for clause in verb.children:
        sense = lexicon.words.get(clause.lemma_.lower())
        if (
            clause.dep_ == "advcl"
            and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in CIRCUMSTANCE_MARKERS
                for c in clause.children
            )
            and sense is not None
            and (sense.type in VIOLENT_TYPES or sense.subtype == "riot")
        ):
            return clause
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.retelling_prepositions:
            continue
        for noun in prep.children:
            sense = lexicon.words.get(noun.lemma_.lower())
            if (
                noun.dep_ == "pobj"
                and sense is not None
                and sense.type in VIOLENT_TYPES
                and any(
                    c.dep_ == "det" and c.lower_ in words.anaphoric_determiners
                    for c in noun.children
                )
            ):
                return noun
    return None


def _force_destroyed(doc: Doc, event: Event, words: ArgumentWords) -> Token | None:
    """The force a bare passive of destruction re-mentions: "In 9 AD three legions were
    ambushed ... almost the entire force, perhaps 15,000 men, was destroyed".

    A force told again with a definite determiner and destroyed by no doer told
    is the force of the fight told before: its dead are that fight's toll, not
    another act's. The subject's word is returned.
    """
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    if verb.lemma_.lower() not in toll_vocabulary().force_losses or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return None
    return next(
        (
            subject
            for subject in verb.children
            if subject.dep_ == "nsubjpass"
            and any(
                c.dep_ in ("det", "predet") and c.lower_ in words.anaphoric_determiners
                for c in subject.children
            )
        ),
        None,
    )


def _group_joined(doc: Doc, claim: Claim) -> tuple[int, int] | None:
    """The characters from the word that makes one victim a member of a counted group
    ("one of thousands executed there") to its sentence's end, when the claim's figure
    counts that group.

    Such a figure is the toll of the wider killing the group fell to, which the
    phrase may tell ("one of hundreds put to death that winter"), not of the act
    that killed the one person it is said of.
    """
    span = doc.char_span(*claim.span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    figure = span.root
    preposition = figure.head
    member = preposition.head
    if (
        figure.dep_ != "pobj"
        or preposition.lower_ != "of"
        or member.lower_ not in toll_vocabulary().group_members
        or member.i > figure.i
    ):
        return None
    return member.idx, member.sent.end_char


def _member_killing(doc: Doc, offset: int, events: list[Event]) -> Event | None:
    """The violent act that killed the one victim a group phrase at ``offset`` is said of.

    "he had been shot in Kommunarka, one of thousands executed there": the phrase
    counts him among the dead, so the act its clause tells (whose word may not say
    death) killed one person.
    """
    member = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if member is None or not len(member):
        return None
    # The parser may make the phrase the subject of the group's own verb ("one of
    # thousands executed there"): the act is the verb told before it.
    start = member.root.i
    acts = [t for t in member.root.ancestors if t.pos_ in ("VERB", "AUX") and t.i < start][:1]
    return next(
        (
            e
            for e in events
            for act in acts
            if e.type in VIOLENT_TYPES
            and e.modality in HAPPENED
            and e.trigger.span[0] <= act.idx < e.trigger.span[1]
        ),
        None,
    )


def link_claims(
    doc: Doc, events: list[Event], claims: list[Claim]
) -> tuple[list[Claim], list[Event]]:
    """Attach toll claims to the event they count: same sentence, else a recent one.

    Claims are read in the order of the text, and a claim linked to an event
    tells that event again in its sentence: a figure that continues or answers
    it ("MKO announced the number of 1,300 killed") finds the event the figure
    before it counted. An event no figure counts takes the dead its own
    killing, or a clause that follows it, names (:func:`_named_deaths`), found
    the same way. A where-clause's dead count for the act whose place it names
    (:func:`_place_clause`), and a bare death in a crowd's crush for the crowd's act
    (:func:`_crowd_act`), whatever violent act stands nearer.
    """
    text = doc_text(doc)
    words = argument_words()
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]

    def sentence_of(offset: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    told_in = {
        e.id: {sentence_of(e.trigger.span[0])} | {sentence_of(start) for start, _ in e.evidence}
        for e in events
    }
    # The violent events told in each sentence: a toll looks only a few sentences back,
    # so each claim reads those sentences' events, not the document's all.
    position = {e.id: i for i, e in enumerate(events)}
    told_at: dict[int, list[Event]] = {}
    for e in events:
        if e.type in VIOLENT_TYPES or (e.type, e.subtype) == ("protest", "riot"):
            for m in told_in[e.id]:
                told_at.setdefault(m, []).append(e)

    # "Moroccan chroniclers spoke of more than a thousand Spanish fallen": a seizure read
    # off the figure's own words tells no act of its own, and with another violent act
    # told within reach the figure counts that act's dead. (A killing read off them, "12
    # civilians were killed", may be the only telling of its act, and stays.)
    figure_words = _figure_words(doc, claims)
    in_figure = {
        e.id
        for e in events
        if e.subtype in SELDOM_LETHAL_SUBTYPES
        and (root := _trigger_root(doc, e)) is not None
        and root in figure_words
    }
    for n, acts in told_at.items():
        reach = [
            e
            for m in range(n - TOLL_REACH_SENTENCES, n + 1)
            for e in told_at.get(m, ())
            if e.id not in in_figure
        ]
        if reach:
            told_at[n] = [e for e in acts if e.id not in in_figure]

    def last_told(event: Event, n: int) -> int:
        return max((m for m in told_in[event.id] if m < n), default=-1)

    def latest_fitting(event: Event, n: int, lethal: list[Event]) -> Event:
        """The event a re-mention in sentence ``n`` ("in the crackdown") refers to.

        A definite noun refers to the nearest fitting event: one of the same
        type told after the event whose word it repeats, and before ``n``, is
        it; the event whose own trigger is in ``n`` is itself.
        """
        if sentence_of(event.trigger.span[0]) == n:
            return event
        since = last_told(event, n)
        later = [
            o
            for o in lethal
            if o.type == event.type and o.id != event.id and since < last_told(o, n)
        ]
        return max(later, key=lambda o: (last_told(o, n), position[o.id])) if later else event

    def retold(event: Event, n: int, lethal: list[Event]) -> Event:
        """The earlier act a bare killing in sentence ``n`` is the toll of, or the event."""
        noun = _retold_act(doc, event, words) or _force_destroyed(doc, event, words)
        if noun is None:
            return event
        naming = [
            o
            for o in lethal
            if o.id != event.id and any(s <= noun.idx < e for s, e in [o.trigger.span, *o.evidence])
        ]

        def recency(other: Event) -> int:
            # Told before the killing in its own sentence, or in a sentence before.
            if other.trigger.span[0] < event.trigger.span[0] and n in told_in[other.id]:
                return n
            return last_told(other, n)

        found = naming or [o for o in lethal if o.id != event.id and recency(o) >= 0]
        if not found:
            return event
        chosen = max(found, key=lambda o: (recency(o), position[o.id]))
        return latest_fitting(chosen, n, lethal)

    def counted_event(offset: int, fatal: bool, many: bool = False) -> Event | None:
        """The event a figure (or a named death) at ``offset`` counts for, if any.

        A figure of ``many`` dead is no toll of the killing of one person singled
        out ("The caliph was put to death ..., and chroniclers put the number of
        dead in the city at 200,000") unless the killing's own clause tells it.
        """
        n = sentence_of(offset)
        nearby = {
            e.id: e for m in range(n - TOLL_REACH_SENTENCES, n + 1) for e in told_at.get(m, ())
        }
        # "By the time troops captured the city in January 1979, two million had died":
        # the act of the clause that dates the end is not what the main clause counts.
        clause = by_the_time_clause(sentences[n])
        if clause is not None and not clause[0] <= offset < clause[1]:
            nearby = {
                i: e for i, e in nearby.items() if not clause[0] <= e.trigger.span[0] < clause[1]
            }
        told = sorted(nearby.values(), key=lambda e: position[e.id])
        if _counts_untold_act(doc, offset, roots, told):
            return None
        summed = _running_sum(doc, offset)
        if summed is not None:
            # the sum's own acts: a killing the figure's own verb tells, the act that
            # began the stretch, an act told as lasting (a month, a year)
            told = [
                e
                for e in told
                if (root := _trigger_root(doc, e)) not in summed.counted_from
                and (
                    root in summed.begun_by
                    or e.when.precision not in SINGLE_DAY_PRECISIONS
                    or _governing_event(doc, offset, [e]) is e
                )
            ]
        lethal = [e for e in told if e.subtype not in NONLETHAL_SUBTYPES or not fatal]
        lethal = lethal or [e for e in told if e.subtype in CAPTIVE_SUBTYPES]
        # "gunmen kidnapped 23 passengers; two of them were later found dead": some of
        # those a capture in the figure's own sentence took, with no deadly act told
        # there, are the capture's dead (as GTD counts a kidnapping's), not an act's before
        captured = [
            e
            for e in told
            if e.subtype in CAPTIVE_SUBTYPES and n in told_in[e.id] and e.trigger.span[0] < offset
        ]
        if (
            fatal
            and captured
            and _some_of_them(doc, offset)
            and not any(n in told_in[e.id] for e in lethal if e.subtype not in CAPTIVE_SUBTYPES)
        ):
            return captured[-1]
        if many and any(e.id in one_dead for e in lethal):
            own = _governing_event(doc, offset, [e for e in lethal if n in told_in[e.id]])
            lethal = [e for e in lethal if e.id not in one_dead or e is own]
        same = list(
            {
                f.id: f
                for e in lethal
                if n in told_in[e.id]
                for f in [latest_fitting(e, n, lethal)]
            }.values()
        )
        # "the blast and the gunfire that followed": a sequel shares its dead with the act
        # it followed, which the figure counts however near the sequel's word stands
        same = [e for e in same if not _sequel(doc, e, events)] or same
        # "Twenty men were shot or bayoneted in their homes, and their houses were
        # burned": a burning of things told in the passive with no doer, in a clause of its
        # own, is the aftermath of the deadly act told just before, whose dead they are
        if (
            fatal
            and same
            and all(_doerless_burning(doc, e) for e in same)
            and _governing_event(doc, offset, same) is None
            and any(e not in same and e.subtype != "facility_attack" for e in lethal)
        ):
            same = []
        if same:
            nearest = _governing_event(doc, offset, same) or min(
                same, key=lambda e: abs(e.trigger.span[0] - offset)
            )
            outcome_of = _death_outcome_act(doc, nearest, events)
            if outcome_of is not nearest:
                return outcome_of
            found = retold(_renamed(doc, nearest, same), n, lethal)
            return found if found is not nearest else _first_of_chain(doc, nearest, same)
        # Of the latest sentence's events, the toll counts its main killing one
        # (the trigger nearest the root): "400 people attacked a station after
        # officers detained a leader, burning two vehicles. Eight rioters were killed."
        # A paragraph that has told no violent act yet goes on with the one the
        # paragraph before ended on.
        paragraph_start = text.rfind("\n\n", 0, offset)
        recent = [e for e in lethal if n - TOLL_REACH_SENTENCES <= last_told(e, n)]
        in_paragraph = [e for e in recent if starts[last_told(e, n)] > paragraph_start]
        earlier = [
            (last_told(e, n), e.subtype not in SELDOM_LETHAL_SUBTYPES, -_depth(doc, e), e)
            for e in in_paragraph or recent
        ]
        return max(earlier, key=lambda c: (*c[:3], c[3].trigger.span[0]))[3] if earlier else None

    def unrest_event(offset: int) -> Event | None:
        """The protest a toll with no violent act near it names as where people died.

        "Protests spread to a dozen towns. Monitors say at least 25 people died in
        the unrest": a definite noun of protest after "in" or "during" refers back
        to the protest told last, and the deaths are its toll.
        """
        figure = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if figure is None or not len(figure):
            return None
        lexicon = load_lexicon()
        verb = next((t for t in figure.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        named = verb is not None and any(
            prep.dep_ == "prep"
            and prep.lower_ in words.retelling_prepositions
            and noun.dep_ == "pobj"
            and (sense := lexicon.words.get(noun.lemma_.lower())) is not None
            and sense.type == "protest"
            and any(
                c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in noun.children
            )
            for prep in verb.children
            for noun in prep.children
        )
        if not named:
            return None
        n = sentence_of(offset)
        protests = [
            e
            for e in events
            if e.type == "protest"
            and e.trigger.span[0] < offset
            and n - TOLL_REACH_SENTENCES <= max(m for m in told_in[e.id] if m <= n)
        ]
        return max(protests, key=lambda e: position[e.id]) if protests else None

    def continued(claim: Claim, before: list[tuple[Claim, Event]]) -> Event | None:
        """The event of the figure a claim continues ("this number rises to 7,000")."""
        n = sentence_of(claim.span[0])
        figure = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
        if figure is None or not len(figure):
            return None
        # The reference and the figure are told by one verb: "this number rose to 70".
        verb = next((t for t in figure.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        anaphors = [
            t
            for t in sentences[n]
            if t.idx < claim.span[0] and t.head.i == verb.i and _figure_anaphor(t, words)
        ]
        if not anaphors:
            return None
        same = [(other, event) for other, event in before if other.property == claim.property]
        # "the rights group put the civilian toll at 47": the toll of the civilians
        # counted before, however far back, not of the soldiers told since
        kinds = {m.lemma_.lower() for t in anaphors for m in t.children if m.dep_ == "amod"}
        of_kind = [
            event
            for other, event in same
            if (noun := _counted_noun(doc, other)) is not None and noun.lemma_.lower() in kinds
        ]
        if of_kind:
            return of_kind[-1]
        answered = [
            event
            for other, event in same
            if n - TOLL_REACH_SENTENCES <= sentence_of(other.span[0]) <= n
        ]
        return answered[-1] if answered else None

    # Killings of one person singled out, each told by its event's own trigger.
    deaths = _named_deaths(doc, events)
    one_dead = {
        e.id
        for e in events
        for death in deaths
        if death.dead == 1 and e.trigger.span[0] <= death.offset < e.trigger.span[1]
    }
    roots = _trigger_roots(doc, events)
    linked = list(claims)
    about: dict[str, list[Claim]] = {}
    counted: list[tuple[Claim, Event]] = []
    revisions: set[str] = set()
    members: set[str] = set()
    for index in sorted(range(len(claims)), key=lambda i: claims[i].span[0]):
        claim = claims[index]
        if claim.property not in ("fatalities", "injured", "displaced", "arrested") or claim.about:
            continue
        group = _group_joined(doc, claim)
        listed = _listed_with(doc, claim, counted) if group is None else None
        target = continued(claim, counted) if group is None and listed is None else None
        if listed is not None:
            target = listed
        elif group is not None:
            # "shot in Kommunarka, one of thousands executed there": the figure counts
            # the wider killing told in its own phrase, not the one person's.
            target = next((e for e in events if group[0] <= e.trigger.span[0] < group[1]), None)
            member = _member_killing(doc, group[0], events)
            if member is not None:
                members.add(member.id)
        elif target is not None:
            revisions.add(claim.id)
        elif circumstances := [
            e
            for e in _circumstances(doc, claim.span[0], roots)
            if e.modality in HAPPENED
            and (e.type in VIOLENT_TYPES or e.type == "protest")
            and e.subtype not in NONLETHAL_SUBTYPES
            # "died in the blast and the gunfire that followed": a sequel's dead are
            # those of the act it followed
            and not _sequel(doc, e, events)
        ]:
            target = circumstances[0]
            # the other acts named beside it count the same dead ("the fighting and
            # summary executions")
            for other in circumstances[1:]:
                about.setdefault(other.id, []).append(claim.model_copy(update={"about": other.id}))
        elif (clause := _place_clause(doc, claim.span[0], roots)) is not None:
            # "drove the survivors into the desert, where thousands died": the dead
            # of the place the act drove them to, or no event's if no event tells it
            # and the sentence tells another deed; in a sentence of no violent act
            # ("reporters reached the town, where 40 had been killed") they are the
            # toll of the act told before, as any figure there is.
            target = _act_of_place(clause, roots)
            n = sentence_of(claim.span[0])
            if target is None and not any(e.type in VIOLENT_TYPES for e in told_at.get(n, [])):
                target = counted_event(
                    claim.span[0],
                    claim.property == "fatalities",
                    max(claim.low or 0, claim.high or 0) > 1,
                )
        elif (crowd := _crowd_act(doc, claim.span[0], events, in_disorder=True)) is not None:
            target = crowd
        else:
            target = (
                counted_event(
                    claim.span[0],
                    claim.property == "fatalities",
                    max(claim.low or 0, claim.high or 0) > 1,
                )
                or unrest_event(claim.span[0])
                or _crowd_act(doc, claim.span[0], events, in_disorder=False)
            )
            if claim.property == "fatalities":
                target = _captives_among(doc, claim, counted) or target
        if target is None:
            continue
        claim = claim.model_copy(update={"about": target.id})
        about.setdefault(target.id, []).append(
            _with_more(claim, 1) if _killer_besides(text, claim) else claim
        )
        linked[index] = claim
        counted.append((claim, target))
        # The claim tells its event again: a figure after it may answer it.
        n = sentence_of(claim.span[0])
        told_in[target.id].add(n)
        if all(e.id != target.id for e in told_at.setdefault(n, [])):
            told_at[n].append(target)
    named: dict[str, int] = {}
    counted_deaths: dict[str, list[NamedDeath]] = {}
    uncounted: set[str] = set()
    nobody_died: set[str] = set()
    denied_dead: set[str] = set()
    for death in deaths:
        target = counted_event(death.offset, True)
        # A hedged killing ("a suspected militant stabbed to death a colonel") has its
        # dead as a figure's would; one denied or only intended has none. A riot's dead
        # are its own, as its figures are ("set fire to a bus, killing the driver").
        lethal = target is not None and (
            target.type in VIOLENT_TYPES or (target.type, target.subtype) == ("protest", "riot")
        )
        if target is None or not lethal or target.modality in NOT_DONE:
            continue
        if death.denied:
            denied_dead.add(target.id)
            continue
        if death.uncounted or death.nobody:
            (uncounted if death.uncounted else nobody_died).add(target.id)
            continue
        told = about.get(target.id, [])
        counting = [c for c in told if _counts_among(c, death)]
        if counting:
            # "killing ten policemen and their civilian driver": the figure counts the
            # group, and the people singled out beside it died too (those a claim of
            # their own counts already, "a teacher", are not added twice).
            told[told.index(counting[0])] = _with_more(counting[0], _singled_uncounted(death, told))
        elif any(_one_person_again(doc, death, d) for d in counted_deaths.get(target.id, [])):
            continue  # "he was shot dead ... the murder of the journalist Hrant Dink"
        elif singles := _others_introduced(doc, death, told):
            # "shot dead the journalist and his cousin. A passer-by ... died": the one
            # an article brings in is someone else, dead besides those named
            told[told.index(singles[0])] = _with_more(singles[0], death.dead)
        else:
            named[target.id] = named.get(target.id, 0) + death.dead
            counted_deaths.setdefault(target.id, []).append(death)
    updated = [
        e.model_copy(
            update={
                "claims": [c.id for c in about.get(e.id, [])],
                "fatalities": _from_none(
                    _event_toll(doc, about.get(e.id, []), frozenset(revisions), words),
                    e.id in denied_dead,
                )
                or _named_toll(named.get(e.id) or (1 if e.id in members else None))
                or (UNCOUNTED_TOLL if e.id in uncounted else None)
                or (NO_DEAD_TOLL if e.id in nobody_died or e.id in denied_dead else None),
            }
        )
        for e in events
    ]
    return linked, updated


def _others_introduced(doc: Doc, death: NamedDeath, told: list[Claim]) -> list[Claim]:
    """An event's fatality claims where each counts one person an indefinite article
    introduces ("A passer-by ... died", "a guard was killed") outside the victims a
    killing names: people besides them. None where any claim counts otherwise."""
    start, end = death.victims
    fatal = [c for c in told if c.property == "fatalities"]
    introduced = all(
        c.low == c.high == 1
        and not (start <= c.span[0] < end)
        and doc_text(doc)[c.span[0] : c.span[1]].split()[0].lower() in ("a", "an")
        for c in fatal
    )
    return fatal if introduced else []


def _one_person_again(doc: Doc, death: NamedDeath, counted: NamedDeath) -> bool:
    """Whether two killings of one event each single out one person, one of them by a
    pronoun ("he was shot dead ... the murder of the journalist Hrant Dink") or both by a
    name they share ("shot dead the journalist Javier Valdez ... the killing of Valdez"):
    the one person died once."""
    if death.dead != 1 or counted.dead != 1:
        return False
    pronouns = argument_words().person_pronouns
    text = doc_text(doc)
    if any(text[a:b].strip().lower() in pronouns for a, b in (death.victims, counted.victims)):
        return True
    names = [_proper_names(doc, *victims) for victims in (death.victims, counted.victims)]
    return bool(names[0] & names[1])


def _proper_names(doc: Doc, start: int, end: int) -> set[str]:
    """The proper nouns among the words between two character offsets."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return {t.lower_ for t in span if t.pos_ == "PROPN"} if span is not None else set()


def _event_toll(
    doc: Doc, told: list[Claim], revisions: frozenset[str], words: ArgumentWords
) -> Fatalities | None:
    """An event's toll from the claims about it (:func:`toll`): from its latest
    running total on (:func:`_latest_count`), with both sides' dead added
    (:func:`_both_sides`), and naming every claim it rests on."""
    text = doc_text(doc)
    rests_on = _without_met_round_words(doc, _latest_count(doc, told, words.figure_nouns))
    found = toll(_both_sides(rests_on, doc), text, revisions, words.toll_words)
    if found is None:
        return None
    ids = [
        c.id
        for c in rests_on
        if c.property == "fatalities" and (c.low is not None or c.high is not None)
    ]
    return found.model_copy(update={"claims": ids})


def _round_word(claim: Claim) -> bool:
    """Whether a fatality claim is a round word, not a count: "dozens", "hundreds",
    "scores" (the claims reader keeps the word as the value and its floor as the low)."""
    return (
        claim.property == "fatalities"
        and isinstance(claim.value, str)
        and claim.qualifier == "at_least"
        and claim.low is not None
        and claim.high is None
    )


def _conjoined(doc: Doc, first: Claim, second: Claim) -> bool:
    """Whether two figures are parts listed together ("dozens of soldiers and 30
    civilians"), which add up rather than count the same dead."""
    roots = _figure_roots(doc, first, second)
    return roots is not None and roots[1] in roots[0].conjuncts


def _figure_roots(doc: Doc, first: Claim, second: Claim) -> tuple[Token, Token] | None:
    """The head words of two claims' figures, where both spans align with tokens."""
    spans = [doc.char_span(*c.span, alignment_mode="expand") for c in (first, second)]
    if any(span is None or not len(span) for span in spans):
        return None
    one, other = (span.root for span in spans if span is not None)
    return one, other


def _without_met_round_words(doc: Doc, told: list[Claim]) -> list[Claim]:
    """An event's claims without a round word that a counted figure meets.

    "killing hundreds. A commission later counted 412 dead; the victims' committee
    listed more than 900": "hundreds" says no more than that the dead ran into the
    hundreds, which 412 and 900 both are; UCDP's low is the lowest credible count, so
    the round word's floor (200) is no figure of its own beside them. A round word that
    no count reaches ("dozens died; the army admits 12") still stands, as its floor
    is then above a count a source disputes.
    """
    counts = [
        c for c in told if c.property == "fatalities" and not _round_word(c) and c.low is not None
    ]
    return [
        c
        for c in told
        if not _round_word(c)
        or not any(
            count.low is not None
            and c.low is not None
            and count.low >= c.low
            and not _conjoined(doc, c, count)
            for count in counts
        )
    ]


def _from_none(found: Fatalities | None, denied: bool) -> Fatalities | None:
    """A toll that a source's denial of any death stretches down to zero: "the army
    denied that any civilians were killed, but clerics said 17 died" is 0 to 17, the
    accounts set side by side as a dispute of figures is."""
    if found is None or not denied or found.low is None:
        return found
    return found.model_copy(update={"low": 0})


def _counts_among(claim: Claim, death: NamedDeath) -> bool:
    """Whether a toll claim is the counted group among a killing's victims, beside
    people singled out ("ten policemen" in "ten policemen and their driver")."""
    start, end = death.victims
    return (
        claim.property == "fatalities"
        and 0 < len(death.singled) < death.dead
        and start <= claim.span[0]
        and claim.span[1] <= end
        and not any(claim.span[0] <= single < claim.span[1] for single in death.singled)
    )


def _singled_uncounted(death: NamedDeath, told: list[Claim]) -> int:
    """How many people a killing singles out whom no fatality claim of its event counts:
    in "killing a teacher, her two daughters and at least nine pupils" the claims
    reader counts "a teacher" itself, so only the figures' sum is the toll."""
    return sum(
        not any(c.property == "fatalities" and c.span[0] <= single < c.span[1] for c in told)
        for single in death.singled
    )


def _with_more(claim: Claim, more: int) -> Claim:
    """The claim's figure with ``more`` people added to its bounds."""
    return claim.model_copy(
        update={
            "low": None if claim.low is None else claim.low + more,
            "high": None if claim.high is None else claim.high + more,
        }
    )


UNCOUNTED_TOLL = Fatalities()
"""The vague-toll mark: people died, and no figure counts them ("killed several
residents", "leaving many dead"). No low, best or high: a reader that needs a number
codes its own for it (ACLED's 10), and it is never the "no toll" of an event with none."""


NO_DEAD_TOLL = Fatalities(low=0, best=0, high=0)
"""The toll of an act the text says killed nobody ("Nobody was killed")."""


def _named_toll(dead: int | None) -> Fatalities | None:
    """The toll of people named dead, which no figure gives: exact, and no claim's."""
    return Fatalities(low=dead, best=dead, high=dead) if dead else None
