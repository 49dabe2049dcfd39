"""Dates told relative to another act, acts ended "by the time" of a date, statements
dated by the report, and tolls kept off the act that only dates them (issue #6)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Claim, ClaimSource, Event, Timex


def timex(
    text: str, phrase: str, first: dt.date | None, last: dt.date | None, **fields: str
) -> Timex:
    start = text.index(phrase)
    return Timex(
        id="t" + str(start),
        span=(start, start + len(phrase)),
        text=phrase,
        type=fields.get("type", "DATE"),  # type: ignore[arg-type]
        value=fields.get("value", first.isoformat() if first else ""),
        earliest=first,
        latest=last,
        precision=fields.get("precision", "day"),  # type: ignore[arg-type]
    )


def events_of(
    nlp: Language, text: str, timexes: list[Timex], claims: list[Claim] | None = None
) -> list[Event]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    return extract_events(
        doc, entities=entities, mentions=mentions, timexes=timexes, claims=claims or []
    ).events


def when_of(events: list[Event], trigger: str) -> tuple[object, object]:
    event = next(e for e in events if e.trigger.text == trigger)
    return event.when.earliest, event.when.latest


def test_an_act_weeks_after_a_dated_one_is_shifted_from_its_date(nlp_model: Language) -> None:
    text = "My father was arrested in Santiago two weeks after the coup of 11 September 1973."
    coup = dt.date(1973, 9, 11)
    timexes = [
        timex(text, "two weeks", None, None, type="DURATION", value="P2W"),
        timex(text, "11 September 1973", coup, coup),
    ]
    events = events_of(nlp_model, text, timexes)
    assert when_of(events, "arrested") == (dt.date(1973, 9, 25),) * 2
    assert when_of(events, "coup") == (coup, coup)


def test_within_days_is_a_short_interval_after_the_date(nlp_model: Language) -> None:
    text = (
        "Indonesian paratroopers landed in Dili on 7 December 1975 and within days "
        "executed scores of civilians on the waterfront."
    )
    day = dt.date(1975, 12, 7)
    timexes = [
        timex(text, "7 December 1975", day, day),
        timex(text, "days", None, None, type="DURATION", value="PXD"),
    ]
    events = events_of(nlp_model, text, timexes)
    assert when_of(events, "executed") == (day, dt.date(1975, 12, 14))
    assert when_of(events, "landed") == (day, day)


def test_killings_told_by_the_time_of_a_capture_span_the_story_up_to_it(
    nlp_model: Language,
) -> None:
    text = (
        "The Khmer Rouge entered Phnom Penh on 17 April 1975. By the time Vietnamese troops "
        "captured the city in January 1979, the regime had executed between 1.5 and 2 million "
        "Cambodians."
    )
    entered = dt.date(1975, 4, 17)
    timexes = [
        timex(text, "17 April 1975", entered, entered),
        timex(text, "January 1979", dt.date(1979, 1, 1), dt.date(1979, 1, 31), precision="month"),
    ]
    start = text.index("between 1.5")
    figure = "between 1.5 and 2 million Cambodians"
    claim = Claim(
        id="c1",
        span=(start, start + len(figure)),
        property="fatalities",
        value=1500000,
        low=1500000,
        high=2000000,
        unit="people",
        source=ClaimSource(kind="author"),
        stance="asserted",
    )
    events = events_of(nlp_model, text, timexes, [claim])
    assert when_of(events, "executed") == (entered, dt.date(1979, 1, 31))
    assert when_of(events, "captured") == (dt.date(1979, 1, 1), dt.date(1979, 1, 31))
    tolls = {e.trigger.text: e.fatalities for e in events}
    assert tolls["captured"] is None
    executed = tolls["executed"]
    assert executed is not None and (executed.low, executed.high) == (1500000, 2000000)


def test_a_denial_is_dated_by_the_report_not_by_the_crime_it_mentions(
    nlp_model: Language,
) -> None:
    text = (
        "A court on Thursday convicted the warlord Foday Kamara of aiding rebels who murdered "
        "civilians between 1991 and 2002. Kamara, 64, denied the charges."
    )
    thursday = dt.date(2012, 4, 26)
    timexes = [
        timex(text, "Thursday", thursday, thursday),
        timex(text, "1991", dt.date(1991, 1, 1), None, precision="year", value="1991"),
        timex(text, "2002", None, dt.date(2002, 12, 31), precision="year", value="2002"),
    ]
    events = events_of(nlp_model, text, timexes)
    assert when_of(events, "denied") == (thursday, thursday)
