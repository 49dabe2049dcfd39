"""Link features: how alike two accounts are on type, time, place, actors and text.

Each feature scores 0..1, or ``None`` when one account lacks what it compares
(no place, no named actors): a missing field is no evidence either way, so it
drops out of the weighted mean instead of counting as a disagreement. The
scores are kept with every stored link, so any link can explain itself.

Time is deliberately forgiving: accounts that disagree on the date by weeks
still score part of the time weight, so that a disputed date does not split
one event into two when place, target and type agree — that disagreement is
what a reader needs to see, as a conflict inside one cluster.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import asdict, dataclass

from historiograph.nlp.entities import name_key
from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef
from historiograph.reconcile.settings import Settings
from historiograph.reconcile.similarity import TextSimilarity

FEATURES = ("type", "time", "place", "actors", "text")
EARTH_RADIUS_KM = 6371.0
_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class LinkScores:
    """Feature scores of one pair of accounts and their weighted mean."""

    type: float
    time: float | None
    place: float | None
    actors: float | None
    text: float | None
    total: float
    linked: bool

    def as_dict(self) -> dict[str, float | bool | None]:
        return asdict(self)


def day_gap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> int | None:
    """Days between two intervals (0 when they overlap), ``None`` when either is unknown."""
    if a is None or b is None:
        return None
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def time_score(a: Account, b: Account, settings: Settings) -> float | None:
    """1 within the precision's tolerance, then falling linearly over ``decay_days``."""
    gap = day_gap(a.interval, b.interval)
    if gap is None:
        return None
    tolerances = settings.time.tolerance_days
    tolerance = max(tolerances.get(a.precision, 0), tolerances.get(b.precision, 0))
    if gap <= tolerance:
        return 1.0
    return max(0.0, 1.0 - (gap - tolerance) / settings.time.decay_days)


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


def _names_the_place(a: Account, b: Account) -> bool:
    """Whether ``b``'s evidence names ``a``'s place: one source places the shooting in
    "Liberty Square in Keltz", the other in "Keltz" — the square is in the town."""
    name = a.place.name if a.place is not None else None
    if not name:
        return False
    return re.search(rf"\b{re.escape(name)}\b", b.quote, re.IGNORECASE) is not None


def place_score(a: Account, b: Account, settings: Settings) -> float | None:
    """Same named place 1; coordinates within the allowance 1, fading to 0 at three times it.

    Without coordinates, one place inside the other (by name, or named in the other
    account's evidence) scores ``place.contained``.
    """
    if a.place is None or b.place is None:
        return None
    km = distance_km(a.place, b.place)
    if km is not None:
        allowance = allowance_km(a.place, b.place, settings)
        return max(0.0, min(1.0, 1.0 - (km - allowance) / (2 * allowance)))
    same = same_place_name(a.place, b.place)
    if same is True:
        return 1.0
    if same is None or _names_the_place(a, b) or _names_the_place(b, a):
        return settings.place.contained
    if max(a.place.precision or 1, b.place.precision or 1) > 1:
        return settings.place.undecided
    return 0.0


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
    """1 for the same entity; else the Dice overlap of distinctive words; 0.5 if one is generic."""
    if a.entity and a.entity == b.entity:
        return 1.0
    ta, generic_a = actor_tokens(a, settings)
    tb, generic_b = actor_tokens(b, settings)
    if not ta or not tb:
        return 0.0
    if generic_a != generic_b:
        return 0.5
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def best_match(a: list[ActorRef], b: list[ActorRef], settings: Settings) -> float | None:
    if not a or not b:
        return None
    return max(actor_similarity(x, y, settings) for x in a for y in b)


def actor_score(a: Account, b: Account, settings: Settings) -> float | None:
    """Agreement on who was hit (targets, victims); on who acted only when nothing else is known.

    Agents weigh less: sources dispute perpetrators far more often than targets,
    and a disputed perpetrator must not split an event.
    """
    agents = best_match(a.agents + a.denied_agents, b.agents + b.denied_agents, settings)
    patients = best_match(a.patients, b.patients, settings)
    if patients is not None:
        return max(patients, 0.0 if agents is None else agents * 0.5)
    if agents is not None:
        floor = settings.actors.agent_only_floor
        return floor + (1.0 - floor) * agents
    return None


def _new_place(a: Account, b: Account) -> bool:
    """Whether just one of the two names a precise place: in one text, a sign of a new event."""
    precise = [p is not None and (p.precision or 1) == 1 for p in (a.place, b.place)]
    return (a.place is None) != (b.place is None) and any(precise)


def score_pair(
    a: Account, b: Account, settings: Settings, similarity: TextSimilarity
) -> LinkScores | None:
    """The link scores of two accounts, or ``None`` when they are never compared.

    Pairs of incompatible types, or whose dates lie further apart than
    ``time.max_gap_days``, are not candidates at all (the blocking rule).
    """
    compatibility = settings.compatibility(a.type, b.type)
    if compatibility <= 0:
        return None
    gap = day_gap(a.interval, b.interval)
    if gap is not None and gap > settings.time.max_gap_days:
        return None
    scores: dict[str, float | None] = {
        "type": compatibility,
        "time": time_score(a, b, settings),
        "place": place_score(a, b, settings),
        "actors": actor_score(a, b, settings),
        "text": similarity(a.quote, b.quote),
    }
    weights = settings.weights
    present = {name: value for name, value in scores.items() if value is not None}
    total = sum(weights[n] * v for n, v in present.items()) / sum(weights[n] for n in present)
    anchors = sum((scores[n] or 0.0) >= minimum for n, minimum in settings.anchors.items())
    # Two precise places too far apart contradict each other: then it takes two anchors.
    contradicted = scores["place"] == 0.0
    anchored = anchors >= (2 if contradicted else 1) or (
        a.document == b.document
        and a.type == b.type
        and (scores["time"] or 0.0) >= settings.same_document_anchor_time
        and not _new_place(a, b)
    )
    return LinkScores(
        type=compatibility,
        time=scores["time"],
        place=scores["place"],
        actors=scores["actors"],
        text=scores["text"],
        total=round(total, 4),
        linked=anchored and total >= settings.link_threshold,
    )
