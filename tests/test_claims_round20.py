"""Claims that a twentieth round's fresh gold (tests/gold/claims10-claims.jsonl) and
earlier reports found hard: a second source giving its figure with the verb left out,
a denial the parser stretches over the denier's next act, a dateline taken into a
subject, "slain" and "the remains of" as deaths, "all of its N" as a toll, and "shot
dead" with a noun the vocabulary does not know for people.

The sentences are new, so that the rules are tested and not the gold texts.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_second_source_after_a_comma_gives_its_own_figure(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "Church leaders counted 52 dead after the raid on the market, the army only eight.",
    )
    eight = found["eight"]
    assert (eight.property, eight.low, eight.stance) == ("fatalities", 8, "reported")
    assert eight.source.name == "the army"
    assert found["52 dead"].source.name == "Church leaders"


def test_a_second_source_after_a_semicolon_gives_its_own_figure(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "Farmers' unions said 230 families had lost their land; the agriculture ministry, just 40.",
    )
    forty = found["40"]
    assert forty.source.name == "the agriculture ministry"
    assert forty.source.kind == "named"


def test_a_gapped_figure_counts_what_the_first_one_counts(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The council said 120 shops were looted, the police only 35.")
    shops = found["35"]
    assert (shops.property, shops.unit, shops.source.name) == ("count", "shops", "the police")


def test_a_gapped_figure_after_and_keeps_the_first_figure_s_unit(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The agency counted 640 displaced households and the army 410.")
    households = found["410"]
    assert (households.property, households.unit) == ("displaced", "households")
    assert households.source.name == "the army"


def test_a_gapped_figure_may_keep_the_verb_s_preposition(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The militia put its losses at 15, the army at 90.")
    assert found["90"].source.name == "the army"


def test_a_closing_figure_after_a_person_phrase_is_no_second_source(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model, "Officials said the rebels killed 12 soldiers, the youngest only 19."
    )
    assert found["12 soldiers"].source.name == "Officials"
    assert all(c.source.name != "the youngest" for c in found.values())


def test_a_denial_does_not_reach_the_denier_s_own_figure_after_and(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        "The railway company denied that 90 passengers had been hurt and put the number "
        "of injured at 17.",
    )
    assert found["90 passengers"].stance == "denied"
    seventeen = found["17"]
    assert seventeen.stance == "reported"
    assert seventeen.source.name == "The railway company"


def test_a_dateline_is_no_part_of_the_source(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model, "HARARE, June 4 - Opposition activists said 23 people were arrested."
    )
    assert found["23 people"].source.name == "Opposition activists"


def test_the_first_word_after_a_dateline_opens_the_sentence(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "QUITO - Rescue workers said 31 people were missing.")
    missing = found["31 people"]
    assert (missing.source.name, missing.source.kind) == ("Rescue workers", "unnamed")


def test_slain_and_remains_count_the_dead(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The chronicler gave 6,000 slain. A farmer's plough turned up the remains of 11 "
        "individuals in 1921.",
    )
    assert (found["6,000 slain"].property, found["6,000 slain"].unit) == ("fatalities", "people")
    assert found["11 individuals"].property == "fatalities"


def test_a_toll_of_all_of_those_counted_before(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model, "The outpost was overrun at dawn. All of its roughly 60 guards were killed."
    )
    guards = found["roughly 60 guards"]
    assert (guards.property, guards.low, guards.qualifier) == ("fatalities", 60, "about")


def test_nearly_all_of_those_counted_is_no_toll(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Nearly all of its 900 residents were evacuated.")
    assert not any(c.low == 900 for c in found.values())


def test_shot_dead_kills_people_of_any_noun(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Shopkeepers shot dead two of the burglars, police said.")
    burglars = found["two of the burglars"]
    assert (burglars.property, burglars.unit) == ("fatalities", "people")


def test_shot_down_still_counts_things(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Air defences shot down three drones over the port.")
    assert found["three drones"].property == "count"


def test_several_people_to_whom_something_befell_are_at_least_three(
    nlp_model: Language,
) -> None:
    found = claims_of(nlp_model, "Raiders set fire to the camp, wounding several elderly pilgrims.")
    pilgrims = found["several elderly pilgrims"]
    assert (pilgrims.property, pilgrims.low, pilgrims.high) == ("injured", 3, None)
    assert pilgrims.qualifier == "at_least"


def test_several_things_or_several_of_those_before_are_no_claim(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The storm flattened several barns and lasted several hours. Eight were hurt, "
        "and several of the injured later died.",
    )
    assert not any(phrase.lower().startswith("several") for phrase in found)


def test_many_has_no_least_number_and_makes_no_claim(nlp_model: Language) -> None:
    assert claims_of(nlp_model, "Many villagers were killed in the fighting.") == {}


def test_a_number_after_the_youngest_or_the_eldest_is_an_age(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model, "Five climbers died on the ridge, the eldest 58 and the youngest only 21."
    )
    assert set(found) == {"Five climbers"}


def test_the_youngest_with_a_counted_noun_is_still_a_count(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Soldiers released the youngest four hostages.")
    assert found["four hostages"].low == 4
