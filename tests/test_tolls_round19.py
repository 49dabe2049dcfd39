"""Event tolls and ACLED's coding of them (issues #5, #6), round 19: dead told without a
count carry the vague-toll mark (ACLED codes them 10), "nobody was killed" is a toll of
zero, an act that is the killing verb's subject keeps its toll over a framing "in"
phrase, and ACLED's "City - Quarter" locations are the quarter and the city. The fresh
gold is ``tests/gold/tolls18-events.jsonl`` and ``tests/gold/coded13-acled.csv``."""

from __future__ import annotations

from pathlib import Path

import pytest

from event_runs import event_told_by, record_of, toll_of
from historiograph.evaluate.coded import coded_rows
from historiograph.evaluate.event_gold import load_gold
from historiograph.export import acled
from historiograph.pipeline import Pipeline
from historiograph.record import Claim, Fatalities

GOLD = Path(__file__).parent / "gold"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen opened fire on the crowded ferry, killing many passengers.", "opened fire"),
        ("Jets bombed the rebel camp at noon, killing an unknown number of fighters.", "bombed"),
    ],
)
def test_dead_told_without_a_count_carry_the_vague_toll_mark(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    """Dead, but no figure: a toll with no low, best or high, which ACLED codes 10."""
    event = event_told_by(record_of(pipeline, text), trigger)
    assert event.fatalities is not None
    assert toll_of(event) == (None, None)
    assert acled.coded_fatalities(event.fatalities, []) == 10


def test_several_dead_are_at_least_three(pipeline: Pipeline) -> None:
    """ "Several" has a least number (the claims' convention), so it makes a toll."""
    text = "Bandits raided the hamlet before dawn and killed several herders."
    event = event_told_by(record_of(pipeline, text), "raided")
    assert event.fatalities is not None
    assert event.fatalities.low == 3


def test_an_unknown_number_of_victims_is_not_one_person_killed(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Troops shelled the ridge overnight, killing a number of militiamen."
    )
    assert toll_of(event_told_by(record, "shelled")) != (1, 1)


def test_a_figure_told_later_wins_over_the_vague_mark(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Bandits raided the hamlet before dawn, killing several herders; the toll later "
        "rose to 14.",
    )
    assert toll_of(event_told_by(record, "raided")) == (14, 14)


@pytest.mark.parametrize(
    "text",
    [
        "A homemade bomb went off outside the tax office in Quetzaltenango on Monday. "
        "Nobody was killed.",
        "A homemade bomb went off outside the tax office in Quetzaltenango on Monday; "
        "no one was killed.",
    ],
)
def test_nobody_killed_is_a_toll_of_zero(pipeline: Pipeline, text: str) -> None:
    assert toll_of(event_told_by(record_of(pipeline, text), "went off")) == (0, 0)


def test_none_of_some_people_killed_says_nothing_of_the_others(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Pirates fired on the trawler off Mombasa. None of the crew was killed."
    )
    assert toll_of(event_told_by(record, "fired")) is None


def test_an_act_that_is_the_killings_subject_keeps_its_toll_over_an_in_phrase(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "In a second attack that evening, a truck bomb at the gate of the barracks in "
        "Kirkuk killed nine soldiers.",
    )
    assert toll_of(event_told_by(record, "truck bomb")) == (9, 9)


def _claim(value: float | str, low: float) -> Claim:
    return Claim(id=f"c{value}", span=(0, 1), property="fatalities", value=value, low=low)


def test_acled_codes_a_word_of_magnitude_by_its_codebook_number() -> None:
    dozens = _claim("dozens", 24)
    toll = Fatalities(low=24, best=24, high=24, claims=[dozens.id])
    assert acled.coded_fatalities(toll, [dozens]) == 12


def test_acled_codes_the_lowest_figure_where_one_is_told() -> None:
    dozens, eighteen = _claim("dozens", 24), _claim(18, 18)
    toll = Fatalities(low=18, best=21, high=24, claims=[dozens.id, eighteen.id])
    assert acled.coded_fatalities(toll, [dozens, eighteen]) == 18
    assert acled.coded_fatalities(None, []) == 0


def test_an_acled_quarter_is_the_quarter_and_the_city() -> None:
    assert acled.location_names("Kabul - Dasht-e-Barchi") == (
        "Kabul - Dasht-e-Barchi",
        "Dasht-e-Barchi",
        "Kabul",
    )
    assert acled.location_names("Beni") == ("Beni",)


def test_the_fresh_gold_is_read_whole() -> None:
    rows = list(coded_rows(GOLD / "coded13-acled.csv", "acled", limit=None))
    assert len(rows) == 21
    assert sum(" - " in (r.place or "") for r in rows) >= 6  # quarters of cities
    hodan = next(r for r in rows if r.place == "Mogadishu - Hodan")
    assert set(hodan.place_names) >= {"Hodan", "Mogadishu"}
    assert {r.fatalities for r in rows} >= {10.0, 12.0}  # ACLED's numbers for vague tolls
    documents = list(load_gold(GOLD / "tolls18-events.jsonl"))
    assert len(documents) == 15
    assert sum(e.fatalities is not None for d in documents for e in d.events) == 24


def test_a_death_opening_the_next_sentence_is_the_toll_of_the_act_before(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Gunmen attacked the cattle market in Gao on Friday. Eleven people died in the "
        "shooting, a hospital source said.",
    )
    assert toll_of(event_told_by(record, "attacked")) == (11, 11)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A coast guard officer fatally shot a fisherman off Lampedusa on Sunday.", "shot"),
        ("A judge jailed a former prison guard for fatally beating an inmate.", "beating"),
    ],
)
def test_a_victim_fatally_shot_or_beaten_is_one_dead(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    assert toll_of(event_told_by(record_of(pipeline, text), trigger)) == (1, 1)


def test_a_hedged_killing_of_one_person_is_still_one_dead(pipeline: Pipeline) -> None:
    """A headline's hedge on who did it ("suspected") leaves the killing a killing."""
    record = record_of(pipeline, "Suspected cattle rustlers kill herder in Marsabit.")
    assert toll_of(event_told_by(record, "kill")) == (1, 1)


def test_killing_one_is_one_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Soldiers killed one and captured four in a firefight with smugglers near Agadez."
    )
    assert toll_of(event_told_by(record, "firefight")) == (1, 1)
