"""The ``historiograph`` command line: one click group, one module per command.

Commands are thin: they parse options, call one library function and format
its result. Library errors (:class:`historiograph.errors.HistoriographError`)
become one clear line on stderr and exit status 1; ``--debug`` shows the
traceback instead.

Commands load lazily from :data:`COMMANDS` (and ``eval`` sub-commands from
:data:`EVAL_COMMANDS`) so that ``historiograph --help`` does not import spaCy.
To add a command, write ``cli/<name>.py`` with a click command and add one
line here.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from historiograph.errors import HistoriographError

# name -> "module:attribute" of a click command
COMMANDS: dict[str, str] = {
    "ingest": "historiograph.cli.ingest:ingest",
    "extract": "historiograph.cli.extract:extract",
    "documents": "historiograph.cli.documents:documents",
    "show": "historiograph.cli.documents:show",
    "search": "historiograph.cli.search:search",
    "entities": "historiograph.cli.entities:entities",
    "runs": "historiograph.cli.documents:runs",
    "doctor": "historiograph.cli.doctor:doctor",
    "demo": "historiograph.cli.demo:demo",
    "kb": "historiograph.cli.kb:kb",
    "events": "historiograph.cli.events:events",
    "event": "historiograph.cli.events:event",
    "conflicts": "historiograph.cli.events:conflicts",
    "timeline": "historiograph.cli.events:timeline",
    "cluster": "historiograph.cli.events:cluster",
    "serve": "historiograph.cli.serve:serve",
    "token": "historiograph.cli.token:token",
    "export": "historiograph.cli.export:export",
    "import": "historiograph.cli.import_:import_",
    "reprocess": "historiograph.cli.reprocess:reprocess",
}

EVAL_COMMANDS: dict[str, str] = {
    "coded": "historiograph.cli.eval_coded:coded",
    "time": "historiograph.cli.eval_time:time",
    "claims": "historiograph.cli.eval_claims:claims",
    "events": "historiograph.cli.eval_events:events",
    "entities": "historiograph.cli.eval_entities:entities",
    "geo": "historiograph.cli.eval_geo:geo",
    "clusters": "historiograph.cli.eval_clusters:clusters",
}


def _load(target: str) -> click.Command:
    module_name, _, attribute = target.partition(":")
    command = getattr(importlib.import_module(module_name), attribute)
    assert isinstance(command, click.Command)
    return command


class LazyGroup(click.Group):
    """A group whose commands are imported only when used."""

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            return _load(self.lazy[cmd_name])
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, lazy=COMMANDS)
@click.version_option(package_name="historiograph")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn narrative history into a structured, source-attributed record."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@cli.group(name="eval", cls=LazyGroup, lazy=EVAL_COMMANDS)
def eval_group() -> None:
    """Score extraction against gold data (each prints metrics; --json for one object)."""


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning library errors into one line unless --debug."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        status = cli.main(args=args, prog_name="historiograph", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except HistoriographError as exc:
        if debug:
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except (OSError, ValueError) as exc:
        if debug:
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    if isinstance(status, int) and status:
        sys.exit(status)
