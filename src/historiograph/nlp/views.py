"""Whole-document views of a Doc, computed once per Doc instead of once per use.

Three spaCy properties look local but walk the whole document: ``Doc.text``
joins every token's text on each access, ``Span.noun_chunks`` runs the
noun-chunk iterator over the whole Doc and keeps the chunks inside the span,
and ``Span.ents`` builds every entity of the Doc to keep those inside.
Called once per sentence or per event, each makes extraction quadratic in the
document's length: a 100 KB history took minutes where a 10 KB one took
seconds. These helpers compute the view once and keep it in
``doc.user_data`` (plain strings and integer pairs, so a Doc still
serializes), except entities, which a later step may still change and which
:func:`ents_in` reads from the span's own tokens instead.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from spacy.attrs import ENT_TYPE, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

_TEXT = "historiograph_text"
# Token.ent_iob codes, compared as integers: no string per token ("B" is 3, "I" is 1)
_BEGIN = 3
_INSIDE = 1
_NOUN_CHUNKS = "historiograph_noun_chunks"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = doc.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def _chunk_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of every noun chunk, in order."""
    bounds: list[tuple[int, int]] | None = doc.user_data.get(_NOUN_CHUNKS)
    if bounds is None:
        bounds = [(chunk.start, chunk.end) for chunk in doc.noun_chunks]
    elif bounds and not isinstance(bounds[0], tuple):  # lists after a serialization round trip
        bounds = [(start, end) for start, end in bounds]
    else:
        return bounds
    doc.user_data[_NOUN_CHUNKS] = bounds
    return bounds


def noun_chunks_in(span: Span) -> list[Span]:
    """The noun chunks inside ``span``, as ``span.noun_chunks`` gives them, without
    re-chunking the whole Doc for each span.

    Needs a parsed Doc (as ``noun_chunks`` itself does)."""
    doc = span.doc
    bounds = _chunk_bounds(doc)
    chunks = []
    for start, end in bounds[bisect_left(bounds, (span.start, span.start)) :]:
        if start >= span.end:
            break
        if end <= span.end:
            chunks.append(doc[start:end])
    return chunks


def ents_in(span: Span) -> list[Span]:
    """The entities wholly inside ``span``, as ``span.ents`` gives them, read from the
    span's own tokens."""
    doc = span.doc
    found = []
    i = span.start
    while i < span.end:
        if doc[i].ent_iob != _BEGIN:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].ent_iob == _INSIDE:
            end += 1
        if end <= span.end:
            found.append(Span(doc, i, end, label=doc[i].ent_type_, kb_id=doc[i].ent_kb_id_))
        i = end
    return found


def unlabelled_tokens(doc: Doc, parts_of_speech: Iterable[str]) -> list[Token]:
    """The tokens outside every entity whose part of speech is one of ``parts_of_speech``
    ("PROPN"), in order: read from the Doc's arrays, so that a search for the names the
    recogniser missed makes a Token only for the few words that could be one."""
    wanted = {POS_IDS[pos] for pos in parts_of_speech}
    return [
        doc[i]
        for i, (pos, ent_type) in enumerate(doc.to_array([POS, ENT_TYPE]).tolist())
        if not ent_type and pos in wanted
    ]
