"""Where events happen when their paragraph does not say (round 21).

A story does not start again at each paragraph: an act told in a later paragraph that
names no place happened where the story stood, as it happened in the story's time, and
that place comes before a town the next sentence holds someone in. Acts told one after
another in a paragraph stay where the first was placed. Men who force their way "into" a
site take the story with them, so what they do there next is placed there. A word of a
longer name joined by a particle ("Umkhonto we Sizwe") is no place. A court told by its
country's word ("a Peruvian court") sits in that country. A prison someone has been
held in since is not where they were arrested, however the parser joins the clause. The
land a person is named "of" ("Philip of Swabia") is part of the name, not where. A
national government acts across its country, unless the act's own clause names a town.
The market "of" a town is in the town; a trial placed nowhere else sits in the story's town.
"""

from __future__ import annotations

from spacy.language import Language

from event_runs import Named, event_of, record_of, where_named
from historiograph.pipeline import Pipeline
from historiograph.record import Geo

DE_TOWN = Geo(lat=50.0, lon=8.27, feature="PPLA", country_code="DE")
DE_REGION = Geo(lat=48.5, lon=9.5, feature="RGN", country_code="DE")


def place_of(pipeline: Pipeline, text: str, trigger: str) -> str | None:
    """The name of the place of the first event of ``text`` whose trigger starts with
    ``trigger``."""
    event = event_of(record_of(pipeline, text), trigger)
    return event.where.name if event.where is not None else None


def test_an_arrest_paragraphs_after_the_dateline_is_in_the_dateline_town(
    pipeline: Pipeline,
) -> None:
    text = (
        "TEMUCO, Chile — Mapuche activists occupied a forestry estate on Monday to demand "
        "the return of ancestral land.\n\n"
        "Riot police evicted them the following morning.\n\n"
        "Later that day officers detained nine of the activists, the regional prosecutor said."
    )
    assert place_of(pipeline, text, "detained") == "Temuco"


def test_a_new_paragraph_goes_on_where_the_story_stood(pipeline: Pipeline) -> None:
    text = (
        "The strike began in the shipyards of Gdansk in August 1980.\n\n"
        "By December the mood had soured. Several of its organisers were arrested."
    )
    assert place_of(pipeline, text, "arrested") in ("Gdansk", "Gdańsk")


def test_acts_told_one_after_another_stay_where_the_first_was_placed(
    pipeline: Pipeline,
) -> None:
    text = (
        "Revolt broke out in Lyon in the spring of 1834.\n\n"
        "Within a week the army had stormed the city. Its leaders were arrested and executed."
    )
    record = record_of(pipeline, text)
    executed = event_of(record, "executed")
    assert executed.where is not None and executed.where.name == "Lyon"


def test_a_town_named_paragraphs_before_beats_the_town_of_a_later_prison(
    pipeline: Pipeline,
) -> None:
    text = (
        "My uncle worked as a printer in Kaunas until 1941.\n\n"
        "One night two soldiers came for him. He was held for a month in a prison at Vilnius."
    )
    assert place_of(pipeline, text, "came") == "Kaunas"


def test_hostages_are_held_where_their_captors_forced_their_way_in(
    pipeline: Pipeline,
) -> None:
    text = (
        "Armed men forced their way into a beach hotel in Sousse. "
        "They held forty guests hostage overnight."
    )
    assert place_of(pipeline, text, "hostage") == "Sousse"


def test_a_word_of_a_name_joined_by_a_particle_is_no_place(pipeline: Pipeline) -> None:
    text = (
        "Banned in 1960, the movement went underground and created Umkhonto we Sizwe "
        "the following year."
    )
    assert place_of(pipeline, text, "banned") not in ("Sizwe", "Umkhonto")


def test_a_court_told_by_its_countrys_word_sits_in_that_country(pipeline: Pipeline) -> None:
    text = "A Peruvian court later sentenced the four kidnappers to thirty years in prison."
    assert place_of(pipeline, text, "sentenced") == "Peru"


def test_a_prison_told_after_a_clause_inside_the_arrest_is_not_where_it_was(
    pipeline: Pipeline,
) -> None:
    text = (
        "SKOPJE — The blogger was arrested in March 2022, days after the new media law "
        "came into force, and has been held in Idrizovo prison since."
    )
    assert place_of(pipeline, text, "arrested") == "Skopje"


def test_a_land_a_person_is_named_of_is_not_where_they_were_crowned(
    nlp_model: Language,
) -> None:
    text = (
        "The princes gathered in Mainz in the summer. "
        "Philip of Swabia was crowned king in the cathedral on 8 September."
    )
    named: list[Named] = [
        ("Mainz", "Mainz", DE_TOWN, "place"),
        ("Swabia", "Swabia", DE_REGION, "place"),
    ]
    assert where_named(nlp_model, text, "crowned", named) == "Mainz"


def test_a_ban_by_a_national_government_is_placed_in_its_country(pipeline: Pipeline) -> None:
    text = (
        "The union was outlawed by the Chilean government in October 1973, a month after "
        "soldiers shot dozens of miners at Rancagua."
    )
    assert place_of(pipeline, text, "outlawed") == "Chile"


def test_a_government_ban_on_a_town_is_placed_in_the_town(pipeline: Pipeline) -> None:
    text = "The Kenyan government banned all rallies in Mombasa on Friday."
    assert place_of(pipeline, text, "banned") == "Mombasa"


def test_a_bomb_in_the_market_of_a_town_went_off_in_the_town(pipeline: Pipeline) -> None:
    text = "A suicide bomber blew himself up in the crowded bazaar of Peshawar."
    assert place_of(pipeline, text, "blew") == "Peshawar"


def test_a_trial_told_nowhere_else_sits_in_the_storys_town(pipeline: Pipeline) -> None:
    text = (
        "Several hundred trade unionists gathered in Milwaukee in May 1886 to demand an "
        "eight-hour day. A week later troops fired on the crowd. Seven strikers were tried "
        "for incitement."
    )
    assert place_of(pipeline, text, "tried") == "Milwaukee"
