"""The fresh ACLED gold (``tests/gold/coded10-acled-old.csv``) reads as the old scheme's rows."""

from __future__ import annotations

from pathlib import Path

from historiograph.evaluate.coded import coded_rows
from historiograph.export import acled

GOLD = Path(__file__).parent / "gold" / "coded10-acled-old.csv"


def test_every_row_of_the_fresh_gold_is_scored_in_the_pre_2019_scheme() -> None:
    rows = list(coded_rows(GOLD, "acled", limit=None))
    assert len(rows) >= 20
    assert {r.scheme for r in rows} == {acled.PRE_2019}
    assert all(acled.old_label(r.type_label or "") == r.type_label for r in rows)
    assert all(r.lat is not None and r.country and r.actor for r in rows)
