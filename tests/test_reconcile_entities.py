"""Entities across documents: spellings of one name merge; the KB anchors; surnames do not."""

from __future__ import annotations

from historiograph.reconcile.entities import entities_across_documents
from historiograph.record import Document, Entity, Mention, Record, document_id
from historiograph.resolve import load_kb


def record_naming(name: str, ident: str, kind: str = "person") -> Record:
    text = f"{name} spoke."
    return Record(
        document=Document(id=document_id(text), text=text),
        entities=[Entity(id=ident, kind=kind, name=name, aliases=[name])],  # type: ignore[arg-type]
        mentions=[Mention(id="m1", span=(0, len(name)), text=name, entity=ident)],
    )


def test_two_spellings_of_an_unknown_name_are_one_entity() -> None:
    groups = entities_across_documents(
        [
            record_naming("Ahmad Karimi", "ent:ahmad-karimi"),
            record_naming("Ahmed Karimi", "ent:ahmed-karimi"),
        ]
    )
    [group] = groups
    assert sorted(group.ids) == ["ent:ahmad-karimi", "ent:ahmed-karimi"]
    assert len(group.documents) == 2 and group.mentions == 2


def test_a_bare_surname_does_not_merge_two_people() -> None:
    groups = entities_across_documents(
        [record_naming("Karimi", "ent:karimi"), record_naming("Kerimi", "ent:kerimi")]
    )
    assert len(groups) == 2


def test_different_kinds_do_not_merge() -> None:
    groups = entities_across_documents(
        [
            record_naming("Ashraf Rabiei", "ent:ashraf-rabiei"),
            record_naming("Ashraf Rabiei", "ent:ashraf-rabiei-camp", kind="facility"),
        ]
    )
    assert len(groups) == 2


def test_the_knowledge_base_anchors_a_spelling_it_knows() -> None:
    kb = load_kb()
    [known] = [e for e in kb.lookup("Masoud Rajavi") if e.kind == "person"]
    groups = entities_across_documents(
        [
            record_naming("Masoud Rajavi", known.id),
            record_naming("Massoud Radjavi", "ent:massoud-radjavi"),
        ],
        kb=kb,
    )
    assert [g.id for g in groups] == [known.id]
    assert groups[0].in_kb and "ent:massoud-radjavi" in groups[0].ids
