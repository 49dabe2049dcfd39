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


# -- Round four (issue #6): steps of one act, readings by what is acted on ---------------


def test_storming_in_a_clause_under_the_attack_is_one_act(nlp_model: Language) -> None:
    text = (
        "Al-Shabaab fighters attacked an army base, detonating a car bomb at the gate "
        "before storming the compound."
    )
    assert "storming" not in [e.trigger.text for e in events_of(nlp_model, text)]


def test_entering_joined_to_the_killing_of_a_massacre_is_its_step(nlp_model: Language) -> None:
    text = (
        "The massacre took place on 6 December 1982, when soldiers entered the village "
        "and killed more than 200 of its inhabitants."
    )
    dated = [day(text, "6 December 1982", dt.date(1982, 12, 6), "t1")]
    assert kinds(events_of(nlp_model, text, dated)) == [("repression", "massacre")]


def test_storming_after_a_siege_is_an_event_of_its_own(nlp_model: Language) -> None:
    text = "British forces besieged the city from July and stormed it in September."
    assert [e.trigger.text for e in events_of(nlp_model, text)] == ["besieged", "stormed"]


def test_opening_fire_joined_to_an_attack_is_its_means(nlp_model: Language) -> None:
    text = "Gunmen attacked a minibus near Behsud and opened fire on the passengers."
    assert [e.trigger.text for e in events_of(nlp_model, text)] == ["attacked"]
    [shooting] = events_of(nlp_model, "Soldiers opened fire on villagers in Ntumbi.")
    assert shooting.trigger.text == "opened fire"


def test_a_boycott_of_a_vote_is_an_electoral_boycott(nlp_model: Language) -> None:
    text = "Two opposition parties announced a boycott of the vote."
    assert kinds(events_of(nlp_model, text)) == [("election", "boycott")]
    text = "The opposition boycotted the election in March."
    assert kinds(events_of(nlp_model, text)) == [("election", "boycott")]
    text = "Farmers boycotted imported beef in March."
    assert kinds(events_of(nlp_model, text)) == [("protest", "boycott")]


def test_killing_the_holder_of_an_office_is_an_assassination(nlp_model: Language) -> None:
    [shooting] = events_of(nlp_model, "The president was shot dead at a parade in Cairo.")
    assert (shooting.type, shooting.subtype) == ("attack", "assassination")
    [shooting] = events_of(nlp_model, "A guard was shot dead at a parade in Cairo.")
    assert (shooting.type, shooting.subtype) == ("attack", "armed_assault")


def test_flight_from_home_is_displacement_and_abroad_exile(nlp_model: Language) -> None:
    [flight] = events_of(nlp_model, "Thousands of families fled their villages in March.")
    assert flight.subtype == "displacement"
    [flight] = events_of(nlp_model, "The deposed king fled to London in March.")
    assert flight.subtype == "exile"


def test_an_air_force_strikes_from_the_air(nlp_model: Language) -> None:
    text = "The Libyan air force bombed rebel positions near Misrata."
    [strike] = events_of(nlp_model, text)
    assert (strike.type, strike.subtype) == ("battle", "air_strike")


def test_armed_men_attacking_a_police_patrol_fight_a_battle(nlp_model: Language) -> None:
    text = "Armed men attacked a police patrol in Celaya."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]
    text = "Armed men attacked a wedding party in Celaya."
    assert kinds(events_of(nlp_model, text)) == [("attack", "armed_assault")]


def test_the_states_forces_capturing_a_person_arrest_him(nlp_model: Language) -> None:
    text = "Soldiers captured the rebel commander near Gao on Tuesday."
    assert kinds(events_of(nlp_model, text)) == [("repression", "arrest")]
    text = "Rebels captured the district governor near Kidal on Friday."
    assert kinds(events_of(nlp_model, text)) == [("attack", "hostage_taking")]


def test_a_person_held_is_in_custody_a_vote_held_is_not(nlp_model: Language) -> None:
    text = "The president was being held at the barracks of the presidential guard."
    assert kinds(events_of(nlp_model, text)) == [("repression", "arrest")]
    assert events_of(nlp_model, "The meeting was held at the barracks on Monday.") == []


def test_who_is_shot_is_what_a_joined_verb_acts_on(nlp_model: Language) -> None:
    text = "On 8 May 2020, the military forces shot and injured a resident in Amchide."
    [shooting] = events_of(nlp_model, text)
    assert (shooting.type, shooting.subtype) == ("repression", "crackdown")


def test_an_event_noun_with_a_toll_is_a_particular_event(nlp_model: Language) -> None:
    text = "Clashes between the two factions left 14 dead in Tripoli."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]


def test_the_shell_that_detonated_is_the_explosion(nlp_model: Language) -> None:
    text = (
        "Three children died when an unexploded mortar shell they were playing with "
        "detonated in a field."
    )
    assert kinds(events_of(nlp_model, text)) == [("attack", "bombing")]


def test_tear_gas_shells_are_no_shelling(nlp_model: Language) -> None:
    text = "Police fired tear gas shells to disperse the marchers."
    assert ("battle", "shelling") not in kinds(events_of(nlp_model, text))


def test_now_does_not_date_a_re_mention(nlp_model: Language) -> None:
    text = (
        "On 3 May the offices of the Clarion were raided by gunmen. "
        "I ask the minister whether he will now condemn the raid."
    )
    start = text.index("now")
    now = Timex(id="t2", span=(start, start + 3), text="now", type="DATE", value="PRESENT_REF")
    dated = [day(text, "3 May", dt.date(2021, 5, 3), "t1"), now]
    assert [e.trigger.text for e in events_of(nlp_model, text, dated)] == ["raided"]


def test_acled_codes_a_demonstration_that_burns_tyres_as_violent(nlp_model: Language) -> None:
    text = "Residents blocked the highway with burning tyres to demand water."
    [blockade] = events_of(nlp_model, text)
    assert blockade.mappings.acled is not None
    assert blockade.mappings.acled.sub_event_type == "Violent demonstration"
    [blockade] = events_of(nlp_model, "Residents blocked the highway to demand water.")
    assert blockade.mappings.acled is not None
    assert blockade.mappings.acled.sub_event_type == "Peaceful protest"


def test_a_clash_between_unarmed_sides_is_a_riot(nlp_model: Language) -> None:
    text = "Supporters of the two candidates clashed outside the town hall in Kasumbalesa."
    assert kinds(events_of(nlp_model, text)) == [("protest", "riot")]
    text = "Rebel fighters clashed with federal forces near Alamata."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]


def test_beating_people_is_an_assault_beating_a_team_is_not(nlp_model: Language) -> None:
    text = "Four journalists were severely beaten in Mbuji Mayi."
    assert kinds(events_of(nlp_model, text)) == [("attack", "unarmed_assault")]
    assert events_of(nlp_model, "Liverpool beat Chelsea at Anfield.") == []


def test_a_demonstration_that_sets_barricades_on_fire_is_violent(nlp_model: Language) -> None:
    text = "Citizens demonstrated against the newcomers. The group set barricades on fire."
    [protest] = [e for e in events_of(nlp_model, text) if e.trigger.text == "demonstrated"]
    assert protest.mappings.acled is not None
    assert protest.mappings.acled.sub_event_type == "Violent demonstration"


def test_a_projectile_that_hits_was_launched(nlp_model: Language) -> None:
    text = "Two rockets fired from across the border hit a residential block in Sderot."
    assert kinds(events_of(nlp_model, text)) == [("battle", "shelling")]
    text = "A second missile hit the same area an hour later."
    assert kinds(events_of(nlp_model, text)) == [("battle", "shelling")]
    assert events_of(nlp_model, "Spare missiles were stored in a depot near Odesa.") == []


def test_an_organization_founded_in_the_passive_is_a_founding(nlp_model: Language) -> None:
    text = "1962 – The National Liberation Front is founded in exile in Cairo."
    assert kinds(events_of(nlp_model, text)) == [("organization", "founding")]


def test_the_last_of_several_joined_passives_shares_their_subject(nlp_model: Language) -> None:
    text = "Thomas Müntzer was captured, tortured and beheaded."
    assert "beheaded" in [e.trigger.text for e in events_of(nlp_model, text)]


def test_the_head_of_a_phrase_told_before_refers_back_to_it(nlp_model: Language) -> None:
    text = (
        "A NATO air strike near Kunduz killed 90 people. A German commander had "
        "called in the strike."
    )
    assert ("protest", "strike") not in kinds(events_of(nlp_model, text))


def test_marching_to_protest_is_one_protest(nlp_model: Language) -> None:
    text = "Thousands of supporters marched through central Minsk to protest against the result."
    assert [e.trigger.text for e in events_of(nlp_model, text)] == ["marched"]


def test_a_harbour_seized_is_ground_taken(nlp_model: Language) -> None:
    text = "The insurgents seized the harbour the next morning."
    assert kinds(events_of(nlp_model, text)) == [("battle", "territory_seized")]


def test_a_name_with_an_of_phrase_is_a_named_event(nlp_model: Language) -> None:
    text = "The Treaty of Lisbon was signed by the leaders of 27 member states."
    [treaty] = events_of(nlp_model, text)
    assert treaty.trigger.text == "Treaty of Lisbon"
    assert (treaty.type, treaty.subtype) == ("agreement", "treaty")


def test_arms_shipped_or_sold_to_a_side_are_military_support(nlp_model: Language) -> None:
    text = "Italy shipped aircraft to the Nationalists. The Soviet Union sold the Republic tanks."
    assert kinds(events_of(nlp_model, text)) == [("support", "military_support")] * 2
    assert events_of(nlp_model, "The farm sold its wheat to the mill.") == []


def test_the_clashes_that_followed_are_another_event(nlp_model: Language) -> None:
    text = (
        "Security guards at a gold mine in Obuasi attacked illegal miners. "
        "The clashes that followed left two miners dead."
    )
    assert [e.trigger.text for e in events_of(nlp_model, text)] == ["attacked", "clashes"]


def test_a_raid_by_the_states_forces_on_offices_is_a_crackdown(nlp_model: Language) -> None:
    text = "Officers of the state security service raided the offices of the newspaper."
    assert kinds(events_of(nlp_model, text)) == [("repression", "crackdown")]
    text = "Troops raided a rebel base near Gao."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]


def test_suspending_membership_withdraws_support(nlp_model: Language) -> None:
    text = "The African Union suspended Mali's membership the following day."
    assert kinds(events_of(nlp_model, text)) == [("support", "withdrawal_of_support")]
    assert kinds(events_of(nlp_model, "The junta suspended the constitution.")) == [
        ("repression", None)
    ]


def test_firing_tear_gas_is_a_crackdown_and_a_step_of_an_arrest(nlp_model: Language) -> None:
    text = "Police fired rubber bullets and tear gas at the strikers, injuring dozens."
    assert kinds(events_of(nlp_model, text)) == [("repression", "crackdown")]
    text = "Police fired tear gas and detained 43 protesters."
    assert kinds(events_of(nlp_model, text)) == [("repression", "arrest")]
    text = "Two men on a motorbike fired at least six rounds before escaping."
    assert events_of(nlp_model, text) == []


def test_fire_aimed_on_a_target_is_an_attack_fired_on_a_day_is_not(nlp_model: Language) -> None:
    text = "Rebel fighters fired with heavy weapons on the positions of the army near Gao."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]
    assert events_of(nlp_model, "The coach was fired on Monday.") == []


def test_every_word_list_of_the_lexicon_holds_words() -> None:
    lexicon = load_lexicon()
    assert "on" in lexicon.aim_prepositions
    assert all(isinstance(w, str) for w in lexicon.aim_prepositions)


def test_locals_beating_a_suspect_is_crowd_violence(nlp_model: Language) -> None:
    text = "A suspected thief was beaten up by locals inside a bus terminal in Manaus."
    assert kinds(events_of(nlp_model, text)) == [("protest", "riot")]


def test_an_ambush_on_a_convoy_of_the_armed_forces_is_a_battle(nlp_model: Language) -> None:
    text = "Insurgents ambushed a convoy of the armed forces on the Damboa road."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]
    text = "Insurgents ambushed a convoy of traders on the Damboa road."
    assert kinds(events_of(nlp_model, text)) == [("attack", "armed_assault")]


def test_a_partys_leadership_ballot_is_no_public_election(nlp_model: Language) -> None:
    text = "The party's executive will choose a successor in a leadership ballot next month."
    assert kinds(events_of(nlp_model, text)) == [("organization", "leadership")]
    text = "The group pledged allegiance to the Islamic State in 2015."
    assert [e.type for e in events_of(nlp_model, text)] == ["organization"]


def test_joined_participles_and_riot_verbs_tell_one_act(nlp_model: Language) -> None:
    text = "Fighters attacked the village of Kalembe, killing 17 civilians and burning 40 houses."
    assert [e.trigger.text for e in events_of(nlp_model, text)] == ["attacked"]
    text = "Angry youths set fire to a tax office and looted shops along Bello Road."
    assert kinds(events_of(nlp_model, text)) == [("protest", "riot")]


def test_taking_power_is_a_change_of_who_governs_and_seizing_it_a_coup(
    nlp_model: Language,
) -> None:
    text = "A transitional council took power in Bamako after the elections."
    assert kinds(events_of(nlp_model, text)) == [("organization", "leadership")]
    text = "Mutinous officers seized power in Conakry on Sunday."
    assert kinds(events_of(nlp_model, text)) == [("battle", "offensive")]


def test_the_states_forces_killing_armed_men_fight_them(nlp_model: Language) -> None:
    text = "Troops killed nine insurgents during a sweep near Mopti on Friday."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]
    text = "Troops killed nine herders during a sweep near Mopti on Friday."
    assert kinds(events_of(nlp_model, text)) == [("repression", "massacre")]


def test_a_crowd_demanding_a_resignation_protests_and_nobody_resigns(
    nlp_model: Language,
) -> None:
    text = "Demonstrators in Lomé demanded the resignation of the prime minister."
    assert kinds(events_of(nlp_model, text)) == [("protest", "demonstration")]
    text = "The opposition called for the resignation of the health minister."
    assert kinds(events_of(nlp_model, text)) == []
    text = "The health minister announced his resignation on Monday."
    assert kinds(events_of(nlp_model, text)) == [("organization", "leadership")]
    # a demand under the resignation does not undo it
    text = "The governor resigned after hundreds of marchers demanded it."
    assert kinds(events_of(nlp_model, text)) == [
        ("organization", "leadership"),
        ("protest", "demonstration"),
    ]


def test_party_members_clashing_riot_and_a_raiding_party_fights(nlp_model: Language) -> None:
    text = "Youth members of the governing party clashed with opposition activists in Kindu."
    assert kinds(events_of(nlp_model, text)) == [("protest", "riot")]
    text = "A raiding party clashed with a cavalry patrol near the river."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]


def test_a_strike_picked_out_of_air_strikes_is_one_of_them(nlp_model: Language) -> None:
    text = (
        "The Panel recorded 26 drone strikes in the region, including a strike on the "
        "market of Bourasso that killed at least 31 civilians."
    )
    strikes = events_of(nlp_model, text)
    assert [e.trigger.text for e in strikes] == ["drone strikes", "strike"]
    assert kinds(strikes) == [("battle", "air_strike")] * 2


def test_a_labour_strike_told_again_is_that_strike(nlp_model: Language) -> None:
    text = (
        "In March 1989 miners in the Kuzbass basin walked out over pay. "
        "In July 1989 the strike spread to the Donbass."
    )
    dates = [
        timex(text, "March 1989", dt.date(1989, 3, 1), dt.date(1989, 3, 31), "t1"),
        timex(text, "July 1989", dt.date(1989, 7, 1), dt.date(1989, 7, 31), "t2"),
    ]
    found = events_of(nlp_model, text, dates)
    assert [e.trigger.text for e in found] == ["walked out", "strike"]
    assert kinds(found) == [("protest", "strike")] * 2
    # no strike told before and no word of labour around it: the bare noun is nobody's event
    assert kinds(events_of(nlp_model, "The strike reached the Donbass.")) == []
    # strikes that spread are stoppages of work (a bomb's strike does not spread)
    spread = events_of(nlp_model, "In the weeks that followed, strikes spread to the oil fields.")
    assert kinds(spread) == [("protest", "strike")]


def test_claiming_an_act_of_violence_claims_responsibility(nlp_model: Language) -> None:
    text = "An Islamist group claimed the kidnapping in a statement posted online."
    assert ("statement", "claim_of_responsibility") in kinds(events_of(nlp_model, text))
    text = "The rebels claimed victory in the northern provinces."
    assert ("statement", "claim_of_responsibility") not in kinds(events_of(nlp_model, text))


def test_a_front_named_for_the_people_is_no_crowd_of_civilians(nlp_model: Language) -> None:
    text = "Guerrillas of the People's Revolutionary Front ambushed an army patrol near Dolo."
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]


def test_soldiers_shooting_a_counted_crowd_of_prisoners_is_repression(
    nlp_model: Language,
) -> None:
    text = "Soldiers shot thousands of prisoners in the parks of the city."
    assert [e.type for e in events_of(nlp_model, text)] == ["repression"]


def test_the_raid_that_made_an_arrest_is_the_arrest(nlp_model: Language) -> None:
    text = "Four men were detained in dawn raids on flats in the Wilhelmsburg district."
    assert kinds(events_of(nlp_model, text)) == [("repression", "arrest")]


def test_a_compound_event_noun_says_which_event(nlp_model: Language) -> None:
    text = "The two governments signed a ceasefire agreement in Lusaka."
    assert kinds(events_of(nlp_model, text)) == [("agreement", "ceasefire")]
    text = "She was shot as she left an election rally in Rawalpindi."
    assert ("election", "election") not in kinds(events_of(nlp_model, text))


def test_a_verbs_phrase_split_by_a_short_object(nlp_model: Language) -> None:
    text = "The army took him into custody the same night."
    assert kinds(events_of(nlp_model, text)) == [("repression", "arrest")]


def test_a_court_rules_and_a_party_does_not(nlp_model: Language) -> None:
    text = "The International Court of Justice ruled that the killings constituted genocide."
    assert ("legal", "trial") in kinds(events_of(nlp_model, text))
    text = "The party ruled the country for four decades."
    assert kinds(events_of(nlp_model, text)) == []


def test_dozens_of_raids_are_events_and_the_number_of_arrests_a_count(
    nlp_model: Language,
) -> None:
    text = "Over four years the Front mounted dozens of raids on rural police stations."
    assert len(events_of(nlp_model, text)) == 1
    text = "The interior ministry put the number of arrests at 140."
    assert events_of(nlp_model, text) == []


def test_a_toll_a_side_claims_is_no_act_of_its_own(nlp_model: Language) -> None:
    text = (
        "Al-Shabaab fighters attacked an army base in Lower Shabelle early on Tuesday. "
        "The militants claimed on their radio station to have killed 41."
    )
    assert kinds(events_of(nlp_model, text)) == [("battle", "clash")]


def test_a_named_war_of_a_year(nlp_model: Language) -> None:
    [war] = events_of(nlp_model, "The Peasants' War of 1525 was put down with great brutality.")
    assert (war.type, war.trigger.text) == ("battle", "War of 1525")


def test_flight_from_the_fighting_is_displacement(nlp_model: Language) -> None:
    text = "Thousands of families fled the fighting in Kalehe last week."
    assert ("relocation", "displacement") in kinds(events_of(nlp_model, text))
    text = "The fighting has forced some 30,000 people from their homes since June."
    assert ("relocation", "displacement") in kinds(events_of(nlp_model, text))
    text = "The hijackers forced the plane to land in Hyderabad."
    assert ("relocation", "displacement") not in kinds(events_of(nlp_model, text))


def test_the_act_a_foiled_attempt_aimed_at_is_an_event(nlp_model: Language) -> None:
    text = "Security officials said they had foiled an attempt to kill the governor of Kandahar."
    [kill] = events_of(nlp_model, text)
    assert (kill.type, kill.modality) == ("attack", "hypothetical")


def test_the_device_that_exploded_says_what_kind_of_act(nlp_model: Language) -> None:
    text = "A grenade exploded in a crowded bar in Bujumbura on Tuesday, wounding six people."
    assert kinds(events_of(nlp_model, text)) == [("attack", "bombing")]
    text = "Shells exploded near the front line at Avdiivka overnight."
    assert kinds(events_of(nlp_model, text)) == [("battle", "shelling")]


def test_a_killing_an_arrest_is_made_over_is_an_event(nlp_model: Language) -> None:
    text = "Police arrested two men in Kano on Friday over the killing of a local councillor."
    friday = [day(text, "Friday", dt.date(2023, 5, 5), "t1")]
    assert kinds(events_of(nlp_model, text, friday)) == [
        ("repression", "arrest"),
        ("attack", "armed_assault"),
    ]
    # the killing a group claims is the one told before, not another
    text = (
        "Gunmen shot dead an opposition leader in Kano on 9 October 2019. Three days later "
        "a group claimed responsibility for the killing in a video posted in Kano."
    )
    dates = [day(text, "9 October 2019", dt.date(2019, 10, 9), "t1")]
    dates.append(day(text, "Three days later", dt.date(2019, 10, 12), "t2"))
    assert [e.type for e in events_of(nlp_model, text, dates)] == ["attack", "statement"]


def test_what_broke_out_or_was_hit_happened(nlp_model: Language) -> None:
    assert kinds(events_of(nlp_model, "Riots broke out in the capital after the verdict.")) == [
        ("protest", "riot")
    ]
    text = "Five soldiers were wounded when their vehicle hit a roadside bomb near Gao."
    assert kinds(events_of(nlp_model, text)) == [("attack", "bombing")]
    # events in general, with nothing that says one took place
    assert events_of(nlp_model, "Riots are rare in the capital.") == []


def test_escaping_the_violence_is_flight_not_defection(nlp_model: Language) -> None:
    text = "Thousands of Rohingya crossed into Bangladesh to escape the violence."
    assert ("relocation", "displacement") in kinds(events_of(nlp_model, text))
    assert ("organization", "defection") not in kinds(events_of(nlp_model, text))


def test_demonstrators_throwing_stones_riot(nlp_model: Language) -> None:
    text = "Demonstrators threw stones at police, who responded with tear gas."
    assert ("protest", "riot") in kinds(events_of(nlp_model, text))


def test_an_ing_noun_names_its_verbs_act(nlp_model: Language) -> None:
    assert kinds(events_of(nlp_model, "The rioting spread to Mombasa.")) == [("protest", "riot")]


def test_people_shot_by_nobody_named_suffered_an_attack(nlp_model: Language) -> None:
    assert [e.type for e in events_of(nlp_model, "He was shot outside his home.")] == ["attack"]
    assert events_of(nlp_model, "The film was shot in Spain.") == []
    # shot in a robbery: the robbery is the act, the shooting part of it
    text = "A security guard was shot and wounded during an armed robbery at a cash depot."
    assert [e.trigger.text for e in events_of(nlp_model, text)] == ["armed robbery"]


def test_who_took_a_captive_says_whether_it_was_an_arrest(nlp_model: Language) -> None:
    text = "He was captured in 1978 and hanged the following year."
    assert kinds(events_of(nlp_model, text)) == [
        ("repression", "arrest"),
        ("repression", "execution"),
    ]
    text = "A soldier was captured by rebels near Goma."
    assert kinds(events_of(nlp_model, text)) == [("attack", "hostage_taking")]
    text = "Seven residents had been taken hostage."
    assert kinds(events_of(nlp_model, text)) == [("attack", "hostage_taking")]


def labels_of(nlp: Language, text: str) -> dict[str, str]:
    """Each event's trigger text and its "type/subtype"."""
    return {
        e.trigger.text: f"{e.type}/{e.subtype}" if e.subtype else e.type
        for e in events_of(nlp, text)
    }


def test_an_armed_doer_that_removes_a_ruler_stages_a_coup(nlp_model: Language) -> None:
    # The same verbs tell a party's change of leader when no armed men do it.
    coup = labels_of(nlp_model, "Soldiers ousted the prime minister on Saturday.")
    assert coup == {"ousted": "battle/offensive"}
    guard = labels_of(
        nlp_model, "President Alain Mboumba was removed by his own presidential guard."
    )
    assert guard == {"removed": "battle/offensive"}
    mutiny = labels_of(nlp_model, "Mutinous paratroopers ousted the president at dawn.")
    assert mutiny == {"ousted": "battle/offensive"}
    party = labels_of(nlp_model, "The party ousted its chairman in May.")
    assert party == {"ousted": "organization/leadership"}
    assert labels_of(nlp_model, "Troops removed the barricades on Friday.") == {}


def test_the_state_s_men_abducting_or_burning_homes_repress(nlp_model: Language) -> None:
    # The ontology's attack is a non-state or clandestine actor's: the state's forces
    # taking people outside any arrest disappear them, and burning homes is repression.
    agents = labels_of(nlp_model, "Intelligence agents abducted the journalist in 2019.")
    assert agents == {"abducted": "repression/disappearance"}
    troops = labels_of(nlp_model, "In 1942 troops burned several villages in the region.")
    assert troops == {"burned": "repression"}
    rebels = labels_of(nlp_model, "In 1942 the militia burned several villages in the region.")
    assert rebels == {"burned": "attack/facility_attack"}


def test_hostages_executed_are_no_hostage_taking(nlp_model: Language) -> None:
    executed = labels_of(nlp_model, "In reprisal, occupation troops executed hostages.")
    assert executed == {"executed": "repression/execution"}
    taken = labels_of(nlp_model, "Gunmen took 17 aid workers hostage at a clinic.")
    assert list(taken.values()) == ["attack/hostage_taking"]


def test_dismissing_an_accusation_is_a_denial(nlp_model: Language) -> None:
    denial = labels_of(nlp_model, "The ministry dismissed the allegations as baseless.")
    assert denial == {"dismissed": "statement/denial"}
    sacked = labels_of(nlp_model, "The president dismissed the interior minister on Monday.")
    assert sacked == {"dismissed": "organization/leadership"}


def test_leaving_a_body_by_its_kind_is_a_withdrawal(nlp_model: Language) -> None:
    dail = labels_of(nlp_model, "Those who rejected the Treaty walked out of the Dail.")
    assert dail == {"walked out of": "organization/withdrawal"}
    factories = labels_of(nlp_model, "Thousands of workers walked out of the factories.")
    assert factories == {"walked out of": "protest/strike"}
    alliance = labels_of(nlp_model, "The Farmers' Party withdrew from the alliance.")
    assert alliance == {"withdrew from": "organization/withdrawal"}
    # armed men leaving a town pull back (a relocation), they leave no body
    town = labels_of(nlp_model, "Troops withdrew from the town on Friday.")
    assert town == {"withdrew from": "relocation"}


def test_a_clause_after_a_call_tells_its_own_act(nlp_model: Language) -> None:
    # "called for his resignation" is none; "called after the deputy resigned" is one.
    text = "A by-election was called after the sitting deputy resigned in a scandal."
    assert labels_of(nlp_model, text)["resigned"] == "organization/leadership"
    assert labels_of(nlp_model, "Protesters called on the president to resign.") == {}


def test_aircraft_strike_whatever_they_hit(nlp_model: Language) -> None:
    text = "Israeli aircraft later struck what the military described as a weapons depot."
    assert labels_of(nlp_model, text) == {"struck": "battle/air_strike"}


def test_a_pronoun_retelling_of_an_arrest_is_the_same_arrest(nlp_model: Language) -> None:
    text = (
        "Father was arrested on a Tuesday in the winter of 1951. Two men in grey coats "
        "came to the flat and took him away before breakfast."
    )
    events = events_of(nlp_model, text)
    assert [(e.type, e.subtype) for e in events] == [("repression", "arrest")]
    assert len(events[0].evidence) == 1  # the second sentence, told again
    named = events_of(
        nlp_model, "Police arrested the editor on Monday. They then arrested her deputy."
    )
    assert len(named) == 2


def test_taken_into_the_state_s_hands(nlp_model: Language) -> None:
    station = labels_of(nlp_model, "My uncle had been taken to the police station.")
    assert station == {"taken to the police station": "repression/arrest"}
    assert labels_of(nlp_model, "The wounded were taken to hospital.") == {}
    away = labels_of(nlp_model, "Jacques was taken away in a van.")
    assert away == {"taken away": "repression/arrest"}


def test_the_other_side_of_a_clash_or_of_fire_decides_its_kind(nlp_model: Language) -> None:
    # "with" names a clash's other side; the subject of "came under fire" was shot at.
    crowd = labels_of(nlp_model, "Troops clashed with protesters in the capital.")
    assert crowd == {"clashed": "repression/crackdown"}
    gunmen = labels_of(nlp_model, "Soldiers clashed with gunmen for several hours.")
    assert gunmen == {"clashed": "battle/clash"}
    patrol = labels_of(nlp_model, "An army convoy came under fire near Gao on Monday.")
    assert patrol == {"came under fire": "battle/clash"}
    bus = labels_of(nlp_model, "A bus carrying traders came under fire near Gao on Monday.")
    assert bus == {"came under fire": "attack/armed_assault"}


def test_a_noun_described_as_accused_reports_no_accusation(nlp_model: Language) -> None:
    lynching = labels_of(nlp_model, "The mob lynched two men accused of theft.")
    assert "accused" not in lynching
    made = labels_of(nlp_model, "The opposition accused the army of rigging the vote.")
    assert made == {"accused": "statement/accusation"}


def test_a_group_saying_it_did_the_attack_claims_it(nlp_model: Language) -> None:
    text = "The group said in a statement that it had carried out the attack."
    assert labels_of(nlp_model, text)["said"] == "statement/claim_of_responsibility"
    # Promises, the state's tallies and what bystanders tell own nothing.
    assert "said" not in labels_of(nlp_model, "The minister said they would attack corruption.")
    assert "said" not in labels_of(nlp_model, "The army said it had killed twenty militants.")
    assert "said" not in labels_of(nlp_model, "Residents said they had attacked the post.")


def test_people_leaving_their_homes_are_displaced(nlp_model: Language) -> None:
    village = labels_of(nlp_model, "We left our village in 1994 and never went back.")
    assert village == {"left": "relocation/displacement"}
    city = labels_of(nlp_model, "After the fighting most families moved to the city.")
    assert city == {"moved": "relocation/displacement"}
    party = labels_of(nlp_model, "The party left the coalition in 1994.")
    assert party == {"left": "organization/withdrawal"}


def test_more_generic_readings(nlp_model: Language) -> None:
    assert labels_of(nlp_model, "She founded a women's cooperative in 1968.") == {
        "founded": "organization/founding"
    }
    assert labels_of(nlp_model, "The city was founded in 1250.") == {}
    removed = labels_of(nlp_model, "The president was impeached and removed from office.")
    assert removed["removed from office"] == "organization/leadership"
    assert labels_of(nlp_model, "Artillery pounded the city.") == {"pounded": "battle/shelling"}
    convicted = labels_of(nlp_model, "The court convicted three officers of murder.")
    assert convicted == {"convicted": "legal/trial"}


def test_an_attack_with_stones_is_a_riot(nlp_model: Language) -> None:
    # ACLED's "Mob violence": a crowd's weapons, whoever it hits, unless the state wields them.
    stones = labels_of(nlp_model, "Residents attacked the soldiers with stones and knives.")
    assert stones == {"attacked": "protest/riot"}
    rifles = labels_of(nlp_model, "Gunmen attacked the bus with rifles.")
    assert rifles == {"attacked": "attack/armed_assault"}
    police = labels_of(nlp_model, "Police attacked the marchers with sticks.")
    assert police == {"attacked": "repression/crackdown"}


def test_an_event_noun_of_something_particular_is_reported(nlp_model: Language) -> None:
    # Undated, unplaced and doer-less, "the siege" could be any; "of the city" makes it one.
    siege = labels_of(nlp_model, "The siege of the city lasted four months.")
    assert siege == {"siege": "battle/offensive"}
    killing = labels_of(nlp_model, "The assassination of the archbishop shocked the country.")
    assert killing == {"assassination": "attack/assassination"}
    assert labels_of(nlp_model, "Historians still debate the causes of the war.") == {}


def test_an_agency_pausing_its_own_work_represses_no_one(nlp_model: Language) -> None:
    text = "Humanitarian partners suspended activities in the area after the attack."
    assert "suspended" not in labels_of(nlp_model, text)
    paper = labels_of(nlp_model, "The government suspended the newspaper for three months.")
    assert paper == {"suspended": "repression"}


def test_kin_and_callings_are_people_acted_on(nlp_model: Language) -> None:
    # No entity and no word for civilians: a kinship or a calling still names a person.
    assert labels_of(nlp_model, "My uncle was shot in front of his shop.") == {
        "shot": "attack/armed_assault"
    }
    assert labels_of(nlp_model, "Armed men beat the headmaster.") == {
        "beat": "attack/unarmed_assault"
    }
    assert labels_of(nlp_model, "The director shot a film in the village.") == {}


def test_a_doer_the_entities_missed_is_a_doer_still(nlp_model: Language) -> None:
    # A pronoun left unresolved, or a plural noun tagged as a name at the sentence's start.
    assert labels_of(nlp_model, "They burned the houses.") == {"burned": "attack/facility_attack"}
    looted = labels_of(nlp_model, "Militiamen looted and burned the market.")
    assert looted == {"looted": "attack/facility_attack", "burned": "attack/facility_attack"}
    assert labels_of(nlp_model, "The fire burned for three days.") == {}


def test_an_event_noun_a_doer_acts_on_is_one_event(nlp_model: Language) -> None:
    polls = labels_of(nlp_model, "The commission postponed municipal polls in the north.")
    assert polls == {"polls": "election/election"}
    promised = labels_of(nlp_model, "The officers promised elections within two years.")
    assert promised == {"elections": "election/election"}
    hostage = labels_of(nlp_model, "Students seized the embassy and held 52 diplomats hostage.")
    assert hostage == {"hostage": "attack/hostage_taking"}
    # A bare definite noun points back to an event told before; it tells none of its own.
    assert labels_of(nlp_model, "The minister condemned the raid.") == {}


def test_a_verb_only_trigger_as_an_ing_noun_with_its_object(nlp_model: Language) -> None:
    storming = labels_of(nlp_model, "The storming of the palace began at dawn.")
    assert storming == {"storming": "attack/armed_assault"}


def test_the_states_forces_shooting_people_crack_down(nlp_model: Language) -> None:
    # The passive's subject is who was hit: two men, no word says armed.
    shot = labels_of(nlp_model, "Two men were shot dead by soldiers.")
    assert shot == {"shot dead": "repression/crackdown"}
    # Shot once in custody, by nobody the clause names: a summary execution.
    taken = labels_of(nlp_model, "My uncle was taken away and shot.")
    assert taken == {"taken away": "repression/arrest", "shot": "repression/execution"}
    rebels = labels_of(nlp_model, "The rebels captured and shot two soldiers.")
    assert rebels.get("shot") != "repression/execution"


def test_violence_by_unarmed_civilians_is_a_riot(nlp_model: Language) -> None:
    post = labels_of(nlp_model, "Residents set fire to a police post.")
    assert post == {"set fire to": "protest/riot"}
    traders = labels_of(nlp_model, "A group of traders attacked a council officer.")
    assert traders == {"attacked": "protest/riot"}
    shell = labels_of(
        nlp_model, "Three children died when a shell they were playing with exploded."
    )
    assert "protest/riot" not in shell.values()


def test_a_toll_told_as_its_own_news_is_an_event(nlp_model: Language) -> None:
    assert labels_of(nlp_model, "Fourteen of my comrades died that winter.") == {
        "died": "attack/armed_assault"
    }
    killing = labels_of(nlp_model, "He was convicted of ordering the killing of three journalists.")
    assert killing["killing"] == "attack/armed_assault"
    # The toll of the clash told just before is no second event.
    mobs = labels_of(nlp_model, "Two mobs clashed over a plot of land. 1 killed, 7 injured.")
    assert mobs == {"clashed": "protest/riot"}
    # Nor the dead of an event the clause names.
    assert labels_of(nlp_model, "Three people died in the clashes.") == {}


def test_a_verb_with_a_result_after_its_object_is_one_phrase(nlp_model: Language) -> None:
    # "set them alight": the complement completes the phrase, whatever the parser calls it;
    # youths whom a word calls armed are no rioting crowd.
    text = "Armed youths seized voting materials from a polling station and set them alight."
    assert labels_of(nlp_model, text) == {"set them alight": "attack/facility_attack"}
    assert labels_of(nlp_model, "Angry youths torched the police post.") == {
        "torched": "protest/riot"
    }


def test_who_holds_people_and_with_what_decide_the_reading(nlp_model: Language) -> None:
    held = labels_of(nlp_model, "The two drivers were briefly held by the gunmen.")
    assert held == {"held": "attack/hostage_taking"}
    detained = labels_of(nlp_model, "Police officers detained a local leader.")
    assert detained == {"detained": "repression/arrest"}
    machetes = labels_of(nlp_model, "Villagers attacked an army patrol with machetes.")
    assert "protest/riot" not in machetes.values()
    # "these attacks" points back to acts told before, as "the raid" does.
    assert labels_of(nlp_model, "I condemn these attacks in the strongest terms.") == {}


def test_civilians_who_occupy_a_building_protest(nlp_model: Language) -> None:
    students = labels_of(nlp_model, "Students occupied the university for three weeks.")
    assert students == {"occupied": "protest/demonstration"}
    assert labels_of(nlp_model, "Rebels occupied the town.") == {
        "occupied": "battle/territory_seized"
    }
    # A step of the hostage taking joined to it, not a protest of its own.
    embassy = labels_of(nlp_model, "Students occupy the embassy and take 52 diplomats hostage.")
    assert embassy == {"take 52 diplomats hostage": "attack/hostage_taking"}


def test_a_protest_turned_violent_in_one_clause_is_one_riot(nlp_model: Language) -> None:
    found = events_of(
        nlp_model, "In Bulawayo, youths barricaded roads and set fire to a government vehicle."
    )
    assert kinds(found) == [("protest", "riot")]
    # a second subject tells a second act
    two = events_of(
        nlp_model, "Students blocked the main road, and later rioters set fire to a police car."
    )
    assert len(two) == 2


def test_a_passive_toll_of_a_when_clause_is_that_act(nlp_model: Language) -> None:
    text = "At least six people were shot dead when soldiers broke up a demonstration in the city."
    found = events_of(nlp_model, text)
    assert ("repression", "crackdown") in kinds(found)
    assert not any(e.type == "attack" for e in found)
    # the violence is the soldiers': the demonstration they broke up was no riot
    assert ("protest", "riot") not in kinds(found)
    # with a doer of its own the shooting is an act of its own
    own = events_of(nlp_model, "Gunmen shot dead six people when the market opened.")
    assert kinds(own)[0][0] == "attack"


def test_an_aim_in_a_purpose_clause_is_not_told_as_done(nlp_model: Language) -> None:
    text = "Iraqi officials said the forces had entered the camp only to set up a police station."
    assert ("organization", "founding") not in kinds(events_of(nlp_model, text))
    # the same words as the clause's own act are told
    founded = events_of(nlp_model, "Exiles set up a new party in Paris in 1981.")
    assert kinds(founded) == [("organization", "founding")]


def test_police_firing_at_no_armed_side_crack_down(nlp_model: Language) -> None:
    stoned = events_of(nlp_model, "The police, having been stoned, opened fire.")
    assert ("repression", "crackdown") in kinds(stoned)
    assert ("protest", "riot") in kinds(stoned)
    when = events_of(nlp_model, "Four people were killed when officers opened fire near the gate.")
    assert kinds(when) == [("repression", "crackdown")]
    # troops firing on no one named may be fighting; armed men named make it a battle
    assert kinds(events_of(nlp_model, "Troops opened fire on rebel positions.")) == [
        ("battle", "clash")
    ]


def test_armed_men_pulling_back_or_giving_up_seize_nothing(nlp_model: Language) -> None:
    text = "In late November 1915 the 6th Indian Division fell back on Kut-al-Amara."
    assert kinds(events_of(nlp_model, text)) == [("relocation", None)]
    assert events_of(nlp_model, "Oil prices fell back on Monday.") == []
    text = "On 29 April 1916 the governor surrendered with 13,000 troops."
    dated = events_of(nlp_model, text, [day(text, "29 April 1916", dt.date(1916, 4, 29), "t1")])
    assert kinds(dated) == [("battle", "territory_lost")]
    # undated, a surrender is the end of the fighting told beside it
    text = "After five days of street fighting the rebels surrendered."
    assert ("battle", "territory_lost") not in kinds(events_of(nlp_model, text))
    assert events_of(nlp_model, "The suspect surrendered to police on Monday.") == []


def test_blame_and_a_gathering_of_demonstrators(nlp_model: Language) -> None:
    blamed = events_of(nlp_model, "The government blamed the Mujahedin.")
    assert kinds(blamed) == [("statement", "accusation")]
    gathered = events_of(nlp_model, "Thousands of demonstrators gathered in the main square.")
    assert kinds(gathered) == [("protest", "demonstration")]
    assert events_of(nlp_model, "Thousands of pilgrims gathered in the main square.") == []


def test_a_fire_bomb_is_an_attack_unless_a_crowd_throws_it(nlp_model: Language) -> None:
    pub = events_of(nlp_model, "A petrol bomb was thrown at the front window of a pub in Derry.")
    assert kinds(pub) == [("attack", "facility_attack")]
    crowd = events_of(nlp_model, "Demonstrators threw petrol bombs at the police on Friday.")
    assert kinds(crowd) == [("protest", "riot")]


def test_a_protest_called_into_the_streets_of_a_city(nlp_model: Language) -> None:
    text = "On 20 June 1981 the organization called its supporters into the streets of Tehran."
    assert kinds(events_of(nlp_model, text)) == [("protest", "demonstration")]


def test_an_entry_joined_to_an_arrest_or_a_killing_is_that_act(nlp_model: Language) -> None:
    text = "On 9 May 2020 the Myanmar military entered the village and detained about 70 villagers."
    assert kinds(events_of(nlp_model, text)) == [("repression", "arrest")]
    stormed = events_of(nlp_model, "Soldiers stormed the village and killed 12 people.")
    assert kinds(stormed) == [("repression", "crackdown")]
    fought = events_of(nlp_model, "Troops attacked the rebel base and killed 15 fighters.")
    assert kinds(fought) == [("battle", "clash")]


def test_police_clearing_a_road_blockade(nlp_model: Language) -> None:
    text = "Riot police cleared a highway blockade by copper miners near Arequipa on Tuesday."
    assert kinds(events_of(nlp_model, text)) == [
        ("repression", "crackdown"),
        ("protest", "demonstration"),
    ]
    assert events_of(nlp_model, "Volunteers cleared the barricades on Sunday.") == []


def test_calling_something_a_fraud_accuses(nlp_model: Language) -> None:
    text = "The opposition called the result a sham."
    assert kinds(events_of(nlp_model, text)) == [("statement", "accusation")]
    assert events_of(nlp_model, "The minister called for calm.") == []


def kinds_of(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    return {e.trigger.text: (e.type, e.subtype) for e in events_of(nlp, text)}


def test_a_verb_that_takes_a_clause_finds_a_fact_and_founds_nothing(nlp_model: Language) -> None:
    found = kinds_of(nlp_model, "Investigators later established that the police had fired first.")
    assert "established" not in found
    assert kinds_of(nlp_model, "The Front was established in Turin in 1971.")["established"] == (
        "organization",
        "founding",
    )


def test_people_tried_are_a_trial_and_trying_to_act_is_not(nlp_model: Language) -> None:
    assert kinds_of(nlp_model, "Its leaders were tried in Milan in 1978.")["tried"] == (
        "legal",
        "trial",
    )
    assert "tried" not in kinds_of(nlp_model, "She tried in vain to reach the border.")
    assert "tried" not in kinds_of(nlp_model, "The new method was tried in three provinces.")


def test_joining_a_body_is_an_organization_event_and_joining_a_march_is_not(
    nlp_model: Language,
) -> None:
    assert kinds_of(nlp_model, "In 1970 she joined the Communist Party.")["joined"] == (
        "organization",
        None,
    )
    marched = kinds_of(nlp_model, "Thousands joined the march.")
    assert "joined" not in marched and marched["march"][0] == "protest"
    travel = kinds_of(nlp_model, "He was convicted of trying to travel to Syria to join the party.")
    assert "join" not in travel


def test_a_death_told_in_a_named_act_is_that_acts_toll(nlp_model: Language) -> None:
    told = kinds_of(
        nlp_model, "Fifty-two civilians were killed in the bombardment, activists said."
    )
    assert "killed" not in told
    assert "killed" not in kinds_of(
        nlp_model, "Twelve people were killed in the fighting in Aleppo on Monday."
    )
    # a doer of its own makes the death an act, though "the" names the act it happened in
    kidnap = kinds_of(nlp_model, "The kidnappers had killed his driver during the abduction.")
    assert kidnap["killed"][0] == "attack"


def test_saying_an_act_did_not_happen_is_a_denial(nlp_model: Language) -> None:
    said = kinds_of(nlp_model, "The candidate said he had not encouraged the attack.")
    assert said["said"] == ("statement", "denial")
    # a negated clause about no act, or with the act as its subject, denies nothing
    assert "said" not in kinds_of(nlp_model, "Officials said the road had not reopened.")
    assert "said" not in kinds_of(
        nlp_model, "Opposition leaders said the killings would not be forgotten."
    )


def test_holding_someone_responsible_is_an_accusation(nlp_model: Language) -> None:
    text = "The Ministry holds the Front responsible for any loss of civilian life."
    assert ("statement", "accusation") in kinds_of(nlp_model, text).values()


def test_an_attack_that_kills_soldiers_is_a_battle(nlp_model: Language) -> None:
    ambush = kinds_of(
        nlp_model, "Rebels ambushed a supply convoy near the border, killing six soldiers."
    )
    assert ambush["ambushed"][0] == "battle"
    bus = kinds_of(nlp_model, "Militants ambushed a bus near Kano, killing nine passengers.")
    assert bus["ambushed"][0] == "attack"


def test_armed_men_entering_a_city_take_it_and_entering_a_camp_raid_it(
    nlp_model: Language,
) -> None:
    city = kinds_of(nlp_model, "Rebel fighters entered the provincial capital on Sunday.")
    assert city["entered"] == ("battle", "territory_seized")
    camp = kinds_of(nlp_model, "Gunmen entered the camp at night.")
    assert camp["entered"] == ("attack", "armed_assault")


def test_a_staged_vote_is_an_election_and_a_share_of_it_is_not(nlp_model: Language) -> None:
    text = "The vote was held on 4 March."
    held = events_of(nlp_model, text, [day(text, "4 March", dt.date(2020, 3, 4), "t1")])
    assert [(e.trigger.text, e.type) for e in held] == [("vote", "election")]
    assert "vote" not in kinds_of(nlp_model, "The party won 40 per cent of the vote.")


def test_leaving_the_country_is_exile_but_a_trip_abroad_is_not(nlp_model: Language) -> None:
    fled = kinds_of(nlp_model, "The king left the country on 28 March.")
    assert fled["left the country"] == ("relocation", "exile")
    trip = kinds_of(nlp_model, "The minister left the country for a summit in Brussels.")
    assert "left the country" not in trip


def test_men_coming_in_with_hand_weapons_raid_and_a_delegation_does_not(
    nlp_model: Language,
) -> None:
    raid = kinds_of(nlp_model, "The men came into the camp with torches and machetes.")
    assert raid["came"] == ("attack", "armed_assault")
    assert "came" not in kinds_of(nlp_model, "The delegation came into the hall with a proposal.")
    assert "came" not in kinds_of(nlp_model, "He came to the meeting with a gun in his coat.")


def test_a_noun_that_classes_an_act_is_no_act_of_its_own(nlp_model: Language) -> None:
    ruled = kinds_of(nlp_model, "The court ruled that the killings constituted genocide.")
    assert "genocide" not in ruled
    shelled = kinds_of(nlp_model, "The UN said the shelling of the market amounted to a massacre.")
    assert "massacre" not in shelled and shelled["shelling"][0] == "battle"


def test_an_act_a_denial_denies_is_no_account_of_it(nlp_model: Language) -> None:
    events = events_of(nlp_model, "Residents denied that any armed group had attacked the station.")
    assert [(e.type, e.subtype) for e in events] == [("statement", "denial")]


def test_a_habit_told_of_an_actor_is_no_event(nlp_model: Language) -> None:
    text = (
        "The Liberation Army, which has targeted security forces in the province for years, "
        "denied involvement."
    )
    assert [e.type for e in events_of(nlp_model, text)] == ["statement"]


def test_the_answer_to_an_attack_just_told_is_that_attack(nlp_model: Language) -> None:
    text = "Separatists attacked the police station in Dervan. Officers repelled the attack."
    events = events_of(nlp_model, text)
    assert len(events) == 1
    assert events[0].trigger.text == "attacked"


def test_an_act_a_court_convicts_for_is_the_act_told_before(nlp_model: Language) -> None:
    text = (
        "A bomb exploded at the central station in Arlo on 3 May 2019, killing nine people. "
        "On 14 June 2021 three men were convicted of the bombing by a court in Arlo."
    )
    found = [
        timex(text, "3 May 2019", dt.date(2019, 5, 3), dt.date(2019, 5, 3), "t1"),
        timex(text, "14 June 2021", dt.date(2021, 6, 14), dt.date(2021, 6, 14), "t2"),
    ]
    events = events_of(nlp_model, text, found)
    assert [(e.type, e.when.earliest) for e in events if e.type == "attack"] == [
        ("attack", dt.date(2019, 5, 3))
    ]
    assert any(e.type == "legal" for e in events)


def test_whose_forces_a_country_names_is_not_where_they_fight(nlp_model: Language) -> None:
    events = events_of(nlp_model, "Russian-backed separatists shelled government positions.")
    assert events and all(e.where is None for e in events)
