"""Tolls and their claims, round 27: a person named beside a group counted in words, the
wounded who die later, the missing presumed dead, both sides' dead set against each other
by "while", a later "civilian toll" for the act that killed civilians, and claims whose
outcome, source or stance a misparse or a later sentence used to hide. The fresh gold is
``tests/gold/tolls23-events.jsonl`` and ``tests/gold/claims15-claims.jsonl``."""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of
from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_a_person_and_a_group_counted_in_words_are_added(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "German mortars shelled the dressing station at Cassino in 1944, killing a surgeon "
        "and fourteen of the wounded.",
    )
    assert toll_of(event_told_by(record, "shelled")) == (15, 15)


def test_a_count_the_parser_joined_to_the_verb_adds_to_the_person_named(
    pipeline: Pipeline,
) -> None:
    """ "killing the bailiff and six of his men-at-arms": "six" parsed as a second verb."""
    record = record_of(
        pipeline,
        "In 1525 peasants stormed the castle at Küssaberg, killing the bailiff and six of his "
        "men-at-arms.",
    )
    assert toll_of(event_told_by(record, "stormed")) == (7, 7)


def test_a_dozen_beside_a_person_is_twelve_not_one(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Gunmen killed a village chief and a dozen of his guards near Gao in 2019."
    )
    assert toll_of(event_told_by(record, "killed")) == (13, 13)


def test_wounded_who_die_later_add_to_the_dead_counted_before(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Soldiers fought the insurgents near Mocimboa for several hours in 2021 and killed 23 "
        "of them, according to the army. Two soldiers later died of their wounds in hospital.",
    )
    assert toll_of(event_told_by(record, "fought")) == (25, 25)


def test_the_missing_presumed_dead_raise_only_the_high(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Armed youths opened fire on a river barge near Shambe in 2023. Eight bodies were "
        "pulled from the river, and fifteen passengers are still missing and presumed dead.",
    )
    assert toll_of(event_told_by(record, "opened fire")) == (8, 23)


def test_the_other_sides_dead_in_a_while_clause_add(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In the fighting for Monte Cavallo in May 1944 the brigade lost 310 men killed, while "
        "the defenders left about 400 dead on the slopes.",
    )
    assert toll_of(event_told_by(record, "fighting")) == (710, 710)


def test_another_sources_figure_in_a_while_clause_stays_apart(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Police fired on the crowd in Kisumu in 2017, killing 12, while hospital staff said "
        "30 had died.",
    )
    assert toll_of(event_told_by(record, "fired")) == (12, 30)


def test_a_later_civilian_toll_belongs_to_the_act_that_killed_civilians(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Soldiers killed at least 30 civilians during a raid on Diafarabé on 11 March 2025, "
        "witnesses said.\n\nOn the way back to base, one of their trucks struck a roadside "
        "bomb, killing two soldiers.\n\nA week later a rights group put the civilian toll "
        "at 47.",
    )
    assert toll_of(event_told_by(record, "raid")) == (30, 47)
    assert toll_of(event_told_by(record, "bomb")) == (2, 2)


def test_some_of_the_wounded_who_died_are_dead(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model, "Medics raised the toll to 13, saying four of the wounded had died overnight."
    )
    assert claims["four of the wounded"].property == "fatalities"


def test_the_doers_of_a_killing_are_no_dead(nlp_model: Language) -> None:
    """The parser hangs "shot" on "gunmen" here ("a motorcycle shot")."""
    claims = claims_of(
        nlp_model,
        "Two gunmen on a motorcycle shot dead the journalist Nadeem Qureshi outside a tea "
        "stall in Lyari.",
    )
    assert claims["Two gunmen"].property == "count"


def test_one_victim_counted_with_one_is_a_claim(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model, "A grenade thrown into a police post killed one constable and wounded five."
    )
    claim = claims["one constable"]
    assert (claim.property, claim.low, claim.high) == ("fatalities", 1, 1)


def test_a_second_count_of_the_dead_with_its_noun_left_out(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "The prefect's report admitted 26 dead. Socialist newspapers in Milan counted more "
        "than 200.",
    )
    assert claims["more than 200"].property == "fatalities"


def test_a_crowd_counted_after_arrests_is_no_second_count_of_them(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model, "Police arrested 40 people on Monday. Observers counted 3,000 at the rally."
    )
    assert claims["3,000"].property != "arrested"


def test_a_corrected_figure_counts_what_the_figure_before_it_did(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "Officials said 12 people had died when rioters set a police truck alight. The "
        "governor later corrected the figure to seven, saying some of the injured had been "
        "counted among the dead.",
    )
    assert claims["seven"].property == "fatalities"


def test_a_toll_put_at_a_figure_is_a_toll_whatever_came_before(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "The group said 37 people had been detained. The newspaper put the toll at three.",
    )
    assert claims["three"].property == "fatalities"


def test_the_loss_of_men_is_deaths_and_the_loss_of_jobs_a_count(nlp_model: Language) -> None:
    men = claims_of(nlp_model, "The defence ministry acknowledged the loss of 14 men.")
    jobs = claims_of(nlp_model, "The closure means the loss of 1,100 jobs.")
    assert men["14 men"].property == "fatalities"
    assert (jobs["1,100 jobs"].property, jobs["1,100 jobs"].unit) == ("count", "jobs")


def test_a_report_the_army_denies_is_its_authors_claim_denied(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "The army denied a report by the Irrawaddy news site that 40 civilians had died in "
        "the air strike.",
    )
    claim = claims["40 civilians"]
    assert (claim.source.name, claim.stance) == ("the Irrawaddy news site", "denied")


def test_the_number_of_detainees_is_arrests(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Lawyers say the true number of detainees is closer to 400.")
    claim = claims["closer to 400"]
    assert (claim.property, claim.qualifier) == ("arrested", "about")


def test_the_missing_presumed_dead_are_counted_as_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Fifteen passengers are still missing and presumed dead.")
    assert claims["Fifteen passengers"].property == "fatalities"


def test_the_missing_alone_are_no_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Fifteen passengers are still missing.")
    assert claims["Fifteen passengers"].property == "count"


def test_a_group_set_off_after_people_taken_away_were_taken(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "She kept the names of the neighbours who were taken away, twenty-three of them.",
    )
    assert claims["twenty-three of them"].property == "arrested"


def test_of_us_is_the_writers_group_not_a_part_of_the_figure_before(
    nlp_model: Language,
) -> None:
    claims = claims_of(
        nlp_model,
        "The soldiers took away thirty men. When school opened again there were eight of us.",
    )
    assert claims["eight of us"].property == "count"


def test_companions_the_parser_hung_on_a_time_are_killed_with_the_victim(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Their leader, Hans Rebmann, was beheaded at Tiengen the following spring with two of "
        "his captains.",
    )
    assert toll_of(event_told_by(record, "beheaded")) == (3, 3)


def test_an_apposition_after_a_named_victim_adds_the_others_it_lists(
    pipeline: Pipeline,
) -> None:
    """ "the journalist X and his cousin Y": the parser joins the cousin to the name."""
    record = record_of(
        pipeline,
        "Gunmen shot dead the journalist Nadeem Qureshi and his cousin Imran in Lyari in 2024.",
    )
    assert toll_of(event_told_by(record, "shot")) == (2, 2)
