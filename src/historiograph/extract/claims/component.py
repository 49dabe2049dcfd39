"""The ``historiograph_claims`` spaCy component: stores a doc's claims on ``doc._.claims``.

Add it after the model's components so that it can read their parse and
entities (``nlp.add_pipe("historiograph_claims")``); on a blank pipeline it
falls back to word patterns (see :func:`extract_claims`). Importing this
module registers the factory with spaCy; the ``Doc`` extension is registered
by :func:`register_extensions`, which the component calls when it is built
and which is safe to call any number of times.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from historiograph.extract.claims.extractor import ClaimExtractor

FACTORY = "historiograph_claims"


def register_extensions() -> None:
    """Register ``Doc._.claims`` (default None: not yet extracted); idempotent."""
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)


class ClaimsComponent:
    """Pipeline component: ``doc._.claims = extract_claims(doc)``.

    nlp (Language): the pipeline it belongs to (unused; spaCy passes it).
    name (str): the component's name in the pipeline.
    """

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        register_extensions()
        self.name = name
        self._extract = ClaimExtractor()

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = self._extract(doc)
        return doc


@Language.factory(
    FACTORY,
    assigns=["doc._.claims"],
    default_score_weights={},
)
def make_claims_component(nlp: Language, name: str) -> ClaimsComponent:
    """Build the component (spaCy calls this for ``nlp.add_pipe("historiograph_claims")``)."""
    return ClaimsComponent(nlp, name)
