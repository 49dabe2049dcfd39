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


def kinds(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, e.subtype) for e in events]


def test_a_second_strike_is_another_air_strike(nlp_model: Language) -> None:
    text = (
        "An air strike hit a school in Saada, killing 40 children, and a second strike "
        "on a hospital in Hajjah two weeks later left 12 people dead."
    )
    strikes = events_of(nlp_model, text)
    assert [e.trigger.text for e in strikes] == ["air strike", "strike"]
    assert kinds(strikes) == [("battle", "air_strike")] * 2


def test_the_fighting_before_a_recapture_is_an_event_of_its_own(nlp_model: Language) -> None:
    text = (
        "Government forces recaptured the town of Dalori after heavy fighting in which "
        "17 soldiers were killed."
    )
    assert [e.trigger.text for e in events_of(nlp_model, text)] == ["recaptured", "fighting"]


def test_an_operation_an_arrest_was_made_in_is_the_arrest(nlp_model: Language) -> None:
    text = "The group's leader was arrested in a raid on a farm near Trujillo."
    assert kinds(events_of(nlp_model, text)) == [("repression", "arrest")]


def test_a_phrasal_verb_split_by_its_object_is_one_trigger(nlp_model: Language) -> None:
    [bombing] = events_of(nlp_model, "A suicide bomber blew himself up outside a police station.")
    assert bombing.trigger.text == "blew himself up"
    assert (bombing.type, bombing.subtype) == ("attack", "bombing")


def test_what_happened_without_a_trial_is_no_trial(nlp_model: Language) -> None:
    text = "Soldiers executed hundreds of suspected rebels without trial."
    assert kinds(events_of(nlp_model, text)) == [("repression", "execution")]


def test_an_event_word_that_names_people_is_no_event(nlp_model: Language) -> None:
    text = "Gunmen opened fire on a minibus carrying election workers near Behsud."
    assert kinds(events_of(nlp_model, text)) == [("attack", "armed_assault")]


def test_attackers_getting_away_is_no_relocation(nlp_model: Language) -> None:
    assert events_of(nlp_model, "Police said the attackers fled on motorbikes.") == []
    [exile] = events_of(nlp_model, "The minister resigned and fled to England.")[1:]
    assert (exile.type, exile.subtype) == ("relocation", "exile")


def test_a_strike_by_aircraft_is_an_air_strike(nlp_model: Language) -> None:
    [strike] = events_of(nlp_model, "Its aircraft struck a refugee camp near Bentiu.")
    assert (strike.type, strike.subtype) == ("battle", "air_strike")


def test_a_light_verb_yields_to_the_weapon_it_fires(nlp_model: Language) -> None:
    [shelling] = events_of(nlp_model, "Rebels fired 82mm mortars at army positions near Vodyane.")
    assert (shelling.trigger.text, shelling.subtype) == ("mortars", "shelling")
    mixed = "Rebels fired 82mm mortars and small arms at army positions near Vodyane."
    assert kinds(events_of(nlp_model, mixed)) == [("battle", "clash")]  # ACLED: armed clash
    [shots] = events_of(nlp_model, "Soldiers fired rifles at the positions of the militia.")
    assert (shots.trigger.text, shots.type) == ("fired", "battle")
    assert events_of(nlp_model, "The minister was fired by the president.") == []


def test_a_counted_death_toll_dated_and_placed_is_a_killing(nlp_model: Language) -> None:
    text = (
        "Forty-one people died in Kandahar on 8 May 2022 after armed men went from house "
        "to house. The massacre was the deadliest in the province this year."
    )
    dates = [
        day(text, "8 May 2022", dt.date(2022, 5, 8), "t1"),
        timex(text, "this year", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "t2"),
    ]
    [killing] = events_of(nlp_model, text, dates)
    assert (killing.type, killing.trigger.text) == ("attack", "died")
    assert len(killing.evidence) == 1  # the massacre re-mentions it
    text = "The general died in a military hospital in Kandahar on 8 May 2022."
    assert events_of(nlp_model, text, [day(text, "8 May 2022", dt.date(2022, 5, 8), "t1")]) == []


def test_the_unrest_that_deaths_are_counted_in_is_told_before(nlp_model: Language) -> None:
    text = (
        "Protesters set up roadblocks across Santiago on 18 October 2019. By the end of "
        "the month at least 19 people had died in the unrest."
    )
    dates = [
        day(text, "18 October 2019", dt.date(2019, 10, 18), "t1"),
        timex(text, "the end of the month", dt.date(2019, 10, 21), dt.date(2019, 10, 31), "t2"),
    ]
    [protest] = events_of(nlp_model, text, dates)
    assert protest.type == "protest" and len(protest.evidence) == 1


def test_conjoined_protest_verbs_of_one_crowd_are_one_protest(nlp_model: Language) -> None:
    text = "Students in Dhaka boycotted classes and blocked major roads to demand safer streets."
    assert kinds(events_of(nlp_model, text)) == [("protest", "boycott")]


def test_finding_is_not_founding(nlp_model: Language) -> None:
    assert events_of(nlp_model, "Police forces found twelve crops of marijuana.") == []


def test_acled_codes_a_protest_by_what_follows_it(nlp_model: Language) -> None:
    text = "Residents staged a protest outside a ration shop in Siliguri. The police intervened."
    [protest] = events_of(nlp_model, text)
    assert protest.mappings.acled is not None
    assert protest.mappings.acled.sub_event_type == "Protest with intervention"
    text = "Residents staged a protest outside a ration shop in Siliguri. It ended at noon."
    [protest] = events_of(nlp_model, text)
    assert protest.mappings.acled is not None
    assert protest.mappings.acled.sub_event_type == "Peaceful protest"


def test_acled_codes_crowd_violence_without_a_demonstration_as_mob_violence(
    nlp_model: Language,
) -> None:
    [riot] = events_of(nlp_model, "Angry youths torched the police post in Salaga.")
    assert riot.mappings.acled is not None
    assert riot.mappings.acled.sub_event_type == "Mob violence"
    text = "Angry youths protesting the arrest torched the police post in Salaga."
    [torched] = [e for e in events_of(nlp_model, text) if e.trigger.text == "torched"]
    assert torched.mappings.acled is not None
    assert torched.mappings.acled.sub_event_type == "Violent demonstration"


def test_a_counted_or_indefinite_subject_is_a_particular_event(nlp_model: Language) -> None:
    [bomb] = events_of(nlp_model, "A bomb caused slight damage to the branch of the bank.")
    assert (bomb.type, bomb.subtype) == ("attack", "bombing")
    [rockets] = events_of(nlp_model, "Two rockets were fired at the home of the consul.")
    assert (rockets.trigger.text, rockets.subtype) == ("rockets", "shelling")
    assert events_of(nlp_model, "Rocket launchers were seized from the depot.") == []


def test_killing_told_as_to_death_or_by_poison_is_an_attack(nlp_model: Language) -> None:
    [shooting] = events_of(nlp_model, "The consul was shot to death in his home by guerrillas.")
    assert shooting.trigger.text == "shot to death"
    [poisoning] = events_of(nlp_model, "Assailants poisoned six students at a school in Rustaq.")
    assert (poisoning.type, poisoning.subtype) == ("attack", "unarmed_assault")


def test_a_passive_names_who_was_hanged(nlp_model: Language) -> None:
    [hanging] = events_of(nlp_model, "Hundreds of suspected rebels were hanged.")
    assert (hanging.type, hanging.subtype) == ("repression", "execution")
    assert events_of(nlp_model, "Flags were hung from the balconies.") == []


def test_state_forces_shooting_at_civilians_is_repression(nlp_model: Language) -> None:
    [shooting] = events_of(nlp_model, "Soldiers shot at protesters in Amchide.")
    assert (shooting.type, shooting.subtype) == ("repression", "crackdown")


def test_a_phrase_is_matched_only_where_its_words_hang_together(nlp_model: Language) -> None:
    aimed = events_of(nlp_model, "Gunmen fired at the convoy of the minister near Gombe.")
    assert [e.trigger.text for e in aimed] == ["fired at"]
    text = "Police said two men on a motorbike fired at least six rounds before escaping."
    assert "fired at" not in [e.trigger.text for e in events_of(nlp_model, text)]


def test_a_participle_telling_how_an_attack_was_done_is_no_second_attack(
    nlp_model: Language,
) -> None:
    text = "Fighters attacked an army base on Tuesday, detonating a car bomb at the gate."
    assert [e.trigger.text for e in events_of(nlp_model, text)] == ["attacked"]
    fled = events_of(nlp_model, "Troops shelled the town, forcing thousands to flee.")
    assert {e.type for e in fled} == {"battle", "relocation"}
