"""Claims in shapes that fresh texts of the eighth round's second task showed going
wrong: people convicted or acquitted, a status noun that something worse befell,
forms of "lose", a part marked as a part in its own span, a source cut at its
relative clause, a possessive in the place where an anonymous speaker is, an
"as" clause that tells what else went on, a body's own records after "according
to", and a plural present "warn".

The sentences here are new, so that the rules are tested, not the gold texts.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_the_convicted_are_held_and_the_acquitted_a_count(nlp_model: Language) -> None:
    text = "The tribunal acquitted 5 defendants and convicted 22 others of arson."
    claims = claims_of(nlp_model, text)
    assert claims["22 others"].property == "arrested"
    assert claims["5 defendants"].property == "count"
    claim = claims_of(nlp_model, "A military court convicted 8 former police officers.")[
        "8 former police officers"
    ]
    assert claim.property == "arrested"  # former officers, not former prisoners
    claim = claims_of(nlp_model, "Inspectors interviewed 30 former detainees.")[
        "30 former detainees"
    ]
    assert claim.property == "count"


def test_what_befell_the_held_says_more_than_their_status(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Camp guards shot down 17 prisoners during the revolt.")
    assert claims["17 prisoners"].property == "fatalities"
    claims = claims_of(nlp_model, "Insurgents captured 60 prisoners near the bridge.")
    assert claims["60 prisoners"].property == "arrested"
    claims = claims_of(nlp_model, "The regiment lost 900 prisoners in the retreat.")
    assert claims["900 prisoners"].property == "arrested"  # a loss the status tells
    claims = claims_of(nlp_model, "The prosecutor cited 75 detentions in the district.")
    assert claims["75 detentions"].property == "arrested"


def test_shot_down_aircraft_are_things(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Air defences shot down 6 drones overnight.")
    assert claims["6 drones"].property == "count"


def test_every_form_of_lose_counts_the_dead(nlp_model: Language) -> None:
    text = "The brigade took the ridge while losing 35 soldiers."
    assert claims_of(nlp_model, text)["35 soldiers"].property == "fatalities"


def test_a_parts_marker_joins_its_span(nlp_model: Language) -> None:
    text = "The blast killed 19 people, including 6 firefighters."
    claims = claims_of(nlp_model, text)
    assert claims["19 people"].low == 19
    part = claims["including 6 firefighters"]
    assert (part.property, part.low, part.high) == ("fatalities", 6, 6)
    text = "At least 30 workers were injured, among them 9 women."
    claims = claims_of(nlp_model, text)
    assert claims["At least 30 workers"].low == 30
    assert claims["among them 9 women"].low == 9


def test_a_source_ends_before_its_relative_clause(nlp_model: Language) -> None:
    text = "A tenants' committee that monitored the eviction said 140 families lost their homes."
    claim = claims_of(nlp_model, text)["140 families"]
    assert claim.source.name == "A tenants' committee"
    text = "Fishermen who returned to the harbour said 12 boats had sunk."
    assert claims_of(nlp_model, text)["12 boats"].source.name == "Fishermen"


def test_an_owner_in_the_speakers_place_names_no_one(nlp_model: Language) -> None:
    text = "Nine people drowned, a volunteer at the village's rescue station said."
    claim = claims_of(nlp_model, text)["Nine people"]
    assert claim.source.kind == "unnamed"


def test_an_as_clause_with_its_own_object_is_the_writers(nlp_model: Language) -> None:
    text = (
        "Some 25 miners were trapped, a union official said, as the company and the "
        "regulator issued contradictory statements."
    )
    claim = claims_of(nlp_model, text)["Some 25 miners"]
    assert claim.source.name == "a union official"
    # "as X confirmed" still reports the clause it modifies
    text = "As the coroner confirmed, 4 climbers died on the descent."
    assert claims_of(nlp_model, text)["4 climbers"].source.name == "the coroner"


def test_its_own_records_are_the_bodys(nlp_model: Language) -> None:
    text = "The shipping company, according to its own logs, carried 4,200 refugees."
    claim = claims_of(nlp_model, text)["4,200 refugees"]
    assert claim.source.name == "The shipping company"
    text = "According to its own figures, the border agency deported 310 people."
    assert claims_of(nlp_model, text)["310 people"].source.name == "the border agency"


def test_a_plural_present_warn_speaks(nlp_model: Language) -> None:
    text = "Relief groups warn that 8,000 people could be left homeless."
    claim = claims_of(nlp_model, text)["8,000 people"]
    assert claim.source.name == "Relief groups"


def test_a_marked_part_after_a_semicolon_keeps_its_wholes_source(nlp_model: Language) -> None:
    text = (
        "Field teams report that 5,300 people have fled the coast; of these, about 2,100 "
        "are sleeping in churches."
    )
    claims = claims_of(nlp_model, text)
    part = claims["of these, about 2,100"]
    assert (part.source.name, part.stance) == ("Field teams", "reported")
    # a part in a sentence of its own is the writer's to tell
    text = "Field teams report that 5,300 people have fled. Of these, 2,100 are children."
    assert claims_of(nlp_model, text)["Of these, 2,100"].source.kind == "author"


def test_an_item_in_a_list_of_material_is_no_speaker(nlp_model: Language) -> None:
    text = "The inquiry rebuilt the day from police logs, hospital records and 60 interviews."
    claim = claims_of(nlp_model, text)["60 interviews"]
    assert (claim.source.kind, claim.stance) == ("author", "asserted")
    text = "Reporters drew on court files, witness statements and 25 interviews."
    assert claims_of(nlp_model, text)["25 interviews"].source.kind == "author"
    # a source noun that is the subject still speaks
    text = "Hospital records show 57 people were treated."
    assert claims_of(nlp_model, text)["57 people"].source.name == "Hospital records"


def test_a_participle_on_a_figure_noun_credits_its_figure(nlp_model: Language) -> None:
    text = "A toll of 300 killed, reported by state media, was later revised."
    claim = claims_of(nlp_model, text)["300 killed"]
    assert (claim.source.name, claim.stance) == ("state media", "reported")
