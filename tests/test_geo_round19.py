"""Round 19 toponym fixes, as examples: datelines in accented capitals, islands after
"on", and natural features named with their generic word after them (a forest, a
peninsula, volcanoes), which the gazetteer now holds. ``tests/gold/geo15-geo.jsonl``
(12 texts written for issue 4 before the code was run on them) holds these kinds in
other words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from geo_runs import near, placed_names
from historiograph.nlp.datelines import WIRE_DATELINE
from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import datelines, feature_span, possessive_town


def test_a_dateline_in_accented_capitals_is_a_dateline(gazetteer: Gazetteer) -> None:
    text = "MÁLAGA, Spain — Port workers struck on Monday."
    assert [text[s:e] for s, e in datelines(text, gazetteer)] == ["MÁLAGA"]
    assert WIRE_DATELINE.match("ŁÓDŹ, Poland — The tram drivers walked out.") is not None


def test_a_name_after_on_is_the_island_of_that_name(gazetteer: Gazetteer) -> None:
    text = "Two fishing boats ran aground on Sumbawa after the storm."
    start = text.index("Sumbawa")
    assert feature_span(text, start, start + len("Sumbawa"), gazetteer) == (
        start,
        start + len("Sumbawa"),
    )
    # "on" before a name that is no island says nothing.
    text = "The vote on Dayton was close."
    assert feature_span(text, text.index("Dayton"), text.index("Dayton") + 6, gazetteer) is None


def test_a_generic_word_after_a_name_takes_the_feature_it_names(gazetteer: Gazetteer) -> None:
    text = "Loggers have cleared a tenth of the Mau forest since 2000."
    start = text.index("Mau")
    assert feature_span(text, start, start + 3, gazetteer) == (start, start + len("Mau forest"))
    text = "Snow closed the roads of the Kamchatka peninsula."
    start = text.index("Kamchatka")
    span = feature_span(text, start, start + len("Kamchatka"), gazetteer)
    assert span is not None and text[span[0] : span[1]] == "Kamchatka peninsula"
    text = "Shepherds drove their flocks down into the Bekaa valley."
    start = text.index("Bekaa")
    span = feature_span(text, start, start + len("Bekaa"), gazetteer)
    assert span is not None and text[span[0] : span[1]] == "Bekaa valley"


def test_islands_forests_and_volcanoes_are_in_the_gazetteer(gazetteer: Gazetteer) -> None:
    for name, lat, lon in (
        ("Lombok", -8.6, 116.3),
        ("Bwindi", -1.0, 29.7),
        ("Nyiragongo", -1.5, 29.2),
    ):
        place = next(p for p in gazetteer.lookup(name) if p.geonames_id < 0)
        assert abs(place.lat - lat) < 1 and abs(place.lon - lon) < 1


@pytest.mark.model
def test_islands_after_on_and_a_forest_are_placed(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = placed_names(
        nlp_with_kb_ruler,
        kb,
        "Surfers who had flown into Denpasar spent the week on Lombok and on Sumba, "
        "and a few went trekking in the Nyungwe forest.",
    )
    assert near(found["Lombok"], -8.65, 116.35)
    assert near(found["Sumba"], -9.7, 120.0)
    assert near(found["Nyungwe"], -2.5, 29.2)


def test_a_towns_possessive_before_its_bodies_makes_it_a_town(gazetteer: Gazetteer) -> None:
    text = "Kenosha's school board voted to close two buildings."
    assert possessive_town(gazetteer, text, 0, len("Kenosha"))
    # A county shares a surname; a person's possessive is no town's.
    text = "Smith's police record ran to four pages."
    assert not possessive_town(gazetteer, text, 0, len("Smith"))
    text = "Kenosha's best pitcher retired."
    assert not possessive_town(gazetteer, text, 0, len("Kenosha"))


@pytest.mark.model
def test_a_town_after_through_and_a_towns_possessive_are_placed(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = placed_names(
        nlp_with_kb_ruler,
        kb,
        "Sheboygan's police chief said the stolen truck was driven north through Manitowoc "
        "before it was found.",
    )
    assert near(found["Sheboygan"], 43.75, -87.71)
    assert near(found["Manitowoc"], 44.09, -87.66)


@pytest.mark.model
def test_a_town_the_tagger_calls_a_common_noun_after_to_is_kept(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    # The tagger reads the name as a common noun and the recogniser as an organization;
    # "to" before it and a town of its name in the gazetteer keep it for relabelling.
    found = placed_names(
        nlp_with_kb_ruler, kb, "The army was deployed to Bawku, and the curfew was extended."
    )
    assert near(found["Bawku"], 11.06, -0.24)
