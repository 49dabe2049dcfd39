"""``historiograph kb``: list, show, add and import knowledge-base entities.

The KB is the bundled files plus the user's (``--kb PATH``, else
``$HISTORIOGRAPH_KB``); ``add`` and ``import`` write only to the user's file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from historiograph.cli.options import format_option, print_rows
from historiograph.errors import UsageError
from historiograph.resolve.kb import (
    ENV_VAR,
    KBEntity,
    append_to_user_file,
    entities_from_csv,
    load_kb,
)

_KINDS = ["person", "organization", "place", "facility", "group", "other"]


def _user_path(kb_path: Path | None) -> Path | None:
    if kb_path is not None:
        return kb_path
    env = os.environ.get(ENV_VAR, "")
    return Path(env.split(os.pathsep)[-1]) if env else None


kb_option = click.option(
    "--kb",
    "kb_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help=f"The user's KB file (YAML or JSONL) [default: ${ENV_VAR}].",
)


@click.group()
def kb() -> None:
    """The knowledge base: entities, their names and ids."""


@kb.command(name="list")
@kb_option
@format_option()
@click.option("--kind", type=click.Choice(_KINDS), default=None, help="Only this kind.")
@click.option("--search", "query", default=None, help="Only entities one of whose names has this.")
def list_(kb_path: Path | None, output_format: str, kind: str | None, query: str | None) -> None:
    """List entities (id, kind, name, aliases)."""
    user = _user_path(kb_path)
    entities = list(load_kb([user] if user else []))
    if kind:
        entities = [e for e in entities if e.kind == kind]
    if query:
        needle = query.lower()
        entities = [e for e in entities if any(needle in n.lower() for n in e.names())]
    rows = [
        {"id": e.id, "kind": e.kind, "name": e.name, "aliases": "; ".join(e.aliases)}
        for e in entities
    ]
    print_rows(rows, output_format, columns=["id", "kind", "name", "aliases"], title="Entities")


@kb.command()
@kb_option
@click.argument("name_or_id")
def show(kb_path: Path | None, name_or_id: str) -> None:
    """Show every field of the entity with this id, or named by this name, as JSON."""
    user = _user_path(kb_path)
    base = load_kb([user] if user else [])
    found = [base.get(name_or_id)] if name_or_id in base else base.lookup(name_or_id)
    if not found:
        raise UsageError(f"no entity with id or name {name_or_id!r}")
    for entity in found:
        if entity is not None:
            click.echo(json.dumps(entity.model_dump(mode="json", exclude_defaults=True), indent=2))


@kb.command()
@kb_option
@click.option("--id", "ident", default=None, help="Entity id [default: from the name].")
@click.option("--kind", type=click.Choice(_KINDS), required=True)
@click.option("--name", required=True, help="Canonical name.")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--wikidata", default=None, help="Wikidata id (Q...).")
@click.option("--lat", type=float, default=None)
@click.option("--lon", type=float, default=None)
def add(
    kb_path: Path | None,
    ident: str | None,
    kind: str,
    name: str,
    aliases: tuple[str, ...],
    wikidata: str | None,
    lat: float | None,
    lon: float | None,
) -> None:
    """Add (or replace) one entity in the user's KB file."""
    from historiograph.nlp.entities import entity_id

    user = _user_path(kb_path)
    if user is None:
        raise UsageError(f"say which file to write: --kb PATH or ${ENV_VAR}")
    data: dict[str, object] = {
        "id": ident or entity_id(name),
        "kind": kind,
        "name": name,
        "aliases": list(aliases),
        "ids": {"wikidata": wikidata} if wikidata else {},
    }
    if lat is not None and lon is not None:
        data["geo"] = {"lat": lat, "lon": lon}
    entity = KBEntity.model_validate(data)
    append_to_user_file(user, [entity])
    click.echo(f"{entity.id} -> {user}")


@kb.command(name="import")
@kb_option
@click.argument("csv_path", type=click.Path(path_type=Path, exists=True, dir_okay=False))
def import_(kb_path: Path | None, csv_path: Path) -> None:
    """Import entities from a CSV (columns: id, kind, name, aliases, adjectives,
    wikidata, geonames, lat, lon, country_code; lists |-separated) into the user's KB."""
    user = _user_path(kb_path)
    if user is None:
        raise UsageError(f"say which file to write: --kb PATH or ${ENV_VAR}")
    entities = entities_from_csv(csv_path)
    append_to_user_file(user, entities)
    click.echo(f"{len(entities)} entities -> {user}")
