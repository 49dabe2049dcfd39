"""Shares and amounts that a fresh set (tests/gold/claims9-claims.jsonl) showed misread:
a percentage or a rate of a whole is a fraction of it, a vague plural after "into the"
is an amount, and the ailment someone is treated for can make them injured.

The sentences here are new, so that the rules are tested, not the gold texts.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_percentage_of_a_stated_whole_is_that_share_of_it(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Officials said about 40 percent of the 5,000 residents fled.")
    claim = claims["about 40 percent of the 5,000 residents"]
    assert (claim.low, claim.high, claim.qualifier) == (2000, 2000, "about")
    assert claim.property == "displaced"


def test_a_percentage_of_no_counted_whole_is_no_figure(nlp_model: Language) -> None:
    assert claims_of(nlp_model, "The party won 40 percent of the vote in May.") == {}


def test_one_in_five_of_them_is_a_share_of_the_figure_before(nlp_model: Language) -> None:
    text = "Some 8,000 people lived in the valley. One in five of them died of cholera."
    claim = claims_of(nlp_model, text)["One in five of them"]
    assert (claim.low, claim.high, claim.property) == (1600, 1600, "fatalities")


def test_a_rate_without_of_is_still_no_count(nlp_model: Language) -> None:
    assert claims_of(nlp_model, "One in four children in the district is underweight.") == {}


def test_into_the_tens_of_thousands_is_an_amount(nlp_model: Language) -> None:
    text = "Exiles said the losses of the rebels ran into the tens of thousands."
    claim = claims_of(nlp_model, text)["tens of thousands"]
    assert (claim.low, claim.high, claim.qualifier) == (20000, None, "at_least")


def test_a_vague_plural_that_refers_back_leaves_no_part_behind(nlp_model: Language) -> None:
    # referring back, the whole is no figure, and its last word is none on its own
    text = "Their tens of thousands of supporters marched in silence."
    assert claims_of(nlp_model, text) == {}


def test_treated_for_smoke_inhalation_is_injured(nlp_model: Language) -> None:
    text = "Medics said 35 people were treated for smoke inhalation after the blaze."
    assert claims_of(nlp_model, text)["35 people"].property == "injured"
