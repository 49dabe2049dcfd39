"""Ingest benchmark: documents/s and MB/s for ingest + store, next to spaCy alone.

Generates a corpus of short synthetic news-style documents (default 2,000),
writes them as .txt files, then measures in one run:

1. ``spacy``: the base English model's own ``nlp.pipe`` over the same texts;
2. ``pipeline``: historiograph's spaCy pipeline (base model + extractors) and
   record building, without reading files or storing;
3. ``ingest+store``: the full ``historiograph ingest`` path — read, clean,
   extract, validate and save to a fresh SQLite store.

The figures to report are the ratios in the same run: (3)/(2) is what reading
and storing cost on top of the NLP (target: under 25%), (2)/(1) what
historiograph's extractors cost on top of spaCy. Reconciling events across
documents, which a real ingest does at the end, is left out here: its cost
depends on how alike the corpus's events are (``benchmarks/reconcile.py``).

Run: ``python benchmarks/ingest.py [--docs N]``; prints a table and writes
``benchmarks/results/ingest.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from corpus import make_document  # benchmarks/corpus.py: the generated news-style texts
from rich.console import Console
from rich.table import Table

from historiograph.ingest import iter_documents
from historiograph.nlp.loader import load_nlp
from historiograph.pipeline import build_pipeline, ingest
from historiograph.record import Document
from historiograph.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--docs", type=int, default=2000, help="documents to generate (default 2000)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "ingest.json"
    )
    args = parser.parse_args()

    rng = random.Random(args.seed)
    texts = [make_document(rng, i) for i in range(args.docs)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    results: dict[str, dict[str, float]] = {}

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")

        def measure(name: str, seconds: float) -> None:
            results[name] = {
                "seconds": round(seconds, 3),
                "docs_per_s": round(args.docs / seconds, 1),
                "mb_per_s": round(megabytes / seconds, 3),
            }

        nlp = load_nlp()
        pipeline = build_pipeline()
        documents = [d for d in iter_documents([str(folder)]) if isinstance(d, Document)]
        # Warm both up (first calls allocate and load lazily) before timing either.
        list(nlp.pipe(texts[:20]))
        list(pipeline.process(documents[:20]))

        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        measure("spacy", time.perf_counter() - start)

        start = time.perf_counter()
        for _ in pipeline.process(documents):
            pass
        measure("pipeline", time.perf_counter() - start)

        with Store.open(str(Path(tmp) / "bench.db")) as store:
            start = time.perf_counter()
            summary = ingest([str(folder)], store=store, pipeline=pipeline, reconcile=False)
            measure("ingest+store", time.perf_counter() - start)
            assert summary.stored == args.docs, summary

    seconds = {name: row["seconds"] for name, row in results.items()}
    ratios = {
        "ingest+store / pipeline": round(seconds["ingest+store"] / seconds["pipeline"], 3),
        "pipeline / spacy": round(seconds["pipeline"] / seconds["spacy"], 3),
        "ingest+store / spacy": round(seconds["ingest+store"] / seconds["spacy"], 3),
    }
    report = {
        "documents": args.docs,
        "megabytes": round(megabytes, 3),
        "results": results,
        "ratios": ratios,
        "pipeline": pipeline.describe(),
    }
    table = Table(title=f"Ingest benchmark: {args.docs} documents, {megabytes:.2f} MB")
    for col in ("stage", "seconds", "docs/s", "MB/s"):
        table.add_column(col, justify="right")
    for name, row in results.items():
        table.add_row(
            name, f"{row['seconds']:.2f}", f"{row['docs_per_s']:.1f}", f"{row['mb_per_s']:.3f}"
        )
    console = Console()
    console.print(table)
    for name, ratio in ratios.items():
        console.print(f"{name}: {ratio:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
