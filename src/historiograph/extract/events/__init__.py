"""Events: who did what to whom, when, where, with what toll (``events`` in the record).

Triggers, named-event heads, the ontology's mappings and modality cues are
data (``data/*.yaml``); the code reads the dependency parse.
"""

from historiograph.extract.events.extractor import EventsResult, extract_events
from historiograph.extract.events.lexicon import EventLexicon, load_lexicon

__all__ = ["EventLexicon", "EventsResult", "extract_events", "load_lexicon"]
