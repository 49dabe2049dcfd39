"""The ``historiograph_time`` spaCy component, on a blank and on a full pipeline."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from historiograph.extract.time.component import register_extensions


def test_runs_on_a_blank_pipeline_and_sets_doc_timexes() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("historiograph_time")
    doc = nlp("In 1986 the group moved to Baghdad; two years later the war ended.")
    assert [(t.text, t.value, t.anchor) for t in doc._.timexes] == [
        ("1986", "1986", None),
        ("two years later", "1988", "t1"),
    ]


def test_the_document_date_comes_from_doc_published() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("historiograph_time")
    doc = nlp.make_doc("Officials said yesterday that talks resume next year.")
    doc._.published = dt.date(1998, 8, 8)
    doc = nlp(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == [
        ("yesterday", "1998-08-07"),
        ("next year", "1999"),
    ]


def test_the_published_setting_is_a_default_for_every_doc() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("historiograph_time", config={"published": "2000-01-07"})
    assert nlp("It happened today.")._.timexes[0].value == "2000-01-07"


def test_register_extensions_is_idempotent() -> None:
    register_extensions()
    register_extensions()
    assert Doc.has_extension("timexes") and Doc.has_extension("published")


def test_the_factory_declares_what_it_assigns() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("historiograph_time")
    assert nlp.get_pipe_meta("historiograph_time").assigns == ["doc._.timexes"]


@pytest.mark.model
def test_runs_after_the_english_model(nlp_model: Language) -> None:
    nlp_model.add_pipe("historiograph_time")
    try:
        doc = nlp_model("The ceasefire began on August 20, 1988.")
        assert [t.value for t in doc._.timexes] == ["1988-08-20"]
    finally:
        nlp_model.remove_pipe("historiograph_time")
