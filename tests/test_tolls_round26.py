"""Tolls and their claims, round 26: a shot in a limb wounds (a counted group "shot" with no
such place was killed, as the gold reads it), the attackers' own dead add to their victims',
and a person singled out whom a claim already counts is not added twice. The fresh gold is
``tests/gold/tolls22-events.jsonl`` and ``tests/gold/claims14-claims.jsonl``."""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of
from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_a_group_shot_in_the_legs_is_wounded(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Three protesters were shot in the legs outside the court.")
    assert claims["Three protesters"].property == "injured"


def test_a_counted_group_shot_with_no_wound_told_was_killed(nlp_model: Language) -> None:
    """ "shot six prisoners in the square" is an execution in the gold's reading."""
    claims = claims_of(nlp_model, "At dawn the militiamen shot 14 prisoners in the square.")
    assert claims["14 prisoners"].property == "fatalities"


def test_one_person_shot_in_the_arm_is_one_injured(nlp_model: Language) -> None:
    """ "a man was shot" says nothing of his fate; the arm says he was wounded."""
    claims = claims_of(nlp_model, "A police officer was shot in the arm during the raid.")
    claim = claims["A police officer"]
    assert (claim.property, claim.low, claim.high) == ("injured", 1, 1)


def test_one_person_shot_with_no_wound_told_is_no_claim(nlp_model: Language) -> None:
    assert claims_of(nlp_model, "A police officer was shot during the raid.") == {}


def test_dying_in_someones_arms_is_still_a_death(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Two children died in the arms of their mothers.")
    assert claims["Two children"].property == "fatalities"


def test_the_attackers_own_dead_add_to_their_victims(pipeline: Pipeline) -> None:
    """UCDP counts both sides: 17 soldiers and 31 attackers are 48 dead, not a range."""
    record = record_of(
        pipeline,
        "Militants stormed an army camp in Uri on Sunday, killing 17 soldiers, the army said. "
        "The army said 31 of the attackers had also been killed.",
    )
    assert toll_of(event_told_by(record, "stormed")) == (48, 48)


def test_attackers_told_among_the_dead_are_already_counted(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen stormed a hotel on Friday, killing 25 people. Five of the attackers were "
        "among the dead.",
    )
    assert toll_of(event_told_by(record, "stormed")) == (25, 25)


def test_a_victim_counted_by_a_claim_of_her_own_is_not_added_again(
    pipeline: Pipeline,
) -> None:
    """ "a teacher" is a claim of one already: the list is 1 + 2 + 9 dead."""
    record = record_of(
        pipeline,
        "A military jet bombed a monastery school in Sagaing region on Friday morning, "
        "killing a teacher, her two daughters and at least nine pupils, according to the "
        "school's abbot.",
    )
    assert toll_of(event_told_by(record, "bombed")) == (12, 12)


def test_a_toll_foretold_is_hedged(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "Union leaders warned that the toll could rise above 100 because many workers were "
        "still unaccounted for.",
    )
    assert claims["above 100"].stance == "hedged"


def test_people_shot_at_were_fired_on_not_killed(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model, "Border guards shot at 30 migrants crossing the river, wounding four."
    )
    assert (claims["30 migrants"].property, claims["four"].property) == ("count", "injured")


def test_a_group_shot_at_close_range_was_killed(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Three men were shot at close range outside the mosque.")
    assert claims["Three men"].property == "fatalities"


def test_dead_left_by_a_clash_are_not_the_enemy_clashed_with(nlp_model: Language) -> None:
    """ "dead" tells of the marines the clash left, not of the gunmen."""
    claims = claims_of(
        nlp_model,
        "Marines clashed with about 30 gunmen in the hills on Sunday, leaving two marines "
        "dead, the army said.",
    )
    assert (claims["about 30 gunmen"].property, claims["two marines"].property) == (
        "count",
        "fatalities",
    )


def test_a_lone_one_shot_dead_is_one_death(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model, "Two farmers were shot and wounded and one was shot dead, the ombudsman said."
    )
    assert (claims["one"].property, claims["one"].low) == ("fatalities", 1)


def test_a_lone_one_shot_is_no_figure(nlp_model: Language) -> None:
    assert claims_of(nlp_model, "One was shot outside the bank.") == {}


def test_one_person_named_twice_died_once(pipeline: Pipeline) -> None:
    """ "the journalist Javier Valdez" and "Valdez" share a name: one dead, not two."""
    record = record_of(
        pipeline,
        "Gunmen shot dead the journalist Javier Valdez near the office of his weekly on Monday "
        "afternoon, colleagues said. On Tuesday hundreds of reporters marched in Mexico City "
        "to protest the killing of Valdez.",
    )
    assert toll_of(event_told_by(record, "shot dead")) == (1, 1)


def test_a_definite_group_with_its_own_number_counts_its_dead(pipeline: Pipeline) -> None:
    """ "the three conspirators" are counted by the number they carry, where no figure
    before them counts them."""
    record = record_of(
        pipeline, "Prison guards hanged the three conspirators in the courtyard at dawn."
    )
    assert toll_of(event_told_by(record, "hanged")) == (3, 3)


def test_hostages_a_chronology_says_they_shoot_are_dead(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "June 1943. In reprisal the occupation authorities burn the village and shoot 63 hostages.",
    )
    assert claims["63 hostages"].property == "fatalities"


def test_prisoners_described_as_detained_whom_jailers_executed_are_dead(
    nlp_model: Language,
) -> None:
    """ "detained" describes the organisers; "executed" says what befell them."""
    claims = claims_of(
        nlp_model, "Jailers executed two detained union organisers the following week."
    )
    assert [c.property for c in claims.values()] == ["fatalities"]


def test_the_doers_own_loss_adds_to_their_victims(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "On 12 August 1841 a column under General Volkov stormed the aul of Khunzakh-Tala "
        "and put between 600 and 700 of its defenders to the sword. The column itself lost "
        "94 men.",
    )
    assert toll_of(event_told_by(record, "stormed")) == (694, 794)


def test_a_loss_another_source_tells_disputes_the_figure(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Troops stormed the rebel camp, killing 80 rebels, the army said. The rebels said "
        "they lost only 12 of their own.",
    )
    assert toll_of(event_told_by(record, "stormed")) == (12, 80)
