"""The tagger on narrative history: years before Christ, months in the narrative year,
holidays, times of day, and the extent conventions of TimeML."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes

D = dt.date
WIKI_DATE = D(2009, 12, 19)  # a history written long after its events


def values(text: str, published: D | None = WIKI_DATE) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, published=published)]


def tags(text: str, published: D | None = WIKI_DATE) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_timexes(text, published=published)]


def test_a_month_named_alone_keeps_the_narrative_year_when_the_story_steps_back() -> None:
    text = (
        "Germany invaded on September 1, 1939, and by early October the campaign was over. "
        "In late September, Warsaw had fallen."
    )
    assert values(text)[-1] == ("late September", "1939-09")


def test_years_before_christ_anchor_what_follows() -> None:
    text = (
        "Revolts broke out in 499 BC, 494 BC and 492 BC. The army crossed in 480 BC. In "
        "September the fleet sailed, and the following year it returned; 14 years later "
        "the war began again."
    )
    assert values(text)[3:] == [
        ("480 BC", "BC0480"),
        ("September", "BC0480-09"),
        ("the following year", "BC0479"),
        ("14 years later", "BC0465"),
    ]


def test_months_seasons_parts_and_decades_before_christ() -> None:
    assert values("It fell in April 480 BC.") == [("April 480 BC", "BC0480-04")]
    assert values("It fell in the autumn of 481 BC.") == [("the autumn of 481 BC", "BC0481-FA")]
    assert values("It fell in early 480 BC.") == [("early 480 BC", "BC0480")]
    assert values("Throughout the 470s BC the league fought.") == [("the 470s BC", "BC047")]


def test_a_clock_time_falls_on_the_day_the_history_narrates() -> None:
    text = (
        "After 1954, 1956 and 1960 came war. The attack began on 31 January 1965. "
        "At 3:00 a.m. the guns opened fire."
    )
    assert values(text)[-1] == ("3:00 a.m.", "1965-01-31T03:00")


def test_parts_of_a_day() -> None:
    text = (
        "It began on the morning of 31 January 1965. That afternoon they landed, "
        "and early the next morning they moved on."
    )
    found = tag_timexes(text, published=WIKI_DATE)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the morning of 31 January 1965", "TIME", "1965-01-31TMO"),
        ("That afternoon", "TIME", "1965-01-31TAF"),
        ("early the next morning", "TIME", "1965-02-01TMO"),
    ]


def test_holidays_are_days() -> None:
    assert values("Victory was promised by Christmas 1963.") == [("Christmas 1963", "1963-12-25")]
    assert values("He was found Thanksgiving Day.", D(2000, 1, 7)) == [
        ("Thanksgiving Day", "1999-11-25")
    ]
    assert values("They prayed on Good Friday.", D(2000, 4, 25)) == [("Good Friday", "2000-04-21")]
    assert values("Nowruz 1979 was grim.")[0][1] == "1979-03-21"


def test_the_year_and_the_end_of_the_month_point_at_the_narrative() -> None:
    text = "In May 1940 the Allies retreated, abandoning their equipment by the end of the month."
    assert values(text)[-1] == ("the end of the month", "1940-05")
    assert values("In 1944 the army advanced; later in the year it stalled.")[-1] == (
        "later in the year",
        "1944",
    )


def test_an_adjectival_duration_leaves_its_article_out() -> None:
    assert values("The 46-day battle ended.") == [("46-day", "P46D")]
    assert values("It lasted the past five years.") == [("the past five years", "P5Y")]


def test_amounts_per_unit_are_sets() -> None:
    found = tag_timexes("Deaths averaged 30 a day; it cost $33 million a year.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("a day", "SET", "P1D"),
        ("a year", "SET", "P1Y"),
    ]


def test_what_is_not_a_time() -> None:
    assert values("Geremek met Jan Kavan of the Czech Republic.", D(1999, 3, 13)) == []
    assert values("It was a ratio of 3/4/5 in the study.") == []
    assert values("Nothing could change the future of the regime.") == []


def test_dates_in_numbers_and_lists_of_days() -> None:
    assert values("Filed 11/02/89 in New York.", D(1989, 11, 2)) == [("11/02/89", "1989-11-02")]
    assert values("They met on 19/06/1981.") == [("19/06/1981", "1981-06-19")]
    assert values("The summit is on April 24 and 25.", D(1999, 2, 10)) == [
        ("April 24", "1999-04-24"),
        ("25", "1999-04-25"),
    ]


def test_a_headline_year_and_a_possessive_year() -> None:
    text = "The war went on.\n1972 election and peace\nHe was named 1965's Man of the Year."
    assert [v for _, v in values(text)][:2] == ["1972", "1965"]


def test_a_year_in_a_plan_does_not_move_the_story() -> None:
    text = (
        "On 10 March 1975, the offensive began; the road would be exposed for a planned "
        "campaign in 1976. The defence collapsed on 11 March."
    )
    assert values(text)[-1] == ("11 March", "1975-03-11")


def test_a_month_after_a_decade_takes_the_year_the_story_was_in() -> None:
    text = (
        "In March 1965 the Marines landed, almost two decades earlier than planned in the "
        "1940s. By June the force had grown."
    )
    assert values(text)[-1] == ("June", "1965-06")


def test_a_day_of_that_year_is_one_expression() -> None:
    text = (
        "The war began in 1861. Congress met on July 25 of that year, and rose on the 3rd "
        "of August of the same year."
    )
    assert values(text)[1:] == [
        ("July 25 of that year", "1861-07-25"),
        ("the 3rd of August of the same year", "1861-08-03"),
    ]


def test_a_part_of_a_season_with_in() -> None:
    text = (
        "In 1943 the front held. Early in spring the army moved; beginning in the summer "
        "of 1944 it advanced."
    )
    assert [(t.text, t.value, t.mod) for t in tag_timexes(text)][1:] == [
        ("Early in spring", "1943-SP", "START"),
        ("the summer of 1944", "1944-SU", None),
    ]


def test_a_day_marked_old_style_is_converted_from_the_julian_calendar() -> None:
    text = "The letter of 19 June 1658 (old style) arrived; on 3 May 1660 Julian Grey sailed."
    assert values(text) == [("19 June 1658", "1658-06-29"), ("3 May 1660", "1660-05-03")]
    assert values("Peter was born on 30 May 1672 O.S.") == [("30 May 1672", "1672-06-09")]


def test_circa_before_a_year_is_an_approximate_year() -> None:
    found = tag_timexes("He issued the Assizes of Ariano c. 1140, a code of law.")
    assert [(t.text, t.value, t.mod) for t in found] == [("c. 1140", "1140", "APPROX")]


def test_three_digit_years_are_years_in_a_history_but_not_in_news() -> None:
    text = (
        "The Arab conquest, begun in 827, took 75 years: Palermo fell in 831 and Syracuse "
        "in 878. Roger crossed the strait in 1061, took Palermo in 1072 and Noto in 1091."
    )
    assert values(text)[:4] == [
        ("827", "0827"),
        ("75 years", "P75Y"),
        ("831", "0831"),
        ("878", "0878"),
    ]
    news = "Shares rose to 930 in 2023, and in 500 cases the insurer paid out."
    assert values(news, D(2023, 11, 8)) == [("2023", "2023")]


def test_an_ellipsis_does_not_hide_the_word_before_a_year() -> None:
    text = "Troops numbered 5,000 at the end of 1959...Between 1961 and 1964 they grew."
    assert [v for _, v in values(text)] == ["1959", "1961", "1964"]


def test_easter_before_the_gregorian_reform_is_the_julian_one() -> None:
    # the Sicilian Vespers: Easter Monday, 30 March 1282, in the Julian calendar
    text = "The revolt began on 30 March 1282, Easter Monday."
    assert values(text)[-1] == ("Easter Monday", "1282-03-30")
    assert values("In 1998 the accord was signed on Good Friday.", None)[-1] == (
        "Good Friday",
        "1998-04-10",
    )


def test_a_history_reaching_its_own_years_keeps_the_narrative_year_for_months() -> None:
    # a history of 2003-2009 dated December 2009: "In May" after 2008 is May 2008
    text = (
        "The invasion began in 2003. Elections followed in 2005, and violence peaked in "
        "2006 and 2007. Fighting moved to Basra in 2008. In May, the army entered Mosul."
    )
    assert values(text)[-1] == ("May", "2008-05")


def test_a_season_before_a_campaign_noun_is_the_season_of_the_year_told() -> None:
    text = (
        "The war went on through 1861 and 1862. In 1863, after Meade's inconclusive fall "
        "campaign, Lincoln turned west."
    )
    assert values(text)[-1] == ("fall", "1863-FA")
    assert values("Prices are expected to fall campaign-wide.") == []


def test_whole_decades_and_centuries_are_valued_in_their_own_timex3_units() -> None:
    # TimeML (TIDES, WikiWars) writes P3DE and P2CE; a fraction stays in years
    text = (
        "The war lasted three decades and its memory two centuries; "
        "it was forgotten after half a century of peace and ten years of plenty."
    )
    found = {t.text: t.value for t in tag_timexes(text, published=WIKI_DATE)}
    assert found["three decades"] == "P3DE"
    assert found["two centuries"] == "P2CE"
    assert found["ten years"] == "P10Y"
    assert found["half a century"] == "P50Y"


def test_a_year_opening_a_sentence_as_its_subject_is_a_year() -> None:
    text = "Peace was signed. 1866 also saw a new alliance, and 1867, however, brought war."
    assert values(text) == [("1866", "1866"), ("1867", "1867")]


def test_a_number_opening_a_sentence_before_another_verb_is_a_count() -> None:
    text = "The fort fell. 1500 died in the assault. 2000 soldiers saw it burn."
    assert values(text) == []


def test_mid_century_without_an_ordinal_is_the_middle_of_the_century_told() -> None:
    text = "Trade grew after 1830, and by mid-century the ports were full."
    assert tags(text)[-1] == ("mid-century", "DATE", "18", "MID")
    assert tags("By mid-century emissions must fall.", D(2021, 5, 1)) == [
        ("mid-century", "DATE", "20", "MID")
    ]


def test_a_mid_century_kind_of_thing_is_no_date() -> None:
    assert values("They sold a mid-century house full of mid-century modern chairs.") == []


def test_a_half_of_a_century_or_decade_is_the_period_with_a_mod() -> None:
    # TimeBank: "the last half of the '80s" is 198 with mod END
    assert tags("through the first half of the 15th century") == [
        ("the first half of the 15th century", "DATE", "14", "START")
    ]
    assert tags("in the second half of the 1990s") == [
        ("the second half of the 1990s", "DATE", "199", "END")
    ]
    # a year's half keeps its own code
    assert tags("in the first half of 2020") == [
        ("the first half of 2020", "DATE", "2020-H1", None)
    ]


def test_a_winter_written_across_two_years_is_one_winter() -> None:
    found = tag_timexes("The winter of 1708-09 was the coldest in memory.", published=WIKI_DATE)
    assert [(t.text, t.value) for t in found] == [("The winter of 1708-09", "1708-WI")]
    assert (found[0].earliest, found[0].latest) == (D(1708, 12, 21), D(1709, 3, 19))


def test_a_summer_and_a_year_are_still_two_expressions() -> None:
    assert [v for _, v in values("the summer of 1990-91")] == ["1990-SU", "1991"]


def test_a_short_text_about_a_distant_year_dates_its_months_in_that_year() -> None:
    text = "Early in 1453 the sultan moved his guns to the walls. On 29 May the city fell."
    assert values(text, D(2021, 4, 10))[-1] == ("29 May", "1453-05-29")


def test_a_report_recalling_a_recent_year_dates_its_months_in_its_own_year() -> None:
    text = "The 2010 floods were long remembered. In May the river rose again."
    assert values(text, D(2021, 6, 10))[-1] == ("May", "2021-05")


def test_today_in_a_history_is_the_present_as_a_whole() -> None:
    text = "The city fell in 1453, Granada in 1492 and Cairo in 1517. Today the walls still stand."
    assert tags(text, D(2021, 5, 1))[-1] == ("Today", "DATE", "PRESENT_REF", None)


def test_today_in_a_report_is_the_day_it_was_published() -> None:
    assert tags("The minister said today that taxes would rise.", D(2021, 5, 1)) == [
        ("today", "DATE", "2021-05-01", None)
    ]


def test_today_inside_a_sentence_of_a_story_full_of_old_years_is_still_the_day() -> None:
    text = (
        "Soviet tanks crushed Budapest in 1956, Prague in 1968 and Gdansk's strikers in 1981. "
        '"It is here that we today accept the guarantee," the minister said.'
    )
    assert tags(text, D(1999, 3, 12))[-1] == ("today", "DATE", "1999-03-12", None)


def test_a_year_counted_in_a_reign_is_left_untagged() -> None:
    # anchored on an event the text may never date: TimeML gives it no value
    # the tagger could compute, and a wrong calendar year would mislead
    assert values("In the third year of his reign the emperor moved to Tokyo.") == []


def test_years_later_before_any_date_is_told_are_unknown() -> None:
    # counted on from the document date, the story would be set in its writer's future
    found = tag_timexes("Two decades later, the country was rich.", published=dt.date(2025, 8, 22))
    assert [(t.text, t.value) for t in found] == [("Two decades later", "XXXX")]
    found = tag_timexes(
        "In 1944 the war turned. Two decades later, the country was rich.",
        published=dt.date(2025, 8, 22),
    )
    assert [(t.text, t.value) for t in found][-1] == ("Two decades later", "196")


def test_a_month_far_back_in_the_calendar_after_a_late_month_is_in_the_next_year() -> None:
    text = (
        "Japan struck Pearl Harbor on December 7, 1941. In January, the Allies signed a "
        "declaration, and by early February the British were back at Gazala."
    )
    assert values(text)[1:] == [("January", "1942-01"), ("early February", "1942-02")]


def test_a_short_step_back_or_one_from_the_end_of_a_span_keeps_the_year() -> None:
    stepped = values(
        "The army reached the river on 2 November 1942. In June, it had been far away."
    )
    assert stepped[-1] == ("June", "1942-06")
    spanned = values(
        "The first brigades landed in March 1965, and the force grew to 180,000 by December. "
        "In May, the army suffered heavy losses."
    )
    assert spanned[-1] == ("May", "1965-05")


def test_a_new_section_does_not_carry_the_story_into_the_next_year() -> None:
    told = "The talks broke down in November 1952.\n\n{}In April, the army moved."
    assert values(told.format("Stalemate on the ridges\n\n"), None)[-1] == ("April", "1952-04")
    assert values(told.format(""), None)[-1] == ("April", "1953-04")


def test_a_year_in_a_past_perfect_clause_is_a_flashback_the_story_does_not_follow() -> None:
    text = (
        "In June 1657 Denmark declared war, hoping to win back the provinces it had "
        "surrendered in 1645. In August the Swedes marched."
    )
    assert values(text) == [("June 1657", "1657-06"), ("1645", "1645"), ("August", "1657-08")]
    # the year a perfect looks back from is where the story is
    looked_back = values("By 1943 the Germans had lost the initiative. In July they attacked.")
    assert looked_back[-1] == ("July", "1943-07")


def test_a_month_in_a_past_perfect_clause_later_in_the_calendar_is_last_years() -> None:
    text = (
        "The Swedes stormed the walls on 11 February 1659. In December his engineers had "
        "tested the ice. In May the envoys met."
    )
    assert values(text)[1:] == [("December", "1658-12"), ("May", "1659-05")]
    # in the simple past, a month later in the calendar stays in the story's year
    assert values("The Swedes stormed the walls on 11 February 1659. In December they left.")[
        -1
    ] == ("December", "1659-12")


def test_the_following_season_is_the_next_one_after_the_story_day() -> None:
    text = "A treaty was signed on 26 February 1658. The following spring the war resumed."
    assert values(text)[-1] == ("The following spring", "1658-SP")
    after_summer = values("The treaty was signed on 8 July 1853. The following spring it failed.")
    assert after_summer[-1] == ("The following spring", "1854-SP")


def test_a_look_back_from_the_story_does_not_move_it() -> None:
    text = (
        "On 3 May 1942 the front was quiet; the Germans held the gains of the previous year. "
        "In June they attacked."
    )
    assert values(text)[1:] == [("the previous year", "1941"), ("June", "1942-06")]


def test_a_month_without_a_year_takes_it_from_its_partner() -> None:
    text = (
        "The Battle of Old Baldy (26 June - 4 August 1952) followed the winter lull. "
        "The army spent the spring and early summer of 1943 in reserve."
    )
    found = values(text)
    assert ("26 June", "1952-06-26") in found
    assert ("the spring", "1943-SP") in found
    crossing = values("The Battle of the Hook (13 December - 5 January 1953) was costly.", None)
    assert crossing[0] == ("13 December", "1952-12-13")
    # a month paired with another month named alone keeps the story's year
    paired = values("The army moved on 2 November 1950. The cold of November and January broke it.")
    assert paired[1] == ("November", "1950-11")


def test_a_part_of_the_day_with_an_article_or_after_at_is_the_narrated_day() -> None:
    text = (
        "The column crossed the river on 2 June 1971. At dawn the army found our tracks, "
        "we climbed until the afternoon, and in the early hours we moved on."
    )
    assert tags(text)[1:] == [
        ("dawn", "TIME", "1971-06-02TMO", None),
        ("the afternoon", "TIME", "1971-06-02TAF", None),
        ("the early hours", "TIME", "1971-06-02TMO", None),
    ]


def test_a_part_of_the_day_qualifying_a_noun_or_a_clock_is_no_timex_of_its_own() -> None:
    # "4 in the morning" is one clock time (round 26), not "the morning" of its own
    text = "On 2 June 1971 the evening news was late, and the train left at 4 in the morning."
    assert [t for t, *_ in tags(text)] == ["2 June 1971", "4 in the morning"]


def test_a_history_never_puts_a_part_of_the_day_on_its_publication_day() -> None:
    # "moved only at night" in a history: any night, not the day it was published
    text = (
        "The war began in 1950, a truce came in 1953 and the blockade lasted from 1954 "
        "to 1957. Through the 1950s the convoys moved only at night."
    )
    assert values(text)[-1] == ("night", "XXXX-XX-XXTNI")


def test_a_first_person_account_puts_its_nights_in_the_month_it_tells_not_on_its_date() -> None:
    # a letter dated 20 November telling of October: its night is no night of November,
    # while a report that has named its own days keeps it
    letter = "Early in October I was called back to the hospital at night."
    assert values(letter, published=D(2017, 11, 20))[-1] == ("night", "XXXX-XX-XXTNI")
    report = "This week I was called back to the hospital at night, and by morning 40 had died."
    assert values(report, published=D(2017, 11, 20))[1] == ("night", "2017-11-20TNI")
    # with no day named at all, the account may be a memoir's: its night is unknown
    account = "I was called back to the hospital at night, and by morning we had 40 dead."
    assert values(account, published=D(2017, 11, 20))[0] == ("night", "XXXX-XX-XXTNI")


def test_every_part_of_the_day_is_a_set() -> None:
    assert tags("In 1981 we counted the shots every evening.")[1:] == [
        ("every evening", "SET", "XXXX-XX-XXTEV", None)
    ]


def test_the_units_that_followed_are_a_stretch_of_unsaid_length() -> None:
    # TempEval-3 (AQUAINT) tags the unit alone in "In the years that followed"
    text = "The front split in March 1986, and in the months that followed it fell apart."
    assert tags(text)[1:] == [("months", "DURATION", "PXM", None)]
    assert [t for t, *_ in tags("In 1986 the years that they lost were many.")] == ["1986"]


def test_the_first_or_last_units_of_a_named_period_are_that_period_with_its_mod() -> None:
    assert tags("Relief columns attacked throughout the first months of 1916.") == [
        ("the first months of 1916", "DATE", "1916", "START")
    ]
    assert tags("The plan was drawn up in December 1916. The first days of January were cold.")[
        1:
    ] == [("The first days of January", "DATE", "1917-01", "START")]
    # without a named period they stay a stretch of time, not a date
    assert tags("In 1918 many died before the last days of the war.")[1:] == [
        ("the last days", "DURATION", "PXD", None)
    ]


def test_the_end_of_that_season_keeps_its_article() -> None:
    text = "We joined in the spring of 1971. By the end of that summer we had lost four men."
    assert tags(text)[1:] == [("the end of that summer", "DATE", "1971-SU", "END")]


def test_a_shift_by_unsaid_units_is_a_date_known_to_the_unit() -> None:
    text = "Miltiades was wounded in 489 BC and died weeks later. Months before, he had won."
    assert tags(text)[1:] == [
        ("weeks later", "DATE", "XXXX-WXX", None),
        ("Months before", "DATE", "XXXX-XX", None),
    ]
    # counted from an event, not from the time just told
    assert [t for t, *_ in tags("In 1950 the war began. Years after the war he wrote.")] == ["1950"]


def test_the_new_year_follows_the_month_the_story_is_at() -> None:
    text = (
        "In December 1658 the besiegers were still dug in, and the siege dragged on "
        "into the new year. On 11 February they stormed the walls."
    )
    timexes = tag_timexes(text, published=dt.date(2024, 5, 10))
    assert [(t.text, t.value) for t in timexes] == [
        ("December 1658", "1658-12"),
        ("the new year", "1659"),
        ("11 February", "1659-02-11"),
    ]
    # a year alone as the story's time is followed by the next one
    assert [
        (t.text, t.value)
        for t in tag_timexes("The war began in 1914. It dragged on into the new year.")
    ] == [
        ("1914", "1914"),
        ("the new year", "1915"),
    ]
