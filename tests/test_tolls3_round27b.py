"""Tolls and their claims, round 27b: two groups of dead that one participle kills, a
person singled out who dies in the sentence after the act, "not fewer than", the dead a
source puts at a range, a group shot after it was led away, trades counted as people
when shot, and a split hyphenated noun of one victim ("a passer-by")."""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of
from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_two_groups_killed_by_one_participle_are_added(pipeline: Pipeline) -> None:
    """The parse makes each group an object of "killing" of its own, "and" hung elsewhere."""
    record = record_of(
        pipeline,
        "The airliner exploded over the town, killing all 170 people aboard and at least "
        "9 residents on the ground.",
    )
    assert toll_of(event_told_by(record, "exploded")) == (179, 179)


def test_a_second_group_the_parse_joins_to_the_verb_is_added(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The bomb killed 12 soldiers in the barracks and 4 civilians nearby."
    )
    assert toll_of(event_told_by(record, "bomb")) == (16, 16)


def test_a_cook_who_drowned_after_the_blasts_is_one_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Two explosions sank the trawler at its berth. The cook, Ramón Díaz, drowned in his cabin.",
    )
    assert toll_of(event_told_by(record, "explosions")) == (1, 1)


def test_a_sergeant_named_after_his_rank_who_died_is_one_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "A bomb destroyed the police post. Ali Khan, a sergeant, died of his wounds."
    )
    assert toll_of(event_told_by(record, "bomb")) == (1, 1)


def test_a_bare_name_that_died_is_no_toll(pipeline: Pipeline) -> None:
    """A name alone may have died of anything."""
    record = record_of(pipeline, "A bomb destroyed the police post. Napoleon died.")
    assert toll_of(event_told_by(record, "bomb")) is None


def test_a_death_dated_years_later_is_no_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Troops shelled the town in 1943. The priest, Father Anton, died in 1961 in Vienna.",
    )
    assert toll_of(event_told_by(record, "shelled")) is None


def test_not_fewer_than_is_at_least(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "Rebels attacked the village on Monday, and not fewer than thirty persons were killed.",
    )
    claim = claims["not fewer than thirty persons"]
    assert (claim.property, claim.qualifier, claim.low, claim.high) == (
        "fatalities",
        "at_least",
        30,
        None,
    )


def test_the_dead_put_at_a_range(nlp_model: Language) -> None:
    """The recogniser takes "between 26 and 40" for a date."""
    claims = claims_of(
        nlp_model,
        "Troops opened fire on the marchers. Embassy sources put the dead at between 26 and 40.",
    )
    claim = claims["between 26 and 40"]
    assert (claim.property, claim.low, claim.high) == ("fatalities", 26, 40)


def test_men_rounded_up_and_shot_are_dead(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "Soldiers rounded up nine young men in the village, marched them to the river and "
        "shot them.",
    )
    assert claims["nine young men"].property == "fatalities"


def test_men_arrested_and_shot_in_the_legs_stay_arrested(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Police arrested twelve men and shot them in the legs.")
    assert claims["twelve men"].property == "arrested"


def test_cane_cutters_shot_are_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "The overseers shot some twenty cane cutters.")
    assert claims["some twenty cane cutters"].property == "fatalities"


def test_a_passer_by_hit_by_a_bullet_who_died_is_one_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Police fired on the crowd. A passer-by, Shazia Bibi, was hit by a stray bullet and died.",
    )
    assert toll_of(event_told_by(record, "fired")) == (1, 1)


def test_a_passer_by_adds_to_the_people_named_shot_dead(pipeline: Pipeline) -> None:
    """The article brings in someone besides the two named."""
    record = record_of(
        pipeline,
        "Gunmen shot dead the lawyer Asif Raza and his brother Kamran in Quetta on Monday. "
        "A passer-by, Bilal Ahmed, was hit by a stray bullet and died in hospital.",
    )
    assert toll_of(event_told_by(record, "shot dead")) == (3, 3)
