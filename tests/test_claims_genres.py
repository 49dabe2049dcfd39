"""Claims in genres the earlier gold sets lacked: transcripts, footnoted history,
government statements, wire copy with names before the counted noun.

These are the causes a third held-out set (tests/gold/heldout3-claims.jsonl) and a
sample of ACLED notes found; the sentences here are new, so that the rules are
tested, not the gold texts.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from claim_phrases import claims_of
from historiograph.extract.claims.figures import FigureReader
from historiograph.extract.claims.turns import Turns, read_turns
from historiograph.extract.claims.vocabulary import load_vocabulary

HEARING = (
    "Ms DUARTE: How many people did the flooding displace?\n"
    "Mr KOVAC (Director, Civil Protection): We registered 4,200 evacuees in the first week. "
    "The Red Cross said 35 people were still missing.\n"
    "Ms DUARTE: Thank you."
)


def _turns(text: str) -> Turns:
    return read_turns(spacy.blank("en")(text), load_vocabulary().witness_markers)


def test_a_transcript_gives_each_turn_its_speaker() -> None:
    turns = _turns(HEARING)
    kovac = turns.speaker_at(HEARING.index("We registered"))
    assert kovac is not None and (kovac.name, kovac.kind) == ("Mr KOVAC", "named")
    duarte = turns.speaker_at(HEARING.index("Thank you"))
    assert duarte is not None and duarte.name == "Ms DUARTE"


def test_one_label_is_no_transcript() -> None:
    text = "Note: the figures below are provisional.\n300 houses were destroyed."
    assert _turns(text).speaker_at(len(text) - 1) is None


def test_a_witness_speaks_for_first_person_figures_but_not_for_named_sources(
    nlp_model: Language,
) -> None:
    found = claims_of(nlp_model, HEARING)
    evacuees = found["4,200 evacuees"]
    assert (evacuees.property, evacuees.source.name, evacuees.stance) == (
        "displaced",
        "Mr KOVAC",
        "reported",
    )
    assert found["35 people"].source.name == "The Red Cross"


def test_a_part_or_an_earlier_level_counts_what_the_figure_before_counts(
    nlp_model: Language,
) -> None:
    text = (
        "Some 900 villagers were expelled, of whom 140 later came back. "
        "The militia now has about 3,000 fighters, up from 1,200 a year ago."
    )
    found = claims_of(nlp_model, text)
    assert found["of whom 140"].property == "displaced"  # the marker in its span
    assert (found["1,200"].property, found["1,200"].unit) == ("count", "people")


def test_held_counts_detainees_only_in_the_passive(nlp_model: Language) -> None:
    text = "About 70 activists are held at the airport prison. 2,000 volunteers held the bridge."
    found = claims_of(nlp_model, text)
    assert found["About 70 activists"].property == "arrested"
    assert found["2,000 volunteers"].property == "count"


def test_a_verb_with_its_particle_decides_what_is_counted(nlp_model: Language) -> None:
    text = (
        "Air defences shot down 14 of the 20 missiles. "
        "The floods forced 8,000 farmers from their homes."
    )
    found = claims_of(nlp_model, text)
    missiles = found["14 of the 20 missiles"]
    assert (missiles.property, missiles.unit) == ("count", "missiles")
    assert found["8,000 farmers"].property == "displaced"


def test_a_proper_adjective_before_a_noun_does_not_make_people(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The retreating army abandoned 35 Russian tanks by the river.")
    assert found["35 Russian tanks"].unit == "tanks"


def test_a_nationality_names_a_state_voice_but_not_a_profession(nlp_model: Language) -> None:
    text = (
        "French historians estimate that 40,000 people died. "
        "Turkish officials said that 12 soldiers were killed."
    )
    found = claims_of(nlp_model, text)
    assert found["40,000 people"].source.kind == "unnamed"
    assert found["12 soldiers"].source.kind == "named"


def test_records_kept_by_a_body_are_that_bodys_claim(nlp_model: Language) -> None:
    text = "Parish records kept by the Jesuit mission list 2,317 deaths."
    source = claims_of(nlp_model, text)["2,317 deaths"].source
    assert (source.name, source.kind) == ("the Jesuit mission", "named")


def test_a_denial_does_not_reach_what_its_subject_says_instead(nlp_model: Language) -> None:
    text = "The governor rejected the report, saying that only 9 people had been detained."
    claim = claims_of(nlp_model, text)["9 people"]
    assert (claim.source.name, claim.stance) == ("The governor", "reported")


def test_our_researchers_are_the_author_but_my_father_is_not(nlp_model: Language) -> None:
    text = (
        "Our investigators documented 58 executions in the district. "
        "My uncle said that 200 men were taken away."
    )
    found = claims_of(nlp_model, text)
    assert found["58 executions"].source.kind == "author"
    assert found["200 men"].source.name == "My uncle"


def test_a_continued_toll_keeps_its_source_only_for_the_same_count(nlp_model: Language) -> None:
    text = (
        "About 60 houses burned, a neighbour told the radio. "
        "Two more victims died on Monday, bringing the toll to eleven."
    )
    found = claims_of(nlp_model, text)
    assert found["Two more victims"].source.kind == "author"
    assert found["eleven"].source.kind == "author"


def test_one_before_a_name_and_a_counted_noun_is_a_figure(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "One Hezbollah commander was killed in the strike.")
    assert [(c.low, c.property) for c in found.values()] == [(1, "fatalities")]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The census found about three million,⁷ most of them farmers.", 3_000_000),
        ("Later estimates reached 1.5 million.¹²", 1_500_000),
    ],
)
def test_a_footnote_mark_glued_to_a_number_keeps_its_value(text: str, low: int) -> None:
    doc = spacy.blank("en")(text)
    (figure,) = FigureReader(load_vocabulary()).read(doc)
    assert figure.low == low


def test_a_blank_pipeline_reads_turns_and_denials_by_sentence() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = HEARING + "\nMr KOVAC: The mayor denied that 40 people had drowned."
    found = claims_of(nlp, text)
    assert found["4,200 evacuees"].source.name == "Mr KOVAC"
    drowned = found["40 people"]
    assert (drowned.source.name, drowned.stance) == ("The mayor", "denied")
