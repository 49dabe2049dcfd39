"""Narrative anchors: which day "that morning", "since Tuesday" and "two days later" count from."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _values(text: str, published: dt.date | None) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, published=published)}


def test_a_memoir_that_has_told_no_day_leaves_its_times_of_day_unknown() -> None:
    text = (
        "I was on the quay that morning. Before noon the first shots rang out, "
        "and by evening the square was empty."
    )
    values = _values(text, dt.date(1999, 5, 1))
    assert values == {
        "that morning": "XXXX-XX-XXTMO",
        "noon": "XXXX-XX-XXT12:00",
        "evening": "XXXX-XX-XXTEV",
    }


def test_that_day_and_the_next_day_need_a_day_told() -> None:
    text = "We buried him that day. The next day we left the village."
    values = _values(text, dt.date(1999, 5, 1))
    assert values["that day"] == "XXXX-XX-XX"
    assert values["The next day"] == "XXXX-XX-XX"


def test_a_memoir_that_has_told_a_day_counts_from_it() -> None:
    text = (
        "The siege began on 3 June 1944. I was on the quay that morning, "
        "and by evening the square was empty. The next morning they came."
    )
    values = _values(text, dt.date(1999, 5, 1))
    assert values["that morning"] == "1944-06-03TMO"
    assert values["evening"] == "1944-06-03TEV"
    assert values["The next morning"] == "1944-06-04TMO"


def test_news_that_names_its_own_day_counts_from_the_document_date() -> None:
    text = "This morning the mayor spoke. That afternoon the council met."
    values = _values(text, dt.date(1989, 4, 10))
    assert values["That afternoon"] == "1989-04-10TAF"


def test_a_dateline_sets_the_day_that_evening_points_back_at() -> None:
    text = "QUETTA, April 10 - Police fired on a crowd. That evening the curfew began."
    assert _values(text, None)["That evening"].endswith("-04-10TEV")


def test_since_a_weekday_is_the_one_before_the_reference_day() -> None:
    # 10 April 1989 is a Monday
    text = "JAFFNA, April 10 - Crowds that had gathered since Tuesday were dispersed."
    assert _values(text, dt.date(1989, 4, 10))["Tuesday"] == "1989-04-04"


def test_since_the_reference_days_own_weekday_is_a_week_back() -> None:
    text = "The faculty has been occupied since Monday."
    assert _values(text, dt.date(1989, 4, 10))["Monday"] == "1989-04-03"


def test_until_a_weekday_is_the_next_one_unless_the_clause_is_past() -> None:
    ahead = "The border stays closed until Friday, officials say."
    assert _values(ahead, dt.date(1989, 4, 10))["Friday"] == "1989-04-14"
    gone = "Until Thursday, the police had not called him a suspect."
    assert _values(gone, dt.date(1989, 4, 10))["Thursday"] == "1989-04-06"


def test_earlier_that_day_does_not_point_back_at_since_a_weekday() -> None:
    text = (
        "MANAMA, Feb. 17 - Riot police cleared the square on Thursday, firing tear gas "
        "at protesters who had camped there since Tuesday. Earlier that day the "
        "cabinet had met."
    )
    values = _values(text, dt.date(2011, 2, 17))
    assert values["Tuesday"] == "2011-02-15"
    assert values["Earlier that day"] == "2011-02-17"


def test_a_duration_counted_from_a_date_moves_the_story_to_the_day_it_reaches() -> None:
    text = (
        "He was arrested three weeks after the election of 4 March 1990. "
        "Two days later he was moved to Kigoma."
    )
    timexes = {t.text: t for t in tag_timexes(text, published=dt.date(2005, 1, 1))}
    assert (timexes["three weeks"].type, timexes["three weeks"].value) == ("DURATION", "P3W")
    assert timexes["4 March 1990"].value == "1990-03-04"
    assert timexes["4 March 1990"].mod is None
    assert timexes["Two days later"].value == "1990-03-27"


def test_a_duration_before_a_date_counts_back() -> None:
    text = "He fled two days before the vote of 9 May 1993. Three days later he was caught."
    assert _values(text, dt.date(2005, 1, 1))["Three days later"] == "1993-05-10"


def test_a_duration_right_before_after_and_a_date_is_no_open_interval() -> None:
    text = "Talks resumed two weeks after 1 June 1992. The next day both sides walked out."
    timexes = {t.text: t for t in tag_timexes(text, published=dt.date(2005, 1, 1))}
    assert timexes["1 June 1992"].mod is None
    assert timexes["1 June 1992"].earliest == dt.date(1992, 6, 1)
    assert timexes["The next day"].value == "1992-06-16"
