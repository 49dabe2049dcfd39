"""Round 26 of the temporal tagger: hours of letters, diaries and court records ("eleven
o'clock at night", "six in the morning"), a letter's own future ("hope to be in Vienna by
the end of May"), a content clause that does not date the year before it ("wrote in early
1824 that the army would need six months"), "yesterday evening" typed as a time, "that
night" after a coarser time, and the sentence lookup that no longer grows with the text
(kinds from the round-26 gold, new wording)."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes
from historiograph.extract.time.grammar import _sentence_around
from historiograph.record import Timex


def _timex(text: str, words: str, published: dt.date | None = None) -> Timex:
    return next(t for t in tag_timexes(text, published=published) if t.text == words)


def test_an_hour_in_words_with_o_clock_and_night_is_a_time_after_noon() -> None:
    text = "On 3 May 1791 the watchman heard a shot about ten o'clock at night."
    timex = _timex(text, "about ten o'clock at night")
    assert (timex.type, timex.value, timex.mod) == ("TIME", "1791-05-03T22:00", "APPROX")


def test_an_hour_in_words_before_in_the_morning_is_dated_by_the_diary_entry() -> None:
    text = "4 August. The regiment marched out of Namur at five in the morning."
    assert _timex(text, "five in the morning", dt.date(1815, 9, 1)).value == "1815-08-04T05:00"


def test_a_number_word_without_o_clock_or_a_part_of_the_day_is_no_hour() -> None:
    found = [t.text for t in tag_timexes("Seven of the prisoners escaped over the wall.")]
    assert found == []


def test_a_letter_looks_ahead_to_the_coming_month_after_a_holiday() -> None:
    text = (
        "Riga, 2nd November 1912.\nDear Anna,\nThe ice will close the harbour before "
        "Christmas. I expect to be home by the end of April."
    )
    assert _timex(text, "the end of April").value == "1913-04"


def test_a_content_clause_after_the_year_leaves_the_story_in_that_year() -> None:
    text = (
        "The governor wrote to the king from Quito in early 1765 that the garrison would "
        "need new muskets. In August the riots began, and on 22 May the viceroy gave way."
    )
    assert _timex(text, "August").value == "1765-08"


def test_yesterday_with_a_part_of_the_day_is_a_time_as_a_weekday_with_one_is() -> None:
    text = "Yesterday evening the council voted to close the bridge."
    timex = _timex(text, "Yesterday evening", dt.date(2023, 3, 8))
    assert (timex.type, timex.value) == ("TIME", "2023-03-07TEV")


def test_that_night_points_back_to_the_last_day_named_after_a_coarser_time() -> None:
    text = (
        "The dam broke on 9 October 1963 and the valley flooded. Ten years later the "
        "village was rebuilt, but no one who lived there forgot that night."
    )
    assert _timex(text, "that night").value == "1963-10-09TNI"


def test_the_sentence_around_an_expression_is_found_after_many_sentences() -> None:
    text = "Profit rose in the first half. " * 2000 + "Sales fell in the second half."
    start = text.index("second half")
    assert _sentence_around(text, start, start + 11) == "Sales fell in the second half."


def test_a_dated_dateline_makes_a_report_of_its_own_time_despite_older_years() -> None:
    text = (
        "GENEVA, June 3 - Negotiators met on Monday for a fourth round of talks. The "
        "conflict began in 2014, a ceasefire was signed in 2015 and broke down in 2022. "
        "In March the two sides exchanged prisoners."
    )
    assert _timex(text, "March", dt.date(2024, 6, 3)).value == "2024-03"


def test_a_day_with_last_after_it_is_the_latest_such_day_before_the_record() -> None:
    text = (
        "Middlesex Sessions, 12 March 1802. Ann Cole was charged with taking, on the "
        "20th of December last, two pewter pots."
    )
    assert _timex(text, "the 20th of December last").value == "1801-12-20"


def test_a_day_with_next_after_it_is_the_first_such_day_to_come() -> None:
    text = "I write in haste: the ship sails on the 2nd of February next."
    assert _timex(text, "the 2nd of February next", dt.date(1840, 11, 5)).value == "1841-02-02"


def test_one_day_after_a_modal_verb_is_a_time_to_come_not_a_length() -> None:
    text = "The exiles believed they would one day return to Smyrna."
    timex = _timex(text, "one day", dt.date(1925, 1, 1))
    assert (timex.type, timex.value) == ("DATE", "FUTURE_REF")
    assert _timex("The strike lasted one day.", "one day").value == "P1D"
