"""Every export format by name: what it writes, and whether it needs a file or folder.

:func:`export` is the one entry point the CLI and Python share. Text formats
write to a stream or a file (GraphML and GEXF are XML text, so they can go
to stdout too); Parquet needs a folder, one file per table.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from historiograph.errors import UsageError
from historiograph.export import acled, codes, geojson, graph, gtd, jsonld, timeline, ucdp
from historiograph.export.account import Account, accounts, coded_rows
from historiograph.record import Record

TextWriter = Callable[[list[Record], IO[str]], None]
PathWriter = Callable[[list[Record], Path], None]


def _csv(columns: tuple[str, ...], rows: Iterator[dict[str, str]], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _acled(records: list[Record], out: IO[str]) -> None:
    _csv(codes.acled().columns, coded_rows(acled.row, accounts(records)), out)


def _ucdp(records: list[Record], out: IO[str]) -> None:
    _csv(codes.ucdp().columns, coded_rows(ucdp.row, accounts(records)), out)


def _gtd(records: list[Record], out: IO[str]) -> None:
    _csv(codes.gtd().columns, coded_rows(gtd.row, accounts(records)), out)


def _json(data: Any, out: IO[str]) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _geojson(records: list[Record], out: IO[str]) -> None:
    _json(geojson.feature_collection(accounts(records)), out)


def _timeline(records: list[Record], out: IO[str]) -> None:
    _json(timeline.timeline(accounts(records)), out)


def _jsonld(records: list[Record], out: IO[str]) -> None:
    out.write(jsonld.to_jsonld(records) + "\n")


def _jsonl(records: list[Record], out: IO[str]) -> None:
    for record in records:
        out.write(record.to_json() + "\n")


def _graph(write: Callable[[Iterable[Account], IO[str]], None]) -> TextWriter:
    return lambda records, out: write(accounts(records), out)


def _parquet(records: list[Record], folder: Path) -> None:
    import pyarrow.parquet as pq

    from historiograph.export.tables import tables

    folder.mkdir(parents=True, exist_ok=True)
    for name, table in tables(records).items():
        pq.write_table(table, folder / f"{name}.parquet")


@dataclass(frozen=True)
class Format:
    name: str
    description: str
    text: TextWriter | None = None
    binary: PathWriter | None = None


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("acled", "ACLED CSV (ACLED's columns and codes)", text=_acled),
        Format("ucdp", "UCDP GED-style CSV (best/low/high)", text=_ucdp),
        Format("gtd", "GTD-style CSV", text=_gtd),
        Format("geojson", "GeoJSON FeatureCollection of located events", text=_geojson),
        Format(
            "graphml", "GraphML actor network (networkx, Gephi)", text=_graph(graph.write_graphml)
        ),
        Format("gexf", "GEXF actor network (Gephi)", text=_graph(graph.write_gexf)),
        Format("jsonld", "JSON-LD: schema.org Event + W3C PROV", text=_jsonld),
        Format("timeline", "TimelineJS JSON", text=_timeline),
        Format("parquet", "Parquet tables, one per record part (a folder)", binary=_parquet),
        Format("jsonl", "The records as JSON Lines", text=_jsonl),
    )
}


def export(records: Iterable[Record], fmt: str, *, out: IO[str] | Path) -> None:
    """Write ``records`` in format ``fmt`` to a text stream or a path.

    Binary formats need a path; a text format given a path writes the file.
    """
    chosen = FORMATS.get(fmt)
    if chosen is None:
        raise UsageError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    items = list(records)
    if chosen.binary is not None:
        if not isinstance(out, Path):
            raise UsageError(f"--format {fmt} writes a folder of files: give --out PATH")
        chosen.binary(items, out)
        return
    assert chosen.text is not None
    if isinstance(out, Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as stream:
            chosen.text(items, stream)
    else:
        chosen.text(items, out)
