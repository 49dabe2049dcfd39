"""Claims and tolls that a twenty-second round's fresh gold (tests/gold/claims12-claims.jsonl,
tests/gold/tolls20-events.jsonl) found hard: a suicide attacker counted "besides himself", a
list of names read as a count of things, a denial that anyone died (zero beside another
source's figure), a figure set off after "more," that retells the one before, a reporting
verb the parse hung on its subject as a modifier, a clause the parse hung before a source's
name, and a group "of" a place read as a named source.

The sentences are new, so that the rules are tested and not the gold texts.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of
from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_a_suicide_attacker_counted_besides_the_figure_is_one_more_dead(
    pipeline: Pipeline,
) -> None:
    text = (
        "A suicide bomber blew herself up at a bus station in Maiduguri on Monday, "
        "killing seven passengers besides herself."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "blew")) == (8, 8)


def test_a_figure_including_the_attacker_is_not_raised(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber blew himself up at a checkpoint near Baqubah on Monday, "
        "killing seven people, including himself."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "blew")) == (7, 7)


def test_names_listed_after_a_toll_count_the_same_dead(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "Villagers said forty men were shot by the river. The commission's register "
        "records 36 names.",
    )
    names = found["36 names"]
    assert (names.property, names.unit, names.low) == ("fatalities", "people", 36)


def test_names_of_people_killed_are_dead_people(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "In the square stands a stone that bears 212 names of the miners the troops shot in 1921.",
    )
    assert found["212 names"].property == "fatalities"


def test_names_with_no_outcome_stay_a_count(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The petition to the governor carried 3,000 names.")
    assert found["3,000 names"].property == "count"


def test_a_killing_in_a_where_clause_takes_its_own_names(pipeline: Pipeline) -> None:
    text = (
        "Pilgrims still visit the chapel at Lidice, where a bronze tablet lists 173 names of "
        "the men the police battalion shot in June 1942."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "shot")) == (173, 173)


def test_a_denial_that_anyone_died_is_the_low_end_of_the_toll(pipeline: Pipeline) -> None:
    text = (
        "Riot police fired rubber bullets at dockers picketing the port of Durban on Tuesday. "
        "The union said two strikers had been killed; the provincial police denied that "
        "anyone had died."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "fired")) == (0, 2)


def test_a_denial_of_any_deaths_alone_is_a_toll_of_zero(pipeline: Pipeline) -> None:
    text = (
        "Troops opened fire on farmers blocking the highway near Cuzco on Friday. "
        "The regional prefect denied that there were any deaths."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "opened fire")) == (0, 0)


def test_a_figure_after_more_retells_the_figure_before(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The garrison's log records 60 deaths. My uncle always said there had been many more, "
        "perhaps 150.",
    )
    claim = found["150"]
    assert (claim.property, claim.low) == ("fatalities", 150)
    assert claim.source.name == "My uncle"


def test_a_reporting_verb_after_a_relative_clause_keeps_its_subject(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        "The consul wrote of some 900 dead; the sailors who escaped to Smyrna told of "
        "nearer 3,000 killed.",
    )
    claim = next(c for quote, c in found.items() if quote.startswith("nearer 3,000"))
    assert claim.source.name == "the sailors"
    assert claim.stance == "reported"


def test_a_source_after_a_semicolon_does_not_take_the_clause_before(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        "The friars of Assisi recorded that 600 of the pilgrims drowned; the Venetian "
        "ledger of the voyage, kept aboard the flagship, put the dead at 450.",
    )
    assert found["450"].source.name == "the Venetian ledger of the voyage"


def test_a_group_of_a_place_is_an_unnamed_source(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "When the Danes sacked Lindisfarne, the chroniclers of Northumbria wrote that "
        "about 40 monks were slain.",
    )
    claim = next(c for quote, c in found.items() if "40" in quote)
    assert claim.source.kind == "unnamed"
    assert claim.source.name == "the chroniclers of Northumbria"


def test_a_body_of_a_place_stays_a_named_source(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The Ministry of Health said 14 people died in the floods.")
    assert found["14 people"].source.kind == "named"


def test_a_pronoun_shot_after_an_arrest_is_one_dead(pipeline: Pipeline) -> None:
    text = (
        "In the spring of 1938 the secret police took my great-aunt from her school in Minsk. "
        "She was executed in June as a Polish spy."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "executed")) == (1, 1)


def test_assailants_killed_later_are_the_ones_counted_before(pipeline: Pipeline) -> None:
    text = (
        "Three gunmen stormed a hotel in Bamako on Friday and killed 20 guests. "
        "The assailants were shot dead by special forces that evening."
    )
    record = record_of(pipeline, text)
    assert toll_of(event_told_by(record, "shot dead")) == (3, 3)
    assert toll_of(event_told_by(record, "stormed")) == (20, 20)


def test_a_toll_after_what_a_mine_destroyed_is_the_mine_s(pipeline: Pipeline) -> None:
    text = (
        "On Sunday an explosive device near Kidal wrecked a supply lorry; the army said "
        "three drivers died and two were hurt."
    )
    record = record_of(pipeline, text)
    blasts = [e for e in record.events if e.subtype == "bombing"]
    assert blasts
    assert toll_of(blasts[0]) == (3, 3)


def test_the_act_that_followed_a_blast_takes_none_of_its_dead(pipeline: Pipeline) -> None:
    text = (
        "On 3 March a grenade was hurled at soldiers in the market square of Osh; six soldiers "
        "and three shoppers died in the explosion and the gunfire that followed."
    )
    record = record_of(pipeline, text)
    assert toll_of(event_told_by(record, "grenade")) == (9, 9)
    assert all(toll_of(e) is None for e in record.events if "gunfire" in e.trigger.text)


def test_a_figure_told_nearer_the_sequel_still_counts_the_blast(pipeline: Pipeline) -> None:
    text = (
        "Late on Friday a bomb was flung at a police patrol in the bazaar of Quetta; four "
        "policemen and at least two traders died in the blast and the gunfire that followed."
    )
    record = record_of(pipeline, text)
    bomb = event_told_by(record, "bomb")
    assert toll_of(bomb) == (6, 6)
    assert all(toll_of(e) is None for e in record.events if "gunfire" in e.trigger.text)
