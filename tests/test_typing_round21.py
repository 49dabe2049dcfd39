"""Event detection and typing, round 21 (issue #6), each told in new words.

A charge by horsemen or infantry is a fight, a charge "with" a crime an indictment; a
place sacked or stormed by a raiding band is attacked, by an army taken; a parade or
procession of a political body, or one the authorities stop, is a demonstration, a
military parade none; someone proclaimed ruler is a leadership change; a court's jailing
is a sentence; a slaughter told as how an assault went, and a rout told of the foe just
attacked, are that one act; a sweep or clearance operation by the state's forces coerces
civilians, and households in flight are displaced.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_a_cavalry_charge_is_a_fight(pipeline: Pipeline) -> None:
    found = readings(pipeline, "At Waterloo the Scots Greys charged the French infantry in 1815.")
    assert found == [("charged", "battle", "clash")]


def test_a_charge_with_a_crime_stays_an_indictment(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Police charged the two guards with theft on Friday.")
    assert ("charged", "legal", "trial") in found


def test_police_charging_people_without_the_crime_named_indict_them(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Detectives charged a 19-year-old man on Sunday after the stabbing.")
    assert ("charged", "legal", "trial") in found
    found = readings(pipeline, "Police have charged two men in connection with the robbery.")
    assert found[0] == ("charged", "legal", "trial")


def test_a_town_sacked_by_pirates_is_attacked(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Barbary corsairs sacked the fishing village of Baltimore in 1631.")
    assert found == [("sacked", "attack", "armed_assault")]


def test_a_town_stormed_by_a_band_of_outlaws_is_attacked(pipeline: Pipeline) -> None:
    found = readings(pipeline, "A band of outlaws stormed the town of Zacatecas at midnight.")
    assert found == [("stormed", "attack", "armed_assault")]


def test_a_city_sacked_by_an_army_stays_taken(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The Visigoth army sacked the city of Rome in 410.")
    assert found == [("sacked", "battle", "territory_seized")]


def test_a_parade_the_police_stop_is_a_demonstration(pipeline: Pipeline) -> None:
    found = readings(pipeline, "A nationalist parade was stopped by police outside the cathedral.")
    assert found == [("parade", "protest", "demonstration")]


def test_a_military_parade_is_no_protest(pipeline: Pipeline) -> None:
    found = readings(pipeline, "A military parade was held in the square on Independence Day.")
    assert found == []


def test_someone_proclaimed_ruler_is_a_leadership_change(pipeline: Pipeline) -> None:
    found = readings(pipeline, "In 1822 the army proclaimed Iturbide emperor of Mexico.")
    assert found == [("proclaimed", "organization", "leadership")]


def test_a_proclaimed_decree_stays_an_announcement(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The assembly proclaimed a republic in the town hall.")
    assert found == [("proclaimed", "statement", "announcement")]


def test_a_courts_jailing_is_a_sentence(pipeline: Pipeline) -> None:
    found = readings(pipeline, "A court in Bursa jailed the union's secretary for three years.")
    assert found == [("jailed", "legal", "sentence")]


def test_a_police_jailing_stays_an_arrest(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Police jailed the editor overnight in Bursa.")
    assert found == [("jailed", "repression", "arrest")]


def test_a_slaughter_told_as_how_a_sack_went_is_that_sack(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Viking raiders sacked the town of Quentovic, slaughtering its merchants in 842.",
    )
    assert found == [("sacked", "attack", "armed_assault")]


def test_a_rout_of_the_foe_just_attacked_is_that_fight(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The imperial army attacked them at the ford and routed them.")
    assert [kind for _, kind, _ in found] == ["battle"]


def test_a_sweep_of_villages_by_troops_is_a_crackdown(pipeline: Pipeline) -> None:
    found = readings(pipeline, "In May the army carried out a sweep of hamlets near the border.")
    assert ("sweep", "repression", "crackdown") in found


def test_an_electoral_clean_sweep_is_no_event(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The opposition made a clean sweep of the city's council seats.")
    assert found == []


def test_clearance_operations_are_a_crackdown(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Soldiers began clearance operations in the hill districts in 1992.")
    assert found == [("clearance operations", "repression", "crackdown")]


def test_households_in_flight_are_displaced(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Hundreds of households fled into the mountains in the winter.")
    assert found == [("fled", "relocation", "displacement")]


def test_villagers_fleeing_are_displaced(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Hundreds of villagers fled toward the hills in the night.")
    assert found == [("fled", "relocation", "displacement")]


def test_a_field_army_crushed_is_beaten_in_battle(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Napoleon crushed the Prussian army at Jena in 1806.")
    assert found == [("crushed", "battle", "clash")]


def test_a_rising_crushed_stays_a_crackdown(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The regime crushed the rising in the north.")
    assert found == [("crushed", "repression", "crackdown")]


def test_a_hearing_set_for_a_later_date_is_no_event(pipeline: Pipeline) -> None:
    assert readings(pipeline, "Sentencing is set for April.") == []
    assert readings(pipeline, "The retrial is scheduled for next week in Ankara.") == []


def test_a_vote_that_will_take_place_is_no_event(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The referendum will take place in June.") == []


def test_a_trial_that_opened_is_told(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The trial opened on Monday in Ankara.") == [
        ("trial", "legal", "trial")
    ]


def test_workers_walking_off_their_jobs_strike(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Six hundred dockers in Hull walked off their jobs for a rise.")
    assert found == [("walked off their jobs", "protest", "strike")]


def test_an_end_ordered_to_the_armed_struggle_is_a_ceasefire(pipeline: Pipeline) -> None:
    found = readings(pipeline, "In 1994 the council formally ordered an end to the armed struggle.")
    assert found == [("end to the armed struggle", "agreement", "ceasefire")]


def test_troops_shooting_worshippers_dead_by_the_dozen_is_a_massacre(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Troops opened fire on worshippers at a mosque in Andijan, killing at least 40."
    )
    assert found == [("opened fire", "repression", "massacre")]


def test_police_shooting_two_protesters_dead_stays_a_crackdown(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Police opened fire on protesters in the square, killing two.")
    assert found == [("opened fire", "repression", "crackdown")]


def test_a_side_put_to_flight_was_beaten_in_battle(pipeline: Pipeline) -> None:
    found = readings(pipeline, "At Edgecote the royal army was put to flight by rebels in 1469.")
    assert found == [("put to flight", "battle", "clash")]


def test_an_old_armys_march_is_no_protest(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The Danish host marched through Mercia in the spring.") == []
