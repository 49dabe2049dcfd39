"""Sources that the parse loses or lets run on (heldout2* error analysis): a report
set after its clause that the parser hangs under it, a speaker whose subject a
participle set off by commas took, and a semicolon that leaves a clause's figures
to the source of the part they go on from.

The sentences here are new, so that the rules are tested, not the gold texts.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_a_trailing_report_under_its_clause_still_speaks_for_it(nlp_model: Language) -> None:
    text = (
        "The death toll from the flooding in the coastal province of Sindh has climbed to 57,"
        " among them twelve children, the provincial minister said on Monday."
    )
    claim = claims_of(nlp_model, text)["57"]
    assert (claim.source.name, claim.stance) == ("the provincial minister", "reported")


def test_a_speaker_set_off_by_a_participle_speaks_only_after_it(nlp_model: Language) -> None:
    text = (
        "When the siege ended in the spring of 1684, the fortress held some 3,000 soldiers."
        " The garrison officers listed 812 burials between March and May, although the"
        " chaplain Tomas Varga, writing twenty years later, claimed that more than 1,500 had died."
    )
    claims = claims_of(nlp_model, text)
    assert claims["more than 1,500"].source.name == "the chaplain Tomas Varga"
    assert claims["812 burials"].source.name == "The garrison officers"


def test_a_participle_made_the_subject_gives_way_to_whom_it_describes(
    nlp_model: Language,
) -> None:
    text = (
        "The garrison returned 2,100 dead, although the diarist Johann Brandt, writing a"
        " decade later, claimed that nearly 4,000 had fallen."
    )
    assert claims_of(nlp_model, text)["nearly 4,000"].source.name == "Johann Brandt"


def test_figures_after_a_semicolon_share_the_source_of_their_part(nlp_model: Language) -> None:
    text = (
        "Aid agencies estimate that about 30,000 people have fled the district; of these,"
        " some 9,000 are sheltering in 14 schools."
    )
    claims = claims_of(nlp_model, text)
    assert claims["14 schools"].source.name == "Aid agencies"


def test_after_a_semicolon_the_writer_speaks_without_a_part(nlp_model: Language) -> None:
    text = (
        "Aid agencies estimate that about 30,000 people have fled the district;"
        " 14 schools have closed."
    )
    assert claims_of(nlp_model, text)["14 schools"].source.kind == "author"


def test_a_possessive_apostrophe_does_not_cut_the_keeper_from_its_record(
    nlp_model: Language,
) -> None:
    text = "The ledger kept by the Miners' Relief Fund lists 412 widows."
    claim = claims_of(nlp_model, text)["412 widows"]
    assert claim.source.kind == "named"
    assert "Miners' Relief Fund" in (claim.source.name or "")
