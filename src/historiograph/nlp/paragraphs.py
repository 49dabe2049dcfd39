"""Paragraph breaks are sentence breaks.

Cleaned documents keep paragraphs as blank lines, and headings, captions and
bylines stand alone on theirs without a full stop. spaCy's parser would run
such a heading into the next sentence ("Massacre at Ashraf In an early
morning assault ..."), and every event found there would quote the heading as
its evidence. This component, placed before the parser, starts a sentence at
the first token after a blank line; the parser keeps boundaries set before it.
A single line break is left alone: hard-wrapped text (PDFs, wire copy) breaks
lines inside sentences.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "historiograph_paragraphs"


@Language.component(FACTORY)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after a blank line as a sentence start."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Add the component before the parser (or the sentencizer), once."""
    if FACTORY in nlp.pipe_names:
        return
    for name in ("parser", "senter", "sentencizer"):
        if name in nlp.pipe_names:
            nlp.add_pipe(FACTORY, before=name)
            return
    nlp.add_pipe(FACTORY, first=True)
