"""Claims: figures with their qualifier, what they count, who says so, and the stance.

``extract_claims(doc)`` returns the claims of a processed spaCy doc as record
:class:`~historiograph.record.Claim` objects; the ``historiograph_claims``
pipeline component (in :mod:`.component`) stores them on ``doc._.claims``.
"""

from historiograph.extract.claims.component import (
    ClaimsComponent,
    make_claims_component,
    register_extensions,
)
from historiograph.extract.claims.extractor import ClaimExtractor, extract_claims

__all__ = [
    "ClaimExtractor",
    "ClaimsComponent",
    "extract_claims",
    "make_claims_component",
    "register_extensions",
]
