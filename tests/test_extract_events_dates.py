"""Which of a sentence's dates dates an event (issue #6: "when")."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Event, Timex


def timex(text: str, phrase: str, first: dt.date, last: dt.date, **fields: str) -> Timex:
    start = text.index(phrase)
    precision = fields.get("precision", "day" if first == last else "month")
    return Timex(
        id=fields.get("ident", "t" + str(start)),
        span=(start, start + len(phrase)),
        text=phrase,
        type=fields.get("type", "DATE"),  # type: ignore[arg-type]
        value=fields.get("value", first.isoformat()),
        earliest=first,
        latest=last,
        precision=precision,  # type: ignore[arg-type]
    )


def dated(nlp: Language, text: str, timexes: list[Timex], trigger: str) -> tuple[object, object]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    events: list[Event] = extract_events(
        doc, entities=entities, mentions=mentions, timexes=timexes, claims=[]
    ).events
    event = next(e for e in events if e.trigger.text == trigger)
    return event.when.earliest, event.when.latest


def test_a_time_of_day_dates_the_event(nlp_model: Language) -> None:
    text = (
        "In 1997 the war worsened. On the night of 28 August, armed men killed villagers in Rais."
    )
    year = timex(text, "1997", dt.date(1997, 1, 1), dt.date(1997, 12, 31), precision="year")
    night = timex(
        text,
        "the night of 28 August",
        dt.date(1997, 8, 28),
        dt.date(1997, 8, 28),
        type="TIME",
        value="1997-08-28TNI",
    )
    assert dated(nlp_model, text, [year, night], "killed") == (dt.date(1997, 8, 28),) * 2


def test_of_two_dates_as_near_the_finer_one_wins(nlp_model: Language) -> None:
    text = "A month later, on 22 September, some 200 people were massacred in Bentalha."
    month = timex(text, "A month later", dt.date(1997, 9, 1), dt.date(1997, 9, 30))
    day = timex(text, "22 September", dt.date(1997, 9, 22), dt.date(1997, 9, 22))
    assert dated(nlp_model, text, [month, day], "massacred") == (dt.date(1997, 9, 22),) * 2


def test_what_is_declared_takes_the_date_of_the_declaring(nlp_model: Language) -> None:
    text = "The rebels' armed wing declared a ceasefire in October 1997."
    october = timex(text, "October 1997", dt.date(1997, 10, 1), dt.date(1997, 10, 31))
    assert dated(nlp_model, text, [october], "ceasefire") == (
        dt.date(1997, 10, 1),
        dt.date(1997, 10, 31),
    )
    # A verb of saying that only reports still does not date what it reports.
    said = "Rebels attacked the base, the army said on 3 May."
    may = timex(said, "3 May", dt.date(1997, 5, 3), dt.date(1997, 5, 3))
    assert dated(nlp_model, said, [may], "attacked") == (None, None)


def test_a_date_on_the_first_of_two_joined_clauses_is_not_the_seconds(
    nlp_model: Language,
) -> None:
    text = (
        "The group had been removed from the European Union's terrorist list in January "
        "2009, and the United States revoked its designation as a foreign terrorist "
        "organization on September 28, 2012."
    )
    january = timex(text, "January 2009", dt.date(2009, 1, 1), dt.date(2009, 1, 31))
    september = timex(text, "September 28, 2012", dt.date(2012, 9, 28), dt.date(2012, 9, 28))
    assert dated(nlp_model, text, [january, september], "revoked") == (dt.date(2012, 9, 28),) * 2


def test_a_claim_is_dated_by_its_own_date_not_the_attacks(nlp_model: Language) -> None:
    text = (
        "Gunmen attacked a church in Rann on 14 January 2020. "
        "Two days later Boko Haram claimed responsibility in a video."
    )
    day = timex(text, "14 January 2020", dt.date(2020, 1, 14), dt.date(2020, 1, 14))
    later = timex(text, "Two days later", dt.date(2020, 1, 16), dt.date(2020, 1, 16))
    claim = dated(nlp_model, text, [day, later], "claimed responsibility")
    assert claim == (dt.date(2020, 1, 16),) * 2
    assert dated(nlp_model, text, [day, later], "attacked") == (dt.date(2020, 1, 14),) * 2
