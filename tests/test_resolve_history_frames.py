"""What a name's frame says about its kind, in history as in news.

The recogniser often mislabels names it has seldom seen: a town written by its
historic name ("Kut-al-Amara", "Constantinople"), a ruler known by one name
("Xerxes", "Menelik II"), an era marker ("480 BC"). The words around such a
name say what it is: a movement's destination ("fell back on Kut-al-Amara"), a
person's relations and commands ("the army of Xerxes", "led by Themistocles"),
a ruler's numeral. The recogniser's labels are set by hand on the model's parse,
so that the tests assert resolution, not what one model version labels.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from historiograph.resolve import KnowledgeBase
from historiograph.resolve.link import resolve_entities
from historiograph.resolve.toponyms import haversine_km
from resolved_places import places


@pytest.fixture(scope="module")
def nlp(nlp_with_kb_ruler: Language) -> Language:
    return nlp_with_kb_ruler


def kinds(nlp: Language, kb: KnowledgeBase, text: str, *labels: tuple[str, str]) -> dict[str, str]:
    """Each mention's entity kind, the recogniser's labels set to ``labels``."""
    doc = nlp(text)
    doc.ents = [
        doc.char_span(text.index(name), text.index(name) + len(name), label=label)
        for name, label in labels
    ]
    entities, mentions = resolve_entities(doc, kb=kb)
    kind = {e.id: e.kind for e in entities}
    return {m.text: kind.get(m.entity or "", "none") for m in mentions}


def near(geo: object, lat: float, lon: float, km: float = 50.0) -> bool:
    return geo is not None and haversine_km(lat, lon, geo.lat, geo.lon) <= km  # type: ignore[attr-defined]


def test_a_historic_name_after_a_movement_is_the_town(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Short of men, Townshend fell back on Kut-al-Amara and dug in."
    found = places(nlp, kb, text, ("Townshend", "PERSON"), ("Kut-al-Amara", "PERSON"))
    assert near(found["Kut-al-Amara"], 32.5, 45.8)  # Al-Kut, Iraq
    text = "The Athenians abandoned their city and withdrew to Salamis."
    found = places(nlp, kb, text, ("Athenians", "NORP"), ("Salamis", "ORG"))
    assert near(found["Salamis"], 37.95, 23.48)


def test_an_old_name_of_a_metropolis_is_the_city(nlp: Language, kb: KnowledgeBase) -> None:
    text = "The sultan brought his army before Constantinople in the spring."
    found = places(nlp, kb, text, ("Constantinople", "ORG"))
    assert near(found["Constantinople"], 41.01, 28.95)


def test_loose_other_names_need_a_strong_frame(nlp: Language, kb: KnowledgeBase) -> None:
    # GeoNames lists "Putin" among Putian's names and "Biden" among Vidin's: "to" and
    # "from" take people as readily as places, and an institution follows "in the".
    text = "The envoy spoke to Putin and carried a letter from Biden."
    found = places(nlp, kb, text, ("Putin", "PERSON"), ("Biden", "PERSON"))
    assert found == {"Putin": None, "Biden": None}
    text = "He said he was in the Navy for ten years."
    assert places(nlp, kb, text, ("Navy", "ORG"))["Navy"] is None


def test_person_frames_type_unknown_names(nlp: Language, kb: KnowledgeBase) -> None:
    text = "The Persian army of Xerxes crossed the strait."
    assert kinds(nlp, kb, text, ("Persian", "NORP"), ("Xerxes", "GPE"))["Xerxes"] == "person"
    text = "The Greek fleet, led by Themistocles, waited in the strait."
    found = kinds(nlp, kb, text, ("Greek", "NORP"), ("Themistocles", "ORG"))
    assert found["Themistocles"] == "person"
    text = "The forces of Menelik II routed the invaders."
    assert kinds(nlp, kb, text, ("Menelik II", "EVENT"))["Menelik II"] == "person"


def test_person_frames_leave_organizations_and_places(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Three thousand men of the East India Company and the army of Egypt marched."
    found = kinds(nlp, kb, text, ("East India Company", "ORG"), ("Egypt", "GPE"))
    assert found["East India Company"] == "organization"
    assert found["Egypt"] == "place"


def test_era_markers_are_no_entities(nlp: Language, kb: KnowledgeBase) -> None:
    text = "In 480 BC the Persians crossed; in AD 711 the Umayyads landed."
    found = kinds(nlp, kb, text, ("BC", "ORG"), ("AD", "ORG"))
    assert "BC" not in found and "AD" not in found
    # Without a year next to it, "B.C." is British Columbia.
    text = "Snow fell across northern B.C. on Sunday."
    assert "B.C." in places(nlp, kb, text, ("B.C.", "GPE"))


def test_a_ruler_and_a_surname_the_recogniser_missed(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Charles Townshend led the division north. Later Townshend surrendered the town."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, len("Charles Townshend"), label="PERSON")]
    entities, mentions = resolve_entities(doc, kb=kb)
    townshend = [m for m in mentions if m.text == "Townshend"]
    assert len(townshend) == 1 and townshend[0].entity == mentions[0].entity
    text = "After the siege Mehmed II moved his court to the city."
    doc = nlp(text)
    doc.ents = []
    entities, mentions = resolve_entities(doc, kb=kb)
    kind = {e.id: e.kind for e in entities}
    assert [(m.text, kind[m.entity or ""]) for m in mentions] == [("Mehmed II", "person")]
    # A numbered thing is no ruler, and a word of a longer name stands for no one.
    text = "Planes of World War II flew at the Ernie Reyes' school; Ernie Reyes taught."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.rindex("Ernie Reyes"), len(text) - len(" taught."), "PERSON")]
    assert [m.text for m in resolve_entities(doc, kb=kb)[1]] == ["Ernie Reyes"]


def test_a_named_country_drops_small_namesakes_abroad(nlp: Language, kb: KnowledgeBase) -> None:
    # "Kerawa" keys like Kerava (Finland); the story names Cameroon, and no more.
    text = "Cameroon said fighters attacked Kerawa on Monday."
    found = places(nlp, kb, text, ("Cameroon", "GPE"), ("Kerawa", "GPE"))
    assert found["Kerawa"] is None or found["Kerawa"].country_code == "CM"
    # A place spelled as written stays a reading wherever the story goes.
    text = "The Iraq veteran returned home to Kerava on Monday."
    found = places(nlp, kb, text, ("Iraq", "GPE"), ("Kerava", "GPE"))
    assert found["Kerava"] is not None and found["Kerava"].country_code == "FI"


def test_a_name_goes_on_over_its_particle(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Facing him was Siraj ud-Daulah, the nawab."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index("Siraj"), text.index("Siraj") + 5, label="PERSON")]
    assert [m.text for m in resolve_entities(doc, kb=kb)[1]] == ["Siraj ud-Daulah"]
