"""The armed-actors pack (15-armed-actors.yaml) and the international missions:
it loads, its ids and names clash with no other pack, variants of a group's name
link to one entity, and look-alike words in other senses stay unlinked."""

from __future__ import annotations

from collections import defaultdict

import pytest
from spacy.language import Language

from historiograph.resolve import resolve_entities
from historiograph.resolve.kb import BUNDLED_DIR, KnowledgeBase, bundled_kb_files, read_kb_file
from historiograph.resolve.keys import translit_key

PACK = BUNDLED_DIR / "15-armed-actors.yaml"
# Name keys that two entities share on purpose (the linker then decides by context).
# "National Liberation Army" names Colombia's ELN, Iran's NLA and Macedonia's NLA:
# the linker decides by the acronym after it or the document's country.
SHARED_ON_PURPOSE: frozenset[str] = frozenset({translit_key("National Liberation Army")})


@pytest.fixture(scope="module")
def nlp(blank_kb_nlp: Language) -> Language:
    return blank_kb_nlp


def links(nlp: Language, kb: KnowledgeBase, text: str) -> dict[str, str | None]:
    _, mentions = resolve_entities(nlp(text), kb=kb)
    return {m.text: m.entity for m in mentions}


def test_the_pack_loads_with_organizations_and_valid_attributes(kb: KnowledgeBase) -> None:
    entities = read_kb_file(PACK)
    assert len(entities) >= 150
    assert {e.kind for e in entities} == {"organization"}
    for entity in entities:
        country = entity.attrs.get("country")
        assert country is None or (len(country) == 2 and country.isupper()), entity.id
        for key in ("parent", "predecessor", "successor", "split_from"):
            if key in entity.attrs:
                assert entity.attrs[key] in kb, (entity.id, key)
        inter = entity.ids.get("acled:inter")
        assert inter is None or 1 <= int(inter) <= 8, entity.id


def test_ids_are_unique_across_bundled_packs() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for path in bundled_kb_files():
        for entity in read_kb_file(path):
            where[entity.id].append(path.name)
    assert {i: files for i, files in where.items() if len(files) > 1} == {}


def test_no_name_is_shared_by_two_entities_unless_deliberate() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for path in bundled_kb_files():
        for entity in read_kb_file(path):
            for name in [*entity.names(), *entity.adjectives]:
                owners[translit_key(name)].add(entity.id)
    shared = {k: ids for k, ids in owners.items() if len(ids) > 1 and k not in SHARED_ON_PURPOSE}
    assert shared == {}


@pytest.mark.parametrize(
    ("names", "entity"),
    [
        (
            ["Al Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"],
            "ent:al-shabaab",
        ),
        (["ISWAP", "Islamic State (West Africa)", "Wilayat Gharb Ifriqiyyah"], "ent:iswap"),
        (["ISKP", "ISIS-K", "Khorasan Chapter of the Islamic State"], "ent:iskp"),
        (["Pakistani Taliban", "TTP", "Tehreek-e-Taliban Pakistan"], "ent:ttp"),
        (["Taliban", "Taleban"], "ent:taliban"),
        (["Houthis", "Ansar Allah", "Ansarallah"], "ent:houthis"),
        (["Shining Path", "Sendero Luminoso"], "ent:shining-path"),
        (["LNA", "Libyan National Army", "Libyan Arab Armed Forces"], "ent:lna"),
        (["AMISOM", "ATMIS", "African Union Mission in Somalia"], "ent:amisom"),
    ],
)
def test_variants_of_a_name_find_one_entity(
    kb: KnowledgeBase, names: list[str], entity: str
) -> None:
    assert {tuple(e.id for e in kb.lookup(n)) for n in names} == {(entity,)}


def test_provinces_point_to_their_parent(kb: KnowledgeBase) -> None:
    for province in ("ent:iswap", "ent:iskp", "ent:is-sinai", "ent:is-somalia", "ent:isgs"):
        entity = kb.get(province)
        assert entity is not None and entity.attrs["parent"] == "ent:isis"
    assert kb.get("ent:aqap").attrs["parent"] == "ent:al-qaeda"  # type: ignore[union-attr]


def test_spellings_in_running_text_link_to_one_group(nlp: Language, kb: KnowledgeBase) -> None:
    found = links(
        nlp,
        kb,
        "Al Shabaab fighters attacked a base near Mogadishu. al-Shabab later claimed it, "
        "and Harakat al-Shabaab al-Mujahideen named the bombers.",
    )
    assert set(found.values()) >= {"ent:al-shabaab"}
    assert found["Al Shabaab"] == found["al-Shabab"] == "ent:al-shabaab"
    assert found["Harakat al-Shabaab al-Mujahideen"] == "ent:al-shabaab"


def test_afghan_and_pakistani_taliban_stay_apart(nlp: Language, kb: KnowledgeBase) -> None:
    found = links(
        nlp, kb, "The Pakistani Taliban and the Taliban in Kabul differ; the FMLN did not."
    )
    assert found["Pakistani Taliban"] == "ent:ttp"
    assert found["Taliban"] == "ent:taliban"
    assert found["FMLN"] == "ent:fmln"


@pytest.mark.parametrize(
    "text",
    [
        "Ships crossed the Sea of Azov to Berdyansk.",
        "Wagner's operas were staged in Bayreuth.",
        "She won the Grand Slam on 17 November.",
        "Akhmat Kadyrov was elected in 2003.",
        "The Japanese SDF sent engineers.",
        "The patient was moved to the ICU; OCHA was not involved.",
    ],
)
def test_look_alike_words_are_not_armed_groups(nlp: Language, kb: KnowledgeBase, text: str) -> None:
    armed = {e.id for e in read_kb_file(PACK)}
    assert not armed.intersection(v for v in links(nlp, kb, text).values() if v)


def test_linked_entities_carry_the_acled_actor_type(nlp: Language, kb: KnowledgeBase) -> None:
    """``ids`` reach the record's ``Entity.kb``, where the ACLED export reads ``acled:inter``."""
    entities, _ = resolve_entities(nlp("Al Shabaab attacked an AMISOM convoy."), kb=kb)
    inter = {e.id: e.kb.get("acled:inter") for e in entities}
    assert inter == {"ent:al-shabaab": "2", "ent:amisom": "8"}


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("MS-13 members were arrested in San Salvador.", "MS-13", "ent:ms-13"),
        ("Omega 7 planted a bomb in New York.", "Omega 7", "ent:omega-7"),
        ("The Clan del Golfo attacked a police post.", "Clan del Golfo", "ent:clan-del-golfo"),
        ("Tawhid and Jihad claimed the attack.", "Tawhid and Jihad", "ent:al-qaeda-in-iraq"),
    ],
)
def test_names_ending_in_numbers_with_connectives_or_respelled_across_words_match(
    nlp: Language, kb: KnowledgeBase, text: str, name: str, entity: str
) -> None:
    assert links(nlp, kb, text).get(name) == entity
