"""Benchmark the temporal tagger: sentences per second, alone and in a pipeline.

Measures, on the same text in the same run:

* the ``historiograph_time`` component alone on ``spacy.blank("en")``
  (tokenizer + sentencizer + tagger), in sentences per second;
* the English model pipeline (en_core_web_sm) with and without the
  component, and the share of time the component adds (target: < 15%);
* dateparser's ``search_dates`` over the same sentences, the baseline.

The text is the flagship document plus the WikiWars development files when
``../shared`` is present, else a built-in paragraph repeated. Prints a table
and writes ``benchmarks/results/time.json``.

    .venv/bin/python benchmarks/time.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from rich.console import Console
from rich.table import Table

from historiograph.evaluate.timeml import read_timeml
from historiograph.extract.time import component  # noqa: F401  (registers the factory)
from historiograph.nlp.loader import load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "results" / "time.json"
FALLBACK = (
    "In early 1988 the group carried out two operations. Two days later, on August 20, "
    "1988, a ceasefire began. Since June 19, 1981, to the summer of 1982, attacks went on "
    "for eight years in the 1980s. 72 leaders and 1,200 attempts are not times."
)


def corpus() -> list[str]:
    """Benchmark texts: shared documents when available, else a built-in paragraph."""
    texts: list[str] = []
    flagship = SHARED / "corpus" / "half-a-century-with-mko-part-1.txt"
    if flagship.is_file():
        texts.append(flagship.read_text(encoding="utf-8"))
    wikiwars = SHARED / "data" / "temporal" / "wikiwars-dev"
    texts += [read_timeml(p).text for p in sorted(wikiwars.glob("*.tml"))[:4]]
    return texts or [FALLBACK * 50]


def best_of(repeat: int, work: Callable[[], Any]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed one)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = corpus()

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    sentences = [s.text for doc in blank.pipe(texts) for s in doc.sents if s.text.strip()]
    n = len(sentences)

    # The component's own cost, timed directly: the difference of two
    # pipeline timings drowns in their noise on a shared machine.
    tagger = blank.add_pipe("historiograph_time")
    docs = [blank.make_doc(t) for t in texts]
    component_alone = best_of(args.repeat, lambda: [tagger(d) for d in docs])
    with_blank = best_of(args.repeat, lambda: list(blank.pipe(texts)))

    model = load_nlp()
    base_model = best_of(args.repeat, lambda: list(model.pipe(texts)))
    model.add_pipe("historiograph_time")
    with_model = best_of(args.repeat, lambda: list(model.pipe(texts)))
    model.remove_pipe("historiograph_time")

    from dateparser.search import search_dates

    dateparser_time = best_of(1, lambda: [search_dates(s, languages=["en"]) for s in sentences])

    results = {
        "sentences": n,
        "characters": sum(len(t) for t in texts),
        "model": model.meta.get("name"),
        "component_sentences_per_s": n / component_alone,
        "blank_pipeline_with_component_sentences_per_s": n / with_blank,
        "model_pipeline_s": base_model,
        "model_pipeline_with_component_s": with_model,
        "component_s": component_alone,
        "added_share": component_alone / base_model,
        "added_share_measured_by_difference": (with_model - base_model) / base_model,
        "dateparser_sentences_per_s": n / dateparser_time,
    }
    table = Table(title=f"Temporal tagging speed ({n} sentences)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row(
        "historiograph_time alone, sentences/s", f"{results['component_sentences_per_s']:,.0f}"
    )
    table.add_row(
        "blank en + component, sentences/s",
        f"{results['blank_pipeline_with_component_sentences_per_s']:,.0f}",
    )
    table.add_row(f"{results['model']} pipeline, s", f"{base_model:.3f}")
    table.add_row(f"{results['model']} + component, s", f"{with_model:.3f}")
    table.add_row(
        "time the component adds (its own time / pipeline)", f"{results['added_share']:.1%}"
    )
    table.add_row(
        "  same, by difference of pipeline runs (noisy)",
        f"{results['added_share_measured_by_difference']:.1%}",
    )
    table.add_row(
        "dateparser search_dates, sentences/s", f"{results['dateparser_sentences_per_s']:,.0f}"
    )
    Console().print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
