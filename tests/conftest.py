"""Shared fixtures.

``shared`` data (the flagship document, development corpora) lives beside the
repository in ``../shared`` and is never copied in; tests that need it skip
with a clear message when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

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
    """The English model pipeline, loaded once per test session; skips if not installed."""
    from historiograph.nlp.loader import MODEL_PACKAGES, _load_model

    for package in MODEL_PACKAGES:
        nlp = _load_model(package, ())
        if nlp is not None:
            return nlp
    pytest.skip("no English spaCy model installed")
