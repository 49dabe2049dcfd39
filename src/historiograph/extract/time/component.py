"""The spaCy component: ``nlp.add_pipe("historiograph_time")`` sets ``doc._.timexes``.

The tagger reads ``doc.text`` only, so the component needs no parser, tagger
or NER and runs on ``spacy.blank("en")`` as well as on a full model; its
cost is a few regular-expression passes over the text. The document date
comes from ``doc._.published`` (a :class:`datetime.date` or None), which the
caller sets before running the pipeline, or from the component's
``published`` setting as a default for every document.

Doc extensions are registered by :func:`register_extensions`, which the
factory calls (never at import time) and which is safe to call repeatedly.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from historiograph.extract.time.tagger import tag_timexes

FACTORY = "historiograph_time"


def register_extensions() -> None:
    """Register ``Doc._.timexes`` and ``Doc._.published`` once; later calls do nothing."""
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)
    if not Doc.has_extension("timexes"):
        Doc.set_extension("timexes", default=None)


class TimeTagger:
    """Tags each doc's temporal expressions as record timexes.

    nlp (Language): the pipeline (unused; spaCy passes it to every factory).
    name (str): the component's name in the pipeline.
    published (str | None): ISO date used when a doc has no ``doc._.published``.
    """

    def __init__(self, nlp: Language, name: str = FACTORY, *, published: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.published = dt.date.fromisoformat(published) if published else None

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published or self.published
        if isinstance(published, dt.datetime):
            published = published.date()
        doc._.timexes = tag_timexes(doc.text, published=published)
        return doc


@Language.factory(
    FACTORY,
    default_config={"published": None},
    assigns=["doc._.timexes"],
    requires=[],
)
def make_time_tagger(nlp: Language, name: str, published: str | None) -> TimeTagger:
    """Build the component (spaCy calls this for ``nlp.add_pipe("historiograph_time")``)."""
    return TimeTagger(nlp, name, published=published)
