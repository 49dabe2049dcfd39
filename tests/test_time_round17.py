"""The temporal tagger on which verb dates a bare month, which year a sentence has
already set, which day a wire story speaks from, a flashback the story comes
back from, and "the week of" a day."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _values(text: str, published: dt.date | None = None) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, published=published)}


def test_a_past_perfect_relative_clause_does_not_date_the_month_before_it() -> None:
    text = (
        "In May 1702 the duke laid siege to the town. In July the garrison, which had "
        "held out for nine weeks, surrendered."
    )
    assert _values(text)["July"] == "1702-07"


def test_a_month_inside_a_past_perfect_relative_clause_is_still_a_flashback() -> None:
    text = (
        "In May 1702 the duke laid siege to the town. The garrison, which had been "
        "reinforced in October, surrendered in July."
    )
    values = _values(text)
    assert values["October"] == "1701-10"
    assert values["July"] == "1702-07"


def test_a_day_after_a_year_written_earlier_in_the_sentence_is_in_that_year() -> None:
    text = (
        "ROME, 3 May - A magistrate on Friday charged a banker who was first questioned "
        "in the spring of 2015, days after the raid of 12 March on his offices."
    )
    assert _values(text, dt.date(2019, 5, 3))["12 March"] == "2015-03-12"


def test_a_month_of_a_verb_joined_by_and_keeps_the_year_of_the_sentence() -> None:
    text = (
        "LIMA, June 4 - The mayor was detained in mid-2016, shortly after the floods "
        "of 2 February, and released in November."
    )
    values = _values(text, dt.date(2019, 6, 4))
    assert values["2 February"] == "2016-02-02"
    assert values["November"] == "2016-11"


def test_a_new_clause_after_an_aside_year_comes_back_to_the_reports_own_year() -> None:
    text = (
        "Under a plan approved in 2014 that set no limit, the fund had bought "
        "bonds through Aug. 31."
    )
    assert _values(text, dt.date(2016, 10, 1))["Aug. 31"] == "2016-08-31"


def test_a_weekday_counts_from_a_dateline_a_few_days_before_publication() -> None:
    text = "MANILA, 5 March (AP) - Troops clashed with rebels on Wednesday, the army said."
    values = _values(text, dt.date(2021, 3, 8))
    assert values["5 March"] == "2021-03-05"
    assert values["Wednesday"] == "2021-03-03"


def test_the_week_of_a_day_is_its_iso_week() -> None:
    values = _values("Hearings are set for the week of May 8.", dt.date(2017, 4, 20))
    assert values == {"the week of May 8": "2017-W19"}


def test_a_month_after_a_dated_flashback_resumes_the_story() -> None:
    text = (
        "The regiment landed at Varna on 10 March 1855. Its colonel was appointed "
        "in London on 4 October 1854. On 6 June the regiment stormed the Mamelon."
    )
    assert _values(text)["6 June"] == "1855-06-06"


def test_a_step_back_of_more_than_a_year_is_a_new_chapter_not_an_aside() -> None:
    text = (
        "The war ended on 30 March 1856. The first shots were fired on 4 October "
        "1853. In July the Russians had crossed the Pruth."
    )
    assert _values(text)["July"] == "1853-07"
