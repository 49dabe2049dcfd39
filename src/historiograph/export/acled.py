"""ACLED CSV: events as ACLED codes them, and ACLED rows read back as records.

Export follows ACLED's conventions: ``fatalities`` is the conservative
(lowest) figure and, when sources disagree, the figures and who gave them
are appended to ``notes``; ``inter1``/``inter2`` come from the actors' names
(:mod:`historiograph.export.codes`); an actor the text leaves unnamed is written
as the class ACLED names it by (:func:`unnamed_actor`), and the event type is
the one its sides make it (:func:`event_code`); ``time_precision`` is 1 for a day, 2 for
up to a week (``event_date`` the middle of it) and 3 for longer (coded on the
15th of the interval's middle month, as a month is read back); ``geo_precision`` is the
record's ``where.precision``. Only events that have an ACLED mapping are
written: ACLED codes no elections, statements or support.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from historiograph.export import codes
from historiograph.export.account import Account, plain
from historiograph.export.coded import CodedActor, CodedEvent, CodedFigure, CodedPlace
from historiograph.export.dates import days, midpoint, month_of, parse_day, precision_of
from historiograph.record import (
    AcledMapping,
    ActorRole,
    Claim,
    EntityKind,
    Fatalities,
    Mappings,
)

DATASET = "acled"
CURRENT = "2019"
PRE_2019 = "pre-2019"
"""ACLED's schemes: the event types of its 2019 revision, and those before it."""
SEPARATOR = "; "
DISPUTE_PREFIX = "Disputed figures: "
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# ACLED inter codes whose actors are collectives rather than organizations
_GROUP_CODES = frozenset({5, 6, 7})


def inter_code(account: Account, entity_id: str, *, victim: bool) -> int | None:
    """ACLED's actor type: kept from an import, else from the name, else civilians if a victim."""
    entity = account.entity(entity_id)
    if entity is not None and f"{DATASET}:inter" in entity.kb:
        return int(entity.kb[f"{DATASET}:inter"])
    table = codes.acled()
    rule = codes.first_match(table.inter, account.name(entity_id))
    if rule is not None:
        return rule.code
    return table.victim_code if victim else None


def unidentified_agent(name: str) -> bool:
    """Does the agent's name say only that armed men did it ("unidentified gunmen", "an
    armed man"; not "RENAMO gunmen"), which ACLED codes as an unidentified armed group?
    What ``unidentified_words`` leave has no capital but a sentence's first letter."""
    pattern = codes.word_pattern(codes.acled().standard_actors.unidentified_words)
    if pattern.search(name) is None:
        return False
    left = pattern.sub(" ", name[:1].lower() + name[1:])
    return not any(letter.isupper() for letter in left)


def unnamed_actor(
    mapping: AcledMapping, country: str | None, coded_in: str = CURRENT
) -> str | None:
    """ACLED's actor1 for an event whose text names no one doing it, or ``None``.

    ACLED names such actors by class, in its standard names (``standard_actors``
    in acled.yaml): the unnamed crowd that torched buses during a blockade is
    "Rioters (Bangladesh)", a march told without its marchers "Protesters (Peru)",
    those who arrested 55 people "Police Forces of Belarus", whoever shot a trader
    dead "Unidentified Armed Group (Nigeria)". Without a country the class name
    stands alone. ``coded_in`` the pre-2019 scheme, the old event type names the
    crowd too (``pre2019_crowds``: property destroyed by no one named is the rioters').
    """
    standard = codes.acled().standard_actors
    old_crowd = (
        standard.pre2019_crowds.get(old_event_type(mapping)) if coded_in == PRE_2019 else None
    )
    label = (
        standard.crowds.get(mapping.event_type)
        or standard.agentless.get(mapping.sub_event_type or "")
        or old_crowd
        or (standard.unidentified if mapping.event_type in standard.armed_types else None)
    )
    if label is None:
        return None
    if country is None:
        return re.sub(r"\s*(?:of\s+)?\(?\{country\}\)?", "", label)
    return label.format(country=country)


def _state_force(name: str) -> bool:
    return codes.word_pattern(codes.acled().by_actors.force_words).search(name) is not None


def event_code(account: Account) -> AcledMapping | None:
    """The event's ACLED event_type and sub_event_type, given who its sides are.

    The record's mapping says what was done; ACLED's code also says by whom and to
    whom (``by_actors`` in acled.yaml): territory that state forces take is the
    government regaining it (who is state forces by the knowledge base's ACLED actor
    type first: the "Arakan Army" is a rebel group), unless it was taken without a fight
    (:func:`_unopposed`, a town troops "entered" too), which is a non-violent transfer; an
    explosive defused before it went off is "Disrupted weapons use" (:func:`_disrupted`),
    and an attack that only burned or looted property property destruction
    (:func:`_property_only`); a clash in which armed men fire on civilians only
    ("paramilitaries opened fire on farmers") is violence against civilians, and an
    attack whose side fought back, or was soldiers or fighters (:func:`_armed_victims`),
    a battle ("fought_back_words"). An
    attack on a policeman stays one: ACLED codes a lone officer stabbed at his
    door, off duty, as violence against civilians too. Property attacked in an act
    that kills people is an attack on them, not property destruction. A crackdown
    that kills no one is the crowd's event where it falls on protesters or rioters
    (:func:`crowd_code`), and a strategic development (arrests, a raid) where it
    harms no one. A row imported from ACLED keeps the coder's own code.
    """
    mapping = account.event.mappings.acled
    if mapping is None or account.origin(DATASET):
        return mapping  # a row imported from ACLED keeps the coder's own code
    table = codes.acled()
    rules = table.by_actors
    coded = (mapping.event_type, mapping.sub_event_type)
    side1, side2 = sides(account)
    first = inter_code(account, side1[0], victim=False) if side1 else None
    changed: tuple[str, str] | None = None
    if coded in (rules.territory, rules.clash) and _unopposed(account, entered=coded):
        changed = rules.unopposed
    elif coded == rules.territory and first == rules.state_code:
        changed = rules.regained
    elif _disrupted(account, mapping):
        changed = rules.disrupted
    elif coded == rules.attack and _property_only(account):
        changed = rules.property
    elif coded == rules.clash and side1 and side2:
        armed = civilians = 0
        for entity_id in side2:
            name = account.name(entity_id)
            code = inter_code(account, entity_id, victim=False)
            if _state_force(name) or code in rules.armed_codes:
                armed += 1
            elif code == table.victim_code or codes.word_pattern(rules.official_words).search(name):
                civilians += 1
        if civilians and not armed and not _fought_back(account):
            changed = rules.attack
    elif coded == rules.property and coded_fatalities(
        account.event.fatalities, account.record.claims
    ):
        changed = rules.attack
    elif (
        coded == rules.attack
        and (account.event.type, account.event.subtype) != rules.crackdown
        and (_fought_back(account) or _armed_victims(account, side2))
    ):
        changed = rules.clash
    elif (account.event.type, account.event.subtype) == rules.crackdown and not coded_fatalities(
        account.event.fatalities, account.record.claims
    ):
        crowd = crowd_code(account)
        if crowd is not None:
            changed = rules.crowd_codes[crowd]
        elif not account.actors("victim") and not _harm_told(account.evidence):
            arrests = codes.word_pattern(rules.arrest_words).search(account.evidence)
            changed = rules.unharmed_arrests if arrests else rules.unharmed_other
    if changed is None:
        return mapping
    return AcledMapping(event_type=changed[0], sub_event_type=changed[1])


def _told_with_next(account: Account) -> str:
    """The event's text and the sentence after it, where a note tells how the act went
    ("... ambushed a convoy. Soldiers guarding it returned fire")."""
    text = account.record.document.text
    start, end = account.event.span
    after = SENTENCE_END.search(text, end)
    return text[start : after.end() if after else len(text)]


def _fought_back(account: Account) -> bool:
    """Did the side attacked fight back, as the event's text or the sentence after it
    tells ("Soldiers guarding the convoy returned fire", ``fought_back_words``)?"""
    words = codes.acled().by_actors.fought_back_words
    return codes.word_pattern(words).search(_told_with_next(account)) is not None


def _armed_victims(account: Account, side2: list[str]) -> bool:
    """Was the attack done to armed men, soldiers or fighters by the names of side 2
    ("a local self-defence group", ``armed_victim_words``)?"""
    pattern = codes.word_pattern(codes.acled().by_actors.armed_victim_words)
    return any(pattern.search(account.name(entity_id)) for entity_id in side2)


def _unopposed(account: Account, entered: tuple[str, str | None]) -> bool:
    """Was the territory taken without a fight: no one killed, and its text or the
    sentence after it telling the other side left or none resisted (``unopposed_words``:
    "after the troops withdrew")?

    A clash (``entered`` the clash code) is such a taking only where a place is its
    target: "troops entered Manbij ... the town changed hands without fighting" tells a
    town moving to the troops, where "fighting" alone tells of no territory.
    """
    if coded_fatalities(account.event.fatalities, account.record.claims):
        return False
    rules = codes.acled().by_actors
    if entered == rules.clash and not any(
        (entity := account.entity(a.entity)) is not None and entity.kind == "place"
        for a in account.actors("target")
    ):
        return False
    return codes.word_pattern(rules.unopposed_words).search(_told_with_next(account)) is not None


def _disrupted(account: Account, mapping: AcledMapping) -> bool:
    """Was the explosive found and made safe before it went off ("rangers found a bomb
    hidden in a motorcycle and defused it")? ACLED codes a weapon that did not explode
    a strategic development, "Disrupted weapons use": its sentence tells it defused
    (``disrupted_words``), no explosion (``exploded_words``) and no one killed."""
    rules = codes.acled().by_actors
    if mapping.event_type != rules.disrupted_family or coded_fatalities(
        account.event.fatalities, account.record.claims
    ):
        return False
    text = account.evidence
    return (
        codes.word_pattern(rules.disrupted_words).search(text) is not None
        and codes.word_pattern(rules.exploded_words).search(text) is None
    )


def _property_only(account: Account) -> bool:
    """Was the attack done to property alone: houses burned, shops looted (its sentence
    tells destruction, ``property_words``), no one its victim, hurt or killed? ACLED codes
    that "Looting/property destruction", as it does soldiers burning a village its people
    had fled."""
    if account.actors("victim") or coded_fatalities(
        account.event.fatalities, account.record.claims
    ):
        return False
    text = account.evidence
    words = codes.acled().by_actors.property_words
    return codes.word_pattern(words).search(text) is not None and not _harm_told(text)


def _harm_told(text: str) -> bool:
    """Does the text tell harm done to people ("beat his sons", "tortured")?"""
    return codes.word_pattern(codes.acled().by_actors.harm_words).search(text) is not None


def crowd_code(account: Account) -> int | None:
    """The inter code of the crowd the state's forces act on in a crackdown, or ``None``.

    The crowd is one of the event's actors ("police clashed with the rioters") or,
    where the record did not take it as one, named in the event's sentence ("police
    fired rubber bullets to disperse the 200 protesters"): protesters or rioters
    (``crowd_codes`` in acled.yaml), by the inter table's words; else protesters, where
    the sentence tells the crowd protesting or demanding (``protest_words``: "dispersed
    migrant labourers who demanded to go home"); else rioters, where the crackdown is a
    clash with a crowd (:func:`_clash_with_crowd`).
    """
    table = codes.acled()
    rules = table.by_actors
    texts = [account.name(a.entity) for a in account.event.actors] + [account.evidence]
    for text in texts:
        rule = codes.first_match(table.inter, text)
        if rule is not None and rule.code in rules.crowd_codes:
            return rule.code
    if codes.word_pattern(rules.protest_words).search(account.evidence):
        return rules.protest_code
    if _clash_with_crowd(account):
        return rules.riot_code
    return None


def _clash_with_crowd(account: Account) -> bool:
    """Is the crackdown told as a clash with a crowd the record names by a crowd's word,
    and by no armed one ("Police clashed with anti-slavery activists", ``clash_words``;
    ``riots.crowd_words``, ``riots.armed_words``)? A crowd that fights the police back is
    rioting, as ACLED codes it."""
    rules = codes.acled().by_actors
    if codes.word_pattern(rules.clash_words).search(account.event.trigger.text) is None:
        return False
    riots = codes.acled().riots
    for actor in account.event.actors:
        name = account.name(actor.entity)
        words = {w.lower().removesuffix("s") for w in re.findall(r"[\w']+", name)}
        armed = _state_force(name) or words & riots.armed_words
        if not armed and words & riots.crowd_words:
            return True
    return False


def crowd_first(account: Account, mapping: AcledMapping) -> bool:
    """Is the event a crackdown ACLED codes as its crowd's event (:func:`event_code`)?

    Then the crowd, by its class name ("Protesters (Kenya)"), is the first actor and
    the state's forces the second, as ACLED writes a protest the police acted on.
    """
    rules = codes.acled().by_actors
    return (account.event.type, account.event.subtype) == rules.crackdown and (
        (mapping.event_type, mapping.sub_event_type) in rules.crowd_codes.values()
    )


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's joint code: the two inter codes, lower first; ``X0`` for one actor."""
    if inter1 is None:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def sides(account: Account) -> tuple[list[str], list[str]]:
    """Actor ids on side 1 (agents, supporters) and side 2 (targets, victims).

    Participants fill side 1 when it has no agent, then side 2.
    """
    side1 = [a.entity for a in account.actors("agent")]
    side2 = [a.entity for a in account.actors("target", "victim")]
    for actor in account.actors("participant"):
        (side1 if not side1 or side2 else side2).append(actor.entity)
    side1 += [a.entity for a in account.actors("supporter")]
    return side1, side2


def event_date(interval: tuple[dt.date, dt.date]) -> tuple[dt.date, int]:
    """ACLED's ``event_date`` and ``time_precision`` for an interval."""
    length = days(interval)
    if length == 1:
        return interval[0], 1
    if length <= 7:
        return midpoint(interval), 2
    return midpoint(interval).replace(day=15), 3


def _number(value: float | int | None) -> str:
    return "" if value is None else str(plain(value))


def coded_fatalities(toll: Fatalities | None, claims: Sequence[Claim]) -> float:
    """The fatalities ACLED codes for an event's toll (``vague_fatalities`` in acled.yaml).

    The conservative (lowest) figure; but a toll whose figures are all words of
    magnitude ("killing dozens of people") is the number ACLED's codebook gives the
    word, and dead told without any figure (the record's vague-toll mark, a toll with
    no low, best or high: "leaving many dead") are ACLED's 10. No toll is no dead.
    """
    if toll is None:
        return 0
    table = codes.acled().vague_fatalities
    told = [c for c in claims if c.id in toll.claims and c.stance != "denied"]
    magnitudes = [
        table.words[c.value.lower()]
        for c in told
        if isinstance(c.value, str) and c.value.lower() in table.words
    ]
    if told and len(magnitudes) == len(told):
        return min(magnitudes)
    for figure in (toll.low, toll.best, toll.high):
        if figure is not None:
            return figure
    return table.uncounted


def location_names(location: str) -> tuple[str, ...]:
    """The names an ACLED location stands for: itself, and for a quarter of a city
    written after it ("Kabul - Dasht-e-Barchi", ``quarter_separator``) the quarter
    and the city, either of which a text may name the place by."""
    parts = [p.strip() for p in location.split(codes.acled().quarter_separator)]
    return (location, *(p for p in reversed(parts) if p)) if len(parts) > 1 else (location,)


def state_force(name: str, country: str | None) -> str | None:
    """ACLED's name for state forces a text names only by what they are, or ``None``.

    ACLED names state forces by their country ("Police Forces of Kenya",
    "Military Forces of Sudan"), not by the words of one note: "police",
    "government troops" and "the security forces" of an event in Kenya are
    Kenya's (``state_forces`` in acled.yaml). A name with any other word keeps
    the record's ("Iranian armed forces" may fight abroad, "Kenya Defence
    Forces" is already a name), and without a country there is no ACLED name.
    """
    if country is None:
        return None
    standard = codes.acled().standard_actors
    words = [
        w for w in re.findall(r"[\w']+", name.lower()) if w not in standard.state_force_fillers
    ]
    force = " ".join(words)
    for label, names in standard.state_forces.items():
        if force in names:
            return label.format(country=country)
    return None


def _actor_name(account: Account, entity_id: str) -> str:
    """An actor's name in the export: ACLED's for state forces named generically, else
    the record's."""
    name = account.name(entity_id)
    return state_force(name, account.country) or name


def _actor1(account: Account, side1: list[str], mapping: AcledMapping) -> str | None:
    """The first actor's name (:func:`_actor_name`), else the class ACLED names an actor
    the text leaves unnamed by (:func:`unnamed_actor`)."""
    if side1:
        return _actor_name(account, side1[0])
    return unnamed_actor(mapping, account.country)


def row(account: Account) -> dict[str, str] | None:
    """The ACLED row of an account, or ``None`` when ACLED does not code such events."""
    mapping = event_code(account)
    if mapping is None:
        return None
    table = codes.acled()
    side1, side2 = sides(account)
    if crowd_first(account, mapping):
        side1, side2 = [], side1
    victims = {a.entity for a in account.actors("victim")}
    inter1 = inter_code(account, side1[0], victim=side1[0] in victims) if side1 else None
    actor1 = _actor1(account, side1, mapping)
    if not side1 and actor1:  # a crowd or armed men the text leaves unnamed
        rule = codes.first_match(table.inter, actor1)
        inter1 = rule.code if rule is not None else None
    inter2 = inter_code(account, side2[0], victim=side2[0] in victims) if side2 else None
    interval = account.interval
    date, precision = event_date(interval) if interval else (None, None)
    coordinates = account.coordinates
    figures = account.figures("fatalities")
    # The event's own toll as ACLED codes it; else the lowest figure claimed about it.
    toll = account.event.fatalities
    dead = (
        coded_fatalities(toll, account.record.claims)
        if toll is not None
        else (figures.low if figures else None)
    )
    notes = account.evidence.strip()
    disputes = account.disputes()
    if disputes:
        notes += "\n" + DISPUTE_PREFIX + " | ".join(disputes)
    where = account.event.where
    return {
        "event_id_cnty": account.origin(DATASET) or f"HG-{account.key}",
        "event_date": date.isoformat() if date else "",
        "year": str(date.year) if date else "",
        "time_precision": str(precision or ""),
        "disorder_type": table.disorder.get(mapping.event_type, ""),
        "event_type": mapping.event_type,
        "sub_event_type": mapping.sub_event_type or "",
        "actor1": actor1 or "",
        "assoc_actor_1": SEPARATOR.join(_actor_name(account, e) for e in side1[1:]),
        "inter1": str(inter1 or ""),
        "actor2": _actor_name(account, side2[0]) if side2 else "",
        "assoc_actor_2": SEPARATOR.join(_actor_name(account, e) for e in side2[1:]),
        "inter2": str(inter2 or "") if side2 else "0",
        "interaction": str(interaction(inter1, inter2) or ""),
        "civilian_targeting": "Civilian targeting" if inter2 == table.victim_code else "",
        "country": account.country or "",
        "admin1": account.admin1 or "",
        "admin2": account.place_code(f"{DATASET}:admin2") or "",
        "admin3": account.place_code(f"{DATASET}:admin3") or "",
        "location": account.place_name or "",
        "latitude": str(coordinates[0]) if coordinates else "",
        "longitude": str(coordinates[1]) if coordinates else "",
        "geo_precision": str(where.precision or "") if where else "",
        "source": SEPARATOR.join(account.sources),
        "notes": notes,
        "fatalities": _number(dead) or "0",
    }


# -- import ----------------------------------------------------------------------------------


def _get(data: Mapping[str, str | None], name: str) -> str:
    """A column by ACLED's name, whatever the file's case (old exports are upper-case)."""
    value = data.get(name, data.get(name.upper()))
    return (value or "").strip()


def _float(text: str) -> float | None:
    return float(text) if text else None


def _interval(day: dt.date, precision: int) -> tuple[dt.date, dt.date]:
    if precision == 2:
        return day - dt.timedelta(days=3), day + dt.timedelta(days=3)
    if precision == 3:
        return month_of(day)
    return day, day


def _actor(name: str, inter: str, role: ActorRole) -> CodedActor:
    code = int(inter) if inter.isdigit() else 0
    kind: EntityKind = "group" if code in _GROUP_CODES else "organization"
    if role == "target" and code == codes.acled().victim_code:
        role = "victim"
    return CodedActor(name, role, kind, {f"{DATASET}:inter": str(code)} if code else {})


def old_label(event_type: str) -> str | None:
    """A pre-2019 event type in the codebook's spelling, or ``None`` if it is none.

    Old files spell some types more than one way ("Violence Against Civilians",
    "Battle-Non-state actors overtake territory").
    """
    old = codes.acled().pre2019
    by_key = {label.casefold(): label for label in old.types}
    by_key |= {variant.casefold(): label for variant, label in old.variants.items()}
    return by_key.get(event_type.strip().casefold())


def scheme(data: Mapping[str, str | None]) -> str:
    """The scheme a row is coded in: ``CURRENT`` or ``PRE_2019``.

    The 2019 revision added sub_event_type: a row with one is current. One
    without is old when its event_type is an old one, or (a type both schemes
    have, "Violence against civilians") when its year is before 2019.
    """
    if _get(data, "sub_event_type"):
        return CURRENT
    event_type = _get(data, "event_type")
    if old_label(event_type) is None:
        return CURRENT
    if event_type in codes.acled().disorder:
        day = _get(data, "event_date")
        year = _get(data, "year") or (str(parse_day(day).year) if day else "")
        return PRE_2019 if year.isdigit() and int(year) < 2019 else CURRENT
    return PRE_2019


def old_event_type(mapping: AcledMapping) -> str:
    """The pre-2019 event type an event of the current scheme was coded as.

    From its sub_event_type where it has one, else its event_type
    (``pre2019.from_current`` in acled.yaml).
    """
    table = codes.acled().pre2019.from_current
    return (
        table.get(mapping.sub_event_type or "")
        or table.get(mapping.event_type)
        or mapping.event_type
    )


def coded(data: Mapping[str, str | None], number: int) -> CodedEvent:
    """One ACLED row (current or pre-2019 scheme and columns) as a coded event.

    A pre-2019 row keeps its own event_type as its ACLED mapping (an export writes
    back what the file said) and takes its ontology type from ``pre2019.types``.
    """
    table = codes.acled()
    event_type = _get(data, "event_type")
    sub_event_type = _get(data, "sub_event_type") or None
    if scheme(data) == PRE_2019:
        kind, subtype = table.pre2019.types[old_label(event_type) or ""]
    else:
        kind, subtype = table.types.get(sub_event_type or "", table.default)
    row_id = _get(data, "event_id_cnty") or f"row-{number}"
    day_text = _get(data, "event_date")
    earliest = latest = None
    precision_code = int(_get(data, "time_precision") or 1)
    if day_text:
        earliest, latest = _interval(parse_day(day_text), precision_code)
    notes = _get(data, "notes")
    place = CodedPlace(
        name=_get(data, "location"),
        lat=_float(_get(data, "latitude")),
        lon=_float(_get(data, "longitude")),
        precision=int(_get(data, "geo_precision") or 0) or None,
        admin1=_get(data, "admin1") or None,
        kb={
            f"{DATASET}:{column}": value
            for column in ("country", "admin2", "admin3")
            if (value := _get(data, column))
        },
    )
    actors = []
    sides: tuple[tuple[str, ActorRole, ActorRole], ...] = (
        ("1", "agent", "supporter"),
        ("2", "target", "target"),
    )
    for side, role, assoc_role in sides:
        name = _get(data, f"actor{side}")
        if name:
            actors.append(_actor(name, _get(data, f"inter{side}"), role))
        associated = _get(data, f"assoc_actor_{side}") or _get(data, f"ally_actor_{side}")
        for assoc in associated.split(SEPARATOR.strip()):
            if assoc.strip():
                actors.append(_actor(assoc.strip(), "", assoc_role))
    fatalities = _get(data, "fatalities")
    return CodedEvent(
        dataset=DATASET,
        label="ACLED",
        row_id=row_id,
        narrative=notes,
        type=kind,
        type_label=event_type + (f": {sub_event_type}" if sub_event_type else ""),
        subtype=subtype,
        mappings=Mappings(acled=AcledMapping(event_type=event_type, sub_event_type=sub_event_type)),
        earliest=earliest,
        latest=latest,
        precision=precision_of(earliest, latest) if earliest and latest else "unknown",
        place=place if place.name else None,
        actors=actors,
        figures=[CodedFigure("fatalities", int(float(fatalities)))] if fatalities else [],
        sources=_get(data, "source") or None,
    )
