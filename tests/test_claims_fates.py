"""What befell the people a figure counts (verb, complement, clause), and who says so.

The seventh round's general causes, each with new sentences (none from a gold text):
a status after the verb ("taken hostage"), settings that say an outcome ("went to the
gallows", "behind bars"), leaving with no object, rescue and return as plain counts, a
death sentence that kills no one yet, a population, an age, a verb joined to the
clause's verb, a part's relative clause, a lost thing, the relatives of the dead, a figure
set against another with "not", one who speaks, a quotation that goes on, a report framed
by its source on both sides, and "answered" with an object.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_status_after_the_verb_says_who_is_held(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The coastguard said 14 fishermen had been taken hostage by the raiders. "
        "Years later the chronicle recorded that 200 townsmen were carried off as captives.",
    )
    assert found["14 fishermen"].property == "arrested"
    assert found["200 townsmen"].property == "arrested"


def test_places_of_execution_and_of_prison_say_the_outcome(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "After the trial nine of the conspirators went to the scaffold. "
        "At the end of the year at least 85 reporters were behind bars.",
    )
    assert found["nine of the conspirators"].property == "fatalities"
    assert found["at least 85 reporters"].property == "arrested"


def test_leaving_with_no_object_is_displacement_but_what_is_left_is_not(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        "Nearly 4,000 islanders left in the first month. "
        "Some 700 farmers moved inland after the second flood. "
        "Of the 300 who stayed, only 40 are left. There were nineteen of us left.",
    )
    assert found["Nearly 4,000 islanders"].property == "displaced"
    assert found["Some 700 farmers"].property == "displaced"
    assert found["nineteen of us"].property == "count"
    assert "only 40" not in found or found["only 40"].property != "displaced"


def test_rescue_and_return_are_counts_but_being_returned_is_removal(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        "Lifeboat crews rescued 52 people from the flooded caravan park. "
        "By the autumn 6,500 families had returned to the valley. "
        "Last year 410 asylum seekers were returned to their countries of origin.",
    )
    assert found["52 people"].property == "count"
    assert found["6,500 families"].property == "count"
    assert found["410 asylum seekers"].property == "displaced"


def test_a_death_sentence_holds_people_and_an_execution_kills_them(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The court sentenced 31 mutineers to death; 12 of them were shot at dawn. "
        "Guards beat three prisoners to death.",
    )
    assert found["31 mutineers"].property == "arrested"
    assert found["12 of them"].property == "fatalities"
    assert found["three prisoners"].property == "fatalities"


def test_a_population_is_a_count_and_an_age_is_no_figure(nlp_model: Language) -> None:
    text = (
        "The mudslide killed 48 people in a village of 900. "
        "Among the injured was a girl of seven pulled from the mud."
    )
    found = claims_of(nlp_model, text)
    assert found["48 people"].property == "fatalities"
    assert found["900"].property == "count"
    assert not any("seven" in span for span in found)


def test_a_verb_joined_to_the_clause_befalls_the_same_people(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "Witnesses said some 60 villagers who had hidden in the mosque were dragged out and shot.",
    )
    assert found["some 60 villagers"].property == "fatalities"


def test_a_part_told_in_a_relative_clause_leaves_the_whole_a_count(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The mission recruited twenty porters, nine of whom died of fever on the march.",
    )
    assert found["twenty porters"].property == "count"
    assert found["nine of whom"].property == "fatalities"


def test_a_report_framed_by_its_source_on_both_sides_is_the_source_s(
    nlp_model: Language,
) -> None:
    framed = claims_of(
        nlp_model,
        "The coroner found that the barrier had failed under the weight of the crowd. "
        "Thirty-one fans were crushed to death. "
        "Stewards opened only 4 of the 12 gates, the coroner said.",
    )
    assert framed["Thirty-one fans"].source.name == "The coroner"
    assert framed["Thirty-one fans"].stance == "reported"
    # a source named before its figures starts a new report
    fresh = claims_of(
        nlp_model,
        "The coroner found that the barrier had failed under the weight of the crowd. "
        "Thirty-one fans were crushed to death. "
        "The coroner said that stewards opened only 4 of the 12 gates.",
    )
    assert fresh["Thirty-one fans"].source.kind == "author"


def test_losing_a_thing_is_no_death_and_relatives_of_the_dead_are_alive(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        "About 1,000 workers lost their jobs when the mill closed. "
        "The battalion lost 41 men in the assault. "
        "Nearly 50 relatives of the victims protested outside the court. "
        "Researchers documented 73 cases of enforced disappearance.",
    )
    assert found["About 1,000 workers"].property == "count"
    assert found["41 men"].property == "fatalities"
    assert found["Nearly 50 relatives"].property == "count"
    assert found["73 cases"].property == "arrested"


def test_a_figure_set_against_another_with_not_is_denied(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The first reports overstated the number of people rescued; it was 14, not 26. "
        "The army killed 12 people, not 15 as first reported.",
    )
    assert found["26"].stance == "denied"
    assert found["15"].stance == "denied"
    assert found["14"].stance == found["12 people"].stance == "asserted"


def test_one_who_speaks_is_no_figure_and_a_quotation_goes_on_in_its_voice(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        '"They burned 40 of our houses," said one farmer. "Only 12 families stayed." '
        "Police said 5 men were arrested.",
    )
    assert "one farmer" not in found
    assert found["12 families"].source.name == "one farmer"
    assert found["12 families"].stance == "reported"
    assert found["5 men"].source.name == "Police"


def test_answering_calls_reports_nothing_but_answering_that_does(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The helpline answered 9,000 calls in May. The minister answered that 40 people had died.",
    )
    assert found["9,000 calls"].source.kind == "author"
    assert found["40 people"].source.name == "The minister"


def test_losses_are_deaths_and_a_critical_condition_an_injury(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "A militia commander put the brigade's losses at nearly 70. "
        "Five miners remain in a critical condition.",
    )
    assert found["nearly 70"].property == "fatalities"
    assert found["Five miners"].property == "injured"


def test_people_among_them_are_a_part_of_the_figure_before(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "Soldiers detained more than 300 students. Nine members of the union executive "
        "were among them.",
    )
    assert found["Nine members"].property == "arrested"
