"""Places the linker invents from people's names, and names the ruler or KB miss.

News names a person in full once, then by one name: "Brett Hartmann said ..." then
"Hartmann", which the recogniser may call a place (Hartman, Arkansas); "Marion and Tim
Jones" names two people who share a surname, so "Marion" alone later is a person too.
A dateline's dash ends a name ("ALBANY — An Albany man" is no "Albanian"), and "L.A."
is Los Angeles. Labels are set by hand on a blank pipeline where the recogniser's
reading matters, as in ``test_resolve_false_matches.py``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from historiograph.record import Geo
from historiograph.resolve import KnowledgeBase
from historiograph.resolve.link import resolve_entities


@pytest.fixture(scope="module")
def nlp(blank_kb_nlp: Language) -> Language:
    return blank_kb_nlp


def labelled(nlp: Language, text: str, *labels: tuple[str, str]) -> Doc:
    """A Doc with each (name, label) set on the name's next occurrence after the
    previous one's: ``labels`` in the order of the text."""
    doc = nlp(text)
    spans, end = [], 0
    for name, label in labels:
        start = text.index(name, end)
        end = start + len(name)
        spans.append(doc.char_span(start, end, label=label))
    doc.ents = spans
    return doc


def places(doc: Doc, kb: KnowledgeBase) -> list[tuple[str, Geo | None]]:
    entities, mentions = resolve_entities(doc, kb=kb)
    geo = {e.id: e.geo for e in entities}
    return [(m.text, geo.get(m.entity or "")) for m in mentions]


def test_surname_of_a_person_the_recogniser_calls_an_organization_is_no_town(
    nlp: Language, kb: KnowledgeBase
) -> None:
    text = (
        "Brett Hartmann said the motion was filed Friday. The court denied an earlier "
        "request by Hartmann. Filings refer to him as Hartman."
    )
    doc = labelled(nlp, text, ("Brett Hartmann", "ORG"), ("Hartmann", "GPE"), ("Hartman", "PERSON"))
    assert [name for name, geo in places(doc, kb) if geo is not None] == []


def test_given_name_joined_to_a_couples_full_name_is_a_person(
    nlp: Language, kb: KnowledgeBase
) -> None:
    text = "Tim and Ellen Marsh bought the farm in 2004. Tim said the frost came early."
    doc = labelled(nlp, text, ("Tim", "GPE"), ("Ellen Marsh", "PERSON"), ("Tim", "GPE"))
    assert [name for name, geo in places(doc, kb) if geo is not None] == []


def test_a_town_after_a_locative_word_before_a_persons_name_stays_a_town(
    nlp: Language, kb: KnowledgeBase
) -> None:
    text = "Storms hit homes in Hartman and Lee Walsh lost his barn."
    doc = labelled(nlp, text, ("Hartman", "GPE"), ("Lee Walsh", "PERSON"))
    assert dict(places(doc, kb))["Hartman"] is not None


def test_a_dateline_dash_ends_a_name(nlp: Language) -> None:
    doc = nlp("ALBANY — An Albany man was charged Monday with arson.")
    assert "ent:albania" not in {e.kb_id_ for e in doc.ents}


def test_a_spaced_hyphen_ends_a_name_but_a_joined_one_does_not(nlp: Language) -> None:
    apart = nlp("ALBANY - An Albany man was charged.")
    joined = nlp("Troops crossed from Guinea-Bissau at dawn.")
    assert "ent:albania" not in {e.kb_id_ for e in apart.ents}
    assert "Guinea-Bissau" in {e.text for e in joined.ents}


def test_la_is_los_angeles(nlp: Language, kb: KnowledgeBase) -> None:
    doc = nlp("Traffic into L.A. slowed to a crawl after the storm.")
    geo = dict(places(doc, kb))["L.A."]
    assert geo is not None and geo.geonames_id == 5368361


def test_la_without_periods_is_not_taken_for_los_angeles(nlp: Language) -> None:
    doc = nlp("Instead, the agency delivered 40 LA Cargo trailers.")
    assert "ent:los-angeles" not in {e.kb_id_ for e in doc.ents}
