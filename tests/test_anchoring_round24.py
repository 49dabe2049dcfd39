"""Event assembly, and where events are anchored (round 24).

A place in the act's own clause wins over the dateline, though the parser misreads the
place's name as a modifier ("the Sagaing region"). Where a move joined after an act went
("resigned and fled to Spain") is the move's place, not the act's. Buildings destroyed
with no doer named, in a story of violence, were attacked; not a building pulled down for
a purpose or wrecked by a storm, nor a team "destroyed" by another. An army that enters a
town and shoots its people takes the town and kills them: two acts; soldiers who enter a
school and shoot two teachers do one. A town the trigger's own clause points back to ("in
the town", "there") beats a place another verb names, and "there" is the town, not the
country that locates it. A court's act told after a bombing in a square sits in the square's
town. A man shot, "one of thousands executed there", was executed: one act. An unknown name
told as a village's ("the village of Kwamba") beats the dateline.
"""

from __future__ import annotations

from event_runs import event_of, readings, record_of
from historiograph.pipeline import Pipeline


def place_of(pipeline: Pipeline, text: str, trigger: str, published: str | None = None) -> str:
    """The name of the place of the first event of ``text`` whose trigger starts with
    ``trigger`` ("" when it has none)."""
    event = event_of(record_of(pipeline, text, published), trigger)
    return event.where.name if event.where is not None else ""


def test_a_region_in_the_acts_clause_beats_the_dateline(pipeline: Pipeline) -> None:
    text = (
        "MANDALAY, Myanmar — Artillery shelled a monastery in the Sagaing region overnight, "
        "a local group said."
    )
    assert place_of(pipeline, text, "shelled", "2022-06-20").startswith("Sagain")


def test_the_dateline_still_places_an_act_whose_clause_names_no_place(
    pipeline: Pipeline,
) -> None:
    text = "MANDALAY, Myanmar — Soldiers shelled a monastery overnight, a local group said."
    assert place_of(pipeline, text, "shelled", "2022-06-20") == "Mandalay"


def test_a_resignation_is_not_placed_where_the_flight_after_it_went(
    pipeline: Pipeline,
) -> None:
    text = (
        "Riots broke out in Porto in May 1911. Days later the governor resigned and fled to Spain."
    )
    assert place_of(pipeline, text, "resigned") != "Spain"
    assert place_of(pipeline, text, "fled") == "Spain"


def test_an_act_after_a_ride_to_a_town_is_placed_in_that_town(pipeline: Pipeline) -> None:
    text = "In 1857 the mutineers rode to Delhi and killed dozens of officials."
    assert place_of(pipeline, text, "killed") == "Delhi"


def test_churches_destroyed_after_a_city_fell_were_attacked(pipeline: Pipeline) -> None:
    text = (
        "The besiegers stormed the city in 1204. The emperor was blinded, and the "
        "churches of the city were destroyed."
    )
    assert ("destroyed", "attack", "facility_attack") in readings(pipeline, text)


def test_archives_burned_in_a_sack_were_attacked(pipeline: Pipeline) -> None:
    text = (
        "In 1799 the rebels stormed the town. For three days its shops were plundered, "
        "and the bishop's archive was burned."
    )
    assert ("burned", "attack", "facility_attack") in readings(pipeline, text)


def test_a_cinema_demolished_to_make_way_for_offices_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "Rebels attacked the town in 1998. A year later the old cinema was demolished to "
        "make way for offices."
    )
    assert not any(trigger == "demolished" for trigger, _, _ in readings(pipeline, text))


def test_a_school_destroyed_in_a_flood_is_no_attack(pipeline: Pipeline) -> None:
    text = "Rebels attacked the town in 1998. Later that year the school was destroyed in a flood."
    assert not any(trigger == "destroyed" for trigger, _, _ in readings(pipeline, text))


def test_a_library_destroyed_with_no_violence_told_is_no_attack(pipeline: Pipeline) -> None:
    text = "The town grew quickly after 1890. In 1931 the old library was destroyed."
    assert not any(trigger == "destroyed" for trigger, _, _ in readings(pipeline, text))


def test_a_team_destroyed_by_another_is_no_event(pipeline: Pipeline) -> None:
    text = "On Saturday Rovers destroyed the Hornets 5-0, and fans poured onto the pitch."
    assert readings(pipeline, text) == []


def test_troops_entering_a_town_and_shooting_its_men_are_two_acts(pipeline: Pipeline) -> None:
    text = "In 1941 German troops entered the village and shot many of its men."
    told = readings(pipeline, text)
    assert ("entered", "battle", "territory_seized") in told
    assert any(trigger == "shot" for trigger, _, _ in told)


def test_soldiers_entering_a_school_and_shooting_teachers_are_one_act(
    pipeline: Pipeline,
) -> None:
    text = "In 1980 soldiers entered the school and shot two teachers."
    assert [trigger for trigger, _, _ in readings(pipeline, text)] == ["shot"]


def test_police_entering_a_town_and_shooting_a_robber_take_no_town(pipeline: Pipeline) -> None:
    text = "In 1990 police entered the town and shot a suspected robber."
    assert not any(subtype == "territory_seized" for _, _, subtype in readings(pipeline, text))


def test_a_jailing_a_year_after_a_bombing_in_a_square_is_placed_in_its_town(
    pipeline: Pipeline,
) -> None:
    text = (
        "In May 1913 dock workers in Lisbon walked out. Two days later a bomb exploded in "
        "Rossio Square, killing a policeman. Five anarchists were tried for the bombing, and "
        "two were jailed in 1914."
    )
    assert place_of(pipeline, text, "jailed") == "Lisbon"


def test_a_capture_in_the_town_is_not_placed_where_the_next_verb_hanged_him(
    pipeline: Pipeline,
) -> None:
    text = (
        "In May 1920 the rebels routed the garrison at Tabriz. The governor was captured in "
        "the town and hanged at Tehran a week later."
    )
    assert place_of(pipeline, text, "captured") == "Tabriz"
    assert place_of(pipeline, text, "hanged") == "Tehran"


def test_there_points_to_the_town_not_the_country_that_locates_it(pipeline: Pipeline) -> None:
    text = (
        "In 1921 the rebels marched to Ganja in Azerbaijan. A week later they burned the "
        "railway station there."
    )
    assert place_of(pipeline, text, "burned") == "Ganja"


def test_a_man_shot_as_one_of_thousands_executed_is_one_execution(pipeline: Pipeline) -> None:
    text = (
        "My uncle was shot at Butovo in 1938, one of the thousands of prisoners who were "
        "executed there that year."
    )
    assert readings(pipeline, text) == [("shot", "repression", "execution")]


def test_a_man_shot_beside_a_later_execution_keeps_both(pipeline: Pipeline) -> None:
    text = "My uncle was shot at Butovo in 1938, and his brother was executed in 1941."
    assert [trigger for trigger, _, _ in readings(pipeline, text)] == ["shot", "executed"]


def test_a_village_named_of_an_unknown_name_beats_the_dateline(pipeline: Pipeline) -> None:
    text = "YOLA, Nigeria — Gunmen stormed the village of Kwamba on Sunday, residents said."
    assert place_of(pipeline, text, "stormed", "2023-03-06") == "Kwamba"


def test_houses_destroyed_after_artillery_fire_are_its_damage(pipeline: Pipeline) -> None:
    text = (
        "Rebels shelled the outskirts of the town overnight. By dawn a clinic and two "
        "houses had been destroyed."
    )
    assert not any(trigger == "destroyed" for trigger, _, _ in readings(pipeline, text))


def test_villages_destroyed_in_reprisals_are_the_reprisals_damage(pipeline: Pipeline) -> None:
    text = (
        "Government troops retook the valley in 1921. A missionary wrote that 40 villages were "
        "destroyed and 900 people killed in the reprisals that followed."
    )
    assert not any(trigger == "destroyed" for trigger, _, _ in readings(pipeline, text))


def test_a_councils_building_is_placed_in_the_dateline_town(pipeline: Pipeline) -> None:
    text = (
        "KIRKUK, Iraq — A bomb exploded outside the Turkmen Unity Council building on Monday, "
        "killing two guards."
    )
    assert place_of(pipeline, text, "exploded", "2019-11-13") == "Kirkuk"
