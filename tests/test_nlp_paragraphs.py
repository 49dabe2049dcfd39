"""A blank line ends a sentence, so a heading is never part of the next sentence's evidence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from historiograph.nlp.loader import load_nlp
from historiograph.nlp.paragraphs import FACTORY, add_paragraph_breaks


@pytest.fixture(scope="module")
def nlp(nlp_model: Language) -> Language:
    """A pipeline of its own: the shared session model must not be changed."""
    pipeline = load_nlp()
    add_paragraph_breaks(pipeline)
    add_paragraph_breaks(pipeline)  # once only
    return pipeline


def test_a_heading_without_a_full_stop_is_its_own_sentence(nlp: Language) -> None:
    assert nlp.pipe_names.count(FACTORY) == 1
    assert nlp.pipe_names.index(FACTORY) < nlp.pipe_names.index("parser")
    doc = nlp("Massacre at the camp\n\nThe gunmen attacked the camp on Monday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Massacre at the camp",
        "The gunmen attacked the camp on Monday.",
    ]


def test_a_single_line_break_does_not_end_a_sentence(nlp: Language) -> None:
    doc = nlp("Gunmen attacked the police station\nin the northern town on Monday.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "KIRKUK, Iraq, March 14, 2007 — A car bomb exploded near a market, killing 14.",
        "LONDON (Reuters) - Police arrested two men after a car bomb exploded on Friday.",
        "WINSTON-SALEM, N.C. -- A car bomb exploded near the county courthouse on Monday.",
    ],
)
def test_a_dateline_stands_apart_from_the_story(nlp: Language, text: str) -> None:
    dateline, story = (s.text for s in nlp(text).sents)
    assert dateline.rstrip(" —-").isupper() or "(" in dateline or "," in dateline
    assert story.startswith(("A car bomb", "Police arrested"))


def test_capitals_inside_a_sentence_are_no_dateline(nlp: Language) -> None:
    doc = nlp("NATO troops - who had arrived on Monday - left the town.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("mark", ["\u00b9\u2074", "[14]"])
def test_a_footnote_mark_closes_its_sentence(nlp: Language, mark: str) -> None:
    doc = nlp(f"The siege ended in 1922.{mark} Tens of thousands had died, the report said.")
    assert [s.text.strip() for s in doc.sents] == [
        f"The siege ended in 1922.{mark}",
        "Tens of thousands had died, the report said.",
    ]
