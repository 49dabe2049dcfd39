"""Claims looked up by the phrase they span, for tests that read like the sentences they test."""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.claims import extract_claims
from historiograph.record import Claim


def claims_of(nlp: Language, text: str) -> dict[str, Claim]:
    """The claims ``nlp`` finds in ``text``, by the text of their spans."""
    return {text[c.span[0] : c.span[1]]: c for c in extract_claims(nlp(text))}
