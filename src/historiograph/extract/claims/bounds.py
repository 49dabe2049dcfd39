"""A figure and its bounds: the interval a stated number with its qualifier gives.

The record keeps an interval so that figures can be compared and aggregated
the way UCDP aggregates fatality estimates (low, best, high):

- ``exact`` and ``about``: ``low = high = value``. UCDP codes the stated number
  as the estimate; the qualifier keeps the fact that it is approximate.
- ``more_than`` and ``at_least``: ``low = value``, ``high = None`` (no upper
  bound given). "more than 6,000" gives ``low = 6000``: like UCDP and ACLED we
  take the stated number as the conservative figure, not 6,001.
- ``less_than`` and ``up_to``: ``low = None``, ``high = value``.
- ``range``: ``low`` and ``high`` are its ends; ``value`` is the range as
  written ("100 to 200 thousand"). A scale after the second end applies to
  both ("100 to 200 thousand" = 100,000 to 200,000).
- Vague plurals are ``at_least`` twice their base ("dozens" >= 24, "hundreds"
  >= 200, "tens of thousands" >= 20,000), ``value`` is the word as written.
- A share of the figure before ("half of them") waits for it: its ``share``
  is set and :func:`share_of` gives its bounds once the extractor knows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from historiograph.extract.claims.numbers import Number, tidy
from historiograph.record import Qualifier


@dataclass(frozen=True)
class Figure:
    """One figure: token offsets ``[start, end)`` cover the qualifier and the number."""

    start: int
    end: int
    value: Number | str
    low: Number | None
    high: Number | None
    qualifier: Qualifier
    # a share of the figure before ("half of them"): the claim takes ``share``
    # times that figure's value, and ``value``, ``low`` and ``high`` wait for it
    share: float | None = None


def bounded(start: int, end: int, value: Number, qualifier: Qualifier) -> Figure:
    """A single stated number with its qualifier, as ``low``/``high`` (see module doc)."""
    if qualifier in ("more_than", "at_least"):
        return Figure(start, end, value, value, None, qualifier)
    if qualifier in ("less_than", "up_to"):
        return Figure(start, end, value, None, value, qualifier)
    return Figure(start, end, value, value, value, qualifier)


def share_of(figure: Figure, whole: Number) -> Figure:
    """A share figure ("half of them") resolved against the figure it is a share of."""
    share = figure.share if figure.share is not None else 1.0
    value = tidy(round(share * whole))
    return bounded(figure.start, figure.end, value, figure.qualifier)
