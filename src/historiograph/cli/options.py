"""Options and output shared by commands: ``--db``, ``--format``, ``--json``.

Every command that touches the store takes ``--db URL`` (default
``HISTORIOGRAPH_DB``, then ``./historiograph.db``); every listing command takes
``--format table|json|jsonl|csv`` where ``json`` prints one array. Scripts rely
on these, so they are defined once here.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

F = TypeVar("F", bound=Callable[..., Any])

LISTING_FORMATS = ("table", "json", "jsonl", "csv")


def db_option(func: F) -> F:
    """``--db URL``: the store; defaults to ``$HISTORIOGRAPH_DB``, then ``./historiograph.db``."""
    return click.option(
        "--db",
        "db",
        metavar="URL",
        default=None,
        help="Store URL or SQLite path [default: $HISTORIOGRAPH_DB, then ./historiograph.db].",
    )(func)


def format_option(
    default: str = "table",
    choices: Sequence[str] = LISTING_FORMATS,
    help: str = "Output format.",
) -> Callable[[F], F]:
    """``--format``: how a listing prints (``json`` is one array, ``jsonl`` one object a line)."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help=help,
    )


def stdout_console() -> Console:
    """The console for results: wide when piped, so tables are not folded to 80 columns."""
    console = Console(soft_wrap=False)
    if not console.is_terminal:
        console = Console(soft_wrap=False, width=200)
    return console


def stderr_console() -> Console:
    return Console(stderr=True)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(_jsonable(value))


def print_rows(
    rows: Sequence[dict[str, Any]],
    output_format: str,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Print rows of a listing in the chosen format; ``columns`` fixes table/CSV columns."""
    cols = list(columns) if columns else (list(rows[0]) if rows else [])
    if output_format == "json":
        click.echo(
            json.dumps(
                [{k: _jsonable(v) for k, v in r.items()} for r in rows],
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
    elif output_format == "jsonl":
        for row in rows:
            click.echo(
                json.dumps(
                    {k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False, default=str
                )
            )
    elif output_format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
    elif not rows:
        # An empty table prints nothing at all, which reads as a hang or a crash; the
        # machine formats stay empty (a bare CSV header, "[]"), so scripts see no rows.
        stderr_console().print(f"{title or 'Listing'}: nothing found.")
    else:
        table = Table(title=title, show_lines=False)
        for col in cols:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in cols])
        stdout_console().print(table)


def as_row(item: Any) -> dict[str, Any]:
    """A store result (pydantic model or dataclass) as a flat dict for :func:`print_rows`."""
    if hasattr(item, "model_dump"):
        row: dict[str, Any] = item.model_dump(mode="json")
        return row
    import dataclasses

    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(item).items()}
    raise TypeError(f"cannot print {type(item).__name__} as a row")


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 reference", "2 references", "1 piece of furniture": a count with its noun agreeing."""
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def number_text(value: float | None) -> str:
    """A count as people write it: 84, not 84.0; an open bound as "?"."""
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def figure_text(value: float | str | None) -> str:
    """A claim's figure: a count as :func:`number_text` writes it, a non-numeric value as it is."""
    return value if isinstance(value, str) else number_text(value)


def toll_text(low: float | None, best: float | None, high: float | None) -> str:
    """A UCDP-style toll in one cell: "84" when every figure agrees, else
    "low–high (best N)", an open bound shown as "?". A toll with neither bound
    (only a best estimate, as some coded data sets give) is that estimate."""
    if low == high:
        return number_text(low if low is not None else best)
    return f"{number_text(low)}–{number_text(high)} (best {number_text(best)})"
