"""Place names the recogniser mislabels or misses, and names whose first word is a
namesake elsewhere.

A town the tagger does not know may be tagged a common noun ("arrested in Thohoyandou")
or taken for a date ("collapsed in Tzaneen on Friday"); a transliteration of a town may
be the object of a verb of war ("shelled Avdiivka", GeoNames' Avdiyivka). And a name
the gazetteer lacks is one name: "from Rab Dhuure" is no mention of Rab in Croatia, nor
"from Ain Boumarra" of Ain, the French department.
"""

from __future__ import annotations

from event_runs import record_of
from historiograph.pipeline import Pipeline
from historiograph.record import Geo


def places(pipeline: Pipeline, text: str) -> dict[str, Geo]:
    """Each place entity of the record of ``text``, by name, with its point."""
    record = record_of(pipeline, text)
    return {e.name: e.geo for e in record.entities if e.kind == "place" and e.geo is not None}


def near(geo: Geo, lat: float, lon: float) -> bool:
    return (
        geo.lat is not None and geo.lon is not None and abs(geo.lat - lat) + abs(geo.lon - lon) < 1
    )


def test_town_tagged_a_common_noun_after_in_is_a_place(pipeline: Pipeline) -> None:
    found = places(pipeline, "Two men were arrested in Thohoyandou after the shop was looted.")
    assert near(found["Thohoyandou"], -22.95, 30.49)


def test_town_taken_for_a_date_is_a_place(pipeline: Pipeline) -> None:
    found = places(pipeline, "A wall collapsed in Tzaneen on Friday, injuring nine pupils.")
    assert near(found["Tzaneen"], -23.83, 30.16)


def test_town_taken_for_a_date_is_listed_with_another_town(pipeline: Pipeline) -> None:
    found = places(pipeline, "Residents of Tzaneen and Phalaborwa marched against the power cuts.")
    assert set(found) >= {"Tzaneen", "Phalaborwa"}


def test_a_weekday_stays_a_date(pipeline: Pipeline) -> None:
    assert "Friday" not in places(pipeline, "The council met in Polokwane on Friday.")


def test_transliterated_town_shelled_is_its_gazetteer_spelling(pipeline: Pipeline) -> None:
    found = places(
        pipeline, "Russian troops shelled Avdiivka again, and the mayor urged families to leave."
    )
    assert any(near(geo, 48.14, 37.75) for geo in found.values())


def test_first_word_of_an_unknown_town_after_from_is_no_namesake(pipeline: Pipeline) -> None:
    assert "Rab" not in places(pipeline, "Relatives travelled from Rab Dhuure to the capital.")


def test_first_word_of_an_unknown_organization_like_name_is_no_village_region(
    pipeline: Pipeline,
) -> None:
    found = places(
        pipeline, "Militants regained control of Rab Dhuure after government forces withdrew."
    )
    assert "Rab" not in found


def test_arabic_generic_word_alone_is_no_french_department(pipeline: Pipeline) -> None:
    found = places(pipeline, "Shepherds from Ain Boumarra Oued said the well had dried up.")
    assert "Ain" not in found


def test_a_town_and_its_country_written_without_a_comma_keeps_the_town(pipeline: Pipeline) -> None:
    found = places(pipeline, "The singer grew up in Lyon France before moving to Quebec.")
    assert any(near(geo, 45.75, 4.85) for geo in found.values())


def test_a_peoples_word_before_the_state_it_claims_is_no_place(pipeline: Pipeline) -> None:
    text = "Rebels fought for decades for a separate Tamil state in the north."
    record = record_of(pipeline, text)
    assert [e.name for e in record.entities if e.kind == "place"] == []
