"""Long-document benchmark: does extraction time grow linearly with a document's length?

A book chapter or a report with annexes is one document of hundreds of
thousands of characters. Each size here is one document made of the
generated news-style paragraphs (``corpus.make_document``), timed through

1. ``spacy``: ``en_core_web_sm`` alone on the whole text (its own limit is
   1,000,000 characters), the baseline measured in the same run;
2. ``pipeline``: ``Pipeline.record`` — historiograph's whole pipeline, which
   above 100,000 characters runs the model in sections.

The figures to report: the pipeline's characters per second at each size,
its time as a multiple of spaCy's at the same size (flat when extraction is
linear like the model), and the growth exponent between the two largest sizes
(1.0 = linear, 2.0 = quadratic).

Run: ``python benchmarks/long_document.py [--sizes 20000 80000 320000]``;
prints a table and writes ``benchmarks/results/long_document.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import time
from pathlib import Path

from corpus import make_document  # benchmarks/corpus.py: the generated news-style texts
from rich.console import Console
from rich.table import Table

from historiograph.nlp.loader import load_nlp
from historiograph.pipeline import build_pipeline
from historiograph.record import Document, document_id


def long_text(rng: random.Random, chars: int) -> str:
    """Generated reports joined as paragraphs until the text is ``chars`` long."""
    parts: list[str] = []
    total = 0
    while total < chars:
        part = make_document(rng, len(parts))
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts)[:chars]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 80_000, 320_000])
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "long_document.json"
    )
    args = parser.parse_args()

    base = load_nlp()
    pipeline = build_pipeline()
    warm = long_text(random.Random(0), 3_000)
    base(warm)
    pipeline.record(Document(id=document_id(warm), text=warm))

    results = []
    for size in sorted(args.sizes):
        text = long_text(random.Random(args.seed), size)
        start = time.perf_counter()
        base(text)
        spacy_seconds = time.perf_counter() - start
        start = time.perf_counter()
        record = pipeline.record(Document(id=document_id(text), text=text))
        seconds = time.perf_counter() - start
        results.append(
            {
                "chars": len(text),
                "spacy_seconds": round(spacy_seconds, 2),
                "pipeline_seconds": round(seconds, 2),
                "pipeline_chars_per_s": round(len(text) / seconds),
                "pipeline_vs_spacy_time": round(seconds / spacy_seconds, 2),
                "events": len(record.events),
                "peak_rss_mb": round(_peak_rss_mb()),
            }
        )
    growth = None
    if len(results) > 1:
        first, last = results[-2:]
        growth = math.log(last["pipeline_seconds"] / first["pipeline_seconds"]) / math.log(
            last["chars"] / first["chars"]
        )
    report = {
        "results": results,
        "growth_exponent": None if growth is None else round(growth, 2),
        "section_chars": pipeline.section_chars,
        "pipeline": pipeline.describe(),
    }
    table = Table(title="Long documents: one document per size")
    for col in (
        "chars",
        "spaCy s",
        "pipeline s",
        "pipeline chars/s",
        "× spaCy",
        "events",
        "RSS MB",
    ):
        table.add_column(col, justify="right")
    for row in results:
        table.add_row(
            f"{row['chars']:,}",
            f"{row['spacy_seconds']:.2f}",
            f"{row['pipeline_seconds']:.2f}",
            f"{row['pipeline_chars_per_s']:,}",
            f"{row['pipeline_vs_spacy_time']:.2f}",
            str(row["events"]),
            str(row["peak_rss_mb"]),
        )
    console = Console()
    console.print(table)
    console.print(f"growth exponent between the two largest sizes: {report['growth_exponent']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
