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
    decay_days: int
    max_gap_days: int
    bucket_days: int


class PlaceSettings(_Frozen):
    allowance_km: dict[int, float]
    undecided: float
    contained: float


class ActorSettings(_Frozen):
    generic_words: frozenset[str]
    modifiers: frozenset[str]
    agent_only_floor: float


class TextSettings(_Frozen):
    backend: Backend
    scale: dict[Backend, tuple[float, float]]

    def rescale(self, backend: Backend, raw: float) -> float:
        """A raw similarity as a 0..1 score between the backend's floor and ceiling."""
        floor, ceiling = self.scale[backend]
        return min(1.0, max(0.0, (raw - floor) / (ceiling - floor)))


class ConflictSettings(_Frozen):
    figures: tuple[str, ...]
    about_fraction: float
    levels: dict[str, float]
    date_severity_days: int
    place_severity_km: float
    place_names_severity: float
    perpetrator_severity: dict[str, float]
    denial_window_chars: int
    figure_window_chars: int
    violent_types: frozenset[str]
    nonlethal_subtypes: frozenset[str]

    def level(self, severity: float) -> str:
        """The named level (high, medium, low) of a severity score."""
        for name, floor in sorted(self.levels.items(), key=lambda item: -item[1]):
            if severity >= floor:
                return name
        return min(self.levels, key=lambda name: self.levels[name])


class Settings(_Frozen):
    type_compatibility: dict[str, dict[str, float]]
    weights: dict[str, float]
    link_threshold: float
    anchors: dict[str, float]
    same_document_anchor_time: float
    keep_threshold: float
    keep_near_misses: int
    time: TimeSettings
    place: PlaceSettings
    actors: ActorSettings
    text: TextSettings
    conflicts: ConflictSettings

    def compatibility(self, a: str, b: str) -> float:
        """How strongly types ``a`` and ``b`` may name one happening (0: never compared)."""
        if a == b:
            return 1.0
        table = self.type_compatibility
        return table.get(a, {}).get(b, table.get(b, {}).get(a, 0.0))

    def compatible_types(self, event_type: str) -> frozenset[str]:
        """Every type an account of ``event_type`` may be compared with, itself included."""
        found = {event_type}
        for a, row in self.type_compatibility.items():
            for b, score in row.items():
                if score > 0 and event_type in (a, b):
                    found.add(b if a == event_type else a)
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
