"""Long documents go through the statistical model in sections, and come back as one Doc.

spaCy's parser and entity recogniser need roughly 1 GB of temporary memory per
100,000 characters, and spaCy refuses a text longer than ``nlp.max_length``
(1,000,000 characters) outright — a book, a report with its annexes, a long
thesis. Such a document is cut at paragraph breaks (else line breaks, sentence
ends, spaces) into sections of at most :data:`SECTION_CHARS`, each section is
tagged, parsed and recognised on its own, and the sections are joined back
with :meth:`spacy.tokens.Doc.from_docs` into one Doc whose text is the
document's. Components that need the whole document at once (narrative time,
attribution carried across sentences) run on the joined Doc.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.language import Language
from spacy.tokens import Doc

SECTION_CHARS = 100_000
"""The most characters the model components see at once."""

_BREAKS = ("\n\n", "\n", ". ", " ")
"""Where a section may end, most preferred first."""


def split_sections(text: str, limit: int = SECTION_CHARS) -> Iterator[str]:
    """Consecutive pieces of ``text``, each at most ``limit`` long, that join back to it.

    Each piece ends at the last paragraph break inside the limit, else at the
    last line break, sentence end or space, and only where none is in the
    second half of the window is a word cut.
    """
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = limit
        for mark in _BREAKS:
            found = window.rfind(mark, limit // 2)
            if found != -1:
                cut = found + len(mark)
                break
        yield text[start : start + cut]
        start += cut
    if start < len(text) or not text:
        yield text[start:]


def parse_in_sections(
    nlp: Language, text: str, *, whole_document: Collection[str], limit: int = SECTION_CHARS
) -> Doc:
    """``text`` through every component of ``nlp`` not in ``whole_document``, a section at
    a time, joined into one Doc (the ``whole_document`` components are left to the caller).

    Notes components leave in ``doc.user_data`` under a plain key (which
    knowledge base the entity ruler matched with) carry over when every
    section agrees on them; spaCy's own join would drop them with a warning.
    """
    sections = []
    for part in split_sections(text, limit):
        doc = nlp.make_doc(part)
        for name, component in nlp.pipeline:
            if name not in whole_document:
                doc = component(doc)
        sections.append(doc)
    # spaCy's type stub lacks from_docs' ``exclude`` argument.
    joined = Doc.from_docs(sections, ensure_whitespace=False, exclude=["user_data"])  # type: ignore[call-arg]
    first = sections[0].user_data
    joined.user_data.update(
        (key, value)
        for key, value in first.items()
        if isinstance(key, str) and all(s.user_data.get(key) == value for s in sections)
    )
    return joined
