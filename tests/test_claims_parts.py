"""Figures that lean on the one before, as the seventh held-out set and the open
list from the sixth asked for: a part or more of an earlier figure ("including
26 soldiers", "of whom 64 minors", "a further 19") takes what befell it; an
estimate that goes on from a figure ("a figure closer to one million", "our
estimate was closer to 12,000") measures the same thing, and in a transcript
the one who answers gives it; and a few words for leaving home, being taken
and answering.

The sentences are new, so that the rules are tested and not the gold texts
(tests/gold/heldout7-claims.jsonl, tests/gold/heldout6-claims.jsonl).
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_part_introduced_by_including_takes_the_whole_s_property(
    nlp_model: Language,
) -> None:
    text = "Security forces detained 85 people in Kassala, including 14 teachers."
    assert claims_of(nlp_model, text)["including 14 teachers"].property == "arrested"


def test_a_part_after_of_whom_takes_the_whole_s_property(nlp_model: Language) -> None:
    text = "Census of the camp, 1 May. Block C: 640 detainees, of whom 52 minors."
    claims = claims_of(nlp_model, text)
    assert claims["of whom 52 minors"].property == "arrested"
    assert claims["of whom 52 minors"].unit == "people"


def test_a_further_bare_figure_counts_what_the_one_before_counts(nlp_model: Language) -> None:
    text = "The shelter took in 340 refugees in June. A further 120 came in July."
    claims = claims_of(nlp_model, text)
    further = next(c for quote, c in claims.items() if "120" in quote)
    assert further.property == "displaced"


def test_an_estimate_that_goes_on_from_a_figure_measures_the_same(nlp_model: Language) -> None:
    text = (
        "Army records listed 8,400 soldiers killed in the campaign. Most historians "
        "now accept a figure closer to 11,000."
    )
    closer = claims_of(nlp_model, text)["closer to 11,000"]
    assert closer.property == "fatalities"
    assert closer.qualifier == "about"
    assert "historians" in (closer.source.name or "")


def test_the_one_who_answers_gives_an_estimate_that_goes_on_from_another_s(
    nlp_model: Language,
) -> None:
    text = (
        "Transcript, press conference by the fire chief, 9 August.\n"
        "Q. The union says 300 homes burned. Is that right?\n"
        "A. Our estimate was closer to 180.\n"
    )
    closer = claims_of(nlp_model, text)["closer to 180"]
    assert closer.source.kind == "named"
    assert "fire chief" in (closer.source.name or "")


def test_evictions_and_men_taken_away_are_displaced_and_arrested(nlp_model: Language) -> None:
    evicted = claims_of(nlp_model, "About 450 tenants were evicted from the estate in March.")
    assert evicted["About 450 tenants"].property == "displaced"
    taken = claims_of(nlp_model, "Witnesses said 12 men were taken away by soldiers at night.")
    assert taken["12 men"].property == "arrested"


def test_a_reply_is_attributed_to_who_replies(nlp_model: Language) -> None:
    text = "The Secretary of State replied that 2,210 people had been deported since June."
    deported = claims_of(nlp_model, text)["2,210 people"]
    assert deported.source.kind == "named"
    assert "Secretary" in (deported.source.name or "")
    assert deported.property == "displaced"
