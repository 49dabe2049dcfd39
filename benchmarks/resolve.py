"""Benchmark resolution: gazetteer load time and memory, the share of pipeline
time that resolution adds, and the fuzzy-matching threshold.

    .venv/bin/python benchmarks/resolve.py [--fuzzy] [--geo] [--end-to-end] [--variants]

``--fuzzy`` measures :data:`historiograph.resolve.link.FUZZY_THRESHOLD`:
each KB alias of an entity with several names is held out in turn and
matched (rapidfuzz ratio on transliteration keys) against the remaining KB
names; a correct top hit above the threshold is a true link, a wrong one a
false link. Names of people and organizations from CoNLL-2003 (which the KB
does not hold) give the false-link rate on unrelated names.

``--geo`` scores toponym resolution with gold spans on LGL and GeoVirus, split
in two: the even-numbered documents, on which ``data/toponyms.yaml`` and the
gazetteer's data files were tuned, and the odd-numbered ones, held out.
With ``--end-to-end`` it recognises the toponyms too (the English model and
the KB ruler), which takes a minute. "acc@161" counts a missed toponym as a
failure; "of found" is the published convention (geocoding scored on the
toponyms found, recall and precision of recognition beside it: see
:mod:`historiograph.evaluate.geo`).

``--variants`` measures the support rule for readings through another spelling
(:func:`historiograph.resolve.toponyms._drop_unsupported_readings`) on the even
halves, with gold spans: for the rule off and for each ``variant_population``,
how many gold toponyms it turns from right (within 161 km) to wrong or unplaced
(right readings lost), from wrong to unplaced (wrong pins dropped) and from wrong
to right.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import time
from pathlib import Path
from unittest import mock

import spacy
from rapidfuzz import fuzz, process

from historiograph.evaluate.geo import ACCURACY_KM, evaluate_geo, read_toponym_xml
from historiograph.nlp.loader import load_nlp
from historiograph.resolve import (
    add_entity_ruler,
    load_gazetteer,
    load_kb,
    resolve_entities,
    toponyms,
)
from historiograph.resolve.keys import translit_key

SHARED = Path(__file__).resolve().parents[2] / "shared"
FLAGSHIP = SHARED / "corpus" / "half-a-century-with-mko-part-1.txt"
CONLL = SHARED / "data" / "ner" / "conll-2003" / "eng.testa"
GEOPARSING = SHARED / "data" / "geoparsing"


def gazetteer_cost() -> None:
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    seconds = time.perf_counter() - start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"gazetteer: {len(gazetteer)} places, load {seconds:.2f} s, "
        f"max RSS {rss_before:.0f} -> {rss_after:.0f} MiB (+{rss_after - rss_before:.0f})"
    )


def pipeline_share(repeat: int = 5) -> None:
    text = FLAGSHIP.read_text(encoding="utf-8")
    nlp = load_nlp()
    kb, gazetteer = load_kb(), load_gazetteer()
    nlp(text)
    start = time.perf_counter()
    for _ in range(repeat):
        nlp(text)
    base = (time.perf_counter() - start) / repeat
    add_entity_ruler(nlp, kb)
    resolve_entities(nlp(text), kb=kb, gazetteer=gazetteer)
    start = time.perf_counter()
    for _ in range(repeat):
        resolve_entities(nlp(text), kb=kb, gazetteer=gazetteer)
    full = (time.perf_counter() - start) / repeat
    print(
        f"flagship: pipeline {base * 1000:.0f} ms, with ruler + resolution {full * 1000:.0f} ms "
        f"(+{(full - base) / base:.0%})"
    )


def conll_names() -> list[str]:
    names: list[str] = []
    current: list[str] = []
    for line in CONLL.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        tag = parts[-1] if parts else "O"
        if tag.endswith(("PER", "ORG")) and not (tag.startswith("B-") and current):
            current.append(parts[0])
            continue
        if current:
            names.append(" ".join(current))
        current = [parts[0]] if tag.endswith(("PER", "ORG")) else []
    return sorted(set(names))


def fuzzy_sweep() -> None:
    kb = load_kb()
    keys = kb.index
    held: list[tuple[str, str]] = []
    for entity in kb:
        if entity.kind != "place" and len(entity.names()) > 1:
            held += [
                (translit_key(n), entity.id) for n in entity.names() if len(translit_key(n)) >= 6
            ]
    negatives = [translit_key(n) for n in conll_names() if len(translit_key(n)) >= 6]
    negatives = [k for k in negatives if k not in keys]
    print(f"fuzzy: {len(held)} held-out aliases, {len(negatives)} unrelated CoNLL names")
    for threshold in (75, 80, 85, 88, 90, 95):
        right = wrong = 0
        for key, ident in held:
            others = [k for k in keys if k != key and len(k) >= 6]
            hit = process.extractOne(key, others, scorer=fuzz.ratio, score_cutoff=threshold)
            if hit is not None:
                ids = {i for i, _ in keys[hit[0]]}
                right += ident in ids
                wrong += ident not in ids
        false = sum(
            process.extractOne(k, list(keys), scorer=fuzz.ratio, score_cutoff=threshold) is not None
            for k in negatives
        )
        print(
            f"  {threshold}: right {right / len(held):.2f}, wrong {wrong / len(held):.2f}, "
            f"unrelated linked {false / max(1, len(negatives)):.3f}"
        )


def geo_split(end_to_end: bool = False) -> None:
    kb, gazetteer = load_kb(), load_gazetteer()
    nlp = load_nlp() if end_to_end else spacy.blank("en")
    if end_to_end:
        add_entity_ruler(nlp, kb)
    setting = "end to end" if end_to_end else "gold spans"
    for name, reader, path in (
        ("LGL", read_toponym_xml, GEOPARSING / "LGL" / "lgl.xml"),
        ("GeoVirus", read_toponym_xml, GEOPARSING / "GeoVirus" / "GeoVirus.xml"),
    ):
        documents = list(reader(path))
        for half, part in (("tuned", documents[::2]), ("held out", documents[1::2])):
            s = evaluate_geo(
                part, nlp, gold_spans=not end_to_end, kb=kb, gazetteer=gazetteer
            ).summary()
            print(
                f"{name} {half} ({setting}): {s['toponyms']} toponyms, "
                f"acc@161 {s['accuracy_161km']:.3f} "
                f"(of found {s['accuracy_161km_of_resolved']:.3f}, "
                f"recall {s['recall']:.3f}, precision {s['precision']:.3f}), "
                f"mean {s['mean_km']:.0f} km, median {s['median_km']:.0f} km, AUC {s['auc']:.3f}"
            )


def variant_sweep() -> None:
    kb, gazetteer, nlp = load_kb(), load_gazetteer(), spacy.blank("en")
    documents = [
        d
        for corpus in ("LGL/lgl.xml", "GeoVirus/GeoVirus.xml")
        for d in list(read_toponym_xml(GEOPARSING / corpus))[::2]
    ]

    def errors() -> list[float | None]:
        return evaluate_geo(documents, nlp, gold_spans=True, kb=kb, gazetteer=gazetteer).errors

    with mock.patch.object(toponyms, "_drop_unsupported_readings", return_value=False):
        off = errors()
    right = [e is not None and e <= ACCURACY_KM for e in off]
    print(f"rule off: {len(off)} toponyms, {sum(right)} right")
    shipped = toponyms.default_weights()
    for population in (100_000, 1_000_000, 10_000_000):
        weights = dataclasses.replace(shipped, variant_population=population)
        with mock.patch.object(toponyms, "default_weights", return_value=weights):
            on = errors()
        now = [e is not None and e <= ACCURACY_KM for e in on]
        lost = sum(r and not n for r, n in zip(right, now, strict=True))
        dropped = sum(
            not r and b is not None and a is None for r, b, a in zip(right, off, on, strict=True)
        )
        fixed = sum(n and not r for r, n in zip(right, now, strict=True))
        print(
            f"variant_population {population}: {sum(now)} right; right readings lost {lost}, "
            f"wrong pins dropped {dropped}, wrong turned right {fixed}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fuzzy", action="store_true", help="Sweep the fuzzy threshold too.")
    parser.add_argument("--geo", action="store_true", help="Geoparsing on LGL and GeoVirus halves.")
    parser.add_argument("--geo-only", action="store_true", help="Only the geoparsing figures.")
    parser.add_argument(
        "--variants", action="store_true", help="Only the variant-reading sweep (even halves)."
    )
    parser.add_argument(
        "--end-to-end", action="store_true", help="Geoparsing with our own toponym recognition."
    )
    args = parser.parse_args()
    if args.variants:
        variant_sweep()
        return
    if args.geo_only:
        geo_split(args.end_to_end)
        return
    gazetteer_cost()
    if FLAGSHIP.is_file():
        pipeline_share()
    if args.fuzzy and CONLL.is_file():
        fuzzy_sweep()
    if args.geo and GEOPARSING.is_dir():
        geo_split(args.end_to_end)


if __name__ == "__main__":
    main()
