"""Acts told as done "by" a date or "since" a thing, and acts in an "after" clause that
a date outside it anchors (issue #6, eleventh round): spans, not the one day told."""

from __future__ import annotations

import datetime as dt

from event_runs import record_of
from historiograph.pipeline import Pipeline
from historiograph.record import Record


def when_of(record: Record, trigger: str) -> tuple[object, object]:
    event = next(e for e in record.events if e.trigger.text.lower().startswith(trigger))
    return event.when.earliest, event.when.latest


def test_arrests_made_by_the_end_of_the_year_run_from_the_date_told_before(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Yahya Jammeh became president in July 1994; by the end of the year his "
        "government had arrested thousands of opponents.",
        published="2017-01-10",
    )
    assert when_of(record, "arrested") == (dt.date(1994, 7, 1), dt.date(1994, 12, 31))


def test_acts_by_a_date_begin_at_the_act_their_clauses_followed(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "After the army seized power on 11 September 1973, the junta dissolved Congress on "
        "21 September, banned the parties of the left in October, and by the end of the "
        "year had detained tens of thousands of people.",
    )
    assert when_of(record, "detained") == (dt.date(1973, 9, 11), dt.date(1973, 12, 31))
    assert when_of(record, "banned") == (dt.date(1973, 10, 1), dt.date(1973, 10, 31))


def test_detentions_since_a_vote_run_from_the_vote_to_the_report(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Adama Barrow won the election on 1 December 2016. More than 6,700 people had been "
        "detained since the vote, the commission said.",
        published="2016-12-20",
    )
    assert when_of(record, "detained") == (dt.date(2016, 12, 1), dt.date(2016, 12, 20))
    assert when_of(record, "election") == (dt.date(2016, 12, 1), dt.date(2016, 12, 1))


def test_the_worst_fighting_since_a_war_is_no_span(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Rebels attacked the town of Goma on 3 May 2012, the worst fighting since the war.",
        published="2012-05-20",
    )
    assert when_of(record, "attacked") == (dt.date(2012, 5, 3), dt.date(2012, 5, 3))


def test_an_act_in_an_after_clause_lies_the_stated_time_before_the_date(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline, "Rebels captured Kigali on 4 July 1994, three months after the genocide began."
    )
    assert when_of(record, "captured") == (dt.date(1994, 7, 4), dt.date(1994, 7, 4))
    assert when_of(record, "genocide") == (dt.date(1994, 4, 1), dt.date(1994, 4, 30))


def test_a_month_told_in_what_a_court_heard_dates_the_act(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The court heard that in May 2004 fighters attacked the camp.",
        published="2021-03-01",
    )
    assert when_of(record, "attacked") == (dt.date(2004, 5, 1), dt.date(2004, 5, 31))
