"""Tolls that grow, tolls of acts named as a killing's subject or its "when" clause,
people singled out beside a counted group, and dates joined by "and", ended "until"
a dated act, or counted from the act they follow (issue #6)."""

from __future__ import annotations

import datetime as dt

from event_runs import event_told_by, record_of, toll_of
from historiograph.extract.events.anchoring import TollWords, toll
from historiograph.pipeline import Pipeline
from historiograph.record import Claim, ClaimSource

WORDS = TollWords(
    part_markers=("including", "among them", "of them"),
    more_words=frozenset({"more", "other", "others"}),
    inclusive_nouns=frozenset({"people", "bodies", "civilians"}),
)


def figure(text: str, words: str, value: int, source: str | None) -> Claim:
    start = text.index(words)
    return Claim(
        id=f"c{start}",
        span=(start, start + len(words)),
        property="fatalities",
        value=value,
        low=value,
        high=value,
        unit="people",
        source=ClaimSource(name=source, kind="unnamed" if source else "author"),
        stance="reported" if source else "asserted",
    )


def test_more_bodies_found_add_to_the_toll_another_source_gave() -> None:
    text = (
        "Militiamen burned a village near Djugu, killing 20 people, the governor said. "
        "Five more bodies were found the next day, bringing the toll to 25."
    )
    claims = [
        figure(text, "20 people", 20, "the governor"),
        figure(text, "Five more bodies", 5, None),
        figure(text, "25", 25, None),
    ]
    result = toll(claims, text, words=WORDS)
    assert result is not None
    assert (result.low, result.high) == (25, 25)


def test_more_than_is_a_bound_not_an_addition() -> None:
    text = (
        "Soldiers fired on the march, killing 12 people, a medic said. "
        "Organisers said more than 30 people had died."
    )
    claims = [
        figure(text, "12 people", 12, "a medic"),
        figure(text, "more than 30 people", 30, "Organisers"),
    ]
    result = toll(claims, text, words=WORDS)
    assert result is not None
    assert (result.low, result.high) == (12, 30)


def test_a_shelling_that_killed_people_takes_their_toll(pipeline: Pipeline) -> None:
    text = (
        "Rebel mortars hit a bus station in Kassala on Monday, killing six travellers, "
        "while artillery shelling of nearby Tessenei killed nine people the same day."
    )
    record = record_of(pipeline, text, "2022-05-04")
    assert toll_of(event_told_by(record, "artillery")) == (9, 9)


def test_a_driver_killed_beside_counted_officers_is_counted(pipeline: Pipeline) -> None:
    text = (
        "Insurgents ambushed a customs convoy near Tillaberi on 12 March 2021, "
        "killing eight officers and their interpreter."
    )
    record = record_of(pipeline, text)
    assert toll_of(event_told_by(record, "ambushed")) == (9, 9)


def test_people_killed_when_rivals_clashed_are_the_clash_toll(pipeline: Pipeline) -> None:
    text = (
        "Three people were killed when supporters of two chiefs clashed at a market "
        "in Bawku on Friday."
    )
    record = record_of(pipeline, text, "2022-11-14")
    assert toll_of(event_told_by(record, "clashed")) == (3, 3)


def test_two_weekdays_joined_by_and_span_both_days(pipeline: Pipeline) -> None:
    text = "Police beat and detained striking dockers in Mombasa on Monday and Tuesday."
    record = record_of(pipeline, text, "2023-05-18")
    detained = event_told_by(record, "detained")
    assert (detained.when.earliest, detained.when.latest) == (
        dt.date(2023, 5, 15),
        dt.date(2023, 5, 16),
    )


def test_a_siege_lasts_until_the_dated_surrender(pipeline: Pipeline) -> None:
    text = (
        "Imperial troops reached Magdeburg on 20 March 1631 and besieged the city "
        "until its defenders surrendered on 20 May."
    )
    record = record_of(pipeline, text)
    siege = event_told_by(record, "besieged")
    assert (siege.when.earliest, siege.when.latest) == (
        dt.date(1631, 3, 20),
        dt.date(1631, 5, 20),
    )


def test_days_later_date_the_second_of_two_joined_acts_only(pipeline: Pipeline) -> None:
    text = (
        "The rising was crushed at Culloden on 16 April 1746. "
        "The lord was arrested in the glens and hanged ten days later."
    )
    record = record_of(pipeline, text)
    arrest = event_told_by(record, "arrested")
    assert arrest.when.latest is not None and arrest.when.latest < dt.date(1746, 4, 26)
