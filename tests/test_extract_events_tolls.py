"""Tolls attached to the event they count, territory that falls or is retaken,
towns pinned down by their districts, and guards who are not the state's (issue #6).
"""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import extract_events, load_lexicon
from historiograph.extract.events.anchoring import find_where, toll
from historiograph.extract.events.referents import argument_words
from historiograph.extract.events.tolls import _figure_anaphor
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Claim, ClaimSource, Entity, Event, Geo


def toll_claim(text: str, figure: str, value: int) -> Claim:
    start = text.index(figure)
    return Claim(
        id=f"c{start}",
        span=(start, start + len(figure)),
        property="fatalities",
        value=value,
        low=value,
        high=value,
        unit="people",
        source=ClaimSource(name="officials", kind="unnamed"),
        stance="reported",
    )


def events_of(nlp: Language, text: str, claims: list[Claim] | None = None) -> list[Event]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    return extract_events(
        doc, entities=entities, mentions=mentions, timexes=[], claims=claims or []
    ).events


def by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger.text.lower().startswith(word))


def test_a_toll_in_the_next_sentence_counts_the_main_attack_not_the_burning(
    nlp_model: Language,
) -> None:
    text = (
        "About 400 people attacked a police station in Kasese after officers detained a "
        "local leader, burning two patrol vehicles. The police said eight rioters were killed."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "eight", 8)])
    assert by_trigger(events, "attacked").fatalities is not None
    assert by_trigger(events, "burning").fatalities is None


def test_a_toll_in_the_next_sentence_counts_the_fighting_not_the_capture(
    nlp_model: Language,
) -> None:
    text = (
        "Rebels took control of Bunagana after heavy fighting with the army. "
        "The army said 37 rebels were killed."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "37", 37)])
    assert by_trigger(events, "fighting").fatalities is not None
    assert by_trigger(events, "took").fatalities is None


def test_a_toll_during_the_siege_counts_the_siege(nlp_model: Language) -> None:
    text = (
        "The siege of Sarajevo began in April 1992, when Bosnian Serb forces surrounded "
        "the city. Some 14,000 people were killed during the siege, researchers said."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "14,000", 14000)])
    siege = by_trigger(events, "siege")
    assert siege.fatalities is not None and siege.fatalities.low == 14000
    assert by_trigger(events, "surrounded").fatalities is None
    assert len([e for e in events if e.trigger.text.lower() == "siege"]) == 1


def test_a_fort_that_fell_is_territory_lost_to_whom_it_fell_to(nlp_model: Language) -> None:
    events = events_of(nlp_model, "The fort at Tabora fell to the rebels after a long siege.")
    fell = by_trigger(events, "fell")
    assert (fell.type, fell.subtype) == ("battle", "territory_seized")
    assert any(a.role == "agent" for a in fell.actors)


def test_prices_that_fell_are_no_event(nlp_model: Language) -> None:
    events = events_of(nlp_model, "Food prices fell sharply in the capital last year.")
    assert not any(e.trigger.text == "fell" for e in events)


def test_retaking_it_is_territory_regained(nlp_model: Language) -> None:
    events = events_of(
        nlp_model, "Insurgents captured the town of Dalori, but the army retook it in May."
    )
    retook = by_trigger(events, "retook")
    assert (retook.type, retook.subtype) == ("battle", "territory_lost")


def test_the_town_pinned_down_by_its_districts_is_the_place(nlp_model: Language) -> None:
    text = (
        "On 9 May 2020, journalists held a protest outside the press club in Larkana "
        "city (Larkana, Sindh) against the arrest of an editor."
    )
    protest = by_trigger(events_of(nlp_model, text), "protest")
    assert protest.where is not None and protest.where.name == "Larkana"


def test_security_guards_of_a_mine_are_not_state_forces(nlp_model: Language) -> None:
    text = "Security guards at a private gold mine attacked illegal miners on Sunday."
    attacked = by_trigger(events_of(nlp_model, text), "attacked")
    assert attacked.type == "attack"


def test_prison_guards_are_the_states(nlp_model: Language) -> None:
    text = "Prison guards attacked rebel fighters who had stormed the jail."
    attacked = by_trigger(events_of(nlp_model, text), "attacked")
    assert attacked.type == "battle"


def test_figures_listed_together_count_different_people() -> None:
    text = "One civilian and six assailants were killed, and 4 police, 2 soldiers were hurt."
    claims = [toll_claim(text, "One civilian", 1), toll_claim(text, "six assailants", 6)]
    counted = toll(claims, text)
    assert counted is not None
    assert (counted.low, counted.best, counted.high) == (7, 7, 7)
    assert counted.claims == [c.id for c in claims]  # the toll still rests on both claims
    alone = toll(claims)  # without the text nothing says they are one list: 1 is a part of 6
    assert alone is not None and (alone.low, alone.high) == (6, 6)


def test_a_part_of_a_toll_is_no_rival_toll_but_another_source_is() -> None:
    text = "Five people were killed, including two children, officials said; the group said 9."
    claims = [toll_claim(text, "Five people", 5), toll_claim(text, "two children", 2)]
    counted = toll(claims, text)
    assert counted is not None and (counted.low, counted.high) == (5, 5)
    assert counted.claims == [c.id for c in claims]
    other = toll_claim(text, "9", 9).model_copy(update={"source": ClaimSource(kind="author")})
    both = toll([toll_claim(text, "Five people", 5), other], text)
    assert both is not None and (both.low, both.best, both.high) == (5, 9, 9)


def test_two_sources_listing_figures_side_by_side_are_not_added() -> None:
    text = "Casualties: 10, 12 according to the rebels."
    police = toll_claim(text, "10", 10)
    rebels = toll_claim(text, "12", 12).model_copy(
        update={"source": ClaimSource(name="rebels", kind="named")}
    )
    counted = toll([police, rebels], text)
    assert counted is not None and (counted.low, counted.high) == (10, 12)


def test_figures_of_different_groups_of_one_event_add_up() -> None:
    words = argument_words().toll_words
    text = "Three policemen were killed and five wounded. Eleven attackers were killed."
    claims = [toll_claim(text, "Three policemen", 3), toll_claim(text, "Eleven attackers", 11)]
    counted = toll(claims, text, words=words)
    assert counted is not None and (counted.low, counted.best, counted.high) == (14, 14, 14)
    assert counted.claims == [c.id for c in claims]
    more = "Five fighters were killed at the scene and two more died of their wounds."
    both = toll(
        [toll_claim(more, "Five fighters", 5), toll_claim(more, "two", 2)], more, words=words
    )
    assert both is not None and (both.low, both.high) == (7, 7)


def test_a_total_and_a_group_in_it_do_not_add_up() -> None:
    words = argument_words().toll_words
    text = "Nine people were killed. Four soldiers were among the dead."
    claims = [toll_claim(text, "Nine people", 9), toll_claim(text, "Four soldiers", 4)]
    counted = toll(claims, text, words=words)
    assert counted is not None and (counted.low, counted.high) == (9, 9)
    same = "Four soldiers were killed on Monday. Six soldiers were killed in all."
    rising = toll(
        [toll_claim(same, "Four soldiers", 4), toll_claim(same, "Six soldiers", 6)],
        same,
        words=words,
    )
    assert rising is not None and (rising.low, rising.high) == (6, 6)


def test_a_part_set_off_by_a_comma_is_not_added_to_its_whole() -> None:
    words = argument_words().toll_words
    for text, whole, size, part in [
        ("killing at least seven people, including four policemen", "seven people", 7, "four"),
        ("killing nine miners, among them two women", "nine miners", 9, "two women"),
        ("Fourteen guests were killed, six of them foreigners", "Fourteen guests", 14, "six"),
    ]:
        claims = [toll_claim(text, whole, size), toll_claim(text, part, 2)]
        counted = toll(claims, text, words=words)
        assert counted is not None and (counted.low, counted.high) == (size, size), text


def _where(nlp: Language, text: str, trigger: str, located: dict[str, Geo | None]) -> str | None:
    """The place find_where gives ``trigger``, among names with or without coordinates."""
    doc = nlp(text)
    places = []
    for name, geo in located.items():
        start = text.index(name)
        entity = Entity(id=f"ent:{start}", kind="place", name=name, geo=geo)
        places.append((start, start + len(name), entity))
    head = next(t for t in doc if t.text == trigger)
    lexicon = load_lexicon()
    where = find_where(
        head,
        head.sent,
        sorted(places, key=lambda p: p[0]),
        exclude=set(),
        prefer_destination=False,
        place_nouns=lexicon.place_nouns,
        town_nouns=lexicon.town_nouns,
    )
    return where.name if where is not None else None


def test_a_known_town_beats_an_unknown_quarter_about_as_close(nlp_model: Language) -> None:
    text = "In Apodaca a person was found dead in Colonia Valle Verde."
    town = Geo(lat=25.78, lon=-100.19, feature="PPLA2", country_code="MX")
    located = {"Apodaca": town, "Colonia Valle Verde": None}
    assert _where(nlp_model, text, "found", located) == "Apodaca"


def test_an_unknown_place_the_writer_locates_is_still_the_place(nlp_model: Language) -> None:
    text = "Gunmen attacked a checkpoint in Zhari district, Kandahar, Afghanistan."
    province = Geo(lat=31.0, lon=65.5, feature="ADM1", country_code="AF")
    country = Geo(lat=33.0, lon=66.0, feature="PCLI", country_code="AF")
    located = {"Zhari": None, "Kandahar": province, "Afghanistan": country}
    assert _where(nlp_model, text, "attacked", located) == "Zhari"


def test_a_sentence_without_a_place_stays_where_the_narrative_is(nlp_model: Language) -> None:
    text = (
        "On Friday, in Sao Jose, Santa Catarina, police raided a drug laboratory. "
        "Two men were arrested."
    )
    town = Geo(lat=-27.6, lon=-48.6, feature="PPLA2", country_code="BR")
    state = Geo(lat=-27.0, lon=-50.0, feature="ADM1", country_code="BR")
    located = {"Sao Jose": town, "Santa Catarina": state}
    assert _where(nlp_model, text, "arrested", located) == "Sao Jose"
    # A new paragraph starts afresh; a place someone came "from" is not where one is.
    apart = "Police raided a laboratory in Sao Jose.\n\nTwo men were arrested."
    assert _where(nlp_model, apart, "arrested", {"Sao Jose": town}) is None
    origin = "The convoy left from Sao Jose at dawn. Two men were arrested."
    assert _where(nlp_model, origin, "arrested", {"Sao Jose": town}) is None


def test_a_district_after_of_locates_the_village_the_writer_names(nlp_model: Language) -> None:
    text = "Militants attacked a convoy in the Sabzi Kar village of Charbolak district."
    located = {"Sabzi Kar": None, "Charbolak district": None}
    assert _where(nlp_model, text, "attacked", located) == "Sabzi Kar"


def test_a_bracketed_district_pins_down_a_town_no_gazetteer_knows(nlp_model: Language) -> None:
    text = "People protested in Naushehro Feroze city (Noshehro Feroze, Sindh) on Monday."
    province = Geo(lat=26.1, lon=68.6, feature="ADM1", country_code="PK")
    located = {"Naushehro Feroze": None, "Sindh": province}
    assert _where(nlp_model, text, "protested", located) == "Naushehro Feroze"


def test_coordinated_verbs_of_one_deed_give_their_toll_to_the_first(nlp_model: Language) -> None:
    text = (
        "Assailants shot and killed two civilians in Kalta Shakh, Jawzjan, Afghanistan. "
        "No group claimed responsibility for the incident; however, sources attributed the "
        "attack to the Taliban and stated that the group accused the two victims of murder."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "two civilians", 2)])
    shot = next(e for e in events if e.trigger.text == "shot")
    assert shot.fatalities is not None and shot.fatalities.low == 2
    killed = [e for e in events if e.trigger.text == "killed"]
    assert all(e.fatalities is None for e in killed)


def test_where_something_was_taken_is_not_where_the_narrative_stands(
    nlp_model: Language,
) -> None:
    text = (
        "Serb forces entered Vukovar on Monday. Prisoners were taken to a farm at Ovcara. "
        "The army had besieged the town since August."
    )
    town = Geo(lat=45.35, lon=19.0, feature="PPLA2", country_code="HR")
    farm = Geo(lat=45.3, lon=19.05, feature="PPL", country_code="HR")
    located = {"Vukovar": town, "Ovcara": farm}
    assert _where(nlp_model, text, "besieged", located) == "Vukovar"


def test_a_known_town_stands_for_an_unplaced_site_it_locates(nlp_model: Language) -> None:
    text = "Students at Mvara Secondary School in Arua torched an administration block."
    town = Geo(lat=3.02, lon=30.91, feature="PPLA", country_code="UG")
    located = {"Mvara Secondary School": None, "Arua": town}
    assert _where(nlp_model, text, "torched", located) == "Arua"


def test_a_toll_counts_the_raid_it_was_told_of_not_a_later_sides_count(
    nlp_model: Language,
) -> None:
    text = (
        "Elders said at least 40 men were killed in the assault on Damasak, which lasted "
        "most of the night. Soldiers reached the town two days later. The army said it had "
        "repulsed the attackers, killing nine of them."
    )
    claims = [toll_claim(text, "at least 40 men", 40), toll_claim(text, "nine of them", 9)]
    events = events_of(nlp_model, text, claims)
    assault = by_trigger(events, "assault")
    assert assault.fatalities is not None and assault.fatalities.low == 40
    repulse = by_trigger(events, "repulsed")
    assert repulse.fatalities is not None and repulse.fatalities.low == 9


def test_a_death_told_as_the_manner_of_an_act_or_by_a_participle_is_its_toll(
    nlp_model: Language,
) -> None:
    text = "A 19-year-old woman was beaten to death in a park in Leeds on Friday."
    events = events_of(nlp_model, text, [toll_claim(text, "A 19-year-old woman", 1)])
    assert by_trigger(events, "beaten").fatalities is not None
    text = "Gunmen stormed the village of Tillia on Sunday, killing at least 23 farmers."
    events = events_of(nlp_model, text, [toll_claim(text, "at least 23 farmers", 23)])
    stormed = by_trigger(events, "stormed")
    assert stormed.fatalities is not None and stormed.fatalities.low == 23


def test_a_killing_of_one_named_person_is_one_dead_without_a_figure(
    nlp_model: Language,
) -> None:
    text = "Unknown gunmen shot dead Maria Ortiz, a councillor, outside her home in Tierralta."
    toll_of = by_trigger(events_of(nlp_model, text), "shot").fatalities
    assert toll_of is not None and (toll_of.low, toll_of.high) == (1, 1)
    assert toll_of.claims == []  # the event's own words, not a figure someone gave


def test_a_person_killed_in_the_next_sentence_counts_for_the_attack(
    nlp_model: Language,
) -> None:
    text = (
        "Assailants opened fire on Mirza Mohammad in Gardez. "
        "Mohammad, a council head, and his driver were killed in the attack."
    )
    toll_of = by_trigger(events_of(nlp_model, text), "opened").fatalities
    assert toll_of is not None and toll_of.low == 2


def test_plural_intended_or_figured_victims_give_no_count_of_their_own(
    nlp_model: Language,
) -> None:
    plural = "Gunmen killed villagers in Kagara on Monday."
    assert by_trigger(events_of(nlp_model, plural), "killed").fatalities is None
    tried = "Gunmen tried to kill the mayor in Cali on Monday."
    assert all(e.fatalities is None for e in events_of(nlp_model, tried))
    figured = "Gunmen shot dead the mayor and two guards in Cali on Monday."
    counted = by_trigger(events_of(nlp_model, figured, [toll_claim(figured, "two", 2)]), "shot")
    assert counted.fatalities is not None and counted.fatalities.claims


def test_each_figure_counts_the_act_whose_clause_it_is_in(nlp_model: Language) -> None:
    text = (
        "A drone strike hit a wedding party near Radaa on Monday, killing 12 guests, and a "
        "second strike on a market in Marib left three traders dead."
    )
    claims = [toll_claim(text, "12", 12), toll_claim(text, "three", 3)]
    events = events_of(nlp_model, text, claims)
    strikes = sorted(
        (e for e in events if "strike" in e.trigger.text), key=lambda e: e.trigger.span[0]
    )
    tolls = [e.fatalities.low if e.fatalities else None for e in strikes]
    assert tolls == [12, 3]


def test_a_killing_named_in_a_reprisal_phrase_is_its_own_toll(nlp_model: Language) -> None:
    text = "Soldiers burned the village of Tamra on 3 May in revenge for the murder of a judge."
    events = events_of(nlp_model, text)
    murder = by_trigger(events, "murder").fatalities
    assert murder is not None and murder.low == 1
    assert all(e.fatalities is None for e in events if e.trigger.text != "murder")


def test_a_person_killed_with_counted_others_adds_them(nlp_model: Language) -> None:
    text = "Gunmen killed a judge and his two bodyguards in Lima."
    toll_of = by_trigger(events_of(nlp_model, text), "killed").fatalities
    assert toll_of is not None and (toll_of.low, toll_of.high) == (3, 3)


def test_a_destination_is_not_where_a_hijacking_was_done(nlp_model: Language) -> None:
    text = "An airliner flying from Santo Domingo to Curacao was hijacked to Cuba."
    town = Geo(lat=18.47, lon=-69.89, feature="PPLC", country_code="DO")
    island = Geo(lat=12.17, lon=-68.99, feature="ISL", country_code="CW")
    cuba = Geo(lat=21.5, lon=-80.0, feature="PCLI", country_code="CU")
    located = {"Santo Domingo": town, "Curacao": island, "Cuba": cuba}
    assert _where(nlp_model, text, "hijacked", located) == "Santo Domingo"


def test_a_country_in_front_of_a_building_says_whose_not_where(nlp_model: Language) -> None:
    text = "A bomb exploded in front of the US AID building in La Paz."
    us = Geo(lat=39.76, lon=-98.5, feature="PCLI", country_code="US")
    town = Geo(lat=-16.5, lon=-68.15, feature="PPLG", country_code="BO")
    assert _where(nlp_model, text, "exploded", {"US": us, "La Paz": town}) == "La Paz"


def test_a_relative_clause_toll_counts_its_antecedent_not_the_first_act_of_the_list(
    nlp_model: Language,
) -> None:
    text = (
        "Its two deadliest operations were bombing the governor's office on June 2, 1980, "
        "and bombing the party headquarters on August 9, 1980, which led to the deaths "
        "of 40 officials."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "40", 40)])
    bombings = sorted(
        (e for e in events if e.trigger.text == "bombing"), key=lambda e: e.trigger.span[0]
    )
    assert len(bombings) == 2
    assert bombings[0].fatalities is None
    assert bombings[1].fatalities is not None and bombings[1].fatalities.low == 40


def test_a_repeated_verb_is_a_second_act_but_a_joined_verb_is_the_same_one(
    nlp_model: Language,
) -> None:
    text = "Gunmen shot and killed two guards outside the bank on Monday."
    events = events_of(nlp_model, text, [toll_claim(text, "two", 2)])
    assert by_trigger(events, "shot").fatalities is not None


def test_a_figure_that_revises_another_counts_the_same_event_as_its_latest_total(
    nlp_model: Language,
) -> None:
    text = (
        "Government troops shelled the town of Darayya on 20 May. Local activists counted "
        "52 civilians killed in the bombardment; a week later this number had risen to 70."
    )
    first = toll_claim(text, "52", 52).model_copy(
        update={"source": ClaimSource(name="Local activists", kind="named")}
    )
    second = toll_claim(text, "70", 70).model_copy(
        update={"source": ClaimSource(name="Local activists", kind="named")}
    )
    events = events_of(nlp_model, text, [first, second])
    shelled = by_trigger(events, "shelled")
    assert shelled.fatalities is not None
    assert (shelled.fatalities.low, shelled.fatalities.high) == (70, 70)


def test_a_rival_figure_in_a_sentence_of_its_own_answers_the_figure_before(
    nlp_model: Language,
) -> None:
    text = (
        "The rebels attacked the garrison and were driven back. According to army sources, "
        "more than 900 rebels were killed during the assault. The rebels announced 300 dead."
    )
    rival = toll_claim(text, "300", 300).model_copy(
        update={"source": ClaimSource(name="The rebels", kind="named")}
    )
    events = events_of(nlp_model, text, [toll_claim(text, "900", 900), rival])
    attacked = by_trigger(events, "attacked")
    assert attacked.fatalities is not None
    assert (attacked.fatalities.low, attacked.fatalities.high) == (300, 900)


def test_a_toll_opening_a_paragraph_counts_the_act_the_last_paragraph_ended_on(
    nlp_model: Language,
) -> None:
    text = (
        "On 3 March, soldiers stormed the Baraka camp outside the city.\n\n"
        "According to camp residents, 14 people were killed over the two days."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "14", 14)])
    stormed = by_trigger(events, "stormed")
    assert stormed.fatalities is not None and stormed.fatalities.low == 14


def test_a_toll_after_a_paragraph_of_its_own_events_stays_there(nlp_model: Language) -> None:
    text = (
        "On 3 March, soldiers stormed the Baraka camp outside the city.\n\n"
        "A week later rebels ambushed an army convoy near Tula. Officials said 9 soldiers died."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "9", 9)])
    assert by_trigger(events, "stormed").fatalities is None


def test_the_crackdown_is_the_repression_just_told_not_one_far_back(nlp_model: Language) -> None:
    text = (
        "In 1982 the security forces began a crack down on the opposition. "
        "The party was banned. Its newspapers closed. Its leaders fled abroad. "
        "In 1991 the southern tribes rebelled, and the revolt was repressed with great force. "
        "According to various estimates, 20,000 people were killed in the crackdown."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "20,000", 20000)])
    assert by_trigger(events, "repressed").fatalities is not None
    assert by_trigger(events, "crack down").fatalities is None


def test_an_upper_bound_raises_the_high_of_the_toll() -> None:
    text = "Hospital staff counted 19 dead, but the parties said as many as 40 were killed."
    exact = toll_claim(text, "19", 19)
    bound = toll_claim(text, "as many as 40", 40).model_copy(update={"low": None})
    found = toll([exact, bound], text)
    assert found is not None and (found.low, found.high) == (19, 40)
    assert toll([bound], text) is None


def test_an_act_renamed_in_apposition_keeps_its_toll(nlp_model: Language) -> None:
    text = "On 10 January militants bombed a market in Jamrud, an attack that killed 26 people."
    events = events_of(nlp_model, text, [toll_claim(text, "26", 26)])
    bombed = by_trigger(events, "bombed")
    assert bombed.fatalities is not None and bombed.fatalities.low == 26


def test_a_joined_verb_of_another_kind_of_act_keeps_the_toll_it_governs(
    nlp_model: Language,
) -> None:
    text = "Government forces attacked the camp and murdered 52 unarmed residents."
    events = events_of(nlp_model, text, [toll_claim(text, "52", 52)])
    attacked, murdered = by_trigger(events, "attacked"), by_trigger(events, "murdered")
    assert attacked.type != murdered.type
    assert murdered.fatalities is not None and attacked.fatalities is None


def test_a_figure_noun_refers_back_only_with_a_determiner_and_no_of_phrase(
    nlp_model: Language,
) -> None:
    words = argument_words()
    back = nlp_model("By Friday this number had risen to 70.")
    new = nlp_model("The number of people killed was put at 40.")
    some = nlp_model("A number of people were hurt.")
    assert any(_figure_anaphor(t, words) for t in back)
    assert not any(_figure_anaphor(t, words) for t in new)
    assert not any(_figure_anaphor(t, words) for t in some)


def test_one_named_death_told_by_two_joined_acts_is_counted_once(nlp_model: Language) -> None:
    text = (
        "Assailants attacked and killed an Afghan Local Police (ALP) officer in Shirin "
        "Tagab district, Faryab, Afghanistan."
    )
    events = events_of(nlp_model, text, [toll_claim(text, "an Afghan Local Police", 1)])
    assert sum(e.fatalities.low or 0 for e in events if e.fatalities is not None) == 1
