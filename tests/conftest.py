"""Shared fixtures.

``shared`` data (the flagship document, development corpora) lives beside the
repository in ``../shared`` and is never copied in; tests that need it skip
with a clear message when it is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from spacy.language import Language

from historiograph.pipeline import Pipeline, build_pipeline
from historiograph.resolve import Gazetteer, KnowledgeBase

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FLAGSHIP = SHARED / "corpus" / "half-a-century-with-mko-part-1.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def flagship_path() -> Path:
    if not FLAGSHIP.is_file():
        pytest.skip(f"flagship document not found at {FLAGSHIP}")
    return FLAGSHIP


@pytest.fixture(scope="session")
def nlp_model() -> Language:
    """The English model pipeline as the product loads it, once per test session; skips if
    no model is installed."""
    from historiograph.nlp.loader import MODEL_PACKAGES, load_nlp

    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return load_nlp(package)
    pytest.skip("no English spaCy model installed")


@pytest.fixture(scope="session")
def pipeline(nlp_model: Language) -> Pipeline:
    """The product's whole pipeline (entities, knowledge base, time tagger, claims and
    events), built once per test session for the tests that read whole records."""
    return build_pipeline()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled knowledge base (no user layers), loaded once per test session; a test
    module that needs another defines its own ``kb``."""
    from historiograph.resolve import load_kb

    return load_kb([])


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The shipped gazetteer index, loaded once per test session."""
    from historiograph.resolve.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def blank_kb_nlp(kb: KnowledgeBase) -> Language:
    """A blank English pipeline with sentences and the bundled KB's entity ruler: linking
    tests that need no statistical model."""
    import spacy

    from historiograph.resolve import add_entity_ruler

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    add_entity_ruler(nlp, kb)
    return nlp


@pytest.fixture(scope="session")
def nlp_with_kb_ruler(nlp_model: Language, kb: KnowledgeBase) -> Language:
    """The model with the bundled knowledge base's entity ruler, once per session: a
    pipeline of its own, so that tests of the bare model never see the ruler."""
    from historiograph.nlp.loader import load_nlp
    from historiograph.resolve import add_entity_ruler

    nlp = load_nlp(nlp_model.meta["historiograph_model_package"])
    add_entity_ruler(nlp, kb)
    return nlp
