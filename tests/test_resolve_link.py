"""Recognition and linking: the KB ruler, coreference, acronyms, places, unknown names."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from historiograph.nlp.entities import entity_id
from historiograph.resolve import resolve_entities
from historiograph.resolve.kb import KnowledgeBase


@pytest.fixture(scope="module")
def blank(blank_kb_nlp: Language) -> Language:
    return blank_kb_nlp


def links(nlp: Language, kb: KnowledgeBase, text: str) -> dict[str, str | None]:
    _, mentions = resolve_entities(nlp(text), kb=kb)
    return {m.text: m.entity for m in mentions}


def test_ruler_works_on_a_blank_pipeline(blank: Language, kb: KnowledgeBase) -> None:
    doc = blank("The MKO moved from Paris to Camp Ashraf in Iraq.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("MKO", "ORG"),
        ("Camp Ashraf", "GPE"),
        ("Iraq", "GPE"),
    ]
    assert "historiograph_entity_ruler" in blank.pipe_names


def test_acronyms_match_only_in_capitals(blank: Language, kb: KnowledgeBase) -> None:
    found = links(blank, kb, "Let us go. The US said so.")
    assert found == {"US": "ent:united-states"}


def test_place_names_inside_longer_names_are_left_alone(blank: Language, kb: KnowledgeBase) -> None:
    doc = blank("He moved to New Mexico, not Mexico.")
    assert [e.text for e in doc.ents] == ["Mexico"]
    assert doc.ents[0].start_char == doc.text.rindex("Mexico")


def test_unknown_names_get_deterministic_ids(blank: Language, kb: KnowledgeBase) -> None:
    doc = blank("Zorblat Quux arrived.")
    doc.ents = [doc.char_span(0, 12, label="PERSON")]  # as the recogniser would
    entities, mentions = resolve_entities(doc, kb=kb)
    assert mentions[0].entity == entity_id("Zorblat Quux") == "ent:zorblat-quux"
    assert entities[0].kind == "person"


def test_document_defined_acronym_links_to_its_organization(kb: KnowledgeBase) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "The Society of Blue Lanterns (SBL) met. Later the SBL split."
    doc = nlp(text)
    name, first, second = text.index("Society"), text.index("SBL"), text.rindex("SBL")
    doc.ents = [
        doc.char_span(name, text.index(" ("), label="ORG"),
        doc.char_span(first, first + 3, label="ORG"),
        doc.char_span(second, second + 3, label="ORG"),
    ]
    _, mentions = resolve_entities(doc, kb=kb)
    assert {m.entity for m in mentions} == {"ent:society-of-blue-lanterns"}


def test_a_one_word_short_name_links_to_the_one_organization_it_ends(
    kb: KnowledgeBase,
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def linked(text: str, *names: str) -> list[str | None]:
        doc = nlp(text)
        starts = [text.rindex(n) if n == "Front" else text.index(n) for n in names]
        doc.ents = [
            doc.char_span(start, start + len(name), label="ORG")
            for start, name in zip(starts, names, strict=True)
        ]
        _, mentions = resolve_entities(doc, kb=kb)
        return [m.entity for m in mentions if m.text == "Front"]

    one = "The Northern Weavers Front denied it. The Front accused the army."
    assert linked(one, "Northern Weavers Front", "Front") == ["ent:northern-weavers-front"]
    two = "The Northern Weavers Front and the Southern Tanners Front met. The Front left."
    assert linked(two, "Northern Weavers Front", "Southern Tanners Front", "Front") == ["ent:front"]


@pytest.mark.model
def test_surname_links_to_the_person_in_scope_and_is_ambiguous_with_two(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    nlp = nlp_with_kb_ruler
    one = "Masoud Rajavi led the group. Later Rajavi fled to Paris."
    _, mentions = resolve_entities(nlp(one), kb=kb)
    assert [m.entity for m in mentions if m.text == "Rajavi"] == ["ent:masoud-rajavi"]
    two = "Masoud Rajavi and Maryam Rajavi spoke. Rajavi said nothing."
    _, mentions = resolve_entities(nlp(two), kb=kb)
    bare = [m for m in mentions if m.text == "Rajavi"]
    assert bare and all(m.entity is None for m in bare)


@pytest.mark.model
def test_flagship_every_alias_one_entity_and_places_resolved(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase, flagship_path: Path
) -> None:
    text = flagship_path.read_text()
    entities, mentions = resolve_entities(nlp_with_kb_ruler(text), kb=kb)
    mek = next(e for e in entities if e.id == "ent:mek")
    assert {
        "MKO",
        "MEK",
        "Mujahedin",
        "Mujahidin Organization",
        "Mujahedin-e Khalq Organization",
        "People’s Mujahedin Organization of Iran",
        "Mujahedin Organization",
    } <= set(mek.aliases)
    by_text = {m.text: m.entity for m in mentions}
    places = {e.id: e for e in entities}
    for name, (lat, lon) in {
        "Qasr-e-Shirin": (34.52, 45.58),
        "Sar Pol-e-Zahab": (34.46, 45.86),
        "West Islamabad": (34.11, 46.53),
        "Diyalah province": (34.0, 45.0),
        "Mehran": (33.12, 46.16),
        "Ashraf Camp": (33.64, 44.59),
    }.items():
        geo = places[by_text[name]].geo  # type: ignore[index]
        assert geo is not None and abs(geo.lat - lat) < 0.4 and abs(geo.lon - lon) < 0.4, name  # type: ignore[operator]
    assert by_text["Sadoughi"] == "ent:mohammad-sadoughi"
    assert by_text["Ashraf Rabiei"] == "ent:ashraf-rabiei"


def test_a_country_name_a_state_shares_resolves_in_context(kb: KnowledgeBase) -> None:
    nlp = spacy.blank("en")
    text = "Savannah and Macon, the largest towns of Georgia, voted. Albany and Tbilisi did not."
    doc = nlp(text)
    doc.ents = [
        doc.char_span(text.index(n), text.index(n) + len(n), label="GPE")
        for n in ("Savannah", "Macon", "Georgia", "Albany")
    ]
    entities, mentions = resolve_entities(doc, kb=kb)
    geo = {m.text: next(e.geo for e in entities if e.id == m.entity) for m in mentions}
    assert geo["Georgia"] is not None and geo["Georgia"].feature == "ADM1"
    assert geo["Albany"] is not None and geo["Albany"].admin1 == "Georgia"  # not Albania


@pytest.mark.model
def test_a_town_taken_or_entered_is_a_place_whatever_the_recogniser_says(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "After weeks of shelling, Serb forces entered Vukovar on 18 November 1991."
    entities, mentions = resolve_entities(nlp_with_kb_ruler(text), kb=kb)
    kinds = {m.text: next(e.kind for e in entities if e.id == m.entity) for m in mentions}
    assert kinds["Vukovar"] == "place"
