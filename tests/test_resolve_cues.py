"""Toponym recognition: places the recogniser mislabels, hides in longer names or misses.

Each test sets the recogniser's labels by hand (as the small English model
labels such text, wrongly), so that it runs on a blank pipeline and checks
what the cues in ``historiograph.resolve.cues`` make of them.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from historiograph.record import Geo
from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import (
    datelines,
    following_designator,
    locative_before,
    named_place,
    nested_places,
    party_homes,
    qualifier_chain,
    settlement_before,
    size_for_word_after,
    street_after,
)
from historiograph.resolve.link import resolve_entities
from resolved_places import places


@pytest.fixture(scope="module")
def nlp(blank_kb_nlp: Language) -> Language:
    return blank_kb_nlp


def admin1(geo: Geo | None) -> str | None:
    return geo.admin1 if geo is not None else None


def test_a_place_inside_an_organization_is_a_mention_of_its_own(
    nlp: Language, kb: KnowledgeBase
) -> None:
    found = places(
        nlp,
        kb,
        "He was booked, according to the Butler County Sheriff's Office in Hamilton, Ohio.",
        ("Butler County Sheriff's Office", "ORG"),
        ("Hamilton", "GPE"),
        ("Ohio", "GPE"),
    )
    assert found["Butler County Sheriff's Office"] is None
    county = found["Butler County"]
    assert county is not None and county.feature == "ADM2" and county.admin1 == "Ohio"
    found = places(
        nlp,
        kb,
        "She studied at the University of Wisconsin.",
        ("University of Wisconsin", "ORG"),
    )
    assert admin1(found["Wisconsin"]) == "Wisconsin"


def test_nested_places_need_a_word_that_names_the_place_institution(
    gazetteer: Gazetteer,
) -> None:
    def nested(name: str, **kwargs: bool) -> list[str]:
        return [name[s:e] for s, e in nested_places(name, gazetteer, frozenset(), **kwargs)]

    assert nested("Athens Police Department") == ["Athens"]
    assert nested("Texas Department of State Health Services") == ["Texas"]
    assert nested("Northeast Georgia Medical Center") == ["Georgia"]
    assert nested("North Charleston Police Department") == ["North Charleston"]
    assert nested("Dublin City Council") == ["Dublin"]  # not the Irish county "Dublin City"
    assert nested("Boulder City Police") == ["Boulder City"]
    assert nested("Department of Justice") == []  # Justice, Illinois: a town, no region
    assert nested("Ford Motor Company") == []
    assert nested("Paris Hilton Foundation", organization=False) == []
    assert nested("Western Massachusetts", region=True) == ["Massachusetts"]


def test_nested_places_in_agencies_metro_areas_and_hyphenated_pairs(
    gazetteer: Gazetteer,
) -> None:
    def nested(name: str, **kwargs: bool) -> list[str]:
        return [name[s:e] for s, e in nested_places(name, gazetteer, frozenset(), **kwargs)]

    # A street word that starts an agency's name is no street.
    assert nested("Florida Highway Patrol") == ["Florida"]
    assert nested("Massachusetts Turnpike Authority") == ["Massachusetts"]
    assert nested("S.C. Highway Patrol") == ["S.C."]
    # "Court" after a region is its court, after a town a street.
    assert nested("Kentucky Court of Appeals") == ["Kentucky"]
    assert nested("Allegheny County Court", region=True) == ["Allegheny County"]
    assert nested("Denver Court Apartments") == []
    # "Metro" and "Metropolitan" before a large city.
    assert nested("Metro Vancouver") == ["Vancouver"]
    assert nested("United Way of Metropolitan Atlanta") == ["Atlanta"]
    # Hyphenated pairs of places, when one is a region or a large city.
    assert nested("University of Nebraska-Lincoln") == ["Nebraska", "Lincoln"]
    assert nested("Springfield-Greene County Health Department") == [
        "Springfield",
        "Greene County",
    ]
    assert nested("Coca-Cola Company") == []


def test_a_county_named_without_its_designator_before_an_agency_word(
    gazetteer: Gazetteer,
) -> None:
    def nested(name: str, **kwargs: bool) -> list[str]:
        return [name[s:e] for s, e in nested_places(name, gazetteer, frozenset(), **kwargs)]

    # Gwinnett and Prince William are counties only: local news drops "County".
    assert nested("Gwinnett Medical Center") == ["Gwinnett"]
    assert nested("Prince William Circuit Court") == ["Prince William"]
    # Before any other capitalised word a bare county is no place: Brown County, Texas.
    assert nested("Brown Motor Company") == []
    # In a person's name never ("Prince William" is a prince before he is a county).
    assert nested("Prince William Foundation", organization=False) == []
    # The bare county reading is asked for; by default a name is a place's own name.
    assert named_place(gazetteer, "Gwinnett") is None
    county = named_place(gazetteer, "Gwinnett", county=True)
    assert county is not None and county.feature == "ADM2" and county.admin1 == "Georgia"


def test_an_initial_in_a_qualifier_ends_no_sentence(
    nlp: Language, kb: KnowledgeBase, gazetteer: Gazetteer
) -> None:
    text = "He was held at the regional jail in Greenwood, W. Va., on a parole violation."
    end = text.index("Greenwood") + len("Greenwood")
    assert [n for _, n, _ in qualifier_chain(text, end, gazetteer)] == ["W. Va"]
    # The gazetteer lacks Greenwood, West Virginia: no Greenwood elsewhere stands in.
    found = places(nlp, kb, text, ("Greenwood", "GPE"), ("W. Va.", "GPE"))
    assert found["Greenwood"] is None
    assert admin1(found["W. Va."]) == "West Virginia"


def test_lower_case_words_after_a_compass_word_name_no_place(gazetteer: Gazetteer) -> None:
    def nested(name: str) -> list[str]:
        return [name[s:e] for s, e in nested_places(name, gazetteer, frozenset(), region=True)]

    assert nested("West mobile") == []  # of "St. Paris Court West mobile home park"
    assert nested("West Mobile") == ["Mobile"]


def test_the_rest_of_a_name_cut_short_is_no_place_of_its_own(
    nlp: Language, kb: KnowledgeBase
) -> None:
    def mentions(*before: tuple[str, str, str]) -> list[str]:
        words = ["She", "accused", "a", *(w for w, _, _ in before), "Grove", "man", "."]
        pos = ["PRON", "VERB", "DET", *(p for _, p, _ in before), "PROPN", "NOUN", "PUNCT"]
        ents = ["O", "O", "O", *(e for _, _, e in before), "O", "O", "O"]
        doc = Doc(nlp.vocab, words=words, pos=pos, ents=ents)
        return [m.text for m in resolve_entities(doc, kb=kb)[1]]

    # "Meadow" labelled apart: "Grove man" is no man of Grove, Oklahoma.
    assert "Grove" not in mentions(("Meadow", "PROPN", "B-NORP"))
    # Where no labelled name precedes it, the local noun makes the town a place.
    assert "Grove" in mentions()
    assert "Grove" in mentions(("young", "ADJ", "O"))


def test_a_place_name_run_on_over_a_preposition_is_two_names(
    nlp: Language, kb: KnowledgeBase
) -> None:
    found = places(
        nlp,
        kb,
        "He rode from his hometown of Norman, Okla. to Washington D.C. last spring.",
        ("Norman", "GPE"),
        ("Okla. to Washington", "GPE"),
    )
    assert "Okla. to Washington" not in found
    assert admin1(found["Okla."]) == "Oklahoma"
    # The capital, widened over its qualifier, not Washington, Oklahoma.
    assert admin1(found["Washington D.C"]) == "Washington, D.C."


def test_a_mislabelled_place_is_a_place_where_the_words_around_it_say_so(
    nlp: Language, kb: KnowledgeBase
) -> None:
    found = places(
        nlp,
        kb,
        "New Haven, Conn., Sioux Falls, S.D. and Surprise, Ariz., were picked.",
        ("New Haven", "GPE"),
        ("Conn.", "GPE"),
        ("Sioux Falls", "PERSON"),
        ("S.D.", "GPE"),
        ("Surprise", "GPE"),
        ("Ariz.", "GPE"),
    )
    assert admin1(found["Sioux Falls"]) == "South Dakota"
    found = places(nlp, kb, "Two people died in Evansville last week.", ("Evansville", "ORG"))
    assert admin1(found["Evansville"]) == "Indiana"
    found = places(nlp, kb, "The Danbury police arrested him.", ("Danbury", "ORG"))
    assert admin1(found["Danbury"]) == "Connecticut"
    # A street's name is no place, whatever the gazetteer holds.
    assert places(nlp, kb, "Floods hit Rivers Avenue.", ("Rivers", "ORG"))["Rivers"] is None


def test_datelines_and_party_home_towns_are_places(
    nlp: Language, kb: KnowledgeBase, gazetteer: Gazetteer
) -> None:
    text = "Title.\nHAMILTON — The two. BEIRUT: A dealer. ST. PAUL -- No.\nNOTE: read this"
    assert [text[s:e] for s, e in datelines(text, gazetteer)] == ["HAMILTON", "BEIRUT", "ST. PAUL"]
    text = "By Chad Klimack Advocate Reporter March 29, 2009 PATASKALA -- City officials say"
    assert [text[s:e] for s, e in datelines(text, gazetteer)] == ["PATASKALA"]
    found = places(nlp, kb, "BELGRADE, Minn. -- A woman was found dead by firefighters.")
    assert admin1(found["BELGRADE"]) == "Minnesota"
    text = "Rep. Torrey Westrom, R-Elbow Lake, said. Rep. Jay Roberts (R-Ocilla), chairman."
    assert [text[s:e] for s, e in party_homes(text, gazetteer)] == ["Elbow Lake", "Ocilla"]
    found = places(nlp, kb, text, ("Torrey Westrom", "PERSON"), ("Jay Roberts", "PERSON"))
    assert admin1(found["Elbow Lake"]) == "Minnesota"
    assert admin1(found["Ocilla"]) == "Georgia"


def test_a_designator_after_a_list_of_names_makes_each_a_region(
    nlp: Language, kb: KnowledgeBase
) -> None:
    text = "Snow fell in Harvey, Harper and Kingman counties, but not in the Indiana counties."
    assert following_designator(text, text.index("Harvey"), text.index(",")) == "county"
    assert following_designator(text, text.index("Indiana"), text.index(" counties, ")) is None
    found = places(nlp, kb, text, ("Harvey", "GPE"), ("Harper", "GPE"), ("Kingman", "GPE"))
    for name in ("Harvey", "Harper", "Kingman"):
        geo = found[name]
        assert geo is not None and geo.feature == "ADM2" and geo.admin1 == "Kansas", name


def test_a_landmark_never_resolves_through_a_towns_alternate_name(
    nlp: Language, kb: KnowledgeBase
) -> None:
    text = "Security forces opened fire on protesters in Liberty Square in {} on June 2, 2001."
    found = places(nlp, kb, text.format("Keltz"), ("Liberty Square", "FAC"), ("Keltz", "GPE"))
    assert found["Liberty Square"] is None  # not Manlius, NY, whose alternate name it is
    found = places(nlp, kb, text.format("Taipei"), ("Liberty Square", "FAC"), ("Taipei", "GPE"))
    square, taipei = found["Liberty Square"], found["Taipei"]
    assert admin1(taipei) == "Taiwan"
    # At the town's point, as a section of it: the square is not the capital.
    assert square is not None and (square.lat, square.lon) == (taipei.lat, taipei.lon)
    assert square.feature == "PPLX" and square.geonames_id is None


def test_a_name_cut_short_is_widened_to_the_place(nlp: Language, kb: KnowledgeBase) -> None:
    found = places(nlp, kb, "Ships crossed the Indian Ocean.")
    geo = found["Indian Ocean"]
    assert geo is not None and geo.feature == "OCN"


def test_the_words_around_a_name() -> None:
    assert locative_before("the town of ", 12)
    assert locative_before("60 miles southwest of ", 22)
    assert locative_before("Rebecca Sears, 41, of ", 22)
    assert not locative_before("the region, the ", 16)  # "..., the Bush administration"
    assert size_for_word_after("X police", 1) == 0
    assert size_for_word_after("X High School", 1) == 5_000
    assert size_for_word_after("X said", 1) is None
    assert street_after("at Hampden and Center streets", 3, 10)
    assert settlement_before("in the village of ", 18)
    assert not settlement_before("the president of ", 17)


def test_an_abbreviation_with_a_full_stop_names_its_region(gazetteer: Gazetteer) -> None:
    place = named_place(gazetteer, "S.C.")
    assert place is not None and place.feature == "ADM1" and place.admin1 == "South Carolina"
    assert named_place(gazetteer, "SC") is None  # two capitals are as often no state


def test_a_name_that_is_a_place_once_is_a_place_where_nothing_else_covers_it(
    nlp: Language, kb: KnowledgeBase
) -> None:
    # The headline's "Winchester" is unlabelled; the story names the town as a place.
    text = "Winchester ousted from state tournament. The Falcons beat them in Winchester, Indiana."
    doc = nlp(text)
    later = text.index("Winchester,")
    doc.ents = [
        doc.char_span(later, later + len("Winchester"), label="GPE"),
        doc.char_span(text.index("Indiana"), text.index("Indiana") + 7, label="GPE"),
    ]
    entities, mentions = resolve_entities(doc, kb=kb)
    headline = [m for m in mentions if m.span == (0, len("Winchester"))]
    assert len(headline) == 1
    geo = {e.id: e.geo for e in entities}[headline[0].entity or ""]
    assert geo is not None and geo.admin1 == "Indiana"


def test_a_capital_labelled_a_person_is_a_place_though_a_region_shares_its_name(
    nlp: Language, kb: KnowledgeBase
) -> None:
    found = places(nlp, kb, "Tbilisi says the separatists fired first.", ("Tbilisi", "PERSON"))
    tbilisi = found["Tbilisi"]
    assert tbilisi is not None and tbilisi.country_code == "GE"


def test_hyphenated_names_of_two_places_stay_two_and_endings_are_cut(
    nlp: Language, kb: KnowledgeBase
) -> None:
    found = places(nlp, kb, "Egyptian-US relations cooled.", ("Egyptian", "NORP"), ("US", "GPE"))
    assert "Egyptian-US" not in found
    us = found["US"]
    assert us is not None and us.country_code == "US"
    found = places(nlp, kb, "The UK-based Wellcome Trust paid.", ("UK-based", "GPE"))
    uk = found["UK"]
    assert uk is not None and uk.country_code == "GB"


def test_a_settlement_noun_makes_a_village_of_any_size_a_place(
    nlp: Language, kb: KnowledgeBase
) -> None:
    text = "The village of Ciocile in the Romanian county of Braila has been sealed off."
    found = places(nlp, kb, text, ("Ciocile", "ORG"))
    ciocile = found["Ciocile"]
    assert ciocile is not None and ciocile.country_code == "RO"


def test_a_short_form_that_begins_a_name_is_no_state_abbreviation(gazetteer: Gazetteer) -> None:
    # "Mt." is also Montana's code, but before a capitalised word it is "Mount": the
    # newspaper "Mt. Pleasant News" names no Montana, and "Mt. Vernon" is still found.
    def nested(name: str) -> list[str]:
        return [name[s:e] for s, e in nested_places(name, gazetteer, frozenset())]

    assert nested("Mt. Pleasant News") == []
    assert nested("Mt. Vernon Police Department") == ["Mt. Vernon"]
    assert nested("St. Louis Post-Dispatch") == ["St. Louis"]


def test_a_designated_region_heads_an_organization_name(gazetteer: Gazetteer) -> None:
    # The county, not Guernsey (the island) that a shorter head of the name would be.
    found = nested_places("Guernsey County Courthouse", gazetteer, frozenset())
    assert ["Guernsey County Courthouse"[s:e] for s, e in found] == ["Guernsey County"]
