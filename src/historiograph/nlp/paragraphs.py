"""Paragraph breaks are sentence breaks, and so is the dash after a dateline.

Cleaned documents keep paragraphs as blank lines, and headings, captions and
bylines stand alone on theirs without a full stop. spaCy's parser would run
such a heading into the next sentence ("Massacre at Ashraf In an early
morning assault ..."), and every event found there would quote the heading as
its evidence. This component, placed before the parser, starts a sentence at
the first token after a blank line; the parser keeps boundaries set before it.
A single line break is left alone: hard-wrapped text (PDFs, wire copy) breaks
lines inside sentences.

A wire story's first paragraph opens with a dateline ("KIRKUK, Iraq, March
14, 2007 — A car bomb ...", "LONDON (Reuters) - Police ..."; see
:mod:`.datelines`). Parsed as one sentence, the town in capitals becomes the
subject of the story's first verb, so the place is read as the bomber; the
dateline's place still reaches the story through context once it stands alone.

A footnote mark after a full stop ("... in 1922.¹⁴ Tens of thousands ...",
"... dead.[14] The ...") belongs to the sentence it closes: left to the
parser it opens the next one, or joins the two.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from historiograph.nlp.datelines import WIRE_DATELINE

FACTORY = "historiograph_paragraphs"

_FOOTNOTE_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\]")
_FOOTNOTE_FIRST = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹[")  # what a footnote mark starts with
_SENTENCE_END = frozenset({".", "!", "?", '"', "”", "’", ")"})


@Language.component(FACTORY)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after a blank line, after a paragraph's dateline and after a
    sentence's footnote mark as sentence starts."""
    starts = [0]
    tokens = list(doc)  # made once: each token looks at its neighbours
    for token in tokens[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            tokens[token.i + 1].is_sent_start = True
            starts.append(token.idx + len(token.text))
        elif (
            token.i > 0
            and token.text[:1] in _FOOTNOTE_FIRST  # few tokens: looked at before the one before
            and tokens[token.i - 1].text in _SENTENCE_END
            and _FOOTNOTE_MARK.fullmatch(token.text)
            and not tokens[token.i + 1].is_space
        ):
            token.is_sent_start = False
            tokens[token.i + 1].is_sent_start = True
    text = doc.text
    for offset in starts:
        dateline = WIRE_DATELINE.match(text, offset)
        if dateline is None:
            continue
        after = doc.char_span(dateline.end(), dateline.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            after[0].is_sent_start = True
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
