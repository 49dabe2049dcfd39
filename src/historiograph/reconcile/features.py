"""Link features: how alike two accounts are on type, time, place, actors and text.

Each feature scores 0..1, or ``None`` when one account lacks what it compares
(no place, no named actors): a missing field is no evidence either way, so it
drops out of the weighted mean instead of counting as a disagreement. The
scores are kept with every stored link, so any link can explain itself.

Time is deliberately forgiving: accounts that disagree on the date by weeks
still score part of the time weight, so that a disputed date does not split
one event into two when place, target and type agree — that disagreement is
what a reader needs to see, as a conflict inside one cluster. But a writer
does not dispute its own dates: two accounts one document dates apart are two
events, and dates two sources each state for themselves, weeks apart, take a
second anchor. Dates and places the extractor carried over from earlier
sentences (the account's own sentence gives none) are weaker across documents:
they are mostly the previous event's. Evidence must say which event, not only
what kind: victims named by their kind ("people"), a town's name and the type's
own words are shared by every bombing in that town, and an arrest is one event
with a killing only where their days are known to meet.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import math
import re
from dataclasses import asdict, dataclass
from functools import cache, lru_cache

from historiograph.extract.claims.vocabulary import load_vocabulary
from historiograph.extract.events.lexicon import load_lexicon
from historiograph.nlp.entities import name_key
from historiograph.nlp.loader import verb_lemmas
from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef, parse_event_key
from historiograph.reconcile.settings import Settings
from historiograph.reconcile.similarity import (
    TextSimilarity,
    folded_words,
    shared_content_words,
    shared_words,
)

FEATURES = ("type", "time", "place", "actors", "text")
EARTH_RADIUS_KM = 6371.0
_TOKEN = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"[a-z0-9']+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_SENTENCE_OPENERS = frozenset(".!?:;\"'(\u201c\u2018")
# A word, then a capitalised name after it, with or without "the" between.
# The preposition may open its sentence ("In Kesh, police shot..."); the name is read
# ahead without consuming it, so a capitalised word never hides the locative after it.
_LOCATED = re.compile(r"\b([A-Za-z][a-z]*)\s+(?:the\s+)?(?=([A-Z][a-z]+)\b)")


@dataclass(frozen=True)
class LinkScores:
    """Feature scores of one pair of accounts, their weighted mean, and ``anchors``: how
    many independent pieces of evidence (place, actors, words, being told together in
    one document) reached their minimum, which ranks the clusters an account links to."""

    type: float
    time: float | None
    place: float | None
    actors: float | None
    text: float | None
    total: float
    linked: bool
    anchors: int = 0

    def as_dict(self) -> dict[str, float | bool | None]:
        return asdict(self)


def day_gap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> int | None:
    """Days between two intervals (0 when they overlap), ``None`` when either is unknown."""
    if a is None or b is None:
        return None
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def time_score(a: Account, b: Account, settings: Settings) -> float | None:
    """1 within the precision's tolerance, then falling linearly over the precision's
    ``decay_days``: two days stated weeks apart tell two events more surely than two
    years or seasons do.

    The tolerance is for one event whose day sources dispute; it is none between a
    lethal act and a non-lethal one (:func:`follows_on`): arrests that begin the day
    after a shooting are what followed it, not the shooting misdated.
    """
    gap = day_gap(a.interval, b.interval)
    if gap is None:
        return None
    tolerance, decay = settings.time.slack(a.precision, b.precision)
    if follows_on(a, b, settings):
        tolerance = 0
    if gap <= tolerance:
        return 1.0
    return max(0.0, 1.0 - (gap - tolerance) / decay)


def ongoing(account: Account, settings: Settings) -> bool:
    """Whether the account tells something that went on for years rather than one happening:
    an interval the extractor bounded without a precision ("since 1979", up to the report)
    longer than ``time.ongoing_span_days``. It overlaps every act told in those years, so its
    time agreeing says nothing, and a campaign is no account of any one of its acts."""
    interval = account.interval
    if account.precision != "unknown" or interval is None:
        return False
    return (interval[1] - interval[0]).days > settings.time.ongoing_span_days


def _lethal(account: Account, settings: Settings) -> bool:
    """Whether the account tells a violent act that kills: one of a lethal subtype, or
    one its own figures give dead ("attackers overran the camp and killed 16 refugees"
    is no bloodless seizure of ground, whatever subtype the typing model chose)."""
    conf = settings.conflicts
    if account.type not in conf.violent_types:
        return False
    if account.subtype not in conf.nonlethal_subtypes:
        return True
    return any(
        f.property == "fatalities" and (f.high if f.high is not None else f.low or 0) > 0
        for f in account.figures
    )


def follows_on(a: Account, b: Account, settings: Settings) -> bool:
    """Whether one account is a lethal act of violence and the other a non-lethal one
    (an arrest, a ban, a hostage taking: ``conflicts.nonlethal_subtypes`` of a violent
    type). Such a pair is one event only where their days meet (the police who stormed
    a camp arrested residents there); dated apart, one is what followed the other.
    Kindred subtypes (``kindred_subtypes``) are one act told two ways, never a sequel:
    the gunmen who stormed the bus are those holding its passengers."""
    violent = settings.conflicts.violent_types
    if a.type not in violent or b.type not in violent:
        return False
    if settings.kindred(a.type, a.subtype, b.type, b.subtype):
        return False
    return _lethal(a, settings) != _lethal(b, settings)


def distance_km(a: PlaceRef, b: PlaceRef) -> float | None:
    """Great-circle distance between two places, when both have coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def allowance_km(a: PlaceRef, b: PlaceRef, settings: Settings) -> float:
    """How far apart two places may lie and still be the same, given their stated precision."""
    table = settings.place.allowance_km
    return max(table.get(a.precision or 1, 0.0), table.get(b.precision or 1, 0.0))


def same_place_name(a: PlaceRef, b: PlaceRef) -> bool | None:
    """Whether two places are named alike: ``True`` same, ``None`` one inside the other."""
    if a.entity is not None and a.entity == b.entity:
        return True
    ka, kb = name_key(a.name or ""), name_key(b.name or "")
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ta, tb = set(ka.split("-")), set(kb.split("-"))
    return None if ta <= tb or tb <= ta else False


def _names_the_place(place: PlaceRef, quote: str, *, standalone: bool = False) -> bool:
    """Whether ``quote`` names ``place``: one source places the shooting in "Liberty
    Square in Keltz", the other in "Keltz" — the square is in the town.

    ``standalone`` asks for the name on its own, not as the first word of a longer
    one: a sentence placed in Varesh that names "the offices of the Orlek Mining Trust"
    names a company, not the district of Orlek where another sentence is placed."""
    if not place.name:
        return False
    after = r"(?!(?-i:\s+[A-Z]))" if standalone else ""
    return re.search(rf"\b{re.escape(place.name)}\b{after}", quote, re.IGNORECASE) is not None


def _refers_back(place: PlaceRef, quote: str) -> bool:
    """Whether ``quote``, whose account names no place, calls ``place`` by its common noun.

    A writer who has named "Fort Amrel" once, or who assumes the reader knows it,
    says "when the fort fell"; "the camp", "the bridge", "the market" likewise
    stand for a place whose name is that noun and a proper name.
    """
    words = _TOKEN.findall((place.name or "").lower())
    if len(words) < 2:
        return False
    quote = quote.lower()
    return any(
        re.search(rf"\bthe {re.escape(word)}\b", quote) is not None
        for word in words
        if len(word) > 3
    )


def _mentions(place: PlaceRef, quote: str) -> bool:
    return _names_the_place(place, quote) or _refers_back(place, quote)


_NAMED_SITE = re.compile(
    r"\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+([a-z]{4,})\b"
    r"|\bthe\s+(?:[a-z]+\s+){0,2}?([a-z]{4,})\s+(?:in|of|at|near)\s+[A-Z]"
)


@lru_cache(maxsize=65536)
def _site_nouns(quote: str, generic_words: frozenset[str]) -> frozenset[str]:
    """The common nouns ``quote`` names a particular site by: "St Brenna hospital" and
    "the covered market in Ashvar" give "hospital" and "market", and a compound kind
    ("the district police headquarters in Mekhel") its head noun, so that another
    source's "the police headquarters" meets it. A month or a weekday is
    no site ("Tuesday morning"), and the event lexicon's words and the generic actor
    words are none either ("the Front fired mortars", "rebels attacked")."""
    calendar_words = _calendar_words()
    found = set()
    for match in _NAMED_SITE.finditer(quote):
        if match.group(3):
            found.add(match.group(3))
        elif match.group(1).split()[-1].lower() not in calendar_words:
            found.add(match.group(2))
    return frozenset(found - _known_words(generic_words))


def _refers_to_site(a: Account, b: Account, settings: Settings) -> bool:
    """Whether ``a``'s sentence calls a site ``b``'s sentence names by its common noun:
    "the hospital was hit by mortar rounds" and "an air strike destroyed the surgical
    wing of St Brenna hospital"; the noun may keep its modifiers ("the police
    headquarters", "the main police station"). A place ``a`` carried over from the sentence before
    must be ``b``'s own ("The Front fired no shell at Ashvar. The gunners shelled the
    market"): "the market" of a paragraph about another town is that town's."""
    if a.place is not None and (b.place is None or not same_place_name(a.place, b.place)):
        return False
    lowered = a.quote.lower()
    return any(
        re.search(rf"\bthe (?:[a-z]+ ){{0,2}}{noun}\b", lowered) is not None
        for noun in _site_nouns(b.quote, settings.actors.generic_words)
    )


def _names_own_place(a: Account, b: Account) -> bool:
    """Whether ``a``'s own sentence names the place ``b``'s sentence gives for itself,
    where the extractor gave ``a`` a place carried over from other sentences instead.

    "We remember the two brothers shot dead on the railway line at Kesh", told in a
    paragraph about Varesh, is placed in Varesh; a wire's "In Kesh, police shot dead two
    strikers" meets it by the name the statement itself writes, not by the carried place,
    so the place is the sentence's own word and anchors the link as an uncarried place
    does."""
    return (
        a.place_carried
        and b.place is not None
        and not b.place_carried
        and _names_the_place(b.place, a.quote)
    )


def own_place(a: Account, other: Account) -> PlaceRef | None:
    """``a``'s place as evidence against ``other``: none when it was carried over.

    The extractor gives an event whose sentence names no place the place named
    near it, which in a document telling several events is often another
    event's ("our fighters destroyed a convoy" placed in the town of the next
    paragraph's bombing). Inside one document that still ties a re-mention to its
    event; across documents it is no source's word.
    """
    return None if a.place_carried and a.document != other.document else a.place


def place_score(a: Account, b: Account, settings: Settings) -> float | None:
    """Same named place 1; coordinates within the allowance 1, fading to 0 at three times it.

    Without coordinates, one place inside the other (by name, or named in the other
    account's evidence) scores ``place.contained``, as does an account without a
    place whose sentence names the other's place (the extractor missed "at the gates
    of Sarn University") or calls it by its common noun ("the fort"). A place
    carried over from other sentences (:func:`own_place`) counts as none. Two
    accounts that state the same day, one calling by its common noun a site the
    other names ("the hospital", "St Brenna hospital": :func:`_refers_to_site`),
    agree on the place as well; then the place is the sentence's own word, and
    anchors a link even where the resolver carried the town over.
    """
    pa, pb = own_place(a, b), own_place(b, a)
    if pa is None or pb is None:
        refers = (pa is not None and _mentions(pa, b.quote)) or (
            pb is not None and _mentions(pb, a.quote)
        )
        if not refers:
            refers = _name_the_same_unread_place(a, b, settings)
        if not refers and _same_own_day(a, b, settings):
            refers = _refers_to_site(a, b, settings) or _refers_to_site(b, a, settings)
        return settings.place.contained if refers else None
    km = distance_km(pa, pb)
    if km is not None:
        allowance = allowance_km(pa, pb, settings)
        return max(0.0, min(1.0, 1.0 - (km - allowance) / (2 * allowance)))
    same = same_place_name(pa, pb)
    if same is True:
        return 1.0
    if not _namesakes(pa, pb, settings) and (
        same is None
        or _names_the_place(pa, b.quote, standalone=True)
        or _names_the_place(pb, a.quote, standalone=True)
    ):
        return settings.place.contained
    if max(pa.precision or 1, pb.precision or 1) > 1:
        return settings.place.undecided
    return 0.0


def _namesakes(a: PlaceRef, b: PlaceRef, settings: Settings) -> bool:
    """Whether one place's name is the other's after a word that names another place
    (``place.namesake_words``): "Lower Mekhel" is a village of its own beside Mekhel, as
    "New Ross" is not in Ross, where "Camp Ashraf" is Ashraf."""
    ka, kb = name_key(a.name or "").split("-"), name_key(b.name or "").split("-")
    short, long = sorted((ka, kb), key=len)
    return (
        len(long) == len(short) + 1
        and long[1:] == short
        and long[0] in settings.place.namesake_words
    )


def _name_the_same_unread_place(a: Account, b: Account, settings: Settings) -> bool:
    """Whether two accounts without a place of their own (none, or one carried over from
    other sentences) state the same day and write the same name no feature has read
    (:func:`unresolved_names`). The name is the sentences' own word, so it anchors a
    link even where the resolver carried some town over to both."""
    return (
        own_place(a, b) is None
        and own_place(b, a) is None
        and _same_own_day(a, b, settings)
        and bool(unresolved_names(a, settings) & unresolved_names(b, settings))
    )


def _same_own_day(a: Account, b: Account, settings: Settings) -> bool:
    """Whether both accounts state a date of their own, to the day, and the two agree.

    A month or a year that contains the other's day is no same day: a long-read's
    "in August 2023" agrees with both shootings at one ferry landing four days apart,
    and "the landing" it names is then no evidence of which one it tells."""
    if a.date_carried or b.date_carried or not _precise_agreement(a, b, settings):
        return False
    return time_score(a, b, settings) == 1.0


def unresolved_names(account: Account, settings: Settings) -> frozenset[str]:
    """The names an account's sentence writes that no feature has read: capitalised words
    inside the sentence that are no doer's name, no month or weekday and no word of
    the event lexicon, folded to lower case. A target's name stays: the hamlet burned
    ("burned Pellas Ford", read as the patient) is where it happened, and another
    source's "set fire to the hamlet of Pellas Ford" names the same spot.

    A gazetteer knows towns, not every village, market or hill post ("the fields of
    Kelbek", "fell upon Tuvra"): two sentences that place nothing the resolver knows
    but name the same such word are most likely naming the same spot, and that is
    evidence of place, where both state the same day (a name is weaker evidence than
    a resolved place: a headline dated by its paper, or a shooting four days later in
    the same unlisted town, is not thereby the same event). Sentence-initial words
    and title-case headlines say nothing of names.
    """
    quote = account.quote
    words = _TOKEN.findall(quote.lower())
    capitals = _CAPITALISED.findall(quote)
    if len(capitals) * 2 > len(words):
        return frozenset()
    names = set()
    for match in _CAPITALISED.finditer(quote):
        before = quote[: match.start()].rstrip()
        if before and before[-1] not in _SENTENCE_OPENERS:
            names.add(match.group().lower())
    doers = [*account.agents, *account.denied_agents]
    named = {w for actor in doers for w in _TOKEN.findall(actor.name.lower())}
    known = _known_words(settings.actors.generic_words)
    return frozenset(names - named - _calendar_words() - known)


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names and their abbreviations, which are capitalised but no names."""
    names = [*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr]
    return frozenset(n.lower() for n in names if n)


def actor_tokens(actor: ActorRef, settings: Settings) -> tuple[frozenset[str], bool]:
    """The words that tell which actor this is, and whether they are only generic words.

    "Iraqi security forces" gives ``({"iraqi"}, False)``; "the remaining
    residents" gives ``({"residents"}, True)``.
    """
    words = set(_TOKEN.findall(actor.name.lower())) - settings.actors.modifiers
    distinctive = words - settings.actors.generic_words
    if distinctive:
        return frozenset(distinctive), False
    return frozenset(words), True


def actor_similarity(a: ActorRef, b: ActorRef, settings: Settings) -> float:
    """1 for the same entity; else the Dice overlap of distinctive words, inflections
    folded (a memoir's "the Volunteers" is the "Planters' Volunteer Corps" a newsletter
    names in full); ``actors.generic_match`` if one of the two is named only by its kind.

    A name whose distinctive words all stand in the other's is its short form:
    "Karandikar" is the "Vishnudas Karandikar" another source names in full, "the
    Movement" the "Qaralin Free Movement" its text named once. That is the same actor
    (``actors.short_form_match``), not a half-shared name: a person is named by the
    surname alone far more often than two people share one in one event's accounts."""
    if a.entity and a.entity == b.entity:
        return 1.0
    ta, generic_a = actor_tokens(a, settings)
    tb, generic_b = actor_tokens(b, settings)
    if not ta or not tb:
        return 0.0
    if generic_a != generic_b:
        return settings.actors.generic_match
    fa, fb = folded_words(ta), folded_words(tb)
    if fa == fb:
        return 1.0
    if not generic_a and (fa <= fb or fb <= fa):
        return settings.actors.short_form_match
    return 2 * len(fa & fb) / (len(fa) + len(fb))


def best_match(a: list[ActorRef], b: list[ActorRef], settings: Settings) -> float | None:
    if not a or not b:
        return None
    return max(actor_similarity(x, y, settings) for x in a for y in b)


def _by_kind_only(actors: list[ActorRef], settings: Settings) -> bool:
    """Whether every actor is named only by its kind ("people", "civilians", "soldiers")."""
    return all(actor_tokens(x, settings)[1] for x in actors)


def actor_score(a: Account, b: Account, settings: Settings) -> float | None:
    """Agreement on who was hit (targets, victims); on who acted only when nothing else is known.

    Agents weigh less: sources dispute perpetrators far more often than targets,
    and a disputed perpetrator must not split an event. Victims that both accounts
    name only by their kind are no evidence of which event it was: every bombing
    kills "people", so the grenade at the cafe and the grenade at the cinema two
    weeks later do not share their victims by saying so. Then the agents decide as
    if no victims were named, or, with none, the kinds agree half.
    """
    agents = best_match(a.agents + a.denied_agents, b.agents + b.denied_agents, settings)
    patients = best_match(a.patients, b.patients, settings)
    if (
        patients is not None
        and _by_kind_only(a.patients, settings)
        and _by_kind_only(b.patients, settings)
    ):
        patients = None if agents is not None else min(patients, settings.actors.generic_match)
    if patients is not None:
        return max(patients, 0.0 if agents is None else agents * 0.5)
    if agents is not None:
        floor = settings.actors.agent_only_floor
        return floor + (1.0 - floor) * agents
    return None


def _kinds_only(a: Account, b: Account, settings: Settings) -> bool:
    """Whether every actor either account names is named only by its kind ("police",
    "gendarmes", "people"): then their agreement says which event only together with the
    day. The gendarmes who fired on a crowd on March 14 are those another source has
    firing that day; "police detained nine men" in the capital and "police arrested 200
    people" in a mining town three weeks later share the police and nothing else."""
    actors = [*a.agents, *a.denied_agents, *a.patients, *b.agents, *b.denied_agents, *b.patients]
    return bool(actors) and _by_kind_only(actors, settings)


def _new_place(a: Account, b: Account, settings: Settings) -> bool:
    """Whether one of the two names a place in its own sentence and the other has none
    at all: in one text, a sign of a new event ("the same day, near Orvel").

    The place must be precise, or the other sentence must place itself by a name of
    its own that the resolver did not read (:func:`_names_elsewhere`): "Police fired on
    miners outside the Dravna colliery on Monday. In Kesh, police shot dead two strikers
    the same day" tells two shootings though the resolver placed Kesh only roughly and
    Dravna not at all. A wider area alone beside a sentence that names no place may be
    where that sentence's event happened too.

    A place the extractor carried over from the sentence before is no new place:
    "the gendarmes fired into the crowd", placed in the town where the office was
    burned, tells the burning's setting, and beside an account with no place it says
    nothing of a second event.

    Two sentences that each place themselves, by two names neither of which contains
    or writes the other (:func:`_placed_apart`), tell two events as well, however
    roughly the resolver read either name: "terrorists fired on the crowd at the Old
    Customs Wharf in Port Amaru" and "on the same day four marines were killed by a
    mine at Kerra"."""
    return any(
        x.place is not None
        and not x.place_carried
        and y.place is None
        and ((x.place.precision or 1) == 1 or _names_elsewhere(y, x.place, settings))
        for x, y in ((a, b), (b, a))
    ) or _placed_apart(a, b, settings)


def _placed_apart(a: Account, b: Account, settings: Settings) -> bool:
    """Whether both accounts place themselves (no place carried over) at names that are
    not one inside the other, neither sentence writes the other's place, and each puts
    itself at a name that is not the other's (:func:`_names_elsewhere`).

    A place the resolver read only roughly (no coordinates, precision 2) may contain
    another, so the place score leaves such a pair undecided; but a writer who sets one
    sentence "at the Old Customs Wharf in Port Amaru" and the next "at Kerra" has said
    where each happened, and it is not the same spot. A sentence that names the wider
    place as well ("in Liberty Square in Keltz" beside "in Keltz") is no such pair."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or a.place_carried or b.place_carried:
        return False
    return (
        _names_elsewhere(a, pb, settings)
        and _names_elsewhere(b, pa, settings)
        and same_place_name(pa, pb) is False
        and not _names_the_place(pa, b.quote)
        and not _names_the_place(pb, a.quote)
    )


def _names_elsewhere(account: Account, place: PlaceRef, settings: Settings) -> bool:
    """Whether the account's sentence puts itself at a name (:func:`located_names`)
    that is not ``place``'s: "outside the Dravna colliery" beside a sentence placed in
    Kesh."""
    own = set(_TOKEN.findall((place.name or "").lower()))
    return bool(located_names(account.quote, settings) - own)


def located_names(quote: str, settings: Settings) -> frozenset[str]:
    """The capitalised names ``quote`` writes after a locative preposition
    (``place.locatives``, "the" allowed between), no month or weekday among them, in
    lower case: "fired on miners at Dravna", "outside the Dravna colliery" give
    "dravna". Such a name says where, whether or not the resolver read it as a place."""
    return _located_names(quote, settings.place.locatives)


@lru_cache(maxsize=65536)
def _located_names(quote: str, locatives: frozenset[str]) -> frozenset[str]:
    calendar_words = _calendar_words()
    return frozenset(
        match.group(2).lower()
        for match in _LOCATED.finditer(quote)
        if match.group(1).lower() in locatives and match.group(2).lower() not in calendar_words
    )


def told_apart(a: Account, b: Account, settings: Settings) -> bool:
    """Whether one document tells the two accounts as two events: by dating them
    differently, beyond their precision, or by telling one as a repeat of the other.

    Sources dispute dates, but a single writer who puts "the ambush" on August 3
    and "the operation" on August 24 is telling two events, however alike the
    sentences read (they share the document's vocabulary, and often its place).
    The slack that ``time.tolerance_days`` gives is for sources that dispute a day;
    a writer does not dispute its own: two dates its own sentences state that do not
    overlap ("on February 12" the hospital, "on February 14" the shelling) are two
    events. A date carried over from earlier sentences is the narrative's guess, so
    it keeps the slack, and an act the writer denies, without a date of its own, is
    told apart from nothing ("The Front did not fire a single shell at Ashvar. The
    army's gunners shelled the market on 17 May" tell one shelling). A writer who
    says the act was done again (:func:`repeats`) tells another event, whatever date
    the narrative carries over to it.

    Across documents only the writer's word for a repetition tells two accounts apart:
    one that says its act was done again and dates it, beyond the tolerance for a
    disputed day, after the day another source states for its event ("gunmen struck the
    landing again on Friday" against "on Monday gunmen opened fire at the landing")
    tells the repeat, not the event it repeats.
    """
    if a.document != b.document:
        return _repeat_dated_after(a, b, settings) or _repeat_dated_after(b, a, settings)
    if repeats(a, b, settings) or repeats(b, a, settings):
        return True
    if any(x.date_carried and x.modality == "denied" for x in (a, b)):
        return False  # a denial dates nothing: the act it denies is the one told beside it
    if not (a.date_carried or b.date_carried):
        gap = day_gap(a.interval, b.interval)
        return gap is not None and gap > 0
    score = time_score(a, b, settings)
    return score is not None and score < 1.0


def done_by_other_means(a: Account, b: Account, settings: Settings) -> bool:
    """Whether the two triggers name different means of violence (``means_apart``: a
    shooting, an explosion) and neither sentence names the other's.

    "The special police came out of the side streets and fired straight into us" and
    "an explosion tore through the metro station" tell two acts, however near their day
    and town: what was done differs. A sentence that names both ("gunmen opened fire and
    threw grenades") tells either, and a trigger that names no means ("killed", "the
    attack") is told apart from nothing. This keeps apart two linked accounts only; it
    does not bar a cluster that holds both, as a crowd's petrol bombs and the fire
    opened on it may be one event that other accounts link."""
    means_a, means_b = _means(a.trigger, settings), _means(b.trigger, settings)
    return bool(
        means_a
        and means_b
        and not means_a & means_b
        and not _means(a.quote, settings) & means_b
        and not _means(b.quote, settings) & means_a
    )


def _means(text: str, settings: Settings) -> frozenset[int]:
    """The groups of ``means_apart`` whose words ``text`` uses (by their position)."""
    words = set(_TOKEN.findall(text.lower()))
    return frozenset(i for i, group in enumerate(settings.means_apart) if words & group)


def _repeat_dated_after(repeat: Account, other: Account, settings: Settings) -> bool:
    """Whether ``repeat`` tells itself as a repeat and states a date that lies after the
    date ``other`` states, beyond their tolerance (both dates their own, not carried)."""
    if repeat.date_carried or other.date_carried:
        return False
    if repeat.interval is None or other.interval is None:
        return False
    tolerance, _ = settings.time.slack(repeat.precision, other.precision)
    if (repeat.interval[0] - other.interval[1]).days <= tolerance:
        return False
    return _told_as_repeat(repeat, settings)


def repeats(later: Account, earlier: Account, settings: Settings) -> bool:
    """Whether ``later`` tells itself as one more event of a kind its document told
    before, in ``earlier``: "the rebels struck the market again", "a second raid on the
    same mill", after the first was told with a date of its own.

    Such a sentence names the same target, the same actors and often the same words as
    the first event, and takes its date from the narrative when it gives none ("struck
    again, killing two more"), so every feature would join the two; only the writer's
    word for the repetition keeps them apart. The earlier account must be told in an
    earlier sentence, with its own date (a headline that names the repeat before the
    story tells it dates nothing, and is the repeat itself), and not itself as a
    repeat: "a second raid followed ... the second raid destroyed the mill" is one.
    """
    if later.document != earlier.document:
        return False
    if parse_event_key(earlier.key)[1][0] >= later.span[0]:
        return False
    if earlier.interval is None or earlier.date_carried:
        return False
    return _told_as_repeat(later, settings) and not _told_as_repeat(earlier, settings)


def _told_as_repeat(account: Account, settings: Settings) -> bool:
    """Whether the account's sentence says its act was done again, near its trigger:
    an adverb ("again", "a second time") a few words either side, or a counting word
    just before it ("another attack", "a second drone strike"), unless a copula puts
    the count on the event just told ("it was the third attack this month") or makes
    the counting word a person ("one hijacker was shot, a second was killed")."""
    start, end = parse_event_key(account.key)[1]
    offset = account.span[0]
    words = [
        (m.group(), m.start() + offset, m.end() + offset)
        for m in _WORD.finditer(account.quote.lower())
    ]
    inside = [i for i, (_, s, e) in enumerate(words) if s < end and start < e]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    repetition = settings.mentions.repetition
    counting = load_lexicon().repetition_words
    tokens = [w for w, _, _ in words]
    for phrase in repetition.adverb_phrases:
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) != phrase:
                continue
            gap = first - (i + n) if i < first else i - last - 1
            if 0 <= gap <= repetition.window:
                return True
    for i in range(max(0, first - repetition.counting_window - 1), first):
        if tokens[i] in counting and not repetition.copulas & set(tokens[max(0, i - 2) : first]):
            return True
    return False


def dated_by_next(undated: Account, dated: Account, settings: Settings) -> bool:
    """Whether ``dated`` is told in the sentence right after ``undated``, which has no
    date at all (none of its own, none carried over), while ``dated`` states its own.

    A headline or a lead that names an event and the sentence that then tells it
    ("The massacre of Ismarek will not be forgotten. On March 14, 1983, the gendarmes
    opened fire..."): nothing before the mention gives it a narrative date, so it meets
    its own story on type alone. Read as dated by the next sentence, it joins that
    story where the kind agrees (see :func:`score_pair`). Only whitespace may lie
    between the two sentences (``mentions.forward_dating.max_gap_chars``).
    """
    if undated.document != dated.document or undated.interval is not None:
        return False
    if dated.interval is None or dated.date_carried:
        return False
    gap = dated.span[0] - undated.span[1]
    return 0 <= gap <= settings.mentions.forward_dating.max_gap_chars


def time_evidence(a: Account, b: Account, settings: Settings) -> float | None:
    """The time feature of a pair: :func:`time_score`, unless a carried-over date agrees.

    An account whose own sentence gives no date carries the narrative time of
    the text before it, which is mostly the date of the event just told. Across
    documents, that date agreeing with another account is no evidence (the
    communique's "condemns every attack on civilians" takes the date of the
    ambush told above it, and would join the ambush); a carried-over date far
    from the other account still tells them apart. Inside one document the
    narrative time is what ties a re-mention to its event, so there it counts.
    """
    score = time_score(a, b, settings)
    carried = a.document != b.document and (a.date_carried or b.date_carried)
    return None if carried and score == 1.0 else score


def dates_contradict(a: Account, b: Account, time: float | None) -> bool:
    """Whether the two accounts' own dates lie apart beyond tolerance (``time`` below 1).

    A disputed date must not split an event, so a contradiction alone refuses no
    link; but where one document's "August 19" meets another's "August 4", one
    shared feature (the town, say, which an extractor may have carried over) is
    too little to call them one event.
    """
    return not (a.date_carried or b.date_carried) and time is not None and time < 1.0


# Lexicon conditions under which the word itself means nothing violent: "went into the
# camp with machetes" is a raid, "went" alone is not; "took the ridge" is ground taken,
# "took Nodira from her flat at dawn" an arrest, and "took" alone neither.
_CONTEXT_MADE = frozenset({"armed_with", "place_taken"})


@cache
def worded_type(trigger: str) -> str | None:
    """The type the trigger's own word means in the event lexicon, whatever the typing
    model read into its sentence ("ambushed" is an attack even where the model, seeing
    soldiers, called the ambush a battle); ``None`` for a word the lexicon lacks, and
    for a word whose object says what it means (a ``people_object`` reading): "seized"
    a town is ground taken, "seized by the police" an arrest, "captured" soldiers
    hostages."""
    lexicon = load_lexicon()
    words = [_lemma_forms(w) for w in trigger.lower().split()]
    for phrase in itertools.product(*words):
        sense = lexicon.phrases.get(tuple(phrase))
        if sense is not None:
            return sense.type
    senses = [
        (form in lexicon.light_verbs, sense.type)
        for forms in words
        for form in forms
        if (sense := lexicon.words.get(form)) is not None
        and sense.needs not in _CONTEXT_MADE
        and sense.people_object is None
    ]
    # A light verb means what its noun means: "took its passengers hostage" is a
    # hostage-taking, not the seizure of ground "took" means alone.
    ranked = sorted(senses, key=lambda found: found[0])
    return ranked[0][1] if ranked else None


@lru_cache(maxsize=65536)
def worded_types(text: str) -> frozenset[str]:
    """Every type some word of ``text`` means in the event lexicon: "terrorist mortar fire
    on the district" means a shelling and an attack, whichever of its words the
    extractor took for the trigger."""
    words = _TOKEN.findall(text.lower())
    carried = _light_verbs_carried(words)
    found = (worded_type(word) for word in words if word not in carried)
    return frozenset(t for t in found if t is not None)


def _light_verbs_carried(words: list[str]) -> frozenset[str]:
    """The words of ``words`` that are the light verb of a noun beside them, which means
    the act: "taken" in "seven residents had been taken hostage" says no ground was
    seized."""
    lexicon = load_lexicon()
    verbs = frozenset(
        verb
        for word in words
        if (sense := lexicon.words.get(word)) is not None and sense.needs == "light_verb"
        for verb in sense.only_with
    )
    return frozenset(
        word
        for word in words
        if any(form in verbs and form in lexicon.light_verbs for form in _lemma_forms(word))
    )


def _lemma_forms(word: str) -> list[str]:
    """The word and what English inflection may have made it from: the model's
    irregular verbs ("shot", "blown") and the regular endings."""
    forms = [word]
    irregular = verb_lemmas().get(word)
    if irregular is not None:
        forms.append(irregular)
    for suffix, replacements in (
        ("ing", ("", "e")),
        ("ed", ("", "e")),
        ("es", ("",)),
        ("s", ("",)),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms += [stem + r for r in replacements]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "stopped", "shelling"
    return forms


def _same_kind(a: Account, b: Account, settings: Settings) -> bool:
    """Same type, as read or as worded: "it was the deadliest attack" repeats the bomb
    that "exploded" even where the typing model read the explosion as a clash. A
    killing and an arrest are not the same kind even where both are repression; nor
    are two subtypes of one type whose words, too, mean two types: "our artillery
    shelled the positions" and "the air force bombed the hospital" are both battles to
    the typing model, but a shelling and an air strike by its subtypes, and a battle
    and an attack by their words: one document's two acts of one day, not one act
    told twice. Two subtypes that one of ``kindred_subtypes`` holds are one kind whatever
    their words, even where one kills and the other does not (:func:`follows_on`):
    "armed men attacked the bus and are holding the passengers" tells one assault.
    A word that also means the other's type (``conflicts.also_means``) is that kind
    too: "the massacre of 12 March" is the shooting its next sentence tells ("men of the
    Brigade fired on a picket"), not a second act of the day."""
    if follows_on(a, b, settings):
        return False
    if _crowd_and_force(a, b, settings) or settings.kindred(a.type, a.subtype, b.type, b.subtype):
        return True
    worded_a, worded_b = worded_type(a.trigger), worded_type(b.trigger)
    meet = bool(_meanings(a, settings) & _meanings(b, settings))
    if a.type == b.type:
        return not (a.subtype != b.subtype and worded_a and worded_b and not meet)
    return meet


def _meanings(account: Account, settings: Settings) -> frozenset[str]:
    """The types an account's words tell: its trigger's own (else the type read), and
    those its subtype's word also means (a massacre is an attack as well)."""
    own = worded_type(account.trigger) or account.type
    also = settings.conflicts.also_means.get(f"{account.type}/{account.subtype}", frozenset())
    return frozenset({own}) | also


def _crowd_and_force(a: Account, b: Account, settings: Settings) -> bool:
    """Whether the two are a crowd and the force used on it: types that meet only as two
    framings of one happening (``conflicts.framing_compatibility`` or less, a march and
    a shooting). One document that tells a march and, on the same day, the tear gas
    that broke it up tells one event, as ACLED codes it."""
    if a.type == b.type:
        return False
    compatibility = settings.compatibility(a.type, b.type, a.subtype, b.subtype)
    return 0 < compatibility <= settings.conflicts.framing_compatibility


def _words_enough(
    a: Account,
    b: Account,
    settings: Settings,
    similarity: TextSimilarity,
    *,
    independent: bool = False,
) -> bool:
    """Whether the two sentences share enough words for their similarity to anchor a link.

    Words that say who told it ("police said", "the group denied") are left out:
    every wire story shares them, and they tell nothing of what happened. Where the
    words must be evidence ``independent`` of place and type (a second anchor for
    dates that contradict), one of them at least must be none of the names (the
    place's, and any word written with a capital), the event lexicon's words and the
    words that name only a kind of actor: "a car
    bomb killed 12 people in Baghdad, police said" and the same words a week later
    share the town and the type, which place and type have already scored, and
    nothing else; "rebels attacked a convoy" shares the convoy.
    """
    minimum = settings.text.anchor_min_shared_words.get(similarity.backend, 0)
    ignore = _reporting_verbs()
    if minimum > 0 and shared_content_words(a.quote, b.quote, ignore=ignore) < minimum:
        return False
    if not independent:
        return True
    known = folded_words(_known_words(settings.actors.generic_words))
    return bool(shared_words(a.quote, b.quote) - known - _names(a) - _names(b))


def _names(account: Account) -> frozenset[str]:
    """The words of the account's place name and the words its sentence writes with a
    capital (names: of the town, of a group), folded: the place feature compares
    where, whether or not the resolver named it right, and a town's name shared by two
    sentences is no second anchor."""
    place = account.place.name if account.place is not None else None
    return _proper_words(account.quote) | folded_words(
        frozenset(_TOKEN.findall((place or "").lower()))
    )


@lru_cache(maxsize=65536)
def _proper_words(quote: str) -> frozenset[str]:
    return folded_words(frozenset(w.lower() for w in _CAPITALISED.findall(quote)))


@cache
def _known_words(generic_words: frozenset[str]) -> frozenset[str]:
    """The words that say what kind of event or actor, or who told it: the event
    lexicon's triggers ("bomb", "kill", "air strike"), the generic actor words and the
    reporting verbs."""
    lexicon = load_lexicon()
    triggers = frozenset(lexicon.words) | {w for phrase in lexicon.phrases for w in phrase}
    return triggers | generic_words | _reporting_verbs()


@cache
def _reporting_verbs() -> frozenset[str]:
    """The verbs that say who told it ("police said"), which are no part of what happened."""
    vocabulary = load_vocabulary()
    return vocabulary.attribution_verbs | vocabulary.denial_verbs


def _precise_agreement(a: Account, b: Account, settings: Settings) -> bool:
    """Whether the two dates agree at a precision that can tie one document's accounts:
    the same day does; the same spring, which one document gives several events, does
    not."""
    allowed = settings.same_document_anchor_precisions
    return a.precision in allowed and b.precision in allowed


def _raid_and_its_arrests(a: Account, b: Account, time: float | None, settings: Settings) -> bool:
    """Whether one document tells a lethal act and the taking of people into custody
    (``same_document_sequel_subtypes``, :func:`follows_on`) of the same day, by the same
    forces (:func:`_doers_share_a_name`), and not at a new place: "Iraqi security forces
    stormed the camp, killing 11 ... Iraqi police arrested 36 residents" tells one raid,
    as ACLED codes it. Another day's arrests, arrests by others than the forces that
    killed (the police after a rebel bombing), and a measure such as a curfew the
    authorities ordered after a riot are what followed."""
    custody = settings.same_document_sequel_subtypes
    if a.document != b.document or not (a.subtype in custody or b.subtype in custody):
        return False
    return (
        follows_on(a, b, settings)
        and "denied" not in (a.modality, b.modality)
        and time == 1.0
        and _precise_agreement(a, b, settings)
        and _doers_share_a_name(a, b, settings)
        and not _new_place(a, b, settings)
    )


def _doers_share_a_name(a: Account, b: Account, settings: Settings) -> bool:
    """Whether a doer of one and a doer of the other share a word of their names, generic
    words too (``actors.modifiers`` aside): "Iraqi police" and "Iraqi security forces",
    "the gendarmerie" and "the Tarvik gendarmerie" are one side's forces; "the governor"
    who ordered a curfew and "the gendarmes" who fired are not one doer."""
    words_a = [_doer_words(x, settings) for x in a.agents]
    return any(wa & _doer_words(y, settings) for y in b.agents for wa in words_a)


def _doer_words(actor: ActorRef, settings: Settings) -> frozenset[str]:
    """The words of a doer's name, inflections folded, without "the" and its like."""
    return folded_words(frozenset(_TOKEN.findall(actor.name.lower())) - settings.actors.modifiers)


def score_pair(
    a: Account, b: Account, settings: Settings, similarity: TextSimilarity
) -> LinkScores | None:
    """The link scores of two accounts, or ``None`` when they are never compared.

    Pairs of incompatible types, or whose dates lie further apart than
    ``time.max_gap_days``, are not candidates at all (the blocking rule). Two
    accounts one document dates apart are scored but never linked.

    A place carried over from other sentences is no anchor even inside its
    document: it scores, and a re-mention dated the same day still joins its event
    by the same-document rule, but "three days later the Guard fired on the
    mourners", placed at the university of the sentence before, is not thereby
    the shooting at the university.
    """
    if a.generic or b.generic:
        return None  # "every attack" names no happening to be one with
    if ongoing(a, settings) or ongoing(b, settings):
        return None
    compatibility = settings.compatibility(a.type, b.type, a.subtype, b.subtype)
    if compatibility <= 0:
        return None
    gap = day_gap(a.interval, b.interval)
    if gap is not None and gap > settings.time.max_gap_days:
        return None
    # A mention the next sentence dates is that sentence's event where the kind agrees
    # and their places do not contradict: its time agrees, and it is anchored as a
    # same-day re-mention inside one document is.
    forward = (dated_by_next(a, b, settings) or dated_by_next(b, a, settings)) and _same_kind(
        a, b, settings
    )
    scores: dict[str, float | None] = {
        "type": compatibility,
        "time": 1.0 if forward else time_evidence(a, b, settings),
        "place": place_score(a, b, settings),
        "actors": actor_score(a, b, settings),
        "text": similarity(a.quote, b.quote),
    }
    weights = settings.weights
    # A lethal and a non-lethal act are one event only where their days are known to
    # meet; and the sentence telling the arrests often names the attack they followed
    # ("in the weeks after the ambush"), so between them words are no anchor.
    sequel = follows_on(a, b, settings)
    present = {name: value for name, value in scores.items() if value is not None}
    total = sum(weights[n] * v for n, v in present.items()) / sum(weights[n] for n in present)
    # Two precise places too far apart contradict each other, and so do two dates each
    # source states for itself beyond their precision: then it takes two anchors, and
    # the words count as one only beyond what place and type already say.
    contradicted = scores["place"] == 0.0 or dates_contradict(a, b, scores["time"])
    anchors = sum(
        1
        for n, minimum in settings.anchors.items()
        if (scores[n] or 0.0) >= minimum
        and (
            n != "text"
            or (not sequel and _words_enough(a, b, settings, similarity, independent=contradicted))
        )
        and (n != "actors" or scores["time"] == 1.0 or not _kinds_only(a, b, settings))
        and (
            n != "place"
            or not (a.place_carried or b.place_carried)
            or _refers_to_site(a, b, settings)
            or _refers_to_site(b, a, settings)
            or _names_own_place(a, b)
            or _names_own_place(b, a)
            or _name_the_same_unread_place(a, b, settings)
        )
    )
    # A same-day re-mention in its own document, and a mention the next sentence
    # dates, are anchored by where the document tells them: one anchor more. An act
    # the writer denies re-tells nothing the writer asserted ("an enemy drone murdered
    # nine of our people. The Front did not fire a single shell at Ashvar").
    told_together = (
        a.document == b.document
        and "denied" not in (a.modality, b.modality)
        and _same_kind(a, b, settings)
        and (scores["time"] or 0.0) >= settings.same_document_anchor_time
        and _precise_agreement(a, b, settings)
        and not _new_place(a, b, settings)
    )
    # A headline or lead that names the event the next sentence tells ("The massacre of
    # Ismarek will not be forgotten. On March 14 the gendarmes ... murdered 19") is that
    # event, however few words the two share: the writer names it, then tells it. A
    # place of each that does not agree (Mekhel and a convoy near Sefa) tells two.
    told_next = forward and (
        scores["place"] is None or scores["place"] >= settings.anchors["place"]
    )
    told_together = told_together or told_next
    told_together = told_together or _raid_and_its_arrests(a, b, scores["time"], settings)
    # A demonstrative mention ("that massacre") re-tells the event its document has
    # just told (accounts._resolve_anaphora picked the nearest), in whatever words and
    # of whatever victims: the determiner links it, not how alike the two read.
    anaphor = a.refers_to == b.key or b.refers_to == a.key
    told_together = told_together or anaphor
    anchors += int(told_together)
    anchored = anchors >= (2 if contradicted else 1) or told_together
    return LinkScores(
        type=compatibility,
        time=scores["time"],
        place=scores["place"],
        actors=scores["actors"],
        text=scores["text"],
        total=round(total, 4),
        anchors=anchors,
        linked=(anaphor or told_next or (anchored and total >= settings.link_threshold))
        and not told_apart(a, b, settings)
        and not done_by_other_means(a, b, settings)
        and (not sequel or scores["time"] == 1.0),
    )
