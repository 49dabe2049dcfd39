"""Round 23 name fixes, as examples: a word for a region's people names the region
("Catalan", "Scottish", "Bretons"), even where it folds to a country's adjective; a
town the recogniser mislabels is still placed after "off" or "above"; a town's first
word read as a title ("Sheikh") is put back; and a country's capital the recogniser
left unlabelled is the capital. ``tests/gold/geo19-geo.jsonl`` (4 texts written before
the code was run on them) holds regional demonyms and small towns in Bavaria, Sri
Lanka, Brittany and Tunisia."""

from __future__ import annotations

import pytest
from spacy.language import Language

from geo_runs import near, placed_names
from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import demonym_place, title_widened


def test_a_regions_people_name_the_region(gazetteer: Gazetteer) -> None:
    assert demonym_place(gazetteer, "Flemish") == "Flanders"
    assert demonym_place(gazetteer, "Bretons") == "Brittany"
    assert demonym_place(gazetteer, "Sicilians") == "Sicily"
    # A people spread over several countries names no one region.
    assert demonym_place(gazetteer, "Kurdish") is None


def test_a_title_before_a_person_is_no_town(gazetteer: Gazetteer) -> None:
    text = "Reporters waited near President Obama all morning."
    assert title_widened(text, text.index("Obama"), text.index(" all"), gazetteer) is None
    text = "Rockets fell near Sheikh Zuweid on Sunday."
    found = title_widened(text, text.index("Zuweid"), text.index(" on"), gazetteer)
    assert found is not None and found[0] == text.index("Sheikh")
    assert found[1].country_code == "EG"


@pytest.mark.model
def test_regional_adjectives_are_their_regions(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = placed_names(
        nlp_with_kb_ruler,
        kb,
        "Catalan separatists marched through Barcelona while Scottish nationalists "
        "sent a message of support.",
    )
    assert near(found["Catalan"], 41.76, 1.50)
    assert near(found["Scottish"], 56.68, -4.11)


@pytest.mark.model
def test_bretons_are_not_britons(nlp_with_kb_ruler: Language, kb: KnowledgeBase) -> None:
    found = placed_names(nlp_with_kb_ruler, kb, "The Bretons rose against the tax in 1675.")
    assert near(found["Bretons"], 48.21, -2.84)


@pytest.mark.model
def test_a_mislabelled_town_off_a_coast_or_above_a_valley(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = placed_names(
        nlp_with_kb_ruler, kb, "The privateers lay at anchor off Gravelines for a week."
    )
    assert near(found["Gravelines"], 50.99, 2.13)
    found = placed_names(
        nlp_with_kb_ruler, kb, "Pickers on the estates above Kandy walked out in protest."
    )
    assert near(found["Kandy"], 7.29, 80.63)


@pytest.mark.model
def test_a_towns_first_word_read_as_a_title_is_put_back(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = placed_names(
        nlp_with_kb_ruler, kb, "Two soldiers died when a roadside bomb exploded near Sheikh Zuweid."
    )
    assert near(found["Sheikh Zuweid"], 31.22, 34.11)


@pytest.mark.model
def test_an_unlabelled_capital_is_the_capital(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = placed_names(
        nlp_with_kb_ruler, kb, "By the winter of 1843 Montevideo was besieged by land."
    )
    assert near(found["Montevideo"], -34.90, -56.19)
