"""Event detection and typing, round 27c: failure kinds found on unseen texts.

A rank ("a police colonel") is one man, so killing him alone is an attack, not a battle;
an attack that kills the office holder whose house it hit is an assassination; the
state's forces whose act the sentence counts many dead by massacre; violence on a captive
"in custody" is repression. Crowds that fill the streets, or assemble to demand, protest;
a "where" clause telling who had taken refuge in the place hit tells no flight.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def _labels(pipeline: Pipeline, text: str) -> list[str]:
    return [f"{kind}/{subtype}" for _, kind, subtype in readings(pipeline, text)]


# One man of the forces killed, and an office holder killed at home


def test_a_stabbed_police_colonel_was_attacked(pipeline: Pipeline) -> None:
    text = "A suspected militant stabbed to death a police colonel in the capital."
    assert _labels(pipeline, text) == ["attack/armed_assault"]


def test_an_army_lieutenant_shot_dead_was_attacked(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead an army lieutenant outside his home."
    assert _labels(pipeline, text) == ["attack/armed_assault"]


def test_killing_the_president_in_his_residence_is_an_assassination(pipeline: Pipeline) -> None:
    text = "Soldiers attacked the residence of the president and killed him."
    assert _labels(pipeline, text) == ["attack/assassination"]


def test_killing_the_king_in_the_palace_stormed_is_an_assassination(pipeline: Pipeline) -> None:
    text = "Rebels stormed the palace and killed the king."
    assert _labels(pipeline, text) == ["attack/assassination"]


# The state's violence: a sentence's mass toll, a captive


def test_burning_a_village_with_hundreds_killed_is_a_massacre(pipeline: Pipeline) -> None:
    text = "Troops burned the village; 200 people were killed."
    assert _labels(pipeline, text) == ["repression/massacre"]


def test_shooting_men_with_hundreds_killed_is_a_massacre(pipeline: Pipeline) -> None:
    text = (
        "The soldiers shot the men in the barns and set fire to the church, where the"
        " women had been locked in; 400 villagers were killed."
    )
    assert set(_labels(pipeline, text)) == {"repression/massacre"}


def test_a_captive_shot_in_custody_is_repressed(pipeline: Pipeline) -> None:
    text = "Police arrested Ivo Brandt on Monday. He was shot in custody."
    assert _labels(pipeline, text) == ["repression/arrest", "repression/None"]


# Crowds in the streets


def test_crowds_filling_the_streets_demonstrate(pipeline: Pipeline) -> None:
    text = "Crowds filled the streets, putting flowers in the soldiers' rifles."
    assert _labels(pipeline, text) == ["protest/demonstration"]


def test_a_crowd_assembling_to_demand_reform_demonstrates(pipeline: Pipeline) -> None:
    text = "A crowd of sixty thousand assembled on the square to demand reform."
    assert _labels(pipeline, text) == ["protest/demonstration"]


def test_fans_filling_a_stadium_or_a_feast_crowd_is_no_protest(pipeline: Pipeline) -> None:
    assert _labels(pipeline, "Fans filled the stadium for the final.") == []
    assert _labels(pipeline, "Crowds filled the streets to celebrate the victory.") == []
    assert _labels(pipeline, "Delegates assembled in the hall on Monday.") == []


# Background to an act


def test_refuge_taken_in_the_place_shelled_is_no_flight(pipeline: Pipeline) -> None:
    text = "Artillery shelled the monastery, where some 800 civilians had taken refuge."
    assert _labels(pipeline, text) == ["battle/shelling"]


def test_refuge_taken_in_its_own_clause_is_a_flight(pipeline: Pipeline) -> None:
    text = "Some 800 civilians had taken refuge in the monastery."
    assert _labels(pipeline, text) == ["relocation/displacement"]
