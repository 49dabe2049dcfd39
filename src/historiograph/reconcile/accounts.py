"""Accounts: one event as one document tells it, flattened for comparison.

The reconciler never compares records directly. Each event of a record becomes
an :class:`Account` that carries everything linking and conflict detection
need — type, interval, place, agents and patients by name, the evidence
sentence, every figure tied to its claim and source, and the denials the
document reports — so that an account can be stored as one JSON value and a
new document can be compared with stored accounts without reloading their
records.

An account is keyed by :func:`event_key`: the document id and the trigger's
span. That key survives re-extraction (the document id is the hash of its
text), so a person's merge or split decision, which is recorded against keys,
still applies after the extractor has changed and row ids have not survived.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from historiograph.reconcile.settings import Settings
from historiograph.record import Claim, Event, EventPrecision, Record, Timex

_PARAGRAPH_BREAK = re.compile(r"\n+")

PATIENT_ROLES = frozenset({"target", "victim"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ActorRef(_Model):
    """An actor as named in one document (the entity id is stable across documents)."""

    entity: str
    name: str


class PlaceRef(_Model):
    name: str | None = None
    entity: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Literal[1, 2, 3] | None = None


class Figure(_Model):
    """One figure (a count of dead, say) as one claim states it, with its source and words."""

    claim: str
    property: str
    value: float | int | str
    low: float | None = None
    high: float | None = None
    qualifier: str
    source: str
    source_kind: str
    stance: str
    quote: str
    # The toll the extractor read from people named dead ("his driver was killed"), which
    # no figure states: the writer's count only where the document gives none of its own
    # (compare._merge).
    named_dead: bool = False


class Denial(_Model):
    """A denial the document reports near the account: who denies, in the document's words."""

    agents: list[ActorRef]
    quote: str


class SentenceDate(_Model):
    """The date an event's own sentence states where the extractor anchored none on it
    (:func:`_sentence_date`): the source's word on when, compared with other sources'
    dates but no evidence for linking, as the extractor may have had its reasons."""

    earliest: dt.date
    latest: dt.date
    precision: str


class Account(_Model):
    """One event as one document tells it."""

    key: str
    document: str
    event: str
    title: str | None = None
    published: dt.date | None = None
    type: str
    subtype: str | None = None
    trigger: str
    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: str = "unknown"
    date_carried: bool = False
    # The date is told of an occasion after the event (a burial): the event was on or
    # before it, which no source's earlier day contradicts (compare._date_conflicts).
    date_of_later_occasion: bool = False
    sentence_date: SentenceDate | None = None
    place: PlaceRef | None = None
    place_carried: bool = False
    agents: list[ActorRef] = []
    patients: list[ActorRef] = []
    denied_agents: list[ActorRef] = []
    # Who the sentence says set the doers on ("rioters incited by the Union"): the
    # account's word on the perpetrator, compared as its agents are (_instigators).
    instigators: list[ActorRef] = []
    quote: str
    span: tuple[int, int]
    figures: list[Figure] = []
    denials: list[Denial] = []
    modality: str = "asserted"
    # The clause tells the act as not done, its negation before the trigger ("we do not
    # make war on travellers"); "will not be forgotten" after it is no such telling.
    negated: bool = False
    # The key of the event a demonstrative mention ("that massacre") points back at.
    refers_to: str | None = None
    # A mention of a kind of event, not of one ("every attack"): linked to nothing.
    generic: bool = False

    @property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The days the account's date may cover; an open end is read as the other end."""
        earliest = self.earliest or self.latest
        latest = self.latest or self.earliest
        if earliest is None or latest is None:
            return None
        return (earliest, latest) if earliest <= latest else (latest, earliest)


def event_key(doc_id: str, trigger_span: tuple[int, int]) -> str:
    """The stable key of an event: its document and the span of its trigger."""
    return f"{doc_id}@{trigger_span[0]}-{trigger_span[1]}"


def parse_event_key(key: str) -> tuple[str, tuple[int, int]]:
    """The document id and trigger span of a key made by :func:`event_key`."""
    doc_id, _, span = key.rpartition("@")
    start, _, end = span.partition("-")
    return doc_id, (int(start), int(end))


def accounts_from_record(record: Record, settings: Settings) -> list[Account]:
    """One account per event of ``record``, with figures and denials gathered in."""
    text = record.document.text
    names = {e.id: e.name for e in record.entities}
    claims = {c.id: c for c in record.claims}
    timexes = {t.id: t.span for t in record.timexes}
    figure_events = _attach_loose_figures(record, settings)
    accounts: list[Account] = []
    keys: set[str] = set()
    for event in record.events:
        key = event_key(record.document.id, event.trigger.span)
        if key in keys:
            continue  # two readings of one trigger: the first stands for the account
        keys.add(key)
        figure_ids = _figure_claims(record, event, settings) | figure_events.get(event.id, set())
        strays = _named_elsewhere(record, event, settings)
        agents = [
            _actor(a.entity, names)
            for a in event.actors
            if a.role == "agent" and a.entity not in strays
        ]
        agents += _owners_of_kinds(record, event, agents, settings)
        instigators = _instigators(record, event, agents, settings)
        agents = [_nationality_of_kind(record, event, a, settings) for a in agents]
        # Doers of an act its clause does not negate are its doers, whatever the
        # extractor read from a negation further on (:func:`_negated_in_its_clause`).
        denied = event.modality == "denied" and _negated_in_its_clause(record, event, settings)
        carried = _date_carried(event, timexes, record)
        # An undated event the extractor bounded by the dates told around it has only the
        # narrative's guess for a date ("had no part in the bombing" after "two years
        # ago"): read as no date, so that the guess neither blocks nor splits a link.
        guessed = carried and (
            event.when.precision == "unknown" or _told_as_later(event, record, settings)
        )
        own_date = _sentence_date(event, record) if guessed or event.when.earliest is None else None
        stated = None if guessed else _stated_range(event, record, settings)
        earliest, latest = stated or (event.when.earliest, event.when.latest)
        accounts.append(
            Account(
                key=key,
                document=record.document.id,
                event=event.id,
                title=record.document.title,
                published=record.document.published,
                type=event.type,
                subtype=event.subtype,
                trigger=event.trigger.text,
                earliest=None if guessed else earliest,
                latest=None if guessed else latest,
                precision=event.when.precision,
                sentence_date=None
                if own_date is None or own_date.earliest is None or own_date.latest is None
                else SentenceDate(
                    earliest=own_date.earliest,
                    latest=own_date.latest,
                    precision=own_date.precision or "unknown",
                ),
                date_carried=carried,
                date_of_later_occasion=_dates_a_later_occasion(event, timexes, record, settings),
                place=None if event.where is None else PlaceRef(**event.where.model_dump()),
                place_carried=_place_carried(event, record),
                agents=[] if denied else agents,
                patients=[_actor(a.entity, names) for a in event.actors if a.role in PATIENT_ROLES],
                denied_agents=agents if denied else [],
                instigators=[] if denied else instigators,
                # "The Front did not plant the bomb": the writer's denial of its own doing,
                # told as the act denied rather than as a statement, is a denial all the same.
                denials=[Denial(agents=agents, quote=text[event.span[0] : event.span[1]])]
                if denied and agents and event.type in settings.conflicts.violent_types
                else [],
                quote=text[event.span[0] : event.span[1]],
                span=event.span,
                figures=[
                    _figure(claims[c], text, settings)
                    for c in sorted(figure_ids, key=lambda c: claims[c].span[0])
                ]
                or _named_dead_toll(event, text, settings),
                modality=event.modality,
                negated=denied,
            )
        )
    _share_sentence_tolls(accounts, settings)
    _attach_denials(record, accounts, settings)
    _attach_alleged_doers(record, accounts, settings)
    _resolve_anaphora(record, accounts, settings)
    generic = settings.mentions.generic
    for account in accounts:
        start = parse_event_key(account.key)[1][0]
        account.generic = _introduced_by(text, start, generic.quantifiers, generic.window)
    _attach_attributions(record, accounts, settings)
    return accounts


def _share_sentence_tolls(accounts: list[Account], settings: Settings) -> None:
    """Give ground taken (``conflicts.ground_subtypes``) without a toll of its own the
    toll of the killing its own sentence tells: "soldiers entered the village of Ozdere
    and shot dead 17 villagers" tells the entry with its dead, no bloodless seizure that
    followed another source's killing of the day before (features.follows_on)."""
    for ground in accounts:
        if ground.subtype not in settings.conflicts.ground_subtypes:
            continue
        if any(f.property == "fatalities" for f in ground.figures):
            continue
        tolls = (
            [f for f in killing.figures if f.property == "fatalities"]
            for killing in accounts
            if killing is not ground and killing.span == ground.span
        )
        ground.figures.extend(next((toll for toll in tolls if toll), []))


def _negated_in_its_clause(record: Record, event: Event, settings: Settings) -> bool:
    """Whether the clause that tells an act as not done negates it before its trigger
    ("the People's Front did not plant the bomb", "had no part in the seizure"). An act
    the extractor read as denied from a negation further on ("the Guard killed some
    forty villagers; the official story of an ambush has never been supported") is
    asserted by its clause, and no denial by its doers."""
    text = record.document.text
    trigger = event.trigger.span[0]
    ends = [m.end() for m in _CLAUSE_END.finditer(text, event.span[0], trigger)]
    opening = ends[-1] if ends else event.span[0]
    negations = settings.mentions.doers.negations
    # A contracted negation ("n't") is the end of its word: "didn't", "wasn't".
    endings = tuple(n for n in negations if n.startswith("n'"))
    words = {w.lower() for w in _WORD.findall(text[opening:trigger])}
    return bool(words & negations) or any(w.endswith(endings) for w in words)


def _owners_of_kinds(
    record: Record,
    event: Event,
    agents: list[ActorRef],
    settings: Settings,
    links: Sequence[str] = ("of",),
) -> list[ActorRef]:
    """The named group a doer told only by its kind belongs to, in the event's sentence:
    "warriors of the Chiriwa nation fell upon the mission" names the Chiriwa, where the
    extractor took "warriors" for the doer and a source blaming the rancher's men would
    otherwise dispute nobody's word. A doer the text names in common words only ("the
    red berets of the Presidential Guard") is told by its kind as much as "soldiers" is.

    With other ``links`` than "of" it finds the group the sentence says set the doers
    on (:func:`_instigators`), through one more kind if need be ("led by agitators of
    the Union")."""
    text = record.document.text
    generic = settings.actors.generic_words
    modifiers = settings.actors.modifiers
    joined = "|".join(re.escape(link) for link in links)
    names = {e.id: e.name for e in record.entities}
    known = {a.entity for a in agents}
    found: list[ActorRef] = []
    for agent in agents:
        words = {w.lower() for w in _WORD.findall(agent.name)} - modifiers
        if not words or not (words <= generic or agent.name.islower()):
            continue
        # One more kind, in lower case, may stand between: "agitators of the".
        kind = re.compile(
            rf"\b{re.escape(agent.name)},?\s+(?:{joined})\s+(?:the\s+)?"
            r"(?P<kind>(?-i:[a-z]+)\s+of\s+(?:the\s+)?)?",
            re.I,
        )
        for match in kind.finditer(text, event.span[0], event.span[1]):
            starts = [match.start("kind"), match.end()] if match.group("kind") else [match.end()]
            owner = next(
                (m for start in starts for m in record.mentions if m.entity and m.span[0] == start),
                None,
            )
            if owner is not None and owner.entity and owner.entity not in known:
                known.add(owner.entity)
                found.append(_actor(owner.entity, names))
    return found


def _instigators(
    record: Record, event: Event, agents: list[ActorRef], settings: Settings
) -> list[ActorRef]:
    """The named group the event's sentence says set its doers on
    (``actors.instigator_links``): "a mob of rioters incited by the Union", "rioters
    organised by the Tashkel Democratic Union" lay the riot at the Union's door, as a
    prosecutor means them to, and a source that names the police as the ones who
    killed disputes it. The crowd still did what it did: the group is the account's
    perpetrator, not a doer of the crowd's violence (compare._crowd_violence) nor a
    doer to link accounts by (a rally the Union held a week before is another event)."""
    return _owners_of_kinds(record, event, agents, settings, settings.actors.instigator_links)


def _nationality_of_kind(
    record: Record, event: Event, agent: ActorRef, settings: Settings
) -> ActorRef:
    """A doer told only by its kind, with the nationality its sentence gives it (a
    capitalised word ending as ``actors.demonym_endings`` say, just before the kind):
    "artillery fire from Ilvanian army positions" names the Ilvanian army, where the
    extractor took "army" for the doer and a source blaming the Front would otherwise
    dispute nobody's word. "Iraqi troops" reads "iraqi" as the actors' words always do."""
    conf = settings.actors
    words = {w.lower() for w in _WORD.findall(agent.name)} - conf.modifiers
    if not words or not words <= conf.generic_words:
        return agent
    text = record.document.text
    kind = re.compile(rf"(?<=[a-z,] )([A-Z][a-z]+)\s+{re.escape(agent.name)}\b")
    for match in kind.finditer(text, event.span[0], event.span[1]):
        adjective = match.group(1)
        if adjective.lower().endswith(conf.demonym_endings):
            name = f"{adjective} {agent.name}"
            return ActorRef(entity="ent:" + "-".join(name.lower().split()), name=name)
    return agent


def _named_elsewhere(record: Record, event: Event, settings: Settings) -> set[str]:
    """The agents the extractor gave ``event`` whose names the document gives only in
    sentences that tell something else.

    The extractor may carry a group from one sentence to the next ("rebels of the Front
    attacked the post. On 12 May army artillery shelled the village"), which would set
    the Front against the army as the shelling's perpetrator. A doer named in the
    event's own sentence, or in a sentence the extractor read as telling the event
    again, stays; so does one the document names nowhere (a pronoun's antecedent the
    extractor resolved), and so does a doer the sentence before names where a personal
    pronoun may stand for it ("they fired on our funeral march" after "the Guard
    murdered 23": ``mentions.doers.pronouns``). A doer named in an attribution clause
    about the event ("The attack was carried out by ...") is given back by
    :func:`_attach_attributions`.
    """
    told: list[tuple[int, int]] = [event.span, *event.evidence]
    text = record.document.text
    conf = settings.mentions.doers
    if any(
        w.lower() in conf.pronouns for start, end in told for w in _WORD.findall(text[start:end])
    ):
        # The pronoun's antecedent is in the sentence just before, not further back
        # ("at the Ilsk market ... agents of the Constabulary. In June they burned").
        opening = event.span[0]
        before = max(text.rfind(". ", 0, opening - 2), text.rfind("\n", 0, opening - 1)) + 1
        told.append((before, opening))
    named: dict[str, bool] = {}
    for mention in record.mentions:
        if mention.entity is None:
            continue
        inside = any(start <= mention.span[0] < end for start, end in told)
        named[mention.entity] = named.get(mention.entity, False) or inside
    return {
        actor.entity
        for actor in event.actors
        if actor.role == "agent" and named.get(actor.entity) is False
    }


_CLAUSE_END = re.compile(r"[.;:!?]\s|\n")
_NOUN_PHRASE_END = re.compile(r"[,.;:!?()\n]")


def _attach_attributions(record: Record, accounts: list[Account], settings: Settings) -> None:
    """Give an account the doer its document names in an attribution clause
    (``mentions.attribution``): "the bombing was carried out by the Tava Front".

    The extractor reads agents from the trigger's own verb, so a doer named by a
    passive or copular predicate of the event noun, or of a pronoun for it in the next
    sentence ("It was carried out by men of the Coast Battalion"), is otherwise lost,
    and with it the perpetrator conflict between a source that blames one group and a
    source that names another. The clause's own trigger, where one opens it, is the
    event; a clause whose subject is no trigger ("It", "That crime") is about the
    violent event told just before it in its paragraph; one whose subject is an event
    of a non-violent kind ("the arrests were carried out by police") gives no doer to
    anything else. An act the document denies takes the doer a later sentence names in
    its stead ("The Front did not plant the bomb. That crime was prepared by provocateurs
    of the secret police"): that is the document's own word on who did it, the other
    group a source names against the accused. One named inside the denial's own sentence
    ("denies that the bombing was carried out by its cell") is the doer denied.
    """
    conf = settings.mentions.attribution
    text = record.document.text
    names = {e.id: e.name for e in record.entities}
    ordered = sorted(accounts, key=lambda a: parse_event_key(a.key)[1][0])
    violent = settings.conflicts.violent_types
    phrases = [(p, False) for p in conf.phrases] + [(p, True) for p in conf.own_event_phrases]
    for phrase, own_only in phrases:
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b", re.I)
        for match in pattern.finditer(text):
            before = [w.lower() for w in _WORD.findall(text[: match.start()])[-conf.window :]]
            if not conf.auxiliaries.intersection(before) or conf.negations.intersection(before):
                continue
            doers = _doers(record, match.end(), conf.agent_window_chars)
            account = _attributed(text, ordered, match.start(), settings, own_only=own_only)
            if not doers or account is None or account.type not in violent:
                continue
            if account.modality == "denied" and (
                account.span[0] <= match.start() < account.span[1]
                or set(doers) & {a.entity for a in account.denied_agents}
            ):
                continue
            known = {a.entity for a in account.agents}
            account.agents.extend(_actor(e, names) for e in doers if e not in known)
    _attach_contrasted_doers(record, ordered, settings)


def _attach_contrasted_doers(record: Record, ordered: list[Account], settings: Settings) -> None:
    """Give the violent event just told the doer a contrast clause names in place of
    another (``mentions.attribution.contrasts``): "It was not the Chiriwa who did this,
    as the Governor says, but the hired men of the rancher Eusebio Larrea".

    The writer disowns one doer and names the true one after "but"; the extractor,
    finding no trigger in "did this", gives the event neither, and the writer's
    rival blame for another source's perpetrator is lost. The clause is about the
    event as an attribution clause is (:func:`_attributed`).
    """
    conf = settings.mentions.attribution
    text = record.document.text
    names = {e.id: e.name for e in record.entities}
    for opener in conf.contrasts:
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, opener.split())) + r"\b", re.I)
        for match in pattern.finditer(text):
            stop = _CLAUSE_END.search(text, match.end())
            end = len(text) if stop is None else stop.start()
            joiner = re.compile(r"\bbut\s+", re.I).search(text, match.end(), end)
            account = _attributed(text, ordered, match.start(), settings)
            if joiner is None or account is None:
                continue
            if account.type not in settings.conflicts.violent_types:
                continue
            known = {a.entity for a in account.agents}
            doers = _doers(record, joiner.end(), conf.agent_window_chars)
            account.agents.extend(_actor(e, names) for e in doers if e not in known)


def _doers(record: Record, start: int, window: int) -> list[str]:
    """The entities mentioned in the noun phrase that begins at ``start``: within
    ``window`` characters and before the first punctuation."""
    text = record.document.text
    stop = _NOUN_PHRASE_END.search(text, start)
    end = min(start + window, len(text) if stop is None else stop.start())
    found: list[str] = []
    for mention in sorted(record.mentions, key=lambda m: m.span[0]):
        if mention.entity and start <= mention.span[0] < end and mention.entity not in found:
            found.append(mention.entity)
    return found


def _attributed(
    text: str,
    ordered: list[Account],
    phrase_start: int,
    settings: Settings,
    *,
    own_only: bool = False,
) -> Account | None:
    """The account an attribution clause is about: the first whose trigger lies in the
    clause before the phrase, else (unless ``own_only``) the nearest violent one before
    the clause in its paragraph (within ``anaphora.max_gap_chars``)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, phrase_start)]
    clause_start = ends[-1] if ends else 0
    own = [
        a
        for a in ordered
        if not a.generic and clause_start <= parse_event_key(a.key)[1][0] < phrase_start
    ]
    if own or own_only:
        return own[0] if own else None
    paragraph_start = text.rfind("\n", 0, clause_start) + 1
    gap = settings.mentions.anaphora.max_gap_chars
    earlier = [
        a
        for a in ordered
        if not a.generic
        and a.type in settings.conflicts.violent_types
        and paragraph_start <= parse_event_key(a.key)[1][0]
        and clause_start - gap <= parse_event_key(a.key)[1][1] <= clause_start
    ]
    return earlier[-1] if earlier else None


_WORD = re.compile(r"[\w']+")


def _resolve_anaphora(record: Record, accounts: list[Account], settings: Settings) -> None:
    """Point each demonstrative mention at the event it re-tells: the nearest earlier one
    of a type it may name (``mentions.anaphora``).

    "That massacre of travellers was the work of the Black Ninth", after "the bombing of
    the bus station", re-describes the bombing in the writer's own word for it; its
    sentence gives no date or place of its own, or a wrong one, and its trigger means
    another type, so only the determiner ties it to the sentence before. The nearest
    event wins: "troops shot five in Arlan. Rebels bombed a bridge. This attack..." is
    the bombing, which no pairwise score could tell.
    """
    conf = settings.mentions.anaphora
    text = record.document.text
    ordered = sorted(accounts, key=lambda a: parse_event_key(a.key)[1][0])
    for n, account in enumerate(ordered):
        start = parse_event_key(account.key)[1][0]
        if not _demonstrative_before(text, start, settings):
            continue
        earlier = (
            other
            for other in reversed(ordered[:n])
            if parse_event_key(other.key)[1][1] < start
            and start - parse_event_key(other.key)[1][1] <= conf.max_gap_chars
        )
        antecedent = next(
            (
                other
                for other in earlier
                if settings.compatibility(account.type, other.type, account.subtype, other.subtype)
                > 0
            ),
            None,
        )
        if antecedent is not None:
            account.refers_to = antecedent.key


def _demonstrative_before(text: str, start: int, settings: Settings) -> bool:
    """Whether a demonstrative determiner introduces the trigger at ``start``: at most
    ``window`` words between (none a possessive); one that is also a conjunction
    ("that") only where it opens the sentence, as no conjunction does."""
    conf = settings.mentions.anaphora
    return _introduced_by(text, start, conf.determiners, conf.window, conf.sentence_initial)


def _introduced_by(
    text: str,
    start: int,
    determiners: frozenset[str],
    window: int,
    sentence_initial: frozenset[str] = frozenset(),
) -> bool:
    """Whether one of ``determiners`` introduces the trigger at ``start``, at most
    ``window`` words before it and no possessive between ("this year's attacks" are the
    year's); one of ``sentence_initial`` only where it opens the sentence."""
    opening = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    segment = text[opening:start]
    sentence_start = opening + len(segment) - len(segment.lstrip(" \t\"'“‘("))
    words = list(_WORD.finditer(text, opening, start))[-(window + 1) :]
    for i, word in enumerate(words):
        if any("'" in w.group() for w in words[i + 1 :]):
            continue
        token = word.group().lower()
        first = word.start() == sentence_start
        if token in determiners or (first and token in sentence_initial):
            return True
    return False


def _date_carried(event: Event, timexes: dict[str, tuple[int, int]], record: Record) -> bool:
    """Whether the event's date was carried over from earlier text, not written in its evidence.

    An event whose sentence gives no date takes the narrative time of the text
    before it; that is usually right for a re-mention ("the attack") and often
    wrong for a new event told without a date, so such a date is weaker evidence
    across documents (see :func:`~historiograph.reconcile.features.time_evidence`).
    A date its own paragraph gives just before it, with no other event told in
    between, is the event's own all the same: "On 9 June a patrol ordered a boat to
    stop. The crew opened fire..." dates the firing, the first event the date's
    episode tells, and not some event before it. An undated event the extractor
    bounded by the events told before and after it is carried too: "the bombing", told
    between a date two years back and one in the next paragraph, is not stated to lie
    between them, and its guessed interval must not conflict with a source's date.
    """
    span = timexes.get(event.when.timex or "")
    if span is None:
        # No time expression: coded data, taken as stated, unless the extractor bounded
        # an undated event by the dates told around it (precision "unknown"), which is
        # the narrative's guess as much as a carried date is.
        bounded = event.when.earliest is not None or event.when.latest is not None
        return bounded and event.when.precision == "unknown" and bool(timexes)
    if any(start <= span[0] and span[1] <= end for start, end in [event.span, *event.evidence]):
        return False
    return not _dates_its_episode(span, event, record)


def _told_as_later(event: Event, record: Record, settings: Settings) -> bool:
    """Whether the event's sentence opens by saying it came after what was told before
    (``mentions.later_openers``): "He had already been arrested once, in 1971. Later the
    battalion blew up our radio" tells the bombing after 1971, not in it, so the date
    the sentence carried over is none of its own."""
    start, _ = _sentence_bounds(record.document.text, event.trigger.span)
    opening = record.document.text[start : event.trigger.span[0]].strip().lower()
    return any(
        re.match(rf"{re.escape(word)}\b", opening) for word in settings.mentions.later_openers
    )


def _dates_a_later_occasion(
    event: Event, timexes: dict[str, tuple[int, int]], record: Record, settings: Settings
) -> bool:
    """Whether the event's date is told of an occasion after it (``mentions.later_occasions``):
    a burial verb stands between the date and the trigger, with no sentence break between
    ("On 3 May were buried the miller and his wife, who were shot when the mill was
    burned"). The death lies on or before that day, which another source's earlier day
    does not contradict; the writer's date still tells its events apart (a barn that
    burned on the 2nd is another fire)."""
    span = timexes.get(event.when.timex or "")
    if span is None:
        return False
    trigger = event.trigger.span
    start, end = (span[1], trigger[0]) if span[1] <= trigger[0] else (trigger[1], span[0])
    between = record.document.text[start:end]
    if start > end or _CLAUSE_END.search(between):
        return False
    return any(
        re.search(r"\b" + r"\s+".join(map(re.escape, verb.split())) + r"\b", between, re.I)
        for verb in settings.mentions.later_occasions
    )


def _sentence_date(event: Event, record: Record) -> Timex | None:
    """The one date an undated event's own sentence gives, where it tells no other event.

    "Fighting broke out on Sunday between the Guard and the Front, and a military source
    said 25 people had been killed": the extractor anchored no date on "killed", told in
    the source's reported clause, yet the writer dates what the sentence tells, and a
    ministry's "6 May" for the same fighting disagrees with it. A sentence with two dates,
    or with another event that either date may belong to, dates nothing here.
    """
    start, end = event.span
    dates = [
        t
        for t in record.timexes
        if start <= t.span[0] < end and t.earliest is not None and t.latest is not None
    ]
    others = [
        other
        for other in record.events
        if other.id != event.id
        and other.trigger.span != event.trigger.span
        and start <= other.trigger.span[0] < end
    ]
    if len(dates) != 1 or others or dates[0].precision not in _EVENT_PRECISIONS:
        return None
    return dates[0]


_EVENT_PRECISIONS = frozenset(get_args(EventPrecision))


def _stated_range(
    event: Event, record: Record, settings: Settings
) -> tuple[dt.date, dt.date] | None:
    """The days of a range the text states with two dates, where the event's date is one
    of its ends: "between the evening of 9 October and this morning the hospital received
    the bodies" dates the deaths to neither day alone, though the extractor anchors them
    on "this morning", and a source that says "9 October" does not contradict it."""
    if event.when.timex is None:
        return None
    text = record.document.text
    words = settings.mentions.date_ranges
    dated = sorted(
        (t.span, t.id, t.earliest, t.latest)
        for t in record.timexes
        if t.earliest is not None and t.latest is not None
    )
    for (span_a, id_a, start, _), (span_b, id_b, _, end) in itertools.pairwise(dated):
        if event.when.timex not in (id_a, id_b):
            continue
        before = text[: span_a[0]].split()[-1:]
        joiner = text[span_a[1] : span_b[0]].strip().lower()
        if before and before[0].lower() in words.openers and joiner in words.joiners:
            return start, max(start, end)
    return None


def _dates_its_episode(timex: tuple[int, int], event: Event, record: Record) -> bool:
    """Whether the time expression opens the stretch of the event's paragraph that leads
    to it: before the event, no line break between, and no other event's trigger from
    the expression's sentence to the event's."""
    text = record.document.text
    start = event.trigger.span[0]
    if not timex[1] <= start or "\n" in text[timex[1] : start]:
        return False
    opening = max(text.rfind(". ", 0, timex[0]), text.rfind("\n", 0, timex[0])) + 1
    return not any(
        other.id != event.id and opening <= other.trigger.span[0] < start for other in record.events
    )


def _place_carried(event: Event, record: Record) -> bool:
    """Whether the event's place was taken from other sentences: the document mentions it,
    but not in the event's evidence. A place the text never mentions (imported, coded
    data) or one without an entity counts as stated."""
    entity = event.where.entity if event.where is not None else None
    mentions = [m.span for m in record.mentions if entity is not None and m.entity == entity]
    spans = [event.span, *event.evidence]
    return bool(mentions) and not any(
        start <= m[0] and m[1] <= end for m in mentions for start, end in spans
    )


def _actor(entity: str, names: dict[str, str]) -> ActorRef:
    return ActorRef(entity=entity, name=names.get(entity, entity.removeprefix("ent:")))


def _figure_claims(record: Record, event: Event, settings: Settings) -> set[str]:
    """The event's own figure claims: those it lists and those that say they are about it,
    save one outside the event's sentence whose own sentence dates it apart from the
    event (a toll "on May 2" given to the March shooting told a paragraph before), tells
    another lethal event or names another event's place (:func:`_placed_elsewhere`), and
    one its sentence gives after moving on to another date; with those the extractor gave
    elsewhere that the event's sentence tells."""
    text = record.document.text
    figures = [c for c in record.claims if c.property in settings.conflicts.figures]
    own = {
        c.id
        for c in figures
        if c.id in _listed(event) or c.about == event.id
        if (
            _distance(event.span, c.span) == 0
            and not _told_after_another_date(record, c, event, settings)
        )
        or not (
            any(_another_day(t, event, c, record, settings) for t in _occasion_dates(record, c))
            or _additive(text[c.span[0] : c.span[1]], settings)
            or _told_with_another(record, c, settings)
            or _placed_elsewhere(record, c, event)
        )
    }
    return own | {c.id for c in figures if _misplaced_into(record, c, event, settings)}


def _placed_elsewhere(record: Record, claim: Claim, event: Event) -> bool:
    """Whether a figure outside the event's sentence stands in a sentence that names a
    place the event's own sentence does not, nor its place: "burned the Lumbe mission and
    killed twelve. The reprisal came in mid-March: a column destroyed the village of
    Nashiro, and the estimate puts the dead at 150 to 200" gives the mission twelve only,
    though the extractor found no event in the second sentence to take its toll. The
    places are those the document's events happened at: a name the resolver merely
    typed a place ("Highland Watch has documented the deaths") is no such sign."""
    places = {e.where.entity for e in record.events if e.where is not None and e.where.entity}
    own = {
        m.entity
        for m in record.mentions
        if event.span[0] <= m.span[0] and m.span[1] <= event.span[1]
    }
    if event.where is not None and event.where.entity is not None:
        own.add(event.where.entity)
    start, end = _sentence_bounds(record.document.text, claim.span)
    return any(
        m.entity in places and m.entity not in own and start <= m.span[0] and m.span[1] <= end
        for m in record.mentions
    )


def _sentence_bounds(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence around ``span``: to the nearest full stop or line break either side."""
    start = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0])) + 1
    ends = [i for i in (text.find(". ", span[1]), text.find("\n", span[1])) if i >= 0]
    return start, min(ends, default=len(text))


def _told_after_another_date(
    record: Record, claim: Claim, event: Event, settings: Settings
) -> bool:
    """Whether a figure in the event's sentence follows a date, told after the event, that
    lies apart from the event's: the sentence has gone on to another occasion ("In April
    the guerrillas ambushed a column in the pass, and on June 18 they struck again,
    killing four soldiers"), whose toll it is, whether or not the extractor found it. A
    date a toll was counted by ("by 20 May, 41 had died") is the event's toll still."""
    return any(
        event.trigger.span[1] <= t.span[0]
        and t.span[1] <= claim.span[0]
        and _dated_apart(t, event, settings)
        and not _counted_by(t, record, settings)
        for t in _occasion_dates(record, claim)
    )


def _occasion_dates(record: Record, claim: Claim) -> list[Timex]:
    """The dates of a figure's sentence that could date an occasion, leaving out those in
    the name of the voice that gives the figure: "the parliamentary commission of 1991
    established that 112 people were killed" counts the dead of the shooting it follows,
    whose toll a commission sitting in 1991 gave."""
    voice = claim.source.name or ""
    return [
        t
        for t in _sentence_dates(record, claim.span)
        if not re.search(rf"\b{re.escape(t.text)}\b", voice, re.IGNORECASE)
    ]


def _counted_by(timex: Timex, record: Record, settings: Settings) -> bool:
    """Whether a date is the day a toll was counted by ("by 20 May, 41 had died")."""
    before = record.document.text[: timex.span[0]].rstrip().lower()
    return any(before.endswith(" " + w) for w in settings.conflicts.as_of_words)


def _another_day(
    timex: Timex, event: Event, claim: Claim, record: Record, settings: Settings
) -> bool:
    """Whether a date the sentence of a figure outside the event's sentence states is
    another day than the event's: beyond the slack of their precisions, or, where the
    writer gives the figure as its own and both dates are told to the day, any other day.
    One writer dates its own occasions exactly, so "On the 19th the mob broke into the
    arsenal; a sentry was killed", after a shooting "on the evening of the 17th", is the
    sentry's death on another day, though two days lie within the slack allowed between
    two sources' dates. A voice that gave the count on a later day ("on the 15th the
    hospital said twelve had died") and a day a toll was counted by ("by the 19th") tell
    no other occasion."""
    if _dated_apart(timex, event, settings):
        return True
    when = event.when
    if timex.precision != "day" or when.precision != "day" or timex.earliest is None:
        return False
    if claim.source.kind != "author" or when.earliest is None:
        return False
    if _counted_by(timex, record, settings):
        return False
    latest = when.latest or when.earliest
    return timex.earliest > latest or (timex.latest or timex.earliest) < when.earliest


def _listed(event: Event) -> set[str]:
    listed = set(event.claims)
    if event.fatalities is not None:
        listed |= set(event.fatalities.claims)
    return listed


def _lethal(event: Event, settings: Settings) -> bool:
    conf = settings.conflicts
    return event.type in conf.violent_types and event.subtype not in conf.nonlethal_subtypes


def _told_with_another(record: Record, claim: Claim, settings: Settings) -> bool:
    """Whether a figure lies in the sentence of a lethal event: that event's toll, not one
    told before it ("burned the Lumbe mission and killed twelve. ... destroyed Nashiro,
    and the estimate puts the dead at 150 to 200" gives the Lumbe mission twelve only)."""
    return any(_lethal(e, settings) and _distance(e.span, claim.span) == 0 for e in record.events)


def _misplaced_into(record: Record, claim: Claim, event: Event, settings: Settings) -> bool:
    """Whether a figure in ``event``'s sentence was given only to events told elsewhere:
    then it is this lethal event's toll (see :func:`_told_with_another`)."""
    if not _lethal(event, settings) or _distance(event.span, claim.span) > 0:
        return False
    if _told_after_another_date(record, claim, event, settings):
        return False
    owners = [e for e in record.events if claim.id in _listed(e) or claim.about == e.id]
    return bool(owners) and all(_distance(e.span, claim.span) > 0 for e in owners)


def _additive(quote: str, settings: Settings) -> bool:
    """Whether a figure counts on top of deaths already told ("three more men died",
    "a further two"): outside the event's sentence it is no source's toll for the event
    (it is a later occasion's, or later deaths), and set against another source's total
    it would make a conflict nobody states. Such a word before a comparative one ("more
    than thirty people") qualifies the figure and adds nothing to it."""
    conf = settings.conflicts
    words = [w.lower() for w in _WORD.findall(quote)]
    return any(
        word in conf.additive_words and following not in conf.comparative_words
        for word, following in zip(words, [*words[1:], ""], strict=True)
    )


def _paragraph(text: str, offset: int) -> int:
    return len(_PARAGRAPH_BREAK.findall(text, 0, offset))


def _attach_loose_figures(record: Record, settings: Settings) -> dict[str, set[str]]:
    """Figures about no event, each given to the nearest event that could have caused it.

    The extractor leaves a figure unattached when its sentence names no event
    ("11 residents were killed" after the raid was told). Such a figure goes to
    the nearest violent, lethal event told before it (or in its sentence) within the
    window, in its own paragraph or else the paragraph before: a writer gives the toll
    after the event, so "Some forty people died in the square. In early June they
    burned Pellas Ford" is no toll of the burning, whose shooting the extractor
    missed. Nor does it go where its own sentence states a date that the
    event's lies apart from: "the bomb that went off on May 2 killed nine", its
    bombing missed by the extractor, is no toll of the March shooting told in the
    paragraph before; nor is a figure whose own paragraph opens on another date ("On
    September 6, troops searching the village came under fire. Eight were killed"):
    a new paragraph with a date of its own tells a new event, whether or not the
    extractor found it, and whether or not a year dates it ("On September 3" after
    an event "on August 14", in a communique that gives no year). A figure with none
    stays out of every account.
    """
    conf = settings.conflicts
    text = record.document.text
    lethal = [(e, _paragraph(text, e.span[0])) for e in record.events if _lethal(e, settings)]
    found: dict[str, set[str]] = {}
    for claim in record.claims:
        if claim.about is not None or claim.property not in conf.figures:
            continue
        if _additive(text[claim.span[0] : claim.span[1]], settings):
            continue
        if any(claim.id in e.claims for e in record.events):
            continue
        paragraph = _paragraph(text, claim.span[0])
        stated = _sentence_dates(record, claim.span)
        opening = _paragraph_dates(record, claim.span)
        near = [
            (paragraph - p, _distance(e.span, claim.span), e.id)
            for e, p in lethal
            if paragraph - 1 <= p <= paragraph
            and e.span[0] < claim.span[1]
            and _distance(e.span, claim.span) <= conf.figure_window_chars
            and not (
                any(_dated_apart(t, e, settings) for t in stated)
                if p == paragraph
                else any(_another_date(t, e, record, settings) for t in opening)
            )
        ]
        if near:
            found.setdefault(min(near)[2], set()).add(claim.id)
    return found


def _sentence_dates(record: Record, span: tuple[int, int], *, resolved: bool = True) -> list[Timex]:
    """The dated time expressions of the sentence around ``span`` (to the nearest full
    stop or line break either side); with ``resolved`` false also those without a year."""
    start, end = _sentence_bounds(record.document.text, span)
    return [
        t
        for t in record.timexes
        if (t.earliest is not None or (not resolved and t.type == "DATE" and t.value))
        and start <= t.span[0]
        and t.span[1] <= end
    ]


def _paragraph_dates(record: Record, span: tuple[int, int]) -> list[Timex]:
    """The dates of the paragraph around ``span``, up to its end, with those no year could
    be found for ("On September 3" in a communique that gives none)."""
    text = record.document.text
    start = text.rfind("\n", 0, span[0]) + 1
    return [
        t
        for t in record.timexes
        if (t.earliest is not None or (t.type == "DATE" and t.value))
        and start <= t.span[0]
        and t.span[1] <= span[1]
    ]


def _another_date(timex: Timex, event: Event, record: Record, settings: Settings) -> bool:
    """Whether a date stated in a later paragraph is another than the event's: apart from
    its interval, or, where no year anchors either, another value than any date of the
    event's own sentence ("On September 3" after an event "on August 14")."""
    if timex.earliest is not None:
        return _dated_apart(timex, event, settings)
    own = {t.value for t in _sentence_dates(record, event.span, resolved=False)}
    return timex.value not in own


def _dated_apart(timex: Timex, event: Event, settings: Settings) -> bool:
    """Whether a stated date and an event's date lie apart beyond their precisions."""
    if timex.earliest is None or event.when.earliest is None:
        return False
    a = (timex.earliest, timex.latest or timex.earliest)
    b = (event.when.earliest, event.when.latest or event.when.earliest)
    gap = max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)
    tolerance, _ = settings.time.slack(timex.precision or "day", event.when.precision)
    return gap > tolerance


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _figure(claim: Claim, text: str, settings: Settings) -> Figure:
    """The claim as a figure; a count of the writer's own among the dead ("I buried two of
    my pupils", ``conflicts.own_part_words``) only a floor of the toll, which another
    source's larger count does not contradict."""
    low = claim.low if claim.low is not None else _number(claim.value)
    high = claim.high if claim.high is not None else _number(claim.value)
    qualifier = claim.qualifier
    if _own_part(text[claim.span[1] :], settings) and low is not None:
        high, qualifier = None, "at_least"
    return Figure(
        claim=claim.id,
        property=claim.property,
        value=claim.value,
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        qualifier=qualifier,
        source=claim.source.name or ("author" if claim.source.kind == "author" else "unnamed"),
        source_kind=claim.source.kind,
        stance=claim.stance,
        quote=text[claim.span[0] : claim.span[1]],
    )


def _named_dead_toll(event: Event, text: str, settings: Settings) -> list[Figure]:
    """The toll of people the event's sentence names dead where no figure counts them
    ("his driver was killed", "the night watchman was burned to death": one), as the
    extractor read it: the writer's own exact count, as UCDP counts the named dead, so
    that another source's "two people died in the blaze" disputes it. An act the writer
    denies, or told as only attempted, kills no one it names."""
    toll = event.fatalities
    if (
        toll is None
        or toll.claims
        or not toll.best
        or event.modality in ("denied", "hypothetical")
        or "fatalities" not in settings.conflicts.figures
    ):
        return []
    low = float(toll.low if toll.low is not None else toll.best)
    high = float(toll.high if toll.high is not None else toll.best)
    return [
        Figure(
            claim=f"{event.id}:named-dead",
            property="fatalities",
            value=toll.best,
            low=low,
            high=high,
            qualifier="exact" if low == high else "range",
            source="author",
            source_kind="author",
            stance="asserted",
            quote=text[event.trigger.span[0] : event.trigger.span[1]],
            named_dead=True,
        )
    ]


def _own_part(after: str, settings: Settings) -> bool:
    """Whether the words after a figure make it a count of the writer's own: "of my
    pupils", "of our brothers"."""
    words = _WORD.findall(after[:40].lower())[:2]
    return len(words) == 2 and words[0] == "of" and words[1] in settings.conflicts.own_part_words


def _number(value: float | int | str) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _attach_denials(record: Record, accounts: list[Account], settings: Settings) -> None:
    """Tie each of the document's denials (denial statements, denied claims) to the violent
    accounts nearest it: "the Movement always denied it" answers the bombing told in its
    own sentence, not the ambush told in the sentence before."""
    text = record.document.text
    names = {e.id: e.name for e in record.entities}
    window = settings.conflicts.denial_window_chars
    denials: list[tuple[tuple[int, int], Denial, tuple[dt.date, dt.date] | None]] = []
    for event in record.events:
        if event.subtype == "denial" or (event.type == "statement" and event.modality == "denied"):
            agents = [_actor(a.entity, names) for a in event.actors if a.role == "agent"]
            if agents:
                when = event.when
                interval = (
                    (when.earliest, when.latest or when.earliest)
                    if when.earliest is not None
                    else None
                )
                quote = text[event.span[0] : event.span[1]]
                denials.append((event.span, Denial(agents=agents, quote=quote), interval))
    for claim in record.claims:
        if claim.stance == "denied" and claim.property in ("perpetrator", "responsibility"):
            if claim.source.entity is not None:
                agents = [_actor(claim.source.entity, names)]
            elif claim.source.name:
                agents = [ActorRef(entity="", name=claim.source.name)]
            else:
                continue
            quote = text[claim.span[0] : claim.span[1]]
            denials.append((claim.span, Denial(agents=agents, quote=quote), None))
    for span, denial, interval in denials:
        for account in _nearest_violent(span, interval, accounts, window, settings):
            account.denials.append(denial)


def _nearest_violent(
    span: tuple[int, int],
    interval: tuple[dt.date, dt.date] | None,
    accounts: list[Account],
    window: int,
    settings: Settings,
) -> list[Account]:
    """The violent accounts nearest ``span`` (all at the least distance), within
    ``window`` characters and, where both are dated, on overlapping days."""
    near = [
        (_distance(span, account.span), account)
        for account in accounts
        if account.type in settings.conflicts.violent_types
        and _distance(span, account.span) <= window
        and (interval is None or account.interval is None or _overlap(interval, account.interval))
    ]
    closest = min((distance for distance, _ in near), default=None)
    return [account for distance, account in near if distance == closest]


def _attach_alleged_doers(record: Record, accounts: list[Account], settings: Settings) -> None:
    """Give the violent account nearest an accusation or a claim of responsibility the doer
    that statement names (``conflicts.alleged_doers``): "Shells struck the market, killing
    eight. The defence ministry blamed the Front." is the wire's account of a shelling by
    the Front, as the ministry has it. The statement stays an event of its own (the
    ontology's statement type); what it says of the perpetrator is the document's word
    on the act, which a source naming another doer contradicts. A statement the document
    tells as denied ("denied blaming anyone") names nobody, and a document that reports
    statements naming different doers for one act ("the Black Lantern claimed it,
    although the authorities blamed the Front") takes no side.
    """
    names = {e.id: e.name for e in record.entities}
    roles = settings.conflicts.alleged_doers
    alleged: dict[str, list[ActorRef]] = {}
    by_key = {account.key: account for account in accounts}
    for event in record.events:
        if event.type != "statement" or event.subtype not in roles or event.modality == "denied":
            continue
        doers = [_actor(a.entity, names) for a in event.actors if a.role in roles[event.subtype]]
        if not doers:
            continue
        when = event.when
        interval = (
            (when.earliest, when.latest or when.earliest) if when.earliest is not None else None
        )
        window = settings.conflicts.denial_window_chars
        for account in _nearest_violent(event.span, interval, accounts, window, settings):
            if account.modality != "denied":
                alleged.setdefault(account.key, []).extend(doers)
    for key, doers in alleged.items():
        if len({d.entity for d in doers}) > 1:
            continue
        account = by_key[key]
        known = {a.entity for a in account.agents}
        account.agents.extend(d for d in doers[:1] if d.entity not in known)


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
