"""Pipeline benchmark: the whole extraction pipeline next to spaCy's model alone.

Measures, on the same generated texts in one run:

1. ``spacy``: ``en_core_web_sm``'s own ``nlp.pipe``;
2. ``nlp+components``: the same model with historiograph's components
   (knowledge-base ruler, time, claims) in ``nlp.pipe``;
3. ``full``: (2) plus entity resolution, events and record validation — what
   ``Pipeline.process`` does for every document.

The figure to report is full throughput as a fraction of spaCy's (target: at
least 0.5), and where the rest of the time goes.

Run: ``python benchmarks/pipeline.py [--docs N]``; prints a table and writes
``benchmarks/results/pipeline.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from corpus import make_document  # benchmarks/corpus.py: the generated news-style texts
from rich.console import Console
from rich.table import Table

from historiograph.nlp.loader import load_nlp
from historiograph.pipeline import build_pipeline, doc_to_record
from historiograph.record import Document, document_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="documents to generate (default 500)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "pipeline.json"
    )
    args = parser.parse_args()

    rng = random.Random(args.seed)
    texts = [make_document(rng, i) for i in range(args.docs)]
    documents = [Document(id=document_id(t), text=t) for t in texts]
    words = sum(len(t.split()) for t in texts)

    base = load_nlp()
    pipeline = build_pipeline()
    list(base.pipe(texts[:20]))  # warm both up before timing either
    list(pipeline.process(documents[:20]))

    start = time.perf_counter()
    for _ in base.pipe(texts, batch_size=16):
        pass
    spacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    docs = list(pipeline.nlp.pipe(texts, batch_size=16))
    components_seconds = time.perf_counter() - start

    start = time.perf_counter()
    for document, doc in zip(documents, docs, strict=True):
        doc_to_record(document, doc, kb=pipeline.kb, gazetteer=pipeline.gazetteer)
    record_seconds = time.perf_counter() - start
    full_seconds = components_seconds + record_seconds

    rows = {
        "spacy": spacy_seconds,
        "nlp+components": components_seconds,
        "full": full_seconds,
    }
    results = {
        name: {
            "seconds": round(seconds, 3),
            "docs_per_s": round(args.docs / seconds, 1),
            "words_per_s": round(words / seconds),
            "relative_throughput": round(spacy_seconds / seconds, 3),
        }
        for name, seconds in rows.items()
    }
    report = {
        "documents": args.docs,
        "words": words,
        "results": results,
        "record_stage_seconds": round(record_seconds, 3),
        "full_throughput_vs_spacy": round(spacy_seconds / full_seconds, 3),
        "pipeline": pipeline.describe(),
    }
    table = Table(title=f"Pipeline benchmark: {args.docs} documents, {words:,} words")
    for col in ("stage", "seconds", "docs/s", "words/s", "throughput vs spaCy"):
        table.add_column(col, justify="right")
    for name, row in results.items():
        table.add_row(
            name,
            f"{row['seconds']:.2f}",
            f"{row['docs_per_s']:.1f}",
            f"{row['words_per_s']:,}",
            f"{row['relative_throughput']:.2f}",
        )
    console = Console()
    console.print(table)
    console.print(f"resolve + events + validation: {record_seconds:.2f} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
