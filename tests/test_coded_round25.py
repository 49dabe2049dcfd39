"""Round 25: explosions coded by their weapon, attacks on armed men as battles, battles'
sides in no order, and South Asian parties that place a note.

ACLED's current scheme splits explosions by the weapon (a suicide bomb, a grenade,
shelling), where the record types every one a bombing; it codes an attack on armed
men (a self-defence group, a patrol of soldiers) as a battle, and writes a battle's
two sides in no order of who attacked. A protest is met by the police whether they are
told dispersing it or it is told dispersed by them, and a crowd the police disperse while
it demands something is protesters; a protest whose crowd riots in its own sentence is
the riot, one violent demonstration. Party activists named by their party ("Chhatra
Dal activists") place a note in the party's country. The fresh gold
``tests/gold/coded18-acled.csv`` is in the current scheme, with sub_event_type, from
every continent but Oceania.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coded_accounts import one_event_account
from historiograph.evaluate.coded import (
    CodedRow,
    CodedScores,
    coded_rows,
    main_event,
    score_row,
)
from historiograph.export import acled
from historiograph.pipeline import Pipeline
from historiograph.record import (
    AcledMapping,
    Actor,
    Document,
    Entity,
    Event,
    Mappings,
    Record,
    Trigger,
)
from historiograph.resolve import KnowledgeBase

GOLD = Path(__file__).parent / "gold" / "coded18-acled.csv"


def _bombing_code(pipeline: Pipeline, text: str) -> str | None:
    (record,) = pipeline.process([Document(id="d", text=text)])
    bombings = [e for e in record.events if e.mappings.acled is not None]
    bombings = [e for e in bombings if e.mappings.acled.event_type == "Explosions/Remote violence"]
    assert bombings, [(e.type, e.subtype) for e in record.events]
    return bombings[0].mappings.acled.sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "A suicide bomber blew himself up at a crowded bus station in Kandahar on "
            "Monday, killing four people.",
            "Suicide bomb",
        ),
        (
            "Militants lobbed a grenade at a police post in Anantnag on Friday, wounding "
            "two constables.",
            "Grenade",
        ),
        (
            "Insurgents fired rocket-propelled grenades into a market in Dikwa on Sunday, "
            "killing two traders.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A roadside bomb exploded beside a minibus near Gardez on Tuesday, killing "
            "three passengers.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_an_explosion_is_coded_by_the_weapon_told(
    pipeline: Pipeline, text: str, sub_event_type: str
) -> None:
    assert _bombing_code(pipeline, text) == sub_event_type


def test_a_crude_bomb_thrown_by_a_crowd_stays_a_riot(pipeline: Pipeline) -> None:
    (record,) = pipeline.process(
        [
            Document(
                id="d",
                text="Opposition activists hurled crude bombs at a bus during the hartal "
                "in Bogura on Sunday.",
            )
        ]
    )
    codes = {e.mappings.acled.event_type for e in record.events if e.mappings.acled}
    assert "Riots" in codes
    assert "Explosions/Remote violence" not in codes


def test_a_protest_dispersed_by_police_in_the_passive_met_intervention(
    pipeline: Pipeline,
) -> None:
    (record,) = pipeline.process(
        [
            Document(
                id="d",
                text="Hundreds of nurses marched on the health ministry in Lilongwe on "
                "Thursday and were dispersed by police.",
            )
        ]
    )
    protests = [e for e in record.events if e.type == "protest"]
    assert protests
    assert protests[0].mappings.acled == AcledMapping(
        event_type="Protests", sub_event_type="Protest with intervention"
    )


def test_a_protest_whose_crowd_riots_in_its_sentence_is_the_riot(pipeline: Pipeline) -> None:
    (record,) = pipeline.process(
        [
            Document(
                id="d",
                text="Hundreds of traders protesting a new market levy in Kumasi set fire "
                "to a council vehicle on Monday.",
            )
        ]
    )
    event = main_event(record)
    assert event is not None
    assert event.mappings.acled == AcledMapping(
        event_type="Riots", sub_event_type="Violent demonstration"
    )


@pytest.mark.parametrize(
    ("victim", "code"),
    [
        ("self-defence group", ("Battles", "Armed clash")),
        ("army patrol", ("Battles", "Armed clash")),
        ("police officer", ("Violence against civilians", "Attack")),
        ("off-duty soldier", ("Violence against civilians", "Attack")),
        ("farmers", ("Violence against civilians", "Attack")),
    ],
)
def test_an_attack_on_armed_men_is_a_battle(victim: str, code: tuple[str, str]) -> None:
    account = one_event_account(
        f"Gunmen ambushed a {victim} near Tera on Sunday.",
        [("gunmen", "Gunmen", "agent"), ("them", victim, "victim")],
    )
    assert acled.event_code(account) == AcledMapping(event_type=code[0], sub_event_type=code[1])


def test_a_crowd_dispersed_while_demanding_is_a_protest_the_police_met() -> None:
    text = "Police dispersed about 300 dock workers who demanded unpaid wages outside Mombasa port."
    account = one_event_account(
        text,
        [("police", "Police", "agent"), ("workers", "dock workers", "victim")],
        kind="repression",
        subtype="crackdown",
        town=("Mombasa", "KE", "Kenya"),
    )
    assert acled.event_code(account) == AcledMapping(
        event_type="Protests", sub_event_type="Protest with intervention"
    )
    raided = one_event_account(
        "Police raided the offices of a workers' union in Mombasa and seized its records.",
        [("police", "Police", "agent"), ("union", "workers' union", "victim")],
        kind="repression",
        subtype="crackdown",
        town=("Mombasa", "KE", "Kenya"),
    )
    assert acled.event_code(raided) == AcledMapping(
        event_type="Violence against civilians", sub_event_type="Attack"
    )


def _ambush(type_label: str, actor: str) -> tuple[Record, CodedRow]:
    """Al-Shabaab ambushing Kenyan troops, and a row coded with ``type_label`` and ``actor``."""
    text = "Al-Shabaab fighters ambushed Kenyan troops near Lamu on Sunday."
    entities = [
        Entity(id="ent:al-shabaab", kind="organization", name="Al-Shabaab"),
        Entity(id="ent:kenya-defence-forces", kind="organization", name="Kenyan troops"),
    ]
    start = text.index("ambushed")
    event = Event(
        id="e1",
        span=(0, len(text)),
        trigger=Trigger(span=(start, start + len("ambushed")), text="ambushed"),
        type="battle",
        subtype="clash",
        mappings=Mappings(acled=AcledMapping(event_type="Battles", sub_event_type="Armed clash")),
        actors=[
            Actor(entity="ent:al-shabaab", role="agent"),
            Actor(entity="ent:kenya-defence-forces", role="target"),
        ],
    )
    record = Record(document=Document(id="d", text=text), events=[event], entities=entities)
    values: dict[str, object] = dict.fromkeys(CodedRow.__dataclass_fields__)
    values.update(
        {"row_id": "1", "text": text, "type_label": type_label, "actor": actor, "regions": ()}
    )
    return record, CodedRow(**values)  # type: ignore[arg-type]


def _actor_score(record: Record, row: CodedRow, kb: KnowledgeBase) -> list[int]:
    scores = CodedScores()
    score_row(row, record, "acled", kb, scores)
    return scores.fields["actor"]


def test_a_battles_first_actor_may_be_the_side_attacked(kb: KnowledgeBase) -> None:
    record, row = _ambush("Battles", "Military Forces of Kenya (2013-)")
    assert _actor_score(record, row, kb) == [1, 1]
    record, row = _ambush("Battle-No change of territory", "Al Shabaab")
    assert _actor_score(record, row, kb) == [1, 1]


def test_outside_battles_the_first_actor_is_the_doer(kb: KnowledgeBase) -> None:
    record, row = _ambush("Violence against civilians", "Military Forces of Kenya (2013-)")
    assert _actor_score(record, row, kb) == [0, 1]


def test_an_unidentified_group_is_never_the_side_attacked(kb: KnowledgeBase) -> None:
    # The doers are named: the coder's unidentified group is not the troops they hit.
    record, row = _ambush("Battles", "Unidentified Armed Group (Kenya)")
    assert _actor_score(record, row, kb) == [0, 1]


def test_bangladeshi_party_wings_are_known_and_place_the_note(
    pipeline: Pipeline, kb: KnowledgeBase
) -> None:
    assert [e.id for e in kb.lookup("Jatiyatabadi Chhatra Dal")] == ["ent:chhatra-dal"]
    assert [e.attrs.get("country") for e in kb.lookup("Awami League")] == ["BD"]
    (record,) = pipeline.process(
        [
            Document(
                id="d",
                text="Chhatra Dal activists and Chhatra League men clashed with sticks at a "
                "college gate on Sunday, injuring nine.",
            )
        ]
    )
    linked = {e.id for e in record.entities}
    assert {"ent:chhatra-dal", "ent:chhatra-league"} <= linked


def test_fresh_gold_reads_current_scheme_rows_from_every_continent() -> None:
    rows = list(coded_rows(GOLD, "acled", limit=None))
    assert len(rows) == 31
    assert all(r.scheme == acled.CURRENT and r.subtype_label for r in rows)
    assert {r.country for r in rows} >= {"Colombia", "Ukraine", "Myanmar", "Niger", "Chile"}
