"""Round 21: the home countries of the actors an ACLED note names.

ACLED's notes often place an event at a village no gazetteer knows ("SAF bomb
Deribat", "gunmen attack farmers near Tawila"), and a coder still codes the
country: the note's actors say it. The knowledge base knows the home countries
of armed forces, armed groups and the parties whose cadres ACLED codes (Sudan's
SAF, Zambia's UPND and PF, South Africa's SANDF and SAPS); ``eval coded`` gives
an event with no located place the home country of its actors, its doers'
first, else that of any other armed group the note names ("jets struck a Boko
Haram camp near <village>"). A located place always decides. The fresh gold
``tests/gold/coded15-acled.csv`` is African, 2016, in the pre-2019 scheme, with
small towns and named state forces and parties. The export names state forces a
text names only by what they are as ACLED does ("Police Forces of Zambia"). And a
parent organisation's name is no alias of its offshoot: the Irish Republican Army
that split in 1969 is not the Provisional IRA born of the split.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from historiograph.evaluate.coded import CodedRow, CodedScores, coded_rows, score_row
from historiograph.export import acled
from historiograph.export.account import Account
from historiograph.pipeline import Pipeline
from historiograph.record import (
    AcledMapping,
    Actor,
    ActorRole,
    Document,
    Entity,
    Event,
    Geo,
    Mappings,
    Mention,
    Record,
    Trigger,
    Where,
)
from historiograph.resolve import KnowledgeBase

GOLD = Path(__file__).parent / "gold" / "coded15-acled.csv"


@pytest.mark.parametrize(
    ("name", "country", "inter"),
    [
        ("SAF", "SD", "1"),
        ("SANDF", "ZA", "1"),
        ("South African Police Service", "ZA", "1"),
        ("Zimbabwe Republic Police", "ZW", "1"),
        ("Uganda People's Defence Force", "UG", "1"),
        ("Lesotho Defence Force", "LS", "1"),
        # Parties whose cadres fight are ACLED's political militias.
        ("UPND", "ZM", "3"),
        ("PF", "ZM", "3"),
        ("Movement for Democratic Change", "ZW", "3"),
        ("Chama Cha Mapinduzi", "TZ", "3"),
    ],
)
def test_the_knowledge_base_knows_whose_forces_and_parties_they_are(
    kb: KnowledgeBase, name: str, country: str, inter: str
) -> None:
    found = kb.lookup(name)
    assert [e.attrs.get("country") for e in found] == [country]
    assert found[0].ids.get("acled:inter") == inter


def unplaced_record(
    text: str, actors: list[tuple[str, str, ActorRole | None]], village: str
) -> tuple[Record, CodedRow]:
    """A record of one clash at a village the gazetteer does not know, the names it
    mentions given as (entity id, name, role in the clash or ``None``), and the coded
    row of Sudan to score it on."""
    start = text.index(village)
    entities = [
        Entity(id="village", kind="place", name=village),
        *(Entity(id=entity_id, kind="organization", name=name) for entity_id, name, _ in actors),
    ]
    mentions = [
        Mention(
            id=f"m{i}",
            span=(text.index(name), text.index(name) + len(name)),
            text=name,
            entity=entity_id,
        )
        for i, (entity_id, name, _) in enumerate(actors)
    ]
    event = Event(
        id="e1",
        span=(0, len(text)),
        trigger=Trigger(span=(0, 1), text=text[:1]),
        type="battle",
        mappings=Mappings(acled=AcledMapping(event_type="Battles", sub_event_type="Armed clash")),
        actors=[Actor(entity=entity_id, role=role) for entity_id, _, role in actors if role],
    )
    record = Record(
        document=Document(id="d", text=text),
        events=[event],
        entities=entities,
        mentions=[
            Mention(id="mv", span=(start, start + len(village)), text=village, entity="village"),
            *mentions,
        ],
    )
    values: dict[str, object] = dict.fromkeys(CodedRow.__dataclass_fields__)
    values.update({"row_id": "1", "text": text, "country": "Sudan"})
    return record, CodedRow(**values)  # type: ignore[arg-type]


def country_right(record: Record, row: CodedRow, kb: KnowledgeBase) -> list[int]:
    scores = CodedScores()
    score_row(row, record, "acled", kb, scores)
    return scores.fields.get("country", [])


def test_a_village_no_gazetteer_knows_is_in_its_actors_home_country(kb: KnowledgeBase) -> None:
    # The doers are unnamed troops: the rebels they fought are Sudan's.
    record, row = unplaced_record(
        "Army units skirmished with SPLM-N fighters outside Um Sirdiba.",
        [("troops", "Army units", "agent"), ("ent:splm-n", "SPLM-N", "target")],
        "Um Sirdiba",
    )
    assert country_right(record, row, kb) == [1, 1]


def test_an_armed_group_the_note_names_beside_the_event_gives_its_country(
    kb: KnowledgeBase,
) -> None:
    # Nobody of the event is known, but the note is about a Sudanese force.
    record, row = unplaced_record(
        "Warplanes hit the wells of Kutrum a day after Rapid Support Forces units withdrew.",
        [("planes", "Warplanes", "agent"), ("ent:rsf-sudan", "Rapid Support Forces", None)],
        "Kutrum",
    )
    assert country_right(record, row, kb) == [1, 1]


def test_a_located_place_beats_the_home_of_foreign_forces(kb: KnowledgeBase) -> None:
    # Kenya's army fighting in a located Sudanese town is no event in Kenya; but the same
    # forces at a town the record places in Kenya are.
    text = "Kenya Defence Forces clashed with gunmen in Geneina."
    record, row = unplaced_record(
        text, [("ent:kenya-defence-forces", "Kenya Defence Forces", "agent")], "Geneina"
    )
    assert country_right(record, row, kb) == [0, 1]
    town = Entity(id="village", kind="place", name="Geneina", geo=Geo(country_code="SD"))
    located = record.model_copy(update={"entities": [town, *record.entities[1:]]})
    located = located.model_copy(
        update={"events": [located.events[0].model_copy(update={"where": None})]}
    )
    assert country_right(located, row, kb) == [1, 1]


def test_fresh_gold_reads_african_rows_of_the_old_scheme() -> None:
    rows = list(coded_rows(GOLD, "acled", limit=None))
    assert len(rows) == 20
    assert {r.country for r in rows} >= {"Zambia", "Sudan", "South Africa", "Lesotho"}
    assert {r.type_label for r in rows} >= {
        "Remote violence",
        "Battle-Non-state actor overtakes territory",
        "Battle-Government regains territory",
    }


@pytest.mark.parametrize(
    ("name", "country", "standard"),
    [
        ("police", "Kenya", "Police Forces of Kenya"),
        ("Riot police", "Kenya", "Police Forces of Kenya"),
        ("Gendarmes", "Guinea", "Police Forces of Guinea"),
        ("government troops", "Sudan", "Military Forces of Sudan"),
        ("The security forces", "Egypt", "Military Forces of Egypt"),
        ("soldiers", "Mali", "Military Forces of Mali"),
        # A nationality or a unit keeps the record's name: Kenya's army may fight in Somalia.
        ("Kenyan soldiers", "Somalia", None),
        ("Kenya Defence Forces", "Somalia", None),
        ("21 Brigade", "Nigeria", None),
        ("Patriotic Front cadres", "Zambia", None),
        # Without a country, ACLED has no name for them.
        ("police", None, None),
    ],
)
def test_state_forces_named_only_by_what_they_are_take_acleds_name(
    name: str, country: str | None, standard: str | None
) -> None:
    assert acled.state_force(name, country) == standard


def test_the_export_names_generic_state_forces_by_the_events_country() -> None:
    text = "Police fired on rioters in Kitwe."
    start = text.index("Kitwe")
    entities = [
        Entity(id="police", kind="group", name="Police"),
        Entity(id="rioters", kind="group", name="rioters"),
        Entity(
            id="kitwe", kind="place", name="Kitwe", geo=Geo(country_code="ZM", lat=-12.8, lon=28.2)
        ),
        Entity(
            id="ent:zambia", kind="place", name="Zambia", geo=Geo(country_code="ZM", feature="PCLI")
        ),
    ]
    event = Event(
        id="e1",
        span=(0, len(text)),
        trigger=Trigger(span=(7, 12), text="fired"),
        type="battle",
        mappings=Mappings(acled=AcledMapping(event_type="Riots", sub_event_type="Mob violence")),
        where=Where(entity="kitwe", name="Kitwe"),
        actors=[Actor(entity="police", role="agent"), Actor(entity="rioters", role="target")],
    )
    record = Record(
        document=Document(id="d", text=text),
        events=[event],
        entities=entities,
        mentions=[Mention(id="m1", span=(start, start + 5), text="Kitwe", entity="kitwe")],
    )
    row = acled.row(Account(record, event))
    assert row is not None
    assert (row["actor1"], row["inter1"], row["actor2"]) == (
        "Police Forces of Zambia",
        "1",
        "rioters",
    )


@pytest.mark.parametrize(
    ("mentioned", "scored"),
    [
        # Acronyms are shared across countries: the IRA of such a note is no Irish one.
        (("ent:provisional-ira", "IRA"), []),
        # A party named in full, or an acronym with a qualifier, is a name.
        (("ent:upnd", "United Party for National Development"), [0, 1]),
        (("ent:upnd", "UPND Youth League"), [0, 1]),
    ],
)
def test_a_lone_acronym_beside_the_event_gives_no_country(
    kb: KnowledgeBase, mentioned: tuple[str, str], scored: list[int]
) -> None:
    entity_id, name = mentioned
    record, row = unplaced_record(
        f"Gunmen fired on a camp near Um Kadada; two {name} members were later detained.",
        [("gunmen", "Gunmen", "agent"), (entity_id, name, None)],
        "Um Kadada",
    )
    # The coded row is Sudan's: a Zambian party's name gives a (wrong) country.
    assert country_right(record, row, kb) == scored


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # The body that split keeps its own name; its offshoot does not take it over.
        (
            "In the autumn of 1969 the Irish Republican Army split over whether to sit in "
            "the parliaments of Dublin and Belfast.",
            "ent:ira",
        ),
        # Reporting from the 1970s on calls the Provisionals the IRA.
        (
            "The IRA planted a bomb in a Belfast shopping street in 1972, killing two people.",
            "ent:provisional-ira",
        ),
    ],
)
def test_a_parent_organisations_name_is_no_alias_of_its_offshoot(
    pipeline: Pipeline, text: str, agent: str
) -> None:
    (record,) = pipeline.process([Document(id="d", text=text)])
    assert [a.entity for e in record.events for a in e.actors if a.role == "agent"][:1] == [agent]
