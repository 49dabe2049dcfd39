"""The knowledge base: format, layering, transliteration-insensitive lookup."""

from __future__ import annotations

from pathlib import Path

import pytest

from historiograph.errors import UsageError
from historiograph.resolve import load_kb
from historiograph.resolve.kb import KBEntity, append_to_user_file, entities_from_csv
from historiograph.resolve.keys import translit_key


def test_spellings_of_one_name_share_a_key() -> None:
    assert translit_key("Qasr-e-Shirin") == translit_key("Qaşr-e Shīrīn")
    assert translit_key("Mujahedin") == translit_key("Mujahidin") == translit_key("Mojahedin")
    assert translit_key("Diyalah") == translit_key("Diyala")
    assert translit_key("Maryam Ghajar") == translit_key("Maryam Qajar")
    assert translit_key("Tehran") != translit_key("Tabriz")
    assert translit_key("Тегеран") == ""


def test_every_name_of_the_organization_finds_one_entity() -> None:
    kb = load_kb([])
    names = [
        "MKO",
        "MEK",
        "People’s Mujahedin Organization of Iran",
        "Mujahedin Organization",
        "Mujahidin Organization",
        "Mujahedin-e Khalq",
        "the Mujahedin",
    ]
    assert {tuple(e.id for e in kb.lookup(n)) for n in names} == {("ent:mek",)}


def test_bundled_kb_has_countries_with_adjectives_and_international_bodies() -> None:
    kb = load_kb([])
    iran = kb.get("ent:iran")
    assert iran is not None and "Iranian" in iran.adjectives and iran.geo is not None
    assert [e.id for e in kb.lookup("Iraqi")] == ["ent:iraq"]
    assert [e.id for e in kb.lookup("U.N.")] == ["ent:united-nations"]


def test_people_carry_roles_with_date_bounds() -> None:
    bani_sadr = load_kb([]).get("ent:abolhassan-banisadr")
    assert bani_sadr is not None
    assert bani_sadr.roles[0].start == "1980-02-04" and bani_sadr.roles[0].end == "1981-06-21"


def test_user_file_overrides_bundled_fields_and_adds_entities(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    append_to_user_file(
        user,
        [
            KBEntity(id="ent:mek", kind="organization", name="MEK (user name)"),
            KBEntity(id="ent:new-group", kind="organization", name="New Group", aliases=["NGX"]),
        ],
    )
    kb = load_kb([user])
    mek = kb.get("ent:mek")
    assert mek is not None and mek.name == "MEK (user name)" and "MKO" in mek.aliases
    assert [e.id for e in kb.lookup("NGX")] == ["ent:new-group"]


def test_jsonl_files_and_csv_import(tmp_path: Path) -> None:
    csv_file = tmp_path / "actors.csv"
    csv_file.write_text("kind,name,aliases,lat,lon\nplace,Camp Test,Test Camp|CT Base,33.1,44.2\n")
    entities = entities_from_csv(csv_file)
    user = tmp_path / "mine.jsonl"
    append_to_user_file(user, entities)
    kb = load_kb([user])
    camp = kb.lookup("Test Camp")[0]
    assert camp.id == "ent:camp-test" and camp.geo is not None and camp.geo.lat == 33.1


def test_a_malformed_entry_names_the_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: historiograph.kb/1\nentities:\n- {id: mek, kind: organization, name: X}\n"
    )
    with pytest.raises(UsageError, match=r"bad.yaml: entry 1: id"):
        load_kb([bad])


def test_letters_are_spelled_exactly_where_the_key_folds_them() -> None:
    kb = load_kb([])
    ids = {e.id for e in kb.lookup("LTTE")}
    assert ids and not {e.id for e in kb.lookup("LTE")} & ids  # vowels fold, letters do not
    assert "ent:provisional-ira" not in {e.id for e in kb.lookup("ERA")}
    assert "ent:provisional-ira" in {e.id for e in kb.lookup("IRA")}
    fatah = {e.id for e in kb.lookup("Fatah")}
    assert fatah and not {e.id for e in kb.lookup("FATA")} & fatah
    assert {e.id for e in kb.lookup("Mojahedin-e Khalq")} == {e.id for e in kb.lookup("MEK")}
