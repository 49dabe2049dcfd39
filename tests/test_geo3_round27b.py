"""Round 27b place fixes, as examples from unseen texts: a people's word that names a
language is no place ("defend Georgian as the state language"); an office after "the"
is its holder, no town ("The Sultan fled"); a street or square in a town is a section
of the town, not the capital itself ("Rustaveli Avenue in Tbilisi"); a town the
recogniser calls an organization is a place as the object of a verb that takes a
territory ("Soldiers shelled Homs"); a qualifier in brackets after "in" ("Ougadugo (in
Sirte)") rules out a capital abroad; a village name runs on over a capitalised word the
tagger reads as a conjunction ("Let Yet Kone village"); the Arabic article's spellings
are one name ("al-Sukhnah" is As Sukhnah); and a surname with an apostrophe inside stays
in the person's name ("Bartholomew Ulufa'alu")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from geo_runs import near, placed_names
from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import named_place
from historiograph.resolve.link import resolve_doc

pytestmark = pytest.mark.model


def _resolved(nlp: Language, kb: KnowledgeBase, text: str) -> dict[str, str | None]:
    """Each mention's text with its place's feature ("" where it has no place)."""
    _, mentions = resolve_doc(nlp(text), kb=kb)
    return {m.text: (m.geo.feature or "") if m.geo else "" for m in mentions}


def test_a_language_named_by_its_people_s_word_is_no_place(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "Thousands rallied in Tbilisi to defend Georgian as the state language."
    assert "Georgian" not in _resolved(nlp_with_kb_ruler, kb, text)
    assert "Armenian" not in _resolved(
        nlp_with_kb_ruler, kb, "The law on the Armenian language passed."
    )


def test_the_people_s_word_before_troops_still_names_the_country(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    places = _resolved(nlp_with_kb_ruler, kb, "Georgian troops entered the town.")
    assert places["Georgian"] == "PCLI"


def test_an_office_after_the_is_its_holder_not_a_town(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "The Sultan fled the palace as rebels entered."
    _, mentions = resolve_doc(nlp_with_kb_ruler(text), kb=kb)
    sultan = next(m for m in mentions if m.text == "Sultan")
    assert sultan.label == "PERSON" and sultan.geo is None


def test_a_street_in_a_capital_is_a_section_of_it_not_the_capital(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "Protesters gathered on Rustaveli Avenue in Tbilisi on Monday."
    places = _resolved(nlp_with_kb_ruler, kb, text)
    assert places["Rustaveli Avenue"] == "PPLX"
    assert places["Tbilisi"] == "PPLC"
    assert near(placed_names(nlp_with_kb_ruler, kb, text)["Rustaveli Avenue"], 41.69, 44.83)


def test_a_shelled_town_the_recogniser_calls_an_organization_is_placed(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    places = placed_names(nlp_with_kb_ruler, kb, "Soldiers shelled Homs on Tuesday.")
    assert near(places["Homs"], 34.73, 36.72, km=30)


def test_a_town_in_brackets_after_in_rules_out_a_capital_abroad(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "Clashes between GNA forces and IS militants in Ougadugo (in Sirte), Libya."
    places = placed_names(nlp_with_kb_ruler, kb, text)
    assert near(places["Ougadugo"], 31.21, 16.59)  # Sirte's point, not Ouagadougou


def test_a_village_name_runs_on_over_a_word_read_as_a_conjunction(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "Clashes erupted in Let Yet Kone village in Myanmar, killing three."
    names = _resolved(nlp_with_kb_ruler, kb, text)
    assert "Let Yet Kone" in names
    assert "Kone" not in names


def test_the_arabic_article_s_spellings_name_one_place(gazetteer: Gazetteer) -> None:
    place = named_place(gazetteer, "al-Sukhnah")
    assert place is not None and place.name == "As Sukhnah"


def test_a_surname_with_an_apostrophe_inside_stays_in_the_name(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "Prime Minister Bartholomew Ulufa'alu resigned in Honiara on Friday."
    assert "Bartholomew Ulufa'alu" in _resolved(nlp_with_kb_ruler, kb, text)
