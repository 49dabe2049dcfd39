"""The region a text gives next to a place name, and the country a document is about.

A writer places a small town by the region after it ("Orikhove, Luhansk", "San
Antonio (Valparaiso)", "Cuauhtemoc municipality, Chihuahua"); the resolver must
keep the reading inside that region, and where the gazetteer holds none (it lacks
most villages) must not take a namesake elsewhere. Labels are set by hand on a
blank pipeline, as in ``test_resolve_cues.py``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import in_named_region, qualifier_chain
from historiograph.resolve.toponyms import Toponym, resolve_toponyms
from resolved_places import gpe_places as places


@pytest.fixture(scope="module")
def nlp(blank_kb_nlp: Language) -> Language:
    return blank_kb_nlp


def test_the_qualifier_chain_reads_commas_brackets_designators_and_in(
    gazetteer: Gazetteer,
) -> None:
    def chain(text: str, name: str) -> list[tuple[str, bool]]:
        end = text.index(name) + len(name)
        return [(n, contained) for _, n, contained in qualifier_chain(text, end, gazetteer)]

    assert chain("in Pipri, Kaushambi (UP) leading", "Pipri") == [
        ("Kaushambi", True),
        ("UP", True),
    ]
    assert chain("in Badah town (Larkana, Sindh), for", "Badah") == [
        ("Larkana", True),
        ("Sindh", True),
    ]
    assert chain("in Cuauhtemoc municipality, Chihuahua, a man", "Cuauhtemoc") == [
        ("Chihuahua", True)
    ]
    assert chain("near Vodyane, Donetsk. The OSCE observed", "Vodyane") == [("Donetsk", True)]
    assert chain("in Cuauhtemoc in Chihuahua.", "Cuauhtemoc") == [("Chihuahua", False)]
    # "in" followed by a town or a month says where or when, not where the place lies.
    assert chain("fighting in Kabul in March.", "Kabul") == []
    # A list is no chain: only its first comma counts.
    assert chain("Kentucky, Louisiana, Michigan, Missouri", "Louisiana") == [("Michigan", True)]
    assert chain("western Africa in Morocco, Tunisia and Libya", "Africa") == [("Morocco", False)]


def test_a_qualifier_in_brackets_or_after_a_designator_chooses_the_namesake(
    nlp: Language, kb: KnowledgeBase
) -> None:
    found = places(
        nlp, kb, "On 9 May, in San Antonio (Valparaiso), people demonstrated.", "San Antonio"
    )
    antonio = found["San Antonio"]
    assert antonio is not None and antonio.country_code == "CL"
    found = places(
        nlp,
        kb,
        "On 9 May, in Cuauhtemoc municipality, Chihuahua, a man was found dead.",
        "Cuauhtemoc",
        "Chihuahua",
    )
    town = found["Cuauhtemoc"]
    assert town is not None and town.admin1 == "Chihuahua"


def test_no_namesake_outside_the_region_the_text_names(
    gazetteer: Gazetteer, nlp: Language, kb: KnowledgeBase
) -> None:
    # The gazetteer's only Orikhove lies in Crimea: the one in Luhansk is too small.
    assert {p.admin1 for p in gazetteer.lookup("Orikhove")} == {"Crimea"}
    place = resolve_toponyms([Toponym("Orikhove", "Luhansk")], gazetteer)[0]
    assert place is None
    # A large place that only the lossy key matches is dropped too.
    place = resolve_toponyms([Toponym("Novotroitske", "Donetsk")], gazetteer)[0]
    assert place is None
    # A prominent place stays: "Kabul, Kandahar" heads a list.
    kabul = resolve_toponyms([Toponym("Kabul", "Kandahar")], gazetteer)[0]
    assert kabul is not None and kabul.feature == "PPLC"
    # The linker gives the unplaced village no point, not the Crimean namesake's.
    found = places(nlp, kb, "Rebels fired missiles near Orikhove, Luhansk.", "Orikhove", "Luhansk")
    assert found["Orikhove"] is None


def test_a_village_the_gazetteer_lacks_takes_the_point_of_its_town(
    nlp: Language, kb: KnowledgeBase
) -> None:
    found = places(
        nlp,
        kb,
        "People protested in Badah town (Larkana, Sindh), for civic facilities.",
        "Badah",
        "Larkana",
        "Sindh",
    )
    village, town = found["Badah"], found["Larkana"]
    assert village is not None and town is not None and town.country_code == "PK"
    assert (village.lat, village.lon) == (town.lat, town.lon)
    assert village.geonames_id is None  # a point near the place, not the town itself
    # A first-level region's point is too far from its villages to stand for one.
    found = places(nlp, kb, "Rebels fired mortars near Zholobok, Luhansk.", "Zholobok", "Luhansk")
    assert found["Zholobok"] is None


def test_a_district_qualifier_holds_its_towns(gazetteer: Gazetteer) -> None:
    pipri = resolve_toponyms([Toponym("Pipri", "Kaushambi")], gazetteer)[0]
    # No Pipri of the gazetteer lies in Uttar Pradesh, where Kaushambi district is.
    assert pipri is None
    # The rest of a chain counts too: no Badah lies near Larkana or in Sindh.
    badah = resolve_toponyms([Toponym("Badah", "Larkana", within=("Sindh",))], gazetteer)[0]
    assert badah is None


def test_a_document_about_one_country_drops_a_small_namesake_abroad(
    gazetteer: Gazetteer,
) -> None:
    assert {p.country_code for p in gazetteer.lookup("Kerawa")} == {"FI"}
    # Alone, with nothing to say where the story is, a small place spelled otherwise
    # is no reading either: the name stays unresolved.
    assert resolve_toponyms([Toponym("Kerawa")], gazetteer)[0] is None
    # Set in Finland, the variant spelling is Kerava.
    kerava = resolve_toponyms([Toponym("Kerawa")], gazetteer, focus={"FI": 1.0})[0]
    assert kerava is not None and kerava.country_code == "FI"
    # Boko Haram's attacks in the Far North of Cameroon: Kerawa is no Kerava.
    kerawa = resolve_toponyms([Toponym("Kerawa")], gazetteer, focus={"CM": 2.0})[0]
    assert kerawa is None
    # A place whose own name is written stays: a story may move abroad.
    paris = resolve_toponyms([Toponym("Paris")], gazetteer, focus={"CM": 2.0})[0]
    assert paris is not None and paris.country_code == "FR"


def test_an_unrecognised_name_before_a_region_is_a_place(
    gazetteer: Gazetteer, nlp: Language, kb: KnowledgeBase
) -> None:
    text = "Rebels fired grenade launchers near Shyrokyne, Donetsk."
    end = text.index("Shyrokyne") + len("Shyrokyne")
    assert in_named_region(text, end, gazetteer)
    assert not in_named_region("He met Shyrokyne, Peters and Jones.", 16, gazetteer)
