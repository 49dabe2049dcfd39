"""ACLED's pre-2019 scheme in ``eval coded``, and rows whose text names no place."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from historiograph.evaluate.coded import CodedRow, CodedScores, coded_rows, score_row
from historiograph.export import acled
from historiograph.record import (
    AcledMapping,
    Document,
    Entity,
    Event,
    Geo,
    Mappings,
    Record,
    Trigger,
    When,
    Where,
)
from historiograph.resolve import KnowledgeBase

OLD_COLUMNS = ["EVENT_ID_CNTY", "EVENT_DATE", "YEAR", "EVENT_TYPE", "ACTOR1", "COUNTRY"]
OLD_COLUMNS += ["ADMIN1", "LOCATION", "LATITUDE", "LONGITUDE", "GEO_PRECISION", "NOTES"]


def write_old_file(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(OLD_COLUMNS)
        writer.writerows(rows)
    return path


def test_the_scheme_is_told_by_the_event_type_or_the_year() -> None:
    assert acled.scheme({"EVENT_TYPE": "Remote violence"}) == acled.PRE_2019
    assert acled.scheme({"event_type": "Riots/Protests", "year": "2016"}) == acled.PRE_2019
    # "Violence against civilians" is in both schemes: the year decides.
    old = {"event_type": "Violence against civilians", "event_date": "2016-07-02"}
    assert acled.scheme(old) == acled.PRE_2019
    assert acled.scheme({**old, "year": "2020"}) == acled.CURRENT
    current = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
    assert acled.scheme(current) == acled.CURRENT


def test_current_codes_map_onto_the_old_event_types() -> None:
    def old(event_type: str, sub_event_type: str | None = None) -> str:
        return acled.old_event_type(
            AcledMapping(event_type=event_type, sub_event_type=sub_event_type)
        )

    assert old("Explosions/Remote violence", "Air/drone strike") == "Remote violence"
    assert old("Battles", "Armed clash") == "Battle-No change of territory"
    assert old("Protests", "Protest with intervention") == "Riots/Protests"
    assert old("Riots", "Mob violence") == "Riots/Protests"
    assert old("Protests", "Excessive force against protesters") == "Violence against civilians"
    assert old("Strategic developments", "Arrests") == "Strategic development"
    assert old("Battles") == "Battle-No change of territory"
    assert acled.old_label("Violence Against Civilians") == "Violence against civilians"
    assert acled.old_label("Battle-Non-state actors overtake territory") == (
        "Battle-Non-state actor overtakes territory"
    )
    assert acled.old_label("Armed clash") is None


def strike(text: str, where: Where | None = None) -> Event:
    start = text.index("strike")
    return Event(
        id="e1",
        span=(start, start + 6),
        trigger=Trigger(span=(start, start + 6), text="strike"),
        type="battle",
        subtype="air_strike",
        when=When(earliest=dt.date(2016, 7, 2), latest=dt.date(2016, 7, 2)),
        where=where,
        mappings=Mappings(
            acled=AcledMapping(
                event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"
            )
        ),
    )


def test_an_old_file_is_scored_in_its_own_scheme(tmp_path: Path, kb: KnowledgeBase) -> None:
    text = "Warplanes carried out an air strike on a militant camp near Mahadaay, Somalia."
    path = write_old_file(
        tmp_path / "old.csv",
        [
            [
                "1SOM",
                "02-July-2016",
                "2016",
                "Remote violence",
                "Unidentified Armed Group",
                "Somalia",
                "Middle Shabelle",
                "Mahadaay",
                "2.97",
                "45.53",
                "1",
                text,
            ],
            [
                "2SOM",
                "02-July-2016",
                "2016",
                "Battle-No change of territory",
                "Al Shabaab",
                "Somalia",
                "Middle Shabelle",
                "Mahadaay",
                "2.97",
                "45.53",
                "1",
                text,
            ],
        ],
    )
    rows = list(coded_rows(path, "acled"))
    assert [(r.type_label, r.country, r.scheme) for r in rows] == [
        ("Remote violence", "Somalia", acled.PRE_2019),
        ("Battle-No change of territory", "Somalia", acled.PRE_2019),
    ]
    record = Record(document=Document(id="d", text=text), events=[strike(text)])
    right, wrong = CodedScores(), CodedScores()
    score_row(rows[0], record, "acled", kb, right)
    score_row(rows[1], record, "acled", kb, wrong)
    assert right.fields["event_type"] == [1, 1]
    assert wrong.fields["event_type"] == [0, 1]
    assert "sub_event_type" not in right.fields  # the old scheme has none


def row(text: str, **coded: object) -> CodedRow:
    values: dict[str, object] = {
        "row_id": "1",
        "text": text,
        "earliest": None,
        "latest": None,
        "country": "Mali",
        "place": "Menaka",
        "lat": 15.92,
        "lon": 2.40,
        "type_label": None,
        "subtype_label": None,
        "actor": None,
        "fatalities": None,
        "regions": ("Menaka", "Gao"),
    }
    return CodedRow(**{**values, **coded})  # type: ignore[arg-type]


def test_country_and_place_are_scored_where_the_text_names_them_or_the_record_claims_one(
    kb: KnowledgeBase,
) -> None:
    unnamed = "Two armed men on motorcycles killed two gendarmes in a strike."
    record = Record(document=Document(id="d", text=unnamed), events=[strike(unnamed)])
    silent = CodedScores()
    score_row(row(unnamed), record, "acled", kb, silent)
    assert "country" not in silent.fields and "place" not in silent.fields

    named = "Two armed men killed two gendarmes near Menaka in a strike."
    record = Record(document=Document(id="d", text=named), events=[strike(named)])
    missed = CodedScores()
    score_row(row(named), record, "acled", kb, missed)
    assert missed.fields["country"] == [0, 1] and missed.fields["place"] == [0, 1]

    # A place the record claims is scored even where the text names none: here wrongly.
    ouaga = Where(name="Ouagadougou", entity="p1", lat=12.37, lon=-1.53)
    place = Entity(
        id="p1", kind="place", name="Ouagadougou", geo=Geo(lat=12.37, lon=-1.53, country_code="BF")
    )
    record = Record(
        document=Document(id="d", text=unnamed),
        entities=[place],
        events=[strike(unnamed, ouaga)],
    )
    claimed = CodedScores()
    score_row(row(unnamed), record, "acled", kb, claimed)
    assert claimed.fields["country"] == [0, 1] and claimed.fields["place"] == [0, 1]


def test_a_spelling_close_to_the_coded_one_names_the_place(kb: KnowledgeBase) -> None:
    text = "Protesters blocked the road at Menakka in a strike over fuel prices."
    record = Record(document=Document(id="d", text=text), events=[strike(text)])
    scores = CodedScores()
    score_row(row(text), record, "acled", kb, scores)
    assert scores.fields["country"] == [0, 1]
