"""The knowledge base: entities with their names, kinds, ids and attributes.

A KB is a list of YAML or JSON Lines files (format in ``data/README.md``).
Files layer: the bundled general KB and domain packs load first, then the
user's files; an entry whose ``id`` is already known replaces the fields it
sets, so a user can correct or extend a bundled entity without copying it.
Every name, alias and adjective is indexed under its transliteration key
(:mod:`historiograph.resolve.keys`), so lookups are spelling-insensitive.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from historiograph.errors import UsageError
from historiograph.record import EntityKind, Geo
from historiograph.resolve.keys import fold, is_acronym, plain_spelling, token_keys, translit_key

KB_FORMAT = "historiograph.kb/1"
# Names of at most this many letters must be spelled as the KB writes them, up to
# doubled letters and a final h: the transliteration key's vowel folding turns
# short English words into names ("Even" -> "Evin", "Male" -> "Mali").
SHORT_NAME = 5
BUNDLED_DIR = Path(__file__).parent / "data" / "kb"
ENV_VAR = "HISTORIOGRAPH_KB"


class Role(BaseModel):
    """A position a person held, with date bounds (ISO dates or years)."""

    model_config = ConfigDict(extra="forbid")

    role: str
    of: str | None = Field(default=None, description="entity id of the organization")
    start: str | None = None
    end: str | None = None

    @field_validator("start", "end", mode="before")
    @classmethod
    def _date_text(cls, value: Any) -> Any:
        """YAML reads ``1979`` as int and ``1981-06-28`` as a date: keep both as text."""
        return (
            value.isoformat()
            if isinstance(value, dt.date)
            else value
            if value is None
            else str(value)
        )


class KBEntity(BaseModel):
    """One entity of the knowledge base."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: EntityKind
    name: str
    aliases: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(
        default_factory=list, description="demonyms and adjectives (Iranian) that also name it"
    )
    ids: dict[str, str] = Field(default_factory=dict, description="wikidata, geonames, ...")
    attrs: dict[str, Any] = Field(default_factory=dict)
    roles: list[Role] = Field(default_factory=list)
    geo: Geo | None = None
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _ent_prefix(cls, value: str) -> str:
        if not value.startswith("ent:") or len(value) < 5:
            raise ValueError(f"id {value!r} must look like 'ent:<slug>'")
        return value

    @field_validator("ids", mode="before")
    @classmethod
    def _ids_as_text(cls, value: Any) -> Any:
        return {k: str(v) for k, v in value.items()} if isinstance(value, dict) else value

    def names(self) -> list[str]:
        """The canonical name then every alias, without duplicates."""
        return list(dict.fromkeys([self.name, *self.aliases]))

    def surname_keys(self) -> set[str]:
        """Keys of the single words of a person's names: what a bare "Rajavi" can refer to."""
        if self.kind != "person":
            return set()
        return {k for n in self.names() for k in token_keys(n) if len(k) > 2}


class KnowledgeBase:
    """Entities by id, with a transliteration-insensitive index of their names."""

    def __init__(self, entities: Iterable[KBEntity] = (), *, sources: Sequence[Path] = ()) -> None:
        self._entities: dict[str, KBEntity] = {}
        self.sources: list[Path] = list(sources)
        for entity in entities:
            self.add(entity)

    def add(self, entity: KBEntity, *, merge: bool = True) -> None:
        """Add an entity; with ``merge``, an existing id keeps fields the new one leaves unset."""
        old = self._entities.get(entity.id)
        if old is not None and merge:
            update = entity.model_dump(exclude_unset=True)
            entity = old.model_copy(update={k: getattr(entity, k) for k in update})
        self._entities[entity.id] = entity
        self._index_cache = None

    _index_cache: dict[str, list[tuple[str, str]]] | None = None

    @property
    def index(self) -> dict[str, list[tuple[str, str]]]:
        """key -> [(entity id, form)], form one of ``name``, ``acronym``, ``adjective``."""
        if self._index_cache is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for entity in self._entities.values():
                forms = [(n, "acronym" if is_acronym(n) else "name") for n in entity.names()]
                forms += [(a, "adjective") for a in entity.adjectives]
                for surface, form in forms:
                    key = translit_key(surface)
                    if key and (entity.id, form) not in index.setdefault(key, []):
                        index[key].append((entity.id, form))
            self._index_cache = index
        return self._index_cache

    def lookup(self, name: str) -> list[KBEntity]:
        """Entities one of whose names has the same transliteration key as ``name``, and
        is spelled as ``name`` where the key is too loose (see :meth:`spelled_as`)."""
        hits = self.index.get(translit_key(name), [])
        found = (i for i, form in hits if self.spelled_as(i, form, name))
        return [self._entities[i] for i in dict.fromkeys(found)]

    def spelled_as(self, entity_id: str, form: str, text: str) -> bool:
        """Whether ``text`` may stand for the entity's name of this ``form``.

        The transliteration key folds vowels and doubled letters, which is right for
        names (Mujahedin, Mojahedin) and wrong for letters: an acronym is spelled with
        exactly its letters ("LTE" is not "LTTE", "ERA" not "IRA"), and a word in
        capitals matches a name only letter for letter ("FATA" is not "Fatah").
        """
        entity = self._entities.get(entity_id)
        if entity is None:
            return False
        letters = "".join(c for c in text if c.isalpha())
        if form == "acronym":
            return letters.upper() in {
                "".join(c for c in n if c.isalpha()) for n in entity.names() if is_acronym(n)
            }
        if form == "name" and is_acronym(text):
            return fold(text) in {fold(n) for n in entity.names() if not is_acronym(n)}
        if len(fold(text).replace(" ", "")) <= SHORT_NAME:
            # A short word whose vowels differ is another word ("Even" is not "Evin").
            names = entity.adjectives if form == "adjective" else entity.names()
            return plain_spelling(text) in {plain_spelling(n) for n in names}
        return True

    def get(self, entity_id: str) -> KBEntity | None:
        return self._entities.get(entity_id)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def __iter__(self) -> Iterator[KBEntity]:
        return iter(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)


def read_kb_file(path: Path) -> list[KBEntity]:
    """Entities from one YAML (``entities:`` list) or JSON Lines file, validated."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read knowledge base {path}: {exc.strerror}") from exc
    rows: list[Any]
    try:
        if path.suffix == ".jsonl":
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            loaded = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
            fmt = loaded.get("format", KB_FORMAT) if isinstance(loaded, dict) else None
            if fmt != KB_FORMAT:
                raise UsageError(f"{path}: format must be {KB_FORMAT!r}, got {fmt!r}")
            rows = loaded.get("entities") or []
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: not valid YAML/JSON Lines: {exc}") from exc
    entities: list[KBEntity] = []
    for n, row in enumerate(rows, 1):
        try:
            entities.append(KBEntity.model_validate(row))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise UsageError(f"{path}: entry {n}: {where}: {first['msg']}") from exc
    return entities


def bundled_kb_files() -> list[Path]:
    """The KB files shipped with the package, general first, then domain packs."""
    return sorted(BUNDLED_DIR.glob("*.yaml"))


def load_kb(paths: Sequence[Path] | None = None) -> KnowledgeBase:
    """Load the bundled KB files, then the user's (``paths``, else ``$HISTORIOGRAPH_KB``).

    Later files override earlier ones field by field for the same id. A user
    path that does not exist yet is skipped, so ``kb add`` can create it.
    """
    if paths is None:
        env = os.environ.get(ENV_VAR, "")
        paths = [Path(p) for p in env.split(os.pathsep) if p]
    files = bundled_kb_files() + [Path(p) for p in paths if Path(p).exists()]
    kb = KnowledgeBase(sources=files)
    for path in files:
        for entity in read_kb_file(path):
            kb.add(entity)
    return kb


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The KB used when a caller passes none: loaded once per process."""
    return load_kb()


def append_to_user_file(path: Path, entities: Sequence[KBEntity]) -> None:
    """Add or replace entities in a user KB file (YAML or JSON Lines), creating it if needed."""
    existing = {e.id: e for e in read_kb_file(path)} if path.exists() else {}
    for entity in entities:
        existing[entity.id] = entity
    rows = [e.model_dump(mode="json", exclude_defaults=True) for e in existing.values()]
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    else:
        body = yaml.safe_dump(
            {"format": KB_FORMAT, "entities": rows}, allow_unicode=True, sort_keys=False
        )
    path.write_text(body, encoding="utf-8")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def entities_from_csv(path: Path) -> list[KBEntity]:
    """Entities from a CSV with columns id, kind, name and optional aliases, adjectives
    (``|``-separated), wikidata, geonames, lat, lon, country_code: the common
    spreadsheet shape of an actor list."""
    from historiograph.nlp.entities import entity_id

    entities: list[KBEntity] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle), 2):
            row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            if not row.get("name") or not row.get("kind"):
                raise UsageError(f"{path}: line {n}: 'name' and 'kind' are required")
            data: dict[str, Any] = {
                "id": row.get("id") or entity_id(row["name"]),
                "kind": row["kind"],
                "name": row["name"],
                "aliases": _split(row.get("aliases", "")),
                "adjectives": [
                    a.strip() for a in row.get("adjectives", "").split("|") if a.strip()
                ],
                "ids": {k: row[k] for k in ("wikidata", "geonames") if row.get(k)},
            }
            if row.get("lat") and row.get("lon"):
                data["geo"] = {
                    "lat": float(row["lat"]),
                    "lon": float(row["lon"]),
                    "country_code": row.get("country_code") or None,
                }
            try:
                entities.append(KBEntity.model_validate(data))
            except ValidationError as exc:
                raise UsageError(f"{path}: line {n}: {exc.errors()[0]['msg']}") from exc
    return entities
