"""Lead fixes found while integrating round 27 and on the unseen set lead29.

A life lived "in exile" is the state an act took place in ("The Front is founded in exile in
Cairo", "he died in exile"), not a going into exile: only "into exile", or exile as an act of
its own ("His exile began in 1953"), moves anyone. Horsemen who "charged into the crowd" used
force on it, as those who "charged the crowd" did. "On the island" points back to the island
named last, as "in the city" does to the town. A party's youth camp is the party's, no place
its name names. Where a vehicle was bound is not where the story then stands. "A company of
soldiers" is a unit, no firm, and "the deposed premier" holds an office as a president does.
"""

from __future__ import annotations

from event_runs import event_of, names_in, readings, record_of
from historiograph.pipeline import Pipeline


def test_an_act_done_in_exile_is_no_exile(pipeline: Pipeline) -> None:
    text = "1962 – The National Liberation Front is founded in exile in Cairo."
    assert [(kind, sub) for _, kind, sub in readings(pipeline, text)] == [
        ("organization", "founding")
    ]
    assert readings(pipeline, "The old king died in exile in Egypt in 1924.") == []


def test_going_into_exile_is_an_exile(pipeline: Pipeline) -> None:
    text = "In 1979 the writer went into exile in Paris."
    assert [(kind, sub) for _, kind, sub in readings(pipeline, text)] == [("relocation", "exile")]


def test_horsemen_charging_into_a_crowd_crack_down(pipeline: Pipeline) -> None:
    text = "Mounted police charged into the crowd of strikers outside the mill."
    assert [(kind, sub) for _, kind, sub in readings(pipeline, text)] == [
        ("repression", "crackdown")
    ]
    text = "Karen insurgents tried to storm the garrison at Toungoo."
    assert [(kind, sub) for _, kind, sub in readings(pipeline, text)] == [("battle", "clash")]


def test_on_the_island_is_the_island_named_last(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded in Athens on Monday, killing eight people. The bomber then "
        "drove to the island of Crete and shot dead nine people. He was arrested on the "
        "island an hour later."
    )
    where = event_of(record_of(pipeline, text), "arrested").where
    assert where is not None and where.name == "Crete"


def test_a_partys_camp_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "The gunman drove to the island of Crete, where a Labour Party youth camp was being "
        "held, and shot dead nine people. He was arrested an hour later."
    )
    where = event_of(record_of(pipeline, text), "arrested").where
    assert where is None or where.name != "Labour Party"


def test_where_a_vehicle_was_bound_is_not_where_the_story_stands(pipeline: Pipeline) -> None:
    text = (
        "On 6 September 1970 commandos hijacked three airliners bound for New York; two of "
        "them were flown to an airstrip in Jordan. Six days later the hijackers blew up the "
        "empty planes."
    )
    where = event_of(record_of(pipeline, text), "blew up").where
    assert where is not None and where.name != "New York"


def test_a_company_of_soldiers_is_no_firm(pipeline: Pipeline) -> None:
    text = "A company of soldiers shot 40 villagers."
    assert [(kind, sub) for _, kind, sub in readings(pipeline, text)] == [
        ("repression", "massacre")
    ]
    assert readings(pipeline, "The company killed the deal with its suppliers.") == []


def test_a_premier_told_before_is_whom_he_stands_for(pipeline: Pipeline) -> None:
    text = "The deposed premier was flown to Kamina and handed over to the rebels. He was shot."
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, "shot"), ("victim", "target")) == ["deposed premier"]
