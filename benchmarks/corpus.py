"""A generated corpus of short news-style texts, shared by the benchmarks.

The texts have what historiograph extracts — dates, places, actors, figures
with sources and qualifiers — in varied combinations, so that throughput is
measured on realistic work rather than on empty text.
"""

from __future__ import annotations

import random

PLACES = ["Baghdad", "Tehran", "Basra", "Kirkuk", "Mosul", "Ahvaz", "Kermanshah", "Diyala", "Erbil"]
ACTORS = [
    "the army",
    "a militia",
    "the police",
    "an armed group",
    "rebel fighters",
    "security forces",
]
VERBS = ["attacked", "bombed", "raided", "shelled", "stormed"]
TARGETS = ["a checkpoint", "the governor's office", "a market", "a convoy", "a police station"]
SOURCES = ["officials", "the interior ministry", "witnesses", "the group", "a local hospital"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def make_document(rng: random.Random, index: int) -> str:
    """A short news-style text with dates, places, actors and figures."""
    paragraphs = [f"Report {index}: violence in {rng.choice(PLACES)}"]
    for _ in range(rng.randint(3, 6)):
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1979, 2015)
        killed, injured = rng.randint(1, 300), rng.randint(0, 900)
        paragraphs.append(
            f"On {month} {day}, {year}, {rng.choice(ACTORS)} {rng.choice(VERBS)} "
            f"{rng.choice(TARGETS)} in {rng.choice(PLACES)}. According to {rng.choice(SOURCES)}, "
            f"at least {killed} people were killed and {injured} were injured. "
            f"Two days later, {rng.choice(ACTORS)} said that more than {killed + 10} had died, "
            f"a figure that {rng.choice(SOURCES)} denied."
        )
    return "\n\n".join(paragraphs) + "\n"
