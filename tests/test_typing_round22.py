"""Event detection and typing, round 22 (issue #6), each told in new words.

Delegates walking out of a party's congress or a meeting hall strike no work; a measure
voted down is no battle; someone shot "as a spy" or "as a traitor" is executed; a person
taken by a "they" the memoir never names is disappeared, unless a ransom says hostage;
a grenade tossed is a bombing; the nouns of violence a toll is counted in tell one
incident; a siege that ends in the taking of a place is that taking; a count of people
deported after a deportation sums it up.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_delegates_leaving_a_congress_hall_strike_no_work(pipeline: Pipeline) -> None:
    text = (
        "At the union's congress in Turin most of the left-wing delegates walked out of the hall."
    )
    assert not [r for r in readings(pipeline, text) if r[2] == "strike"]


def test_workers_walking_out_of_a_mill_still_strike(pipeline: Pipeline) -> None:
    text = "In March 1934 the spinners walked out of the cotton mills at Ahmedabad."
    assert ("walked out of", "protest", "strike") in readings(pipeline, text)


def test_a_measure_voted_down_is_no_battle(pipeline: Pipeline) -> None:
    text = "The first returns showed the amendment heavily defeated in the rural cantons."
    assert not [r for r in readings(pipeline, text) if r[1] == "battle"]


def test_an_army_defeated_is_still_a_battle(pipeline: Pipeline) -> None:
    text = "The Swedish army defeated the Russians at Narva in 1700."
    assert ("defeated", "battle", "clash") in readings(pipeline, text)


def test_shot_as_a_traitor_is_an_execution(pipeline: Pipeline) -> None:
    text = "The parish priest was shot in 1938 as a traitor to the revolution."
    assert readings(pipeline, text) == [("shot", "repression", "execution")]


def test_shot_as_he_ran_stays_a_shooting(pipeline: Pipeline) -> None:
    text = "Gunmen shot a taxi driver as he ran from his car in Belfast on Friday."
    assert ("shot", "repression", "execution") not in readings(pipeline, text)


def test_a_person_taken_by_a_nameless_they_is_disappeared(pipeline: Pipeline) -> None:
    text = "In June 1976 they seized my brother outside the bakery in Rosario where he worked."
    assert ("seized", "repression", "disappearance") in readings(pipeline, text)


def test_a_ransom_makes_it_a_hostage_taking(pipeline: Pipeline) -> None:
    text = "They abducted my uncle on the road to Kaduna and demanded a ransom for him."
    found = readings(pipeline, text)
    assert ("abducted", "attack", "hostage_taking") in found


def test_a_grenade_tossed_is_a_bombing(pipeline: Pipeline) -> None:
    text = "A grenade was tossed into a crowded bus depot in Jammu on Tuesday."
    assert [r[1:] for r in readings(pipeline, text)] == [("attack", "bombing")]


def test_violence_joined_in_a_toll_is_one_incident(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded outside the ministry in Baghdad on Sunday; nine people died in"
        " the explosion and the shooting that followed."
    )
    assert [r[1:] for r in readings(pipeline, text)] == [("attack", "bombing")]


def test_a_siege_ending_in_the_taking_is_that_taking(pipeline: Pipeline) -> None:
    text = "Ottoman troops captured Candia in 1669 after a siege lasting twenty years."
    assert [r[1] for r in readings(pipeline, text)] == ["battle"]


def test_a_town_taken_after_fighting_keeps_the_fight(pipeline: Pipeline) -> None:
    text = "The rebels took the town of Goma after heavy fighting in November."
    assert len(readings(pipeline, text)) == 2


def test_a_count_of_the_deported_sums_up_the_deportation(pipeline: Pipeline) -> None:
    text = (
        "In 1941 the authorities began deporting the Volga Germans from their farms. Within a"
        " month some 400,000 people had been deported to Kazakhstan and Siberia."
    )
    assert readings(pipeline, text) == [("deporting", "relocation", "expulsion")]


def test_another_group_deported_later_is_a_move_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Police deported 300 migrants to Libya in March. In June another 500 people were deported."
    )
    assert len(readings(pipeline, text)) == 2


def test_a_killing_joined_to_a_raid_is_the_raid(pipeline: Pipeline) -> None:
    text = "Three masked men stormed into a bank in Lyon on Friday and shot two guards."
    assert [r[1:] for r in readings(pipeline, text)] == [("attack", "armed_assault")]


def test_officers_killed_by_mutineers_are_the_mutiny(pipeline: Pipeline) -> None:
    text = (
        "In 1857 the garrison at Barrackpore mutinied, murdered its colonel and marched on"
        " Calcutta, which it occupied two days later."
    )
    found = readings(pipeline, text)
    assert [r[0] for r in found] == ["mutinied", "occupied"]


def test_captives_killed_later_are_killed_in_an_act_of_their_own(pipeline: Pipeline) -> None:
    text = "Bandits kidnapped nine herders near Gusau on Tuesday and later shot three of them."
    assert len(readings(pipeline, text)) == 2


def test_a_coup_said_of_a_vote_is_no_seizure_of_power(pipeline: Pipeline) -> None:
    text = "The opposition leader denounced the count as a constitutional coup on Monday."
    assert not [r for r in readings(pipeline, text) if r[1] == "battle"]
    assert ("coup", "battle", "offensive") in readings(
        pipeline, "Army officers staged a coup in Bamako on Tuesday."
    )


def test_troops_breaking_through_walls_take_the_place(pipeline: Pipeline) -> None:
    text = "At dawn on 3 June the Prussian infantry broke through the walls of the fortress."
    assert readings(pipeline, text) == [("broke through", "battle", "territory_seized")]
    assert readings(pipeline, "Researchers broke through a barrier in battery design.") == []


def test_a_faction_constituting_itself_a_party_founds_one(pipeline: Pipeline) -> None:
    text = "In 1903 the radical wing constituted itself as a separate party at a meeting in Geneva."
    assert ("constituted itself", "organization", "founding") in readings(pipeline, text)
