"""Readings by who the doers are and what they acted on, and custody told once (issue #6,
round 20).

People taken and then killed where they were taken are one event, the killing, not an
arrest, an offensive and a crackdown: marching captives is no offensive. Harm short of
killing done to someone held is part of the arrest. Those who keep captives (jailers,
guards) are the state's men; marines and infantry are the state's forces, and firing on
a crowd is repression. A charge on a column of marchers is a baton charge, not an
indictment. A relative clause can reject a charge, and calling allegations baseless is
a denial, not the allegation told again.
"""

from __future__ import annotations

import pytest

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_people_rounded_up_marched_off_and_shot_are_one_massacre(pipeline: Pipeline) -> None:
    text = (
        "In May 1942 the gendarmes reached the village of Lipovac. They arrested the "
        "shepherds in the churchyard and drove them to the old mill, where they shot them."
    )
    found = readings(pipeline, text)
    assert ("shot", "repression", "massacre") in found
    assert not any(kind == "battle" for _, kind, _ in found)
    assert not any(subtype == "arrest" for _, _, subtype in found)


def test_a_beating_in_the_cells_after_an_arrest_is_part_of_the_arrest(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police detained the editor at the airport, then took him to headquarters, where "
        "he was beaten."
    )
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [("repression", "arrest")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Jailers executed three hunger strikers at the fortress prison in 1921.", "executed"),
        ("The guards executed the two escaped convicts behind the barracks.", "executed"),
    ],
)
def test_keepers_of_captives_who_execute_them_are_the_state(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    assert (trigger, "repression", "execution") in readings(pipeline, text)


def test_marines_firing_on_a_crowd_crack_down(pipeline: Pipeline) -> None:
    text = "Marines opened fire on a crowd of fishermen at the harbour of Puerto Cabello."
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [("repression", "crackdown")]


def test_a_charge_on_a_column_of_marchers_is_a_baton_charge(pipeline: Pipeline) -> None:
    text = "Mounted police charged a column of pilgrims on the road to the capital."
    assert ("charged", "repression", "crackdown") in readings(pipeline, text)


def test_charging_people_with_a_crime_stays_a_trial(pipeline: Pipeline) -> None:
    text = "The prosecutor charged four dockers with sabotage in March 1950."
    assert ("charged", "legal", "trial") in readings(pipeline, text)


def test_a_charge_rejected_in_a_relative_clause_is_a_denial(pipeline: Pipeline) -> None:
    text = "Officials accused the union of planning the riot, a charge the union rejected."
    found = readings(pipeline, text)
    assert ("rejected", "statement", "denial") in [(t, k, s) for t, k, s in found]


def test_calling_allegations_baseless_is_a_denial(pipeline: Pipeline) -> None:
    text = "The ministry called the allegations of torture baseless."
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [("statement", "denial")]


def test_a_garrison_holding_out_tells_the_assault_as_a_battle(pipeline: Pipeline) -> None:
    text = (
        "Armed townsmen stormed the bishop's palace at Liège in 1468. The garrison held "
        "out until nightfall."
    )
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [("battle", "clash")]


def test_a_denial_told_again_by_its_spokesman_is_one_denial(pipeline: Pipeline) -> None:
    text = (
        "The governor accused the party of arming the rioters, a claim the party denied. "
        "Its secretary dismissed the allegations as slander."
    )
    found = readings(pipeline, text)
    assert [t for t, kind, subtype in found if subtype == "denial"] == ["denied"]


def test_a_city_stormed_and_then_plundered_is_one_taking(pipeline: Pipeline) -> None:
    text = "The Norman host stormed the city of Bari in 1071. For a week they pillaged the city."
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [("battle", "territory_seized")]


def test_gunmen_storming_a_town_and_burning_its_market_stay_two_acts(
    pipeline: Pipeline,
) -> None:
    text = "Bandits stormed the town and burned the granary."
    assert [t for t, _, _ in readings(pipeline, text)] == ["stormed", "burned"]


def test_a_people_counted_in_flight_is_displaced(pipeline: Pipeline) -> None:
    text = "More than 80,000 Hmong fled across the Mekong into Thailand in 1975."
    assert ("fled", "relocation", "displacement") in readings(pipeline, text)


def test_ministers_fleeing_abroad_go_into_exile(pipeline: Pipeline) -> None:
    text = "Three ministers fled into exile in Paris."
    assert [(kind, subtype) for _, kind, subtype in readings(pipeline, text)] == [
        ("relocation", "exile")
    ]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Nicholas II was crowned tsar in Moscow in May 1896.", True),
        ("The Brazilian side was crowned champion in 2002.", False),
    ],
)
def test_a_coronation_is_a_change_of_ruler(pipeline: Pipeline, text: str, told: bool) -> None:
    found = readings(pipeline, text)
    assert (("crowned", "organization", "leadership") in found) is told


def test_a_named_city_stormed_is_taken_and_its_sack_told_with_it(pipeline: Pipeline) -> None:
    text = (
        "In November 1576 mutinous Spanish troops stormed Antwerp. For three days the "
        "soldiers plundered the town."
    )
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [("battle", "territory_seized")]


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        (
            "Gunmen hijacked a bus near Quetta and held the passengers hostage overnight.",
            ["hijacked"],
        ),
        (
            "Gunmen hijacked a bus near Quetta and later kidnapped two engineers in the town.",
            ["hijacked", "kidnapped"],
        ),
    ],
)
def test_holding_those_aboard_a_hijacked_craft_is_the_hijacking(
    pipeline: Pipeline, text: str, triggers: list[str]
) -> None:
    assert [t for t, _, _ in readings(pipeline, text)] == triggers
