"""Round 22: doers the extractor carried in from another sentence, a date the event's
own sentence states where the extractor anchored none, and a force named as its
commander's ("Captain Osorio's column").
"""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef, accounts_from_record
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import load_settings
from historiograph.record import Timex, When
from test_reconcile_accounts import agent_names, mention, record

SETTINGS = load_settings()
NORVA = PlaceRef(name="Norva", entity="ent:norva", lat=12.1, lon=-70.3, precision=1)
DAY = dt.date(1867, 4, 2)


def test_a_group_named_only_in_the_sentence_before_is_no_doer_of_the_next_act() -> None:
    text = (
        "On 9 May rebels of the Tamar Front attacked the post at Hesk. "
        "On 12 May army artillery shelled the village of Orlo, killing nine civilians."
    )
    rec = record(
        text,
        [("attacked", "battle", None), ("shelled", "battle", "shelling")],
        entities={"ent:front": "Tamar Front", "ent:army": "army"},
        actors={
            "e1": [("ent:front", "agent")],
            "e2": [("ent:front", "agent"), ("ent:army", "agent")],
        },
    )

    attack, shelling = accounts_from_record(rec, SETTINGS)

    assert agent_names(attack) == ["Tamar Front"]
    assert agent_names(shelling) == ["army"]


def test_a_doer_a_pronoun_stands_for_stays_with_the_act() -> None:
    text = (
        "On 11 April the Guard murdered 23 of our comrades at the gates. "
        "On 15 April they fired on our funeral march and killed four more."
    )
    rec = record(
        text,
        [("murdered", "attack", None), ("fired on", "attack", None)],
        entities={"ent:guard": "Guard"},
        actors={"e1": [("ent:guard", "agent")], "e2": [("ent:guard", "agent")]},
    )

    _, shooting = accounts_from_record(rec, SETTINGS)

    assert agent_names(shooting) == ["Guard"]


def test_a_doer_an_attribution_clause_names_stays_with_the_act_it_is_about() -> None:
    text = (
        "Early on 3 June armed men opened fire on the queue at the ferry. "
        "The attack was carried out by the Delta Brigade, which had threatened the ferry."
    )
    rec = record(
        text,
        [("opened fire", "attack", "armed_assault")],
        entities={"ent:delta": "Delta Brigade"},
        actors={"e1": [("ent:delta", "agent")]},
    )

    (shooting,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(shooting) == ["Delta Brigade"]


def test_an_undated_act_takes_the_one_date_its_own_sentence_states_for_comparison() -> None:
    text = (
        "Fighting broke out on Sunday around the town of Norva, "
        "and an army source said 25 people had been killed."
    )
    rec = record(text, [("killed", "attack", None)])
    sunday = text.index("Sunday")
    rec.timexes.append(
        Timex(
            id="t1",
            span=(sunday, sunday + len("Sunday")),
            text="Sunday",
            type="DATE",
            value="1867-04-07",
            earliest=dt.date(1867, 4, 7),
            latest=dt.date(1867, 4, 7),
            precision="day",
        )
    )
    rec.events[0].when = When()

    (killed,) = accounts_from_record(rec, SETTINGS)
    # No evidence for linking: the extractor's date stays unknown.
    assert killed.earliest is None
    assert killed.sentence_date is not None and killed.sentence_date.earliest == dt.date(1867, 4, 7)

    wire = killed.model_copy(update={"place": NORVA})
    ministry = mention(
        "ministry",
        "repelled",
        "On 8 April the Guard repelled an attack on Norva.",
        day=dt.date(1867, 4, 8),
        place=NORVA,
        type="battle",
        subtype="armed_clash",
    )
    fields = {c.field for c in compare([wire, ministry], SETTINGS).conflicts}
    assert "date" in fields


def test_a_force_named_as_its_commander_s_is_no_rival_perpetrator() -> None:
    historian = mention(
        "historian",
        "massacred",
        "On 2 April Captain Osorio's column massacred 47 people at Norva.",
        day=DAY,
        place=NORVA,
        agents=[ActorRef(entity="ent:column", name="column")],
    )
    missionary = mention(
        "missionary",
        "killed",
        "On 2 April the soldiers of Captain Osorio fell upon Norva and killed 47 of its people.",
        day=DAY,
        place=NORVA,
        agents=[ActorRef(entity="ent:osorio", name="Osorio")],
    )
    rival = mention(
        "governor",
        "killed",
        "On 2 April the Chiriwa band of Tupac killed 47 settlers at Norva.",
        day=DAY,
        place=NORVA,
        agents=[ActorRef(entity="ent:tupac", name="Tupac")],
    )

    def blamed(*accounts: Account) -> list[str]:
        found = compare(list(accounts), SETTINGS).conflicts
        return [c.field for c in found if c.field == "perpetrator"]

    assert blamed(historian, missionary) == []
    assert blamed(historian, rival) == ["perpetrator"]


def test_a_pronoun_stands_for_a_doer_of_the_sentence_just_before_only() -> None:
    text = (
        "I had taken the boys to the Ilsk market that day. "
        "The bridge had been mined by agents of the Constabulary. "
        "In early June they burned Pellas Ford."
    )
    rec = record(
        text,
        [("mined", "attack", None), ("burned", "attack", None)],
        entities={"ent:ilsk": "Ilsk", "ent:con": "Constabulary"},
        actors={"e2": [("ent:ilsk", "agent"), ("ent:con", "agent")]},
    )

    _, burning = accounts_from_record(rec, SETTINGS)

    assert agent_names(burning) == ["Constabulary"]


def test_a_contrast_clause_names_the_true_doer_of_the_act_just_told() -> None:
    text = (
        "On 9 March raiders burned the granary at Sorel and killed six of our people. "
        "It was not the Hasu who did this, as the prefect claims, but the hired men of "
        "Diego Ferrand, who wants our land."
    )
    rec = record(
        text,
        [("burned", "attack", None)],
        entities={"ent:hasu": "Hasu", "ent:ferrand": "Diego Ferrand"},
        actors={"e1": [("ent:raiders", "agent")]},
    )
    rec.entities.append(rec.entities[0].model_copy(update={"id": "ent:raiders", "name": "raiders"}))

    (burning,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(burning) == ["raiders", "Diego Ferrand"]


def test_a_doer_told_by_its_kind_belongs_to_the_group_named_after_of() -> None:
    text = "On 9 March warriors of the Hasu nation fell upon the granary at Sorel."
    rec = record(
        text,
        [("fell upon", "attack", None)],
        entities={"ent:hasu": "Hasu"},
        actors={"e1": [("ent:warriors", "agent")]},
    )
    rec.entities.append(
        rec.entities[0].model_copy(update={"id": "ent:warriors", "name": "warriors"})
    )

    (raid,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(raid) == ["warriors", "Hasu"]


def test_a_negation_further_on_makes_no_denial_of_the_act_its_clause_asserts() -> None:
    text = (
        "In May 1902 the Rangers shot some thirty herders at Kessa; "
        "the governor's tale of a rebel attack has never been proven."
    )
    rec = record(
        text,
        [("shot", "attack", None)],
        entities={"ent:rangers": "Rangers"},
        actors={"e1": [("ent:rangers", "agent")]},
        modality={"e1": "denied"},
    )

    (shooting,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(shooting) == ["Rangers"]
    assert shooting.denials == []


def test_a_contracted_negation_before_the_trigger_denies_the_act() -> None:
    text = "The Rangers didn't shoot the herders at Kessa, their captain says."
    rec = record(
        text,
        [("shoot", "attack", None)],
        entities={"ent:rangers": "Rangers"},
        actors={"e1": [("ent:rangers", "agent")]},
        modality={"e1": "denied"},
    )

    (shooting,) = accounts_from_record(rec, SETTINGS)

    assert shooting.agents == []
    assert [a.name for a in shooting.denied_agents] == ["Rangers"]
