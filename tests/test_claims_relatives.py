"""A figure after "the" usually counts people the text has counted before ("the
30 soldiers" again); a relative clause that says what befell them gives the
figure for the first time ("the 74 fishermen who died"), as a participle after
the noun does ("the 5,000 officers injured by rioters"). Found in a clustering
collection, where a commemoration's toll went unread.
"""

from __future__ import annotations

from spacy.language import Language

from claim_phrases import claims_of


def test_people_a_relative_clause_says_died_are_a_death_toll(nlp_model: Language) -> None:
    claim = claims_of(nlp_model, "Today the town remembers the 52 dockers who died in the fire.")[
        "52 dockers"
    ]
    assert (claim.property, claim.low, claim.high) == ("fatalities", 52, 52)


def test_a_passive_relative_clause_says_what_befell_them(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "Relatives of the 9 students who were abducted met the governor.")
    assert claims["9 students"].property == "arrested"


def test_a_relative_clause_of_anything_else_still_refers_back(nlp_model: Language) -> None:
    claims = claims_of(nlp_model, "The 40 delegates who attended the meeting voted for the motion.")
    assert "40 delegates" not in claims
