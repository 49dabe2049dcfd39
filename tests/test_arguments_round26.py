"""Event arguments, twenty-sixth round: an order among people ("the last of"), a person
shot at a place, a headline's dropped auxiliary, a faction acting as its body, people a
possessive owns before an event noun, a town named only as an origin, the armed men who
hold out in a siege, a verb of death joined to the act, and a "they" for joined bodies."""

from __future__ import annotations

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_the_last_of_a_band_stands_for_the_band(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Police killed the last of the kidnappers near the border.")
    assert names_in(record, event_of(record, "killed"), DONE_TO) == ["kidnappers"]


def test_a_person_shot_at_a_place_is_hit_there(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Militiamen seized the mayor, Pedro Lanza, and shot him at the bridge."
    )
    done_to = names_in(record, event_of(record, "shot"), DONE_TO)
    assert "Pedro Lanza" in done_to
    assert "bridge" not in done_to


def test_a_headline_without_its_auxiliary_names_the_sufferer(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Driver shot dead near Gao by unidentified gunmen.")
    event = event_of(record, "shot")
    assert names_in(record, event, DONE_TO) == ["Driver"]
    assert names_in(record, event, DOERS) == ["unidentified gunmen"]


def test_a_faction_of_a_body_acts_as_that_body(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "A faction of the Taliban ambushed a police convoy in Zabul.")
    assert names_in(record, event_of(record, "ambushed"), DOERS) == ["Taliban"]


def test_a_possessive_before_people_taken_hostage_is_no_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Pirates boarded the trawler and held the captain's crew hostage for a week."
    )
    event = event_of(record, "hostage")
    assert names_in(record, event, DONE_TO) == ["crew"]
    assert "captain" not in names_in(record, event, DOERS)


def test_the_city_is_not_the_one_a_column_came_from(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In 1571 Ottoman troops besieged Famagusta for ten months. A fleet sent from Venice "
        "never arrived, and in August the Ottomans stormed the city.",
    )
    assert names_in(record, event_of(record, "stormed"), DONE_TO) == ["Famagusta"]


def test_armed_men_holed_up_in_a_building_hold_the_siege(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Soldiers killed the militants holed up in a school on Friday, ending a two-day siege.",
    )
    assert names_in(record, event_of(record, "siege"), DOERS) == ["militants"]


def test_a_verb_of_death_joined_to_return_fire_names_whom_it_hit(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Guards returned fire and killed three of the raiders.")
    assert "raiders" in names_in(record, event_of(record, "returned"), DONE_TO)


def test_they_carries_on_every_joined_body(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen of the ELN and a faction of the FARC attacked a police post in Arauca. "
        "They burned the town hall the next day.",
    )
    doers = names_in(record, event_of(record, "burned"), DOERS)
    assert len(doers) == 2


def test_an_of_phrase_after_the_second_of_two_forces_is_its_own(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Policemen and soldiers of the Presidential Guard dispersed the marchers in Conakry.",
    )
    doers = names_in(record, event_of(record, "dispersed"), DOERS)
    assert "Policemen" in doers
    assert "Presidential Guard" in doers


def test_people_a_participle_describes_are_the_subject_it_took(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Rebels besieging the town of Menaka shelled the clinic.")
    assert names_in(record, event_of(record, "shelled"), DOERS) == ["Rebels"]


def test_a_noun_described_as_besieged_is_the_siege_target(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The outpost, besieged by the insurgents for a week, was finally relieved."
    )
    assert names_in(record, event_of(record, "besieged"), DONE_TO) == ["outpost"]


def test_a_possessive_arrest_of_someone_is_the_possessor_act(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The regime's arrest of the poet caused an outcry abroad.")
    event = event_of(record, "arrest")
    assert names_in(record, event, DOERS) == ["regime"]
    assert names_in(record, event, DONE_TO) == ["poet"]
