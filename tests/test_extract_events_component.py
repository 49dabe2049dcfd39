"""The events extractor as a spaCy component in a pipeline a user assembles."""

from __future__ import annotations

import subprocess
import sys

from historiograph.nlp.loader import load_nlp


def test_a_users_own_pipeline_gets_events_with_their_toll_and_date() -> None:
    import historiograph.extract.claims.component
    import historiograph.extract.events.component
    import historiograph.extract.time.component  # noqa: F401  (registers the factories)

    nlp = load_nlp()
    for name in ("historiograph_time", "historiograph_claims"):
        nlp.add_pipe(name)
    nlp.add_pipe("historiograph_events", config={"gazetteer": False})
    doc = nlp("On June 28, 1981, a bomb destroyed the party headquarters, killing 72 people.")
    [event] = doc._.events
    assert (event.type, event.subtype) == ("attack", "bombing")
    assert event.when.earliest is not None and event.when.earliest.isoformat() == "1981-06-28"
    assert event.fatalities is not None and event.fatalities.low == 72
    assert doc._.claims[0].about == event.id


def test_every_factory_is_found_by_entry_point_without_importing_historiograph() -> None:
    script = (
        "import spacy; nlp = spacy.blank('en'); "
        "[nlp.add_pipe(n) for n in ('historiograph_time', 'historiograph_claims')]; "
        "nlp.add_pipe('historiograph_events', config={'gazetteer': False}); "
        "print(','.join(nlp.pipe_names))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "historiograph_time,historiograph_claims,historiograph_events"
