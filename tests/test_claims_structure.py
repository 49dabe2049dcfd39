"""Attribution read from the parse, as a sixth held-out set asked for: the content
of a claim noun ("a report by X that ...") is its author's, a record verb's subject
yields to the one who reports it, a finding speaks for its "that" clause, a
subject's own relative clause is not what its verb reports, and a line break ends
what a source speaks for.

The sentences are new, so that the rules are tested and not the gold texts
(tests/gold/heldout6-claims.jsonl).
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_claim_noun_s_content_is_its_author_s_and_a_rejection_denies_it(
    nlp_model: Language,
) -> None:
    text = (
        "The interior ministry rejected a report by the Karam Foundation that police "
        "had killed 45 protesters in Hama."
    )
    killed = claims_of(nlp_model, text)["45 protesters"]
    assert "Karam Foundation" in (killed.source.name or "")
    assert killed.stance == "denied"


def test_calling_reports_lies_denies_them(nlp_model: Language) -> None:
    text = 'The governor called reports of 80 deaths in the camp "shameless lies".'
    deaths = claims_of(nlp_model, text)["80 deaths"]
    assert deaths.stance == "denied"
    assert deaths.source.name == "reports"


def test_who_reports_a_count_speaks_for_it(nlp_model: Language) -> None:
    text = "A teacher told reporters that volunteers had counted 16 bodies near the school."
    bodies = claims_of(nlp_model, text)["16 bodies"]
    assert bodies.source.name == "A teacher"


def test_a_finding_speaks_for_its_that_clause(nlp_model: Language) -> None:
    text = (
        "The court is satisfied that the accused ordered the deportation of at least "
        "300 villagers in 1993."
    )
    deported = claims_of(nlp_model, text)["at least 300 villagers"]
    assert (deported.source.name, deported.stance) == ("The court", "reported")


def test_a_subject_s_relative_clause_is_the_writer_s(nlp_model: Language) -> None:
    text = "The commission, which heard 40 witnesses, said at least 90 people had died."
    found = claims_of(nlp_model, text)
    assert found["40 witnesses"].source.kind == "author"
    assert found["at least 90 people"].source.name == "The commission"


def test_a_headline_is_not_the_dateline_s_source(nlp_model: Language) -> None:
    text = (
        "52 KILLED IN BENI ATTACK\n"
        "GOMA - Gunmen killed 52 people in Beni on Monday, the Red Cross said."
    )
    found = claims_of(nlp_model, text)
    assert found["52 KILLED"].source.kind == "author"
    assert found["52 people"].source.name == "the Red Cross"
