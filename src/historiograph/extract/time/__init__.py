"""The temporal tagger: TIMEX3 expressions with values and day intervals.

``tag_timexes(text, published=...)`` is the library entry point; the spaCy
component ``historiograph_time`` (:mod:`.component`) runs it inside a
pipeline and sets ``doc._.timexes``.
"""

from historiograph.extract.time.tagger import tag_timexes

__all__ = ["tag_timexes"]
