"""The cleaning lexicons: phrase lists and patterns loaded from the YAML files in ``data/``.

Keeping the words in data means a new site's furniture ("Weiterlesen",
"Partager") is a one-line change that needs no code review, and the rules in
code stay about the shape of a page. The files are validated on load
(unknown keys are errors), phrases are stored under :func:`lines.key` and
patterns compiled case-insensitively, once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict

from historiograph.ingest.lines import key


def _compile(value: Any) -> Any:
    return re.compile(value, re.IGNORECASE) if isinstance(value, str) else value


def _keys(values: list[str]) -> frozenset[str]:
    return frozenset(key(v) for v in values)


Pattern = Annotated[re.Pattern[str], BeforeValidator(_compile)]
Phrases = Annotated[frozenset[str], BeforeValidator(list), AfterValidator(_keys)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Breadcrumb(_Section):
    separators: tuple[str, ...]
    home: Phrases


class Navigation(_Section):
    lines: Phrases
    patterns: tuple[Pattern, ...]
    menu_separators: tuple[str, ...]
    menu_min_items: int
    menu_max_item_words: int


class Share(_Section):
    anchors: Phrases
    fillers: Phrases
    patterns: tuple[Pattern, ...]


class Related(_Section):
    headings: Phrases
    patterns: tuple[Pattern, ...]
    link_max_words: int


class Comments(_Section):
    headings: Phrases
    patterns: tuple[Pattern, ...]
    form_lines: Phrases


class Footer(_Section):
    patterns: tuple[Pattern, ...]


class Furniture(_Section):
    breadcrumb: Breadcrumb
    navigation: Navigation
    share: Share
    related: Related
    comments: Comments
    footer: Footer


class Byline(_Section):
    by_patterns: tuple[Pattern, ...]
    role_patterns: tuple[Pattern, ...]
    role_words: Phrases
    name_particles: Phrases
    name_max_tokens: int
    role_max_words: int


class Dates(_Section):
    published_patterns: tuple[Pattern, ...]
    other_patterns: tuple[Pattern, ...]
    cut: Pattern
    ordinal: Pattern
    in_title: Pattern
    range_before: Pattern
    range_after: Pattern
    formats: tuple[str, ...]


class SeriesRules(_Section):
    title_pattern: Pattern
    link_prefix: Pattern
    number_words: dict[str, int]


class Metadata(_Section):
    byline: Byline
    dates: Dates
    series: SeriesRules


class References(_Section):
    headings: Phrases
    heading_patterns: tuple[Pattern, ...]
    citation_patterns: tuple[Pattern, ...]
    numbering: Pattern


def _load(name: str) -> Any:
    folder = resources.files("historiograph.ingest").joinpath("data")
    return yaml.safe_load(folder.joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    """Page-furniture phrases and patterns (``data/furniture.yaml``)."""
    return Furniture.model_validate(_load("furniture.yaml"))


@lru_cache(maxsize=1)
def metadata() -> Metadata:
    """Byline, date and series patterns (``data/metadata.yaml``)."""
    return Metadata.model_validate(_load("metadata.yaml"))


@lru_cache(maxsize=1)
def references() -> References:
    """Reference-section headings and citation cues (``data/references.yaml``)."""
    return References.model_validate(_load("references.yaml"))
