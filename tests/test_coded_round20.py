"""Round 20: ACLED's actors and event types, as an export names and codes them.

ACLED names an actor a note leaves unnamed by class ("Rioters (Bangladesh)" for
the crowd that torched a bus during a blockade, "Police Forces of Belarus" for
those who arrested marchers, "Unidentified Armed Group (Mali)" for masked
gunmen), and its event type says who acted on whom: a clash on unarmed farmers
is violence against civilians, territory the army takes the government regaining
it. The export (``historiograph export --format acled``) and ``eval coded``
share that code. The fresh gold ``tests/gold/coded14-acled.csv`` has police,
soldiers, militias, rioters, protesters and unidentified armed groups in the
pre-2019 scheme.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from historiograph.evaluate.coded import CodedRow, CodedScores, coded_rows, score_row
from historiograph.export import acled
from historiograph.export.account import Account
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
)
from historiograph.resolve import KnowledgeBase

GOLD = Path(__file__).parent / "gold" / "coded14-acled.csv"


@pytest.mark.parametrize(
    ("code", "country", "name"),
    [
        # An unnamed crowd burning lorries on a strike day is ACLED's rioters.
        (("Riots", "Violent demonstration"), "Bangladesh", "Rioters (Bangladesh)"),
        (("Protests", "Peaceful protest"), "Peru", "Protesters (Peru)"),
        # "Forty people were arrested after the march": the police arrested them.
        (("Strategic developments", "Arrests"), "Belarus", "Police Forces of Belarus"),
        (("Explosions/Remote violence", "Grenade"), "Iraq", "Unidentified Armed Group (Iraq)"),
        # Without a country the class name stands alone.
        (("Violence against civilians", "Attack"), None, "Unidentified Armed Group"),
        (("Strategic developments", "Agreement"), "Chad", None),
    ],
)
def test_acled_names_an_actor_the_text_leaves_unnamed_by_class(
    code: tuple[str, str], country: str | None, name: str | None
) -> None:
    mapping = AcledMapping(event_type=code[0], sub_event_type=code[1])
    assert acled.unnamed_actor(mapping, country) == name


@pytest.mark.parametrize(
    ("agent", "unidentified"),
    [
        ("Masked gunmen", True),
        ("an armed man", True),
        ("Unknown assailants", True),
        ("RENAMO gunmen", False),
        ("Boko Haram gunmen", False),
        ("soldiers", False),
    ],
)
def test_armed_men_named_by_no_name_of_their_own_are_unidentified(
    agent: str, unidentified: bool
) -> None:
    assert acled.unidentified_agent(agent) is unidentified


def account(
    code: tuple[str, str], actors: list[tuple[str, ActorRole]], text: str = "text"
) -> Account:
    entities = [Entity(id=f"a{i}", kind="group", name=name) for i, (name, _) in enumerate(actors)]
    event = Event(
        id="e1",
        span=(0, len(text)),
        trigger=Trigger(span=(0, 1), text=text[:1]),
        type="battle",
        mappings=Mappings(acled=AcledMapping(event_type=code[0], sub_event_type=code[1])),
        actors=[Actor(entity=f"a{i}", role=role) for i, (_, role) in enumerate(actors)],
    )
    record = Record(document=Document(id="d", text=text), events=[event], entities=entities)
    return Account(record, event)


CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("code", "actors", "coded"),
    [
        # "Militiamen opened fire on the hamlet, wounding four farmers": no one fired back.
        (CLASH, [("militiamen", "agent"), ("farmers", "victim")], ATTACK),
        # Traders are civilians; a party of no code may be a patrol.
        (CLASH, [("gunmen", "agent"), ("traders", "victim")], ATTACK),
        # An attack on one officer stays violence against civilians (he may be off duty).
        (ATTACK, [("bandits", "agent"), ("police inspector", "victim")], ATTACK),
        (CLASH, [("insurgents", "agent"), ("patrol party", "victim")], CLASH),
        # Soldiers and civilians both hit: still a battle.
        (CLASH, [("rebels", "agent"), ("soldiers", "target"), ("villagers", "victim")], CLASH),
        (
            ("Battles", "Non-state actor overtakes territory"),
            [("the army", "agent")],
            ("Battles", "Government regains territory"),
        ),
        (
            ("Battles", "Non-state actor overtakes territory"),
            [("jihadist fighters", "agent")],
            ("Battles", "Non-state actor overtakes territory"),
        ),
    ],
)
def test_the_code_says_who_acted_on_whom(
    code: tuple[str, str], actors: list[tuple[str, ActorRole]], coded: tuple[str, str]
) -> None:
    mapping = acled.event_code(account(code, actors))
    assert mapping is not None
    assert (mapping.event_type, mapping.sub_event_type) == coded


def test_the_export_codes_by_sides_and_names_an_unnamed_crowd() -> None:
    row = acled.row(account(CLASH, [("militiamen", "agent"), ("farmers", "victim")]))
    assert row is not None
    assert (row["event_type"], row["sub_event_type"]) == ATTACK
    assert row["actor1"] == "militiamen"  # a named agent keeps the record's name
    riot = acled.row(account(("Riots", "Mob violence"), []))
    assert riot is not None
    assert (riot["actor1"], riot["inter1"]) == ("Rioters", "5")


def coded_row(text: str, actor: str, country: str) -> CodedRow:
    values: dict[str, object] = dict.fromkeys(CodedRow.__dataclass_fields__)
    values.update({"row_id": "1", "text": text, "actor": actor, "country": country})
    return CodedRow(**values)  # type: ignore[arg-type]


def test_an_unnamed_crowd_scores_as_acleds_rioters_of_the_records_country(
    kb: KnowledgeBase,
) -> None:
    text = "Two lorries were set ablaze near Bogra during the strike."
    riot = account(("Riots", "Violent demonstration"), [], text).record
    start = text.index("Bogra")

    def placed_in(country: str) -> Record:
        town = Entity(id="bogra", kind="place", name="Bogra", geo=Geo(country_code=country))
        where = Mention(id="m1", span=(start, start + 5), text="Bogra", entity="bogra")
        return riot.model_copy(update={"entities": [town], "mentions": [where]})

    # Rioters of another country are other rioters; a record that could not tell the
    # country is scored for that in the country field.
    for record, right in ((placed_in("BD"), 1), (placed_in("IN"), 0), (riot, 1)):
        scores = CodedScores()
        score_row(
            coded_row(text, "Rioters (Bangladesh)", "Bangladesh"), record, "acled", kb, scores
        )
        assert scores.fields["actor"] == [right, 1]


def test_fresh_gold_reads_varied_actors() -> None:
    rows = list(coded_rows(GOLD, "acled", limit=None))
    assert len(rows) == 20
    assert {r.actor for r in rows} >= {
        "Rioters (Zimbabwe)",
        "Protesters (Uganda)",
        "Police Forces of Ethiopia (1991-)",
        "Unidentified Armed Group (Mali)",
    }
