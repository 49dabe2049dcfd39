"""Event tolls (issue #6): a running total supersedes the counts before it, both
sides' dead add up, a single victim keeps a city's toll off its killing, companions
killed with a victim count, deaths "in the unrest" belong to the protests, and the
claims behind them ("Nine people died, among them ...", "cutting down some thirty")."""

from __future__ import annotations

from event_runs import event_told_by, figure_property, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_a_toll_that_climbed_is_the_latest_total_not_a_range(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A car bomb exploded outside a police station in Quetta on Friday, killing 14 "
        "people, officials said. By Saturday the toll had climbed to 21 as several of "
        "the wounded died in hospital.",
    )
    assert toll_of(event_told_by(record, "exploded")) == (21, 21)


def test_a_number_that_had_risen_supersedes_the_first_reports(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Government troops shelled the town of Darayya on 20 May. Local activists counted "
        "52 civilians killed in the bombardment; a week later this number had risen to 70.",
    )
    assert toll_of(event_told_by(record, "shelled")) == (70, 70)


def test_a_source_disputing_the_total_after_it_still_makes_a_range(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Security forces stormed the protest camp on Monday. Doctors said 35 bodies had "
        "been recovered by Tuesday, and on Wednesday they said 25 more had been pulled from "
        "the river, bringing the toll to 60. The military council put the number of dead "
        "at 46.",
    )
    assert toll_of(event_told_by(record, "stormed")) == (46, 60)


def test_rival_sources_without_a_word_of_rising_stay_a_range(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Soldiers fired into a crowd of students outside the university on 14 October, "
        "killing at least 17. Doctors at the city hospital said the next day that 26 had died.",
    )
    assert toll_of(event_told_by(record, "fired")) == (17, 26)


def test_the_dead_of_both_sides_set_against_each_other_add_up(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "At Frankenhausen on 15 May 1525 the princes' cavalry routed the peasant army; "
        "some 6,000 peasants were killed, against only six of the princes' men.",
    )
    assert toll_of(event_told_by(record, "routed")) == (6006, 6006)


def test_a_city_wide_toll_is_not_the_toll_of_one_person_put_to_death(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "In 1258 the Mongol army sacked Baghdad after a siege of twelve days. The caliph "
        "al-Musta'sim was put to death on 20 February, and later chroniclers put the number "
        "of dead in the city at 200,000 or more.",
    )
    assert toll_of(event_told_by(record, "put to death")) == (1, 1)


def test_companions_executed_with_a_leader_are_counted(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Jose Antonio Galan was captured in October and executed in Bogota in February "
        "1782 with three companions.",
    )
    assert toll_of(event_told_by(record, "executed")) == (4, 4)


def test_a_second_act_joined_under_one_subject_keeps_its_own_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In October Prussian regiments marched into the duchy, dispersed the assembly and "
        "hanged two of its deputies in the castle moat.",
    )
    assert toll_of(event_told_by(record, "hanged")) == (2, 2)
    assert toll_of(event_told_by(record, "dispersed")) is None


def test_deaths_in_the_unrest_are_the_toll_of_the_protests(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Protests against the rise in bread prices spread to more than a dozen towns during "
        "January. Human rights monitors say at least 25 people died in the unrest.",
    )
    assert toll_of(event_told_by(record, "Protests")) == (25, 25)


def test_a_toll_with_a_part_among_them_is_a_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Militants stormed the village of Dalwa on Sunday. Nine people died, among them "
        "four members of a local vigilante group, a district official said.",
    )
    assert figure_property(record, "Nine people") == "fatalities"
    assert toll_of(event_told_by(record, "stormed")) == (9, 9)


def test_people_cut_down_were_killed_and_trees_are_not(pipeline: Pipeline) -> None:
    cut = record_of(
        pipeline,
        "Cossacks rode into the market square, cutting down some thirty people before "
        "the garrison drove them off.",
    )
    trees = record_of(pipeline, "Loggers cut down 200 trees along the river.")
    assert figure_property(cut, "some thirty people") == "fatalities"
    assert figure_property(trees, "200 trees") != "fatalities"


def test_a_crowd_at_the_funerals_is_no_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The ministry said seven people had been killed, while activists put the number "
        "of dead at 32. A week later thousands attended the funerals.",
    )
    assert figure_property(record, "thousands") != "fatalities"


def test_an_ordinal_after_a_figure_is_one_more_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen fired on a minibus near the border crossing on Tuesday, killing four "
        "passengers; a fifth died later in hospital, police said.",
    )
    assert figure_property(record, "a fifth") == "fatalities"
    assert toll_of(event_told_by(record, "fired")) == (5, 5)


def test_an_ordinal_of_a_whole_stays_a_fraction(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Four soldiers were killed on Monday. A fifth of the village fled the next day."
    )
    assert all(c.low != 1 for c in record.claims)


def test_a_killing_participle_after_an_act_is_that_acts_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Residents said federal artillery had shelled the city for two days before the "
        "troops arrived, killing at least 27 civilians.",
    )
    assert toll_of(event_told_by(record, "shelled")) == (27, 27)
