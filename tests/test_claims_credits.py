"""Sources named after the figure, kept records, blended outcomes and shares.

These are the general causes the sixth round's error count on heldout16-19 found;
the sentences are new, so that the rules are tested rather than the gold texts.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_later_sentence_that_points_back_names_the_source(nlp_model: Language) -> None:
    text = (
        "At least 85 climbers died on the mountain last season. That is the count of the "
        "national alpine club. Some 40 others were rescued. The figures were compiled by "
        "the park authority."
    )
    found = claims_of(nlp_model, text)
    first = found["At least 85 climbers"]
    assert (first.source.kind, first.source.name, first.stance) == (
        "named",
        "the national alpine club",
        "reported",
    )
    assert found["Some 40 others"].source.name == "the park authority"


def test_a_sentence_that_names_no_source_changes_nothing(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Some 60 fishermen drowned in the storm. That is what we know.")
    claim = found["Some 60 fishermen"]
    assert (claim.source.kind, claim.stance) == ("author", "asserted")


def test_put_acts_on_a_figure_that_is_its_object(nlp_model: Language) -> None:
    text = (
        "The abbot wrote that the raiders put 400 monks to the sword. "
        "The bishop put the number of dead at 150."
    )
    found = claims_of(nlp_model, text)
    assert found["400 monks"].source.name == "The abbot"
    assert found["150"].source.name == "The bishop"


def test_a_name_set_off_after_according_to_speaks(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "Rebels shot at least 30 hostages, according to the diary of the envoy, Tomas Reyes.",
    )
    assert found["at least 30 hostages"].source.name == "Tomas Reyes"


def test_a_parenthetical_speaker_the_parse_hangs_elsewhere_still_speaks(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        "Nine of them were flown to hospital in Lyon, the team physician, Dr Anna Weiss, said.",
    )
    claim = found["Nine of them"]
    assert (claim.source.name, claim.stance) == ("Dr Anna Weiss", "reported")


def test_kept_records_and_broadcasters_name_their_keeper(nlp_model: Language) -> None:
    text = (
        "The abbey's own chronicle gives 700 dead. State radio, citing the army, said "
        "12 soldiers were killed. Local radio said 20 were wounded."
    )
    found = claims_of(nlp_model, text)
    assert found["700 dead"].source.kind == "named"
    assert (found["12 soldiers"].source.kind, found["12 soldiers"].source.name) == (
        "named",
        "State radio",
    )
    assert found["20"].source.kind == "unnamed"


def test_figures_from_someone_are_theirs(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model, "Figures from the port authority show that 212 ships were turned away."
    )
    assert found["212 ships"].source.name == "the port authority"


def test_hospitals_that_admit_patients_do_not_speak(nlp_model: Language) -> None:
    text = (
        "Two clinics admitted 140 patients overnight, according to the health ministry. "
        "The army admitted 14 deaths."
    )
    found = claims_of(nlp_model, text)
    assert found["140 patients"].source.name == "the health ministry"
    assert found["14 deaths"].source.name == "The army"


def test_killed_or_injured_together_is_a_count(nlp_model: Language) -> None:
    text = (
        "Road accidents killed or injured 2,300 people in the province. "
        "Gunmen killed 12 villagers and wounded 30 others. "
        "Eight were killed and at least 40 were wounded."
    )
    found = claims_of(nlp_model, text)
    assert found["2,300 people"].property == "count"
    assert found["12 villagers"].property == "fatalities"
    assert found["30 others"].property == "injured"
    assert found["Eight"].property == "fatalities"
    assert found["at least 40"].property == "injured"


def test_casualties_are_no_deaths(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The battalion suffered 70 casualties in the assault.")
    assert found["70 casualties"].property == "count"


def test_what_befell_refugees_says_more_than_the_noun(nlp_model: Language) -> None:
    text = "Some 300 refugees drowned off the coast. About 5,000 refugees crossed the river."
    found = claims_of(nlp_model, text)
    assert found["Some 300 refugees"].property == "fatalities"
    assert found["About 5,000 refugees"].property == "displaced"


def test_nautical_miles_and_shares_in_a_range(nlp_model: Language) -> None:
    text = (
        "The ferry sank 10 nautical miles off the cape. Surveys miss between 20 and 30 "
        "per cent of nests."
    )
    found = claims_of(nlp_model, text)
    assert found["10 nautical miles"].low == 18.5
    assert not any("per cent" in phrase for phrase in found)


def test_my_government_is_the_speaker_but_my_father_is_not(nlp_model: Language) -> None:
    text = (
        "Madam Chair, my Government has recorded 95 incursions since May. "
        "My father said 12 men were taken away."
    )
    found = claims_of(nlp_model, text)
    assert found["95 incursions"].source.kind == "author"
    assert found["12 men"].source.name == "My father"


def test_calling_a_figure_not_true_or_wrong_denies_it_but_asking_does_not(
    nlp_model: Language,
) -> None:
    text = (
        "The rebels say they shot down 14 helicopters. That is not true. "
        "The governor says 300 families fled. That figure is wrong. "
        "Aid groups say 80 children died. Is that figure wrong?"
    )
    found = claims_of(nlp_model, text)
    assert found["14 helicopters"].stance == "denied"
    assert found["300 families"].stance == "denied"
    assert found["80 children"].stance == "reported"


def test_a_body_that_represents_people_gives_its_membership(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model, "The teachers' federation, which represents about 9,000 teachers, objected."
    )
    assert found["about 9,000 teachers"].property == "members"


def test_burials_and_coffins_count_the_dead(nlp_model: Language) -> None:
    text = "The sexton entered 412 burials that winter. Mourners carried six coffins to the church."
    found = claims_of(nlp_model, text)
    assert (found["412 burials"].property, found["412 burials"].unit) == ("fatalities", "people")
    assert found["six coffins"].property == "fatalities"


def test_a_report_set_after_its_clause_with_a_comma_speaks_for_it(nlp_model: Language) -> None:
    text = (
        "Bandits killed 14 herders in a raid near the river, the regional governor said on "
        "Monday. The ministry said 40 people died, the army said 12 were wounded."
    )
    found = claims_of(nlp_model, text)
    assert found["14 herders"].source.name == "the regional governor"
    assert found["40 people"].source.name == "The ministry"
    assert found["12"].source.name == "the army"


def test_a_sentence_that_points_back_but_names_no_provenance_names_no_source(
    nlp_model: Language,
) -> None:
    found = claims_of(nlp_model, "Police held 30 people. This was followed by clashes.")
    assert found["30 people"].source.kind == "author"


def test_sources_in_a_body_name_it_but_sources_in_a_place_do_not(nlp_model: Language) -> None:
    text = (
        "Sources in the interior ministry said 25 officers were suspended. "
        "A trader in Goma said 9 shops burned."
    )
    found = claims_of(nlp_model, text)
    assert found["25 officers"].source.kind == "named"
    assert found["9 shops"].source.kind == "unnamed"
