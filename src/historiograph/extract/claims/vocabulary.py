"""The word lists that claims extraction reads, loaded from ``data/*.yaml``.

Every cue the extractor relies on (number words, qualifier phrases, counted
nouns, outcome verbs, attribution verbs, hedges) lives in a data file so that
it can be reviewed and extended without touching code, and so that no rule is
tied to one document's wording. This module turns those files into one typed,
immutable :class:`Vocabulary`, and phrase lists into spaCy ``PhraseMatcher``s.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import spacy
import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

_PACKAGE = "historiograph.extract.claims"


@dataclass(frozen=True)
class Vocabulary:
    """All claim cues, as sets and maps of lowercase words or phrases."""

    units: Mapping[str, int]
    hundred: int
    scales: Mapping[str, int]
    abbreviated_scales: Mapping[str, int]
    joiners: frozenset[str]
    vague: Mapping[str, int]
    vague_multipliers: Mapping[str, int]
    vague_alone: Mapping[str, int]
    fractions: Mapping[str, float]
    ordinals: Mapping[str, int]
    percents: tuple[tuple[str, ...], ...]
    rate_joiners: tuple[tuple[str, ...], ...]
    amount_prepositions: frozenset[str]
    weak_numbers: frozenset[str]
    qualifiers_before: Mapping[str, str]
    qualifiers_after: Mapping[str, str]
    range_joiners: frozenset[str]
    range_openers: Mapping[str, str]
    person_nouns: frozenset[str]
    person_suffixes: frozenset[str]
    not_persons: frozenset[str]
    membership_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    life_nouns: frozenset[str]
    life_verbs: frozenset[str]
    bodies: frozenset[str]
    held_nouns: frozenset[str]
    former: frozenset[str]
    outcome_nouns: Mapping[str, str]
    event_nouns: frozenset[str]
    back_references: tuple[str, ...]
    part_markers: tuple[str, ...]
    additions: tuple[str, ...]
    totals: tuple[str, ...]
    strengths: frozenset[str]
    name_records: frozenset[str]
    comparatives: frozenset[str]
    distance_km: Mapping[str, float]
    time_units: frozenset[str]
    aged_persons: frozenset[str]
    not_counts: frozenset[str]
    year_prepositions: frozenset[str]
    positions: frozenset[str]
    outcome_cues: Mapping[str, str]
    passive_cues: Mapping[str, str]
    negated_cues: Mapping[str, str]
    bare_cues: Mapping[str, str]
    bare_blockers: frozenset[str]
    shared_cues: frozenset[str]
    fatal_adverbs: frozenset[str]
    wound_sites: frozenset[str]
    aim_prepositions: frozenset[str]
    treatments: frozenset[str]
    blended: frozenset[frozenset[str]]
    losses: frozenset[str]
    departures: frozenset[str]
    undergone: frozenset[str]
    judgments: frozenset[str]
    settings: Mapping[str, str]
    compelling: frozenset[str]
    removals: frozenset[str]
    deployed: frozenset[str]
    places: frozenset[str]
    attribution_prepositions: tuple[str, ...]
    attribution_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    support_verbs: frozenset[str]
    accounts: frozenset[str]
    record_verbs: frozenset[str]
    findings: frozenset[str]
    beliefs: frozenset[str]
    estimate_verbs: Mapping[str, str]
    revision_verbs: frozenset[str]
    placing_verbs: frozenset[str]
    provenance_verbs: frozenset[str]
    intake_verbs: frozenset[str]
    confirmations: frozenset[str]
    content_nouns: frozenset[str]
    falsehoods: frozenset[str]
    truths: frozenset[str]
    source_nouns: frozenset[str]
    media_nouns: frozenset[str]
    anonymous: tuple[str, ...]
    vague_sources: frozenset[str]
    anonymity: tuple[str, ...]
    passive_reports: frozenset[str]
    institutions: frozenset[str]
    state_voices: frozenset[str]
    gapping_adverbs: frozenset[str]
    gapping_prepositions: frozenset[str]
    gapping_openers: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    first_person_owners: frozenset[str]
    witness_markers: frozenset[str]
    relays: frozenset[str]
    locatives: frozenset[str]
    continuations: tuple[str, ...]
    continuation_nouns: frozenset[str]
    denials: tuple[str, ...]
    overstatements: frozenset[str]
    hedges: tuple[str, ...]
    modal_hedges: frozenset[str]
    superseded: tuple[str, ...]
    correction_openers: tuple[str, ...]
    corrected_media: frozenset[str]
    reference_words: frozenset[str]
    months: frozenset[str]
    referential_determiners: frozenset[str]
    totalities: frozenset[str]
    measures: frozenset[str]
    age_superlatives: frozenset[str]


def _load(name: str) -> dict[str, Any]:
    text = resources.files(_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"claims vocabulary {name} is not a mapping")
    return data


def _words(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


def _invert(groups: Mapping[str, Iterable[Any]]) -> dict[str, str]:
    """``{label: [phrase, ...]}`` -> ``{phrase: label}`` (first label wins)."""
    inverted: dict[str, str] = {}
    for label, phrases in groups.items():
        for phrase in phrases:
            inverted.setdefault(str(phrase).lower(), label)
    return inverted


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Read the packaged data files once; the result is shared and immutable."""
    numbers = _load("numbers.yaml")
    qualifiers = _load("qualifiers.yaml")
    counted = _load("counted.yaml")
    outcomes = _load("outcomes.yaml")
    passive = outcomes.pop("passive", {})
    negated = outcomes.pop("negated", {})
    bare = outcomes.pop("bare", {})
    bare_blockers = outcomes.pop("bare_blockers", [])
    shared = outcomes.pop("things_too", [])
    fatal = outcomes.pop("fatal_adverbs", [])
    wound_sites = outcomes.pop("wound_sites", [])
    aim_prepositions = outcomes.pop("aim_prepositions", [])
    treatments = outcomes.pop("treatments", [])
    departures = outcomes.pop("departures", [])
    undergone = outcomes.pop("undergone", [])
    judgments = outcomes.pop("judgments", [])
    settings = outcomes.pop("settings", {})
    compelling = outcomes.pop("compelling", [])
    removals = outcomes.pop("removals", [])
    deployed = outcomes.pop("deployed", [])
    places = outcomes.pop("places", [])
    blended = outcomes.pop("blended", [])
    losses = outcomes.pop("losses", [])
    attribution = _load("attribution.yaml")
    stance = _load("stance.yaml")
    exclusions = _load("exclusions.yaml")
    return Vocabulary(
        units={str(k): int(v) for k, v in numbers["units"].items()},
        hundred=int(numbers["hundred"]),
        scales={str(k): int(v) for k, v in numbers["scales"].items()},
        abbreviated_scales={str(k): int(v) for k, v in numbers["abbreviated_scales"].items()},
        joiners=_words(numbers["joiners"]),
        vague={str(k): int(v) for k, v in numbers["vague"].items()},
        vague_multipliers={str(k): int(v) for k, v in numbers["vague_multipliers"].items()},
        vague_alone={str(k): int(v) for k, v in numbers["vague_alone"].items()},
        fractions={str(k): float(v) for k, v in numbers["fractions"].items()},
        ordinals={str(k): int(v) for k, v in numbers["ordinals"].items()},
        percents=tuple(tuple(str(p).lower().split()) for p in numbers["percents"]),
        rate_joiners=tuple(tuple(str(p).lower().split()) for p in numbers["rate_joiners"]),
        amount_prepositions=_words(numbers["amount_prepositions"]),
        weak_numbers=_words(numbers["weak"]),
        qualifiers_before=_invert(qualifiers["before"]),
        qualifiers_after=_invert(qualifiers["after"]),
        range_joiners=_words(qualifiers["range_joiners"]),
        range_openers={str(k): str(v) for k, v in qualifiers["range_openers"].items()},
        person_nouns=_words(counted["people"]),
        person_suffixes=_words(counted["person_suffixes"]),
        not_persons=_words(counted["not_persons"]),
        membership_nouns=_words(counted["membership"]),
        collective_nouns=_words(counted["collectives"]),
        life_nouns=_words(counted["lives"]),
        life_verbs=_words(counted["life_verbs"]),
        bodies=_words(counted["bodies"]),
        held_nouns=_words(counted["held"]),
        former=_words(counted["former"]),
        outcome_nouns=_invert(counted["outcome_nouns"]),
        event_nouns=_words(counted["events"]),
        additions=tuple(str(p).lower() for p in counted["additions"]),
        totals=tuple(str(p).lower() for p in counted["totals"]),
        strengths=_words(counted["strengths"]),
        name_records=_words(counted["name_records"]),
        comparatives=_words(counted["comparatives"]),
        back_references=tuple(str(p).lower() for p in counted["back_references"]),
        part_markers=tuple(str(p).lower() for p in counted["part_markers"]),
        distance_km={str(k).lower(): float(v) for k, v in counted["distance"].items()},
        time_units=_words(counted["time_units"]),
        aged_persons=_words(exclusions["aged_persons"]),
        not_counts=_words(counted["not_counts"]),
        year_prepositions=_words(counted["year_prepositions"]),
        positions=_words(counted["positions"]),
        outcome_cues=_invert(outcomes),
        passive_cues=_invert(passive),
        negated_cues=_invert(negated),
        bare_cues=_invert(bare),
        bare_blockers=_words(bare_blockers),
        shared_cues=_words(shared),
        fatal_adverbs=_words(fatal),
        wound_sites=_words(wound_sites),
        aim_prepositions=_words(aim_prepositions),
        treatments=_words(treatments),
        blended=frozenset(frozenset(str(p) for p in pair) for pair in blended),
        losses=_words(losses),
        departures=_words(departures),
        undergone=_words(undergone),
        judgments=_words(judgments),
        settings=_invert(settings),
        compelling=_words(compelling),
        removals=_words(removals),
        deployed=_words(deployed),
        places=_words(places),
        attribution_prepositions=tuple(str(p).lower() for p in attribution["prepositions"]),
        attribution_verbs=_words(attribution["verbs"]),
        denial_verbs=_words(attribution["denial_verbs"]),
        support_verbs=_words(attribution["support_verbs"]),
        accounts=_words(attribution["accounts"]),
        record_verbs=_words(attribution["record_verbs"]),
        findings=_words(attribution["findings"]),
        beliefs=_words(attribution["beliefs"]),
        estimate_verbs={str(k): str(v) for k, v in attribution["estimate_verbs"].items()},
        revision_verbs=_words(attribution["revision_verbs"]),
        placing_verbs=_words(attribution["placing_verbs"]),
        provenance_verbs=_words(attribution["provenance_verbs"]),
        intake_verbs=_words(attribution["intake_verbs"]),
        confirmations=_words(attribution["confirmations"]),
        content_nouns=_words(attribution["content_nouns"]),
        falsehoods=_words(attribution["falsehoods"]),
        truths=_words(attribution["truths"]),
        source_nouns=_words(attribution["source_nouns"]),
        media_nouns=_words(attribution["media"]),
        anonymous=tuple(str(p).lower() for p in attribution["anonymous"]),
        vague_sources=_words(attribution["vague_sources"]),
        anonymity=tuple(str(p).lower() for p in attribution["anonymity"]),
        passive_reports=_words(attribution["passive_reports"]),
        institutions=_words(attribution["institutions"]),
        state_voices=_words(attribution["state_voices"]),
        gapping_adverbs=_words(attribution["gapping_adverbs"]),
        gapping_prepositions=_words(attribution["gapping_prepositions"]),
        gapping_openers=_words(attribution["gapping_openers"]),
        pronouns=_words(attribution["pronouns"]),
        first_person=_words(attribution["first_person"]),
        first_person_owners=_words(attribution["first_person_owners"]),
        witness_markers=_words(attribution["witness_markers"]),
        relays=_words(attribution["relays"]),
        locatives=_words(attribution["locatives"]),
        continuations=tuple(str(p).lower() for p in attribution["continuations"]),
        continuation_nouns=_words(attribution["continuation_nouns"]),
        denials=tuple(str(p).lower() for p in stance["denials"]),
        overstatements=_words(stance["overstatements"]),
        hedges=tuple(str(p).lower() for p in stance["hedges"]),
        modal_hedges=_words(stance["modal_hedges"]),
        superseded=tuple(str(p).lower() for p in stance["superseded"]),
        correction_openers=tuple(str(p).lower() for p in stance["correction_openers"]),
        corrected_media=_words(stance["corrected_media"]),
        reference_words=_words(exclusions["reference_words"]),
        months=_words(exclusions["months"]),
        referential_determiners=_words(exclusions["referential_determiners"]),
        totalities=_words(exclusions["totalities"]),
        measures=_words(exclusions["measures"]),
        age_superlatives=_words(exclusions["age_superlatives"]),
    )


@lru_cache(maxsize=1)
def _phrase_tokenizer() -> Language:
    """A blank English pipeline, only to tokenize phrases the way documents are."""
    return spacy.blank("en")


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """A crude singular for vocabulary look-up: ``attacks`` -> ``attack``."""
    lowered = word.lower()
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("ses", "xes", "ches", "shes")):
        return lowered[:-2]
    if lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3:
        return lowered[:-1]
    return lowered


def plural(word: str) -> str:
    """The plural a unit is named by: the word as written when it is plural
    ("sorties", "clashes"), else its regular plural ("attack" -> "attacks")."""
    lowered = word.lower()
    if singular(lowered) != lowered:
        return lowered
    if lowered.endswith(("s", "x", "ch", "sh")):
        return lowered + "es"
    return lowered + "s"


def agentive(word: str, vocab: Vocabulary) -> bool:
    """Whether a noun's ending makes it a person ("cyclist", "technicians", "trainee",
    "mineworker"), for the many trades and roles no list holds; singular or plural."""
    lowered = word.lower()
    for form in (lowered, singular(word), lowered[:-1] if lowered.endswith("es") else lowered):
        if form.endswith(tuple(vocab.person_suffixes)) and form not in vocab.not_persons:
            return True
    return False


@lru_cache(maxsize=1 << 16)
def in_words(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` or its singular is in ``words`` (lowercase). A plural in -es
    may drop only its -s ("nurses", "houses"), which :func:`singular` cannot tell
    from "-ses" plurals that drop -es ("buses"). Cached: the extractors ask it of
    every token of a sentence, for the same few word sets."""
    lowered = word.lower()
    if lowered in words or singular(word) in words:
        return True
    return lowered.endswith("es") and lowered[:-1] in words


class Phrases:
    """Find occurrences of a list of lowercase phrases in a span, longest first.

    A thin wrapper over spaCy's ``PhraseMatcher`` (matching on ``LOWER``), so
    that multi-word cues ("it was assumed", "according to") match whatever the
    document's casing.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        nlp = _phrase_tokenizer()
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._matcher.add("cue", [nlp.make_doc(p) for p in phrases])

    def find(self, doc: Doc, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """``(start, end)`` token offsets of the matches inside ``doc[start:end]``.

        Overlapping matches keep the longest, so "no more than" wins over "more than".
        """
        stop = len(doc) if end is None else end
        # Matched on the span, not the Doc: a whole-Doc match per sentence is quadratic.
        found = [(s, e) for _, s, e in self._matcher(doc[start:stop])]
        chosen: list[tuple[int, int]] = []
        for s, e in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
            if all(e <= a or s >= b for a, b in chosen):
                chosen.append((s, e))
        return sorted(chosen)
