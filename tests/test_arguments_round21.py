"""Event arguments, twenty-first round (issue #6): who acts by a means ("responded by
arresting"), what a sabotage was done to, an arrest after a report by a force's own name
("the Police Service of X said"), a deportation told after a force took the person, a
foreign body's name the recogniser cut at its lowercase word ("Umkhonto we Sizwe"),
unnamed people expelled, who accuses whom by a word no list holds, what a device struck near
or was hurled at, a gathering that is only the setting, the crowd police fired on, and "the
same rebels"."""

from __future__ import annotations

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_who_answers_by_an_act_does_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The provincial governor retaliated by detaining forty members of the guild.",
    )
    assert names_in(record, event_of(record, "detaining"), DOERS) == ["provincial governor"]


def test_a_means_of_a_passive_verb_borrows_no_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The harbour strike was broken by arresting its organisers.",
    )
    assert names_in(record, event_of(record, "arresting"), DOERS) == []


def test_what_saboteurs_dynamite_is_the_target(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Partisans dynamited a railway bridge and a power pylon near Lviv in 1944."
    )
    assert "railway bridge" in names_in(record, event_of(record, "dynamited"), DONE_TO)


def test_an_arrest_after_a_report_by_a_forces_own_name_is_the_forces(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Youths set two cars alight in Lurgan overnight, the Police Service of Northern "
        "Ireland said. Four men were arrested.",
    )
    event = event_of(record, "arrested")
    assert event.type == "repression"
    assert [n.lower() for n in names_in(record, event, DOERS)] == ["police"]


def test_an_arrest_after_a_report_by_a_ministry_names_no_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Youths set two cars alight in Lurgan overnight, the Health Service said. "
        "Four men were arrested.",
    )
    assert names_in(record, event_of(record, "arrested"), DOERS) == []


def test_a_deportation_after_a_force_took_the_person_is_the_forces(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gendarmes took the typesetter Anton Weiss from his workshop in 1852. "
        "He was kept in the citadel for a month and then deported to Cayenne.",
    )
    event = event_of(record, "deported")
    assert names_in(record, event, DOERS) == ["Gendarmes"]
    assert names_in(record, event, DONE_TO) == ["Anton Weiss"]


def test_a_deportation_after_outlaws_took_the_person_is_not_theirs(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Bandits took the typesetter Anton Weiss from his workshop in 1852. "
        "He was deported to Cayenne in 1853.",
    )
    assert names_in(record, event_of(record, "deported"), DOERS) == []


def test_a_foreign_name_cut_at_its_lowercase_word_is_one_body(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Umkhonto we Sizwe sabotaged a railway signal box outside Pietermaritzburg."
    )
    assert names_in(record, event_of(record, "sabotaged"), DOERS) == ["Umkhonto we Sizwe"]


def test_a_persons_name_with_a_particle_is_left_to_the_recogniser(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "In 1961 Charles de Gaulle ordered the arrest of the mutinous generals."
    )
    assert names_in(record, event_of(record, "arrest"), DOERS) == ["Charles de Gaulle"]


def test_unnamed_people_driven_out_are_whom_the_expulsion_is_done_to(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline, "In 1609 the viceroy expelled the Genoese bankers from the port of Naples."
    )
    assert names_in(record, event_of(record, "expelled"), DONE_TO) == ["Genoese bankers"]


def test_who_accuses_and_who_is_accused_are_people_whatever_their_word(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline, "The bailiff accused the ferrymen of stealing the convent's grain."
    )
    event = event_of(record, "accused")
    assert names_in(record, event, DOERS) == ["bailiff"]
    assert names_in(record, event, DONE_TO) == ["ferrymen"]


def test_what_a_rocket_struck_near_is_its_target(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "A rocket struck near the Italian embassy in Kabul on Monday.")
    assert names_in(record, event_of(record, "rocket"), DONE_TO) == ["Italian embassy"]


def test_who_a_device_was_hurled_at_is_its_target(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "A grenade was hurled at gendarmes in the market of Kayes.")
    assert names_in(record, event_of(record, "grenade"), DONE_TO) == ["gendarmes"]


def test_a_gathering_the_act_was_done_at_is_no_victim_beside_its_people(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline, "Militiamen opened fire on pilgrims at a vigil near the shrine in Karbala."
    )
    names = names_in(record, event_of(record, "opened fire"), DONE_TO)
    assert "pilgrims" in names
    assert "vigil" not in names


def test_the_crowd_police_fired_on_and_failed_to_hold_back_is_the_target(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Riot police fired tear gas and water cannon but could not hold back the crowd.",
    )
    event = next(e for e in record.events if e.type == "repression")
    assert names_in(record, event, DONE_TO) == ["crowd"]


def test_the_same_band_is_the_body_named_just_before(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The Black Ridge Brigade claimed the burning of a customs post. Two days later "
        "gendarmes beat off an assault by the same rebels on the border fort.",
    )
    assert names_in(record, event_of(record, "assault"), DOERS) == ["Black Ridge Brigade"]
