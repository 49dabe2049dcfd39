"""Event arguments on unseen kinds of text (issue #6, thirteenth round): a subject a
date in front swallowed, battles whose sides hang on the verb, the body that serving
men belong to, a lone doer, acts taken up "on", pronouns in reported clauses, the
people of a town, things hit as things, and battles fought by a verb's subject."""

from __future__ import annotations

import pytest

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_a_date_in_front_does_not_swallow_the_subject(pipeline: Pipeline) -> None:
    # The parser reads "7 March 1965" as a modifier of "troopers", and "troopers" as
    # the object of "On".
    record = record_of(
        pipeline, "On 7 March 1965 state troopers attacked some six hundred marchers in Selma."
    )
    event = event_of(record, "attacked")
    assert names_in(record, event, DOERS) == ["state troopers"]
    assert "marchers" in names_in(record, event, DONE_TO)


def test_who_a_date_swallowed_is_not_what_they_fired_on(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "On 26 September 2014 municipal police in Iguala opened fire on buses carrying students.",
    )
    event = event_of(record, "opened fire")
    assert names_in(record, event, DOERS) == ["municipal police"]
    assert "municipal police" not in names_in(record, event, DONE_TO)


def test_a_passive_subject_a_date_swallowed_is_what_was_hit(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Witnesses said that on the night of 9 October houses in the village were set on "
        "fire by members of the Ngiti Self-Defence Force.",
    )
    event = event_of(record, "set on fire")
    assert names_in(record, event, DOERS) == ["Ngiti Self-Defence Force"]
    assert names_in(record, event, DONE_TO) == ["houses"]


def test_sides_hung_on_the_verb_a_battle_is_subject_of(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Fighting broke out between government troops and the KIA near Laiza."
    )
    assert names_in(record, event_of(record, "fighting"), DOERS) == ["government troops", "KIA"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Constables of the Frontier Constabulary fired on the crowd in Peshawar.",
            "fired",
            "Frontier Constabulary",
        ),
        (
            "Later, personnel of the Counter Terrorism Department arrested two facilitators "
            "in Kech district.",
            "arrested",
            "Counter Terrorism Department",
        ),
    ],
)
def test_men_who_serve_a_body_act_for_it(
    pipeline: Pipeline, text: str, trigger: str, doer: str
) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, trigger), DOERS) == [doer]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A settler opened fire on worshippers at the mosque in Hebron.", "settler"),
        ("A man opened fire on worshippers at a mosque in Quetta.", "man"),
    ],
)
def test_one_unnamed_person_is_the_doer(pipeline: Pipeline, text: str, doer: str) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, "opened fire"), DOERS) == [doer]


def test_who_went_on_strike_struck(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Forty-two detainees in Evin prison went on hunger strike on 3 March 2023."
    )
    assert names_in(record, event_of(record, "hunger strike"), DOERS) == ["detainees"]


def test_they_in_a_clause_one_officer_reports_is_the_body_told_before(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Fighters of the Arakan Army overran a border police post in Maungdaw township on "
        "Sunday. They seized weapons and later burned the post, a police officer in Sittwe "
        "said.",
    )
    assert names_in(record, event_of(record, "burned"), DOERS) == ["Arakan Army"]


def test_the_people_of_a_town_are_named_with_it(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The people of Paris stormed the Bastille.")
    assert names_in(record, event_of(record, "stormed"), DOERS) == ["people of Paris"]


def test_buses_set_on_fire_are_things_not_people(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Three buses were set on fire in Karachi on Monday.")
    event = event_of(record, "set on fire")
    assert [a.role for a in event.actors] == ["target"]
    assert names_in(record, event, DOERS) == []


def test_them_with_none_before_it_in_its_sentence_is_the_previous_ones(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "British artillery shelled the rebel positions for five days, and the leaders "
        "surrendered on 29 April. In May the British army executed fourteen of them.",
    )
    assert names_in(record, event_of(record, "executed"), DONE_TO) == ["leaders"]


def test_them_is_never_the_subject_of_its_own_verb(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Protesters blocked the highway near Lahore. Police detained 14 of them."
    )
    event = event_of(record, "detained")
    assert names_in(record, event, DOERS) == ["Police"]
    assert names_in(record, event, DONE_TO) == ["Protesters"]


def test_a_battle_after_which_a_side_acted_was_that_sides(pipeline: Pipeline) -> None:
    # The siege that led up to the storming is told by it (round 22), with its doers.
    record = record_of(
        pipeline, "In 1099 the crusaders stormed Jerusalem after a siege of five weeks."
    )
    assert names_in(record, event_of(record, "stormed"), DOERS) == ["crusaders"]
    assert [e.trigger.text for e in record.events] == ["stormed"]


def test_an_attack_after_which_police_acted_is_not_theirs(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Police arrested 20 people after a bombing in the market.")
    assert names_in(record, event_of(record, "bombing"), DOERS) == []


def test_a_by_phrase_right_after_an_object_names_its_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A Kenyan-led contingent of African Union troops beat back an assault by al-Shabaab "
        "fighters on its base at Kulbiyow.",
    )
    assert names_in(record, event_of(record, "assault"), DOERS) == ["Al-Shabaab"]


def test_what_was_fired_upon_was_hit(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The troops of the line fired upon demonstrators on the Boulevard des Capucines."
    )
    assert "demonstrators" in names_in(record, event_of(record, "fired"), DONE_TO)


def test_a_noun_joined_to_an_object_before_a_bare_verb_is_its_subject(
    pipeline: Pipeline,
) -> None:
    # The parser joins "police" to "a bus" and leaves "fired" with no subject.
    record = record_of(
        pipeline,
        "The strike turned violent on its second day, when workers set fire to a bus and "
        "police fired rubber bullets and tear gas, injuring dozens.",
    )
    assert names_in(record, event_of(record, "set fire"), DONE_TO) == ["bus"]
    fired = event_of(record, "fired")
    assert names_in(record, fired, DOERS) == ["police"]
    assert "rubber bullets" not in names_in(record, fired, DONE_TO)


def test_a_time_of_day_in_front_is_no_part_of_a_bands_name(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Armed men looted the hospital, and the next morning gunmen abducted 30 students."
    )
    assert names_in(record, event_of(record, "abducted"), DOERS) == ["gunmen"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "In the spring of 1916 a column of Ottoman gendarmes reached the village of Tel "
            "Ermen. They rounded up the men of the village on 28 April.",
            "rounded up",
            "Ottoman gendarmes",
        ),
        (
            "Suspected Maoist rebels blew up a police van with a landmine in Dantewada.",
            "blew up",
            "Maoist rebels",
        ),
    ],
)
def test_armed_men_are_named_by_their_people_not_as_it(
    pipeline: Pipeline, text: str, trigger: str, doer: str
) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, trigger), DOERS) == [doer]
