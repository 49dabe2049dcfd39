"""Doers named through the fire they deliver, claims for a gerund, deaths of captives,
and the coded-data conventions they are scored by (issue #6, sixth round)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from event_runs import events_of
from historiograph.evaluate.coded import CodedRow, _shared_toll, place_matches
from historiograph.export import muc4
from historiograph.record import Event, Trigger, When, Where
from historiograph.resolve import load_kb


def agents_of(events: list[Event], names: dict[str, str], trigger: str) -> list[str]:
    event = next(e for e in events if e.trigger.text.lower().startswith(trigger))
    return [names[a.entity].lower() for a in event.actors if a.role == "agent"]


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Two protesters were killed by police fire in Khartoum on Sunday.", "killed", "police"),
        ("A farmer was killed by army shelling near the border on Friday.", "killed", "army"),
    ],
)
def test_the_doer_of_a_killing_by_fire_is_whoever_fired(
    nlp_model: Language, text: str, trigger: str, doer: str
) -> None:
    events, names = events_of(nlp_model, text)
    assert any(doer in name for name in agents_of(events, names, trigger))


@pytest.mark.parametrize(
    "text",
    [
        "Their patrol came under fire from rebel fighters near Mocha on Monday.",
        "A police convoy came under attack from rebel fighters near Maiduguri on Monday.",
    ],
)
def test_who_something_came_under_fire_from_fired(nlp_model: Language, text: str) -> None:
    events, names = events_of(nlp_model, text)
    (event,) = events
    doers = [names[a.entity].lower() for a in event.actors if a.role == "agent"]
    assert any("fighters" in d for d in doers)
    assert not any("patrol" in d or "convoy" in d for d in doers)


def test_a_verbs_other_under_phrase_brings_no_doer(nlp_model: Language) -> None:
    text = "Rebels attacked the army base from the hills under cover of darkness on Monday."
    events, names = events_of(nlp_model, text)
    assert not any("hills" in n for n in agents_of(events, names, "attacked"))


def test_an_acts_by_phrase_names_an_unnamed_band_as_its_doer(nlp_model: Language) -> None:
    events, names = events_of(nlp_model, "Three villagers died in a raid by gunmen on Tuesday.")
    assert "gunmen" in agents_of(events, names, "raid")


def test_a_claim_for_a_gerund_names_its_doer(nlp_model: Language) -> None:
    text = "The Taliban claimed responsibility for attacking a police post in Kunduz on Sunday."
    events, names = events_of(nlp_model, text)
    assert any("taliban" in n for n in agents_of(events, names, "attacking"))


def test_a_captive_killed_after_the_abduction_is_its_toll(nlp_model: Language) -> None:
    text = (
        "Assailants abducted a police sergeant in Faryab on Monday. "
        "The officer was killed shortly after the abduction."
    )
    events, _ = events_of(nlp_model, text)
    abduction = next(e for e in events if e.subtype == "hostage_taking")
    assert abduction.fatalities is not None and abduction.fatalities.low == 1


def test_an_arrest_takes_no_toll_told_after_it(nlp_model: Language) -> None:
    text = "Police arrested five suspects in Lagos on Monday. Two officers were killed later."
    events, _ = events_of(nlp_model, text)
    assert all(e.fatalities is None for e in events if e.subtype == "arrest")


KEY = """\
0.  MESSAGE: ID                     DEV-MUC3-0001 (NCCOSC)
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  30 DEC 89
3.  INCIDENT: LOCATION              EL SALVADOR
4.  INCIDENT: TYPE                  ATTACK
19. HUM TGT: DESCRIPTION            "UNION MEMBERS" / "LABOR UNION MEMBERS"
                                    "GUARD"
21. HUM TGT: NUMBER                 10: "UNION MEMBERS" / "LABOR UNION MEMBERS"
                                    1: "GUARD"
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "UNION MEMBERS" / "LABOR UNION MEMBERS"
                                    DEATH: "GUARD"
"""
MESSAGE = """\
DEV-MUC3-0001 (NOSC)

   SAN SALVADOR, 3 JAN 90 -- [TEXT] TEN UNION MEMBERS AND A GUARD DIED IN THE ATTACK.
"""


def test_a_muc4_target_with_alternative_names_is_counted_once(tmp_path: Path) -> None:
    (tmp_path / "dev-muc3-0001-0100").write_text(MESSAGE, encoding="latin-1")
    (tmp_path / "key-dev-0001.muc4").write_text(KEY, encoding="latin-1")
    (message,) = list(muc4.read_messages(tmp_path))
    assert message.templates[0].fatalities == 11


def test_one_part_of_a_multi_part_attack_has_no_toll_of_its_own() -> None:
    assert _shared_toll("Assailants attacked a post. This was one of four related attacks.")
    assert _shared_toll("This was one of two incidents in Ishkamish on the same day.")
    assert not _shared_toll("It was one of the deadliest attacks in years.")


def unlocated(name: str) -> Event:
    return Event(
        id="e1",
        span=(0, 4),
        trigger=Trigger(span=(0, 4), text="raid"),
        type="attack",
        when=When(earliest=dt.date(2020, 5, 1), latest=dt.date(2020, 5, 1)),
        where=Where(name=name),
    )


@pytest.mark.parametrize(
    ("told", "coded", "same"),
    [
        ("Zibane", "Ziban", True),  # two transliterations
        ("La Colonia Tovar", "Colonia Tovar", True),  # the article
        ("Frankfurt Airport", "Frankfurt", True),  # a site in the coded place
        ("Zvornik", "Mali Zvornik", False),  # a part of the name is another town
        ("Sava", "Saba", False),
        ("Colonia los Presidentes", "Temixco", False),
    ],
)
def test_an_unlocated_place_is_matched_in_the_coders_spelling(
    told: str, coded: str, same: bool
) -> None:
    fields: dict[str, object] = dict.fromkeys(CodedRow.__dataclass_fields__)
    fields.update({"row_id": "1", "text": "text", "place": coded, "country": "Libya"})
    row = CodedRow(**fields)  # type: ignore[arg-type]
    assert place_matches(row, unlocated(told), None, load_kb(), None) is same


def test_a_located_place_is_judged_by_distance_not_spelling() -> None:
    fields: dict[str, object] = dict.fromkeys(CodedRow.__dataclass_fields__)
    fields.update({"row_id": "1", "text": "text", "place": "Ziban", "lat": 10.0, "lon": 10.0})
    row = CodedRow(**fields)  # type: ignore[arg-type]
    far = unlocated("Zibane").model_copy(update={"where": Where(name="Zibane", lat=0, lon=0)})
    assert not place_matches(row, far, None, load_kb(), None)


def test_a_group_claiming_credit_for_an_act_is_its_doer(nlp_model: Language) -> None:
    text = "The Red Brigades claimed credit for the firebombing of the consulate."
    events, names = events_of(nlp_model, text)
    assert agents_of(events, names, "firebombing") == ["red brigades"]


@pytest.mark.parametrize(
    ("text", "trigger", "hit", "missile"),
    [
        (
            "Police fired tear gas and live rounds at opposition supporters in Nairobi.",
            "fired",
            "supporters",
            "rounds",
        ),
        (
            "Police fired tear gas and live rounds at opposition supporters marching "
            "through the Kibera district of Nairobi on Wednesday.",
            "fired",
            "supporters",
            "rounds",
        ),
        (
            "Youths threw stones at the soldiers outside the barracks.",
            "threw",
            "soldiers",
            "stones",
        ),
    ],
)
def test_what_is_fired_at_someone_is_no_victim_the_at_phrase_is(
    nlp_model: Language, text: str, trigger: str, hit: str, missile: str
) -> None:
    events, names = events_of(nlp_model, text)
    event = next(e for e in events if e.trigger.text.lower().startswith(trigger))
    done_to = [names[a.entity].lower() for a in event.actors if a.role in ("victim", "target")]
    assert any(hit in name for name in done_to)
    assert not any(missile in name for name in done_to)


def test_a_capitalised_word_opening_a_sentence_is_no_name_of_the_force(
    nlp_model: Language,
) -> None:
    events, names = events_of(nlp_model, "Riot police fired tear gas at the students.")
    assert agents_of(events, names, "fired") == ["riot police"]
