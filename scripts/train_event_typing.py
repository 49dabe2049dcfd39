"""Train the events extractor's statistical typing fallback (naive Bayes).

The model chooses among a trigger's readings ("explosions" in a bombing and
in a shelling report; "clashed" between armies and between crowds) from the
words of the trigger's sentence. It is a multinomial naive Bayes over lower-case
words, trained on ACLED's event notes (each note's coded event type and
sub-event type, mapped to the ontology below) plus the trigger lexicon's own
entries (each trigger word counts once for its sense).

ACLED is licensed for research use: the output holds only per-label word
log-probabilities (aggregated counts), never a note's text.

Usage::

    python scripts/train_event_typing.py ../shared/data/events/acled-2020/acled_2020_dev.csv \
        --skip 1000 --out src/historiograph/extract/events/data/typing_model.json

``--skip N`` leaves the file's first N rows out of training, so that
``historiograph eval coded FILE --limit N`` scores rows the model never saw.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from collections import Counter
from pathlib import Path

import yaml

from historiograph.extract.events.typing_model import features

# ACLED sub-event type -> the ontology reading a note of that kind is an example of.
ACLED_TO_ONTOLOGY: dict[str, str] = {
    "Armed clash": "battle/clash",
    "Government regains territory": "battle/territory_lost",
    "Non-state actor overtakes territory": "battle/territory_seized",
    "Shelling/artillery/missile attack": "battle/shelling",
    "Air/drone strike": "battle/air_strike",
    "Remote explosive/landmine/IED": "attack/bombing",
    "Suicide bomb": "attack/bombing",
    "Grenade": "attack/bombing",
    "Attack": "attack/armed_assault",
    "Abduction/forced disappearance": "attack/hostage_taking",
    "Peaceful protest": "protest/demonstration",
    "Protest with intervention": "protest/demonstration",
    "Excessive force against protesters": "repression/crackdown",
    "Violent demonstration": "protest/riot",
    "Mob violence": "protest/riot",
    "Arrests": "repression/arrest",
    "Looting/property destruction": "attack/facility_attack",
    "Agreement": "agreement/pact",
}
# Words seen fewer times than this across the training notes are left out.
MIN_COUNT = 3
# Laplace smoothing.
ALPHA = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("acled", type=Path, help="ACLED CSV with notes and sub_event_type")
    parser.add_argument("--skip", type=int, default=1000, help="rows left out (held out)")
    parser.add_argument("--triggers", type=Path, default=None, help="triggers.yaml")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    label_words: dict[str, Counter[str]] = {}
    label_docs: Counter[str] = Counter()
    with args.acled.open(encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle)):
            label = ACLED_TO_ONTOLOGY.get(row.get("sub_event_type") or "")
            if n < args.skip or label is None or not row.get("notes"):
                continue
            label_docs[label] += 1
            label_words.setdefault(label, Counter()).update(features(row["notes"].split()))
    triggers_path = args.triggers or (
        Path(__file__).resolve().parents[1] / "src/historiograph/extract/events/data/triggers.yaml"
    )
    triggers = yaml.safe_load(triggers_path.read_text("utf-8"))
    for word, sense in triggers["words"].items():
        label = f"{sense['type']}/{sense.get('subtype') or ''}".rstrip("/")
        if label in label_words:
            label_words[label].update(features([word]))

    totals: Counter[str] = Counter()
    for counter in label_words.values():
        totals.update(counter)
    vocabulary = sorted(w for w, c in totals.items() if c >= MIN_COUNT)
    documents = sum(label_docs.values())
    model: dict[str, object] = {
        "about": "Multinomial naive Bayes over sentence words; see scripts/train_event_typing.py",
        "training_rows": documents,
        "priors": {},
        "unseen": {},
        "words": {},
    }
    priors: dict[str, float] = {}
    unseen: dict[str, float] = {}
    words: dict[str, dict[str, float]] = {w: {} for w in vocabulary}
    for label, counter in sorted(label_words.items()):
        priors[label] = round(math.log(label_docs[label] / documents), 4)
        total = sum(counter[w] for w in vocabulary) + ALPHA * len(vocabulary)
        unseen[label] = round(math.log(ALPHA / total), 4)
        for w in vocabulary:
            if counter[w]:
                words[w][label] = round(math.log((counter[w] + ALPHA) / total), 4)
    model["priors"], model["unseen"], model["words"] = priors, unseen, words
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"{documents} notes, {len(priors)} labels, {len(vocabulary)} words -> {args.out}")


if __name__ == "__main__":
    main()
