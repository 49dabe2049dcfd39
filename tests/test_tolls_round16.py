"""Event tolls and the figures they rest on (issues #5, #6): a second chronicler's figure
set off by a participle, an execution told last in a list of what befell one man, and
the dead of "the fighting and summary executions" counted for the acts named."""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of
from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_a_second_chronicler_writing_later_gives_a_second_figure_of_the_dead(
    nlp_model: Language,
) -> None:
    claims = claims_of(
        nlp_model,
        "One chronicler put the dead at thirty; another, writing a century later, spoke "
        "of nearly two hundred.",
    )
    assert claims["thirty"].property == "fatalities"
    second = claims["nearly two hundred"]
    assert second.property == "fatalities"
    assert second.source.name == "another"


def test_two_chroniclers_figures_make_the_massacres_range(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In 1215 the count's men stormed the abbey and slaughtered the monks who had "
        "sheltered the rebels. One chronicler put the dead at thirty; another, writing a "
        "century later, spoke of nearly two hundred.",
    )
    assert toll_of(event_told_by(record, "slaughtered")) == (30, 200)


def test_a_crowd_spoken_of_after_a_crowd_figure_is_a_crowd_not_a_toll(
    nlp_model: Language,
) -> None:
    claims = claims_of(
        nlp_model,
        "Police put the crowd at 5,000, while the organisers, speaking at a rally, spoke of "
        "20,000.",
    )
    assert claims["20,000"].property == "count"


def test_a_man_captured_tortured_and_beheaded_is_one_dead_of_the_beheading(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Thomas Müntzer was captured in the town, tortured and beheaded at Mühlhausen on 27 May.",
    )
    assert toll_of(event_told_by(record, "beheaded")) == (1, 1)
    assert toll_of(event_told_by(record, "tortured")) is None
    assert toll_of(event_told_by(record, "captured")) is None


def test_the_dead_of_the_fighting_and_executions_are_theirs_not_the_retaking(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Government troops retook the city in late May, and between 10,000 and 20,000 "
        "Communards were killed in the fighting and summary executions that followed.",
    )
    assert toll_of(event_told_by(record, "executions")) == (10000, 20000)
    assert toll_of(event_told_by(record, "fighting")) == (10000, 20000)
    assert toll_of(event_told_by(record, "retook")) is None


def test_officials_and_residents_figures_make_a_range(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Troops fired on a funeral procession in the northern town of Kalen on Thursday. "
        "The army said four people were killed; residents and a local rights group said at "
        "least 19 had died.",
    )
    assert toll_of(event_told_by(record, "fired")) == (4, 19)


def test_the_wounded_and_the_arrested_are_no_part_of_the_toll(pipeline: Pipeline) -> None:
    mine = record_of(
        pipeline,
        "A roadside mine tore through a bus carrying farm labourers near the village of "
        "Dara Khel on Monday, killing three and wounding 27, a provincial spokesman said.",
    )
    assert toll_of(event_told_by(mine, "killing")) == (3, 3)
    rally = record_of(
        pipeline,
        "Riot police broke up a rally of striking dock workers in the port city on "
        "Saturday. Two workers were shot dead and more than 200 were arrested, union "
        "leaders said.",
    )
    assert toll_of(event_told_by(rally, "broke up")) == (2, 2)


def test_children_among_the_dead_do_not_add_to_them(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "An air strike hit a crowded market in the town of Haydan on Wednesday, killing 38 "
        "people, including 11 children, the local health office said.",
    )
    assert toll_of(event_told_by(record, "air strike")) == (38, 38)


def test_people_shot_dead_during_protests_are_the_shootings_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "At least twelve people were shot dead by soldiers during protests against fuel "
        "price rises in Harare this week, a doctors' association said.",
    )
    assert toll_of(event_told_by(record, "shot dead")) == (12, 12)
    assert toll_of(event_told_by(record, "protests")) is None


def test_captives_later_found_dead_are_the_disappearances_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Human rights monitors documented the disappearance of 14 young men from the "
        "Bajaur district between January and March 2024. Two of the men were later found "
        "dead near the Afghan border.",
    )
    assert toll_of(event_told_by(record, "disappearance")) == (2, 2)
