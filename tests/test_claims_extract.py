"""Claims: what a figure counts, who says so, and how, on the model and on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from historiograph.extract.claims import extract_claims, register_extensions
from historiograph.record import Claim


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def by_phrase(text: str, claims: list[Claim]) -> dict[str, Claim]:
    return {text[c.span[0] : c.span[1]]: c for c in claims}


def claims_of(nlp: Language, text: str) -> dict[str, Claim]:
    return by_phrase(text, extract_claims(nlp(text)))


def test_an_attributed_toll_keeps_figure_qualifier_source_and_stance(nlp_model: Language) -> None:
    text = "According to the provincial governor, more than 57 soldiers were killed."
    claim = claims_of(nlp_model, text)["more than 57 soldiers"]
    assert (claim.property, claim.low, claim.high, claim.qualifier, claim.unit) == (
        "fatalities",
        57,
        None,
        "more_than",
        "people",
    )
    assert (claim.source.name, claim.source.kind, claim.stance) == (
        "the provincial governor",
        "named",
        "reported",
    )


def test_each_figure_in_a_sentence_takes_its_own_outcome(nlp_model: Language) -> None:
    text = (
        "According to various statistics, 100 to 200 thousand people were killed and "
        "more than 2 million people were displaced in the crackdown."
    )
    found = claims_of(nlp_model, text)
    killed = found["100 to 200 thousand people"]
    displaced = found["more than 2 million people"]
    assert (killed.property, killed.low, killed.high) == ("fatalities", 100_000, 200_000)
    assert (displaced.property, displaced.low, displaced.high) == ("displaced", 2_000_000, None)
    assert {killed.source.kind, displaced.source.kind} == {"unnamed"}


def test_possessive_interview_names_the_speaker_as_an_entity(nlp_model: Language) -> None:
    text = (
        "According to Jan Novak's interview with a weekly, Prava, the number of "
        "soldiers who died was announced as some 4,000."
    )
    (claim,) = extract_claims(nlp_model(text))
    assert claim.source.name == "Jan Novak"
    assert claim.source.entity == "ent:jan-novak"
    assert (claim.property, claim.qualifier, claim.low, claim.high) == (
        "fatalities",
        "about",
        4000,
        4000,
    )


def test_a_reporting_verb_names_its_subject(nlp_model: Language) -> None:
    text = "The Red Crescent said that 1,450 civilians had died."
    (claim,) = extract_claims(nlp_model(text))
    assert claim.source.model_dump() == {
        "name": "The Red Crescent",
        "entity": "ent:red-crescent",
        "kind": "named",
    }


def test_a_pronoun_speaker_stands_for_the_last_named_source(nlp_model: Language) -> None:
    text = (
        "A spokesman for the army denied that civilians had been targeted. "
        "He added that the army had carried out only 14 operations in the area."
    )
    (claim,) = extract_claims(nlp_model(text))
    assert (claim.property, claim.unit, claim.value) == ("count", "operations", 14)
    assert claim.source.name == "A spokesman for the army"
    assert claim.stance == "reported"


def test_a_continued_figure_keeps_the_property_and_source_before_it(nlp_model: Language) -> None:
    text = (
        "The ministry listed 612 members of the group as executed. "
        "This figure rose to 900 in a later edition."
    )
    first, second = extract_claims(nlp_model(text))
    assert first.property == second.property == "fatalities"
    assert second.value == 900
    assert second.source == first.source
    assert second.source.name == "The ministry"


def test_hedges_and_denials_set_the_stance(nlp_model: Language) -> None:
    text = (
        "Apparently, 12 houses were burned. "
        "The commander denied that more than three people had died. "
        "Police arrested 200 activists, and dozens more were reportedly detained."
    )
    found = claims_of(nlp_model, text)
    assert found["12 houses"].stance == "hedged"
    assert found["more than three people"].stance == "denied"
    assert found["more than three people"].source.name == "The commander"
    assert found["200 activists"].stance == "asserted"  # the hedge is in the other clause
    assert found["dozens"].stance == "hedged"


def test_distances_are_stored_in_km_with_the_miles_in_the_span(nlp_model: Language) -> None:
    text = "They settled at a camp 80 miles from the border."
    (claim,) = extract_claims(nlp_model(text))
    assert text[claim.span[0] : claim.span[1]] == "80 miles"
    assert (claim.property, claim.unit, claim.value, claim.low, claim.high) == (
        "distance",
        "km",
        128.7,
        128.7,
        128.7,
    )


def test_members_of_a_named_group_are_about_that_group(nlp_model: Language) -> None:
    text = "The court issued a warrant for 39 members of the MKO in July 2012."
    (claim,) = extract_claims(nlp_model(text))
    assert (claim.property, claim.about, claim.value) == ("members", "ent:mko", 39)


def test_numbers_that_count_nothing_are_not_claims(nlp_model: Language) -> None:
    text = (
        "Following Resolution 598, adopted on July 20, 1987, the two sides stopped "
        "for three days (see p. 164)."
    )
    assert extract_claims(nlp_model(text)) == []


def test_a_blank_pipeline_still_finds_figures_and_sources(blank: Language) -> None:
    text = (
        "According to Iranian government sources, more than 2,500 fighters were killed. "
        "The rebels announced the number of 1,300 killed."
    )
    found = claims_of(blank, text)
    first, second = found["more than 2,500 fighters"], found["1,300 killed"]
    assert (first.property, first.low, first.source.kind) == ("fatalities", 2500, "named")
    assert first.source.name == "Iranian government sources"
    assert (second.property, second.value, second.source.name) == ("fatalities", 1300, "The rebels")


def test_a_doc_without_sentences_is_one_sentence() -> None:
    nlp = spacy.blank("en")
    (claim,) = extract_claims(nlp("Witnesses reported that about 30 villagers were shot dead."))
    assert (claim.property, claim.source.kind, claim.stance) == (
        "fatalities",
        "unnamed",
        "reported",
    )


def test_claim_ids_count_up_in_text_order(nlp_model: Language) -> None:
    claims = extract_claims(nlp_model("Rebels killed 5 soldiers. Troops killed 9 rebels."))
    assert [c.id for c in claims] == ["c1", "c2"]
    assert claims[0].span[0] < claims[1].span[0]


def test_the_component_stores_claims_on_the_doc() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("historiograph_claims")
    doc = nlp("Officials said 40 people were injured.")
    (claim,) = doc._.claims
    assert (claim.property, claim.source.kind) == ("injured", "unnamed")
    assert "doc._.claims" in nlp.analyze_pipes()["summary"]["historiograph_claims"]["assigns"]


def test_register_extensions_is_idempotent() -> None:
    register_extensions()
    register_extensions()
    assert Doc.has_extension("claims")
    assert spacy.blank("en")("No claims here.")._.claims is None
