"""Natural features, region parts and names the recogniser cuts short.

A name written with a sea's or a lake's generic word is the feature ("the Red Sea",
not Egypt's Red Sea governorate); "in northern Mali" places a name in Mali as "in
Mali" does, and a town elsewhere that only an alternate spelling matches is then no
reading ("Senna" is a variant of Sanaa's name); the recogniser's "Belle" of "Belle
Plaine" is the town written, not Belle, Missouri; and "Alex", after "Alex Branch",
is the man, not a village in Oklahoma. The shipped index holds the
second-level regions GeoNames' towns are coded in: the Philippines' provinces,
France's departments, Pakistan's districts.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import appositive_place, qualifier_chain, widened
from historiograph.resolve.link import resolve_doc
from historiograph.resolve.toponyms import Toponym, resolve_toponyms


@pytest.fixture(scope="module")
def nlp(blank_kb_nlp: Language) -> Language:
    return blank_kb_nlp


def test_a_sea_is_the_sea_not_the_region_named_after_it(gazetteer: Gazetteer) -> None:
    assert {p.feature for p in gazetteer.lookup("Red Sea")} >= {"SEA", "ADM1"}
    # Even in a story about Egypt, whose governorate of the name is a candidate.
    sea = resolve_toponyms([Toponym("Red Sea")], gazetteer, focus={"EG": 2.0})[0]
    assert sea is not None and sea.feature == "SEA"
    # Without the generic word the governorate's own name is not the sea's.
    assert resolve_toponyms([Toponym("Hurghada")], gazetteer)[0] is not None


def test_in_a_part_of_a_region_is_in_the_region(gazetteer: Gazetteer) -> None:
    def chain(text: str, name: str) -> list[tuple[str, bool]]:
        end = text.index(name) + len(name)
        return [(n, contained) for _, n, contained in qualifier_chain(text, end, gazetteer)]

    assert chain("a camp near Senna in northern Mali.", "Senna") == [("Mali", False)]
    assert chain("fighting in Aleppo in the north-western Syria", "Aleppo") == [("Syria", False)]
    # A lower-case word that names no part of a region still ends the chain.
    assert chain("fighting in Kabul in recent Afghanistan", "Kabul") == []


def test_a_near_spelling_outside_the_named_country_is_no_reading(gazetteer: Gazetteer) -> None:
    # GeoNames gives Sanaa the variant "Senna": alone, the capital is what it names.
    sanaa = resolve_toponyms([Toponym("Senna")], gazetteer)[0]
    assert sanaa is not None and sanaa.country_code == "YE"
    # Put in Mali, it is a Malian place the gazetteer lacks.
    assert resolve_toponyms([Toponym("Senna", "Mali")], gazetteer)[0] is None
    # A capital written as its own name stays a reading outside the container.
    moscow = resolve_toponyms([Toponym("Moscow", "Syria")], gazetteer)[0]
    assert moscow is not None and moscow.country_code == "RU"
    # So does a region its abbreviation names: "Louisville, Ky., New Haven" is a list.
    kentucky = resolve_toponyms([Toponym("Ky.", "New Haven")], gazetteer)[0]
    assert kentucky is not None and kentucky.admin1 == "Kentucky"


def test_a_name_cut_before_the_rest_of_a_town_s_name_is_widened(gazetteer: Gazetteer) -> None:
    text = "The team upped its record in Belle Plaine on Friday."
    start = text.index("Belle")
    assert widened(text, start, start + len("Belle"), gazetteer, group=False) == (
        start,
        start + len("Belle Plaine"),
    )
    # A region's name before a word is the region's: no town "Missouri Valley" here.
    text = "They played on a Missouri Valley team."
    start = text.index("Missouri")
    assert widened(text, start, start + len("Missouri"), gazetteer, group=False) is None
    # Nor is a word before a small town's name taken into it ("north Arlington").
    text = "a horse farm in North Arlington."
    start = text.index("Arlington")
    assert widened(text, start, start + len("Arlington"), gazetteer, group=False) is None


def test_the_index_holds_the_regions_towns_are_coded_in(gazetteer: Gazetteer) -> None:
    bohol = [p for p in gazetteer.lookup("Bohol") if p.feature == "ADM2"]
    assert bohol and bohol[0].country_code == "PH"
    assert abs(bohol[0].lat - 9.85) < 1.0 and abs(bohol[0].lon - 124.2) < 1.0
    assert any(p.feature == "ADM2" and p.country_code == "FR" for p in gazetteer.lookup("Somme"))
    swat = [p for p in gazetteer.lookup("Swat District") if p.feature == "ADM2"]
    assert swat and swat[0].country_code == "PK"


def test_a_person_s_given_name_or_surname_is_the_person(nlp: Language, kb: KnowledgeBase) -> None:
    def labelled(text: str, *spans: tuple[int, int, str]) -> dict[str, str | None]:
        doc = nlp(text)
        doc.ents = [doc.char_span(s, e, label=label) for s, e, label in spans]
        _, mentions = resolve_doc(doc, kb=kb)
        return {f"{m.text}@{m.span[0]}": (m.geo.country_code if m.geo else None) for m in mentions}

    text = "Brian Freeman and Alex Branch were charged. Alex Branch's lawyer said Alex was home."
    alex = text.rindex("Alex")
    found = labelled(text, (18, 29, "PERSON"), (alex, alex + 4, "GPE"))
    # GeoNames holds a village Alex (Oklahoma); here the name is the man's.
    assert found[f"Alex@{alex}"] is None
    # A name the text places is the place, whoever shares it.
    text = "Alex Branch was charged. He lives in Alex, Okla., with his mother."
    town = text.rindex("Alex")
    okla = text.index("Okla.")
    found = labelled(text, (0, 11, "PERSON"), (town, town + 4, "GPE"), (okla, okla + 5, "GPE"))
    assert found[f"Alex@{town}"] == "US"


def test_a_dateline_s_capitals_name_the_place_the_headline_writes(
    nlp: Language, kb: KnowledgeBase
) -> None:
    text = "Portland selectmen hire a lawyer. PORTLAND — The board hired a lawyer."
    dateline = text.index("PORTLAND")
    doc = nlp(text)
    doc.ents = [doc.char_span(dateline, dateline + 8, label="GPE")]
    _, mentions = resolve_doc(doc, kb=kb)
    found = {m.span: m.geo for m in mentions}
    # The headline's "Portland", which the recogniser left out, is the same place.
    assert found[(0, 8)] is not None and found[(0, 8)] == found[(dateline, dateline + 8)]


def test_an_apposition_that_calls_a_name_a_town_makes_it_a_place() -> None:
    def said(text: str, name: str) -> bool:
        return appositive_place(text, text.index(name) + len(name))

    assert said("children from Dogu Beyazit, a farming town in eastern Turkey.", "Beyazit")
    assert said("Kalam, a tourist town.", "Kalam")
    # The noun must end the phrase: a councillor, an elder and a senator are people.
    assert not said("John Smith, a town councillor, said", "Smith")
    assert not said("Bob Hill, a village elder, said", "Hill")
    assert not said("Ann Jones, a state senator, said", "Jones")
    assert not said("Mr Brown, a lawyer in Paris, said", "Brown")


def test_a_compass_word_alone_is_no_foreign_region(gazetteer: Gazetteer) -> None:
    # GeoNames names regions of Cameroon "North" and "South", and one of Paraguay "Central".
    assert any(p.country_code == "CM" for p in gazetteer.lookup("North"))
    assert resolve_toponyms([Toponym("North"), Toponym("Central")], gazetteer) == [None, None]
    # With its designator the name is the region.
    north = resolve_toponyms([Toponym("North region")], gazetteer, focus={"CM": 2.0})[0]
    assert north is not None and north.country_code == "CM"
