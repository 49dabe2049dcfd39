"""One event per act, and where and when each happened (round 27).

An act only demanded ("demanded that the officers be tried") did not happen: it is
hypothetical, with no date or place from the story around it (the record's precision
"unknown"), while an act attempted keeps the story's time and place, and a trial held
("was tried before the court") is no attempt. A statement made "back in the capital" is
made in the capital the story named. A party "sent from Moscow" says where it came from,
not where the next act of its sentence was. A flight told in two joined steps ("fled ...
and went into exile in Britain") is one move, and a participle of the same kind of act as
its head ("broke up the strike, beating the crowd") is how that act was done.
"""

from __future__ import annotations

from event_runs import event_of, record_of
from historiograph.pipeline import Pipeline


def test_a_trial_demanded_has_no_date_and_no_place(pipeline: Pipeline) -> None:
    text = (
        "Students marched through Dhaka in March 1969. Their leaders demanded that the "
        "officers who fired on them be tried by a civilian court."
    )
    trial = event_of(record_of(pipeline, text), "tried")
    assert trial.modality == "hypothetical"
    assert (trial.when.earliest, trial.when.latest, trial.when.precision) == (
        None,
        None,
        "unknown",
    )
    assert trial.where is None


def test_a_strike_called_for_is_not_placed_at_the_arrests(pipeline: Pipeline) -> None:
    text = (
        "HARARE — Police arrested twelve activists in Mbare on Friday. The unions called "
        "for a general strike."
    )
    strike = event_of(record_of(pipeline, text, "2020-05-10"), "general strike")
    assert strike.modality == "hypothetical"
    assert strike.where is None
    assert strike.when.earliest is None


def test_a_trial_held_is_no_attempt(pipeline: Pipeline) -> None:
    text = (
        "In December 1929 Dutch police arrested Sukarno in Yogyakarta. He was tried before "
        "the colonial court in Bandung the following year."
    )
    trial = event_of(record_of(pipeline, text), "tried")
    assert trial.modality == "asserted"
    assert str(trial.when.earliest) == "1930-01-01"


def test_an_attempt_keeps_the_storys_time_and_place(pipeline: Pipeline) -> None:
    text = (
        "In 1995 the rebels captured Kisangani. A year later they attempted to storm the "
        "barracks in the town."
    )
    storm = event_of(record_of(pipeline, text), "storm")
    assert storm.modality == "hypothetical"
    assert str(storm.when.earliest) == "1996-01-01"
    assert storm.where is not None and storm.where.name == "Kisangani"


def test_a_denial_back_in_the_capital_is_in_the_datelines_capital(pipeline: Pipeline) -> None:
    text = (
        "ASTANA, Kazakhstan — Crowds set fire to the governor's office in Aktobe on "
        "Thursday. Back in the capital, the interior minister denied that officers had "
        "used live ammunition."
    )
    denial = event_of(record_of(pipeline, text, "2024-01-08"), "denied")
    assert denial.where is not None and denial.where.name == "Astana"


def test_a_party_sent_from_a_town_does_not_place_the_next_act(pipeline: Pipeline) -> None:
    text = (
        "In April 1989 a commission sent from Moscow blamed the local party leadership for "
        "the killings, and on 14 April the republic's first secretary resigned."
    )
    resigned = event_of(record_of(pipeline, text), "resigned")
    assert resigned.where is None or resigned.where.name != "Moscow"


def test_a_flight_told_in_two_steps_is_one_move(pipeline: Pipeline) -> None:
    text = (
        "Rebels seized Zanzibar Town on 12 January 1964. The Sultan fled aboard the royal "
        "yacht and went into exile in Britain."
    )
    moves = [e for e in record_of(pipeline, text).events if e.type == "relocation"]
    assert [e.trigger.text for e in moves] == ["fled"]
    assert moves[0].where is not None and moves[0].where.name == "United Kingdom"


def test_a_participle_of_the_same_crackdown_tells_how_it_was_done(pipeline: Pipeline) -> None:
    text = (
        "In the early hours of 9 April 1989 Soviet troops broke up a hunger strike in "
        "Tbilisi, beating the crowd with sharpened spades."
    )
    crackdowns = [e for e in record_of(pipeline, text).events if e.type == "repression"]
    assert [e.trigger.text for e in crackdowns] == ["broke up"]


def test_the_city_at_a_paragraphs_start_is_the_town_told_before(pipeline: Pipeline) -> None:
    text = (
        "In November 1973 students occupied the Polytechnic in Athens.\n\n"
        "Six years earlier, on 21 April 1967, the colonels had sent tanks into the city and "
        "arrested thousands of leftists, among them my father, who was deported to the "
        "island of Gyaros."
    )
    arrest = event_of(record_of(pipeline, text), "arrested")
    assert arrest.where is not None and arrest.where.name == "Athens"


def test_a_burning_in_the_riots_when_clause_is_the_riot(pipeline: Pipeline) -> None:
    text = (
        "The riots began in Bab El Oued on the evening of 4 October 1988, when young men "
        "smashed the windows of state supermarkets and set fire to the offices of the "
        "ruling party."
    )
    events = record_of(pipeline, text).events
    assert [(e.type, e.subtype) for e in events] == [("protest", "riot")]


def test_a_village_mourners_set_off_for_is_no_place_the_story_stands_in(
    pipeline: Pipeline,
) -> None:
    text = (
        "MANAMA, Bahrain — Riot police cleared the Pearl Roundabout on Thursday. Later, some "
        "mourners set off on foot for the village of Sitra.\n\n"
        "Late on Thursday police detained a Shia cleric at his home."
    )
    arrest = event_of(record_of(pipeline, text, "2011-02-17"), "detained")
    assert arrest.where is not None and arrest.where.name == "Manama"


def test_a_denial_speaking_in_a_town_is_made_there(pipeline: Pipeline) -> None:
    text = (
        "Rebels overran the garrison at Kidal in May 2012. Speaking in Bamako the next day, "
        "the army chief denied that his troops had fled."
    )
    denial = event_of(record_of(pipeline, text), "denied")
    assert denial.where is not None and denial.where.name == "Bamako"
