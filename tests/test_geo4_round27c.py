"""Round 27c place fixes, as examples from unseen texts: a site named with a possessive
is one place ("Dawson's Field", "Bunker's Hill"), its owner no town of its own; a
people after "a camp of" or "bands of" is a group, not a town of its name ("a camp of
Cheyenne and Arapaho"); a village the words call one is a place though the gazetteer
may lack it, over its hyphened particle ("the village of Oradour-sur-Glane"); and a
landform's name the recogniser labelled a place stays one after a preposition though
its words are common ones ("at Wounded Knee")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from geo_runs import near, placed_names
from historiograph.resolve import KnowledgeBase
from historiograph.resolve.cues import people_of_company, possessed_site_end
from historiograph.resolve.link import resolve_doc

pytestmark = pytest.mark.model


def _labels(nlp: Language, kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Each mention's text with its final label."""
    _, mentions = resolve_doc(nlp(text), kb=kb)
    return {m.text: m.label for m in mentions}


def test_a_possessive_site_name_ends_at_its_site_noun() -> None:
    text = "landed at Dawson's Field, a desert airstrip"
    assert text[: possessed_site_end(text, text.index("'"))] == "landed at Dawson's Field"
    assert possessed_site_end("Biden's plan", 5) is None


def test_a_site_named_with_a_possessive_is_one_place(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = (
        "Militants forced three airliners to land at Dawson's Field, a desert airstrip in Jordan."
    )
    labels = _labels(nlp_with_kb_ruler, kb, text)
    assert labels.get("Dawson's Field") == "FAC"
    assert "Dawson" not in labels and "Field" not in labels


def test_the_patron_of_a_site_is_no_town(nlp_with_kb_ruler: Language, kb: KnowledgeBase) -> None:
    text = "In 1819, cavalry charged a crowd at St Peter's Field, Manchester."
    assert "St Peter" not in _labels(nlp_with_kb_ruler, kb, text)


def test_a_possessive_site_lies_in_the_town_after_it(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    places = placed_names(nlp_with_kb_ruler, kb, "Rebels held Bunker's Hill, Boston, for a day.")
    assert near(places["Bunker's Hill"], 42.36, -71.06)


def test_a_people_after_a_camp_of_is_a_group() -> None:
    text = "troops attacked a camp of Cheyenne and Arapaho on Sand Creek"
    for name in ("Cheyenne", "Arapaho"):
        start = text.index(name)
        assert people_of_company(text, start, start + len(name))
    modifier = "a party of Kentucky farmers"
    start = modifier.index("Kentucky")
    assert not people_of_company(modifier, start, start + len("Kentucky"))


def test_peoples_in_a_camp_are_no_towns(nlp_with_kb_ruler: Language, kb: KnowledgeBase) -> None:
    text = "In 1864, troops attacked a camp of Cheyenne and Arapaho on Sand Creek in Colorado."
    places = placed_names(nlp_with_kb_ruler, kb, text)
    assert "Cheyenne" not in places and "Arapaho" not in places
    assert "Colorado" in places


def test_the_village_of_a_hyphened_name_is_a_place(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "German soldiers massacred the inhabitants of the village of Oradour-sur-Glane."
    assert _labels(nlp_with_kb_ruler, kb, text).get("Oradour-sur-Glane") == "GPE"


def test_a_landform_after_a_preposition_stays_a_place(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = "In 1890, soldiers killed about 250 Lakota at Wounded Knee."
    assert "Wounded Knee" in _labels(nlp_with_kb_ruler, kb, text)


def test_a_ford_named_with_a_possessive_is_one_site(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    labels = _labels(nlp_with_kb_ruler, kb, "The battle at Rorke's Drift lasted a day.")
    assert labels.get("Rorke's Drift") == "FAC"


def test_a_town_s_possessive_before_a_named_site_stays_the_town() -> None:
    assert possessed_site_end("bombing at Istanbul's Atatürk Airport", 19) is None
