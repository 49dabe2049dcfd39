"""Event extraction beyond the lexicon's obvious cases (issue #6).

Dates from the right clause, raids told only through their toll, re-mentions
that name the doer, unknown names that locate an event, crowds that riot, and
the statistical typing fallback that chooses among a trigger's readings.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from historiograph.extract.events import extract_events, load_lexicon
from historiograph.extract.events.typing_model import TypingModel, features, load_typing_model
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Event, Timex


def events_of(nlp: Language, text: str, timexes: list[Timex] | None = None) -> list[Event]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    return extract_events(
        doc, entities=entities, mentions=mentions, timexes=timexes or [], claims=[]
    ).events


def timex(text: str, phrase: str, earliest: dt.date, latest: dt.date, ident: str) -> Timex:
    start = text.index(phrase)
    return Timex(
        id=ident,
        span=(start, start + len(phrase)),
        text=phrase,
        type="DATE",
        value=earliest.isoformat(),
        earliest=earliest,
        latest=latest,
        precision="day" if earliest == latest else "month",
    )


def day(text: str, phrase: str, date: dt.date, ident: str) -> Timex:
    return timex(text, phrase, date, date, ident)


def test_a_subordinate_clause_keeps_its_own_date(nlp_model: Language) -> None:
    text = (
        "Government troops recaptured the town of Palma on 5 April 2021, nine days after "
        "insurgents had overrun it in a coordinated assault that began on 24 March."
    )
    dates = [
        day(text, "5 April 2021", dt.date(2021, 4, 5), "t1"),
        day(text, "24 March", dt.date(2021, 3, 24), "t2"),
    ]
    by_trigger = {e.trigger.text: e for e in events_of(nlp_model, text, dates)}
    assert by_trigger["recaptured"].when.timex == "t1"
    assert by_trigger["overrun"].when.timex == "t2"
    assert "assault" not in by_trigger  # the noun re-describes the overrunning


def test_a_date_on_the_object_noun_is_not_the_acts_date(nlp_model: Language) -> None:
    text = "The Constitutional Court annulled the May 2019 vote over irregularities in February."
    dates = [
        timex(text, "May 2019", dt.date(2019, 5, 1), dt.date(2019, 5, 31), "t1"),
        timex(text, "February", dt.date(2020, 2, 1), dt.date(2020, 2, 29), "t2"),
    ]
    [annulled] = [e for e in events_of(nlp_model, text, dates) if e.trigger.text == "annulled"]
    assert annulled.type == "legal"
    assert annulled.when.timex == "t2"


def test_a_raid_told_only_through_its_toll_is_an_event(nlp_model: Language) -> None:
    text = "Eleven villagers were killed in Nairobi on 21 January 2023, a local chief said."
    [killing] = events_of(
        nlp_model, text, [day(text, "21 January 2023", dt.date(2023, 1, 21), "t1")]
    )
    assert killing.type == "attack"
    assert killing.when.earliest == dt.date(2023, 1, 21)


def test_a_toll_without_its_own_date_is_not_a_new_event(nlp_model: Language) -> None:
    assert events_of(nlp_model, "Five people were killed, officials said.") == []


def test_a_re_mention_that_names_the_doer_adds_it_to_the_event(nlp_model: Language) -> None:
    text = (
        "A truck bomb blew up at a junction in Mogadishu on 14 October 2017. "
        "The Shabaab Front, which authorities blamed for the bombing, never commented."
    )
    events = events_of(nlp_model, text, [day(text, "14 October 2017", dt.date(2017, 10, 14), "t1")])
    [bombing] = [e for e in events if e.subtype == "bombing"]
    assert bombing.trigger.text == "blew up"
    assert any(a.role == "agent" for a in bombing.actors)


def test_a_name_in_apposition_is_the_actor(nlp_model: Language) -> None:
    text = "A previously unknown group, the Northern Vanguard, claimed responsibility for it."
    [claim] = events_of(nlp_model, text)
    assert claim.subtype == "claim_of_responsibility"
    assert [a.entity for a in claim.actors if a.role == "agent"] == ["ent:northern-vanguard"]


def test_a_place_noun_named_by_a_compound_locates_the_event(nlp_model: Language) -> None:
    text = "A blast in the Medina district wounded two people on 14 October 2017."
    [blast] = events_of(
        nlp_model, text, [day(text, "14 October 2017", dt.date(2017, 10, 14), "t1")]
    )
    assert blast.where is not None and blast.where.name == "Medina"


def test_violence_by_a_crowd_is_a_riot(nlp_model: Language) -> None:
    [riot] = events_of(nlp_model, "Angry youths torched the police post in Salaga.")
    assert (riot.type, riot.subtype) == ("protest", "riot")


def test_shooting_a_named_person_dead_is_an_assassination(nlp_model: Language) -> None:
    text = "Opposition leader Ahmed Sule was shot dead outside his home in Kano."
    [shooting] = events_of(nlp_model, text)
    assert (shooting.type, shooting.subtype) == ("attack", "assassination")


def test_every_alternative_reading_is_a_label_of_the_shipped_model() -> None:
    model = load_typing_model()
    assert model is not None
    senses = load_lexicon().words.values()
    assert {a for s in senses for a in s.alternatives} <= model.labels()


def test_the_model_keeps_the_default_unless_the_context_clearly_favours_another() -> None:
    model = TypingModel(
        priors={"attack/bombing": -0.5, "battle/shelling": -1.0},
        unseen={"attack/bombing": -8.0, "battle/shelling": -8.0},
        words={"artillery": {"battle/shelling": -3.0}, "car": {"attack/bombing": -3.0}},
        margin=1.0,
    )
    assert model.choose("attack/bombing", ["battle/shelling"], ["car"]) == "attack/bombing"
    assert model.choose("attack/bombing", ["battle/shelling"], ["artillery"]) == "battle/shelling"
    assert model.choose("attack/bombing", ["battle/shelling"], []) == "attack/bombing"
    assert model.choose("attack/bombing", ["protest/riot"], ["artillery"]) == "attack/bombing"


def test_the_shipped_model_reads_explosions_by_their_context() -> None:
    model = load_typing_model()
    assert model is not None
    front = features(["Explosions were heard as artillery shelling hit positions near the front"])
    market = features(["An explosion from a car bomb planted by militants tore through a market"])
    assert model.choose("attack/bombing", ["battle/shelling"], front) == "battle/shelling"
    assert model.choose("attack/bombing", ["battle/shelling"], market) == "attack/bombing"


def test_the_fallback_can_be_turned_off(nlp_model: Language) -> None:
    text = "On 3 May 2020 explosions were heard as artillery shelling hit positions at the front."
    dated = [day(text, "3 May 2020", dt.date(2020, 5, 3), "t1")]
    doc = nlp_model(text)
    entities, mentions = entities_from_doc(doc)
    plain = extract_events(
        doc, entities=entities, mentions=mentions, timexes=dated, claims=[], typing_fallback=False
    ).events
    read = extract_events(
        doc, entities=entities, mentions=mentions, timexes=dated, claims=[]
    ).events
    explosion = [e for e in plain if e.trigger.text == "explosions"]
    assert [e.subtype for e in explosion] == ["bombing"]
    assert [e.subtype for e in read if e.trigger.text == "explosions"] == ["shelling"]
