"""Anchoring an event: when, where, its toll and its modality.

Time and place are chosen by the shortest path in the dependency tree from
the trigger to a timex or place mention in the same sentence, so that in
"X on June 26, 1981, and Y on August 29, 1981" each act gets its own date.
An event whose sentence gives no date inherits narrative time: the most recent
date the text established before it. One whose sentence names no place stands where a
word of it points ("there", "the capital"), else where the narrative stands.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from itertools import pairwise
from typing import Any, Literal

import yaml
from spacy.tokens import Doc, Span, Token

from historiograph.extract.events.lexicon import EventLexicon, load_lexicon
from historiograph.extract.time.vocabulary import fold, load_vocabulary
from historiograph.nlp.datelines import WIRE_DATELINE
from historiograph.nlp.entities import name_key
from historiograph.nlp.views import doc_text
from historiograph.record import (
    Claim,
    Entity,
    EventPrecision,
    Fatalities,
    Modality,
    Timex,
    When,
    Where,
)
from historiograph.resolve import geo_precision
from historiograph.resolve.gazetteer import lexicon_words

# How an event is placed: as the narrative goes on ("narrated"), only by a place told of
# the act itself or else the dateline ("stated": treaties, trials), or only by a place
# told of the act itself ("unplaced": statements) (data/arguments.yaml).
PlaceRule = Literal["narrated", "stated", "unplaced"]
# Timex precision to event precision (the record's events have no "century").
EVENT_PRECISION: dict[str, EventPrecision] = {
    "day": "day",
    "month": "month",
    "season": "season",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
}
# Finer precisions first: day 0, month 1, ... decade 5.
_COARSENESS = {name: rank for rank, name in enumerate(EVENT_PRECISION)}
# Timex types that can place an event on the calendar: "the night of 28 August" and
# "Tuesday morning" are TIME in TimeML, and date what happened as well as a DATE does.
CALENDAR_TYPES = frozenset({"DATE", "TIME"})
# Dependents that make a coordinated verb a clause of its own ("... but were repelled").
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
# The most characters between the two ends of a range ("June 19, 1981, to the summer of 1982").
RANGE_GAP = 12
# Dependencies of a name used as a modifier rather than as a location.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Extra distance for a date that modifies a noun other than the trigger ("the May 2019 vote").
NOUN_DATE_PENALTY = 10
# A place further than this from the trigger in the dependency tree is not its place.
PLACE_REACH = 6
# What may stand between a town and the districts that locate it: a word for a place,
# then "(" or "," ("Jacobabad city (Jacobabad, Sindh)", "Tijuana, Baja California").
# How far apart (characters) one source's figures may lie and still be parts of one toll.
PART_REACH_CHARS = 200
QUALIFIER_GAP = re.compile(r"\s*(?:([A-Za-z]+)\s*)?[(,]\s*")
# A word for a place, then a comma: "Marawara district, Kunar province".
REGION_GAP = re.compile(r"\s*([A-Za-z]+)\s*,\s*")
# "in", then perhaps a word or two for a part of it ("in central", "in the north of"),
# between a town and the region it lies in; a comma may come first ("Tame, in Arauca").
IN_REGION_GAP = re.compile(r",?\s+in\s+(?:[a-z]+\s+){0,3}")
# Prepositions of a move's ends: a place under them is where something went or came from.
MOVE_PREPOSITIONS = frozenset({"to", "from", "into", "toward", "towards"})
# Subordinators of a clause that ends what its main clause tells ("held them for two
# months, until they were released in October"): its date is the end, not the act's.
ENDING_MARKERS = frozenset({"until", "till", "before"})
# ... and of one told as the ground an act followed ("the raid began shortly after the
# government took over the camp at the start of the year"): the first clause's date is
# no narrative time that later sentences go on from, nor is the second's where the story
# goes back before it.
SINCE_MARKERS = frozenset({"after", "since"})
# Words that open a clause telling the act that ended the trigger's ("until it fell").
UNTIL_MARKERS = frozenset({"until", "till"})
# Prepositions that put an act a stated time from the date of what they name ("arrested
# two weeks after the coup of 11 September 1973"), and the direction of the shift.
OFFSET_PREPOSITIONS = {"after": 1, "before": -1}
# A phrase that opens a clause whose date ends the acts of the main clause ("By the time
# troops captured the city in January 1979, two million had died").
BY_THE_TIME = re.compile(r"\bby the time\b", re.IGNORECASE)
# An unstated count of a unit ("within days", "PXD"), read as the next unit up: days fall
# within a week, weeks within a month, months within a year.
UNSTATED_COUNTS = {"D": (7, "D"), "W": (1, "M"), "M": (1, "Y"), "Y": (10, "Y")}
# The same, with the districts in brackets: "Naushehro Feroze city (Noshehro Feroze, Sindh)".
QUALIFIER_BRACKET = re.compile(r"\s*(?:([A-Za-z]+)\s*)?\(([^()]{1,60})\)")
# How much nearer in the tree such a pinned-down town counts.
QUALIFIED_BONUS = 4
# How much further in the tree a place counts for each other verb on the way to it.
OTHER_CLAUSE_PENALTY = 2
# How much further in the tree a place name no gazetteer knows counts.
UNLOCATED_PENALTY = 2
# How many characters one dateline's places may span ("SAN SALVADOR, El Salvador, ").
DATELINE_CHARS = 60
# Where a paragraph, and so perhaps a dateline, starts.
PARAGRAPH_START = re.compile(r"^\s*", re.MULTILINE)
# How far back narrative time is inherited, in characters: about two paragraphs.
NARRATIVE_REACH = 1500
# Days before a report's publication that are its own time: a sentence dated before
# them, told after them, looks back (:func:`_without_look_back`).
REPORT_DAYS = 31
# A word of a timex, to be looked up among the names of months.
MONTH_WORD = re.compile(r"[^\W\d_]+")
# Days in a week: how far a weekday read the wrong way lies from the one meant.
WEEK_DAYS = 7


@dataclass(frozen=True)
class AnchorWords:
    """Words that point an event at a place named elsewhere (``data/anchoring.yaml``)."""

    place_pro_forms: frozenset[str]
    """"there": the place the text named last."""
    capital_nouns: frozenset[str]
    """"the capital": the capital the story named."""
    capital_features: frozenset[str]
    """GeoNames feature codes of a capital ("PPLC")."""
    landform_nouns: frozenset[str]
    """"forest", "mountains": a named natural feature, a place whatever its label."""
    surface_prepositions: frozenset[str]
    """"on": where, before the name of a site or natural feature ("on Syntagma Square")."""
    town_pro_nouns: frozenset[str]
    land_pro_nouns: frozenset[str]
    """"the city": the town the text named last."""
    named_site_nouns: frozenset[str]
    """"mine", "prison": a site that carries the name of where it is ("the Wujek mine")."""
    span_units: dict[str, str]
    """"weeks": a stretch of time, with its ISO unit ("W")."""
    span_prepositions: frozenset[str]
    """"in", "during": an act inside a stretch of time."""
    sequel_verbs: frozenset[str]
    """"followed": the stretch after the date told."""
    sequel_prepositions: frozenset[str]
    """"after", "following": the stretch after the date told."""
    overnight_words: frozenset[str]
    """"overnight": the night before the day the report dates."""
    confinement_verbs: frozenset[str]
    """"held", "jailed": a joined clause that tells where someone is kept, not where the act was."""
    court_nouns: frozenset[str]
    """"court", "tribunal": where a court the act is brought before sits is where it was."""
    beginning_verbs: frozenset[str]
    """"began": the date of an act's start, told of the act as its subject."""
    ending_verbs: frozenset[str]
    """"ended": the date of an act's end, told of the act as its subject."""
    national_vote_words: frozenset[str]
    """"presidential", "general": a vote held across the whole country."""
    national_body_nouns: frozenset[str]
    """"government", "parliament": a body that acts across its whole country."""
    town_site_nouns: frozenset[str]
    """"market", "bazaar": a town's site, told "of" the town ("the market of Hilla")."""
    story_town_subtypes: frozenset[str]
    """"trial", "sentence": court acts that, placed nowhere else, sit in the story's town."""
    entry_prepositions: frozenset[str]
    """"into": the end of a move the doers made into a place, where the story follows them."""
    name_particles: frozenset[str]
    """"we", "al": a lowercase word that joins the words of one name ("Umkhonto we Sizwe")."""
    secession_words: frozenset[str]
    """"independence", "sovereignty": a vote a region holds on leaving its country."""
    origin_subtypes: frozenset[str]
    """"expulsion": moves placed where the people were taken from, when the text tells it."""
    charge_prepositions: frozenset[str]
    """"of", "for": what a conviction or arrest is for, though hung on the people judged."""
    burned_property_nouns: frozenset[str]
    """"farm", "library": property burned in raids, an act even when no doer is named."""
    meeting_nouns: frozenset[str]
    """"congress", "talks": a meeting whose place, told "in" or "at", is the act's done there."""
    coercion_subtypes: frozenset[str]
    """"expulsion", "crackdown": the state's coercion of a people, whose sentence's burnings
    are its own."""
    coerced_burning_reading: str
    """"repression/crackdown": a burning with no doer, told beside the state's coercion."""
    distant_time_units: frozenset[str]
    """"year", "month": a time after which a site told before no longer holds the next act."""
    destruction_verbs: frozenset[str]
    """"destroy", "level": property so treated in the passive, in a story of violence, is an
    act though no doer is named."""
    natural_damage_nouns: frozenset[str]
    """"storm", "earthquake": what wrecks property with no one's act."""
    destroyed_property_reading: str
    """"attack/facility_attack": the reading of property destroyed by no one named."""
    strike_subtypes: frozenset[str]
    """"shelling", "air_strike": strikes whose damage told beside them is their own."""
    damage_act_nouns: frozenset[str]
    """"reprisals", "violence": acts that property destroyed "in" them was damaged by."""
    town_entry_verbs: frozenset[str]
    """"enter": an army's move into a town that, joined to a killing there, takes the town."""
    town_taking_forces: frozenset[str]
    """"troops", "regiment": an army that takes a town by entering it (not police)."""
    entered_town_reading: str
    """"battle/territory_seized": the reading of such an entry."""
    date_prepositions: frozenset[str]
    """"on", "in": a preposition right before a date makes it the date of its clause."""
    spread_prepositions: frozenset[str]
    """"across", "throughout": where acts spread over a place ("arrested across the country")."""
    attacker_nouns: frozenset[str]
    """"the attackers": those who did the act told, named only by what they did."""
    region_nouns: frozenset[str]
    """"province", "state": a word that makes the name before it a region's."""
    reply_adverbs: frozenset[str]
    """"back": a violent verb that answers the fight just told ("fought back")."""
    reply_objects: dict[str, frozenset[str]]
    """"return" "fire": a verb and what it gives back, an answer in the fight just told."""
    agency_nouns: frozenset[str]
    """"request", "behest": a place "at the request of" is a side that asked, not where."""
    departure_verbs: frozenset[str]
    """"set off", "sailed": a place "for" which they left is where a move ended."""
    attempt_words: frozenset[str]
    """"tried", "attempt": an act attempted was begun, at a time and place of its own."""
    demand_verbs: frozenset[str]
    """"demand", "urge": an act they govern is asked for, not done ("demanded that the
    officers be tried")."""
    demand_for_verbs: frozenset[str]
    """"call", "appeal": the same, with "for" before the act asked for ("called for a
    strike")."""
    destination_subtypes: frozenset[str]
    """"exile": moves placed where they ended, never where the story stood before them."""
    running_total_words: frozenset[str]
    """"rose", "climbed": a figure they lead to is a running total ("the toll rose to 15")."""
    locator_words: frozenset[str]
    """"near", "outside": after a place, they name another that only locates it."""


@cache
def anchor_words() -> AnchorWords:
    """The anchoring vocabularies, read once."""
    text = (files("historiograph.extract.events") / "data" / "anchoring.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return AnchorWords(
        place_pro_forms=frozenset(data["place_pro_forms"]),
        capital_nouns=frozenset(data["capital_nouns"]),
        capital_features=frozenset(data["capital_features"]),
        landform_nouns=frozenset(data["landform_nouns"]),
        surface_prepositions=frozenset(data["surface_prepositions"]),
        town_pro_nouns=frozenset(data["town_pro_nouns"]),
        land_pro_nouns=frozenset(data["land_pro_nouns"]),
        named_site_nouns=frozenset(data["named_site_nouns"]),
        span_units=dict(data["span_units"]),
        span_prepositions=frozenset(data["span_prepositions"]),
        sequel_verbs=frozenset(data["sequel_verbs"]),
        sequel_prepositions=frozenset(data["sequel_prepositions"]),
        overnight_words=frozenset(data["overnight_words"]),
        confinement_verbs=frozenset(data["confinement_verbs"]),
        court_nouns=frozenset(data["court_nouns"]),
        beginning_verbs=frozenset(data["beginning_verbs"]),
        ending_verbs=frozenset(data["ending_verbs"]),
        national_vote_words=frozenset(data["national_vote_words"]),
        national_body_nouns=frozenset(data["national_body_nouns"]),
        town_site_nouns=frozenset(data["town_site_nouns"]),
        story_town_subtypes=frozenset(data["story_town_subtypes"]),
        entry_prepositions=frozenset(data["entry_prepositions"]),
        name_particles=frozenset(data["name_particles"]),
        secession_words=frozenset(data["secession_words"]),
        origin_subtypes=frozenset(data["origin_subtypes"]),
        charge_prepositions=frozenset(data["charge_prepositions"]),
        burned_property_nouns=frozenset(data["burned_property_nouns"]),
        meeting_nouns=frozenset(data["meeting_nouns"]),
        distant_time_units=frozenset(data["distant_time_units"]),
        coercion_subtypes=frozenset(data["coercion_subtypes"]),
        coerced_burning_reading=str(data["coerced_burning_reading"]),
        destruction_verbs=frozenset(data["destruction_verbs"]),
        natural_damage_nouns=frozenset(data["natural_damage_nouns"]),
        destroyed_property_reading=str(data["destroyed_property_reading"]),
        strike_subtypes=frozenset(data["strike_subtypes"]),
        damage_act_nouns=frozenset(data["damage_act_nouns"]),
        town_entry_verbs=frozenset(data["town_entry_verbs"]),
        town_taking_forces=frozenset(data["town_taking_forces"]),
        entered_town_reading=str(data["entered_town_reading"]),
        date_prepositions=frozenset(data["date_prepositions"]),
        spread_prepositions=frozenset(data["spread_prepositions"]),
        attacker_nouns=frozenset(data["attacker_nouns"]),
        region_nouns=frozenset(data["region_nouns"]),
        reply_adverbs=frozenset(data["reply_adverbs"]),
        reply_objects={verb: frozenset(objects) for verb, objects in data["reply_objects"].items()},
        agency_nouns=frozenset(data["agency_nouns"]),
        departure_verbs=frozenset(data["departure_verbs"]),
        attempt_words=frozenset(data["attempt_words"]),
        demand_verbs=frozenset(data["demand_verbs"]),
        demand_for_verbs=frozenset(data["demand_for_verbs"]),
        destination_subtypes=frozenset(data["destination_subtypes"]),
        running_total_words=frozenset(data["running_total_words"]),
        locator_words=frozenset(data["locator_words"]),
    )


def tree_distance(a: Token, b: Token) -> int:
    """Number of edges between two tokens of one sentence in the dependency tree."""
    up_a = [a, *a.ancestors]
    depth_a = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth_a:
            return n + depth_a[t.i]
    return 99


_ROOT_TOKENS = "historiograph.anchoring.root_tokens"


def _root_token(doc: Doc, start: int, end: int) -> Token | None:
    """The token the characters' parse hangs from, if they cover one.

    Each date's root is asked for again by every event it may anchor, so the
    answers are kept with the Doc (as token indices, which hold no reference
    back to it) rather than cut from it anew each time.
    """
    found: dict[tuple[int, int], int | None] = doc.user_data.setdefault(_ROOT_TOKENS, {})
    if (start, end) not in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        found[start, end] = span.root.i if span is not None and len(span) else None
    index = found[start, end]
    return None if index is None else doc[index]


def _dates_the_report(root: Token, lexicon: EventLexicon) -> bool:
    """ "the ministry said on Saturday": the date of the saying, not of the event.

    A report told after what it reports ("X was killed on 21 January, a chief
    told reporters") does not take the date the parser may hang on it: a date
    that follows the start of the reported clause, placed before the verb of
    saying, belongs to that clause.
    """
    head = root.head.head if root.dep_ == "pobj" else root.head
    if not (head.pos_ == "VERB" and head.lemma_.lower() in lexicon.report):
        return False
    told_before = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i]
    return not any(c.left_edge.i < root.i < head.i for c in told_before)


def predicates_between(a: Token, b: Token) -> int:
    """Verbs strictly between two tokens on their tree path: other clauses' predicates."""
    up_a = [a, *a.ancestors]
    on_b = {t.i for t in [b, *b.ancestors]}
    common = next((t for t in up_a if t.i in on_b), None)
    if common is None:
        return 0
    below: list[Token] = []
    for start in (a, b):
        for token in [start, *start.ancestors]:
            if token.i == common.i:
                break
            if token.i != start.i:
                below.append(token)
    # A participle on the trigger itself ("a memorandum signed on ...") describes it.
    return sum(1 for t in below if t.pos_ == "VERB" and not (t.head.i == a.i and t.dep_ == "acl"))


def path_below(trigger: Token, root: Token) -> list[Token]:
    """The tokens from ``root`` up to, not including, the lowest ancestor it shares with
    the trigger: the phrase and clauses that hold ``root`` on its side of the tree."""
    above = {t.i for t in [trigger, *trigger.ancestors]}
    path = []
    for token in [root, *root.ancestors]:
        if token.i in above:
            break
        path.append(token)
    return path


def _another_acts_place(trigger: Token, root: Token, lexicon: EventLexicon) -> bool:
    """Is the place told of an act other than the trigger's, that the trigger's act is about?

    "Iraq must withdraw from Kuwait", "Peru entered the war": a place that is the
    subject of another verb is a side, not where anything happened. "The Council
    voted to demand that Iraq withdraw from Kuwait": a place in a clause that says
    what is said, demanded or decided is that clause's. "convicted him of crimes
    committed in Ituri": a place in the charge is where the crime was, not where the
    court sat, and so is one in an act it is charged with ("convicted him of war crimes,
    including the murder of villagers in Kobu").
    """
    if root.dep_ == "nsubj" and root.head.i != trigger.i:
        return True
    speaker = _speaker_named_with(root, lexicon)
    if speaker is not None and speaker.head.i != trigger.i:
        return True
    if _told_of_the_source(root, lexicon):
        return True
    charge = trigger.lemma_.lower() in lexicon.charge_words
    return any(
        _content_clause(t)
        or t.lemma_.lower() in lexicon.charge_words
        or (charge and t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.words)
        for t in path_below(trigger, root)
    )


def _speaker_named_with(root: Token, lexicon: EventLexicon) -> Token | None:
    """The speaker whose name or title holds the place, if it holds one.

    "youths stoned officers in the Creggan area of Derry, the Police Service of
    Northern Ireland said": a place inside the name of whoever says it tells who
    speaks, not where the act was, nor where the story goes on.
    """
    holder = root
    while holder.dep_ in ("pobj", "prep", "compound") and holder.head.i != holder.i:
        holder = holder.head
    said = holder.dep_ == "nsubj" and holder.head.lemma_.lower() in lexicon.report
    return holder if holder.i != root.i and said else None


def _asked_by(root: Token) -> bool:
    """ "carried out at the request of Tehran", "on behalf of Moscow": a place whose
    bidding an act was done at is the side that bid it, not where it was done."""
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in anchor_words().agency_nouns
    )


def _told_of_the_source(root: Token, lexicon: EventLexicon) -> bool:
    """Is the place named in a relative clause about whoever tells the act?

    "Seven residents were abducted, according to the coalition, which urged the United
    States to secure their release": what the source did or asked is no part of the
    act, and a place it names there is not where the act was.
    """
    clause = next((t for t in root.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    source = clause.head
    holder = source
    while holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
        holder = holder.head
        if holder.lower_ == "according":
            return True
    return source.dep_ == "nsubj" and source.head.lemma_.lower() in lexicon.report


def _content_clause(token: Token) -> bool:
    """ "demand that Iraq withdraw": a clause opened by "that", "whether" or "if" says
    what is said or wanted; "struck what was described as a depot" names a thing."""
    return token.dep_ == "ccomp" and any(c.dep_ == "mark" for c in token.children)


def _clause_distance(trigger: Token, root: Token) -> int:
    """Tree distance, with each other clause's predicate on the way counting extra."""
    return tree_distance(trigger, root) + 3 * predicates_between(trigger, root)


def find_when(
    trigger: Token,
    sent: Span,
    timexes: Sequence[Timex],
    lexicon: EventLexicon,
    *,
    others: Sequence[Token] = (),
) -> When:
    """The date in the trigger's clause, else the narrative time before it."""
    doc = sent.doc
    candidates = []
    for timex in timexes:
        if timex.type not in CALENDAR_TYPES:
            continue
        if timex.earliest is None and not (timex.latest is not None and _by_date(doc, timex)):
            continue
        if sent.start_char <= timex.span[0] and timex.span[1] <= sent.end_char:
            root = _root_token(doc, *timex.span)
            if root is None:
                continue
            if _dates_the_report(root, lexicon) and not _declared(trigger, root):
                continue
            # "were convicted of sedition, and two were hanged in March": a date in a later
            # clause with its own subject dates that clause's act, not the first one.
            if _in_other_relative_clause(trigger, root) or _dates_a_joined_clause(trigger, root):
                continue
            if _in_ending_clause(root, outside=trigger) or _reported_look_back(trigger, root):
                continue
            if _comparison_baseline(root) or _dated_within(root, timex, timexes):
                continue
            if _counted_from_trigger(trigger, root, timex):
                continue
            # "on 22 September" is as near as "later": the preposition is no step away.
            introducer = _date_preposition(doc, timex)
            attached = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
            attached = introducer or attached
            distance = _clause_distance(trigger, attached) + 3 * _in_other_conjunct(trigger, root)
            if introducer is None and root.dep_ in MODIFIER_DEPS and root.head.i != trigger.i:
                distance += NOUN_DATE_PENALTY  # "annulled the May 2019 vote": the vote's date
            # A date closer to another trigger of the sentence belongs to that one.
            if any(_clause_distance(o, attached) < distance for o in others):
                distance += 50
            # Of two dates as near, the finer tells the day ("a month later, on 22 September").
            coarseness = _COARSENESS.get(timex.precision or "", len(_COARSENESS))
            candidates.append((distance, coarseness, abs(timex.span[0] - trigger.idx), timex))
    if candidates:
        timex = min(candidates, key=lambda c: (c[0], c[1], c[2]))[3]
        when = _close_range(_when(timex), timex, timexes)
        root = _root_token(doc, *timex.span)
        if root is not None:
            when = _with_coordinated(when, root, timexes)
            when = _offset(when, root, trigger, timexes)
            when = _offset_from_outside(when, root, trigger, timexes)
        clause = by_the_time_clause(sent)
        inside = clause is not None and _within_span(trigger.idx, clause)
        if clause is not None and _within_span(timex.span, clause) and not inside:
            when = _ended_by(when, _narrative_time(trigger, sent, timexes, lexicon))
        elif _by_date(doc, timex):
            when = _ended_by(when, _start_before(trigger, sent, timex, timexes, lexicon))
        when = _until(trigger, _since(trigger, when), timexes)
        when = _within(trigger, _over_duration(trigger, when, timexes), timexes)
        when = _told_start_to_end(trigger, sent, timexes) or when
        return _not_after_report(trigger, when, timexes)
    overnight = _overnight(trigger, sent, timexes, lexicon)
    if overnight is not None:
        return overnight
    when = _since(trigger, _narrative_time(trigger, sent, timexes, lexicon))
    when = _in_the_stretch_after(trigger, _within(trigger, when, timexes))
    return _not_after_report(trigger, when, timexes)


def _date_preposition(doc: Doc, timex: Timex) -> Token | None:
    """The preposition of time right before a date, where the parser hung the date elsewhere.

    In "On 27 May 1942 Czech parachutists ambushed ..." the model may read "27 May 1942"
    as a modifier of "parachutists"; the "On" before it, attached to the verb, still says
    the date is the clause's, and not a noun's own date ("the May 2019 vote").
    """
    span = doc.char_span(*timex.span, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    if before.lower_ in anchor_words().date_prepositions and before.dep_ == "prep":
        return before
    return None


def _told_start_to_end(trigger: Token, sent: Span, timexes: Sequence[Timex]) -> When | None:
    """The span from the start to the end the sentence tells of the trigger's act.

    "The siege, which began in May 1915, ended in September", "the strike started on
    2 March and continued until 14 April": an act whose start and end are both told
    of it, as the subject of verbs of beginning and ending (or of lasting "until"),
    filled the whole stretch between them, not just the day of either.
    """
    words = anchor_words()
    verbs: list[Token] = [c for c in trigger.children if c.dep_ in ("relcl", "acl")]
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(trigger.head)
        verbs.extend(c for c in trigger.head.children if c.dep_ == "conj")
    if trigger.dep_ == "conj" or not verbs:
        return None
    starts: list[Timex] = []
    ends: list[Timex] = []
    on_verbs = {v.i for v in verbs}
    for timex in timexes:
        if timex.type not in CALENDAR_TYPES or timex.latest is None:
            continue
        if not (sent.start_char <= timex.span[0] and timex.span[1] <= sent.end_char):
            continue
        root = _root_token(sent.doc, *timex.span)
        if root is None:
            continue
        verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i not in on_verbs:
            continue
        marker = root.head.lower_ if root.dep_ == "pobj" else ""
        if marker in UNTIL_MARKERS or verb.lemma_.lower() in words.ending_verbs:
            ends.append(timex)
        elif verb.lemma_.lower() in words.beginning_verbs and timex.earliest is not None:
            starts.append(timex)
    if not (starts and ends):
        return None
    earliest, latest = starts[0].earliest, ends[-1].latest
    if earliest is None or latest is None or latest < earliest:
        return None
    return When(earliest=earliest, latest=latest, precision="unknown")


def _overnight(
    trigger: Token, sent: Span, timexes: Sequence[Timex], lexicon: EventLexicon
) -> When | None:
    """ "Gunmen raided two villages overnight, killing 11, police said on Tuesday": an
    act told as overnight, with no date of its own, ran from the evening before the
    day the report dates (the date of its saying, else the day it was published) into
    that day."""
    words = anchor_words().overnight_words
    if not any(t.lower_ in words and t.head.i == trigger.i for t in sent):
        return None
    said = [
        t
        for t in timexes
        if t.type in CALENDAR_TYPES
        and sent.start_char <= t.span[0]
        and t.span[1] <= sent.end_char
        and t.earliest is not None
        and t.earliest == t.latest
        and (root := _root_token(sent.doc, *t.span)) is not None
        and _dates_the_report(root, lexicon)
    ]
    day = said[0].earliest if said else _published(sent.doc)
    if day is None:
        return None
    return When(
        earliest=day - dt.timedelta(days=1),
        latest=day,
        timex=said[0].id if said else None,
        precision="unknown",
    )


def _in_the_stretch_after(trigger: Token, when: When) -> When:
    """ "In the weeks that followed, dragoons burned farms and hanged the captains": the
    acts fall in the stretch after the date the narrative had reached, from the day after
    it to as long again as the stretch says (an unstated count of weeks, a month)."""
    words = anchor_words()
    if when.latest is None:
        return when
    verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    for verb in verbs:
        for preposition in verb.children:
            if preposition.dep_ != "prep" or preposition.lower_ not in words.span_prepositions:
                continue
            for stretch in (c for c in preposition.children if c.dep_ == "pobj"):
                unit = words.span_units.get(stretch.lemma_.lower())
                sequel = any(
                    (c.dep_ == "relcl" and c.lemma_.lower() in words.sequel_verbs)
                    or (c.dep_ == "prep" and c.lower_ in words.sequel_prepositions)
                    for c in stretch.children
                )
                if unit is None or not sequel:
                    continue
                counts = [c for c in stretch.children if c.dep_ == "nummod" and c.like_num]
                number = counts[0].text if counts and counts[0].text.isdigit() else None
                length = (int(number), unit) if number else UNSTATED_COUNTS[unit]
                start = when.latest + dt.timedelta(days=1)
                return When(
                    earliest=start,
                    latest=_shift(when.latest, *length),
                    timex=when.timex,
                    precision="unknown",
                )
    return when


def _told_as_done(trigger: Token) -> bool:
    """Is the trigger a verb in the past that tells an act as done ("stormed", "were
    killed", "had fired"), not one to come or one that might be ("would attack")?"""
    auxiliaries = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    if trigger.tag_ == "VBD":
        return True
    return trigger.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxiliaries)


def _not_after_report(trigger: Token, when: When, timexes: Sequence[Timex]) -> When:
    """A done act dated a few days after the report, by a date told without digits, a
    week earlier.

    "OUAGADOUGOU (Tuesday) — Gunmen stormed an army camp on Thursday": a report
    tells what was done before it was filed, so a weekday read as the coming one (and
    "the following day" counted from it) lies a week too late; the act was on the
    Thursday before. A date written out in digits is left as the writer gave it.
    """
    published = _published(trigger.doc)
    if (
        published is None
        or when.earliest is None
        or when.earliest != when.latest
        or not 0 < (when.earliest - published).days < WEEK_DAYS
        or not _told_as_done(trigger)
    ):
        return when
    timex = next((t for t in timexes if t.id == when.timex), None)
    if timex is None or any(ch.isdigit() for ch in timex.text):
        return when
    day = when.earliest - dt.timedelta(days=WEEK_DAYS)
    return when.model_copy(update={"earliest": day, "latest": day})


def _counted_from_trigger(trigger: Token, root: Token, timex: Timex) -> bool:
    """Whether a date counted from an earlier one dates a verb joined after the trigger.

    "Müntzer was captured in the town and beheaded twelve days later": the
    twelve days run from the capture, so they date the beheading, never the
    capture itself.
    """
    if timex.anchor in (None, "document") or _names_a_month(timex):
        return False
    for token in [root, *root.ancestors]:
        if token.i == trigger.i:
            return False
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.head.i == trigger.i:
            return True
    return False


def _names_a_month(timex: Timex) -> bool:
    """Is the date a day of a named month ("fought its way from Tianjin and lifted the
    siege on 14 August"), which only borrows its year from the text, not a count of days
    from an earlier date?"""
    months = load_vocabulary().months
    return any(fold(word) in months for word in MONTH_WORD.findall(timex.text))


def _with_coordinated(when: When, root: Token, timexes: Sequence[Timex]) -> When:
    """The span of dates joined by "and" or "or": "on Thursday and Friday" lasts two days."""
    doc = root.doc
    joined = {c.i for c in root.conjuncts}
    earliest, latest = when.earliest, when.latest
    for timex in timexes:
        other = _root_token(doc, *timex.span)
        if other is None or other.i not in joined or timex.type not in CALENDAR_TYPES:
            continue
        if earliest is not None and timex.earliest is not None:
            earliest = min(earliest, timex.earliest)
        if latest is not None and timex.latest is not None:
            latest = max(latest, timex.latest)
    if (earliest, latest) == (when.earliest, when.latest):
        return when
    return when.model_copy(update={"earliest": earliest, "latest": latest})


def _until(trigger: Token, when: When, timexes: Sequence[Timex]) -> When:
    """ "besieged the port until its garrison surrendered on 22 September": an act told
    to last until a dated one goes on to that date."""
    if when.earliest is None:
        return when
    for clause in trigger.children:
        marked = any(
            c.dep_ in ("mark", "prep") and c.lower_ in UNTIL_MARKERS for c in clause.children
        )
        if clause.dep_ != "advcl" or not marked:
            continue
        start = clause.left_edge.idx
        end = clause.right_edge.idx + len(clause.right_edge)
        ends = [
            t.latest
            for t in _closed_dates(timexes)
            if start <= t.span[0] and t.span[1] <= end and t.latest is not None
        ]
        if ends and ends[0] >= when.earliest and (when.latest is None or ends[0] > when.latest):
            return when.model_copy(update={"latest": ends[0], "precision": "unknown"})
    return when


def _by_date(doc: Doc, timex: Timex) -> bool:
    """Is the date told as "by" it ("by the end of the year", "By December")?

    "by the end of the year his government had arrested thousands": the date ends
    what had been done, which began earlier; the tagger leaves such a date's start
    open.
    """
    before = doc_text(doc)[max(0, timex.span[0] - 4) : timex.span[0]]
    return re.search(r"\bby\s+$", before, re.IGNORECASE) is not None


def _start_before(
    trigger: Token, sent: Span, timex: Timex, timexes: Sequence[Timex], lexicon: EventLexicon
) -> When:
    """When an act done "by" a date began: the ground its clause was told after, else the
    last date told before it.

    "After the army seized power on 11 September 1973, the junta dissolved Congress on
    21 September ... and by the end of the year had detained tens of thousands": the
    detentions followed the coup that the clauses they are joined to go on from. With
    no such clause ("became president in July; by the end of the year his government
    had arrested thousands"), they began at the date told before the "by" date.
    """
    doc = sent.doc
    clauses = [trigger]
    while clauses[-1].dep_ == "conj" and clauses[-1].head.i != clauses[-1].i:
        clauses.append(clauses[-1].head)
    for clause in clauses:
        for ground in clause.children:
            marked = any(c.dep_ == "mark" and c.lower_ in SINCE_MARKERS for c in ground.children)
            if ground.dep_ != "advcl" or not marked:
                continue
            start, end = ground.left_edge.idx, ground.right_edge.idx + len(ground.right_edge)
            dated = [t for t in _closed_dates(timexes) if start <= t.span[0] and t.span[1] <= end]
            if dated:
                return _when(dated[0])
    told = [
        t
        for t in _closed_dates(timexes)
        if sent.start_char <= t.span[0]
        and t.span[1] <= timex.span[0]
        and not _ends_a_clause(doc, t, ENDING_MARKERS)
    ]
    return _when(told[-1]) if told else _narrative_time(trigger, sent, timexes, lexicon)


def _closed_dates(timexes: Sequence[Timex]) -> list[Timex]:
    """The calendar dates whose start is told."""
    return [t for t in timexes if t.type in CALENDAR_TYPES and t.earliest is not None]


def _since(trigger: Token, when: When) -> When:
    """ "6,700 people had been detained since the vote": what has gone on since a thing
    told (or a date) lasts from its date up to the day of the report.

    The date the trigger takes (the vote's, told before, as narrative time; or the
    "since" date itself) is the start; the document's date, when it has one, the end.
    A ranking's "since" ("the worst fighting since the war") tells no span of the act.
    """
    phrase = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "since"), None)
    ground = next((c for c in phrase.children if c.dep_ == "pobj"), None) if phrase else None
    if ground is None or _comparison_baseline(ground) or when.earliest is None:
        return when
    report = _published(trigger.doc)
    if report is None or report < when.earliest:
        return when
    return When(earliest=when.earliest, latest=report, timex=when.timex, precision="unknown")


def _published(doc: Doc) -> dt.date | None:
    """The day the document was published (``doc._.published``), if it is known."""
    if not Doc.has_extension("published"):
        return None
    value = doc._.published
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value if isinstance(value, dt.date) else None


def _narrative_time(
    trigger: Token, sent: Span, timexes: Sequence[Timex], lexicon: EventLexicon
) -> When:
    """The last date of what was told before the sentence, as it dates the trigger.

    A saying or a denial told with no date of its own ("Taylor, 64, denied the
    charges") is the report's: it goes on from the dates of the report's clauses,
    not from those of a crime the report names ("rebels who murdered civilians
    between 1991 and 2002", "the 1995 massacre").
    """
    doc = sent.doc
    saying = trigger.lemma_.lower() in lexicon.report | lexicon.denial
    # Narrative time is the last date of what was told, not of the telling: "..., a
    # spokesman said on Saturday. The spokesman said residents had attacked" keeps the
    # date of the events before.
    before = [
        t
        for t in timexes
        if t.type in CALENDAR_TYPES
        and t.earliest is not None
        and t.span[1] <= sent.start_char
        and sent.start_char - t.span[1] <= NARRATIVE_REACH
        and not _dates_a_report(doc, t, lexicon)
        and not _ends_a_clause(doc, t, ENDING_MARKERS)
        and not _is_baseline(doc, t)
        and not (saying and _dates_a_mention(doc, t))
    ]
    # A date the story went back to in a "since" or "after" clause ("the raid began
    # shortly after the government took over the camp at the start of the year") is
    # the ground of the act told, earlier than the narrative time it leaves as it is.
    while (
        len(before) > 1
        and _ends_a_clause(doc, before[-1], SINCE_MARKERS)
        and before[-1].latest is not None
        and any(t.earliest is not None and t.earliest > before[-1].latest for t in before[:-1])
    ):
        before.pop()
    before = _without_look_back(doc, before)
    return _over_duration(trigger, _when(before[-1]), timexes) if before else When()


def _without_look_back(doc: Doc, before: list[Timex]) -> list[Timex]:
    """Narrative time, less the dates of sentences a news report told in retrospect.

    "A court on Monday sentenced him. He was arrested in late 2017, weeks after the
    referendum of 1 October. Thousands protested outside the court": the protest is
    the report's, after the sentencing, not 2017's. In a dated report, a sentence whose
    dates all end before a date of the report's own weeks (``REPORT_DAYS``) told
    earlier looks back, and the narrative returns to the report's time after it. A
    history, with no day of publication, may go back to start a new thread, and keeps
    every date.
    """
    published = _published(doc)
    if published is None:
        return before
    floor = published - dt.timedelta(days=REPORT_DAYS)

    def sentence_of(timex: Timex) -> int:
        root = _root_token(doc, *timex.span)
        return root.sent.start_char if root is not None else timex.span[0]

    kept = list(before)
    while len(kept) > 1:
        last = sentence_of(kept[-1])
        tail = [t for t in kept if sentence_of(t) == last]
        earlier = kept[: len(kept) - len(tail)]
        current = [
            t.earliest
            for t in earlier
            if t.earliest is not None and floor <= t.earliest <= published
        ]
        if not current or any(t.latest is None or t.latest >= current[-1] for t in tail):
            break
        kept = earlier
    return kept


def _within_span(span: tuple[int, int] | int, outer: tuple[int, int]) -> bool:
    start, end = (span, span) if isinstance(span, int) else span
    return outer[0] <= start and end <= outer[1]


def by_the_time_clause(sent: Span) -> tuple[int, int] | None:
    """The characters of a "by the time" clause in the sentence, up to its comma, if any.

    "By the time Vietnamese troops captured the city in January 1979, between 1.5
    and 2 million Cambodians had died": the clause's date is when the main
    clause's acts had come to an end, and its act (the capture) is not what the
    main clause counts. The parser often makes the clause the root and the main
    clause its conjunct, so the clause is found by its words and its comma. The
    sentence's text is cut from the document's (``sent.text`` joins its tokens
    anew on every call, and this is asked for every event and figure).
    """
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]
    match = BY_THE_TIME.search(text)
    if match is None:
        return None
    comma = text.find(",", match.end())
    end = comma if comma >= 0 else len(text)
    return sent.start_char + match.start(), sent.start_char + end


def _ended_by(when: When, before: When) -> When:
    """An act that had gone on until a date: from the narrative time before it to the date.

    Where the story has told no earlier date, the date alone stands.
    """
    if before.earliest is None or when.latest is None or before.earliest > when.latest:
        return when
    return When(earliest=before.earliest, latest=when.latest, timex=when.timex, precision="unknown")


def _offset(when: When, root: Token, trigger: Token, timexes: Sequence[Timex]) -> When:
    """ "arrested two weeks after the coup of 11 September 1973": the date of the coup,
    shifted by the duration that measures the "after" (or "before") phrase it lies in.

    The date dates what the phrase names (the coup keeps it); the act outside the
    phrase is the stated time away from it.
    """
    for token in [root, *root.ancestors]:
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.lower_ not in OFFSET_PREPOSITIONS:
            continue
        if token.left_edge.i <= trigger.i <= token.right_edge.i:
            break
        length = _measure(token, timexes)
        if length is None or when.earliest is None or when.latest is None:
            break
        count = length[0] * OFFSET_PREPOSITIONS[token.lower_]
        return When(
            earliest=_shift(when.earliest, count, length[1]),
            latest=_shift(when.latest, count, length[1]),
            timex=when.timex,
            precision=when.precision,
        )
    return when


def _offset_from_outside(when: When, root: Token, trigger: Token, timexes: Sequence[Timex]) -> When:
    """ "captured Kigali on 4 July 1994, three months after the genocide began": an act
    in an "after" (or "before") clause that a duration measures, dated by a date outside
    it, is that long before (or after) the date: the genocide began about April 1994.

    The date is the outer act's; the clause's act is only about the stated time away,
    so a shift by months or years keeps the month or the year, not a day.
    """
    for token in path_below(root, trigger):
        preposition = token.lower_ if token.dep_ == "prep" else None
        if token.dep_ == "advcl":
            preposition = next((c.lower_ for c in token.children if c.dep_ == "mark"), None)
        if preposition not in OFFSET_PREPOSITIONS:
            continue
        length = _measure(token, timexes)
        if length is None or when.earliest is None or when.latest is None:
            return when
        count = -length[0] * OFFSET_PREPOSITIONS[preposition]
        earliest = _shift(when.earliest, count, length[1])
        latest = _shift(when.latest, count, length[1])
        if length[1] in ("M", "Y"):
            earliest, latest = _whole_unit(earliest, latest, length[1])
            precision: EventPrecision = "month" if length[1] == "M" else "year"
        else:
            precision = when.precision
        return When(earliest=earliest, latest=latest, timex=when.timex, precision=precision)
    return when


def _measure(token: Token, timexes: Sequence[Timex]) -> tuple[int, str] | None:
    """The duration that measures an "after"/"before" phrase or clause ("three months
    after ..."), on the phrase or on its marker."""
    words = [token, *(c for c in token.children if c.dep_ == "mark")]
    measures = [c for w in words for c in w.children if c.dep_ in ("npadvmod", "nmod", "advmod")]
    return next(
        (
            _duration(t.value)
            for c in measures
            for t in timexes
            if t.type == "DURATION" and t.span[0] <= c.idx < t.span[1]
        ),
        None,
    )


def _whole_unit(earliest: dt.date, latest: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The whole months (or years) two days fall in."""
    if unit == "Y":
        return dt.date(earliest.year, 1, 1), dt.date(latest.year, 12, 31)
    last = calendar.monthrange(latest.year, latest.month)[1]
    return earliest.replace(day=1), latest.replace(day=last)


def _within(trigger: Token, when: When, timexes: Sequence[Timex]) -> When:
    """ "landed on 7 December and within days executed scores": the act falls in the
    stated time after the date told (an unstated count of days, within a week)."""
    spans = [
        t
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "within"
        for o in c.children
        if o.dep_ == "pobj"
        for t in timexes
        if t.type == "DURATION" and t.span[0] <= o.idx < t.span[1]
    ]
    if not spans or when.latest is None:
        return when
    match = re.fullmatch(r"P(\d+|X)([YMWD])", spans[0].value)
    if match is None:
        return when
    count, unit = match.group(1), match.group(2)
    length = UNSTATED_COUNTS[unit] if count == "X" else (int(count), unit)
    latest = _shift(when.latest, *length)
    return When(earliest=when.earliest, latest=latest, timex=when.timex, precision="unknown")


def _dates_a_mention(doc: Doc, timex: Timex) -> bool:
    """Is a date that of a thing a clause names rather than of the clause's own act?

    "rebels who murdered civilians between 1991 and 2002", "the 1995 massacre", "the
    massacre at Srebrenica in July 1995": a date in a relative clause, or on a noun.
    """
    root = _root_token(doc, *timex.span)
    if root is None:
        return False
    if root.dep_ in MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN"):
        return True
    if root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    return any(t.dep_ == "relcl" for t in root.ancestors)


def _dated_within(root: Token, timex: Timex, timexes: Sequence[Timex]) -> bool:
    """Is a time of day dated by a date in its own phrase ("before dawn on Tuesday",
    "the morning of 5 May")? The date says which day; the time of day, read on its
    own, would fall on the day of writing."""
    if timex.type != "TIME":
        return False
    subtree = list(root.subtree)
    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
    return any(
        other is not timex
        and other.type == "DATE"
        and other.earliest is not None
        and start <= other.span[0]
        and other.span[1] <= end
        for other in timexes
    )


def _comparison_baseline(root: Token) -> bool:
    """Is a date the one a ranking counts from: "the first coast-wide strike since 1977"?

    A "since" or "after" phrase on a noun ranked by an ordinal or a superlative
    ("the first ... since 1977", "the biggest walkout since 2012", "the worst
    fighting since the war") tells when the like last happened, not when this
    did; it dates no event of the sentence, nor any told after it.
    """
    if root.dep_ != "pobj" or root.head.lower_ not in SINCE_MARKERS:
        return False
    ranked = root.head.head
    return ranked.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL") for c in ranked.children
    )


def _in_ending_clause(
    root: Token, outside: Token | None = None, markers: frozenset[str] = ENDING_MARKERS
) -> bool:
    """Is a date in a clause that ends the act before it ("until they were released
    in October 2009"), and (given ``outside``) is that token not in the clause?

    The main clause's act began before such a date, which tells when it ended;
    it dates neither that act nor, as narrative time, what is told after it.
    """
    for token in root.ancestors:
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in markers for c in token.children
        ):
            return outside is None or not (token.left_edge.i <= outside.i <= token.right_edge.i)
    return False


def _is_baseline(doc: Doc, timex: Timex) -> bool:
    root = _root_token(doc, *timex.span)
    return root is not None and _comparison_baseline(root)


def _ends_a_clause(doc: Doc, timex: Timex, markers: frozenset[str]) -> bool:
    root = _root_token(doc, *timex.span)
    return root is not None and _in_ending_clause(root, markers=markers)


def _reported_look_back(trigger: Token, root: Token) -> bool:
    """ "In May an official admitted that the soldiers had shot dead a farmer": an act a
    report tells in the past perfect happened before the report, whose date it does
    not take (a date inside the reported clause still dates it)."""
    if trigger.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children
    ):
        return False
    clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "ccomp"), None)
    return clause is not None and not (clause.left_edge.i <= root.i <= clause.right_edge.i)


def _in_other_conjunct(trigger: Token, root: Token) -> bool:
    """ "X was removed in January 2009, and Y revoked it on 28 September": a date on the
    first of two joined clauses is reached from the second only through their join,
    which :func:`predicates_between` does not count (the first verb is the top of both)."""
    on_root = {t.i for t in [root, *root.ancestors]}
    for token in [trigger, *trigger.ancestors]:
        if token.i in on_root:
            return False
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.head.i in on_root:
            return True
    return False


def _in_joined_clause(trigger: Token, root: Token) -> bool:
    """ "guerrillas dynamited a pylon outside the capital, and on Sunday a car bomb killed
    four people in Miraflores": a place in a clause joined to the trigger's, with its
    own subject, is that clause's act's; the trigger's place is its own, or the story's.
    So is one in a joined clause that tells where someone was kept afterwards, subject
    or not: "was detained in March and has been held in the colony at Shklov since" was
    detained where the story is, not in the colony", even where the parser joins the
    keeping to a clause inside the act's ("was arrested in July, days after the law took
    effect, and has been held in a prison at Shklov since")."""
    on_trigger = {t.i for t in [trigger, *trigger.ancestors]}
    confinement = anchor_words().confinement_verbs
    for token in root.ancestors:
        if token.i in on_trigger:
            return False
        if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_.lower() in confinement:
            return True
        if token.head.i in on_trigger and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children
        ):
            return True
    return False


def _dates_a_joined_clause(trigger: Token, root: Token) -> bool:
    """Does the date at ``root`` date a clause joined to the trigger's, not the trigger?
    One told in a joined clause with a subject of its own ("were convicted, and two were
    hanged in March") or put before the joined clause's verb ("were protesting daily,
    and on 12 March began a strike") is that clause's; one after a verb that shares the
    trigger's subject ("was arrested and tortured on 3 May") may date both."""
    if _in_joined_clause(trigger, root):
        return True
    on_trigger = {t.i for t in [trigger, *trigger.ancestors]}
    for token in root.ancestors:
        if token.i in on_trigger:
            return False
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.head.i in on_trigger:
            return root.i < token.i and trigger.i < root.i
    return False


def _declared(trigger: Token, root: Token) -> bool:
    """ "declared a ceasefire in October", "a state of emergency was announced on 3 May":
    what a verb of saying brings about by being said is dated by the saying; and "Two
    days later the group claimed the attack": the saying itself, where it is the event."""
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return verb.i == trigger.i or (
        trigger.head.i == verb.i and trigger.dep_ in ("dobj", "nsubjpass")
    )


def _dates_a_report(doc: Doc, timex: Timex, lexicon: EventLexicon) -> bool:
    root = _root_token(doc, *timex.span)
    return root is not None and _dates_the_report(root, lexicon)


def _in_other_relative_clause(trigger: Token, root: Token) -> bool:
    """ "The coup was condemned by the AU, which suspended Mali the following day":
    a date inside a relative clause dates that clause, not an event outside it."""
    for token in root.ancestors:
        if token.dep_ == "relcl":
            inside = token.left_edge.i <= trigger.i <= token.right_edge.i
            # "an assault that began on 24 March", "a ceasefire that took effect on ...":
            # a clause on the trigger or on what it governs dates the trigger's act.
            described = trigger.left_edge.i <= token.head.i <= trigger.right_edge.i
            return not (inside or described)
    return False


def _over_duration(trigger: Token, when: When, timexes: Sequence[Timex]) -> When:
    """ "ending six weeks of fighting": the event fills the six weeks up to its date.

    A trigger counted by a duration ("N weeks of X") is not an event at the
    date its sentence states (the end of it), but over the span before it.
    """
    length = counted_by(trigger, timexes)
    if length is not None and when.latest is not None:
        start = _shift(when.latest, -length[0], length[1])
        return When(earliest=start, latest=when.latest, timex=when.timex, precision="unknown")
    return when


def counted_by(trigger: Token, timexes: Sequence[Timex]) -> tuple[int, str] | None:
    """The duration that counts a trigger ("six weeks of fighting" -> (6, "W")), if any."""
    unit = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if unit is None:
        return None
    for timex in timexes:
        if timex.type == "DURATION" and timex.span[0] <= unit.idx < timex.span[1]:
            return _duration(timex.value)
    return None


def is_period(trigger: Token, timexes: Sequence[Timex]) -> bool:
    """ "ending fifteen years of conflict": years of it are a period, not one event."""
    length = counted_by(trigger, timexes)
    return length is not None and length[1] == "Y" and length[0] > 1


def _duration(value: str) -> tuple[int, str] | None:
    """ "P6W" -> (6, "W"); None for what is not a whole number of one unit."""
    match = re.fullmatch(r"P(\d+)([YMWD])", value)
    return (int(match.group(1)), match.group(2)) if match else None


def _shift(day: dt.date, count: int, unit: str) -> dt.date:
    """The day ``count`` units ("D", "W", "M", "Y") after ``day`` (before it if negative)."""
    if unit == "D":
        return day + dt.timedelta(days=count)
    if unit == "W":
        return day + dt.timedelta(weeks=count)
    months = count * (12 if unit == "Y" else 1)
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def _close_range(when: When, timex: Timex, timexes: Sequence[Timex]) -> When:
    """Join the two ends of a range the tagger tags apart ("from June 1981 to the summer of 1982").

    An end with an open bound takes the missing bound from the next (or
    previous) timex when that one has only the other bound and follows within
    a few words.
    """
    if when.earliest is not None and when.latest is None:
        partners = [t for t in timexes if 0 <= t.span[0] - timex.span[1] <= RANGE_GAP]
        if partners and partners[0].latest is not None and partners[0].earliest is None:
            return when.model_copy(update={"latest": partners[0].latest})
    if when.latest is not None and when.earliest is None:
        partners = [t for t in timexes if 0 <= timex.span[0] - t.span[1] <= RANGE_GAP]
        if partners and partners[-1].earliest is not None and partners[-1].latest is None:
            return when.model_copy(update={"earliest": partners[-1].earliest})
    return when


def _when(timex: Timex) -> When:
    precision = EVENT_PRECISION.get(timex.precision or "", "unknown")
    return When(earliest=timex.earliest, latest=timex.latest, timex=timex.id, precision=precision)


def _geo_precision(entity: Entity) -> Literal[1, 2, 3]:
    """ACLED's geo_precision: a site or town 1, a region or country 3, unknown granularity 2."""
    if entity.kind == "facility":
        return 1
    if entity.geo is None:
        return 2
    return 3 if geo_precision(entity.geo) == 3 else 1


# Gazetteer features of a town or a district (a county, a municipality): a place an
# event can be mapped to more finely than a province or a country.
TOWN_OR_DISTRICT_FEATURES = ("PPL", "ADM2", "ADM3", "ADM4")


# Gazetteer features of a region within a country: a province or state, a historic land.
REGION_FEATURES = ("ADM1", "RGN")


def _town_or_district(entity: Entity) -> bool:
    return entity.geo is not None and (entity.geo.feature or "").startswith(
        TOWN_OR_DISTRICT_FEATURES
    )


def _is_country(entity: Entity) -> bool:
    return entity.geo is not None and (entity.geo.feature or "").startswith("PCL")


def where_for(entity: Entity) -> Where:
    geo = entity.geo
    return Where(
        entity=entity.id,
        name=entity.name,
        lat=geo.lat if geo else None,
        lon=geo.lon if geo else None,
        precision=_geo_precision(entity),
    )


def _follows_a_place(
    root: Token,
    places: Sequence[tuple[int, int, Entity]],
    place_nouns: frozenset[str] = frozenset(),
) -> bool:
    """Is this place name right after another, as its region ("Tijuana, Baja California",
    "Marawara district, Kunar province")?"""
    text = doc_text(root.doc)
    start = root.left_edge.idx
    for _, end, before in places:
        gap = text[end:start] if 0 <= start - end <= 30 else None
        if gap is None:
            continue
        if gap in (", ", ","):
            return True
        # "near Boni in central Mali": a town, then "in" and the region it lies in.
        if IN_REGION_GAP.fullmatch(gap) is not None and not _is_country(before):
            return True
        # The name before may end in its own word for a place: "Marawara district, ".
        words = REGION_GAP.fullmatch(gap)
        if words is not None and words[1].lower() in place_nouns:
            return True
    return False


@cache
def _locator_gap() -> re.Pattern[str]:
    """The words between a place and another that only locates it: ", near ", ", east of
    ", " 30 km north of the ", ", some 20 miles from ", ", a small village near "."""
    locators = "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(anchor_words().locator_words, key=len, reverse=True)
    )
    directions = "|".join(sorted(lexicon_words("directions"), key=len, reverse=True))
    distance = r"\d[\d.,]*[\s-]*(?:km|kilometres|kilometers|miles|mi)\.?\s+"
    towns = "|".join(sorted(load_lexicon().town_nouns, key=len, reverse=True))
    return re.compile(
        # ", a village near Jos": the place before is told as a town first
        rf",?\s+(?:(?:an?|the)\s+(?:[a-z]+\s+)?(?:{towns})\s+)?"
        r"(?:(?:about|some|around|roughly|nearly)\s+)?"
        rf"(?:(?:{locators})\s+|(?:{distance})?(?:{directions})\s+of\s+|{distance}from\s+)"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    )


def locates_the_place_before(
    doc: Doc, start: int, places: Sequence[tuple[int, int, Entity]]
) -> bool:
    """Does the name starting at ``start`` only say where the town or village told just
    before it lies?

    "surrounded the village of Oradour, near Limoges", "attacked Kimbo, east of Goma":
    the act was in the village, whether or not a gazetteer knows it; the town after
    "near" or "east of" locates the village, and is no place of the act (nor of the acts
    told after it). A village "near Goma" that is not named leaves Goma as where, and so
    does a river or a region ("on the Nile near Shambe"): the town is the finer place.
    """
    text = doc_text(doc)
    gap = _locator_gap().search(text, max(0, start - 60), start)
    if gap is None or gap.start() == 0:
        return False
    told = [(s, e) for s, end, e in places if end == gap.start()]
    if told:
        return any(_settlement(e, text, s, gap.start()) for s, e in told)
    before = doc.char_span(gap.start() - 1, gap.start(), alignment_mode="expand")
    if before is None or len(before) == 0 or before[-1].tag_ != "NNP":
        return False
    # "the village of Oradour-sur-Glane": a name told "of" a word for a town, which no
    # recogniser need have taken for a place.
    named = before[-1]
    return (
        named.dep_ == "pobj"
        and named.head.lower_ == "of"
        and named.head.head.lemma_.lower() in load_lexicon().town_nouns
    )


def _settlement(entity: Entity, text: str, start: int, end: int) -> bool:
    """Is the place a town or village: a gazetteer's populated place, or a name it lacks
    that is told as no natural feature is ("at Oradour", not "the Ili river", "on the
    Nile")?"""
    if entity.geo is not None:
        return (entity.geo.feature or "").startswith("PPL")
    words = text[start:end].lower().split()
    told_with_the = text[max(0, start - 4) : start].lower() == "the "
    return not told_with_the and not (words and words[-1] in anchor_words().landform_nouns)


def _named_as_region(root: Token) -> bool:
    """Does the writer call the place a region ("Arauca province", "Kebbi state"), whatever
    town of that name the gazetteer found? After a town, it says where the town lies."""
    regions = anchor_words().region_nouns
    if root.dep_ == "compound":
        return root.head.lemma_.lower() in regions
    return root.lemma_.lower() in regions and any(c.dep_ == "compound" for c in root.children)


def _town_name(name: str, place_nouns: frozenset[str], town_nouns: frozenset[str]) -> bool:
    """Not a district or province by its own name ("Charbolak district, Balkh")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last not in place_nouns or last in town_nouns


def _qualified(
    end: int, places: Sequence[tuple[int, int, Entity]], text: str, town_nouns: frozenset[str]
) -> bool:
    """Is the place name ending at ``end`` followed by its districts or region?

    "Bar-Sanguun village (Kismaayo, Lower Juba)", "Cuauhtemoc municipality, Chihuahua":
    the name, perhaps a word for a place, then a parenthesis or comma and another place.
    """
    for start, _, region in places:
        # A qualifying gap is a word and a comma or bracket: never longer than this.
        gap = QUALIFIER_GAP.fullmatch(text[end:start]) if 0 < start - end <= 40 else None
        if gap is not None and (gap.group(1) is None or gap.group(1).lower() in town_nouns):
            return True
        # "near Naseby in Northamptonshire": "in" and the region the town lies in.
        if (
            0 < start - end <= 40
            and IN_REGION_GAP.fullmatch(text[end:start]) is not None
            and region.geo is not None
            and _geo_precision(region) == 3
        ):
            return True
    # "Naushehro Feroze city (Noshehro Feroze, Sindh)": a bracket that names a known
    # place further in, after a spelling of the town no recogniser took for a place.
    bracket = QUALIFIER_BRACKET.match(text, end)
    if bracket is not None and (bracket[1] is None or bracket[1].lower() in town_nouns):
        inside = (bracket.start(2), bracket.end(2))
        return any(inside[0] <= start < inside[1] for start, _, _ in places)
    return False


def _hyphen_modifier(root: Token) -> bool:
    """ "the Saudi-led coalition", "a Kabul-based group": a name joined by a hyphen to
    a participle describes who acts (who leads them, where they are based), not where
    the event happens."""
    head = root.head
    return (
        root.dep_ == "npadvmod"
        and head.tag_ in ("VBN", "VBD")
        and head.i == root.i + 2
        and root.nbor(1).text == "-"
        and not root.whitespace_
    )


def _names_a_place_noun(root: Token, place_nouns: frozenset[str]) -> bool:
    """ "the Medina district", "Zamfara state", "the Sambisa forest": a name that modifies
    a word for a place or for a natural feature."""
    # "the La Perla barracks": the parser's lemma of a plural-only noun ("barrack") is
    # no word of the list; the word as written is.
    heads = {root.head.lemma_.lower(), root.head.lower_}
    words = anchor_words()
    # "the Sagaing region": a name the tagger misread as a participle or noun modifier
    # ("-ing") still names the region; an adjective ("the Syrian region") does not.
    misread = root.dep_ == "amod" and root.pos_ != "ADJ"
    return (root.dep_ == "compound" or misread) and bool(
        heads & (place_nouns | words.landform_nouns | words.named_site_nouns)
    )


def located_names(
    doc: Doc,
    mentions: Sequence[tuple[int, int, Entity]],
    lexicon: EventLexicon,
) -> list[tuple[int, int, Entity]]:
    """Names the resolver did not take for places but the syntax does.

    "in Djibo", "near Alamata", "the town of Togoga", "the Medina district": an
    unknown name (no knowledge-base or gazetteer entry) after a locative
    preposition or naming a place noun is where something happened, whatever
    label the name recogniser gave it. A name taken for a people ("group") is a
    place only as a single name a place noun carries ("the northern port of
    Iquique", "the Nuba mountains"): "in" a people, or "the land of the Kurds",
    names who, not where.
    """
    found = []
    for start, end, entity in mentions:
        if entity.kb or entity.geo is not None or entity.kind in ("place", "facility"):
            continue
        root = _root_token(doc, start, end)
        if root is None:
            continue
        head = root.head
        people = entity.kind == "group"
        if people and root.tag_ != "NNP":
            continue
        locative = root.dep_ == "pobj" and head.lower_ in lexicon.locative_prepositions
        of_place = (
            root.dep_ == "pobj"
            and head.lower_ == "of"
            and (
                head.head.lemma_.lower() in lexicon.place_nouns
                or head.head.lemma_.lower() in anchor_words().town_site_nouns
            )
        )
        # A person's full name after "on" ("spied on John Garang") is whom, never where.
        full_name = entity.kind == "person" and " " in doc_text(doc)[start:end]
        surface = _told_as_ground(root) and not full_name
        if (
            ((locative or surface) and not people)
            or of_place
            # "a Labour Party youth camp": a body's camp or office is the body's, and
            # no place its name names
            or (
                _names_a_place_noun(root, lexicon.place_nouns)
                and root.lower_ not in lexicon.organizer_words
            )
        ):
            found.append((start, end, entity))
    return found


def _told_as_ground(root: Token) -> bool:
    """Is the name the ground something stood on ("clashed with gunmen on Jolo", "On
    Samos, residents protested"): an island or a site after "on"?

    "On" right after a verb or a word for an act aims the act at the name ("fired on
    Mendoza", "an attack on Kismayo", "marched on Santiago"); "on" set apart from its
    head, by an object or at the front of the clause, or after a word for people or
    things ("pirates on Basilan", "a camp on Samos"), tells where.
    """
    if root.dep_ != "pobj" or root.head.lower_ not in anchor_words().surface_prepositions:
        return False
    preposition = root.head
    head = preposition.head
    aimed = head.pos_ in ("VERB", "AUX") or head.lemma_.lower() in load_lexicon().words
    return not (aimed and head.i == preposition.i - 1)


def _dropped_locative(root: Token, prepositions: frozenset[str]) -> Token | None:
    """The locative preposition right before a name the parser made a modifier, if any.

    "On 8 May, in Yby Yau (Concepcion), workers were taken": the parser may hang
    "Yau" on "workers" and leave "in" without an object. A name that directly
    follows a locative preposition with no object of its own is that
    preposition's object, whatever the parse says.
    """
    first = root.left_edge
    if first.i == 0:
        return None
    before = first.doc[first.i - 1]
    if before.lower_ not in prepositions or any(c.dep_ == "pobj" for c in before.children):
        return None
    return before


def _town_modifier(root: Token, entity: Entity) -> bool:
    """ "the Quito home of an official", "the Kabul airport": a town naming a common noun.

    A town's name in front of a thing tells where the thing is; a country's or
    region's tells whose it is ("the U.S. embassy", "the Israel Tourist Office"),
    and a name inside a longer name ("Kandahar Airfield") is that name's. A town's
    possessive is never part of a name: "Istanbul's Atatürk Airport" is in Istanbul,
    and neither is a court's town (:func:`_court_of_its_town`).
    """
    in_front = (
        (root.dep_ == "compound" and root.head.pos_ == "NOUN")
        or root.dep_ == "poss"
        or _court_of_its_town(root, entity)
    )
    return (
        in_front and root.pos_ == "PROPN" and entity.geo is not None and _geo_precision(entity) == 1
    )


def _court_of_its_town(root: Token, entity: Entity) -> bool:
    """Is the town the name of a court ("the Peshawar High Court")? A court is named for
    the town it sits in, so the town is where the court is, though the name is the court's."""
    return (
        root.dep_ == "compound"
        and root.head.lemma_.lower() in anchor_words().court_nouns
        and entity.geo is not None
        and _geo_precision(entity) == 1
    )


def _names_a_named_site(root: Token) -> bool:
    """ "the Wujek mine", "Evin prison": a name on a site that carries the name of where
    it stands, which is that place's own name, not one that lies in the story's town."""
    heads = {root.head.lemma_.lower(), root.head.lower_}
    return root.dep_ == "compound" and bool(heads & anchor_words().named_site_nouns)


def _of_a_named_place(root: Token, place_nouns: frozenset[str]) -> bool:
    """ "the Sabzi Kar village of Charbolak district": the "of" place locates the named one.

    A word for a place that carries its own name and an "of" phrase names the
    place (the village) and then the larger area it lies in (the district).
    """
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return noun.lemma_.lower() in place_nouns and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children
    )


def find_where(
    trigger: Token,
    sent: Span,
    places: Sequence[tuple[int, int, Entity]],
    *,
    exclude: set[str],
    prefer_destination: bool,
    place_nouns: frozenset[str] = frozenset(),
    town_nouns: frozenset[str] = frozenset(),
    rule: PlaceRule = "narrated",
    site: Entity | None = None,
    from_origin: bool = False,
) -> Where | None:
    """The place in the trigger's sentence closest to it in the tree (not an actor).

    A move ``from_origin`` (an expulsion) that tells where the people were taken from is
    placed there, not where they were sent; one that tells only the one place they were
    sent to ("was held in Lyon and then deported to Ravensbrück") is placed there, and one
    sent to several ("to Louisiana and to France") stays where the story is.

    A sentence that names no place stays where the narrative is: the place of
    the sentences just before it, in the same paragraph (:func:`narrative_place`),
    unless it names the ``site`` acted on, which no gazetteer places ("gunmen later
    attacked the Grand Hotel"): that is where the act was. Statements and the acts of
    courts and councils are placed only as ``rule`` says (:data:`PlaceRule`).
    """
    if _a_national_vote(trigger):
        country = _country_told(sent, places, exclude)
        if country is not None:
            return country
    if _a_secession_vote(trigger):
        region = _region_told(sent, places)
        if region is not None:
            return region
    met = _meeting_place(trigger, sent, places, exclude)
    if met is not None:
        return met
    if rule == "narrated":
        filed = _filed_town_pointed(trigger, sent, places, exclude)
        if filed is not None:
            return filed
        capital = _capital_of_country_told(trigger, places, exclude)
        if capital is not None:
            return where_for(capital)
        national = _national_bodys_country(trigger, sent, places, exclude)
        if national is not None:
            return national
    if rule != "narrated":
        stated = _stated_place(trigger, sent, places, exclude)
        if stated is not None or rule == "unplaced":
            return stated
        filed = _dateline_place(sent, places, exclude)
        return _doers_country(trigger, sent, places, filed) or filed
    found = _where_in_sentence(
        trigger,
        sent,
        places,
        exclude=exclude,
        prefer_destination=prefer_destination,
        place_nouns=place_nouns,
        town_nouns=town_nouns,
        from_origin=from_origin,
    )
    if found is None and site is not None:
        return where_for(site)
    if found is None or found.lat is None:
        pointed = pointed_place(
            trigger, sent, places, exclude=exclude, place_nouns=place_nouns
        ) or _town_of_named_site(trigger, sent, places, exclude=exclude)
        if pointed is not None:
            return pointed
    elif not told_in_own_clause(found, trigger, sent, places):
        # "was captured in the town, tortured and beheaded at Muhlhausen": the town the
        # trigger's own clause points back to wins over a place another verb's clause names.
        pointed = pointed_place(trigger, sent, places, exclude=exclude, place_nouns=place_nouns)
        if pointed is not None:
            return pointed
    if found is None:
        taken = _where_the_moved_were_taken(trigger, sent, places, exclude)
        if taken is not None:
            return taken
    carried = narrative_place(sent, places, exclude=exclude, place_nouns=place_nouns)
    if found is None and carried is not None:
        town = _town_of_site_left_behind(carried, sent, places, exclude)
        if town is not None:
            return town
    if found is None and carried is None:
        earlier = narrative_place(
            sent, places, exclude=exclude, place_nouns=place_nouns, across_paragraphs=True
        )
        # The story's place from the paragraphs before is filled in after the acts of
        # this paragraph have had their say (the extractor's context), and comes before a
        # town the next sentence holds someone in.
        return None if earlier is not None else _custody_told_next(sent, places, exclude)
    if (
        found is not None
        and carried is not None
        and _yields_to_carried(found, carried, sent, places)
    ):
        return carried
    if (
        found is not None
        and carried is not None
        and carried.precision == 1
        and _told_only_as_owner_or_goal(found, sent, places)
    ):
        return carried
    if found is not None and carried is not None and carried.precision == 3:
        # "ATHENS - Unrest spread across Greece. Police fired on youths on Syntagma
        # Square": a named site no gazetteer places lies in the town the story was filed
        # from, not in the country the sentence before named.
        filed = _filed_town_of_site(found, carried, sent, places, exclude)
        if filed is not None:
            return filed
    return found or carried


def told_in_own_clause(
    where: Where, trigger: Token, sent: Span, places: Sequence[tuple[int, int, Entity]]
) -> bool:
    """Is the place named in the sentence with no other verb between it and the trigger?"""
    doc = sent.doc
    for start, end, entity in places:
        if entity.id != where.entity or not (sent.start_char <= start and end <= sent.end_char):
            continue
        root = _root_token(doc, start, end)
        if root is not None and predicates_between(trigger, root) == 0:
            return True
    return False


def _town_of_site_left_behind(
    carried: Where, sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """The town of a site the story stood at, for an act told a long while later: "a bomb
    was thrown at police in Haymarket Square in Chicago. A year later four of the accused
    were hanged" were hanged in Chicago. A sentence told at the same time ("The next
    morning they returned to the square") still stands at the site."""
    if not _told_long_after(sent):
        return None
    return town_of_site_told(sent.doc, sent.start_char, carried, places, exclude)


def town_of_site_told(
    doc: Doc,
    before: int,
    site_where: Where,
    places: Sequence[tuple[int, int, Entity]],
    exclude: set[str],
) -> Where | None:
    """The town of the site ``site_where`` told last before ``before`` (a square, a
    building): the place of an act that the story's site no longer holds; None when the
    place is no site, or no town is told for it."""
    lexicon = load_lexicon()
    sites = lexicon.facility_nouns | anchor_words().town_site_nouns
    told = [(start, e) for start, _, e in places if e.id == site_where.entity and start < before]
    if not told:
        return None
    start, site = max(told, key=lambda t: t[0])
    words = site.name.split()
    if not (site.kind == "facility" or (len(words) > 1 and words[-1].lower() in sites)):
        return None
    town = _town_of_site(doc, start, site, places, exclude)
    return where_for(town) if town is not None else None


def _town_of_site(
    doc: Doc,
    start: int,
    site: Entity,
    places: Sequence[tuple[int, int, Entity]],
    exclude: set[str],
) -> Entity | None:
    """The town a site named at ``start`` stands in: a town its own sentence names ("in
    Haymarket Square in Chicago"), else the last town the story named before it ("workers
    in Chicago walked out. Three days later a bomb was thrown in Haymarket Square")."""
    site_sent = doc.char_span(start, start + 1, alignment_mode="expand")
    if site_sent is None or not len(site_sent):
        return None
    home = site_sent[0].sent
    towns = [
        (s, e)
        for s, _, e in places
        if e.id not in exclude | {site.id} and _town_or_district(e) and s < home.end_char
    ]
    own = [e for s, e in towns if home.start_char <= s]
    before = [e for s, e in towns if s < home.start_char]
    if own:
        return own[0]
    return before[-1] if before else None


def _told_long_after(sent: Span) -> bool:
    """Does the sentence tell its own time, a month or more on ("A year later", "In 1887",
    "the next year"), rather than the same day or the next?"""
    units = anchor_words().distant_time_units
    return any(
        t.ent_type_ == "DATE"
        and (t.lemma_.lower() in units or (t.like_num and len(t.text) == 4 and t.text.isdigit()))
        for t in sent
    )


def _national_bodys_country(
    trigger: Token, sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """The country of a national body that does the act, where the act's own clause names
    no place: "the movement was banned by the Kenyan government, a week after police fired
    on a rally in Kisumu" was banned across Kenya, not in the town of the other clause."""
    bodies = anchor_words().national_body_nouns
    doers = {d.i for d in _doers(trigger) if d.lemma_.lower() in bodies}
    if not doers:
        return None
    country = None
    for start, end, entity in places:
        if not (sent.start_char <= start and end <= sent.end_char) or entity.id in exclude:
            continue
        root = _root_token(sent.doc, start, end)
        if root is None:
            continue
        if root.head.i in doers and root.dep_ in ("amod", "compound", "poss"):
            country = entity if _is_country(entity) else country
        elif predicates_between(trigger, root) == 0:
            return None  # "the government banned rallies in Mombasa": the clause's place
    return where_for(country) if country is not None else None


def _custody_told_next(
    sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """The town where the next sentence says someone was then held, for an act the story
    has placed nowhere yet.

    "The police came for him at dawn on 3 May. He was held for a week in the citadel at
    Lille": he was taken in the town he was held in, which is as near as the text comes
    to where; a place named before the act (:func:`narrative_place`) comes first.
    """
    doc = sent.doc
    text = doc_text(doc)
    if sent.end >= len(doc):
        return None
    after = doc[sent.end].sent
    if "\n\n" in text[sent.start_char : after.start_char]:
        return None
    confinement = anchor_words().confinement_verbs
    if not any(t.pos_ == "VERB" and t.lemma_.lower() in confinement for t in after):
        return None
    towns = [
        (start, entity)
        for start, end, entity in places
        if after.start_char <= start
        and end <= after.end_char
        and entity.id not in exclude
        and _town_or_district(entity)
    ]
    return where_for(min(towns, key=lambda t: t[0])[1]) if towns else None


def _a_national_vote(trigger: Token) -> bool:
    """ "voters cast ballots in the presidential election": a vote held across a whole
    country, whatever town the story watches it from."""
    words = anchor_words().national_vote_words
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in trigger.children)


def _a_secession_vote(trigger: Token) -> bool:
    """ "the 1995 sovereignty referendum", "a referendum on independence": a vote a region
    holds on leaving its country, held across that region, not in the capital a story
    about it is filed from."""
    words = anchor_words().secession_words
    told = [c for c in trigger.children if c.dep_ in ("amod", "compound")]
    told += [o for c in trigger.children if c.dep_ == "prep" for o in c.children]
    return any(t.lemma_.lower() in words for t in told)


def _region_told(sent: Span, places: Sequence[tuple[int, int, Entity]]) -> Where | None:
    """The region (a province, a state, a historic land) the sentence names last, actor or
    not: "Quebec held its sovereignty referendum in 1995" was held in Quebec."""
    regions = [
        (start, entity)
        for start, end, entity in places
        if sent.start_char <= start
        and end <= sent.end_char
        and entity.geo is not None
        and (entity.geo.feature or "").startswith(REGION_FEATURES)
    ]
    return where_for(max(regions, key=lambda r: r[0])[1]) if regions else None


def _country_told(
    sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """The country named last up to the end of the sentence: a national vote's place."""
    countries = [
        (start, entity)
        for start, _, entity in places
        if start < sent.end_char and entity.id not in exclude and _is_country(entity)
    ]
    return where_for(max(countries, key=lambda c: c[0])[1]) if countries else None


def _told_only_as_owner_or_goal(
    found: Where, sent: Span, places: Sequence[tuple[int, int, Entity]]
) -> bool:
    """Does the sentence name the place only as whose a site is, or where a thing was bound?

    "SPRINGFIELD, Ill. — People rallied outside the Sangamon County building": a
    region's name on a building says whose it is, and the building stands in the
    town the story is in; so does a country's on the doers ("Rwanda's army crossed
    into the hills" after a sentence in Goma). "He was shot dead in the street on his
    way to the Zongli Yamen", "hijacked a plane to Cuba": "to" under a noun tells where
    someone or something was headed, not where the act was. Either way the town the
    narrative stands in is where.
    """
    roots = [
        _root_token(sent.doc, start, end)
        for start, end, entity in places
        if entity.id == found.entity and sent.start_char <= start < sent.end_char
    ]
    if not roots:
        return False
    for root in roots:
        if root is None:
            return False
        owner = found.precision == 3 and (
            (root.dep_ == "compound" and root.head.lemma_.lower() in load_lexicon().facility_nouns)
            or root.dep_ == "poss"
        )
        goal = (
            root.dep_ == "pobj"
            and root.head.lower_ in ("to", "toward", "towards")
            and root.head.head.pos_ == "NOUN"
        )
        if not (owner or goal):
            return False
    return True


def names_its_people(surface: str, root: Token, entity: Entity) -> bool:
    """Is the mention a people's name the resolver took for their land?

    "killed dozens of Europeans", "thousands of Afghans crowded the runway": a plural
    the recogniser takes for a people (NORP), not the place's own name ("the
    Philippines", "the Falklands"), names who, not where; so does one of them ("shot by
    Said Akbar, an Afghan"). The resolver keeps the mention's words among the place's
    aliases, so only its name tells them apart.
    """
    one_of_them = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
    if root.ent_type_ != "NORP" or not (root.tag_ in ("NNS", "NNPS") or one_of_them):
        return False
    return name_key(surface) != name_key(entity.name)


def told_as_people(entity: Entity, sent: Span, places: Sequence[tuple[int, int, Entity]]) -> bool:
    """Is every mention of the place in the sentence a people's name ("dozens of Europeans")?

    An act done to a people ("killed dozens of Europeans there") is done where the
    sentence or the narrative stands, never in the land the people is named after.
    """
    text = doc_text(sent.doc)
    roots = [
        (text[start:end], _root_token(sent.doc, start, end))
        for start, end, named in places
        if named.id == entity.id and sent.start_char <= start < sent.end_char
    ]
    return bool(roots) and all(
        root is not None and names_its_people(surface, root, entity) for surface, root in roots
    )


def _clause_of(trigger: Token) -> list[Token]:
    """The trigger and the words it hangs on, up to the verb whose clause it is in."""
    clause = [trigger]
    for token in trigger.ancestors:
        if clause[-1].pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause[-1].children
        ):
            break
        clause.append(token)
    return clause


def pointed_place(
    trigger: Token,
    sent: Span,
    places: Sequence[tuple[int, int, Entity]],
    *,
    exclude: set[str],
    place_nouns: frozenset[str],
) -> Where | None:
    """The place a sentence naming none points back to with a word ("there", "the capital").

    "rode through the night to Delhi. The next morning they killed dozens there": "there"
    is the place named last, even a move's end, which the narrative's place is not.
    "BAMAKO, Mali - ... near Boni. In the capital, relatives protested": "the capital"
    is the capital the story named, however many places came after it. "rode to Delhi.
    They killed dozens in the city": "the city" is the town named last.
    """
    words = anchor_words()
    clause = _clause_of(trigger)
    heads = {t.i for t in clause}
    if any(
        c.dep_ == "advmod" and c.lower_ in words.place_pro_forms for t in clause for c in t.children
    ):
        return _last_named_place(sent, places, exclude=exclude, place_nouns=place_nouns)
    # "arrested on the island": an island is stood on
    locatives = (
        load_lexicon().locative_prepositions
        | MOVE_PREPOSITIONS - {"from"}
        | words.surface_prepositions
    )
    for token in sent:
        if token.lemma_.lower() not in words.town_pro_nouns | words.land_pro_nouns:
            continue
        if [c.lower_ for c in token.children] != ["the"]:
            continue  # "the city of Herat", "a town": a town of its own
        towns_only = token.lemma_.lower() in words.town_pro_nouns
        phrase = _phrase_told(token)
        told_in = phrase.dep_ == "pobj" and phrase.head.lower_ in locatives
        # "sent tanks into the city and arrested thousands": the move the act is joined
        # after brought its doers to the town
        moved_in = told_in and phrase.head.head.i == _first_conjunct(trigger).i < trigger.i
        if (
            (told_in and phrase.head.head.i in heads)
            or moved_in
            or (phrase.dep_ in ("nsubj", "nsubjpass", "dobj") and phrase.head.i in heads)
        ):
            # "before the city surrendered", "had bombed the town": the town it acts on;
            # at a paragraph's start, the town the paragraphs before told of.
            return _last_named_place(
                sent,
                places,
                exclude=exclude,
                place_nouns=place_nouns,
                towns_only=towns_only,
                until=token.idx,
            ) or _last_named_place(
                sent,
                places,
                exclude=exclude,
                place_nouns=place_nouns,
                towns_only=towns_only,
                until=token.idx,
                across_paragraphs=True,
            )
    for token in _capital_words(sent):
        told_on = _phrase_told(token).head.head
        # "rounded up thousands of people in the capital": the phrase hangs on the object
        on_object = told_on.dep_ == "dobj" and told_on.head.i in heads
        if told_on.i not in heads and not on_object:
            continue
        capital = _capital_named_before(sent.start_char, places, exclude)
        if capital is not None:
            return where_for(capital)
    return None


def _filed_town_pointed(
    trigger: Token, sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """The town the story was filed from, where the act's own clause points to it with
    "this" ("LOCKERBIE, Scotland - An airliner bound from Paris to Lagos exploded over
    this town"): the writer stands in the dateline's town, and the places of a route,
    a past or a side told around the act are not where it was."""
    words = anchor_words()
    heads = {t.i for t in _clause_of(trigger)}
    for token in sent:
        if token.lemma_.lower() not in words.town_pro_nouns | words.capital_nouns:
            continue
        if [c.lower_ for c in token.children] != ["this"]:
            continue
        phrase = _phrase_told(token)
        told_on = phrase.head.head if phrase.dep_ == "pobj" else phrase.head
        # "was ambushed near this city, and gunmen killed nine passengers": the verbs
        # joined by "and" tell one scene
        if told_on.i in heads or _first_conjunct(told_on).i == _first_conjunct(trigger).i:
            return _dateline_place(sent, places, exclude)
    return None


def _phrase_told(town: Token) -> Token:
    """The noun a town's word is told "of" ("escaped to the western half of the city",
    "marched through the streets of the capital": "half", "streets"), which hangs on the
    verb as the town itself would; the town's own word where it is told of nothing."""
    preposition = town.head
    if town.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.pos_ == "NOUN":
        return preposition.head
    return town


def _capital_words(sent: Span) -> list[Token]:
    """The bare words for a capital a sentence tells as where ("in the capital"), not a
    capital of its own ("the capital of Mali", "the Malian capital")."""
    words = anchor_words()
    return [
        token
        for token in sent
        if token.lemma_.lower() in words.capital_nouns
        and token.dep_ == "pobj"
        # a clause on it ("the capital, which fell in May") still names the capital told
        and all(c.dep_ in ("det", "acl", "relcl") for c in token.children)
    ]


def _capital_of_country_told(
    trigger: Token, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Entity | None:
    """The capital the text names of a country that the act's own phrase tells the capital
    of ("a siege of the Lebanese capital", "protested in the capital of Mali", "shelled the
    Syrian capital"): that town, wherever the text names it, and not the country."""
    words = anchor_words()
    capitals = [
        c
        for c in (*trigger.children, *(g for p in trigger.children for g in p.children))
        if c.lemma_.lower() in words.capital_nouns
        and ((c.dep_ == "dobj" and c.head.i == trigger.i) or c.dep_ == "pobj")
    ]
    marks = [
        m
        for c in capitals
        for m in (
            *(k for k in c.children if k.dep_ in ("amod", "compound")),
            *(g for k in c.children if k.lower_ == "of" for g in k.children),
        )
    ]
    codes = {
        entity.geo.country_code
        for start, end, entity in places
        if entity.geo is not None
        and (entity.geo.feature or "").startswith("PCL")
        and any(start <= mark.idx < end for mark in marks)
    }
    return next(
        (
            entity
            for _, _, entity in places
            if entity.id not in exclude
            and entity.geo is not None
            and entity.geo.feature in words.capital_features
            and entity.geo.country_code in codes
        ),
        None,
    )


def _capital_named_before(
    limit: int, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Entity | None:
    """The capital the text named last before the character ``limit`` (its dateline, most
    often): the one "the capital" points to."""
    features = anchor_words().capital_features
    capitals = [
        (start, entity)
        for start, _, entity in places
        if start < limit
        and entity.id not in exclude
        and entity.geo is not None
        and entity.geo.feature in features
    ]
    return max(capitals, key=lambda c: c[0])[1] if capitals else None


def _town_of_named_site(
    trigger: Token, sent: Span, places: Sequence[tuple[int, int, Entity]], *, exclude: set[str]
) -> Where | None:
    """The town a site told as where the act was is named after, in a sentence naming no place.

    "students rallied at Dhaka University", "a rocket hit Kandahar Airfield": the town's
    name inside the site's is the place the event can be mapped to, nearer the truth
    than the place of the sentence before.
    """
    lexicon = load_lexicon()
    found = []
    for start, end, entity in places:
        if entity.id in exclude or not (sent.start_char <= start and end <= sent.end_char):
            continue
        root = _root_token(sent.doc, start, end)
        if root is None or root.dep_ != "compound" or entity.geo is None:
            continue
        if _geo_precision(entity) != 1:
            continue
        site = root.head
        while site.dep_ == "compound" and site.head.pos_ == "PROPN":
            site = site.head
        if site.pos_ != "PROPN" or site.lemma_.lower() not in lexicon.facility_nouns:
            continue
        told_at = site.dep_ == "pobj" and site.head.lower_ in lexicon.locative_prepositions
        if (told_at or site.head.i == trigger.i) and tree_distance(trigger, site) <= PLACE_REACH:
            found.append((tree_distance(trigger, site), entity))
    return where_for(min(found, key=lambda f: f[0])[1]) if found else None


def _root_as_location(
    doc: Doc, text: str, start: int, end: int, entity: Entity, place_nouns: frozenset[str]
) -> Token | None:
    """The root of a place's mention where the mention names a location, else None: not
    an adjective ("Iraqi forces"), not a people ("the Kurds"), not a modifier of a noun
    that is no place ("Ukrainian forces", but "the Kandahar province")."""
    root = _root_token(doc, start, end)
    if root is None or root.pos_ == "ADJ" or names_its_people(text[start:end], root, entity):
        return None
    if root.dep_ in MODIFIER_DEPS and not _names_a_place_noun(root, place_nouns):
        return None
    return root


def _last_named_place(
    sent: Span,
    places: Sequence[tuple[int, int, Entity]],
    *,
    exclude: set[str],
    place_nouns: frozenset[str],
    towns_only: bool = False,
    until: int | None = None,
    across_paragraphs: bool = False,
) -> Where | None:
    """The place (or, ``towns_only``, the town) named last before the sentence (or
    before the character ``until``), as a location, within the paragraph (or, with
    ``across_paragraphs``, within ``NARRATIVE_REACH``). A town that says where someone
    comes from ("steelworkers from Hennigsdorf marched in") is not the town the story
    stands in."""
    doc = sent.doc
    text = doc_text(doc)
    floor = sent.start_char - NARRATIVE_REACH
    if not across_paragraphs:
        floor = max(text.rfind("\n\n", 0, sent.start_char), floor)
    limit = sent.start_char if until is None else until
    named = []
    for start, end, entity in places:
        if entity.id in exclude or not floor < start or end > limit:
            continue
        root = _root_as_location(doc, text, start, end, entity, place_nouns)
        if root is None:
            continue
        if _geo_precision(entity) == 3 and _follows_a_place(root, places, place_nouns):
            continue  # "to Entebbe in Uganda. ... there": the town, not the land it lies in
        if _end_of_a_route(None, root) or locates_the_place_before(doc, start, places):
            continue  # "bound for New York", ", near Limoges": not where they got, or were
        if towns_only and (
            not _town_or_district(entity)
            or _where_people_were_moved(root)
            or _move_told_aside(root)
            or _origin_of_someone(root)
        ):
            continue
        named.append((start, entity))
    return where_for(max(named, key=lambda n: n[0])[1]) if named else None


def _yields_to_carried(
    found: Where, carried: Where, sent: Span, places: Sequence[tuple[int, int, Entity]]
) -> bool:
    """Does a name no gazetteer places give way to the place the story stands in?

    "MARSEILLE - Fans clashed in the Old Port", "QUETTA (APP) - Police charged
    teachers outside the Balochistan Assembly": a site or body with no point of
    its own ("the Old Port", an assembly, a hospital) lies in the dateline's or the
    narrative's town, which the event can be mapped to. A name not told as a
    location at all ("the Mamluk army under Qutuz") is not where, and gives way to
    whatever place the narrative had reached.
    """
    if found.lat is not None:
        return False
    lexicon = load_lexicon()
    for start, end, entity in places:
        if entity.id != found.entity or not sent.start_char <= start < sent.end_char:
            continue
        root = _root_token(sent.doc, start, end)
        if root is None:
            continue
        if not named_as_location(root, lexicon):
            return True
        if _names_a_named_site(root):
            return False
        words = entity.name.split()
        site = entity.kind in ("organization", "facility", "group") or (
            len(words) > 1 and words[-1].lower() in lexicon.facility_nouns
        )
        # "near the Sambisa forest" after a sentence in Borno, "on Syntagma Square" after
        # one about Greece: a region or country told before holds the site but is no
        # finer place for it; the site told in the act's own clause stands.
        return site and carried.lat is not None and carried.precision != 3
    return False


def _filed_town_of_site(
    found: Where,
    carried: Where | None,
    sent: Span,
    places: Sequence[tuple[int, int, Entity]],
    exclude: set[str],
) -> Where | None:
    """The dateline's town, for a named site with no point of its own told under it.

    A square, a building or a ministry ("Syntagma Square", "the Interior Ministry") lies
    in a town; under a dateline, in the town the story was filed from, so long as that
    town lies in the region or country the narrative had reached (``carried``, if
    any). A natural feature ("the Sambisa forest") lies in no town, and keeps its own
    name.
    """
    if found.lat is not None or not _under_dateline(sent, places):
        return None
    lexicon = load_lexicon()
    entity = next((e for _, _, e in places if e.id == found.entity), None)
    words = entity.name.split() if entity is not None else []
    if entity is None or not (
        entity.kind == "facility"
        or (len(words) > 1 and words[-1].lower() in lexicon.facility_nouns)
    ):
        return None
    filed = _dateline_place(sent, places, exclude)
    town = next((e for _, _, e in places if filed is not None and e.id == filed.entity), None)
    if filed is None or town is None or town.geo is None or _geo_precision(town) != 1:
        return None
    if carried is None:
        return filed
    region = next((e for _, _, e in places if e.id == carried.entity), None)
    if region is None or region.geo is None or town.geo.country_code != region.geo.country_code:
        return None
    return filed


def named_as_location(root: Token, lexicon: EventLexicon) -> bool:
    """Is the name told as where something is: after "in", "near", "to", "from", "across"
    ..., or as a named place ("the town of Togoga", "the Medina district")?"""
    if root.dep_ == "pobj":
        preposition = root.head.lower_
        words = anchor_words()
        if (
            preposition in lexicon.locative_prepositions
            or preposition in MOVE_PREPOSITIONS
            or preposition in words.spread_prepositions
        ):
            return True
        if preposition in words.surface_prepositions and (
            _names_a_site(root, lexicon) or _told_as_ground(root)
        ):
            return True
        return preposition == "of" and root.head.head.lemma_.lower() in lexicon.place_nouns
    return root.dep_ not in MODIFIER_DEPS or _names_a_place_noun(root, lexicon.place_nouns)


def _names_a_site(root: Token, lexicon: EventLexicon) -> bool:
    """Does the name end in a word for a site or natural feature ("Syntagma Square")?"""
    last = root.lemma_.lower()
    return last in lexicon.facility_nouns or last in anchor_words().landform_nouns


def _where_in_sentence(
    trigger: Token,
    sent: Span,
    places: Sequence[tuple[int, int, Entity]],
    *,
    exclude: set[str],
    prefer_destination: bool,
    place_nouns: frozenset[str],
    town_nouns: frozenset[str],
    from_origin: bool = False,
) -> Where | None:
    doc = sent.doc
    lexicon = load_lexicon()
    prepositions = lexicon.locative_prepositions
    dateline = dateline_places(doc, places)
    if from_origin and not _origin_told(trigger) and _destinations(trigger) == 1:
        from_origin, prefer_destination = False, True  # "deported to Kabarnet": told only there
    candidates: list[tuple[int, int, Entity]] = []
    roots: list[Token] = []
    loose: set[int] = set()  # candidates no gazetteer places and the writer does not pin
    for start, end, entity in places:
        if not (sent.start_char <= start and end <= sent.end_char):
            continue
        if start in dateline:
            continue  # the story's place, where nothing nearer is told (narrative_place)
        if _inside_longer_name(start, end, places):
            continue
        root = _root_token(doc, start, end)
        if root is None or root.pos_ == "ADJ" or _hyphen_modifier(root):
            continue
        if entity.id in exclude and not _told_as_ground(root):
            # an actor is no place, unless the sentence tells the ground it stood on: "on
            # Jolo" is where the clash was, whoever the recogniser took Jolo for.
            continue
        if names_its_people(doc_text(doc)[start:end], root, entity):
            continue
        if _another_acts_place(trigger, root, lexicon) or _in_joined_clause(trigger, root):
            continue
        if _asked_by(root) or locates_the_place_before(doc, start, places):
            continue
        if _origin_of_someone(root) or _title_of_someone(root) or _past_told_of(trigger, root):
            continue
        if _origin_of_a_party_sent(trigger, root) or _end_of_a_route(trigger, root):
            continue
        if _end_of_a_later_move(trigger, root) or _end_of_a_move_told_of_someone(trigger, root):
            continue
        dropped = _dropped_locative(root, prepositions) if root.dep_ in MODIFIER_DEPS else None
        if dropped is not None:
            distance = tree_distance(trigger, dropped) + 1
        elif root.dep_ not in MODIFIER_DEPS or _names_a_place_noun(root, place_nouns):
            distance = tree_distance(trigger, root)
            if root.dep_ in MODIFIER_DEPS and _is_country(entity):
                # "the US AID building in La Paz", "the Israel Tourist Office in
                # Copenhagen": a country in front of a building says whose it is; the
                # town the building stands in is where, and the country stands only
                # where the sentence names no other place.
                distance += PLACE_REACH + 1
        elif (
            _court_of_its_town(root, entity)
            and trigger in root.ancestors
            and predicates_between(trigger, root) == 0
        ):
            # "two days after police detained him at the Lahore High Court": the court the
            # act's own phrase names sits where the act was; a place the clause above names
            # ("lawyers rallied in Quetta") is that clause's.
            distance = 0
        elif _town_modifier(root, entity):
            distance = tree_distance(trigger, root) + 1
        elif root.dep_ == "poss" and _is_country(entity) and root.head in _clause_doers(trigger):
            # "Peru's ruling party split": the doer's country is where, at a country's
            # precision, when the sentence tells no other place.
            distance = tree_distance(trigger, root) + PLACE_REACH + 1
        else:
            continue  # "Ukrainian forces", "an Armenian church": who or what, not where
        if (_geo_precision(entity) == 3 or _named_as_region(root)) and _follows_a_place(
            root, places, place_nouns
        ):
            # "in Tijuana, Baja California": the region locates the town, wherever the
            # parser hangs it; it is the place only when no other is near.
            distance += PLACE_REACH
        elif _of_a_named_place(root, place_nouns):
            distance += 3
        elif (
            _geo_precision(entity) != 3
            and _town_name(doc_text(doc)[start:end], place_nouns, town_nouns)
            and _qualified(end, places, doc_text(doc), town_nouns)
        ):
            # "outside an office in Jacobabad city (Jacobabad, Sindh)": the town the
            # writer pins down with its districts is where it happened; the office,
            # base or neighbourhood lies inside it.
            distance -= QUALIFIED_BONUS
        pinned = _qualified(end, places, doc_text(doc), place_nouns | town_nouns) or (
            _names_a_place_noun(root, place_nouns)
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.head.children)
        )
        if entity.geo is None and not pinned:
            # "a body found in Colonia Colinas (unknown) ... in Pesqueria, Nuevo Leon":
            # a name no gazetteer places loses to a known place about as close, which
            # the event can be mapped to; not so one the writer locates ("in Kajaki
            # district, Helmand"), which is the finest place told.
            distance += UNLOCATED_PENALTY
            loose.add(len(candidates))
        preposition = root.head.lower_ if root.dep_ == "pobj" else ""
        if dropped is not None:
            preposition = dropped.lower_
        if from_origin and preposition in MOVE_PREPOSITIONS - {"from"}:
            continue  # "deported them from Chechnya to Kazakhstan": where from, not where sent
        if preposition == "from" and prefer_destination:
            distance += 10
        if preposition == "to" and not prefer_destination:
            # "hijacked a plane to Cuba": where it went, not where it was done; a place of
            # the act itself ("from Santo Domingo", "in Tokyo") anywhere in the sentence
            # is the better one, and the destination stands only where none is named.
            distance += PLACE_REACH + 1
        if preposition == "against":
            # "rioted before England's match against Russia": whom something is against
            # is a side; it is where only when the sentence names no other place.
            distance += PLACE_REACH + 1
        if preposition in ("in", "at", "near", "to", "into", "inside"):
            distance -= 1
        candidates.append((distance, abs(start - trigger.idx), entity))
        roots.append(root)
    antecedent = _where_antecedent(trigger)
    for root, (_, _, entity) in zip(roots, candidates, strict=True):
        if antecedent is not None and antecedent in (root, _place_noun_of(root)):
            return where_for(entity)
    candidates = _mapped_by_host(candidates, roots)
    # "landed at Pisagua and entered Lima": a place of the trigger's own clause before one
    # told under another verb, which is that verb's.
    # "defeated them at the Waterberg and drove the survivors into the Omaheke desert":
    # a place on the verb the trigger is joined to is that verb's too.
    verbs = [
        predicates_between(trigger, root) + _in_other_conjunct(trigger, root) for root in roots
    ]
    own = min(verbs, default=0)
    candidates = [
        (d + OTHER_CLAUSE_PENALTY * (n - own), o, e)
        for n, (d, o, e) in zip(verbs, candidates, strict=True)
    ]
    # "On 9 May, in Temixco, Morelos, armed men shot a man in Colonia los Presidentes":
    # where the sentence names a town the gazetteer places, that town is where the event
    # can be mapped, and a quarter, site or stray name it cannot place gives way to it
    # however near the trigger it stands.
    # A town told in another verb's clause ("landed at Pisagua and entered Lima") is that
    # verb's, and leaves the trigger's own place, known to the gazetteer or not, alone.
    if any(_town_or_district(c[2]) and n == own for c, n in zip(candidates, verbs, strict=True)):
        candidates = [
            (d + PLACE_REACH + 1, o, e) if n in loose else (d, o, e)
            for n, (d, o, e) in enumerate(candidates)
        ]
    near = [c for c in candidates if c[0] <= PLACE_REACH]
    if near:
        best = min(near, key=lambda c: (c[0], c[1]))
        n = candidates.index(best)
        if (
            _is_country(best[2])
            and verbs[n] > 0
            and _filed_within(sent, places, [best[2]], exclude) is not None
        ):
            # "KABUL - Taliban fighters entered the palace ..., completing a sweep across
            # Afghanistan": a country told of another verb's act is no place of this
            # one, which stands where the story was filed (narrative_place).
            return None
        return where_for(best[2])
    # A sentence names one place for what it tells, however the parser attached it:
    # the finest place in the sentence, the nearest of those.
    located = [n for n, c in enumerate(candidates) if c[2].geo is not None]
    located = located or list(range(len(candidates)))
    if not located:
        return None
    if all(_is_country(candidates[n][2]) for n in located) and _under_dateline(sent, places):
        # "NEW YORK — The Council voted to authorize force against Iraq": a country far
        # from the trigger is more likely a side than where the story was told.
        return None

    def rank(n: int) -> tuple[int, bool, bool, int]:
        # Among regions, a district before its province ("in Temixco, Morelos"); among
        # towns, one told as where before one told as whose a thing is ("at its Dublin
        # conference voted to recognise the parliaments of Dublin and Belfast; ... formed
        # a new party").
        _, offset, entity = candidates[n]
        return (
            _geo_precision(entity),
            not _town_or_district(entity),
            _owner_of_a_thing(roots[n]),
            offset,
        )

    return where_for(candidates[min(located, key=rank)][2])


def _owner_of_a_thing(root: Token) -> bool:
    """Is the place told "of" something that is no place ("the Duke of Monmouth"), or "of"
    things that several places each own ("the parliaments of Dublin and Belfast")? It says
    whose the thing is, not where anything was done ("the village of Dalwa", "the outskirts
    of Homs" are places)."""
    joined = bool(root.conjuncts)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owned = root.head.head
    lexicon = load_lexicon()
    places = lexicon.place_nouns | lexicon.partitive_nouns
    return owned.pos_ in ("NOUN", "PROPN") and (joined or owned.lemma_.lower() not in places)


def _inside_longer_name(start: int, end: int, places: Sequence[tuple[int, int, Entity]]) -> bool:
    """Is the place name a part of a longer place name told around it?

    "the Herero of German South West Africa": "Africa" inside the colony's name is no
    place of its own, and a continent must not stand for the colony it names. A place
    inside the name of a body or a site ("the Nineveh Provincial Council") still tells
    where the body sits.
    """
    return any(
        other_start <= start
        and end <= other_end
        and other_end - other_start > end - start
        and other.kind == "place"
        for other_start, other_end, other in places
    )


def _where_antecedent(trigger: Token) -> Token | None:
    """The noun a "where" clause holding the trigger hangs on, if any.

    "near the village of Agincourt, where on 25 October it defeated a French
    force": the relative "where" says the act took place at the noun it follows,
    however far a place of another clause ("toward Calais") stands in the tree.
    """
    for verb in [trigger, *trigger.ancestors]:
        if verb.dep_ == "relcl":
            if any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
                return verb.head
            return None
    return None


def _place_noun_of(root: Token) -> Token | None:
    """ "the village of Agincourt": the word for a place that the name is the "of" of."""
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head
    return None


def _stated_place(
    trigger: Token, sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """A place told "in" or "at" of the act itself, not one its words are about.

    "signed a peace agreement in Jeddah", "The treaty, signed in Washington", "a
    court in Istanbul sentenced", "an agreement was signed at Camp David": the
    phrase hangs on the trigger, on its doer, on the verb the trigger is the
    subject or object of, or on a participle of the trigger. "ceded Tarapaca to
    Chile" or "force against Iraq" name what the treaty or the vote is about.
    """
    hosts = {trigger.i}
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        hosts.add(trigger.head.i)
    hosts.update(c.i for c in trigger.children if c.dep_ == "acl")
    # "Speaking in Bamako, the army chief denied it": a participle with no subject of
    # its own tells the circumstances of the act, its place among them
    hosts.update(
        c.i
        for c in trigger.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    )
    hosts.update(d.i for d in _doers(trigger))
    found = []
    for start, end, entity in places:
        if entity.id in exclude or not (sent.start_char <= start and end <= sent.end_char):
            continue
        root = _root_token(sent.doc, start, end)
        if root is not None and _court_named_for(root, hosts):
            found.append((_geo_precision(entity), start, entity))
            continue
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
            continue
        if _phrase_of(root.head, hosts) or _court_of_the_act(trigger, root.head.head):
            found.append((_geo_precision(entity), start, entity))
    if found:
        return where_for(min(found, key=lambda f: (f[0], f[1]))[2])
    # "ASTANA - ... Back in the capital, the interior minister denied it": "the capital"
    # told of the act is the capital the story named, its dateline's most often.
    told = any(
        token.head.lower_ in ("in", "at") and _phrase_of(token.head, hosts)
        for token in _capital_words(sent)
    )
    capital = _capital_named_before(sent.start_char, places, exclude) if told else None
    return where_for(capital) if capital is not None else None


def _phrase_of(preposition: Token, hosts: set[int]) -> bool:
    """Does the phrase hang on one of the act's words, directly or through an adverb of
    it ("Back in Havana, the minister denied it": "in" hangs on "back", on "denied")?"""
    head = preposition.head
    if head.dep_ == "advmod" and head.pos_ == "ADV":
        head = head.head
    return head.i in hosts


def _meeting_place(
    trigger: Token, sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """The place told of the meeting the act was done at or after: "split at its second
    congress, held in Brussels and London" (Brussels), "after three weeks of talks at an air
    base in Dayton, Ohio, the presidents initialled a peace agreement" (Dayton). The
    meeting hangs on the trigger, or on the verb the trigger is the subject or object of,
    through prepositions and nouns only ("weeks of talks"), and the place on the meeting,
    on a participle of it ("held in"), or on a site it was held at ("at an air base in")."""
    hosts = {trigger.i}
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        hosts.add(trigger.head.i)
    meetings = anchor_words().meeting_nouns
    for start, end, entity in sorted(places, key=lambda p: p[0]):
        if entity.id in exclude or not (sent.start_char <= start and end <= sent.end_char):
            continue
        root = _root_token(sent.doc, start, end)
        while root is not None and root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        # Up from the place through "in"/"at" and the sites they name to the meeting.
        holder = None
        for _ in range(3):
            if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
                break
            holder = root.head.head
            if holder.dep_ == "acl" and holder.pos_ == "VERB":
                holder = holder.head
            if _names_a_meeting(holder, meetings):
                break
            root = holder
        if holder is None or not _names_a_meeting(holder, meetings):
            continue
        # Up from the meeting through prepositions and nouns to the act.
        step: Token = holder
        for _ in range(4):
            if step.dep_ not in ("pobj", "prep") or step.head.i == step.i:
                break
            step = step.head
            if step.i in hosts:
                return where_for(entity)
            if step.pos_ not in ("ADP", "NOUN"):
                break
    return None


def _names_a_meeting(token: Token, meetings: frozenset[str]) -> bool:
    """Is ``token`` a meeting's noun, as written or as its lemma ("talks" lemmatises to "talk",
    which is no meeting)?"""
    return token.lower_ in meetings or token.lemma_.lower() in meetings


def _court_named_for(root: Token, hosts: set[int]) -> bool:
    """ "A Lisbon court convicted three officers": a court named for its town, doing the
    act, sits in that town."""
    return (
        root.dep_ == "compound"
        and root.head.i in hosts
        and root.head.lemma_.lower() in anchor_words().court_nouns
    )


def _court_of_the_act(trigger: Token, site: Token) -> bool:
    """Is ``site`` a court the trigger's clause brings someone before? "were flown to a
    court in Abuja and charged with treason", "appeared before a tribunal in Arusha and
    pleaded not guilty": the court sits where the charge or plea is made."""
    if site.lemma_.lower() not in anchor_words().court_nouns:
        return False
    clause = {trigger.i}
    if trigger.dep_ == "conj":
        clause.add(trigger.head.i)
    verb = next((t for t in site.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i in clause


def _doers_country(
    trigger: Token, sent: Span, places: Sequence[tuple[int, int, Entity]], filed: Where | None
) -> Where | None:
    """The country whose the doer is, told in the possessive ("Peru's ruling party split"):
    a party, a parliament or a court acts in its own country. A court told by its
    country's word ("a Cypriot court sentenced") sits there too. A dateline town in that
    country is the finer place, and stands."""
    doers = {d.i for d in _doers(trigger)}
    court_nouns = anchor_words().court_nouns
    for start, end, entity in places:
        if not (sent.start_char <= start and end <= sent.end_char) or not _is_country(entity):
            continue
        root = _root_token(sent.doc, start, end)
        if root is None or root.head.i not in doers:
            continue
        national_court = root.dep_ in ("amod", "compound") and root.head.lower_ in court_nouns
        if root.dep_ != "poss" and not national_court:
            continue
        town = next((e for _, _, e in places if filed is not None and e.id == filed.entity), None)
        within = (
            town is not None
            and town.geo is not None
            and entity.geo is not None
            and town.geo.country_code == entity.geo.country_code
        )
        return None if within else where_for(entity)
    return None


def _clause_doers(trigger: Token) -> list[Token]:
    """The trigger's doers, or, for an act told as a noun in its clause's object or
    phrase, the doers of that clause's verb: "Portugal's Socialist Party lost its
    majority in a snap vote" was a vote in Portugal."""
    verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("pobj", "dobj") and verb.pos_ == "VERB":
        return _doers(trigger) + _doers(verb)
    return _doers(trigger)


def _doers(trigger: Token) -> list[Token]:
    """Who does the trigger's act: its subject, its agent, or the subject it shares with
    the verb it is joined to ("a court in Diyarbakir convicted four and sentenced them")."""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [c for c in trigger.children if c.dep_ == "agent"]
    return doers + [o for a in agents for o in a.children if o.dep_ == "pobj"]


def _dateline_place(
    sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """The town of the last dateline before the sentence: where the story was filed
    ("MARDIN, Turkey (wire) -" is Mardin)."""
    starts = dateline_places(sent.doc, places)
    filed = [
        (start, entity)
        for start, _, entity in places
        if start in starts and start < sent.end_char and entity.id not in exclude
    ]
    if not filed:
        return None
    last = max(start for start, _ in filed)
    line = [f for f in filed if last - f[0] <= DATELINE_CHARS]
    return where_for(min(line, key=lambda f: (_geo_precision(f[1]), f[0]))[1])


def dateline_places(doc: Doc, places: Sequence[tuple[int, int, Entity]]) -> set[int]:
    """Where the places of a wire dateline start ("THE HAGUE, July 8 —", "NEW YORK (AP) -").

    A dateline says where the story was filed, not what any clause of it tells: the
    parser hangs it on the first sentence at random, so it stands as the story's
    place (:func:`narrative_place`), never as a place the sentence names.
    """
    spans = _dateline_spans(doc_text(doc))
    return {start for start, _, _ in places if any(a <= start < b for a, b in spans)}


@lru_cache(maxsize=8)
def _dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where each paragraph's wire dateline lies, found once per text: events ask for
    them sentence by sentence, and a long text has many paragraphs to scan."""
    spans = []
    for paragraph in PARAGRAPH_START.finditer(text):
        match = WIRE_DATELINE.match(text, paragraph.end())
        if match is not None:
            spans.append(match.span())
    return tuple(spans)


def _under_dateline(sent: Span, places: Sequence[tuple[int, int, Entity]]) -> bool:
    """Does a dateline open the paragraph this sentence is in?"""
    text = doc_text(sent.doc)
    floor = text.rfind("\n\n", 0, sent.start_char)
    return any(floor < start < sent.end_char for start in dateline_places(sent.doc, places))


def _mapped_by_host(
    candidates: list[tuple[int, int, Entity]], roots: list[Token]
) -> list[tuple[int, int, Entity]]:
    """ "students at Mvara School in Arua torched a block": the known town that locates
    an unplaced site or quarter stands for it.

    A site no gazetteer places ("Mvara Secondary School", "the Education
    Ministry") told "in" or "at" a place it does know lies in that place: the
    event is mapped to the place, as near the trigger as the site.
    """
    heads = {root.i: n for n, root in enumerate(roots)}
    result = list(candidates)
    for n, root in enumerate(roots):
        distance, offset, entity = result[n]
        phrase = root.head if root.dep_ == "compound" else root
        if entity.geo is None or phrase.dep_ != "pobj" or phrase.head.lower_ not in ("in", "at"):
            continue
        if _is_country(entity):
            continue  # "at Ain Jalut in Palestine": the name told is finer than its country
        host = phrase.head.head
        site = heads.get(host.i)
        if site is None:  # "Mvara Secondary School": the host noun, named by compounds
            site = next((heads[c.i] for c in host.children if c.i in heads), None)
        if site is not None and site != n and _placed_by(candidates[site][2], entity):
            result[n] = (min(distance, candidates[site][0] - 1), offset, entity)
    return result


def _placed_by(site: Entity, host: Entity) -> bool:
    """Does the site have no place of its own but the host's?

    "the Grand Hotel in Brighton": the resolver gives a site it cannot find the
    point of the town it is told in; with no gazetteer entry of its own, the site
    is mapped to that town, as one it has no point for at all is.
    """
    if site.geo is None:
        return True
    return (
        not site.kb
        and host.geo is not None
        and (site.geo.lat, site.geo.lon) == (host.geo.lat, host.geo.lon)
    )


def _origin_of_someone(root: Token) -> bool:
    """ "Robert Blum, a deputy from Frankfurt, was executed": a place "from" which a
    person or group told as a noun comes says who they are, not where the act was."""
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "from"
        and preposition.head.pos_ in ("NOUN", "PROPN")
        and preposition.head.ent_type_ not in ("GPE", "LOC", "FAC")
        and preposition.head.lemma_.lower() not in load_lexicon().words
    )


def _origin_of_a_party_sent(trigger: Token, root: Token) -> bool:
    """ "A commission sent from Moscow blamed the leaders, and the first secretary
    resigned": the place a party told as a noun was sent or brought "from" says where it
    came from, not where another act of the sentence was; only the move itself
    ("refugees expelled from Chechnya") is placed there. A party on its way ("an airliner
    flying from Santo Domingo was hijacked") is where its journey was, not one sent."""
    preposition = root.head
    moved = preposition.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "from"
        and moved.dep_ == "acl"
        and moved.tag_ == "VBN"
        and moved.head.pos_ in ("NOUN", "PROPN")
        and moved.i != trigger.i
    )


def _end_of_a_route(trigger: Token | None, root: Token) -> bool:
    """Is the place where a vehicle or party told with its route was going ("an airliner
    bound from Paris to Lagos", "a bus travelling to Lahore")? It had not got there: what
    befell it on the way was not there, nor is it where the story then stands. Where it
    set out from ("an airliner flying from Santo Domingo was hijacked") may be where the
    act began. With no trigger, the place is asked about as the story's place."""
    preposition = root.head
    route = preposition.head
    if root.dep_ != "pobj" or route.dep_ != "acl":
        return False
    if trigger is not None and route.i == trigger.i:
        return False
    ends = {c.lower_ for c in route.children if c.dep_ == "prep"} & MOVE_PREPOSITIONS
    going = preposition.lower_ in (ends | {"for"}) - {"from"}
    return going and route.head.pos_ in ("NOUN", "PROPN")


def _past_told_of(trigger: Token, root: Token) -> bool:
    """Is the place in a relative clause on someone that tells, in the past perfect, a
    stretch of months or years before the act ("the opposition leader, who had spent
    three years in the United States, was shot at the airport")? That was their past, not
    where the act was; a clause on what was going on ("a policeman who was guarding a
    checkpoint in Kabul", "supporters who had gathered outside the parliament in
    Tbilisi") or on the act itself ("the unrest that had begun in Palermo") may be."""
    for token in root.ancestors:
        if token.dep_ == "relcl":
            inside = token.left_edge.i <= trigger.i <= token.right_edge.i
            described = token.head.i == trigger.i
            past = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)
            units = anchor_words().distant_time_units
            long_ago = any(t.lemma_.lower() in units for t in token.subtree)
            return not (inside or described) and past and long_ago
    return False


def _title_of_someone(root: Token) -> bool:
    """ "Baldwin of Flanders was crowned in the cathedral": a place "of" which a person
    named by a proper name is lord or native is part of what the person is called, not
    where the act was."""
    preposition = root.head
    person = preposition.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "of"
        and person.pos_ == "PROPN"
        and person.ent_type_ == "PERSON"
    )


def _an_end_of_a_move(root: Token) -> bool:
    """Is the place in a phrase of where something went or came from, below its verb?

    "Men were taken from the hospital to a farm at Ovcara": the farm is where
    they were brought, not where the story stands.
    """
    return _move_preposition(root) is not None


def _move_preposition(root: Token) -> Token | None:
    """The preposition of a move's end ("to", "from", "into") that the place lies under,
    below its verb, if any."""
    departures = anchor_words().departure_verbs
    for token in root.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.dep_ == "prep" and token.lower_ in MOVE_PREPOSITIONS:
            return None if _aims_an_act(token) else token
        if token.dep_ == "prep" and token.lower_ == "for" and token.head.lemma_ in departures:
            return token  # "set off on foot for the village of Sitra", "sailed for Lisbon"
    return None


def _end_of_a_later_move(trigger: Token, root: Token) -> bool:
    """Is the place where a move joined after the trigger went ("resigned and fled to
    England", "abdicated and sailed for Lisbon")? The destination is the move's own: the
    act told before the move was done where the move began, not where it ended. A move
    told before the act ("rode to Delhi and sacked the city") brings its doers to the
    place of the act, and is not one of these."""
    preposition = _move_preposition(root)
    if preposition is None or preposition.lower_ == "from":
        return False
    # "detained the cleric and put him on a flight to Beirut": the move's verb may hold
    # the destination through the noun of its means
    verb = _verb_of_phrase(preposition)
    return (
        verb.pos_ == "VERB"
        and verb.i > trigger.i
        and trigger.pos_ == "VERB"
        and _first_conjunct(verb).i == _first_conjunct(trigger).i
    )


def _end_of_a_move_told_of_someone(trigger: Token, root: Token) -> bool:
    """Is the place where someone the act befell was moved, in a clause on them ("arrested
    thousands of leftists, among them my father, who was deported to Gyaros")? That is
    the move's place, told of the person, not where the arrests were."""
    preposition = _move_preposition(root)
    if preposition is None:
        return False
    verb = _verb_of_phrase(preposition)
    return verb.dep_ == "relcl" and verb.i != trigger.i and trigger in verb.ancestors


def _verb_of_phrase(preposition: Token) -> Token:
    """The verb a preposition's phrase belongs to, through the nouns it hangs on ("put him
    on a flight to Beirut": "put")."""
    verb = preposition.head
    while verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head
    return verb


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs joined with ``verb`` by "and", "or", "then"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _entered_by_doers(root: Token) -> bool:
    """Is the place where the doers of an active verb went into ("gunmen burst into a
    school in Beslan", "troops pushed into the town")? The story follows them there, as
    it does not follow people taken "to" a camp or fleeing "to" a border."""
    preposition = _move_preposition(root)
    if preposition is None or preposition.lower_ not in anchor_words().entry_prepositions:
        return False
    verb = preposition.head
    return verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubjpass" for c in verb.children)


def _move_told_aside(root: Token) -> bool:
    """Is the place where someone went in a clause that describes them ("the government
    of Adolphe Thiers, which withdrew to Versailles")? The story does not follow a side
    told of in passing: "Government troops retook the city" is the city it stood in."""
    preposition = _move_preposition(root)
    return preposition is not None and preposition.head.dep_ == "relcl"


def _aims_an_act(preposition: Token) -> bool:
    """Does "to" aim an act named by the verb's object at its place ("laid siege to the
    legations in Beijing", "set fire to the market"), rather than end a move ("took the
    prisoners to a farm")?"""
    words = load_lexicon().words
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in preposition.head.children)


def _origin_told(trigger: Token) -> bool:
    """Does the move's clause tell where it started ("expelled the Acadians from Nova
    Scotia", "forced thousands from their homes in Pec"), on the verb or its object?"""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        c.dep_ == "prep" and c.lower_ == "from" for t in (trigger, *objects) for c in t.children
    )


def _destinations(trigger: Token) -> int:
    """How many places the move's clause sends its people to: "deported him to Norilsk" one;
    "were deported to Louisiana and to France" two, a move with no one end of its own."""
    ends = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in MOVE_PREPOSITIONS]
    ends = [p for end in ends if end.lower_ != "from" for p in (end, *end.conjuncts)]
    places = [c for p in ends for c in p.children if c.dep_ == "pobj"]
    return sum(1 + len(p.conjuncts) for p in places)


def _where_people_were_moved(root: Token) -> bool:
    """Is the place the end of a move told in the passive, of people others took there?

    "Prisoners were taken to a farm at Ovcara. The army had besieged the town": the town
    is where the story stands, not where captives were brought; "rode to Delhi ... in the
    city" is the doers' own move, which the story follows.
    """
    if not _an_end_of_a_move(root):
        return False
    verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "nsubjpass" for c in verb.children)


def _where_the_moved_were_taken(
    trigger: Token, sent: Span, places: Sequence[tuple[int, int, Entity]], exclude: set[str]
) -> Where | None:
    """Where the sentence just before took people, when the act befalls them, told by a
    pronoun ("The deposed premier was flown to Kamina and handed over to the rebels. He
    was shot that night"): the story follows the people moved to where it befell them.
    A move's end is no narrative place for acts of others ("Prisoners were taken to a
    farm at Ovcara. The army besieged the town", :func:`narrative_place`)."""
    if not any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in trigger.children):
        return None
    doc = sent.doc
    if sent.start == 0 or "\n\n" in doc_text(doc)[doc[sent.start - 1].idx : sent.start_char]:
        return None
    before = doc[sent.start - 1].sent
    taken = [
        entity
        for start, end, entity in places
        if before.start_char <= start
        and end <= before.end_char
        and entity.id not in exclude
        and (root := _root_token(doc, start, end)) is not None
        and _where_people_were_moved(root)
    ]
    return where_for(taken[-1]) if taken else None


def narrative_place(
    sent: Span,
    places: Sequence[tuple[int, int, Entity]],
    *,
    exclude: set[str],
    place_nouns: frozenset[str] = frozenset(),
    across_paragraphs: bool = False,
) -> Where | None:
    """Where the narrative stands before a sentence that names no place of its own.

    "On 8 May, in Sao Jose, Santa Catarina, police raided a lab. Two people were
    arrested.": the arrests are in Sao Jose. As narrative time is the last date
    told, narrative place is the finest place of the last sentence before, in
    the same paragraph and within ``NARRATIVE_REACH`` characters, that names one
    as a location (not "Ukrainian forces", not where someone came "from").
    ``across_paragraphs`` looks into the paragraphs before as well: one that names no
    place goes on where the story stood, as it goes on in its time ("KHERSON - Crowds
    gathered on Sunday. <paragraph> On Monday police detained six": in Kherson), once
    the acts told before it in its own paragraph have placed nothing.
    """
    doc = sent.doc
    text = doc_text(doc)
    floor = sent.start_char - NARRATIVE_REACH
    if not across_paragraphs:
        floor = max(text.rfind("\n\n", 0, sent.start_char), floor)
    dateline = dateline_places(doc, places)
    by_sentence: dict[int, list[tuple[int, int, Entity]]] = {}
    for start, end, entity in places:
        if entity.id in exclude or not floor < start < sent.end_char:
            continue
        if start in dateline:
            # "MOSUL, Iraq (Reuters) -": the town and its country are one line, where the
            # town is the finer place, not two sentences of which the later one stands.
            line = min(d for d in dateline if start - DATELINE_CHARS <= d <= start)
            by_sentence.setdefault(line, []).append((start, end, entity))
            continue
        if end > sent.start_char or _inside_longer_name(start, end, places):
            continue
        root = _root_as_location(doc, text, start, end, entity, place_nouns)
        if root is None:
            continue
        if root.dep_ == "nsubj" or (_an_end_of_a_move(root) and not _entered_by_doers(root)):
            continue  # "Russia said", "taken to a farm at Ovcara": a speaker, a move's end
        if _end_of_a_route(None, root) or locates_the_place_before(doc, start, places):
            continue  # "bound for New York", ", near Limoges": not where they got, or were
        if _speaker_named_with(root, load_lexicon()) is not None or _asked_by(root):
            continue  # "the Police Service of Northern Ireland said": who speaks
        if entity.geo is None and not named_as_location(root, load_lexicon()):
            continue  # "the army under Qutuz": a name no gazetteer knows, not told as where
        by_sentence.setdefault(root.sent.start_char, []).append((start, end, entity))
    _add_capitals_pointed(sent, floor, places, exclude, by_sentence)
    if not by_sentence:
        return None
    last = by_sentence[max(by_sentence)]
    # "a Rohingya refugee camp in Balukhali": where no gazetteer places either name, the
    # one recognised as a place is where, not the people a site is named for.
    located = (
        [p for p in last if p[2].geo is not None]
        or [p for p in last if p[2].kind == "place"]
        or last
    )
    if all(_is_country(p[2]) for p in located):
        filed = _filed_within(sent, places, [p[2] for p in located], exclude)
        if filed is not None:
            return filed
    finest = where_for(min(located, key=lambda p: (_geo_precision(p[2]), p[0]))[2])
    # "BELGRADE - Police fired on students on Slavija Square. On Wednesday thousands
    # marched": the square has no point, and the narrative stands in the town it lies in.
    return _filed_town_of_site(finest, None, sent, places, exclude) or finest


def _add_capitals_pointed(
    sent: Span,
    floor: int,
    places: Sequence[tuple[int, int, Entity]],
    exclude: set[str],
    by_sentence: dict[int, list[tuple[int, int, Entity]]],
) -> None:
    """Count a sentence that moves the story to "the capital" as naming that capital:
    "NIAMEY - ... near Tillabéri. Two days later, in the capital, students protested.
    Police fired tear gas" is in Niamey, not back in Tillabéri."""
    locatives = load_lexicon().locative_prepositions
    for before in sent.doc.sents:
        if not floor < before.start_char < sent.start_char:
            continue
        for token in _capital_words(before):
            if token.head.lower_ not in locatives:
                continue
            capital = _capital_named_before(before.start_char, places, exclude)
            if capital is not None:
                entry = (token.idx, token.idx + len(token), capital)
                by_sentence.setdefault(before.start_char, []).append(entry)


def _names_a_definite_site(sent: Span) -> bool:
    """Does the sentence tell of a site with "the", as one in the story's town ("the
    airport", "the presidential palace"), rather than sites anywhere ("three churches")?"""
    facility_nouns = load_lexicon().facility_nouns
    return any(
        token.pos_ == "NOUN"
        and token.lemma_.lower() in facility_nouns
        and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        for token in sent
    )


def _filed_within(
    sent: Span,
    places: Sequence[tuple[int, int, Entity]],
    countries: Sequence[Entity],
    exclude: set[str],
) -> Where | None:
    """The dateline's town, where it lies in one of the countries a sentence names
    and the sentence tells of a site as one the reader knows.

    "KABUL - Taliban fighters entered the palace ..., completing a sweep across
    Afghanistan. At the airport, thousands crowded the runway": the country names the
    sweep, and "the palace" and "the airport" are the town's, where the story was
    filed. "... across Sri Lanka. The government said 24 suspects had been arrested"
    tells of no site, and stays in the country.
    """
    if not _under_dateline(sent, places) or not _names_a_definite_site(sent):
        return None
    filed = _dateline_place(sent, places, exclude)
    codes = {c.geo.country_code for c in countries if c.geo is not None}
    if filed is None or filed.entity is None or filed.lat is None:
        return None
    town = next((e for _, _, e in places if e.id == filed.entity), None)
    if town is None or town.geo is None or _is_country(town):
        return None
    return filed if town.geo.country_code in codes - {None} else None


# What stands between the figures of one count of several groups ("one civilian and
# six assailants", "4 soldiers, 2 police and 3 civilians").
COUNT_SEPARATORS = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


@dataclass(frozen=True)
class TollWords:
    """How one source's figures for one event relate (``data/arguments.yaml``)."""

    part_markers: tuple[str, ...]
    """"including", "among them", "of whom": the figure is a part of the one before."""
    more_words: frozenset[str]
    """"more", "others" after a figure: it counts further people."""
    inclusive_nouns: frozenset[str]
    """"people", "civilians", "children": a noun that may count any group or a part of one."""


WORD = re.compile(r"[a-z]+")


def _is_part(figure: Claim, text: str, words: TollWords) -> bool:
    """Whether the figure is told as a part of the one before it ("including four policemen")."""
    start = text.rfind(",", 0, figure.span[0])
    lead_in = text[max(start, figure.span[0] - 30, 0) : figure.span[1]].lower()
    return any(
        re.search(rf"\b{re.escape(marker)}\b", lead_in) is not None for marker in words.part_markers
    )


def _group_noun(figure: Claim, text: str) -> str | None:
    """The noun a figure counts ("Three policemen" -> policemen), if its words end on one."""
    found = WORD.findall(text[figure.span[0] : figure.span[1]].lower())
    return found[-1] if len(found) > 1 else None


def _increment(figure: Claim, text: str, words: TollWords) -> bool:
    """Whether a figure counts people beyond those counted before it.

    "Three more bodies were found", "two more died of their wounds", "12 other
    people": a word of addition after the number, inside the figure or right
    after it, says that the figure is no toll by itself but adds to one told
    before. "More than 100 people" is a bound, not an addition.
    """
    rest = " ".join(
        [
            *text[figure.span[0] : figure.span[1]].split(maxsplit=1)[1:],
            *WORD.findall(text[figure.span[1] : figure.span[1] + 12].lower())[:1],
        ]
    ).lower()
    return any(
        m.group() in words.more_words and not re.match(r"\s+than\b", rest[m.end() :])
        for m in WORD.finditer(rest)
    )


def _adds_to(figure: Claim, whole: Claim, text: str, words: TollWords) -> bool:
    """Whether a figure counts other people than the one before it, so the two add up.

    "Five fighters were killed and two more died", "three others": a word of
    addition says so. "Three policemen were killed ... Eleven attackers were
    killed": two figures of different groups are both the event's dead (UCDP
    adds them), unless a noun that may include the other ("people",
    "civilians", "children") makes one of them a total or a part.
    """
    if _increment(figure, text, words):
        return True
    nouns = (_group_noun(figure, text), _group_noun(whole, text))
    return (
        None not in nouns
        and nouns[0] != nouns[1]
        and not set(nouns) & words.inclusive_nouns
        and not (nouns[0] or "").startswith(nouns[1] or "")
        and not (nouns[1] or "").startswith(nouns[0] or "")
    )


def _wholes(
    figures: list[Claim],
    apart: frozenset[str] = frozenset(),
    text: str = "",
    words: TollWords | None = None,
) -> list[Claim]:
    """Each source's toll in each passage: its largest figure, or its groups' sum.

    "Nine people died, among them four officers", "23 people, including two
    engineers", "14 civilians, six of them children": one source's figures a
    sentence or two apart count parts of one toll, not rival tolls of 4 and 9;
    but figures of different groups ("three policemen ... eleven attackers",
    "five fighters ... two more", :func:`_adds_to`) add up, unless the later one
    is told as a part (:func:`_is_part`). Different sources' figures, one
    source's figures far apart in the text, the figures in ``apart`` (a figure
    that revises the one before: "this number had risen to 70") and upper
    bounds ("as many as 40") stay separate estimates.
    """
    kept: list[Claim] = []
    for figure in sorted(figures, key=lambda c: c.span[0]):
        near = next(
            (
                i
                for i, other in enumerate(kept)
                if other.source == figure.source
                and figure.id not in apart
                and None not in (figure.low, other.low)
                and figure.span[0] - other.span[1] <= PART_REACH_CHARS
            ),
            None,
        )
        if near is None and words is not None and _increment(figure, text, words):
            # "Three more bodies were found": an addition adds to the toll told just
            # before it, whoever gave that toll.
            near = next(
                (
                    i
                    for i in reversed(range(len(kept)))
                    if kept[i].low is not None
                    and figure.id not in apart
                    and figure.span[0] - kept[i].span[1] <= PART_REACH_CHARS
                ),
                None,
            )
        if near is None:
            kept.append(figure)
        elif (
            words is not None
            and text
            and not _is_part(figure, text, words)
            and not _counted_in_running_total(figure, kept[near], text)
            and _adds_to(figure, kept[near], text, words)
        ):
            kept[near] = _sum(kept[near], figure)
        elif (figure.low or 0) > (kept[near].low or 0):
            kept[near] = figure
    return kept


def _counted_in_running_total(figure: Claim, whole: Claim, text: str) -> bool:
    """Is the figure told, in the same sentence, as why a running total rose ("the toll
    rose to 15 after three more died of their wounds")? The total already counts them:
    the three are no further dead to add to the 15."""
    if not whole.span[1] <= figure.span[0]:
        return False
    start = max(text.rfind(". ", 0, whole.span[0]), 0)
    if "." in text[whole.span[1] : figure.span[0]]:
        return False
    lead_in = WORD.findall(text[start : whole.span[0]].lower())
    return bool(set(lead_in[-4:]) & anchor_words().running_total_words)


def _sum(first: Claim, second: Claim) -> Claim:
    """Two figures of different people as one: their sum, over both their spans."""
    low = (first.low or 0) + (second.low or 0)
    high = (first.high if first.high is not None else first.low or 0) + (
        second.high if second.high is not None else second.low or 0
    )
    return first.model_copy(
        update={"span": (first.span[0], second.span[1]), "low": low, "high": high}
    )


def _joined(claims: list[Claim], text: str, words: TollWords | None = None) -> list[Claim]:
    """Figures one source gives in one list as a single figure: their sum.

    "One civilian and six assailants were killed" counts seven dead, not two
    competing tolls of one and six: figures of the same source joined only by
    a comma or "and" count different people. Figures told apart ("five were
    killed, including two children"; "officials said 10, the group 12"), and a
    part a comma sets after its whole ("seven people, including four
    policemen", "nine miners, among them two women") stay apart.
    """
    ordered = sorted(claims, key=lambda c: c.span[0])
    joined: list[Claim] = []
    for claim in ordered:
        last = joined[-1] if joined else None
        between = text[last.span[1] : claim.span[0]] if last is not None else ""
        if (
            last is not None
            and text
            and last.source == claim.source
            and last.span[1] <= claim.span[0]
            and COUNT_SEPARATORS.fullmatch(between)
            and not (words is not None and _is_part(claim, text, words))
        ):
            joined[-1] = _sum(last, claim)
            continue
        joined.append(claim)
    return joined


def toll(
    claims: Sequence[Claim],
    text: str = "",
    apart: frozenset[str] = frozenset(),
    words: TollWords | None = None,
) -> Fatalities | None:
    """UCDP-style low/best/high over the fatality claims about one event.

    low is the lowest figure anyone gives, high the highest (an upper bound
    alone, "as many as 3,000", counts for the high only, and makes no toll by
    itself); best is the
    document author's own figure when there is one (the record attributes,
    it does not judge), else the median of the claims' lower bounds. Given the
    document's ``text``, figures one source lists together are first added up
    (:func:`_joined`), and a smaller figure the same source gives close by is
    a part of its larger one (:func:`_wholes`) unless it is one of ``apart``,
    the ids of figures that revise or answer another; ``words`` tell a part from
    a figure of other people, which adds (:func:`_wholes`). The toll still
    names every claim it rests on.
    """
    told = [
        c
        for c in claims
        if c.property == "fatalities" and (c.low is not None or c.high is not None)
    ]
    figures = _wholes(_joined(told, text, words), apart, text, words)
    lows = [float(c.low) for c in figures if c.low is not None]
    if not lows:
        return None
    # A figure with only an upper bound ("as many as 3,000") raises the high, and
    # sets no low: it does not say that so many died.
    highs = [float(c.high if c.high is not None else c.low or 0) for c in figures]
    own = [float(c.low) for c in figures if c.source.kind == "author" and c.low is not None]
    best = own[0] if own else statistics.median(lows)
    return Fatalities(
        low=_number(min(lows)),
        best=_number(best),
        high=_number(max(highs)),
        claims=[c.id for c in told],
    )


def _number(value: float) -> float | int:
    return int(value) if value == int(value) else value


def _governors(trigger: Token, reach: int = 4) -> list[Token]:
    """The trigger and up to ``reach`` words whose mood it falls under.

    A relative clause is the writer's own statement about its head: in "an
    attempt to kill the mayor on Friday, when a gunman was arrested" or "planned
    to attack the rebels who had seized the town", the arrest and the seizure
    happened; the attempt or plan above them does not make them so. A conjunct
    with its own subject or auxiliary is a clause of its own, under what governs
    its head but not under its head: in "tried to storm the barracks but were
    repelled" the repulse is no attempt, while in "planned to attack and burn the
    village" the burning shares the attack's "to" and is as planned as it is.
    """
    chain = [trigger]
    token = trigger
    while len(chain) <= reach and token.dep_ != "relcl" and token.head.i != token.i:
        clause = token.dep_ == "conj" and any(c.dep_ in CLAUSE_DEPS for c in token.children)
        token = token.head
        if not clause:
            chain.append(token)
    return chain


def never_done(trigger: Token, modality: Modality) -> bool:
    """Is a hypothetical act one that did not happen at all (demanded, planned,
    threatened), rather than one attempted ("tried to storm the barracks"), which began
    somewhere at some time though it failed?"""
    if modality != "hypothetical":
        return False
    attempts = anchor_words().attempt_words
    return not any(t.lemma_.lower() in attempts for t in _governors(trigger)[1:])


def _demanded(chain: Sequence[Token]) -> bool:
    """Is the act one that someone demanded or called for, which has not (yet) happened?

    "Opposition leaders demanded that the officers be put on trial", "the unions called
    for a general strike": the trial and the strike are asked for, not told as done.
    """
    words = anchor_words()
    for below, token in pairwise(chain):
        lemma = token.lemma_.lower()
        if lemma in words.demand_verbs:
            return True
        if lemma in words.demand_for_verbs and below.lower_ == "for":
            return True
    return False


def find_modality(trigger: Token, sent: Span, lexicon: EventLexicon) -> Modality:
    """hypothetical > denied > hedged > reported > asserted, from cues around the trigger.

    Attempts, plans and denials reach the trigger only through the words that
    govern its mood (:func:`_governors`); a source's saying so covers all it says.
    """
    chain = _governors(trigger)
    # "denied any role in the bombing" denies the role, not the bombing; the verb
    # "hand" ("should be handed over for trial") is no "hand in" it.
    for n, token in enumerate(chain):
        role = (token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.denied_parts) or any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lexicon.denied_parts
            for c in token.children
        )
        if role and n > 0:
            chain = chain[:n]
            break
    # A verb trigger's own word is the act, not a cue over it: "the officers were tried
    # in 1970" were judged, which "try" as an attempt would make hypothetical.
    cues = chain[1:] if trigger.pos_ in ("VERB", "AUX") else chain
    lemmas = {t.lemma_.lower() for t in cues}
    auxiliaries = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}
    if lemmas & lexicon.hypothetical or auxiliaries & lexicon.hypothetical or _demanded(chain):
        return "hypothetical"
    negated = any(c.dep_ == "neg" for t in chain[:2] for c in t.children)
    # A word of denial governing the trigger denies it; the trigger's own word does
    # not: "the president dismissed the minister" and "the group denied it" happened.
    if negated or {t.lemma_.lower() for t in chain[1:]} & lexicon.denial:
        return "denied"
    sentence_lemmas = {t.lemma_.lower() for t in sent}
    if sentence_lemmas & lexicon.hedge:
        return "hedged"
    said = {t.lemma_.lower() for t in [trigger, *list(trigger.ancestors)[:4]]}
    if said & lexicon.report or "according" in sentence_lemmas:
        return "reported"
    return "asserted"
