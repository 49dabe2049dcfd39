"""The tagger on news conventions: document-date anchoring, tense, reporting periods."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes
from historiograph.extract.time.clues import FUTURE, PAST, UNKNOWN, reports_its_own_time, tense

D = dt.date


def values(text: str, published: D) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, published=published)]


def test_the_nearest_verb_gives_the_tense() -> None:
    text = "The monarch will meet Bush on Thursday. Paribas said Monday that it intends to bid."
    assert tense(text, text.index("Thursday"), text.index("Thursday") + 8) == FUTURE
    assert tense(text, text.index("Monday"), text.index("Monday") + 6) == PAST
    assert tense("Talks on Friday.", 9, 15) == UNKNOWN


def test_a_weekday_in_the_future_is_the_coming_one() -> None:
    published = D(1990, 8, 15)  # a Wednesday
    assert values("The king met him Monday.", published) == [("Monday", "1990-08-13")]
    assert values("The king will meet Bush on Monday.", published) == [("Monday", "1990-08-20")]


def test_a_month_in_the_future_is_the_coming_one() -> None:
    published = D(1998, 3, 4)
    assert values("The crew will fly a mission in January.", published) == [("January", "1999-01")]
    assert values("Prices fell in January.", published) == [("January", "1998-01")]


def test_news_months_follow_the_document_date_past_an_old_year() -> None:
    text = "The 1988 cease-fire held. Iraq invaded Kuwait on Aug. 2."
    assert values(text, D(1990, 8, 15))[-1] == ("Aug. 2", "1990-08-02")


def test_histories_name_many_far_years() -> None:
    assert reports_its_own_time([1988], 1990)
    assert not reports_its_own_time([1939, 1940, 1941, 1944], 2009)
    text = "In 1941, 1942 and 1943 the war spread. In 1944, in June, the Allies landed."
    assert values(text, D(2009, 12, 19))[-1] == ("June", "1944-06")


def test_reporting_periods() -> None:
    published = D(1989, 11, 2)
    text = "Profit rose in the quarter, from a year-earlier loss. The year-ago quarter was weak."
    assert values(text, published) == [
        ("the quarter", "1989-Q3"),
        ("year-earlier", "1988-Q3"),
        ("The year-ago quarter", "1988-Q3"),
    ]
    assert values("The current quarter began well.", published) == [
        ("The current quarter", "1989-Q4")
    ]
    # "to" before a figure or an infinitive does not end the quarter's name
    assert values("Revenue rose 3.7% in the quarter to $2.35 billion.", published) == [
        ("the quarter", "1989-Q3")
    ]
    assert values("He expects revenue in the latest quarter to total $28 million.", published) == [
        ("the latest quarter", "1989-Q3")
    ]


def test_spans_follow_timeml() -> None:
    published = D(1989, 11, 2)
    assert values("It posted a third-quarter loss.", published) == [("third-quarter", "1989-Q3")]
    # the article goes with the noun "year-ago" qualifies, unless that noun is a period
    assert [
        t.text for t in tag_timexes("The year-ago results were restated.", published=published)
    ] == ["year-ago"]
    assert values("In the year-ago quarter, it lost money.", published) == [
        ("the year-ago quarter", "1988-Q3")
    ]
    # the comparative belongs to the expression, as TimeBank and AQUAINT mostly tag it
    assert [t.text for t in tag_timexes("He wrote earlier this week.", published=published)] == [
        "earlier this week"
    ]


def test_bounds_and_quantities_take_timeml_mods() -> None:
    assert [t.mod for t in tag_timexes("It lasted at least two years.")] == ["EQUAL_OR_MORE"]
    assert [t.mod for t in tag_timexes("It may last up to ten years.")] == ["EQUAL_OR_LESS"]


def test_a_year_ago_in_company_results_is_the_same_quarter() -> None:
    published = D(1989, 10, 30)
    text = "Third-quarter profit fell to $5 million from $10 million a year ago."
    assert values(text, published) == [("Third-quarter", "1989-Q3"), ("a year ago", "1988-Q3")]
    assert values("The plant closed a year ago.", published) == [("a year ago", "1988")]


def test_current_recent_and_future_before_a_noun() -> None:
    published = D(1989, 10, 30)
    text = "Current market conditions and recent moves raise questions about future demand."
    assert values(text, published) == [
        ("Current", "PRESENT_REF"),
        ("recent", "PAST_REF"),
        ("future", "FUTURE_REF"),
    ]
    assert values("It is the regime's future.", published) == []


def test_a_determiner_before_a_month_and_day_is_not_part_of_the_date() -> None:
    text = "He was shot to death last Oct. 23 at his home."
    assert values(text, D(1999, 4, 19)) == [("Oct. 23", "1998-10-23")]


def test_noon_and_midday() -> None:
    # a clock time is on the day the report speaks of, once it has named one
    text = "The talks opened today. They met at midday."
    assert values(text, D(1999, 10, 8))[-1] == ("midday", "1999-10-08T12:00")


def test_a_future_month_is_the_reports_own_whatever_it_told_of() -> None:
    text = "The treaty was signed in Madrid in July 1997. Hungary will join NATO on March 12."
    assert values(text, D(1999, 2, 27))[-1] == ("March 12", "1999-03-12")


def test_a_future_phrase_is_not_read_as_a_past_verb() -> None:
    # "scheduled" ends in -ed, but "is scheduled to" looks ahead
    published = D(1989, 11, 2)  # a Thursday
    text = "The acquisition is scheduled to close Monday."
    assert values(text, published) == [("Monday", "1989-11-06")]


def test_a_year_after_since_does_not_move_the_narrative() -> None:
    text = (
        "He had been arrested in several states since 1990. "
        "His car was found at the airport in December."
    )
    assert values(text, D(1999, 5, 7))[-1] == ("December", "1998-12")


def test_a_season_named_alone_in_news_follows_the_document_date() -> None:
    text = "The 1988 results were weak. Demand was high well into the summer."
    assert values(text, D(1989, 10, 26))[-1] == ("the summer", "1989-SU")


def test_the_weekend_is_the_latest_unless_the_clause_looks_ahead() -> None:
    published = D(1990, 8, 13)  # a Monday
    assert values("Over the weekend, prices fell.", published) == [("the weekend", "1990-W32-WE")]
    assert values("Talks will resume this weekend.", published) == [("this weekend", "1990-W33-WE")]
    assert values("They met last weekend.", D(1990, 8, 12)) == [("last weekend", "1990-W31-WE")]
    assert values("The rally is next weekend.", published) == [("next weekend", "1990-W33-WE")]


def test_a_year_with_the_reporting_period_is_that_period_in_that_year() -> None:
    text = "Profit rose in the third quarter from $5 million in the 1988 quarter."
    assert values(text, D(1989, 11, 1)) == [
        ("the third quarter", "1989-Q3"),
        ("the 1988 quarter", "1988-Q3"),
    ]


def test_the_near_future_is_future_ref() -> None:
    assert values("No change is expected in the near future.", D(1989, 11, 1)) == [
        ("the near future", "FUTURE_REF")
    ]


def test_a_quarter_named_alone_is_the_latest_one_unless_the_clause_looks_ahead() -> None:
    published = D(2013, 3, 12)
    assert values("The third quarter was weak.", published) == [("The third quarter", "2012-Q3")]
    assert values("The first quarter was weak.", published) == [("The first quarter", "2013-Q1")]
    text = "Upjohn expects a fourth-quarter charge. It will post a fourth-quarter loss."
    assert [v for _, v in values(text, D(1989, 11, 2))] == ["1989-Q4", "1989-Q4"]


def test_a_year_s_quarter_and_half_are_named_by_reference() -> None:
    published = D(1989, 10, 30)
    text = "Sales for this year's third quarter fell; next year's first quarter looks better."
    assert values(text, published) == [
        ("this year's third quarter", "1989-Q3"),
        ("next year's first quarter", "1990-Q1"),
    ]
    assert values("Sales rose in the second half of last year.", published) == [
        ("the second half of last year", "1988-H2")
    ]
    assert values("Sales rose in the first half of the year.", published) == [
        ("the first half of the year", "1989-H1")
    ]


def test_a_determiner_before_plural_units_is_a_vague_duration() -> None:
    published = D(2013, 3, 12)
    text = "In the coming weeks, as in the following days and past years, talks go on."
    assert [(t.text, t.type, t.value) for t in tag_timexes(text, published=published)] == [
        ("the coming weeks", "DURATION", "PXW"),
        ("the following days", "DURATION", "PXD"),
        ("past years", "DURATION", "PXY"),
    ]


def test_or_so_belongs_to_the_expression() -> None:
    found = tag_timexes(
        "It will take the next year or so, or two weeks or so.", published=D(1989, 10, 30)
    )
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("the next year or so", "1990", "APPROX"),
        ("two weeks or so", "P2W", "APPROX"),
    ]


def test_a_decade_ago_is_a_year_ten_years_back() -> None:
    assert values("A decade ago the town was empty.", D(2013, 3, 12)) == [("A decade ago", "2003")]


def test_the_year_in_a_report_is_its_own_even_after_a_forecast() -> None:
    text = "It expects earnings to rise in fiscal 1990. For the year, volume was flat."
    assert values(text, D(1989, 11, 2))[-1] == ("the year", "1989")
    text = "The plant opened in 1985. By the end of the year it employed 300."
    assert values(text, D(1989, 11, 2))[-1] == ("the end of the year", "1985")


def test_a_clock_time_takes_the_date_after_it() -> None:
    published = D(1989, 10, 30)
    assert [
        (t.text, t.value)
        for t in tag_timexes("Bids are due by 5 p.m. EST, Nov. 6.", published=published)
    ] == [("5 p.m. EST, Nov. 6", "1989-11-06T17:00")]
    text = "At 5:34 AM Baghdad time on March 20, 2003, the invasion began."
    assert values(text, published) == [
        ("5:34 AM", "2003-03-20T05:34"),
        ("March 20, 2003", "2003-03-20"),
    ]


def test_approximations_before_a_count_back_belong_to_it() -> None:
    found = tag_timexes("It collapsed nearly two weeks ago.", published=D(1989, 10, 30))
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("nearly two weeks ago", "1989-W42", "LESS_THAN")
    ]


def test_parts_of_a_unit_named_by_reference() -> None:
    text = "Prices rose at the end of last year."
    assert values(text, D(2013, 3, 12)) == [("the end of last year", "2012")]


def test_that_before_a_possessive_weekday_opens_a_clause() -> None:
    text = "Officials said that Monday's attack killed 12."
    assert values(text, D(2013, 3, 12)) == [("Monday", "2013-03-11")]


def test_the_universal_time_beside_a_local_one_is_not_a_year() -> None:
    text = "The blast came at 3:30 p.m. local time (1230 GMT) on Saturday."
    assert values(text, D(2013, 3, 12)) == [
        ("3:30 p.m.", "2013-03-09T15:30"),
        ("Saturday", "2013-03-09"),
    ]


def test_the_quarter_ended_a_date_is_the_quarter_under_report() -> None:
    text = "It lost $9 million in the quarter ended Sept. 30."
    assert values(text, D(1989, 11, 2)) == [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]


def test_the_past_decade_is_the_ten_years_up_to_now() -> None:
    text = "Over the past decade prices rose; in the last decade of the century they fell."
    found = tag_timexes(text, published=D(1998, 10, 25))
    assert (found[0].text, found[0].type, found[0].value) == ("the past decade", "DURATION", "P1DE")
    assert all(t.text != "the last decade" for t in found)


def test_a_participle_after_a_month_and_day_is_the_verb_not_a_count() -> None:
    assert values("The bombings on Aug. 7 killed 259 people.", D(1998, 8, 18)) == [
        ("Aug. 7", "1998-08-07")
    ]
    assert values("A blast left 1998 killed.", D(1998, 8, 18)) == []


def test_a_report_naming_one_old_year_often_is_still_about_its_own_time() -> None:
    assert reports_its_own_time([2010, 2010, 2010], 2014)
    assert not reports_its_own_time([1939, 1940, 1941, 1944], 2009)


def test_last_november_said_in_november_is_a_year_back() -> None:
    published = D(2014, 11, 19)
    assert values("Last November a storm cut power.", published) == [("Last November", "2013-11")]
    assert values("Next November it will.", published) == [("Next November", "2015-11")]


def test_a_date_counted_from_the_document_moves_a_report_s_story() -> None:
    text = (
        "The 2010 floods began in January 2010. So far this year, inspectors issued 40 "
        "fines, up from 12 a year earlier."
    )
    assert values(text, D(2014, 11, 19))[-2:] == [("this year", "2014"), ("a year earlier", "2013")]


def test_the_year_in_a_clause_that_looks_ahead_is_the_report_s() -> None:
    text = "Growth resumed in mid-2012. It will slow by the end of the year."
    assert values(text, D(2013, 3, 12))[-1] == ("the end of the year", "2013")
    text = "Growth resumed in mid-2012. It slowed by the end of the year."
    assert values(text, D(2013, 3, 12))[-1] == ("the end of the year", "2012")


def test_a_merged_clock_and_date_keep_the_anchors_that_cite_them() -> None:
    text = "Bids are due by 5 p.m. EST, Nov. 6. The next day, talks resume."
    found = tag_timexes(text, published=D(1989, 10, 30))
    assert [(t.id, t.text, t.value, t.anchor) for t in found] == [
        ("t1", "5 p.m. EST, Nov. 6", "1989-11-06T17:00", "document"),
        ("t2", "The next day", "1989-11-07", "t1"),
    ]


def test_a_year_read_aloud_is_a_year() -> None:
    published = D(1998, 1, 20)
    text = "Prices peaked in nineteen ninety-six and fell in January nineteen ninety-seven."
    assert values(text, published) == [
        ("nineteen ninety-six", "1996"),
        ("January nineteen ninety-seven", "1997-01"),
    ]
    # a count of people is no year
    assert values("Nineteen twenty-year-olds enlisted.", published) == []


def test_the_accounting_year_ended_on_a_date_is_a_year_long() -> None:
    found = tag_timexes("In the fiscal year ended Jan. 31, sales rose.", published=D(1989, 10, 30))
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the fiscal year", "DURATION", "P1Y"),
        ("Jan. 31", "DATE", "1989-01-31"),
    ]
    # "ended" as the verb of the sentence: the year is a date
    found = tag_timexes("The year ended badly for the firm.", published=D(1989, 10, 30))
    assert [(t.text, t.type) for t in found] == [("The year", "DATE")]


def test_last_week_before_a_clause_is_still_last_week() -> None:
    text = "The president's son met with Sununu last week after holding talks."
    assert values(text, D(1991, 12, 3)) == [("last week", "1991-W48")]
    # "the week after" an event counts from the story's date, not the document's
    text = "The vote was on Nov. 5, 1991. The week after the vote, he resigned."
    assert values(text, D(1991, 12, 3))[-1] == ("The week", "1991-W46")


def test_the_day_after_an_event_counts_from_the_story_s_date() -> None:
    text = "Slepian was shot on Oct. 23. Police came to his house the day after his death."
    assert values(text, D(1998, 11, 21))[-1] == ("the day", "1998-10-24")
    # in apposition to a date, the day is that date
    text = "Prices fell after Oct. 12, the day before the stock market plunge."
    assert values(text, D(1989, 10, 30))[-1] == ("the day", "1989-10-12")
    # before a gerund it opens a clause
    assert values("He stayed later in the day before returning home.", D(1998, 8, 17)) == []


def test_coming_quarters_are_a_stretch_of_unsaid_length() -> None:
    found = tag_timexes("It does not bode well for coming quarters.", published=D(1989, 10, 26))
    assert [(t.text, t.type, t.value) for t in found] == [("coming quarters", "DURATION", "PXQ")]


def test_a_weekday_with_its_part_of_the_day_keeps_the_part() -> None:
    published = D(2000, 1, 7)  # a Friday
    found = tag_timexes("Thousands rallied Friday night in Havana.", published=published)
    assert [(t.text, t.type, t.value) for t in found] == [("Friday night", "TIME", "2000-01-07TNI")]
    assert (found[0].earliest, found[0].latest) == (published, published)
    assert values("He toured the area on Tuesday afternoon.", published) == [
        ("Tuesday afternoon", "2000-01-04TAF")
    ]


def test_the_quarter_just_ended_is_this_year_s_even_in_a_forecast() -> None:
    published = D(1989, 10, 26)
    # results come out after the quarter: the one just ended is still to report
    assert values("It plans to restructure after a third-quarter loss.", published) == [
        ("third-quarter", "1989-Q3")
    ]
    assert values("It will report a fourth-quarter loss.", D(1990, 1, 20)) == [
        ("fourth-quarter", "1989-Q4")
    ]
    # an earlier quarter spoken of in the future is next year's
    assert values("It will post a profit in the second quarter.", published) == [
        ("the second quarter", "1990-Q2")
    ]


def test_news_dated_by_weekday_names_its_months_from_the_document_date() -> None:
    published = D(2000, 4, 1)
    text = (
        "Castro spoke Saturday. He took power on Jan. 1, 1959. "
        "The boat sank off Florida in late November."
    )
    assert values(text, published)[-1] == ("late November", "1999-11")
    # without weekdays the story's older year holds (see test_time_history)
    undated = "He took power on Jan. 1, 1959. The boat sank off Florida in late November."
    assert values(undated, published)[-1] == ("late November", "1959-11")


def test_year_end_is_the_end_of_the_year_under_way() -> None:
    published = D(1989, 11, 1)
    found = tag_timexes("It will cut 6,000 jobs by year end.", published=published)
    assert [(t.text, t.value, t.mod) for t in found] == [("year end", "1989", "END")]
    assert values("Rules should be in place by year's end.", published) == [("year's end", "1989")]
    assert values("The year ended badly.", published) == [("The year", "1989")]


def test_a_quarter_in_a_forecast_does_not_move_the_story() -> None:
    text = (
        "The company posted a 54% drop in third-quarter profit. Analysts said steelmakers "
        "will report losses through the third quarter of 1990. In the year-ago period, "
        "it earned $101 million."
    )
    assert values(text, D(1989, 10, 26)) == [
        ("third-quarter", "1989-Q3"),
        ("the third quarter of 1990", "1990-Q3"),
        ("the year-ago period", "1988-Q3"),
    ]


def test_a_year_before_to_and_a_count_of_years_is_a_date_and_a_duration() -> None:
    # "sentenced in June 2019 to 10 years": no range of durations from 2019 to 10
    published = D(2024, 3, 14)
    assert values("He was sentenced in June 2019 to 10 years in prison.", published) == [
        ("June 2019", "2019-06"),
        ("10 years", "P10Y"),
    ]
    assert values("She was jailed in 2019 to 2021.", published)[0] == ("2019", "2019")
    assert values("The repairs take two to three weeks.", published) == [
        ("two to three weeks", "P2W")
    ]


def test_a_season_in_a_clause_that_looks_ahead_is_the_coming_one() -> None:
    published = D(2023, 11, 8)
    assert values("The agency will publish new figures in the spring.", published) == [
        ("the spring", "2024-SP")
    ]
    assert values("Cases rose sharply in the spring.", published) == [("the spring", "2023-SP")]


def test_tonight_is_the_night_of_the_document_date() -> None:
    found = tag_timexes("Temperatures will drop below zero tonight.", published=D(2025, 1, 22))
    assert [(t.text, t.type, t.value) for t in found] == [("tonight", "TIME", "2025-01-22TNI")]


def test_a_wire_copyright_year_is_not_an_approximate_year() -> None:
    text = "c.1998 N.Y. Times News Service\n\nWASHINGTON _ The hearing ended on Friday."
    assert values(text, D(1998, 2, 6)) == [("Friday", "1998-02-06")]


def test_last_after_a_modal_is_the_verb_not_a_determiner() -> None:
    published = D(2025, 3, 3)
    assert values("The union said the strike would last three days.", published) == [
        ("three days", "P3D")
    ]
    assert values("Prices rose over the last three days.", published) == [
        ("the last three days", "P3D")
    ]


def test_every_season_or_month_is_a_set() -> None:
    found = tag_timexes("Every summer the museum lends pieces; each January the board meets.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Every summer", "SET", "XXXX-SU"),
        ("each January", "SET", "XXXX-01"),
    ]


def test_a_season_under_way_is_the_one_a_future_clause_means() -> None:
    # said in August: the summer has begun, so "the end of the summer" ahead is this one
    published = D(2025, 8, 22)
    found = tag_timexes(
        "Crossings will run hourly until the end of the summer.", published=published
    )
    assert [(t.text, t.value, t.mod) for t in found][-1] == (
        "the end of the summer",
        "2025-SU",
        "END",
    )
    # said in February, the coming summer is still this year's; in October, next year's
    assert values("The pool will open in the summer.", D(2025, 2, 3)) == [("the summer", "2025-SU")]
    assert values("The pool will open in the summer.", D(2025, 10, 3)) == [
        ("the summer", "2026-SU")
    ]


def test_a_count_per_unit_is_one_set() -> None:
    found = tag_timexes("The squad trained twice a day; the council meets three times a month.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("twice a day", "SET", "P1D"),
        ("three times a month", "SET", "P1M"),
    ]


def test_a_shift_from_that_counts_from_the_narrated_time() -> None:
    text = "She opened the shop in 1961. Two years after that, she began a magazine."
    assert values(text, D(2024, 9, 21))[-1] == ("Two years after that", "1963")
    # "after that war": the shift counts from an event, and only the duration is a timex
    assert values("Two years after that war, peace came.", D(2024, 9, 21)) == [("Two years", "P2Y")]


def test_a_number_glued_to_a_comma_in_a_wire_header_is_no_year() -> None:
    text = "08-15 1334 PM-Gulf Rdp,a0605,1368 Saddam Seeks End To War"
    assert values(text, D(1990, 8, 15)) == []
    assert values("Elections were held in 1950, 1961 and 1970.", D(1990, 8, 15)) == [
        ("1950", "1950"),
        ("1961", "1961"),
        ("1970", "1970"),
    ]


def test_a_range_of_units_keeps_its_determiner() -> None:
    text = "Acquisitions will be made during the next 12 to 18 months."
    assert values(text, D(1989, 10, 30)) == [("the next 12 to 18 months", "P12M")]


def test_that_year_points_back_at_a_flashback_year() -> None:
    # the past perfect keeps June 1998 out of the story's time, yet "that
    # year" still names the year just mentioned
    text = "He had fled to Florida in June 1998 and returned to Cuba later that year."
    assert values(text, D(2000, 1, 28))[-1] == ("later that year", "1998")
    # with nothing named before it, "that year" has only the document's year
    assert values("Sales rose that year.", D(2000, 1, 28)) == [("that year", "2000")]


def test_only_a_year_ago_compares_with_the_reported_quarter() -> None:
    published = D(2026, 2, 12)
    text = "Profit rose in the fourth quarter from a year ago. Soto took charge three years ago."
    assert values(text, published) == [
        ("the fourth quarter", "2025-Q4"),
        ("a year ago", "2024-Q4"),
        ("three years ago", "2023"),
    ]


def test_a_participle_after_a_determiner_or_be_is_no_past_tense() -> None:
    text = "The dividend would be paid on a still unspecified date in January."
    start = text.index("January")
    assert tense(text, start, start + 7) == FUTURE
    assert values(text, D(1989, 10, 26)) == [("January", "1990-01")]
    # a finite past verb still reads as past
    assert values("The dividend was paid in January.", D(1989, 10, 26)) == [("January", "1989-01")]


def test_a_possessive_weekday_ignores_the_clause_verb() -> None:
    published = D(2000, 1, 7)  # a Friday
    text = "They said they would look for ways to get around Wednesday's ruling."
    assert values(text, published) == [("Wednesday", "2000-01-05")]
    assert values("They will meet on Wednesday.", published) == [("Wednesday", "2000-01-12")]


def test_the_same_period_last_year_is_the_reported_period_a_year_back() -> None:
    text = (
        "Net income rose in the third quarter from the same period last year. "
        "Sales for last year's quarter were $2 million."
    )
    assert values(text, D(1989, 11, 1)) == [
        ("the third quarter", "1989-Q3"),
        ("the same period last year", "1988-Q3"),
        ("last year's quarter", "1988-Q3"),
    ]
    text = "Arrivals in January fell 20 percent from the same period last year."
    assert values(text, D(2021, 2, 10)) == [
        ("January", "2021-01"),
        ("the same period last year", "2020-01"),
    ]
    # a period of last year that is not "the same" one is left to the year
    assert values("Prices fell last year.", D(2021, 2, 10)) == [("last year", "2020")]


def test_this_weekend_is_the_weekend_of_the_document_week() -> None:
    published = D(2023, 1, 31)  # a Tuesday of ISO week 5
    assert values("He could make his debut this weekend.", published) == [
        ("this weekend", "2023-W05-WE")
    ]
    # told in the past, it is the weekend just gone; so is a bare "the weekend"
    assert values("Protesters rallied this weekend.", published) == [
        ("this weekend", "2023-W04-WE")
    ]
    assert values("Lawyers met over the weekend.", published) == [("the weekend", "2023-W04-WE")]


def test_a_comparative_before_this_unit_is_part_of_the_expression() -> None:
    published = D(2026, 3, 16)
    assert values("Earlier this month, the bank warned.", published) == [
        ("Earlier this month", "2026-03")
    ]
    assert values("The Senate may vote later this year.", published) == [
        ("later this year", "2026")
    ]
    # without a comparative the unit keeps its determiner alone
    assert values("This month the index fell.", published) == [("This month", "2026-03")]


def test_after_a_span_ending_its_clause_is_a_duration() -> None:
    # "after just 14 months" closing the clause says how long it lasted: TIMEX3
    # tags the span alone; opening a clause it moves the story on (tagger tests)
    timexes = tag_timexes(
        "The coalition collapsed in 2019 after just 14 months.", published=D(2026, 3, 16)
    )
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("2019", "DATE", "2019"),
        ("14 months", "DURATION", "P14M"),
    ]
    timexes = tag_timexes(
        "He was freed after six months, his lawyer said.", published=D(2026, 3, 16)
    )
    assert [(t.text, t.type, t.value) for t in timexes] == [("six months", "DURATION", "P6M")]


def test_every_weekday_with_a_part_of_the_day_is_one_set() -> None:
    published = D(2025, 2, 14)
    timexes = tag_timexes(
        "The library will host readings every Sunday afternoon.", published=published
    )
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("every Sunday afternoon", "SET", "XXXX-WXX-7TAF")
    ]
    assert [(t.text, t.type, t.value) for t in tag_timexes("They meet every Sunday.")] == [
        ("every Sunday", "SET", "XXXX-WXX-7")
    ]
    # without the quantifier it is one afternoon, dated from the document
    assert values("Readings resume Sunday afternoon.", published)[0][0] == "Sunday afternoon"
    assert tag_timexes("Readings resume Sunday afternoon.", published=published)[0].type != "SET"


def test_recent_years_is_the_recent_past_and_recent_weeks_a_stretch() -> None:
    published = D(2026, 3, 16)
    timexes = tag_timexes("Borrowing costs had risen in recent years.", published=published)
    assert [(t.text, t.type, t.value) for t in timexes] == [("recent years", "DATE", "PAST_REF")]
    timexes = tag_timexes("Sales have slowed in recent weeks.", published=published)
    assert [(t.text, t.type, t.value) for t in timexes] == [("recent weeks", "DURATION", "PXW")]


def test_the_new_year_is_the_next_one_from_the_second_half_of_a_year() -> None:
    assert values("The club will hold a ceremony in the new year.", D(2026, 9, 25)) == [
        ("the new year", "2027")
    ]
    # from the first half, or once begun ("since"), it is the year under way
    assert values("Talks will resume in the new year.", D(2026, 3, 10)) == [
        ("the new year", "2026")
    ]
    assert values("Sales have slowed since the new year.", D(2026, 9, 25)) == [
        ("the new year", "2026")
    ]
    # a story told in years only does not move it off the report's date
    assert values("The coalition fell in 2019. A vote is due in the new year.", D(2026, 9, 25)) == [
        ("2019", "2019"),
        ("the new year", "2027"),
    ]
    # the feast is not the year
    assert values("Crowds gathered for the New Year fireworks.", D(2026, 9, 25)) == []


def test_an_expectation_or_obligation_looks_ahead_to_the_next_weekday() -> None:
    published = D(2025, 12, 4)  # a Thursday
    assert values("Officials expect the road to reopen Sunday.", published) == [
        ("Sunday", "2025-12-07")
    ]
    assert values("The vote should take place Tuesday.", published) == [("Tuesday", "2025-12-09")]
    # "expected" alone is a past tense
    assert values("Analysts had expected a decline Monday.", published) == [
        ("Monday", "2025-12-01")
    ]


def test_a_part_of_yesterday_or_tomorrow_goes_with_the_day() -> None:
    published = D(1989, 11, 2)
    timexes = tag_timexes("Shares rose late yesterday.", published=published)
    assert [(t.text, t.value, t.mod) for t in timexes] == [("late yesterday", "1989-11-01", "END")]
    assert values("Later yesterday the maker said it would cut output.", published) == [
        ("Later yesterday", "1989-11-01")
    ]
    assert values("They will meet tomorrow morning.", published) == [
        ("tomorrow morning", "1989-11-03TMO")
    ]
    # alone the word is the day, with no mod
    timexes = tag_timexes("He spoke yesterday.", published=published)
    assert [(t.text, t.value, t.mod) for t in timexes] == [("yesterday", "1989-11-01", None)]


def test_a_month_after_for_is_a_date() -> None:
    published = D(1989, 10, 30)
    assert values("The vote is scheduled for March.", published) == [("March", "1990-03")]
    assert values("Turnover for October is 148 million shares.", published) == [
        ("October", "1989-10")
    ]
    # with no word of time before it, a month name may be a person's
    assert values("April Ryan asked the first question.", published) == []
