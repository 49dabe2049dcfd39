"""Event arguments: doers named elsewhere than the trigger's subject (issue #6).

Claims of responsibility in a later sentence, "by" phrases on a participle,
gerunds under light verbs, unnamed bodies of people, and possessives of an
act that the subject's side stops.
"""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import extract_events, load_lexicon
from historiograph.extract.events.arguments import EntityIndex, argument_words
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Claim, ClaimSource, Entity, EntityKind, Event, Mention


def events_of(
    nlp: Language, text: str, claims: list[Claim] | None = None
) -> tuple[list[Event], dict[str, str]]:
    """The events of a text, and every entity's name by id."""
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    result = extract_events(
        doc, entities=entities, mentions=mentions, timexes=[], claims=claims or []
    )
    names = {e.id: e.name for e in [*entities, *result.entities]}
    return result.events, names


def agents(event: Event, names: dict[str, str]) -> list[str]:
    return [names[a.entity] for a in event.actors if a.role == "agent"]


def first(events: list[Event]) -> Event:
    return min(events, key=lambda e: e.trigger.span[0])


def test_a_later_claim_of_responsibility_names_the_unnamed_attackers(nlp_model: Language) -> None:
    text = (
        "Gunmen stormed a checkpoint near Mosul on Tuesday. Two guards were wounded in the "
        "fighting. Hamas claimed responsibility for the attack."
    )
    events, names = events_of(nlp_model, text)
    assert "Hamas" in agents(first(events), names)


def test_an_attribution_after_a_denial_is_the_one_that_counts(nlp_model: Language) -> None:
    text = (
        "Unknown assailants fired rockets at a market in Kunduz. No group claimed "
        "responsibility for the incident; however, officials attributed it to the Taliban."
    )
    events, names = events_of(nlp_model, text)
    assert "Taliban" in agents(first(events), names)


def test_nobody_claiming_credits_nobody(nlp_model: Language) -> None:
    text = "Gunmen attacked a bus near Quetta. No group claimed responsibility for the attack."
    events, names = events_of(nlp_model, text)
    named = [n for n in agents(first(events), names) if n.lower() != "gunmen"]
    assert named == []


def test_a_named_doer_is_not_replaced_by_a_later_claim(nlp_model: Language) -> None:
    text = (
        "Boko Haram fighters raided a village near Maiduguri. Three days later Ansaru "
        "claimed responsibility for the raid."
    )
    events, names = events_of(nlp_model, text)
    assert "Ansaru" not in agents(first(events), names)


def test_a_claim_too_far_on_is_about_something_else(nlp_model: Language) -> None:
    filler = " ".join(
        f"Sentence {n} says nothing of it." for n in range(argument_words().claim_reach)
    )
    text = f"Gunmen attacked a convoy in Helmand. {filler} Hezbollah claimed the attack."
    events, names = events_of(nlp_model, text)
    assert "Hezbollah" not in agents(first(events), names)


def test_a_claimed_attack_keeps_the_toll_told_after_it(nlp_model: Language) -> None:
    text = (
        "Gunmen attacked a checkpoint in Helmand. At least four police officers were killed "
        "in the ensuing clash. The Taliban claimed responsibility for the attack."
    )
    start = text.index("four police officers")
    claim = Claim(
        id="c1",
        span=(start, start + len("four police officers")),
        property="fatalities",
        value=4,
        low=4,
        high=4,
        source=ClaimSource(kind="author"),
    )
    events, names = events_of(nlp_model, text, [claim])
    attack = first(events)
    assert "Taliban" in agents(attack, names)
    assert attack.fatalities is not None and attack.fatalities.best == 4
    # "were killed" is no event of its own for having been claimed.
    assert not any(e.trigger.text == "killed" for e in events)


def test_a_participle_names_the_doer_of_a_weapon(nlp_model: Language) -> None:
    text = "On Friday a roadside bomb planted by Al Shabaab exploded near a market in Baidoa."
    events, names = events_of(nlp_model, text)
    assert any("Al Shabaab" in agents(e, names) for e in events)


def test_a_gerund_under_a_light_verb_takes_its_subject(nlp_model: Language) -> None:
    text = "Armed men riding motorcycles carried out a shooting against traders in Kano."
    events, names = events_of(nlp_model, text)
    shooting = next(e for e in events if "shooting" in e.trigger.text)
    assert any("men" in a for a in agents(shooting, names))


def test_capitalised_forces_are_forces_not_their_country(nlp_model: Language) -> None:
    text = "On Monday the Georgian Forces fired mortars at the positions of the rebels."
    events, names = events_of(nlp_model, text)
    assert "Georgian Forces" in agents(first(events), names)


def test_an_unnamed_body_of_people_is_a_doer(nlp_model: Language) -> None:
    text = "An unidentified group attacked a mosque in Lahore, setting its gate on fire."
    events, names = events_of(nlp_model, text)
    assert any("group" in a for a in agents(first(events), names))


def test_the_attack_a_side_repels_is_the_other_sides(nlp_model: Language) -> None:
    text = (
        "Five Taliban fighters were killed when Afghan soldiers repelled their attack on a "
        "base in Ghazni."
    )
    events, names = events_of(nlp_model, text)
    attack = next(e for e in events if e.trigger.text == "attack")
    assert "Afghan soldiers" not in agents(attack, names)


def test_plural_people_acted_on_are_victims(nlp_model: Language) -> None:
    text = "Rebels kidnapped twelve farmers near Beni on Sunday."
    events, names = events_of(nlp_model, text)
    done_to = [names[a.entity] for a in first(events).actors if a.role in ("victim", "target")]
    assert any("farmers" in n for n in done_to)


def test_the_argument_vocabularies_load() -> None:
    words = argument_words()
    assert "repel" in words.counter_verbs
    assert "the" in words.anaphoric_determiners
    assert words.claim_reach >= 1


def test_an_unnamed_doer_keeps_its_modifiers_words(nlp_model: Language) -> None:
    text = "On Monday, Saudi-led coalition warplanes struck a market in Saada, killing 12 people."
    events, names = events_of(nlp_model, text)
    assert "Saudi-led coalition warplanes" in agents(first(events), names)


def test_a_date_the_parse_hangs_on_the_doers_is_no_part_of_their_name(
    nlp_model: Language,
) -> None:
    text = (
        "The report found that on 2 May 2018 militiamen from the Twa community attacked "
        "the town of Kabalo."
    )
    events, names = events_of(nlp_model, text)
    assert agents(first(events), names) == ["militiamen"]


def test_what_on_dates_is_no_target(nlp_model: Language) -> None:
    text = "Militants fired on Saturday evenings at patrols in Gao."
    events, names = events_of(nlp_model, text)
    acted_on = [names[a.entity] for a in first(events).actors if a.role != "agent"]
    assert not any("Saturday" in name for name in acted_on)
    text = "Troops opened fire on protesters on Sunday morning in Gao."
    events, names = events_of(nlp_model, text)
    assert [names[a.entity] for a in first(events).actors if a.role != "agent"] == ["protesters"]


def test_members_of_a_body_no_one_linked_are_that_body(nlp_model: Language) -> None:
    text = "Fighters of the Ogaden National Liberation Front attacked an oil field near Abole."
    events, names = events_of(nlp_model, text)
    assert agents(first(events), names) == ["Ogaden National Liberation Front"]
    # The parser takes an acronym for an adverb; it is still the body's name.
    text = "Members of the FAR killed the ambassador in Guatemala City on Friday."
    events, names = events_of(nlp_model, text)
    assert agents(first(events), names) == ["FAR"]
    # A person's followers are not a body named after the person.
    text = "Supporters of Imran Khan blocked roads in Lahore on Friday."
    events, names = events_of(nlp_model, text)
    assert "Imran Khan" not in agents(first(events), names)


def test_a_group_mention_that_takes_in_led_is_no_leader(nlp_model: Language) -> None:
    text = "French-led troops raided a camp near Menaka."
    doc = nlp_model(text)
    troops = next(t for t in doc if t.text == "troops")

    def index(kind: EntityKind) -> EntityIndex:
        name = "French-led"
        entity = Entity(id="ent:x", kind=kind, name=name)
        mention = Mention(id="m1", span=(0, len(name)), text=name, entity="ent:x")
        return EntityIndex({"ent:x": entity}, [mention], load_lexicon())

    # A people's adjective the recogniser made a group names how the troops are led.
    assert index("group").leader(troops) is None
    # A body named with "-led" ("Hamas-led") is the leader still.
    assert index("organization").leader(troops) == "ent:x"


def test_members_of_an_unnamed_force_are_the_force(nlp_model: Language) -> None:
    text = "Members of the armed forces massacred six priests in San Salvador in 1989."
    events, names = events_of(nlp_model, text)
    assert agents(first(events), names) == ["armed forces"]


def test_who_stops_a_plan_is_not_its_doer(nlp_model: Language) -> None:
    events, names = events_of(
        nlp_model, "Police foiled a plan to attack a synagogue in Berlin on Friday."
    )
    assert events and all("Police" not in agents(e, names) for e in events)


def test_an_attempt_that_names_its_doer_keeps_it_when_stopped(nlp_model: Language) -> None:
    events, names = events_of(
        nlp_model, "The army thwarted an attempt by rebels to seize the airport."
    )
    assert [agents(e, names) for e in events] == [["rebels"]]


def test_who_places_a_device_does_the_bombing(nlp_model: Language) -> None:
    events, names = events_of(nlp_model, "Rebels planted a landmine on the road, killing three.")
    assert agents(first(events), names) == ["Rebels"]


def test_who_finds_a_device_did_not_set_it(nlp_model: Language) -> None:
    events, names = events_of(nlp_model, "A cleaning woman discovered an explosive device.")
    assert all(agents(e, names) == [] for e in events)


def test_blame_without_a_for_phrase_credits_the_attack_just_told(nlp_model: Language) -> None:
    text = (
        "A car bomb exploded outside a police station in Kunduz, killing two policemen. "
        "Police blamed the Taliban."
    )
    events, names = events_of(nlp_model, text)
    assert "Taliban" in agents(first(events), names)


def test_a_spokesman_for_a_group_speaks_as_the_group(nlp_model: Language) -> None:
    text = "A spokesman for the Balochistan Liberation Front claimed responsibility."
    events, names = events_of(nlp_model, text)
    assert [agents(e, names) for e in events] == [["Balochistan Liberation Front"]]


def test_a_band_named_in_front_of_the_act_did_it(nlp_model: Language) -> None:
    events, names = events_of(nlp_model, "Three people were wounded in a terrorist attack.")
    assert [agents(e, names) for e in events] == [["terrorist"]]


def test_who_was_behind_the_attack_did_it_and_not_the_arrest_after(nlp_model: Language) -> None:
    text = (
        "Gunmen attacked a bus near Quetta, killing five. Two men were arrested. "
        "Officials said the Taliban were behind the attack."
    )
    events, names = events_of(nlp_model, text)
    assert "Taliban" in agents(first(events), names)
    arrest = next(e for e in events if e.type == "repression")
    assert "Taliban" not in agents(arrest, names)


def test_who_is_credited_with_or_blamed_for_the_act_did_it(nlp_model: Language) -> None:
    for text in (
        "The Taliban were credited with bombing a market in Kunduz.",
        "The Taliban were blamed for the bombing of a market in Kunduz.",
    ):
        events, names = events_of(nlp_model, text)
        assert "Taliban" in agents(first(events), names), text
