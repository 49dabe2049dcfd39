"""Claims in reporting that a fourth and fifth held-out set found hard: "Q." / "A."
depositions, denials with reported figures inside them, relayed quotes, and the
words for people leaving their homes.

The sentences are new, so that the rules are tested and not the gold texts
(tests/gold/heldout5-claims.jsonl).
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from claim_phrases import claims_of
from historiograph.extract.claims.turns import read_turns
from historiograph.extract.claims.vocabulary import load_vocabulary

DEPOSITION = (
    "Statement of Colonel Ana Ruiz to the border commission, 4 June.\n"
    "Q. How many people passed the checkpoint?\n"
    "A. We registered about 2,300 people on the first day.\n"
    "Q. The mayor says 5,000 people came through. Is that wrong?\n"
    "A. I cannot say."
)


def test_the_answers_of_a_deposition_are_the_witness_s(nlp_model: Language) -> None:
    found = claims_of(nlp_model, DEPOSITION)
    registered = found["about 2,300 people"]
    assert "Ruiz" in (registered.source.name or "")
    assert (registered.source.kind, registered.stance) == ("named", "reported")
    assert found["5,000 people"].source.name == "The mayor"


def test_a_heading_without_a_recognised_person_names_the_witness_after_by() -> None:
    text = "Briefing by the harbour master, 2 May.\nQ. How many boats sank?\nA. Eleven boats."
    turns = read_turns(spacy.blank("en")(text), load_vocabulary().witness_markers)
    answer = turns.speaker_at(text.index("Eleven"))
    assert answer is not None and answer.name == "the harbour master"
    assert turns.speaker_at(text.index("How many")) is None


def test_a_denial_leaves_a_toll_its_subject_reports_in_a_relative_clause(
    nlp_model: Language,
) -> None:
    text = (
        "The Eastern Front denied any part in the ambush near Goma, "
        "which it said had killed 12 soldiers."
    )
    soldiers = claims_of(nlp_model, text)["12 soldiers"]
    assert (soldiers.stance, soldiers.source.name) == ("reported", "The Eastern Front")


def test_a_denial_leaves_a_toll_its_subject_reports_in_a_conjoined_clause(
    nlp_model: Language,
) -> None:
    text = (
        "The Harbour Union rejected any responsibility for the fire at the depot, "
        "and said that 17 dockers had died."
    )
    dockers = claims_of(nlp_model, text)["17 dockers"]
    assert (dockers.stance, dockers.source.name) == ("reported", "The Harbour Union")


def test_a_denial_reaches_a_figure_it_attributes_to_others(nlp_model: Language) -> None:
    text = (
        "The governor denied on Monday that police had arrested 800 students, "
        "as the student union claims."
    )
    students = claims_of(nlp_model, text)["800 students"]
    assert (students.stance, students.source.name) == ("denied", "the student union")


def test_people_who_cross_a_border_or_are_bused_out_are_displaced(nlp_model: Language) -> None:
    text = (
        "About 6,000 people crossed into Uganda last week. "
        "More than 900 residents were bused out of the district on Friday."
    )
    found = claims_of(nlp_model, text)
    assert found["About 6,000 people"].property == "displaced"
    assert found["More than 900 residents"].property == "displaced"


def test_displaced_households_are_counted_in_households(nlp_model: Language) -> None:
    claim = claims_of(nlp_model, "The floods left 3,000 displaced households.")[
        "3,000 displaced households"
    ]
    assert (claim.property, claim.unit) == ("displaced", "households")


def test_a_relayed_quote_is_the_speaker_s_not_the_paper_s(nlp_model: Language) -> None:
    text = "Nine people died in the fire, according to a doctor quoted by the newspaper Al-Watan."
    assert claims_of(nlp_model, text)["Nine people"].source.name == "a doctor"


def test_a_place_after_a_speaker_leaves_the_speaker_anonymous(nlp_model: Language) -> None:
    text = "A shopkeeper in Bor told the radio that gunmen had burned 14 houses."
    source = claims_of(nlp_model, text)["14 houses"].source
    assert source.kind == "unnamed"


def test_a_ceiling_phrase_is_an_upper_bound(nlp_model: Language) -> None:
    text = "The defence argued that the victims could not exceed 400 people."
    claim = claims_of(nlp_model, text)["not exceed 400 people"]
    assert (claim.low, claim.high, claim.qualifier) == (None, 400, "up_to")


def test_a_denial_cue_stops_at_a_semicolon(nlp_model: Language) -> None:
    text = "Talk of 2,000 dead is a fabrication; 35 soldiers died in the fighting, the army said."
    assert claims_of(nlp_model, text)["35 soldiers"].stance == "reported"


def test_people_buried_or_exhumed_are_dead(nlp_model: Language) -> None:
    text = "Villagers buried 17 people on Sunday. The remains of 40 men were exhumed in May."
    found = claims_of(nlp_model, text)
    assert found["17 people"].property == "fatalities"
    assert found["40 men"].property == "fatalities"
