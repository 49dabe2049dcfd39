"""Event assembly, and where and when events are anchored (round 22).

A commander who routs an army fights a battle, whoever the doer is: the armed side beaten
makes it one. A bare number that is the passive subject ("two were hanged") counts the
people the story has just named, so the act is found. A date told in a later joined clause
dates that clause's act, not the first one ("were convicted, and two were hanged in
March"). An expulsion happened where the people were taken from, not where they were
sent. A region's independence referendum is held in the region, not in the capital a
story about it is filed from.
"""

from __future__ import annotations

from event_runs import event_of, readings, record_of
from historiograph.pipeline import Pipeline


def place_of(pipeline: Pipeline, text: str, trigger: str) -> str | None:
    """The name of the place of the first event of ``text`` whose trigger starts with
    ``trigger``."""
    event = event_of(record_of(pipeline, text), trigger)
    return event.where.name if event.where is not None else None


def test_a_commander_who_routs_an_army_fights_a_battle(pipeline: Pipeline) -> None:
    text = "At Naseby in June 1645 Oliver Cromwell routed the king's army."
    assert ("routed", "battle", "clash") in readings(pipeline, text)


def test_ships_that_rout_a_fleet_fight_a_battle(pipeline: Pipeline) -> None:
    text = "In 1571 Venetian galleys routed the Ottoman fleet near Lepanto."
    assert ("routed", "battle", "clash") in readings(pipeline, text)


def test_a_club_that_routs_the_visiting_team_fights_no_battle(pipeline: Pipeline) -> None:
    text = "On Saturday the league leaders routed the visiting team 6-1 in front of 40,000 fans."
    assert not any(kind == "battle" for _, kind, _ in readings(pipeline, text))


def test_a_king_who_meets_an_army_fights_no_battle(pipeline: Pipeline) -> None:
    text = "The queen reviewed the fleet at Portsmouth and met the army at Dover."
    assert not any(kind == "battle" for _, kind, _ in readings(pipeline, text))


def test_a_bare_number_hanged_counts_the_people_convicted_before(pipeline: Pipeline) -> None:
    text = (
        "Nineteen colliers were convicted of riot at Merthyr in July 1831, and two were "
        "hanged at Cardiff in August."
    )
    hanging = event_of(record_of(pipeline, text), "hanged")
    assert (hanging.type, hanging.subtype) == ("repression", "execution")


def test_a_bare_number_after_things_counts_no_people(pipeline: Pipeline) -> None:
    text = "Twelve paintings were sold in Vienna in May, and three were hanged in a museum."
    assert not any(trigger == "hanged" for trigger, _, _ in readings(pipeline, text))


def test_a_date_of_a_later_joined_clause_is_not_the_first_acts(pipeline: Pipeline) -> None:
    text = "Six printers were convicted of sedition, and two were hanged in March 1794."
    record = record_of(pipeline, text)
    conviction, hanging = event_of(record, "convicted"), event_of(record, "hanged")
    assert hanging.when is not None and hanging.when.earliest is not None
    assert hanging.when.earliest.month == 3
    assert conviction.when is None or conviction.when.earliest is None


def test_a_date_put_before_a_joined_verb_dates_that_verb(pipeline: Pipeline) -> None:
    text = (
        "Troops fired on mourners in Tabriz on 3 March 1978. Within a week tens of thousands "
        "were protesting daily, and on 12 March bazaar merchants across the province began "
        "a general strike."
    )
    protest = event_of(record_of(pipeline, text), "protesting")
    assert protest.when is not None and protest.when.earliest is not None
    assert protest.when.earliest.day == 3


def test_a_deportation_is_placed_where_the_people_were_taken_from(pipeline: Pipeline) -> None:
    text = (
        "In February 1944 Soviet security troops deported nearly half a million Chechens "
        "from their villages in Chechnya to Kazakhstan and Kyrgyzstan."
    )
    assert place_of(pipeline, text, "deported") == "Chechnya"


def test_a_deportation_told_only_by_its_destination_stays_where_the_story_is(
    pipeline: Pipeline,
) -> None:
    text = (
        "British troops occupied the farming villages of Nova Scotia in the summer of 1755. "
        "Over the following months about 8,000 settlers were deported to Louisiana and to "
        "France."
    )
    assert place_of(pipeline, text, "deported") == "Nova Scotia"


def test_an_independence_referendum_is_held_in_its_region(pipeline: Pipeline) -> None:
    text = (
        "OTTAWA — Quebec held its last sovereignty referendum in 1995, and federalists won "
        "it by barely one percentage point."
    )
    assert place_of(pipeline, text, "referendum") == "Quebec"


def test_an_election_without_a_secession_word_keeps_its_town(pipeline: Pipeline) -> None:
    text = "Voters in Kisumu queued for hours in the municipal election in Kenya."
    assert place_of(pipeline, text, "election") == "Kisumu"
