"""What a figure counts when the text around it would mislead: buildings a name
runs over, a population driven out, and a figure whose own verb says what it is
while the text before counted the dead (found on unseen texts by the lead).

The sentences here are new, so that the rules are tested, not the texts that showed them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from claim_phrases import claims_of
from historiograph.extract.claims import extract_claims


def test_buildings_counted_are_buildings_even_inside_a_name(nlp_model: Language) -> None:
    text = "Gunmen burned four mosques and two schools across the province."
    doc = nlp_model(text)
    # the NER may run an organisation over a figure and its common noun
    doc.ents = [Span(doc, 3, 5, "ORG")]
    units = {text[c.span[0] : c.span[1]]: c.unit for c in extract_claims(doc)}
    assert units == {"four mosques": "mosques", "two schools": "schools"}


def test_a_population_ordered_into_the_countryside_is_displaced(nlp_model: Language) -> None:
    text = (
        "The junta ordered the whole population of the town, about 40,000 people, into the hills."
    )
    claim = claims_of(nlp_model, text)["about 40,000 people"]
    assert (claim.property, claim.low) == ("displaced", 40000)


def test_troops_ordered_into_a_city_are_not_displaced(nlp_model: Language) -> None:
    claim = claims_of(nlp_model, "The general ordered 5,000 troops into the city.")["5,000 troops"]
    assert claim.property == "count"


def test_a_figure_with_a_verb_of_its_own_is_no_death_toll(nlp_model: Language) -> None:
    text = "The number of dead rose to 120 on Tuesday. The bus was licensed to carry 60."
    claims = claims_of(nlp_model, text)
    assert claims["120"].property == "fatalities"
    assert claims["60"].property == "count"


def test_a_figure_given_for_the_topic_still_counts_it(nlp_model: Language) -> None:
    text = "The number of dead rose to 120 on Tuesday. The coroner put it at 118."
    assert claims_of(nlp_model, text)["118"].property == "fatalities"
