"""The wire services' dateline: "KIRKUK, Iraq, March 14, 2007 —", "LONDON (Reuters) -",
"KABUL, 14 March 2019 (AFP) -" (the day first, as European agencies write it).

The pattern is the layout, not a vocabulary: a place in capitals, optionally a
region or country, a date and an agency in brackets, then a dash or colon, at
the start of a paragraph. The sentence splitter (:mod:`.paragraphs`) ends a
sentence after it; ingest takes its date as the story's publication date.
"""

from __future__ import annotations

import re

# Capital letters a dateline's place may be written in: ASCII and the accented capitals of
# Latin-1 and Latin Extended-A ("BOGOTÁ", "SÃO PAULO", "ŁÓDŹ", "ZÜRICH"), which a class of
# A-Z alone would stop at, losing the whole dateline.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"

# The lower-case particle a surname-like place name keeps in a dateline's capitals
# ("DeKALB", "McALLEN", "LaGRANGE"), which the capitals alone would stop at.
NAME_PARTICLE = r"(?:Mc|Mac|De|Di|Du|La|Le)?"

# The date a dateline may carry after its place: ", March 14, 2007", ", Nov. 29",
# ", 14 March 2007", " 3 JAN 90". Shared with the toponym cues
# (:func:`historiograph.resolve.cues.datelines`), which must skip it to find the dash.
DATELINE_DATE = (
    r"(?:,?[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"  # March 14, 2007
    r"|\d{1,2}[ \t]+[A-Z][A-Za-z]{2,8}\.?(?:[ \t]+\d{2,4})?))?"  # 14 March 2007 / 3 JAN 90
)

WIRE_DATELINE = re.compile(
    # KIRKUK, NEW YORK, BOGOTÁ, DeKALB
    rf"[ \t]*{NAME_PARTICLE}[{UPPER}][{UPPER}.'’]+(?:[ -][{UPPER}][{UPPER}.'’]+)*"
    rf"(?:,[ \t]*[{UPPER}][\w.]*(?:[ \t][{UPPER}][\w.]*){{0,2}}){{0,2}}"  # , Iraq / , N.C.
    + DATELINE_DATE
    + r"(?:[ \t]*\([A-Za-z][\w. -]{0,30}\))?"  # (Reuters)
    r"[ \t]*(?:—|–|--|-|:)[ \t]+(?=[\"“‘'A-Z])"
)
