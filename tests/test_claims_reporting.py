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


def test_a_name_set_off_after_a_title_with_of_is_the_speaker(nlp_model: Language) -> None:
    # the parser hangs the name on "department", not on "head": it still names the speaker
    text = "The head of the regional health department, Dr Amina Yusuf, said 40 people had died."
    source = claims_of(nlp_model, text)["40 people"].source
    assert (source.name, source.kind) == ("Dr Amina Yusuf", "named")


def test_a_place_after_a_title_is_no_speaker(nlp_model: Language) -> None:
    text = "The mayor of Springfield said 12 people were hurt."
    assert claims_of(nlp_model, text)["12 people"].source.name == "The mayor of Springfield"


def test_a_bare_plural_owner_names_no_one(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "Victims' families say 40 people died. The workers' union said 300 were arrested.",
    )
    assert found["40 people"].source.kind == "unnamed"
    assert found["300"].source.kind == "named"  # "the workers'" picks out one union


def test_a_transcript_run_into_one_paragraph_keeps_its_speakers(nlp_model: Language) -> None:
    text = (
        "HOST: How many were in the convoy? MS ADEYEMI: Forty trucks. "
        "HOST: And how many reached the city? MS ADEYEMI: Only twelve trucks got through."
    )
    source = claims_of(nlp_model, text)["twelve trucks"].source
    assert (source.name, source.kind) == ("MS ADEYEMI", "named")


def test_labels_in_capitals_before_figures_are_rows_not_turns() -> None:
    nlp = spacy.blank("en")
    turns = read_turns(nlp("Summary. DEATHS: 2,946. INJURED: 5,674."), frozenset())
    assert turns.starts == ()


def test_an_impersonal_passive_report_hedges_its_clause(nlp_model: Language) -> None:
    text = (
        "It was at first reported that 60 people had drowned, but the coastguard "
        "later said 14 were missing."
    )
    found = claims_of(nlp_model, text)
    assert (found["60 people"].stance, found["60 people"].source.kind) == ("hedged", "author")
    assert found["14"].stance == "reported"  # the coastguard's own report is no hearsay


def test_a_figure_a_day_earlier_is_still_a_figure(nlp_model: Language) -> None:
    text = "The death toll rose to 48 on Tuesday, up from 31 a day earlier, the agency said."
    found = claims_of(nlp_model, text)
    assert found["31"].property == "fatalities"


def test_figures_compiled_by_a_body_are_its_own(nlp_model: Language) -> None:
    text = (
        "Some 400 homes were destroyed, figures compiled by the Red Cross show. "
        "Government figures show that 230 people have died."
    )
    found = claims_of(nlp_model, text)
    assert (found["Some 400 homes"].source.name, found["Some 400 homes"].source.kind) == (
        "the Red Cross",
        "named",
    )
    assert found["230 people"].source.name == "Government figures"


def test_a_subject_the_parser_gave_a_participle_still_speaks(nlp_model: Language) -> None:
    text = "Tacitus, writing a century later, says that 80,000 died in the revolt."
    source = claims_of(nlp_model, text)["80,000"].source
    assert (source.name, source.kind) == ("Tacitus", "named")


def test_a_year_of_an_era_is_no_count(nlp_model: Language) -> None:
    text = "The city fell in 216 BC. Vesuvius buried Pompeii in AD 79, killing some 2,000 people."
    assert set(claims_of(nlp_model, text)) == {"some 2,000 people"}


def test_a_figure_by_someones_account_is_theirs(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "By the army's own count, 40 soldiers died. "
        "The bridge was destroyed by the rebels' shelling, which killed 12 people.",
    )
    assert (found["40 soldiers"].source.name, found["40 soldiers"].stance) == (
        "the army",
        "reported",
    )
    assert found["12 people"].source.kind == "author"  # shelling is no account


def test_a_vague_word_after_a_definite_article_names_one_body(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The local council said 40 houses were flooded. Local officials said 12 people died.",
    )
    assert found["40 houses"].source.kind == "named"
    assert found["12 people"].source.kind == "unnamed"
