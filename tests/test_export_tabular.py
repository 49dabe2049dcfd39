"""ACLED, UCDP and GTD exports, checked by re-importing them and comparing field by field."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from historiograph.export.account import Account, accounts
from historiograph.export.formats import export
from historiograph.export.importer import import_csv
from historiograph.record import (
    AcledMapping,
    Actor,
    Claim,
    ClaimSource,
    Document,
    Entity,
    Event,
    Fatalities,
    Geo,
    GtdMapping,
    Mappings,
    Mention,
    Record,
    Timex,
    Trigger,
    When,
    Where,
    document_id,
)
from historiograph.store import Store
from store_records import rich_record, span

DISPUTED_TEXT = (
    "More than 2,500 Mujahedin were killed in the Mersad Operation near Kermanshah in "
    "late July 1988, according to Iranian government sources. The MKO announced the "
    "number of 1,300 killed. Iran lies to the east."
)


def disputed_record() -> Record:
    """One battle whose toll two sources give differently, in a located, dated record."""
    text = DISPUTED_TEXT

    def s(phrase: str) -> tuple[int, int]:
        return span(text, phrase)

    return Record(
        document=Document(
            id=document_id(text),
            title="The Mersad Operation",
            author="A. Historian",
            published=dt.date(2010, 1, 5),
            source="corpus/mersad.txt",
            text=text,
        ),
        entities=[
            Entity(id="ent:iranian-forces", kind="group", name="Iranian armed forces"),
            Entity(id="ent:mko", kind="organization", name="People's Mojahedin Organization"),
            Entity(
                id="ent:kermanshah",
                kind="place",
                name="Kermanshah",
                geo=Geo(lat=34.31, lon=47.07, country_code="IR", admin1="Kermanshah Province"),
            ),
            Entity(
                id="ent:iran", kind="place", name="Iran", geo=Geo(feature="PCLI", country_code="IR")
            ),
        ],
        mentions=[
            Mention(id="m1", span=s("Kermanshah"), text="Kermanshah", entity="ent:kermanshah"),
            Mention(id="m2", span=s("MKO"), text="MKO", entity="ent:mko"),
            Mention(id="m3", span=s("Iran "), text="Iran ", entity="ent:iran"),
        ],
        timexes=[
            Timex(
                id="t1",
                span=s("late July 1988"),
                text="late July 1988",
                type="DATE",
                value="1988-07",
                mod="END",
                earliest=dt.date(1988, 7, 21),
                latest=dt.date(1988, 7, 31),
                precision="month",
            )
        ],
        claims=[
            Claim(
                id="c1",
                span=s("More than 2,500 Mujahedin were killed"),
                about="e1",
                property="fatalities",
                value=2500,
                low=2501,
                qualifier="more_than",
                unit="people",
                source=ClaimSource(name="Iranian government sources", kind="named"),
                stance="reported",
            ),
            Claim(
                id="c2",
                span=s("The MKO announced the number of 1,300 killed"),
                about="e1",
                property="fatalities",
                value=1300,
                low=1300,
                high=1300,
                unit="people",
                source=ClaimSource(name="The MKO", entity="ent:mko", kind="named"),
                stance="reported",
            ),
        ],
        events=[
            Event(
                id="e1",
                span=s("More than 2,500 Mujahedin were killed in the Mersad Operation"),
                trigger=Trigger(span=s("Mersad Operation"), text="Mersad Operation"),
                type="battle",
                subtype="offensive",
                mappings=Mappings(
                    acled=AcledMapping(event_type="Battles", sub_event_type="Armed clash"),
                    gtd=GtdMapping(attacktype="Armed Assault"),
                ),
                when=When(
                    earliest=dt.date(1988, 7, 21),
                    latest=dt.date(1988, 7, 31),
                    timex="t1",
                    precision="unknown",
                ),
                where=Where(entity="ent:kermanshah", name="Kermanshah", precision=2),
                actors=[
                    Actor(entity="ent:iranian-forces", role="agent"),
                    Actor(entity="ent:mko", role="target"),
                ],
                fatalities=Fatalities(low=1300, best=1300, high=2500, claims=["c1", "c2"]),
                claims=["c1", "c2"],
                modality="reported",
            )
        ],
    )


def export_rows(records: list[Record], fmt: str) -> list[dict[str, str]]:
    out = io.StringIO()
    export(records, fmt, out=out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def reimport(rows: list[dict[str, str]], fmt: str, tmp_path: Path) -> list[Record]:
    """Write rows as a CSV, import it into a fresh store and return the stored records."""
    path = tmp_path / f"{fmt}.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with Store.open(str(tmp_path / f"{fmt}.db")) as store:
        summary = import_csv(path, fmt, store)
        assert summary.failures == []
        return list(store.iter_records())


def test_acled_codes_the_conservative_figure_and_notes_the_dispute() -> None:
    (row,) = export_rows([disputed_record()], "acled")
    assert row["fatalities"] == "1300"
    assert "2500" in row["notes"] and "Iranian government sources" in row["notes"]
    assert "1300 (The MKO)" in row["notes"]
    assert row["source"] == "Iranian government sources; The MKO"
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("1", "2", "12")
    assert (row["location"], row["admin1"], row["country"]) == (
        "Kermanshah",
        "Kermanshah Province",
        "Iran",
    )
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("34.31", "47.07", "2")
    # longer than a week: the month is what ACLED keeps, coded on its 15th
    assert (row["event_date"], row["time_precision"]) == ("1988-07-15", "3")


def test_acled_time_precision_follows_the_interval() -> None:
    record = rich_record()
    rows = {r["event_id_cnty"].rsplit("-", 1)[1]: r for r in export_rows([record], "acled")}
    assert (rows["ev1"]["event_date"], rows["ev1"]["time_precision"]) == ("2011-04-08", "1")
    assert rows["ev1"]["inter2"] == "2"  # the MKO, an armed organization
    assert rows["ev1"]["assoc_actor_1"] == "ent:not-in-this-record"  # the supporter
    assert "ev2" not in rows  # a relocation with no ACLED mapping is not ACLED's to code


@pytest.mark.parametrize("fmt", ["acled", "ucdp", "gtd"])
def test_export_reimport_export_gives_the_same_rows(fmt: str, tmp_path: Path) -> None:
    first = export_rows([disputed_record(), rich_record()], fmt)
    assert first
    imported = reimport(first, fmt, tmp_path)
    assert len(imported) == len(first)
    second = export_rows(imported, fmt)
    assert len(second) == len(first)
    for before, after in zip(first, second, strict=True):
        for column, value in before.items():
            assert after[column] == value, (column, before, after)


def test_reimported_acled_event_keeps_what_acled_holds(tmp_path: Path) -> None:
    original = Account(disputed_record(), disputed_record().events[0])
    (record,) = reimport(export_rows([original.record], "acled"), "acled", tmp_path)
    (event,) = record.events
    imported = Account(record, event)
    assert event.type == "battle" and event.subtype == "clash"
    assert event.mappings.acled == original.event.mappings.acled
    assert event.where is not None and event.where.precision == 2
    assert imported.coordinates == original.coordinates
    assert imported.figures("fatalities") is not None
    assert imported.figures("fatalities").low == 1300  # type: ignore[union-attr]
    assert [imported.name(a.entity) for a in event.actors] == [
        "Iranian armed forces",
        "People's Mojahedin Organization",
    ]
    # the synthetic document: the notes, then a coded line every span points into
    assert record.document.text.startswith(original.evidence)
    assert record.document.source is not None and record.document.source.startswith("acled:HG-")
    assert {m.text for m in record.mentions} >= {"Kermanshah", "Iranian armed forces"}


def test_ucdp_keeps_low_best_high_and_counts_sources() -> None:
    (row,) = export_rows([disputed_record()], "ucdp")
    assert (row["low"], row["best"], row["high"]) == ("1300", "1300", "2500")
    assert row["number_of_sources"] == "2"
    assert row["source_original"] == "Iranian government sources; The MKO"
    assert (row["date_start"], row["date_end"], row["date_prec"]) == (
        "1988-07-21",
        "1988-07-31",
        "4",
    )
    assert row["type_of_violence"] == "1"  # a battle with state forces
    assert row["where_prec"] == "2"


def test_gtd_splits_the_date_and_names_the_group() -> None:
    (row,) = export_rows([rich_record()], "gtd")
    assert (row["iyear"], row["imonth"], row["iday"]) == ("2011", "4", "8")
    assert row["gname"] == "Iraqi forces"
    assert row["attacktype1_txt"] == "Armed Assault"
    assert (row["nkill"], row["nwound"]) == ("36", "300")  # "more than 300": best is 300
    assert row["summary"].startswith("04/08/2011: On 8 April 2011")
    assert row["doubtterr"] == "0"


def test_accounts_walk_every_event_of_every_record() -> None:
    found = [(a.record.document.title, a.event.id) for a in accounts([rich_record()])]
    assert [event for _, event in found] == ["ev1", "ev2"]
