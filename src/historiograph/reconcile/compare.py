"""Accounts side by side: one cluster's documents compared field by field.

Each document's account of the event is gathered from its event mentions in
the cluster (a document may tell one event in several sentences). Then:

- **fatalities** are summarised the UCDP way — ``low`` the lowest figure,
  ``high`` the highest, ``best`` the median of the sources' figures — with
  every figure kept beside its claim, source and quote;
- **conflicts** are found between accounts: dates whose intervals do not
  overlap, places further apart than their stated precision allows (by
  coordinates when known, else by name), different named perpetrators or a
  perpetrator named by one side and denied by another (an "actor" named like the
  town the event happens in is the extractor's misreading, not a perpetrator),
  types that differ (a riot told against a shooting of protesters is the
  contested framing a reader must see), and death tolls whose ranges cannot both
  be true. Each carries a severity (0..1 and a level) and the quotes of both
  sides; each side points at the mention that gave its value (the sentence that
  dates the event, the claim that gives the figure), not at the document's first
  mention, so that a reader sees which sentence says what.

Dates, places and types are compared only between different documents: one
document's sentences seldom contradict each other on them, and when they seem
to it is the extractor's anchoring, not the source. Tolls and perpetrators are
compared between different sources even inside one document ("the ministry
said three; the group said 34").
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from pydantic import BaseModel

from historiograph.nlp.entities import name_key
from historiograph.reconcile.accounts import Account, ActorRef, Denial, Figure, PlaceRef
from historiograph.reconcile.features import (
    actor_similarity,
    actor_tokens,
    allowance_km,
    day_gap,
    distance_km,
    located_names,
    same_place_name,
    worded_type,
    worded_types,
)
from historiograph.reconcile.settings import Settings

_NAME_WORD = re.compile(r"[^\W\d_]+")
ARTICLES = frozenset({"the", "a", "an", "this", "its"})
PRECISION_ORDER = ("day", "month", "season", "quarter", "year", "decade", "unknown")


class DocumentAccount(BaseModel):
    """The event as one document tells it: its mentions in the cluster, merged."""

    document: str
    title: str | None
    published: dt.date | None
    events: list[str]
    keys: list[str]
    type: str
    subtypes: list[str]
    earliest: dt.date | None
    latest: dt.date | None
    precision: str
    date_carried: bool = False
    place: PlaceRef | None
    place_carried: bool = False
    agents: list[ActorRef]
    patients: list[ActorRef]
    # Who the document says set the doers on ("rioters incited by the Union").
    instigators: list[ActorRef] = []
    figures: list[Figure]
    denials: list[Denial]
    quotes: list[str]
    # Which mention says what: a conflict's side points at the sentence that gave its
    # value (the dated one, the one with the figure), not at the document's first.
    mention_quotes: dict[str, str] = {}
    date_key: str | None = None
    place_key: str | None = None
    figure_keys: dict[str, str] = {}
    agent_keys: dict[str, str] = {}
    type_keys: dict[str, str] = {}
    denial_keys: dict[str, str] = {}

    def mention(self, key: str | None) -> tuple[str, str]:
        """The key and quote of the mention ``key``, or of the first mention."""
        if key is None or key not in self.mention_quotes:
            return self.keys[0], self.quotes[0]
        return key, self.mention_quotes[key]


class SourcedFigure(BaseModel):
    document: str
    title: str | None
    figure: Figure


class Fatalities(BaseModel):
    """UCDP-style low/best/high over every source's figure, each figure traceable."""

    low: float
    best: float
    high: float
    figures: list[SourcedFigure]


class Side(BaseModel):
    """One side of a conflict: what one document (or source in it) says, in its words."""

    document: str
    title: str | None
    event_key: str
    value: str
    source: str | None = None
    quote: str
    # Other documents that report the same voice saying the same thing (one denial
    # quoted by two papers): the same conflict, listed once (see _dedupe).
    also: list[Side] = []


class Conflict(BaseModel):
    field: str
    severity: float
    level: str
    summary: str
    a: Side
    b: Side


class Comparison(BaseModel):
    label: str
    type: str
    earliest: dt.date | None
    latest: dt.date | None
    place: str | None
    actors: list[str]
    accounts: list[DocumentAccount]
    fatalities: Fatalities | None
    conflicts: list[Conflict]


def document_accounts(accounts: Sequence[Account]) -> list[DocumentAccount]:
    """Merge each document's mentions into one account, documents in first-mention order."""
    by_document: dict[str, list[Account]] = {}
    for account in accounts:
        by_document.setdefault(account.document, []).append(account)
    overall = Counter(a.type for a in accounts)
    return [_merge(mentions, overall) for mentions in by_document.values()]


def _merge(mentions: list[Account], overall: Counter[str]) -> DocumentAccount:
    """One document's account; its type is its most told one, ties going to the cluster's."""
    mentions = sorted(mentions, key=lambda a: a.span[0])
    dated = [m for m in mentions if m.interval is not None]
    when = min(
        dated,
        key=lambda m: (
            m.date_carried or m.date_of_later_occasion,
            PRECISION_ORDER.index(m.precision),
        ),
        default=None,
    )
    # A document none of whose mentions the extractor dated gives the date its sentence
    # states ("Fighting broke out on Sunday ... 25 people had been killed").
    stated = next((m for m in mentions if m.sentence_date is not None), None) if not dated else None
    placed = [m for m in mentions if m.place is not None]
    where = min(
        placed, key=lambda m: (m.place_carried, (m.place and m.place.precision) or 1), default=None
    )
    figures = {f.claim: f for m in mentions for f in m.figures}
    if any(not f.named_dead for f in figures.values()):
        # The document counts the dead itself: a victim it names dead in another
        # sentence is one of those counted, no toll of its own.
        figures = {c: f for c, f in figures.items() if not f.named_dead}
    figure_keys: dict[str, str] = {}
    agent_keys: dict[str, str] = {}
    type_keys: dict[str, str] = {}
    for m in mentions:
        for f in m.figures:
            figure_keys.setdefault(f.claim, m.key)
        for actor in [*m.agents, *m.instigators]:
            agent_keys.setdefault(actor.name, m.key)
        type_keys.setdefault(m.type, m.key)
    # A denial's side points at the document's own account of the event denied, not
    # at the act of denying, which is a statement and, in the ontology, its own event;
    # nor at the act told as denied ("the Front did not fire a shell") where the
    # document tells what it says did happen ("the army's gunners shelled the market").
    told = next(
        (m.key for m in mentions if m.type != "statement" and m.modality != "denied"),
        next((m.key for m in mentions if m.type != "statement"), None),
    )
    denial_keys = {d.quote: told or m.key for m in reversed(mentions) for d in m.denials}
    denials = {d.quote: d for m in mentions for d in m.denials}
    first = mentions[0]
    types = Counter(m.type for m in mentions)
    return DocumentAccount(
        document=first.document,
        title=first.title,
        published=first.published,
        events=[m.event for m in mentions],
        keys=[m.key for m in mentions],
        type=max(types, key=lambda t: (types[t], overall[t])),
        subtypes=sorted({m.subtype for m in mentions if m.subtype}),
        earliest=_stated_or(when, stated, 0),
        latest=_stated_or(when, stated, 1),
        precision=when.precision
        if when is not None
        else stated.sentence_date.precision
        if stated is not None and stated.sentence_date is not None
        else "unknown",
        # A burial's day is no source's day for the death (accounts._dates_a_later_occasion).
        date_carried=when is not None and (when.date_carried or when.date_of_later_occasion),
        place=None if where is None else where.place,
        place_carried=where is not None and where.place_carried,
        agents=_unique(a for m in mentions for a in m.agents),
        patients=_unique(a for m in mentions for a in m.patients),
        instigators=_unique(a for m in mentions for a in m.instigators),
        figures=list(figures.values()),
        denials=list(denials.values()),
        quotes=list(dict.fromkeys(m.quote for m in mentions)),
        mention_quotes={m.key: m.quote for m in mentions},
        date_key=when.key if when is not None else None if stated is None else stated.key,
        place_key=None if where is None else where.key,
        figure_keys=figure_keys,
        agent_keys=agent_keys,
        type_keys=type_keys,
        denial_keys=denial_keys,
    )


def _stated_or(when: Account | None, stated: Account | None, end: int) -> dt.date | None:
    """One end (0: earliest, 1: latest) of the extractor's date for the mention ``when``,
    else of the date the sentence of ``stated`` gives."""
    if when is not None and when.interval is not None:
        return when.interval[end]
    if stated is not None and stated.sentence_date is not None:
        return (stated.sentence_date.earliest, stated.sentence_date.latest)[end]
    return None


def _unique(actors: Iterable[ActorRef]) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for actor in actors:
        seen.setdefault(actor.entity or actor.name, actor)
    return list(seen.values())


def figure_range(figure: Figure, settings: Settings) -> tuple[float, float] | None:
    """The range of values a figure allows: "more than 400" is [400, ∞).

    A bound the claim leaves open is open here too: a vague word keeps only its floor
    ("dozens" is 24 or more, with no number to stand for a ceiling), and ignoring such
    a figure would hide every toll it contradicts ("dozens" against seven)."""
    if figure.low is None:
        return None if figure.high is None else (0.0, figure.high)
    if figure.high is None:
        return figure.low, math.inf
    value = figure.low if figure.low == figure.high else None
    fraction = settings.conflicts.about_fraction
    match figure.qualifier:
        case "about" if value is not None:
            return value * (1 - fraction), value * (1 + fraction)
        case "more_than" | "at_least":
            return figure.low, math.inf
        case "less_than" | "up_to":
            return 0.0, figure.high
        case _:
            return figure.low, figure.high


def fatalities(accounts: Sequence[DocumentAccount], settings: Settings) -> Fatalities | None:
    """Low, best and high over every credible fatality figure (denied figures left out)."""
    sourced = [
        SourcedFigure(document=a.document, title=a.title, figure=f)
        for a in accounts
        for f in a.figures
        if f.property == "fatalities" and f.stance != "denied" and f.low is not None
    ]
    if not sourced:
        return None
    # an open figure ("dozens", low 24 and no high) stands at the bound it states
    points = [
        (s.figure.low + (s.figure.high if s.figure.high is not None else s.figure.low)) / 2
        for s in sourced
        if s.figure.low is not None
    ]
    return Fatalities(
        low=min(points), best=statistics.median(points), high=max(points), figures=sourced
    )


def compare(accounts: Sequence[Account], settings: Settings) -> Comparison:
    """The cluster side by side: each document's account, the fatalities and every conflict."""
    docs = document_accounts(accounts)
    worded: dict[str, set[str]] = {}
    said: dict[str, set[str]] = {}
    typed: set[str] = set()
    for account in accounts:
        worded.setdefault(account.document, set())
        said.setdefault(account.document, set())
        if _unplaced_ground(account, settings):
            continue
        own = worded_type(account.trigger)
        worded[account.document].add(own or account.type)
        # "The massacre" means the attack others tell as well (conflicts.also_means).
        worded[account.document] |= settings.conflicts.also_means.get(
            f"{account.type}/{account.subtype}", frozenset()
        )
        said[account.document].update(worded_types(_without_tolls(account.quote, settings)))
        if own is not None:
            typed.add(account.document)
    # A word of another kind in the sentence ("according to" is an agreement's word)
    # types nothing about this event.
    kinds = {a.type for a in accounts} | settings.conflicts.violent_types
    typed |= {document for document, types in said.items() if types & kinds}
    # A document that tells the event only as not done ("we do not make war on
    # travellers") says what did not happen, not what kind of event did.
    typed -= {a.document for a in accounts if a.negated} - {
        a.document for a in accounts if not a.negated
    }
    framings = _framings(accounts, docs, settings)
    framing, rioting = framings.model, framings.rioting
    places = _place_names(accounts, settings)
    acting = {d.document: _acting(d, accounts, settings) for d in docs}
    conflicts: list[Conflict] = []
    for a, b in itertools.combinations(docs, 2):
        # The mentions that gave each side's type, where the type was read from them
        # rather than from the document's framing as a whole.
        keys: tuple[str | None, str | None] | None = None
        conflicts += _date_conflicts(a, b, settings)
        conflicts += _place_conflicts(a, b, settings)
        fa, fb = framing[a.document], framing[b.document]
        # A riot against the force that ended it is a conflict only where the other
        # side does not tell the crowd's violence too (one side left the force out).
        both_riot = a.document in rioting and b.document in rioting
        # A source whose words type nothing ("14 people died in the violence") tells
        # no kind of event: the model's guess at one is no rival framing.
        if not {a.document, b.document} <= typed:
            types: tuple[str, str] | None = None
        elif _framed_apart(fa, fb, settings) and not both_riot:
            types = (fa, fb)
        elif _typed_apart(a, b, worded, said):
            types = (a.type, b.type)
        elif _contested_in_words(framings.worded, said, (a, b), settings):
            types = (framings.worded[a.document], framings.worded[b.document])
        else:
            types = _victims_told_apart(a, b, accounts, framings.worded, settings)
            if types is not None:
                keys = (
                    _hit_key(a.document, accounts, settings),
                    _hit_key(b.document, accounts, settings),
                )
        blamed = _agent_conflicts(acting[a.document], acting[b.document], places, settings)
        # Blame laid on another doer makes a fight against a killing a dispute only
        # where both documents' words tell a kind of event.
        if (
            types is None
            and blamed
            and {a.document, b.document} <= typed
            and _contested_by_doers(framings.worded, (a, b), settings)
        ):
            types = (framings.worded[a.document], framings.worded[b.document])
        if types is not None and not _both_tell_a_fight(a, b, types, accounts, settings):
            conflicts += _type_conflicts(a, b, settings, types, keys)
        conflicts += blamed
    for a, b in itertools.combinations_with_replacement(docs, 2):
        conflicts += _figure_conflicts(a, b, settings)
    for a in docs:
        for b in docs:
            conflicts += _denial_conflicts(acting[a.document], b, places, settings)
    conflicts.sort(key=lambda c: -c.severity)
    conflicts = _dedupe(conflicts)
    dated = [d for d in docs if d.earliest is not None]
    type_ = _headline_type(accounts, framings.worded, settings)
    place = _main_place(docs)
    when = (
        (
            min(d.earliest for d in dated if d.earliest),
            max(d.latest for d in dated if d.latest),
        )
        if dated
        else (None, None)
    )
    return Comparison(
        label=_label(accounts[0], place, when[0]),
        type=type_,
        earliest=when[0],
        latest=when[1],
        place=place,
        actors=sorted({x.name for d in docs for x in [*d.agents, *d.patients]}),
        accounts=docs,
        fatalities=fatalities(docs, settings),
        conflicts=conflicts,
    )


def _without_tolls(quote: str, settings: Settings) -> str:
    """The sentence without its passive tolls (``conflicts.toll_passives``): "three of
    the intruders were killed" says who died, not what was done to them, and types
    nothing its writer says happened. Read as an attack word, it would hide the dispute
    between the writer's battle and another source's ambush."""
    tolls = settings.conflicts.toll_passives
    auxiliaries = "|".join(re.escape(w) for w in sorted(tolls.auxiliaries))
    verbs = "|".join(re.escape(w) for w in sorted(tolls.verbs))
    return re.sub(rf"\b(?:{auxiliaries})\s+(?:{verbs})\b", " ", quote, flags=re.IGNORECASE)


def _unplaced_ground(account: Account, settings: Settings) -> bool:
    """Whether the mention is ground won or lost (``conflicts.ground_subtypes``) that
    names no place, only things by their common nouns: "the Front had no part in the
    seizure of the bus" is the typing model's reading of "seizure", not ground taken,
    and tells no kind of event against the others' hostage taking. A patient named by
    a proper name ("seized Kesh") is a place the resolver may not know."""
    return (
        account.subtype in settings.conflicts.ground_subtypes
        and account.place is None
        and not any(x.name[:1].isupper() for x in account.patients)
    )


def _dedupe(conflicts: list[Conflict]) -> list[Conflict]:
    """The conflicts, each said once: a conflict that sets the same evidence against
    the same voice saying the same thing as an earlier one is that conflict again.

    One perpetrator named in one sentence and denied by one government that two
    documents quote is one disagreement; listed twice it reads as two. The other
    document's words are kept on the earlier conflict's side (``also``), so nothing a
    reader could check is lost. An author's own figure or date is its own evidence and
    is never folded into another's: only a named source's words are one voice.
    """
    kept: list[Conflict] = []
    for conflict in conflicts:
        for n, earlier in enumerate(kept):
            folded = _fold(earlier, conflict) if earlier.field == conflict.field else None
            if folded is not None:
                kept[n] = folded
                break
        else:
            kept.append(conflict)
    return kept


def _fold(earlier: Conflict, later: Conflict) -> Conflict | None:
    """``earlier`` with ``later``'s other side kept as its also-reported words, when one
    side of each is the same mention and the other the same voice and value."""
    for same, other in ((later.a, later.b), (later.b, later.a)):
        for mine, theirs, name in ((earlier.a, earlier.b, "b"), (earlier.b, earlier.a, "a")):
            if not _same_side(mine, same) or not _same_voice_and_value(theirs, other):
                continue
            if other.document == theirs.document or any(
                s.document == other.document for s in theirs.also
            ):
                return earlier
            widened = theirs.model_copy(update={"also": [*theirs.also, other]})
            return earlier.model_copy(update={name: widened})
    return None


def _same_side(a: Side, b: Side) -> bool:
    """Whether two sides are one mention giving one value."""
    return a.model_dump(exclude={"also", "source"}) == b.model_dump(exclude={"also", "source"})


def _same_voice_and_value(a: Side, b: Side) -> bool:
    if a.value != b.value or a.source is None or b.source is None:
        return False
    return a.source != "author" and name_key(a.source) == name_key(b.source)


def _headline_type(accounts: Sequence[Account], framing: dict[str, str], settings: Settings) -> str:
    """The cluster's type: the framing most documents give, one vote each, in their
    trigger words' own type.

    Counting mentions would let one side's framing win by telling it in more
    sentences (a ministry's riot in four sentences against three documents' shooting
    in one each); and the words, not the typing model, say what a document claims
    happened ("attacked" and "murdered" are an attack even where the model, seeing
    soldiers, read a clash). A tie goes to the type the other framings can most nearly
    mean (type compatibility summed over the documents: "attack" between one side's
    "clashes" and the other's "massacre"), then to a type some account gives a death
    toll for, then to the type told in more sentences.
    """
    votes = Counter(framing.values())
    told = Counter(a.type for a in accounts)
    tolled = {a.type for a in accounts if any(f.property == "fatalities" for f in a.figures)}

    def support(t: str) -> float:
        return sum(n * settings.compatibility(t, other) for other, n in votes.items())

    return max(sorted(votes), key=lambda t: (votes[t], support(t), t in tolled, told[t]))


def _main_place(docs: Sequence[DocumentAccount]) -> str | None:
    names = Counter(d.place.name for d in docs if d.place is not None and d.place.name is not None)
    precise = [
        d.place.name
        for d in docs
        if d.place is not None and d.place.name and (d.place.precision or 1) == 1
    ]
    if precise:
        return Counter(precise).most_common(1)[0][0]
    return names.most_common(1)[0][0] if names else None


def _label(first: Account, place: str | None, day: dt.date | None) -> str:
    parts = [first.trigger]
    if place:
        parts.append(place)
    if day:
        parts.append(day.isoformat())
    return " · ".join(parts)


def _side(
    account: DocumentAccount,
    value: str,
    key: str | None,
    *,
    quote: str | None = None,
    source: str | None = None,
) -> Side:
    """One side of a conflict, pointing at the mention ``key`` that gave its value (its
    sentence is the quote unless ``quote`` gives the words, as a figure's claim does)."""
    event_key, mention_quote = account.mention(key)
    return Side(
        document=account.document,
        title=account.title,
        event_key=event_key,
        value=value,
        source=source,
        quote=mention_quote if quote is None else quote,
    )


def _conflict(
    field: str, severity: float, summary: str, a: Side, b: Side, settings: Settings
) -> Conflict:
    severity = round(min(1.0, max(0.0, severity)), 3)
    return Conflict(
        field=field,
        severity=severity,
        level=settings.conflicts.level(severity),
        summary=summary,
        a=a,
        b=b,
    )


def _date_text(account: DocumentAccount) -> str:
    if account.earliest == account.latest:
        return str(account.earliest)
    return f"{account.earliest}/{account.latest}"


def _date_conflicts(a: DocumentAccount, b: DocumentAccount, settings: Settings) -> list[Conflict]:
    """Dates that cannot both be right; a date the extractor carried over from earlier
    text (the document never dates this event) is nobody's claim, so it conflicts with
    nothing."""
    if a.date_carried or b.date_carried:
        return []
    ia = (a.earliest, a.latest) if a.earliest and a.latest else None
    ib = (b.earliest, b.latest) if b.earliest and b.latest else None
    gap = day_gap(ia, ib)
    if not gap or gap <= _fuzzy_edges(a, b, settings):
        return []
    severity = gap / settings.conflicts.date_severity_days
    summary = f"dates {gap} days apart: {_date_text(a)} against {_date_text(b)}"
    return [
        _conflict(
            "date",
            severity,
            summary,
            _side(a, _date_text(a), a.date_key),
            _side(b, _date_text(b), b.date_key),
            settings,
        )
    ]


def _fuzzy_edges(a: DocumentAccount, b: DocumentAccount, settings: Settings) -> int:
    """Days a gap may span without conflict: a season's, quarter's or year's tolerance.

    Where "the spring of 1983" begins is a convention (March 1 or March 20), so a
    shooting on March 14 does not contradict it; days and months have exact edges,
    and a source's August 4 against another's August 3 is a conflict to show.
    """
    if not ({a.precision, b.precision} & settings.conflicts.fuzzy_date_precisions):
        return 0
    return settings.time.slack(a.precision, b.precision)[0]


def _place_conflicts(a: DocumentAccount, b: DocumentAccount, settings: Settings) -> list[Conflict]:
    """Places that cannot both be right; one carried over from other sentences is
    nobody's claim."""
    if a.place is None or b.place is None or a.place_carried or b.place_carried:
        return []
    km = distance_km(a.place, b.place)
    if km is not None:
        if km <= allowance_km(a.place, b.place, settings):
            return []
        severity = km / settings.conflicts.place_severity_km
        summary = f"places {km:.0f} km apart: {a.place.name} against {b.place.name}"
    else:
        # Without coordinates on both sides only two places the resolver knows can be
        # told apart by name: an unresolved name ("the Excelsior", a cafe) may well lie
        # inside the other's town.
        precise = (a.place.precision or 1) == 1 and (b.place.precision or 1) == 1
        known = a.place.entity is not None and b.place.entity is not None
        if not precise or not known or same_place_name(a.place, b.place) is not False:
            return []
        severity = settings.conflicts.place_names_severity
        summary = f"different places: {a.place.name} against {b.place.name}"
    return [
        _conflict(
            "place",
            severity,
            summary,
            _side(a, a.place.name or "", a.place_key),
            _side(b, b.place.name or "", b.place_key),
            settings,
        )
    ]


class Framings(NamedTuple):
    """How each document frames the event, by the typing model (``model``) and by its
    trigger words (``worded``), and which documents tell the crowd's own violence."""

    model: dict[str, str]
    worded: dict[str, str]
    rioting: set[str]


def _framings(
    accounts: Sequence[Account], docs: Sequence[DocumentAccount], settings: Settings
) -> Framings:
    """Each document's framing of the event (its most told violent type, else its
    type), and the documents that tell the crowd's own violence.

    A document that tells a march and the shooting that broke it up ("they fired on
    our march") frames the event as the shooting, whichever it mentions more often:
    the march is the setting, the force is what the document says happened. Violence
    the document says the crowd itself did is no such force: "a mob attacked the
    polling station", "the peasants marched on the tax office and burned it" and
    "they attacked the guard" after "the convicts rioted" are the riot, whatever type
    the model gave the verb, and a document that tells only the crowd's violence
    frames the event as a riot (``conflicts.crowd``).
    """
    violent = settings.conflicts.violent_types
    crowd = settings.conflicts.crowd
    riots = {
        a.document
        for a in accounts
        if a.type == crowd.type
        and a.subtype in crowd.riot_subtypes
        and not _acted_upon(a, accounts, settings)
    }
    # The crowd as the cluster knows it: who marched in any account, and whom any
    # account calls a crowd ("a crowd of peasants"), so that a memoir's "the peasants
    # burned the tax office" is the crowd's act as the governor's telegram tells it.
    crowds = {
        _actor_key(x)
        for a in accounts
        for x in a.agents
        if a.type == crowd.type or _is_crowd(x, a.quote, settings)
    }
    told: dict[str, list[Account]] = {}
    rioting = set(riots)
    for account in _framing_mentions(accounts, riots, settings):
        if account.type not in violent:
            continue
        doc = account.document
        if _crowd_violence(account, doc in riots, crowds):
            rioting.add(doc)
        else:
            told.setdefault(doc, []).append(account)
    model: dict[str, str] = {}
    worded: dict[str, str] = {}
    for d in docs:
        if d.document in told:
            force = told[d.document]
            model[d.document] = _most_told(force, lambda a: a.type)
            worded[d.document] = _most_told(force, lambda a: worded_type(a.trigger) or a.type)
        else:
            model[d.document] = worded[d.document] = crowd.type if d.document in rioting else d.type
    return Framings(model, worded, rioting)


def _framing_mentions(
    accounts: Sequence[Account], riots: set[str], settings: Settings
) -> list[Account]:
    """The mentions that frame the event: a document's arrests and other acts that kill
    nobody (``conflicts.nonlethal_subtypes``) only where it tells nothing else of it.

    "Security forces have since detained fourteen suspects", told after "the convicts
    rioted ... six convicts died", is what followed the riot, not the force the ministry
    says ended it: read as its framing, the arrest would make the ministry's riot a
    crackdown like the soldiers' shooting the others tell, and hide the dispute.
    """
    nonlethal = settings.conflicts.nonlethal_subtypes
    violent = settings.conflicts.violent_types
    telling = {
        a.document
        for a in accounts
        if a.subtype not in nonlethal and (a.type in violent or a.document in riots)
    }
    return [a for a in accounts if a.subtype not in nonlethal or a.document not in telling]


def _acted_upon(protest: Account, accounts: Sequence[Account], settings: Settings) -> bool:
    """Whether the protest is what a violent mention of its document was done to.

    "I saw the soldiers fire on the strikers' march" tells the march as the target of
    the shooting: the typing model may read the march as a riot, but the source tells
    no violence of the crowd's own, and the force is its framing.
    """
    trigger = set(_NAME_WORD.findall(protest.trigger.lower()))
    return bool(trigger) and any(
        m.document == protest.document
        and m.type in settings.conflicts.violent_types
        and any(trigger <= set(_NAME_WORD.findall(x.name.lower())) for x in m.patients)
        for m in accounts
    )


def _most_told(mentions: Sequence[Account], type_of: Callable[[Account], str]) -> str:
    """The type most of ``mentions`` are told as, a tie going to one that carries a toll."""
    counts = Counter(type_of(m) for m in mentions)
    tolled = {type_of(m) for m in mentions if any(f.property == "fatalities" for f in m.figures)}
    return max(sorted(counts), key=lambda t: (counts[t], t in tolled))


def _crowd_violence(account: Account, tells_riot: bool, crowds: set[str]) -> bool:
    """Whether a violent mention tells the crowd's own violence: every doer its sentence
    names is the crowd, or it names none in a document that tells a riot.

    A doer the sentence does not name is one the extractor carried from elsewhere in
    the document ("incendiaries of the Union" from a later sentence, beside "a mob of
    strikers ... stormed the police post"): the sentence's own words say who acted.
    """
    named = [x for x in account.agents if _named_in(x.name, account.quote)]
    agents = named or account.agents
    if not agents:
        return tells_riot
    return all(_actor_key(agent) in crowds for agent in agents)


def _named_in(name: str, quote: str) -> bool:
    """Whether ``quote`` names ``name`` as a whole word (its own sentence, not another)."""
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", quote, re.IGNORECASE) is not None


def _actor_key(actor: ActorRef) -> str:
    return name_key(actor.name) or actor.entity


def _is_crowd(actor: ActorRef, quote: str, settings: Settings) -> bool:
    """Whether an actor is a crowd: its name says so ("rioters"), or the sentence does
    ("a mob of opposition supporters", "a crowd of some 300 persons")."""
    words = settings.conflicts.crowd.words
    if set(_NAME_WORD.findall(actor.name.lower())) & words:
        return True
    collective = "|".join(re.escape(w) for w in sorted(words))
    # A count may stand between ("a mob of about two thousand persons").
    counted = rf"(?:[\w-]+\s+){{0,{settings.conflicts.crowd.count_words}}}?"
    called = rf"\b(?:{collective})\s+of\s+{counted}{re.escape(actor.name)}"
    return re.search(called, quote, re.IGNORECASE) is not None


def _framed_apart(a: str, b: str, settings: Settings) -> bool:
    """Whether two framings differ as what happened, not as readings of one verb.

    The typing model reads "attacked" as an attack or a battle by its sentence, so a
    type the other side's words also mean is no conflict. But types that only
    contested accounts bring together (a riot against a shooting of protesters,
    ``conflicts.framing_compatibility`` or below) come from who the sources say
    acted, not from the verb: "rioters attacked the Guard" is a riot even though
    "attacked" is an attack word, and the other side's shooting disagrees with it.
    """
    return a != b and settings.compatibility(a, b) <= settings.conflicts.framing_compatibility


def _contested_in_words(
    framing: dict[str, str],
    said: dict[str, set[str]],
    docs: tuple[DocumentAccount, DocumentAccount],
    settings: Settings,
) -> bool:
    """Whether two documents' own words frame the event as a fight on one side and a
    killing on the other (``conflicts.contested_framings``: a clash against a massacre).

    The typing model reads "soldiers entered the village and shot dead 17 villagers" as
    a clash as readily as "the patrol clashed with a band"; the words do not, and who
    fought whom is what such sources dispute. Neither side's framing may be a type its
    rival's sentences also mean ("clashes" in both is no disagreement), and remote
    violence (an air strike, a shelling: ``conflicts.remote_subtypes``) is no fight
    between two sides whatever type the model gives it.
    """
    a, b = docs
    wa, wb = framing[a.document], framing[b.document]
    remote = settings.conflicts.remote_subtypes
    return (
        frozenset((wa, wb)) in settings.conflicts.contested_framings
        and wa not in said[b.document]
        and wb not in said[a.document]
        and not (remote & {*a.subtypes, *b.subtypes})
    )


def _contested_by_doers(
    framing: dict[str, str],
    docs: tuple[DocumentAccount, DocumentAccount],
    settings: Settings,
) -> bool:
    """Whether two documents that name different perpetrators also frame the event, in
    their trigger words (``framing``), as a fight on one side and a one-sided killing on
    the other (``conflicts.contested_framings``).

    "A band of the League opened fire on the constables, who returned fire" against "the
    Constabulary fired into the crowd": the governor's "opened fire" is an attack word,
    so the words alone (``_contested_in_words``) cannot tell his clash from the others'
    shooting. But the League's attack is his counter-story, not the others': where the
    two sides blame different doers, a clash told against a one-sided killing is what
    they dispute (the blame laid on another, told as an exchange of fire). The typing
    model's reading of "fired into a crowd" as a clash is no such telling, so the
    framings compared are the trigger words'. Remote violence
    (``conflicts.remote_subtypes``) is fought by one side however it is told.
    """
    a, b = docs
    remote = settings.conflicts.remote_subtypes
    return frozenset(
        (framing[a.document], framing[b.document])
    ) in settings.conflicts.contested_framings and not (remote & {*a.subtypes, *b.subtypes})


def _victims_told_apart(
    a: DocumentAccount,
    b: DocumentAccount,
    accounts: Sequence[Account],
    framing: dict[str, str],
    settings: Settings,
) -> tuple[str, str] | None:
    """The two documents' framings where one tells the dead as armed fighters and the
    other as people who could not fight back (``conflicts.fighters``), else ``None``.

    "A company of the Rifles engaged an armed band and dispersed it; three of the band
    were killed" and "the Rifles massacred twenty-two unarmed cane cutters" may both be
    typed an attack by their verbs, and the governor's "dispersed" means a crackdown as
    much as the union's "massacred" does, so neither the types nor the words set them
    apart; who the victims were does, and that is what such sources dispute. The side
    that disputes the fight must say nothing of fighters and not frame the event as a
    fight: "our fighters killed 30 of the enemy" tells the same battle as "a band was
    dispersed". A word the lexicon files under battles ("fell upon", "surrounded") is no
    such framing: troops fall upon a village as readily as upon a band. Remote violence
    (``conflicts.remote_subtypes``) is no fight whoever it killed: "40 terrorists" against
    "27 people" under an air strike is a dispute over the toll, not over what happened.
    """
    if settings.conflicts.remote_subtypes & {*a.subtypes, *b.subtypes}:
        return None
    fight = settings.conflicts.fighters.type
    for fighting, other, flip in ((a, b, False), (b, a, True)):
        if not (
            _victims_are_fighters(fighting.document, accounts, settings)
            or _fighters_attacked_forces(fighting.document, accounts, settings)
        ):
            continue
        if not _victims_not_fighters(other.document, accounts, framing, settings):
            continue
        types = (fight, framing[other.document])
        return (types[1], types[0]) if flip else types
    return None


def _both_tell_a_fight(
    a: DocumentAccount,
    b: DocumentAccount,
    types: tuple[str, str],
    accounts: Sequence[Account],
    settings: Settings,
) -> bool:
    """Whether one side frames the event as a fight (``conflicts.fighters.type``) and the
    other, whatever its verb, counts armed fighters as its dead: "our fighters held the
    pass and killed 30 of the enemy", typed an attack by "killed", tells the battle the
    historian's "the battle of the pass" tells."""
    fight = settings.conflicts.fighters.type
    return any(
        told == fight
        and other != fight
        and _victims_are_fighters(side.document, accounts, settings)
        for told, other, side in ((types[0], types[1], b), (types[1], types[0], a))
    )


def _hit_key(document: str, accounts: Sequence[Account], settings: Settings) -> str | None:
    """The document's first violent mention that says who was hit: a death toll, else
    named victims (the mention a type read from the victims rests on)."""
    violent = [
        m for m in accounts if m.document == document and m.type in settings.conflicts.violent_types
    ]
    tolled = [m for m in violent if any(f.property == "fatalities" for f in m.figures)]
    hit = tolled or [m for m in violent if m.patients]
    return hit[0].key if hit else None


def _victims_are_fighters(document: str, accounts: Sequence[Account], settings: Settings) -> bool:
    """Whether the document's violent mentions call those they hit combatants: every
    victim they name, or every death toll they give, by a word for armed fighters ("the
    band", "some 30 rebels") or for the forces that fought them ("two constables"), and
    some of them fighters of an armed group; the forces' own dead alone are no sign of
    whom they fought."""
    fighters = settings.conflicts.fighters
    combatants = fighters.words | fighters.forces
    for named in _victim_words(document, accounts, settings):
        if named and all(w & combatants for w in named) and any(w & fighters.words for w in named):
            return True
    return False


def _fighters_attacked_forces(
    document: str, accounts: Sequence[Account], settings: Settings
) -> bool:
    """Whether the document tells armed fighters falling on the forces: a violent mention
    whose doers include a word for armed fighters and whose every named victim is a force
    ("armed insurgents of the Volksverein opened fire on the troops", "extremists
    ambushed a patrol").

    Such a side tells a fight whoever its toll counts ("seven persons lost their lives"):
    the armed band, not the crowd the others say was fired on, is who it says began it,
    and set against forces firing on people who could not fight back that is what the
    two dispute."""
    fighters = settings.conflicts.fighters
    for mention in accounts:
        if mention.document != document or mention.type not in settings.conflicts.violent_types:
            continue
        doers = [set(_NAME_WORD.findall(x.name.lower())) for x in mention.agents]
        hit = [set(_NAME_WORD.findall(x.name.lower())) for x in mention.patients]
        if (
            hit
            and any(words & fighters.words for words in doers)
            and all(words & fighters.forces for words in hit)
        ):
            return True
    return False


def _victims_not_fighters(
    document: str,
    accounts: Sequence[Account],
    framing: dict[str, str],
    settings: Settings,
) -> bool:
    """Whether the document names who was hit ("unarmed cane cutters", "a crowd of tea
    pickers", not just "people" or "bodies"), or says in its sentences that they could
    not fight ("nineteen of its people, among them women and children": the extractor
    may keep only "people" of such a toll), none of them combatants, without a word
    for armed fighters anywhere in its sentences and without framing the event as a
    fight. A victim named by a proper name is the place or building hit ("the Excelsior
    cafe"), or a person singled out, and says nothing of whether the dead could fight."""
    fighters = settings.conflicts.fighters
    combatants = fighters.words | fighters.forces
    named = [
        w for group in _victim_words(document, accounts, settings, common_only=True) for w in group
    ]
    total = settings.conflicts.total_nouns
    words = {
        w for m in accounts if m.document == document for w in _NAME_WORD.findall(m.quote.lower())
    }
    return (
        (any(w - total for w in named) or bool(words & fighters.noncombatants))
        and not any(w & combatants for w in named)
        and not (words & fighters.words)
        and framing[document] != fighters.type
    )


def _victim_words(
    document: str, accounts: Sequence[Account], settings: Settings, *, common_only: bool = False
) -> tuple[list[set[str]], list[set[str]]]:
    """The words of each victim the document's violent mentions name (only those named
    by a common noun where ``common_only``), and the noun of each death toll they give
    that counts someone in particular (not "19 people")."""
    violent = [
        m for m in accounts if m.document == document and m.type in settings.conflicts.violent_types
    ]
    victims = [
        set(_NAME_WORD.findall(x.name.lower()))
        for m in violent
        for x in m.patients
        if not (common_only and x.name[:1].isupper())
    ]
    nouns = (
        _counted_noun(f, settings) for m in violent for f in m.figures if f.property == "fatalities"
    )
    return victims, [{noun} for noun in nouns if noun is not None]


def _typed_apart(
    a: DocumentAccount,
    b: DocumentAccount,
    worded: dict[str, set[str]],
    said: dict[str, set[str]],
) -> bool:
    """Whether two documents tell the event as different types in their own words.

    Neither document's type may be one its rival's sentences also mean (``said``: the
    model read "attacked" as a battle; the extractor took "fire on" for the trigger
    of "mortar fire on the district", a shelling in its other word), and their
    triggers may share no word-meant type (``worded``): one memoir's "the gendarmes
    fired on the march", typed a clash, and a bulletin's "murdered", typed a
    massacre, both mean an attack, and the model's two readings of one act are no
    disagreement between the sources.
    """
    words_a, words_b = worded[a.document], worded[b.document]
    return (
        a.type not in said[b.document] | words_b
        and b.type not in said[a.document] | words_a
        and not (words_a & words_b)
    )


def _type_conflicts(
    a: DocumentAccount,
    b: DocumentAccount,
    settings: Settings,
    types: tuple[str, str],
    keys: tuple[str | None, str | None] | None = None,
) -> list[Conflict]:
    """The two sides tell the event as different types (``types``, as each document
    frames it), each in its own words: a type that the other side's trigger words also
    mean ("attacked", read as a battle) is the typing model's reading, not the
    source's. Each side points at its mention of that type, or at ``keys`` where the
    type was read from who the mentions say died."""
    ta, tb = types
    if ta == tb:
        return []
    ka, kb = keys or (a.type_keys.get(ta), b.type_keys.get(tb))
    severity = 1.0 - settings.compatibility(ta, tb)
    summary = f"told as {ta} against {tb}"
    return [
        _conflict(
            "type",
            severity,
            summary,
            _side(a, ta, ka),
            _side(b, tb, kb),
            settings,
        )
    ]


def _acting(
    doc: DocumentAccount, accounts: Sequence[Account], settings: Settings
) -> DocumentAccount:
    """The document's account with only the agents that could have done the violence.

    A document that tells a march and the force used on it ("the gendarmes opened
    fire on miners who were marching") makes the marchers the agents of the march:
    they are who was fired on, not who fired, and set against another side's
    perpetrator they are no rival one. Where the document tells a violent act in
    the cluster, the agents only its non-violent mentions name are left out; a
    document that tells only the crowd ("rioters stormed the post") keeps them.
    """
    violent = settings.conflicts.violent_types
    mentions = [a for a in accounts if a.document == doc.document]
    if not any(m.type in violent for m in mentions):
        return doc
    doers = {
        x.entity or x.name
        for m in mentions
        if m.type in violent
        for x in [*m.agents, *m.instigators]
    }
    agents = [x for x in doc.agents if (x.entity or x.name) in doers]
    instigators = [x for x in doc.instigators if (x.entity or x.name) in doers]
    if agents == doc.agents and instigators == doc.instigators:
        return doc
    return doc.model_copy(update={"agents": agents, "instigators": instigators})


def _place_names(accounts: Sequence[Account], settings: Settings) -> frozenset[str]:
    """The name keys of the towns and sites where the cluster's accounts place the event
    (countries and regions left out: "Iraq" may well be an actor), and of the names
    their sentences put after a locative preposition ("fired on miners at Dravna"),
    which the resolver may not know as places: the extractor that reads "they" in "they
    fired on the gate" as the Dravna of the sentence before names no perpetrator."""
    resolved = {
        name_key(a.place.name)
        for a in accounts
        if a.place is not None and a.place.name and (a.place.precision or 1) < 3
    }
    located = {name_key(n) for a in accounts for n in located_names(a.quote, settings)}
    return frozenset(resolved | located)


def _specific(
    actors: Sequence[ActorRef], places: frozenset[str], settings: Settings
) -> list[ActorRef]:
    """The actors named as who they are, not what kind: no generic words ("the troops")
    and no name of a town or site the cluster happens at, which is the extractor reading
    "the Bessek bombing" or "at the gates of Sarn University" as an actor."""
    return [
        x
        for x in actors
        if x.name and not actor_tokens(x, settings)[1] and name_key(x.name) not in places
    ]


def _agent_conflicts(
    a: DocumentAccount, b: DocumentAccount, places: frozenset[str], settings: Settings
) -> list[Conflict]:
    agents_a = _specific(_unique([*a.agents, *a.instigators]), places, settings)
    agents_b = _specific(_unique([*b.agents, *b.instigators]), places, settings)
    if not agents_a or not agents_b:
        return []
    if any(actor_similarity(x, y, settings) > 0 for x in agents_a for y in agents_b):
        return []
    if any(_owned_by(x, y, b.quotes) for x in agents_a for y in agents_b) or any(
        _owned_by(y, x, a.quotes) for x in agents_a for y in agents_b
    ):
        return []
    names_a = ", ".join(x.name for x in agents_a)
    names_b = ", ".join(x.name for x in agents_b)
    return [
        _conflict(
            "perpetrator",
            settings.conflicts.perpetrator_severity["different"],
            f"different perpetrators: {names_a} against {names_b}",
            _side(a, names_a, a.agent_keys.get(agents_a[0].name)),
            _side(b, names_b, b.agent_keys.get(agents_b[0].name)),
            settings,
        )
    ]


def _owned_by(owner: ActorRef, actor: ActorRef, quotes: Sequence[str]) -> bool:
    """Whether the sentences that name ``actor`` call it ``owner``'s ("Captain Osorio's
    column massacred 47 people"): the extractor takes the column for the doer, a source
    that names Osorio names the same men, and the two are no rival perpetrators."""
    owned = re.compile(
        rf"\b{re.escape(owner.name)}['’]s?\s+(?:[\w-]+\s+){{0,2}}{re.escape(actor.name)}\b",
        re.IGNORECASE,
    )
    return any(owned.search(quote) for quote in quotes)


def _same_actor(a: ActorRef, b: ActorRef, settings: Settings) -> bool:
    """Whether two names are one actor: the same entity or words, or one the short form
    of the other ("the Movement" for "the Qaralin Free Movement", as a text says it
    once named)."""
    return actor_similarity(a, b, settings) >= settings.actors.short_form_match


def _denial_conflicts(
    accused_in: DocumentAccount,
    denied_in: DocumentAccount,
    places: frozenset[str],
    settings: Settings,
) -> list[Conflict]:
    """A perpetrator one account names and a denial (in any account) by that same actor."""
    found: list[Conflict] = []
    for denial in denied_in.denials:
        for agent in _specific(
            _unique([*accused_in.agents, *accused_in.instigators]), places, settings
        ):
            denier = next((d for d in denial.agents if _same_actor(agent, d, settings)), None)
            if denier is None:
                continue
            found.append(
                _conflict(
                    "perpetrator",
                    settings.conflicts.perpetrator_severity["denied"],
                    f"{agent.name} named as perpetrator; {denier.name} denies it",
                    _side(accused_in, agent.name, accused_in.agent_keys.get(agent.name)),
                    _side(
                        denied_in,
                        f"denied by {denier.name}",
                        denied_in.denial_keys.get(denial.quote),
                        quote=denial.quote,
                        source=denier.name,
                    ),
                    settings,
                )
            )
            break
    return found


def _same_voice(a: str, b: str, title: str | None) -> bool:
    """Whether two sources in one document are one voice: the same name, or the author
    and a name the document's title gives itself ("the bulletin said" in "Army bulletin
    no. 14")."""
    if a == b:
        return True
    if "author" not in (a, b) or not title:
        return False
    other = _NAME_WORD.findall((b if a == "author" else a).lower())
    words = set(_NAME_WORD.findall(title.lower()))
    named = [w for w in other if w not in ARTICLES]
    return bool(named) and all(w in words for w in named)


def standing_figures(figures: Sequence[Figure], settings: Settings) -> list[Figure]:
    """The figures that state a source's toll: none that the same source tops.

    One source giving two death tolls for one event is giving a total and a part
    of it ("14 civilians, three of them children"; "12 soldiers and 3 police"):
    the part is no rival toll, and set against another source's total it would
    raise a conflict that no one disputes.
    """
    ranges = [(f, figure_range(f, settings)) for f in _add_victim_groups(figures, settings)]
    return [
        f
        for f, rf in ranges
        if not any(
            g.property == f.property
            and g.source == f.source
            and g.stance != "denied"
            and rf is not None
            and rg is not None
            and rg[0] > rf[1]
            for g, rg in ranges
        )
    ]


def _add_victim_groups(figures: Sequence[Figure], settings: Settings) -> list[Figure]:
    """The figures, with each source's death counts for separate victim groups summed.

    "Two constables were killed ... nine of the attackers were killed" is a toll of
    eleven, as UCDP counts it, not two rival tolls of two and nine: set against
    another source's "between 11 and 20" the larger part alone makes a conflict
    nobody states. Groups are told apart by the noun each figure counts; a figure
    that counts everyone ("19 people") or says it is part of another ("three of
    them") is left as it is, and the largest-figure rule of :func:`standing_figures`
    reads it.
    """
    groups: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        noun = _counted_noun(figure, settings)
        if figure.stance != "denied" and figure.low is not None and noun is not None:
            groups.setdefault((figure.property, figure.source), []).append(figure)
    summed = {
        key: group
        for key, group in groups.items()
        if len(group) > 1
        and key[0] in settings.conflicts.figures
        and len({_counted_noun(f, settings) for f in group}) == len(group)
    }
    if not summed:
        return list(figures)
    parts = {f.claim for group in summed.values() for f in group}
    totals = [_total(group) for group in summed.values()]
    return [f for f in figures if f.claim not in parts] + totals


def _counted_noun(figure: Figure, settings: Settings) -> str | None:
    """The noun a figure counts ("constables" in "Two constables"), ``None`` where it
    counts everyone or is part of another figure."""
    quote = figure.quote.lower()
    words = _NAME_WORD.findall(quote)
    if not words or any(re.search(rf"\b{p}\b", quote) for p in settings.conflicts.part_phrases):
        return None
    noun = words[-1]
    return None if noun in settings.conflicts.total_nouns else noun


def _total(group: Sequence[Figure]) -> Figure:
    """One figure for a source's victim groups together: the sum, open above if any is."""
    qualifiers = {f.qualifier for f in group}
    qualifier = next(
        (q for q in ("more_than", "at_least", "about") if q in qualifiers), group[0].qualifier
    )
    low = float(sum(f.low or 0.0 for f in group))
    opened = any(f.high is None for f in group)
    high = low if opened else float(sum(f.high or f.low or 0.0 for f in group))
    first = group[0]
    return first.model_copy(
        update={
            "value": int(low) if low == high and low.is_integer() else f"{low:g}-{high:g}",
            "low": low,
            "high": None if opened else high,
            "qualifier": qualifier if low == high else "range",
            "quote": " + ".join(f.quote for f in group),
        }
    )


def _figure_conflicts(a: DocumentAccount, b: DocumentAccount, settings: Settings) -> list[Conflict]:
    found: dict[tuple[float, float], Conflict] = {}
    for fa in standing_figures(a.figures, settings):
        for fb in standing_figures(b.figures, settings):
            if fa.property != fb.property or fa.property not in settings.conflicts.figures:
                continue
            if a.document == b.document and (
                fa.claim >= fb.claim or _same_voice(fa.source, fb.source, a.title)
            ):
                continue
            if "denied" in (fa.stance, fb.stance):
                continue
            ra, rb = figure_range(fa, settings), figure_range(fb, settings)
            if ra is None or rb is None or (ra[0] <= rb[1] and rb[0] <= ra[1]):
                continue
            low, high = (ra, rb) if ra[1] < rb[0] else (rb, ra)
            severity = (high[0] - low[1]) / high[0]
            key = (min(ra[0], rb[0]), max(ra[0], rb[0]))
            found.setdefault(
                key,
                _conflict(
                    fa.property,
                    severity,
                    f"{fa.property}: {_figure_text(fa)} ({fa.source}) against "
                    f"{_figure_text(fb)} ({fb.source})",
                    _side(
                        a,
                        _figure_text(fa),
                        a.figure_keys.get(fa.claim),
                        quote=fa.quote,
                        source=fa.source,
                    ),
                    _side(
                        b,
                        _figure_text(fb),
                        b.figure_keys.get(fb.claim),
                        quote=fb.quote,
                        source=fb.source,
                    ),
                    settings,
                ),
            )
    return list(found.values())


def _figure_text(figure: Figure) -> str:
    qualifier = "" if figure.qualifier == "exact" else figure.qualifier.replace("_", " ") + " "
    return f"{qualifier}{figure.value}"
