"""Importing ACLED files of the pre-2019 scheme: capital column names, old event types."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from historiograph.cli import cli
from historiograph.export.importer import records
from historiograph.record import Record

COLUMNS = ["EVENT_ID_CNTY", "EVENT_DATE", "YEAR", "EVENT_TYPE", "ACTOR1", "INTER1"]
COLUMNS += ["COUNTRY", "LOCATION", "LATITUDE", "LONGITUDE", "NOTES", "FATALITIES"]
ROWS = [
    [
        "1PER",
        "14-March-2014",
        "2014",
        "Riots/Protests",
        "Protesters (Peru)",
        "6",
        "Peru",
        "Arequipa",
        "-16.40",
        "-71.54",
        "Farmers marched through Arequipa.",
        "0",
    ],
    [
        "2AFG",
        "08-April-2013",
        "2013",
        "Remote violence",
        "Taliban",
        "2",
        "Afghanistan",
        "Jalalabad",
        "34.43",
        "70.45",
        "A roadside bomb struck an army patrol.",
        "3",
    ],
    [
        "3KGZ",
        "11-June-2010",
        "2010",
        "Violence Against Civilians",
        "Unidentified Armed Group",
        "3",
        "Kyrgyzstan",
        "Osh",
        "40.51",
        "72.82",
        "Armed men shot at residents.",
        "9",
    ],
    [
        "4COD",
        "20-November-2012",
        "2012",
        "Battle-Non-state actors overtake territory",
        "M23",
        "2",
        "Democratic Republic of Congo",
        "Goma",
        "-1.68",
        "29.22",
        "M23 took Goma.",
        "12",
    ],
]


def test_old_scheme_rows_import_with_their_types_mapped(tmp_path: Path) -> None:
    path = tmp_path / "acled-2014.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows([COLUMNS, *ROWS])
    imported = [item for _, item in records(path, "acled")]
    assert all(isinstance(item, Record) for item in imported)
    events = [item.events[0] for item in imported if isinstance(item, Record)]
    assert [(e.type, e.subtype) for e in events] == [
        ("protest", "demonstration"),
        ("attack", "bombing"),
        ("attack", "armed_assault"),
        ("battle", "territory_seized"),
    ]
    # The row's own code is kept, so that an export writes back what the file said.
    assert [e.mappings.acled.event_type for e in events if e.mappings.acled] == [r[3] for r in ROWS]
    assert events[2].fatalities is not None and events[2].fatalities.best == 9


def test_the_import_command_reads_an_old_file(tmp_path: Path) -> None:
    path = tmp_path / "acled-2014.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows([COLUMNS, *ROWS])
    db = str(tmp_path / "store.db")
    result = CliRunner().invoke(cli, ["import", "--format", "acled", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    assert "stored 4, skipped 0 (already stored), failed 0" in result.output
