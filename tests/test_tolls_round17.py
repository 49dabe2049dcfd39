"""Event tolls and the figures they rest on (issues #5, #6), round 17: the dead of a
where-clause counted for the act whose place it names, killing verbs in their -ing
forms, people shot by firing squads in vague numbers, and deaths in a crowd's crush
counted for the crowd's act."""

from __future__ import annotations

import pytest
from spacy.language import Language

from claim_phrases import claims_of
from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_the_dead_of_a_where_clause_are_the_toll_of_the_act_whose_place_it_names(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "In 1851 the governor's troops routed the hill tribes at Dunmore Pass in April and "
        "deported their families to the northern steppe, where some 4,000 died of hunger.",
    )
    assert toll_of(event_told_by(record, "deported")) == (4000, 4000)
    assert toll_of(event_told_by(record, "routed")) is None


def test_the_dead_of_a_place_no_event_names_are_not_the_battles_before_it(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "In 1851 the governor's troops routed the hill tribes at Dunmore Pass in April and "
        "marched the prisoners to the coast, where 600 died of fever.",
    )
    assert toll_of(event_told_by(record, "routed")) is None


def test_a_battles_own_dead_stay_its_own_beside_a_where_clause(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In 1887 a colonial column routed the herders at Gobas Spring in March, killing some "
        "300 of their fighters, and deported the remaining families to the salt pans, where "
        "about 2,000 more perished of thirst.",
    )
    assert toll_of(event_told_by(record, "killing")) == (300, 300)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Raiders crossed the frontier, murdering nine farmers and stealing their cattle.",
            "nine farmers",
        ),
        ("The war band swept down the valley, slaughtering forty herdsmen.", "forty herdsmen"),
        ("The battalion burned the village, massacring 52 of its men.", "52 of its men"),
        ("The pirates took the ship, beheading four of her officers.", "four of her officers"),
        ("The garrison held out for a week, executing twelve deserters.", "twelve deserters"),
        ("The outlaws rode through the county, slaying eleven settlers.", "eleven settlers"),
        ("A war party crossed the river, butchering six colonists.", "six colonists"),
    ],
)
def test_people_a_killing_verb_in_its_ing_form_befalls_are_dead(
    nlp_model: Language, text: str, figure: str
) -> None:
    assert claims_of(nlp_model, text)[figure].property == "fatalities"


def test_people_punished_are_a_count_not_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "The captain punished seven of the sentries for the escape.")
    assert claims["seven of the sentries"].property == "count"


def test_townspeople_shot_by_firing_squads_in_a_vague_number_are_dead(
    nlp_model: Language,
) -> None:
    claims = claims_of(
        nlp_model,
        "In 1809 the occupying army's firing squads shot dozens of townspeople behind the "
        "cathedral.",
    )
    dead = claims["dozens of townspeople"]
    assert dead.property == "fatalities"
    assert (dead.low, dead.high, dead.qualifier) == (24, None, "at_least")


def test_a_vague_figure_shot_with_no_noun_counts_the_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Troops opened fire on the strikers and shot dozens.")
    assert claims["dozens"].property == "fatalities"


def test_rounds_fired_in_a_vague_number_are_things_not_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "The gunners fired dozens of rounds at the fort.")
    assert claims["dozens of rounds"].property == "count"


def test_firing_squads_toll_is_the_townspeople_they_shot(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In 1809 the occupying army's firing squads shot 23 townspeople behind the cathedral.",
    )
    assert toll_of(event_told_by(record, "firing squads")) == (23, 23)


def test_a_vague_toll_is_the_least_it_means_as_the_claim_reads_it(pipeline: Pipeline) -> None:
    """UCDP's low estimate: "hundreds" is at least 200, a lone open figure (as "at least
    200" gives [200, 200]); the claim keeps its high open."""
    record = record_of(
        pipeline, "Soldiers massacred hundreds of villagers in the hills above Dura in 1952."
    )
    assert toll_of(event_told_by(record, "massacred")) == (200, 200)


def test_deaths_in_a_crowds_crush_are_the_toll_of_the_crowds_flight(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Crowds fleeing the burning city jammed the only bridge over the river, and at "
        "least 23 people died in the panic.",
    )
    assert toll_of(event_told_by(record, "fleeing")) == (23, 23)


def test_deaths_in_a_crush_are_the_crowds_not_the_shellings_told_beside_it(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "As shelling neared the port, thousands of residents desperate to leave packed the "
        "quay; at least eleven people died in the crush.",
    )
    assert toll_of(event_told_by(record, "shelling")) is None
    assert toll_of(event_told_by(record, "desperate")) == (11, 11)


def test_deaths_in_the_chaos_at_a_pier_are_the_toll_of_the_crowd_there(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "At the ferry terminal, thousands of islanders desperate to leave crowded the pier; "
        "at least six people died in the chaos, coastguard officials said on Tuesday.",
    )
    assert toll_of(event_told_by(record, "desperate")) == (6, 6)


def test_a_bare_death_with_no_violent_act_near_it_is_the_crowds_toll(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Thousands of islanders desperate to leave crowded the pier on Monday; at least six "
        "people died, officials said.",
    )
    assert toll_of(event_told_by(record, "desperate")) == (6, 6)


def test_both_men_killed_after_a_strike_on_their_car_are_its_two_dead(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "A drone struck a pickup truck carrying two militia commanders near Marib on 3 May "
        "2019. Both men were killed.",
    )
    assert toll_of(event_told_by(record, "struck")) == (2, 2)


def test_both_victims_of_an_ambush_are_its_two_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen ambushed the magistrate and his clerk outside the courthouse on Friday, "
        "killing both.",
    )
    assert toll_of(event_told_by(record, "ambushed")) == (2, 2)


def test_both_who_survived_are_no_toll(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Rebels attacked the convoy on Monday. Both drivers survived.")
    assert toll_of(event_told_by(record, "attacked")) is None


def test_the_dead_of_a_where_clause_in_a_sentence_of_no_violent_act_are_the_earlier_acts(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Militias attacked the village of Dura on Monday. On Tuesday reporters reached Dura, "
        "where at least 40 people had lost their lives.",
    )
    assert toll_of(event_told_by(record, "attacked")) == (40, 40)
