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


def test_a_release_in_an_until_clause_does_not_date_the_arrest(nlp_model: Language) -> None:
    text = (
        "On 2 February 2004 troops raided the village. Police arrested 27 men and held them "
        "for weeks, until they were released in April 2004."
    )
    raid = timex(text, "2 February 2004", dt.date(2004, 2, 2), dt.date(2004, 2, 2))
    release = timex(text, "April 2004", dt.date(2004, 4, 1), dt.date(2004, 4, 30))
    assert dated(nlp_model, text, [raid, release], "arrested") == (dt.date(2004, 2, 2),) * 2


def test_a_release_date_is_no_narrative_time_for_what_follows(nlp_model: Language) -> None:
    text = (
        "On 2 February 2004 troops raided the village. Police held 27 men until they were "
        "released in April 2004. The troops also burned the market."
    )
    raid = timex(text, "2 February 2004", dt.date(2004, 2, 2), dt.date(2004, 2, 2))
    release = timex(text, "April 2004", dt.date(2004, 4, 1), dt.date(2004, 4, 30))
    assert dated(nlp_model, text, [raid, release], "burned") == (dt.date(2004, 2, 2),) * 2


def test_a_past_perfect_act_a_report_tells_does_not_take_the_report_date(
    nlp_model: Language,
) -> None:
    text = (
        "Troops raided the village on 2 February 2004. In May an official admitted that "
        "the soldiers had shot dead a farmer."
    )
    raid = timex(text, "2 February 2004", dt.date(2004, 2, 2), dt.date(2004, 2, 2))
    may = timex(text, "May", dt.date(2004, 5, 1), dt.date(2004, 5, 31))
    assert dated(nlp_model, text, [raid, may], "shot dead") == (dt.date(2004, 2, 2),) * 2


def test_a_simple_past_act_a_report_tells_keeps_its_own_date(nlp_model: Language) -> None:
    text = "Officials said on Monday that soldiers shot dead a farmer on 2 May 2004."
    monday = timex(text, "Monday", dt.date(2004, 5, 10), dt.date(2004, 5, 10))
    day = timex(text, "2 May 2004", dt.date(2004, 5, 2), dt.date(2004, 5, 2))
    assert dated(nlp_model, text, [monday, day], "shot dead") == (dt.date(2004, 5, 2),) * 2


def test_a_flashback_in_an_after_clause_leaves_the_narrative_time(nlp_model: Language) -> None:
    text = (
        "On 28 July 2009 troops stormed the camp. The raid came shortly after the government "
        "took over the camp in January 2009. Police arrested 36 residents."
    )
    raid = timex(text, "28 July 2009", dt.date(2009, 7, 28), dt.date(2009, 7, 28))
    january = timex(text, "January 2009", dt.date(2009, 1, 1), dt.date(2009, 1, 31))
    assert dated(nlp_model, text, [raid, january], "arrested") == (dt.date(2009, 7, 28),) * 2


def test_an_after_clause_that_moves_the_story_on_sets_the_narrative_time(
    nlp_model: Language,
) -> None:
    text = (
        "The truce was signed in 1988. Fighting resumed after the truce collapsed in May 1990. "
        "Police arrested 36 students."
    )
    signed = timex(text, "1988", dt.date(1988, 1, 1), dt.date(1988, 12, 31), precision="year")
    may = timex(text, "May 1990", dt.date(1990, 5, 1), dt.date(1990, 5, 31))
    assert dated(nlp_model, text, [signed, may], "arrested") == (
        dt.date(1990, 5, 1),
        dt.date(1990, 5, 31),
    )
