"""Claims (figures, their property and unit), round 24: lives a war cost are dead even
where the parser hangs them away from the verb, and soldiers of past armies ("sepoys",
"dragoons", "troopers") are people, whom "cut down" kills. The fresh gold is
``tests/gold/claims13-claims.jsonl``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from claim_phrases import claims_of


def test_lives_a_war_cost_are_dead(nlp_model: Language) -> None:
    """The parser may read "cost" as a noun and hang the lives on "of": the word before
    the figure still says they were lost."""
    claims = claims_of(
        nlp_model,
        "The siege of Kessel dragged on through the summer of 1702. In all, the war of "
        "1701–1714 cost more than 400,000 lives, most of them to disease.",
    )
    claim = claims["more than 400,000 lives"]
    assert (claim.property, claim.low, claim.qualifier) == ("fatalities", 400000, "more_than")


def test_lives_saved_are_no_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "The new ambulance service saved 35 lives in its first year.")
    assert claims["35 lives"].property == "count"


@pytest.mark.parametrize(
    ("text", "figure", "low"),
    [
        ("Some forty dragoons were cut down at the ford.", "Some forty dragoons", 40),
        ("Hundreds of sepoys were cut down in the square.", "Hundreds of sepoys", 200),
        ("The mutineers shot nine officers and some eighty troopers.", "some eighty troopers", 80),
    ],
)
def test_soldiers_of_past_armies_are_people_who_die(
    nlp_model: Language, text: str, figure: str, low: int
) -> None:
    claim = claims_of(nlp_model, text)[figure]
    assert (claim.property, claim.unit, claim.low) == ("fatalities", "people", low)


def test_trees_cut_down_are_no_dead(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "The loggers cut down hundreds of trees along the river.")
    assert claims["hundreds of trees"].property == "count"


def test_people_killed_while_queuing_are_dead(nlp_model: Language) -> None:
    """The parser makes the people the subject of the participle after them ("14 farmers
    queuing"); the killing over that clause still befell them."""
    claims = claims_of(
        nlp_model,
        "Jets bombed the flour mill in Sabra on Monday, killing 14 farmers queuing for sacks "
        "of grain.",
    )
    assert claims["14 farmers"].property == "fatalities"


def test_people_filmed_queuing_are_a_count(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "The cameras filmed 40 people queuing for bread.")
    assert claims["40 people"].property == "count"


def test_a_year_before_one_act_is_its_date_not_a_count(nlp_model: Language) -> None:
    claims = claims_of(
        nlp_model,
        "The explosion, the deadliest since a 2019 bombing that killed 90, left 12 dead.",
    )
    assert sorted(claims) == ["12 dead", "90"]


def test_a_year_like_number_of_people_is_a_count(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "The army fielded 2019 soldiers.")
    assert claims["2019 soldiers"].property == "count"
