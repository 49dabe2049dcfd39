"""Round 25, speed: the shortcuts taken for throughput keep what the pipeline finds.

Each rule made faster this round is checked on a sentence or two: the figure that
leaves out a suicide attacker, tolls of zero (a denial that anyone died, "no one was
hurt"), the lines of a sentence broken over two, and the knowledge-base ruler's word
lists, now read once.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from historiograph.extract.claims.cues import _beyond_line
from historiograph.extract.events.tolls import _killer_besides
from historiograph.pipeline import Pipeline
from historiograph.record import Claim, Document, Fatalities, document_id
from historiograph.resolve.ruler import connectives, function_words


def _record_tolls(pipeline: Pipeline, text: str) -> list[Fatalities | None]:
    document = Document(id=document_id(text), text=text, published=dt.date(2023, 5, 9))
    return [event.fatalities for event in pipeline.record(document).events]


def _fatalities_claim(text: str, figure: str) -> Claim:
    start = text.index(figure)
    return Claim(
        id="c1", span=(start, start + len(figure)), property="fatalities", value=4, low=4, high=4
    )


def test_a_figure_with_the_killer_beside_it_leaves_him_out() -> None:
    text = "The bomber struck a wedding, killing four guests besides himself."
    assert _killer_besides(text, _fatalities_claim(text, "four guests"))


def test_the_killer_counts_only_in_the_figures_own_clause() -> None:
    text = "The bomber struck a wedding, killing four guests; besides himself, he harmed no one."
    assert not _killer_besides(text, _fatalities_claim(text, "four guests"))
    text = "A gunman killed four guests at a wedding. Besides himself, no one else was armed."
    assert not _killer_besides(text, _fatalities_claim(text, "four guests"))


def test_the_killer_beside_a_figure_of_the_wounded_is_no_dead() -> None:
    text = "The bomber struck a wedding, injuring four guests besides himself."
    claim = _fatalities_claim(text, "four guests").model_copy(update={"property": "injured"})
    assert not _killer_besides(text, claim)


def test_a_suicide_bombing_counts_the_bomber_among_its_dead(pipeline: Pipeline) -> None:
    text = (
        "A suicide bomber attacked a wedding hall in Kandahar on Sunday, killing four "
        "guests besides himself, police said."
    )
    tolls = [t for t in _record_tolls(pipeline, text) if t is not None]
    assert [(t.low, t.high) for t in tolls] == [(5, 5)]


def test_no_one_hurt_is_a_toll_of_zero(pipeline: Pipeline) -> None:
    text = "A bomb exploded outside a bank in Quetta on Monday. No one was hurt in the blast."
    tolls = [t for t in _record_tolls(pipeline, text) if t is not None]
    assert [(t.low, t.best, t.high) for t in tolls] == [(0, 0, 0)]


def test_a_denial_that_anyone_died_stretches_the_toll_to_zero(pipeline: Pipeline) -> None:
    text = (
        "Soldiers raided the village of Dera Bugti on Monday. The army denied that any "
        "civilians were killed in the raid, but elders said 17 died."
    )
    tolls = [t for t in _record_tolls(pipeline, text) if t is not None]
    assert [(t.low, t.high) for t in tolls] == [(0, 17)]


def test_a_sentence_on_one_line_has_no_words_beyond_it(nlp_model: Language) -> None:
    doc = nlp_model("Officials said 12 people died in the attack on Monday.")
    assert _beyond_line(doc, doc[2]) == set()


def test_words_on_another_line_of_the_sentence_are_beyond_it(nlp_model: Language) -> None:
    doc = nlp_model("Officials said that\n12 people died in the attack on Monday.")
    sentence = doc[2].sent
    after_break = {t.i for t in sentence if t.idx > doc.text.index("\n")}
    assert after_break and _beyond_line(doc, doc[2]) == after_break
    assert _beyond_line(doc, doc[4]) == {t.i for t in sentence} - after_break


def test_the_rulers_word_lists_are_read_once() -> None:
    assert function_words() is function_words()
    assert connectives() is connectives()
    assert "the" in function_words() and "of" in connectives()
