"""Long documents: the model sees them a section at a time, the extractors see them whole."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from spacy.language import Language

import historiograph.pipeline as pipeline_module
from historiograph.ingest import IngestFailure
from historiograph.nlp.sections import parse_in_sections, split_sections
from historiograph.pipeline import Pipeline, build_pipeline, ingest
from historiograph.record import Document, Record, document_id
from historiograph.store import Store

PARAGRAPHS = [
    "On 3 May 2011 rebels attacked the town of Kano, killing 12 people, police said.",
    "Two days later the army retook the town. At least 40 rebels were captured.",
    "In June 2011 the government and the rebels signed a ceasefire in Abuja.",
    "The ceasefire collapsed that autumn, and fighting resumed near Kano.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def test_sections_join_back_to_the_text_and_end_at_paragraph_breaks() -> None:
    sections = list(split_sections(TEXT, limit=170))
    assert "".join(sections) == TEXT
    assert all(len(s) <= 170 for s in sections)
    assert all(s.endswith("\n\n") for s in sections[:-1])
    assert len(sections) > 1


def test_a_text_without_breaks_is_cut_at_spaces_and_never_lost() -> None:
    text = "word " * 100 + "x" * 30
    sections = list(split_sections(text, limit=64))
    assert "".join(sections) == text
    assert all(len(s) <= 64 for s in sections)
    assert list(split_sections("", limit=10)) == [""]


def test_a_sectioned_parse_is_one_doc_with_the_documents_text(nlp_model: Language) -> None:
    doc = parse_in_sections(nlp_model, TEXT, whole_document=(), limit=170)
    assert doc.text == TEXT
    assert [s.text.strip() for s in doc.sents][:2] == [
        PARAGRAPHS[0],
        "Two days later the army retook the town.",
    ]
    assert "Kano" in {e.text for e in doc.ents}


@pytest.fixture(scope="module")
def pipeline(nlp_model: Language) -> Pipeline:
    return build_pipeline()


def test_a_long_document_gives_the_record_it_gives_whole(pipeline: Pipeline) -> None:
    document = Document(id=document_id(TEXT), text=TEXT)
    whole = pipeline.record(document)
    sectioned = dataclasses.replace(pipeline, section_chars=170).record(document)
    # Narrative time runs across sections: "Two days later" still follows 3 May 2011.
    assert [(t.text, t.value) for t in sectioned.timexes] == [
        (t.text, t.value) for t in whole.timexes
    ]
    assert [(c.span, c.low, c.high) for c in sectioned.claims] == [
        (c.span, c.low, c.high) for c in whole.claims
    ]
    assert [e.type for e in sectioned.events] == [e.type for e in whole.events]


def test_a_document_the_pipeline_fails_on_fails_alone(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = pipeline_module.doc_to_record

    def fragile(document: Document, *args: object, **kwargs: object) -> Record:
        if "collapsed" in document.text:
            raise RuntimeError("a rule tripped")
        return real(document, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline_module, "doc_to_record", fragile)
    documents = [
        Document(id=document_id(p), text=p, source=f"doc{i}.txt") for i, p in enumerate(PARAGRAPHS)
    ]
    results = list(pipeline.process_each(documents))
    assert [type(r).__name__ for r in results] == ["Record"] * 3 + ["IngestFailure"]
    failure = results[3]
    assert isinstance(failure, IngestFailure)
    assert failure.source == "doc3.txt" and failure.error.code == "E108"
    assert "RuntimeError: a rule tripped" in failure.error.reason

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, paragraph in enumerate(PARAGRAPHS):
        (corpus / f"doc{i}.txt").write_text(paragraph, encoding="utf-8")
    with Store.open(str(tmp_path / "store.db")) as store:
        summary = ingest([str(corpus)], store=store, pipeline=pipeline, reconcile=False)
        assert (summary.stored, summary.failed) == (3, 1)
        assert summary.failures[0].error.code == "E108"
