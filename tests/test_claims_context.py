"""Claims that need context: what the verb and the counted noun say, and sources across clauses.

These are the cases a second held-out set (tests/gold/heldout2-claims.jsonl) found
missing; the sentences here are new, so that the rules are tested, not the gold texts.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from claim_phrases import claims_of
from historiograph.extract.claims import extract_claims


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_people_held_are_arrests_unless_a_verb_says_otherwise(nlp_model: Language) -> None:
    text = (
        "Reporters counted 800 prisoners in the yard. About 450 detainees were released "
        "in May. Guards executed 30 prisoners."
    )
    found = claims_of(nlp_model, text)
    assert found["800 prisoners"].property == "arrested"
    assert found["About 450 detainees"].property == "count"
    assert found["30 prisoners"].property == "fatalities"


def test_the_verb_decides_for_pronoun_partitives_and_losses(nlp_model: Language) -> None:
    text = "The rebels took forty of them prisoner. The assault cost the brigade nearly 900 men."
    found = claims_of(nlp_model, text)
    assert (found["forty of them"].property, found["forty of them"].unit) == ("arrested", "people")
    assert found["nearly 900 men"].property == "fatalities"


def test_an_appositive_name_is_the_source_and_a_pronoun_carries_it(nlp_model: Language) -> None:
    text = (
        "A ministry spokesman, Ivan Petrov, said that 15 soldiers died. "
        "Another 40 were wounded, he added."
    )
    found = claims_of(nlp_model, text)
    assert found["15 soldiers"].source.name == "Ivan Petrov"
    assert found["15 soldiers"].source.kind == "named"
    assert (found["40"].property, found["40"].source.name) == (
        "injured",
        "Ivan Petrov",
    )


def test_anonymity_and_the_first_person_set_the_kind(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "A senior officer said 120 people were arrested, speaking on condition of anonymity. "
        "We counted 56 bodies in the village.",
    )
    assert found["120 people"].source.kind == "unnamed"
    assert (found["56 bodies"].source.kind, found["56 bodies"].stance) == ("author", "asserted")


def test_the_true_figure_continues_the_one_before(nlp_model: Language) -> None:
    text = (
        "The ministry reported 300 deaths. Local clergy said the true figure was closer to 1,000."
    )
    found = claims_of(nlp_model, text)
    later = found["closer to 1,000"]
    assert (later.property, later.qualifier, later.low, later.high) == (
        "fatalities",
        "about",
        1000,
        1000,
    )
    assert (later.source.name, later.source.kind) == ("Local clergy", "unnamed")


def test_a_source_noun_with_an_author_and_a_denial(nlp_model: Language) -> None:
    text = "Reports by refugees that 70 villagers were killed are unsubstantiated."
    (claim,) = extract_claims(nlp_model(text))
    assert (claim.source.name, claim.source.kind, claim.stance) == ("refugees", "unnamed", "denied")


def test_what_put_at_measures(nlp_model: Language) -> None:
    text = "Police put the crowd at 5,000; the organisers put it at 20,000."
    found = claims_of(nlp_model, text)
    assert [(c.property, c.unit, c.low) for c in found.values()] == [
        ("count", "people", 5000),
        ("count", "people", 20000),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fine was 5,000 dinars per family.", []),
        ("Two boys aged 14 were killed.", ["Two boys"]),
        ("KABUL, May 4 — At least 12 people were killed in the blast.", ["At least 12 people"]),
        ("Nobody mentions the 300 workers injured in the blast.", ["300 workers"]),
        ("The two sides agreed to a truce.", []),
    ],
)
def test_which_numbers_are_claims(nlp_model: Language, text: str, expected: list[str]) -> None:
    assert list(claims_of(nlp_model, text)) == expected


def test_a_blank_pipeline_takes_the_appositive_name(blank: Language) -> None:
    text = "At least 9 people died, the regional governor, Ana Lima, said."
    (claim,) = extract_claims(blank(text))
    assert (claim.source.name, claim.source.kind, claim.stance) == ("Ana Lima", "named", "reported")
