"""Event detection on constructions the lead found mistold on unseen text (issue #6, round 2).

Crimes named as a charge, a conviction told as a finding of guilt, a suicide bomber's
act, police beating people with clubs, civilians fleeing or crossing a border, people
called by a trigger word, a human chain, statehood recognised, a right to act, an office
taken up, and a named war.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline
from historiograph.record import Document, document_id


def test_crimes_someone_is_found_guilty_of_are_the_charge(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "On 4 February 2021 judges found the former commander guilty of 40 crimes, "
        "including murder, torture and enslavement.",
    )
    assert [(t, kind) for t, kind, _ in found] == [("found the former commander guilty", "legal")]


def test_a_crime_charged_is_no_attack(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The mayor was arrested in March 2019 and charged with murder.")
    assert [t for t, _, _ in found] == ["arrested", "charged"]


def test_a_conviction_for_an_act_told_with_a_determiner_keeps_the_act(
    pipeline: Pipeline,
) -> None:
    found = readings(pipeline, "In 2001 four men were convicted of the bombing of the embassy.")
    assert ("bombing", "attack", "bombing") in found


def test_a_suicide_bomber_bombs_whoever_dies(pipeline: Pipeline) -> None:
    assert ("rammed", "attack", "bombing") in readings(
        pipeline,
        "On 3 May 2012 a suicide car bomber rammed a police convoy in Kandahar, "
        "killing nine officers.",
    )
    assert ("killed", "attack", "bombing") in readings(
        pipeline, "A suicide bomber killed 40 policemen in Kashmir on 14 February 2019."
    )


def test_police_clubbing_students_crack_down(pipeline: Pipeline) -> None:
    assert ("clubbed", "repression", "crackdown") in readings(
        pipeline, "On 12 August 1942 police clubbed students at the central square in Pune."
    )


def test_civilians_fleeing_abroad_are_displaced(pipeline: Pipeline) -> None:
    assert ("fled", "relocation", "displacement") in readings(
        pipeline, "In July 1994 up to half a million civilians fled south into Zambia."
    )
    assert ("crossed", "relocation", "displacement") in readings(
        pipeline, "More than 300,000 refugees have crossed into Kenya since January 2020."
    )


def test_a_narrator_crossing_a_river_is_not_displaced(pipeline: Pipeline) -> None:
    found = readings(pipeline, "We crossed the Rhine at Remagen on 7 March 1945.")
    assert not [r for r in found if r[2] == "displacement"]


def test_exiles_are_people_not_an_exile(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "A force of about 300 exiles led by General Mora crossed into Honduras in 1954."
    )
    assert [t for t, _, _ in found] == ["crossed"]


def test_a_human_chain_is_a_protest_not_a_founding(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Thousands formed human chains across Kyiv on 5 May 2020.")
    assert found == [("formed human chains", "protest", "demonstration")]


def test_statehood_recognised_is_no_support(pipeline: Pipeline) -> None:
    assert (
        readings(pipeline, "In 1878 Bulgaria and Serbia were recognised as independent states.")
        == []
    )
    assert ("recognised", "support", "political_support") in readings(
        pipeline, "In 1979 France recognised the new government in Kampala."
    )


def test_a_right_to_occupy_is_not_an_occupation(pipeline: Pipeline) -> None:
    text = "Austria was given the right to occupy the province in 1878."
    record = pipeline.record(Document(id=document_id(text), text=text))
    assert [e.modality for e in record.events if e.type == "battle"] == ["hypothetical"]


def test_becoming_president_changes_leadership(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Mora became president in July 1954.") == [
        ("became", "organization", "leadership")
    ]
    assert readings(pipeline, "The talks became difficult in July 1954.") == []


def test_a_named_war_is_a_clash(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The War of the Pacific broke out in 1879.") == [
        ("War of the Pacific", "battle", "clash")
    ]
