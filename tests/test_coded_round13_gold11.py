"""The fresh South and Southeast Asian ACLED gold (``tests/gold/coded11-acled-asia.csv``).

Its rows are written like the 2015 Asia file's notes (upper-case columns, no
sub_event_type) and must be read in the pre-2019 scheme, each with a place, a
country and an actor to score.
"""

from __future__ import annotations

from pathlib import Path

from historiograph.evaluate.coded import coded_rows
from historiograph.export import acled

GOLD = Path(__file__).parent / "gold" / "coded11-acled-asia.csv"


def test_every_row_of_the_asian_gold_is_scored_in_the_pre_2019_scheme() -> None:
    rows = list(coded_rows(GOLD, "acled", limit=None))
    assert len(rows) == 25
    assert {r.scheme for r in rows} == {acled.PRE_2019}
    assert all(acled.old_label(r.type_label or "") == r.type_label for r in rows)
    assert all(r.lat is not None and r.country and r.actor for r in rows)
    assert len({r.country for r in rows}) >= 8
