"""Scoring against coded data: actor and country normalisation, and the MUC-4 reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from historiograph.cli import cli
from historiograph.evaluate.coded import (
    CodedScores,
    _country_code,
    actor_matches,
    read_actor,
    score_message,
)
from historiograph.export import muc4
from historiograph.export.coded import coded_record
from historiograph.record import Entity, EntityKind
from historiograph.resolve import KnowledgeBase, load_kb

MESSAGES = """\
DEV-MUC3-0001 (NOSC)

   SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY REPORTED THAT TERRORISTS OF THE
FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] KIDNAPPED 50 PEASANTS IN
SAN MIGUEL DEPARTMENT ON 30 DECEMBER.  A BOMB KILLED TWO SOLDIERS IN USULUTAN.


DEV-MUC3-0002 (NOSC)

   LIMA, 4 JAN 90 -- [TEXT] THE PRESIDENT SPOKE ABOUT THE ECONOMY.
"""

KEYS = """\
0.  MESSAGE: ID                     DEV-MUC3-0001 (NCCOSC)
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  30 DEC 89
3.  INCIDENT: LOCATION              EL SALVADOR: SAN MIGUEL (DEPARTMENT)
4.  INCIDENT: TYPE                  KIDNAPPING
9.  PERP: INDIVIDUAL ID             "TERRORISTS"
10. PERP: ORGANIZATION ID           "FARABUNDO MARTI NATIONAL LIBERATION FRONT" / "FMLN"
12. PHYS TGT: ID                    *
18. HUM TGT: NAME                   -
19. HUM TGT: DESCRIPTION            "PEASANTS"
21. HUM TGT: NUMBER                 50: "PEASANTS"
23. HUM TGT: EFFECT OF INCIDENT     -

;;; a comment line
0.  MESSAGE: ID                     DEV-MUC3-0001 (NCCOSC)
1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
2.  INCIDENT: DATE                  - 03 JAN 90
3.  INCIDENT: LOCATION              EL SALVADOR: USULUTAN (DEPARTMENT)
4.  INCIDENT: TYPE                  BOMBING
9.  PERP: INDIVIDUAL ID             -
12. PHYS TGT: ID                    -
19. HUM TGT: DESCRIPTION            "SOLDIERS"
                                    "DRIVER"
21. HUM TGT: NUMBER                 2: "SOLDIERS"
                                    1: "DRIVER"
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "SOLDIERS"
                                    INJURY: "DRIVER"

0.  MESSAGE: ID                     DEV-MUC3-0002 (NCCOSC)
1.  MESSAGE: TEMPLATE               *
2.  INCIDENT: DATE                  *
4.  INCIDENT: TYPE                  *
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def agent(name: str, kind: EntityKind = "group") -> Entity:
    return Entity(id=f"ent:{name.lower().replace(' ', '-')}", kind=kind, name=name)


@pytest.mark.parametrize(
    ("coded", "agents", "right"),
    [
        ("Protesters (India)", [agent("journalists")], True),
        ("Protesters (India)", [agent("police")], False),
        ("Protesters (India)", [], False),
        ("Military Forces of Ukraine (2019-)", [agent("Ukrainian Forces")], True),
        ("Military Forces of Ukraine (2019-)", [agent("Afghan forces")], False),
        ("Military Forces of Cameroon (1982-)", [agent("military forces")], True),
        ("Police Forces of Guatemala (2020-)", [agent("Police Forces")], True),
        ("Unidentified Armed Group (Nigeria)", [], True),
        ("Unidentified Armed Group (Nigeria)", [agent("unidentified gunmen")], True),
        ("Unidentified Armed Group (Nigeria)", [agent("Taliban", "organization")], False),
        ("NAF: United Armed Forces of Novorossiya", [agent("NAF rebel forces")], True),
        ("Islamic State (Greater Sahara)", [agent("ISGS", "organization")], True),
        ("Military Forces of Libya (2016-) Government of National Accord", [agent("GNA")], True),
        ("Eritrean Liberation Front (ELF)", [agent("ELF", "organization")], True),
        ("Fulani Ethnic Militia (Nigeria)", [agent("Fulani herdsmen")], True),
        ("Al Shabaab", [agent("Al shabaab militants")], True),
        ("Al Shabaab", [agent("Taliban")], False),
    ],
)
def test_coded_actor_names_are_read_into_the_agents_the_record_carries(
    coded: str, agents: list[Entity], right: bool, kb: KnowledgeBase
) -> None:
    assert any(actor_matches(r, agents, kb) for r in read_actor(coded, kb)) is right


def test_country_names_differing_by_an_article_are_one_country(kb: KnowledgeBase) -> None:
    assert _country_code("Democratic Republic of Congo", kb) == "CD"
    assert _country_code("Republic of Congo", kb) != "CD"
    assert _country_code("Atlantis", kb) is None


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "dev-muc3-0001-0100").write_text(MESSAGES, encoding="latin-1")
    (tmp_path / "key-dev-0001.muc4").write_text(KEYS, encoding="latin-1")
    return tmp_path


def test_muc4_messages_are_joined_with_their_relevant_templates(corpus: Path) -> None:
    messages = {m.id: m for m in muc4.read_messages(corpus)}
    assert set(messages) == {"DEV-MUC3-0001", "DEV-MUC3-0002"}
    assert messages["DEV-MUC3-0002"].templates == []  # the all-* template is no incident
    first, second = messages["DEV-MUC3-0001"].templates
    assert messages["DEV-MUC3-0001"].published == dt.date(1990, 1, 3)
    assert first.incident_type == "KIDNAPPING"
    assert (first.earliest, first.latest) == (dt.date(1989, 12, 30), dt.date(1989, 12, 30))
    assert first.country == "EL SALVADOR"
    assert first.places == ["EL SALVADOR", "SAN MIGUEL"]
    assert first.perpetrators == [
        ["TERRORISTS"],
        ["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"],
    ]
    assert first.victims == [["PEASANTS"]]
    assert first.fatalities is None  # nobody died
    assert second.optional
    assert (second.earliest, second.latest) == (None, dt.date(1990, 1, 3))  # on or before
    assert second.victims == [["SOLDIERS"], ["DRIVER"]]
    assert second.fatalities == 2  # the injured driver is not counted


def test_muc4_dates_with_alternatives_and_ranges() -> None:
    assert muc4.parse_date("01 NOV 88 - 30 NOV 88", None) == (
        dt.date(1988, 11, 1),
        dt.date(1988, 11, 30),
    )
    assert muc4.parse_date("(26 MAR 89) / (- 28 MAR 89)", None) == (None, dt.date(1989, 3, 28))
    assert muc4.parse_date("12 NOV", 1989) == (dt.date(1989, 11, 12), dt.date(1989, 11, 12))
    assert muc4.parse_date("*", 1989) == (None, None)


def test_a_template_scored_against_its_own_imported_record_is_right(
    corpus: Path, kb: KnowledgeBase
) -> None:
    message = next(m for m in muc4.read_messages(corpus) if m.templates)
    scores = CodedScores()
    for coded, template in zip(muc4.coded_events([message]), message.templates, strict=True):
        single = muc4.Muc4Message(message.id, message.text, templates=[template])
        score_message(single, coded_record(coded), kb, scores)
    metrics = scores.metrics()
    assert metrics["event_found"] == 1.0
    for name in ("type", "location", "perpetrator", "victim"):
        assert metrics[f"{name}_accuracy"] == 1.0, name
    assert metrics["date_accuracy"] == 0.5  # the open-start date is not imported as a date


def test_truecasing_restores_sentence_starts_acronyms_and_known_names() -> None:
    places = {"san miguel", "usulutan"}
    truecase = muc4.Truecaser(names=lambda p: p == "army", places=lambda p: p in places)
    text = truecase(MESSAGES.split("\n\n\n")[0])
    assert "Farabundo Marti National Liberation Front [FMLN]" in text
    assert "San Miguel" in text
    assert "in Usulutan." in text
    assert "the Army reported that terrorists" in text
    assert "A bomb killed two soldiers" in text
    assert "30 December" in text
    assert truecase("Already mixed Case.") == "Already mixed Case."


def test_muc4_templates_import_once(corpus: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'muc.db'}"
    runner = CliRunner()
    first = runner.invoke(cli, ["import", "--format", "muc4", str(corpus), "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored 2," in first.output
    again = runner.invoke(cli, ["import", "--format", "muc4", str(corpus), "--db", db])
    assert "stored 0, skipped 2" in again.output


def test_real_muc4_keys_read(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "events" / "muc4" / "corpora" / "tst1"
    if not folder.is_dir():
        pytest.skip(f"MUC-4 development data not found at {folder}")
    messages = list(muc4.read_messages(folder))
    templates = [t for m in messages for t in m.templates]
    assert len(messages) == 100
    assert len(templates) >= 80
    assert sum(t.latest is not None for t in templates) / len(templates) >= 0.9
    assert all(t.places for t in templates)
