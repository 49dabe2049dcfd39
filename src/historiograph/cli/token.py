"""``historiograph token create|list|revoke``: the tokens that allow writing through the API."""

from __future__ import annotations

import click

from historiograph.cli.options import as_row, db_option, format_option, print_rows
from historiograph.store import Store
from historiograph.store.review import create_token, list_tokens, revoke_token


@click.group()
def token() -> None:
    """Manage write tokens for `historiograph serve` (the store keeps only their hashes)."""


@token.command()
@click.argument("name")
@db_option
def create(name: str, db: str | None) -> None:
    """Create a token called NAME and print it (it cannot be shown again).

    The name is what the review audit log records as who made each change.
    """
    with Store.open(db) as store:
        _, secret = create_token(store, name)
    click.echo(secret)
    click.echo(f"Token {name!r} created; send it as 'Authorization: Bearer TOKEN'.", err=True)


@token.command(name="list")
@db_option
@format_option()
def list_(db: str | None, output_format: str) -> None:
    """List tokens (names and dates; never the tokens themselves)."""
    with Store.open(db) as store:
        rows = [as_row(t) for t in list_tokens(store)]
    print_rows(
        rows, output_format, columns=["id", "name", "created_at", "revoked_at"], title="Tokens"
    )


@token.command()
@click.argument("name")
@db_option
def revoke(name: str, db: str | None) -> None:
    """Revoke the token called NAME: it stops working at once."""
    with Store.open(db) as store:
        info = revoke_token(store, name)
    click.echo(f"Token {info.name!r} revoked at {info.revoked_at}.", err=True)
