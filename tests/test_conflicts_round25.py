"""Round 25: a side that calls its dead women and children disputes a fight against a
band, a date stated as a range of two days disputes neither day, and a toll in a later
sentence that names another village is not the event's toll.
"""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import (
    Account,
    ActorRef,
    PlaceRef,
    accounts_from_record,
)
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import load_settings
from historiograph.record import Claim, Timex, When, Where
from test_reconcile_accounts import mention, record, toll_figure

SETTINGS = load_settings()
SERAI = PlaceRef(name="Kampong Serai", entity="ent:serai", lat=3.1, lon=101.6, precision=1)
DAY = dt.date(1951, 6, 15)


def fields(*accounts: Account) -> list[str]:
    return sorted(c.field for c in compare(list(accounts), SETTINGS).conflicts)


FIGHT = mention(
    "press",
    "engaged",
    "On 15 June a patrol of the Police Field Force engaged a strong party of bandits at "
    "Kampong Serai; seven bandits were killed in the exchange of fire.",
    day=DAY,
    place=SERAI,
    type="battle",
    subtype="clash",
    agents=[ActorRef(entity="ent:pff", name="Police Field Force")],
    figures=[toll_figure("c1", 7, "seven bandits")],
)


def test_a_toll_of_women_and_children_disputes_a_fight_against_a_band() -> None:
    burning = mention(
        "union",
        "set fire to",
        "On 15 June officers of the Police Field Force set fire to Kampong Serai and killed "
        "seven of its people, among them women and children.",
        day=DAY,
        place=SERAI,
        type="attack",
        subtype="facility_attack",
        agents=[ActorRef(entity="ent:pff", name="Police Field Force")],
        figures=[toll_figure("c2", 7, "seven of its people")],
    )

    assert fields(FIGHT, burning) == ["type"]


def test_a_side_that_counts_only_people_tells_no_other_kind_of_dead() -> None:
    burning = mention(
        "union",
        "set fire to",
        "On 15 June officers of the Police Field Force set fire to Kampong Serai and killed "
        "seven of its people.",
        day=DAY,
        place=SERAI,
        type="attack",
        subtype="facility_attack",
        agents=[ActorRef(entity="ent:pff", name="Police Field Force")],
        figures=[toll_figure("c2", 7, "seven of its people")],
    )

    assert fields(FIGHT, burning) == []


def _timex(tid: str, text: str, words: str, day: dt.date) -> Timex:
    start = text.index(words)
    return Timex(
        id=tid,
        span=(start, start + len(words)),
        text=words,
        type="DATE",
        value=day.isoformat(),
        earliest=day,
        latest=day,
        precision="day",
    )


def _hospital(text: str) -> Account:
    """The hospital's account of the shooting, anchored (as an extractor does) on the
    later of the two dates its sentence states."""
    first, second = dt.date(2014, 10, 9), dt.date(2014, 10, 10)
    rec = record(text, [("shot dead", "attack", "armed_assault")])
    rec.timexes.extend(
        [
            _timex("t1", text, "the evening of 9 October", first),
            _timex("t2", text, "this morning", second),
        ]
    )
    rec.events[0].when = When(earliest=second, latest=second, precision="day", timex="t2")
    (account,) = accounts_from_record(rec, SETTINGS)
    return account


def test_a_date_told_as_between_two_days_spans_both() -> None:
    hospital = _hospital(
        "Between the evening of 9 October and this morning the hospital received the bodies "
        "of 22 people shot dead in Kuyash Square."
    )
    square = PlaceRef(name="Kuyash Square", entity="ent:kuyash", lat=41.3, lon=69.2, precision=1)
    blog = mention(
        "blog", "opened fire", "Riot police opened fire.", day=dt.date(2014, 10, 9), place=square
    )

    assert hospital.interval == (dt.date(2014, 10, 9), dt.date(2014, 10, 10))
    assert fields(hospital.model_copy(update={"place": square}), blog) == []


def test_two_dates_joined_otherwise_are_no_range() -> None:
    hospital = _hospital(
        "After the evening of 9 October and this morning the hospital received the bodies "
        "of 22 people shot dead in Kuyash Square."
    )

    assert hospital.interval == (dt.date(2014, 10, 10), dt.date(2014, 10, 10))


def test_a_toll_in_a_later_sentence_that_names_another_village_is_not_the_event_s() -> None:
    text = (
        "On 8 March the rebels burned the Lumbe mission and killed twelve people. "
        "In mid-March a column destroyed the village of Nashiro, and the estimate puts the "
        "dead at 150 to 200. On 2 April the rebels burned Nashiro again."
    )
    twelve, estimate = text.index("twelve people"), text.index("150 to 200")
    claims = [
        Claim(id="c1", span=(twelve, twelve + 13), about="e1", property="fatalities", value=12),
        Claim(
            id="c2", span=(estimate, estimate + 10), about="e1", property="fatalities", value=150
        ),
    ]
    rec = record(
        text,
        [("burned", "attack", "facility_attack"), ("burned Nashiro", "attack", "facility_attack")],
        entities={"ent:nashiro": "Nashiro"},
        claims=claims,
    )
    rec.events[1].where = Where(entity="ent:nashiro", name="Nashiro")

    mission, _ = accounts_from_record(rec, SETTINGS)

    assert [f.claim for f in mission.figures] == ["c1"]


def test_a_toll_in_a_later_sentence_of_the_same_place_stays_the_event_s() -> None:
    text = (
        "On 8 March the rebels burned Nashiro. In Nashiro the estimate puts the dead at 150 to 200."
    )
    estimate = text.index("150 to 200")
    claims = [
        Claim(id="c1", span=(estimate, estimate + 10), about="e1", property="fatalities", value=150)
    ]
    rec = record(
        text, [("burned", "attack", "facility_attack")], entities={"ent:nashiro": "Nashiro"}
    )
    rec.claims.extend(claims)
    rec.events[0].where = Where(entity="ent:nashiro", name="Nashiro")

    (burning,) = accounts_from_record(rec, SETTINGS)

    assert [f.claim for f in burning.figures] == ["c1"]
