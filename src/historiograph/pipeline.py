"""The pipeline: documents in, records out, and an ingest run into the store.

Stage order (each a plain function or spaCy component; the record is the only
thing that passes between stages):

1. ingest  — :func:`historiograph.ingest.iter_documents` reads and cleans files
   into :class:`~historiograph.record.Document` objects, or failures;
2. NLP     — the spaCy pipeline from :func:`historiograph.nlp.loader.load_nlp`
   with the knowledge-base entity ruler and historiograph's extractors added
   as components;
3. record  — :func:`doc_to_record` resolves entities and places
   (:func:`historiograph.resolve.resolve_entities`), gathers what the components found, adds the
   events built from them (:func:`historiograph.extract.events.extract_events`)
   and validates the :class:`~historiograph.record.Record`;
4. store   — :meth:`historiograph.store.Store.save_record`, one transaction per
   document, idempotent on the document id;
5. reconcile — at the end of a run, new documents' events join the event
   clusters across documents (:func:`historiograph.reconcile.reconcile_pending`).

An ingest run is resumable because of (4): a document already stored is
skipped before NLP, so a run killed half-way and started again does the rest
and nothing twice. A file that fails is recorded with its reason and the
batch goes on.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.metadata
import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, BinaryIO

from spacy.language import Language
from spacy.tokens import Doc

from historiograph.errors import ExtractionError
from historiograph.extract.events import extract_events
from historiograph.ingest import DEFAULT_MAX_BYTES, IngestFailure, iter_documents
from historiograph.ingest.metadata import title_date, wire_date
from historiograph.nlp.loader import describe_pipeline, load_nlp
from historiograph.nlp.paragraphs import add_paragraph_breaks
from historiograph.nlp.sections import SECTION_CHARS, parse_in_sections
from historiograph.reconcile import reconcile_pending
from historiograph.record import Claim, Document, Record, Timex
from historiograph.resolve import (
    Gazetteer,
    KnowledgeBase,
    add_entity_ruler,
    load_gazetteer,
    load_kb,
    resolve_entities,
)
from historiograph.store import Store

logger = logging.getLogger(__name__)

# historiograph's own spaCy components, in pipeline order: (factory name, module
# that registers it). Each assigns one Doc extension that doc_to_record reads.
EXTRACTOR_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("historiograph_time", "historiograph.extract.time.component"),
    ("historiograph_claims", "historiograph.extract.claims.component"),
)


@dataclass
class Pipeline:
    """A spaCy pipeline with historiograph's extractors, turning documents into records."""

    nlp: Language
    kb: KnowledgeBase
    gazetteer: Gazetteer
    batch_size: int = 16
    section_chars: int = SECTION_CHARS
    """Longer documents go through the model in sections (:mod:`historiograph.nlp.sections`)."""

    def process(self, documents: Iterable[Document]) -> Iterator[Record]:
        """Records for documents, in order, batching the NLP work with ``nlp.pipe``."""
        for batch in _batches(documents, self.batch_size):
            yield from self._process_batch(batch)

    def process_each(self, documents: Iterable[Document]) -> Iterator[Record | IngestFailure]:
        """Like :meth:`process`, with a failure in place of each document the pipeline
        cannot handle, so that one document never stops a batch.

        A batch that raises is run again one document at a time; the document that
        raises alone becomes an :class:`~historiograph.ingest.IngestFailure` (E108)
        whose reason names the exception, and is logged with its traceback.
        """
        for batch in _batches(documents, self.batch_size):
            try:
                records: list[Record | IngestFailure] = list(self._process_batch(batch))
            except Exception:
                records = [self._process_alone(document) for document in batch]
            yield from records

    def record(self, document: Document) -> Record:
        """The record of one document."""
        return next(self._process_batch([document]))

    def _process_alone(self, document: Document) -> Record | IngestFailure:
        try:
            return self.record(document)
        except Exception as exc:
            source = document.source or document.id
            logger.exception("extraction failed on %s", source)
            reason = f"extraction failed: {type(exc).__name__}: {exc}"
            return IngestFailure(source, ExtractionError(reason))

    def _process_batch(self, documents: list[Document]) -> Iterator[Record]:
        short = [d for d in documents if len(d.text) <= self.section_chars]
        parsed = self.nlp.pipe([self._make_doc(d) for d in short])
        for document in documents:
            long = len(document.text) > self.section_chars
            doc = self._in_sections(document) if long else next(parsed)
            yield doc_to_record(document, doc, kb=self.kb, gazetteer=self.gazetteer)

    def _make_doc(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(document.text)
        self._set_published(doc, document)
        return doc

    @staticmethod
    def _set_published(doc: Doc, document: Document) -> None:
        """The day relative times count from: the publication date, else the date of a
        wire dateline ("LIMA, Aug. 3, 1989 --"), else the one complete date of the
        title, in the order ingest reads them from a file; a document built in code
        (the Python API, gold texts, one stored before ingest read titles' dates)
        has only its text and title."""
        if Doc.has_extension("published"):
            published = document.published or wire_date(document.text)
            if published is None and (dated := title_date(document.title)) is not None:
                published = dated[0]
            doc._.published = published

    def _in_sections(self, document: Document) -> Doc:
        """A document longer than one section: the model a section at a time, then
        historiograph's own components over the whole (see :mod:`historiograph.nlp.sections`)."""
        own = {name for name, _ in EXTRACTOR_COMPONENTS}
        doc = parse_in_sections(
            self.nlp, document.text, whole_document=own, limit=self.section_chars
        )
        self._set_published(doc, document)
        for name, component in self.nlp.pipeline:
            if name in own:
                doc = component(doc)
        return doc

    def describe(self) -> dict[str, Any]:
        """Versions and components, as stored with each ingest run and shown by ``doctor``.

        Each stored document links to the run that extracted it, so this is
        also each document's pipeline: ``historiograph reprocess`` compares its
        :func:`pipeline_version` with the current one. The knowledge base is
        part of it (``kb``, see :func:`kb_digest`): its names are what the
        entity ruler matches and resolution links to, so the same code and
        model with another KB extract other records. So are the rule data the
        stages read (``rules``, see :func:`rules_digest`): a lexicon or the
        gazetteer index can change between two commits of one release.
        """
        return {
            "historiograph": importlib.metadata.version("historiograph"),
            **describe_pipeline(self.nlp),
            "kb": kb_digest(self.kb),
            "rules": rules_digest(),
        }


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def kb_digest(kb: KnowledgeBase) -> str:
    """A fingerprint of the knowledge base as loaded: every layer's entities, in load order.

    The loaded entities are hashed, not the files' bytes: a comment, a
    reordered key or a reformatted file changes nothing extracted and marks
    nothing for re-extraction, while any entity field, added entity or
    changed user layer does. Load order is kept because later layers
    override earlier ones and the ruler's patterns follow it.
    """
    digest = hashlib.sha256()
    for entity in kb:
        digest.update(entity.model_dump_json().encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()[:16]


RULE_DATA = ("ingest", "extract", "resolve")
"""The packages whose ``data`` folders hold what extraction reads (lexicons,
patterns, the gazetteer index); the knowledge base under ``resolve/data/kb``
is left to :func:`kb_digest`, which hashes it as loaded."""
RULE_SUFFIXES = frozenset({".yaml", ".json", ".tsv"})


@functools.cache
def rules_digest(root: Path | None = None) -> str:
    """A fingerprint of the rule data under ``root`` (default: the installed
    package): every data file's path and bytes.

    Hashed once per process (the gazetteer index is some 25 MB, a few tens
    of milliseconds). Bytes, not parsed content, because these files are
    read by many modules in many ways; a comment edit re-extracts once.
    """
    root = root or Path(str(files("historiograph")))
    digest = hashlib.sha256()
    for package in RULE_DATA:
        for path in sorted((root / package).rglob("data/**/*")):
            relative = path.relative_to(root)
            if path.suffix not in RULE_SUFFIXES or "kb" in relative.parts:
                continue
            digest.update(relative.as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def pipeline_version(description: Mapping[str, Any]) -> str:
    """A short fingerprint of a pipeline description: equal descriptions, equal versions.

    Descriptions stored before the knowledge base was part of them have no
    ``kb`` key, so their documents count as stale once, and are re-extracted
    with a known KB by the next ``historiograph reprocess``.
    """
    canonical = json.dumps(description, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def build_pipeline(
    model: str | None = None, *, kb_paths: Sequence[Path] | None = None, batch_size: int = 16
) -> Pipeline:
    """The base spaCy pipeline with the knowledge-base ruler and every extractor.

    ``kb_paths`` are the user's knowledge-base files, layered over the bundled
    ones (default: ``$HISTORIOGRAPH_KB``).
    """
    nlp = load_nlp(model)
    add_paragraph_breaks(nlp)
    kb = load_kb(kb_paths)
    add_entity_ruler(nlp, kb)
    for factory, module in EXTRACTOR_COMPONENTS:
        importlib.import_module(module)
        nlp.add_pipe(factory)
    return Pipeline(nlp=nlp, kb=kb, gazetteer=load_gazetteer(), batch_size=batch_size)


def _extension(doc: Doc, name: str) -> list[Any]:
    if Doc.has_extension(name):
        value = getattr(doc._, name)
        return list(value) if value else []
    return []


def doc_to_record(
    document: Document,
    doc: Doc,
    *,
    kb: KnowledgeBase | None = None,
    gazetteer: Gazetteer | None = None,
) -> Record:
    """Gather the processed Doc's findings into a record (validated: spans must hold)."""
    entities, mentions = resolve_entities(doc, kb=kb, gazetteer=gazetteer)
    timexes: list[Timex] = _extension(doc, "timexes")
    claims: list[Claim] = _extension(doc, "claims")
    found = extract_events(
        doc,
        entities=entities,
        mentions=mentions,
        timexes=timexes,
        claims=claims,
        skip=[r.span for r in document.references],
    )
    return Record(
        document=document,
        entities=entities + found.entities,
        mentions=mentions,
        timexes=timexes,
        claims=found.claims,
        events=found.events,
    )


@dataclass
class RunSummary:
    """What an ingest run did, for the closing table and for scripts."""

    run_id: int
    stored: int = 0
    skipped: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    characters: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)


ProgressCallback = Callable[[str], None]


def _new_documents(
    items: Iterable[Document | IngestFailure],
    store: Store,
    summary: RunSummary,
    on_item: ProgressCallback | None,
) -> Iterator[Document]:
    """Pass on documents not yet stored; record failures and count skips as they stream by."""
    for item in items:
        if on_item is not None:
            on_item(item.source if isinstance(item, IngestFailure) else item.source or "")
        if isinstance(item, IngestFailure):
            _record_failure(store, summary, item)
        elif store.has_document(item.id):
            summary.skipped += 1
        else:
            yield item


def ingest(
    inputs: Sequence[str],
    *,
    store: Store,
    pipeline: Pipeline,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_item: ProgressCallback | None = None,
    reconcile: bool = True,
    encoding: str | None = None,
) -> RunSummary:
    """Ingest files into the store: read, clean, extract and save each new document.

    Failures never stop the batch; they are stored as error rows of this run.
    Each document is saved in its own transaction as soon as it is processed.
    With ``reconcile`` (the default) the new documents' events then join the
    event clusters; benchmarks turn it off to time extraction and storage alone.
    """
    started = time.perf_counter()
    run_id = store.start_run(inputs=list(inputs), pipeline=pipeline.describe())
    summary = RunSummary(run_id=run_id)
    try:
        documents = _new_documents(
            iter_documents(inputs, stdin=stdin, max_bytes=max_bytes, encoding=encoding),
            store,
            summary,
            on_item,
        )
        for record in pipeline.process_each(documents):
            if isinstance(record, IngestFailure):
                _record_failure(store, summary, record)
            # A document can repeat inside one batch (the same text in two files).
            elif store.save_record(record, run_id=run_id):
                summary.stored += 1
                summary.characters += len(record.document.text)
            else:
                summary.skipped += 1
        # New documents join the event clusters incrementally (existing clusters are
        # not recomputed); a failure here still closes the run, its documents kept.
        if reconcile:
            reconcile_pending(store)
    except BaseException:
        close_run(store, summary, started, status="interrupted")
        raise
    close_run(store, summary, started)
    return summary


def _record_failure(store: Store, summary: RunSummary, failure: IngestFailure) -> None:
    summary.failures.append(failure)
    store.record_error(
        summary.run_id, source=failure.source, code=failure.error.code, reason=failure.error.reason
    )


def close_run(
    store: Store, summary: RunSummary, started: float, *, status: str = "finished"
) -> None:
    """Record how a run ended — finished, or interrupted with what it had stored so far."""
    summary.seconds = time.perf_counter() - started
    store.finish_run(
        summary.run_id,
        stored=summary.stored,
        skipped=summary.skipped,
        failed=summary.failed,
        status=status,
    )
