"""Lead fixes found while integrating round 27.

A life lived "in exile" is the state an act took place in ("The Front is founded in exile in
Cairo", "he died in exile"), not a going into exile: only "into exile", or exile as an act of
its own ("His exile began in 1953"), moves anyone.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_an_act_done_in_exile_is_no_exile(pipeline: Pipeline) -> None:
    text = "1962 – The National Liberation Front is founded in exile in Cairo."
    assert [(kind, sub) for _, kind, sub in readings(pipeline, text)] == [
        ("organization", "founding")
    ]
    assert readings(pipeline, "The old king died in exile in Egypt in 1924.") == []


def test_going_into_exile_is_an_exile(pipeline: Pipeline) -> None:
    text = "In 1979 the writer went into exile in Paris."
    assert [(kind, sub) for _, kind, sub in readings(pipeline, text)] == [("relocation", "exile")]
