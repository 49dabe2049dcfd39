"""What a figure counts when the counted noun alone does not say it: people joined to the
group by "and", the verb or adverb over them, a possessive nominal, and numbers that belong
to a name. The sentences are new, not the gold texts (heldout21, heldout22) that found them.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_single_person_joined_by_and_adds_one(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Five miners and a rescuer were killed in the second blast.")
    claim = found["Five miners and a rescuer"]
    assert (claim.property, claim.value, claim.low, claim.high) == ("fatalities", 6, 6, 6)
    found = claims_of(nlp_model, "Three pupils and one of their teachers were injured.")
    assert found["Three pupils and one of their teachers"].value == 4


def test_a_conjunct_with_its_own_figure_or_no_person_adds_nothing(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Troops killed 12 rebels and 3 civilians on Friday.")
    assert (found["12 rebels"].value, found["3 civilians"].value) == (12, 3)
    found = claims_of(nlp_model, "Four soldiers and a truck were lost in the river.")
    assert found["Four soldiers"].value == 4


def test_a_number_that_ends_a_place_name_is_no_figure(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Two people drowned near Lock 9, the river authority said.")
    assert list(found) == ["Two people"]
    # a word after the digits keeps them a figure
    assert claims_of(nlp_model, "In Basra 30 were arrested overnight.")["30"].value == 30


def test_treating_people_counts_the_injured_unless_it_says_what_for(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Paramedics treated 45 people at the scene of the derailment.")
    assert found["45 people"].property == "injured"
    found = claims_of(nlp_model, "The mobile clinic treated 900 infants for measles.")
    assert found["900 infants"].property == "count"


def test_a_fatal_adverb_makes_the_wounded_dead(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Three guards were fatally stabbed during the riot.")
    assert found["Three guards"].property == "fatalities"
    text = "Twenty marchers were wounded by police gunfire, three of them fatally."
    found = claims_of(nlp_model, text)
    assert found["Twenty marchers"].property == "injured"
    assert found["three of them"].property == "fatalities"


def test_a_sentence_puts_people_in_custody(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "A military court sentenced 23 students to ten years each.")
    assert found["23 students"].property == "arrested"


def test_people_who_own_the_noun_of_their_death_are_counted(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The three nuns' murder was never solved.")
    assert found["three nuns"].property == "fatalities"
    assert claims_of(nlp_model, "The three brothers' farm was sold in 1950.") == {}


def test_a_range_that_a_toll_is_put_at_is_a_figure(nlp_model: Language) -> None:
    # the entity recogniser takes "between 12 and 20" for a date
    found = claims_of(nlp_model, "The coroner put the toll at between 12 and 20.")
    claim = found["between 12 and 20"]
    assert (claim.property, claim.low, claim.high) == ("fatalities", 12, 20)
