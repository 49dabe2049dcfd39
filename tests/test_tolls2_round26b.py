"""Counting the dead (round 26b): a pair of the victim's own people killed with him, a
definite counted group shot, a single victim the tagger takes for an adjective, lists of
victims the parser breaks, a round word no count reaches (the high of a disputed toll),
and wars counted in a life."""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of
from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_both_of_the_victims_own_people_killed_with_him_count_two_more(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Insurgents shot dead the district officer at Kalimpong in March 1947, together "
        "with both of his bodyguards.",
    )
    assert toll_of(event_told_by(record, "shot")) == (3, 3)


def test_a_definite_counted_group_shot_was_killed(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The sentries shot the three deserters at dawn outside Arras.")
    assert toll_of(event_told_by(record, "shot")) == (3, 3)


def test_a_definite_counted_group_shot_in_the_legs_was_not_killed(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The sentries shot the three deserters in the legs at dawn.")
    assert toll_of(event_told_by(record, "shot")) is None


def test_a_definite_group_shot_and_wounded_was_not_killed(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The two guards were shot and wounded outside the bank in Lagos.")
    assert toll_of(event_told_by(record, "shot")) is None


def test_one_person_shot_is_no_toll(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Police shot the mayor outside the town hall in Lagos in 1999.")
    assert toll_of(event_told_by(record, "shot")) is None


def test_a_victim_tagged_as_an_adjective_under_an_article_is_one_dead(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "A bomb exploded under the car of the British resident in Kabul in 1929; it killed "
        "his driver and an orderly, but he escaped unhurt.",
    )
    assert toll_of(event_told_by(record, "exploded")) == (2, 2)


def test_a_list_of_victims_the_parser_took_for_an_apposition_counts_each(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Troops killed the rebel commander, his deputy and four fighters near Gulu, the army said.",
    )
    assert toll_of(event_told_by(record, "killed")) == (6, 6)


def test_an_apposition_of_a_counted_group_names_the_same_people(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Gunmen killed the two men, a father and his son, in Cali.")
    assert toll_of(event_told_by(record, "killed")) == (2, 2)


def test_a_list_of_victims_the_parser_hung_on_the_saying_verb_counts_each(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Bandits ambushed the judge's car near Tumaco on Friday, killing him, his clerk and "
        "two police escorts, the prosecutor's office said.",
    )
    assert toll_of(event_told_by(record, "ambushed")) == (4, 4)


def test_a_round_word_no_count_reaches_is_the_high_of_the_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Troops fired on the market crowd in Dera in 1992. The army put the toll at 62; "
        "villagers said several hundred people had been killed.",
    )
    assert toll_of(event_told_by(record, "fired")) == (62, 300)


def test_wars_counted_in_a_victims_life_are_no_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "A sniper killed the colonel, a veteran of two wars.")
    assert claims["two wars"].property == "count"
