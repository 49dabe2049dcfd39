"""The reconciler's numbers, read from ``data/reconcile.yaml``.

Weights, thresholds, tolerances and the type-compatibility table are data, not
code, so that they can be tuned on a gold set and reviewed without reading the
algorithm. This module validates the file into one immutable :class:`Settings`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict

SIMILARITY_ENV = "HISTORIOGRAPH_SIMILARITY"
"""Environment variable that overrides ``text.backend`` (``lexical`` or ``embedding``)."""

Backend = Literal["lexical", "embedding"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TimeSettings(_Frozen):
    tolerance_days: dict[str, int]
    decay_days: dict[str, int]
    max_gap_days: int
    bucket_days: int
    ongoing_span_days: int

    def slack(self, a: str, b: str) -> tuple[int, int]:
        """Tolerance and decay (days) for two stated precisions: the coarser one's.

        "July 1988" against "August 3, 1988" is only as precise as the month; a
        precision the table lacks ("unknown", imported data) gets no tolerance
        and the day's decay.
        """
        tolerance = max(self.tolerance_days.get(a, 0), self.tolerance_days.get(b, 0))
        day = self.decay_days["day"]
        decay = max(self.decay_days.get(a, day), self.decay_days.get(b, day))
        return tolerance, decay


class PlaceSettings(_Frozen):
    allowance_km: dict[int, float]
    undecided: float
    contained: float
    locatives: frozenset[str]
    namesake_words: frozenset[str]


class ActorSettings(_Frozen):
    generic_words: frozenset[str]
    modifiers: frozenset[str]
    demonym_endings: tuple[str, ...]
    instigator_links: tuple[str, ...]
    agent_only_floor: float
    short_form_match: float
    generic_match: float


class TextSettings(_Frozen):
    backend: Backend
    scale: dict[Backend, tuple[float, float]]
    anchor_min_shared_words: dict[Backend, int]

    def rescale(self, backend: Backend, raw: float) -> float:
        """A raw similarity as a 0..1 score between the backend's floor and ceiling."""
        floor, ceiling = self.scale[backend]
        return min(1.0, max(0.0, (raw - floor) / (ceiling - floor)))


class CrowdSettings(_Frozen):
    """How a document tells a crowd's own violence (a riot), not force used on a crowd."""

    words: frozenset[str]
    riot_subtypes: frozenset[str]
    type: str
    count_words: int


class FighterSettings(_Frozen):
    """How a document tells that those its violence hit were armed fighters."""

    words: frozenset[str]
    forces: frozenset[str]
    noncombatants: frozenset[str]
    type: str


class TollPassiveSettings(_Frozen):
    """Passive death verbs that tell a toll, not a kind of act (compare._without_tolls)."""

    auxiliaries: frozenset[str]
    verbs: frozenset[str]


class ConflictSettings(_Frozen):
    figures: tuple[str, ...]
    about_fraction: float
    levels: dict[str, float]
    date_severity_days: int
    fuzzy_date_precisions: frozenset[str]
    place_severity_km: float
    place_names_severity: float
    perpetrator_severity: dict[str, float]
    framing_compatibility: float
    contested_framings: frozenset[frozenset[str]]
    remote_subtypes: frozenset[str]
    ground_subtypes: frozenset[str]
    also_means: dict[str, frozenset[str]]
    denial_window_chars: int
    alleged_doers: dict[str, frozenset[str]]
    additive_words: frozenset[str]
    comparative_words: frozenset[str]
    as_of_words: frozenset[str]
    part_phrases: tuple[str, ...]
    own_part_words: tuple[str, ...]
    total_nouns: frozenset[str]
    figure_window_chars: int
    violent_types: frozenset[str]
    nonlethal_subtypes: frozenset[str]
    toll_passives: TollPassiveSettings
    crowd: CrowdSettings
    fighters: FighterSettings

    def level(self, severity: float) -> str:
        """The named level (high, medium, low) of a severity score."""
        for name, floor in sorted(self.levels.items(), key=lambda item: -item[1]):
            if severity >= floor:
                return name
        return min(self.levels, key=lambda name: self.levels[name])


class RepetitionSettings(_Frozen):
    """How a sentence says its act was done again (see ``features.repeats``)."""

    adverbs: tuple[str, ...]
    window: int
    counting_window: int
    copulas: frozenset[str]

    @property
    def adverb_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The adverbs as tuples of lowercase words, the form they are matched in."""
        return tuple(tuple(phrase.lower().split()) for phrase in self.adverbs)


class ForwardDatingSettings(_Frozen):
    max_gap_chars: int


class DateRangeSettings(_Frozen):
    """The words of a range a sentence states with two dates ("between the evening of
    9 October and this morning"): the word before the first date, the words between."""

    openers: frozenset[str]
    joiners: frozenset[str]


class AnaphoraSettings(_Frozen):
    """How a mention points back at the event just told ("that massacre", "this attack")."""

    determiners: frozenset[str]
    sentence_initial: frozenset[str]
    window: int
    max_gap_chars: int


class AttributionSettings(_Frozen):
    """How a clause names who did an event ("the bombing was carried out by the Front")."""

    phrases: tuple[str, ...]
    own_event_phrases: tuple[str, ...]
    contrasts: tuple[str, ...]
    auxiliaries: frozenset[str]
    negations: frozenset[str]
    window: int
    agent_window_chars: int


class GenericSettings(_Frozen):
    """How a mention names a kind of event, not one ("condemns every attack")."""

    quantifiers: frozenset[str]
    window: int


class DoerSettings(_Frozen):
    """Which doers the extractor gave an event that the event's own sentence names."""

    pronouns: frozenset[str]
    negations: frozenset[str]


class MentionSettings(_Frozen):
    """How one document's sentences point at the events it tells."""

    repetition: RepetitionSettings
    forward_dating: ForwardDatingSettings
    date_ranges: DateRangeSettings
    anaphora: AnaphoraSettings
    attribution: AttributionSettings
    generic: GenericSettings
    doers: DoerSettings
    # Verbs of an occasion after a death ("were buried"): a date told with one is its day.
    later_occasions: tuple[str, ...]
    # Words that open a sentence telling its event after the one before ("Later the
    # battalion blew up our radio"): a date it carried over is none of its own.
    later_openers: tuple[str, ...]


class Settings(_Frozen):
    type_compatibility: dict[str, dict[str, float]]
    weights: dict[str, float]
    link_threshold: float
    anchors: dict[str, float]
    same_document_anchor_time: float
    same_document_anchor_precisions: frozenset[str]
    same_document_sequel_subtypes: frozenset[str]
    kindred_subtypes: tuple[frozenset[str], ...]
    lasting_subtypes: frozenset[str]
    means_apart: tuple[frozenset[str], ...]
    keep_threshold: float
    keep_near_misses: int
    time: TimeSettings
    place: PlaceSettings
    actors: ActorSettings
    text: TextSettings
    conflicts: ConflictSettings
    mentions: MentionSettings

    def kindred(self, a: str, a_subtype: str | None, b: str, b_subtype: str | None) -> bool:
        """Whether two ``type/subtype`` labels are one of ``kindred_subtypes``: ways of
        telling one act (an assault on a bus and the holding of its passengers), which a
        document may tell in one sentence by two words of two subtypes."""
        labels = {f"{a}/{a_subtype}", f"{b}/{b_subtype}"}
        return any(labels <= group for group in self.kindred_subtypes)

    def compatibility(
        self, a: str, b: str, a_subtype: str | None = None, b_subtype: str | None = None
    ) -> float:
        """How strongly types ``a`` and ``b`` may name one happening (0: never compared).

        Entries are keyed by type or by ``type/subtype``; the most specific entry
        that names the pair wins, so that a subtype can be kept apart from a type
        its type is otherwise compatible with (a strike is no crowd being shot at),
        and two subtypes of one type from each other (a group's claim of a bombing
        and another's denial of it are both statements, never one statement).
        """
        sa = f"{a}/{a_subtype}" if a_subtype else None
        sb = f"{b}/{b_subtype}" if b_subtype else None
        table = self.type_compatibility
        if a == b:
            kept_apart = None
            if sa and sb and sa != sb:
                kept_apart = table.get(sa, {}).get(sb, table.get(sb, {}).get(sa))
            return 1.0 if kept_apart is None else kept_apart
        for x, y in ((sa, sb), (sa, b), (a, sb), (a, b)):  # most specific first
            if x is None or y is None:
                continue
            score = table.get(x, {}).get(y, table.get(y, {}).get(x))
            if score is not None:
                return score
        return 0.0

    def compatible_types(self, event_type: str) -> frozenset[str]:
        """Every type an account of ``event_type`` may be compared with, itself included
        (by type: a subtype entry of 0 is refused when the pair is scored, not here)."""
        found = {event_type}
        for a, row in self.type_compatibility.items():
            for b, score in row.items():
                ta, tb = a.partition("/")[0], b.partition("/")[0]
                if score > 0 and event_type in (ta, tb):
                    found.add(tb if ta == event_type else ta)
        return frozenset(found)


@lru_cache(maxsize=1)
def load_settings() -> Settings:
    """The packaged settings, with ``$HISTORIOGRAPH_SIMILARITY`` applied when set."""
    text = resources.files("historiograph.reconcile").joinpath("data/reconcile.yaml").read_text()
    data = yaml.safe_load(text)
    override = os.environ.get(SIMILARITY_ENV)
    if override:
        data["text"]["backend"] = override
    return Settings.model_validate(data)
