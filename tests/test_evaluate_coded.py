"""Scoring against coded data: actor and country normalisation, and the MUC-4 reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from historiograph.cli import cli
from historiograph.evaluate.coded import (
    CodedRow,
    CodedScores,
    _country_code,
    actor_matches,
    main_event,
    place_matches,
    read_actor,
    score_message,
    score_row,
    split_half,
    template_fields,
)
from historiograph.export import muc4
from historiograph.export.coded import coded_record
from historiograph.record import (
    AcledMapping,
    Actor,
    Document,
    Entity,
    EntityKind,
    Event,
    Fatalities,
    Geo,
    Mappings,
    Mention,
    Record,
    Timex,
    Trigger,
    When,
    Where,
)
from historiograph.resolve import Gazetteer, KnowledgeBase, load_kb
from historiograph.resolve.keys import translit_key

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
        ("Islamic State (Somalia)", [agent("Islamic State militants")], True),
        ("Islamic State (Somalia)", [agent("Al Shabaab", "organization")], False),
        # A name of two countries' forces is each country's.
        ("Military Forces of Afghanistan (2014-)", [agent("Ukrainian and Afghan soldiers")], True),
        ("Military Forces of Afghanistan (2014-)", [agent("Ukrainian soldiers")], False),
        ("Military Forces of Cameroon (1982-) Gendarmerie", [agent("a gendarme")], True),
        ("Tupamaros (Uruguay)", [agent("Tupamaro terrorists")], True),
        ("Tupamaros (Uruguay)", [agent("Montoneros")], False),
        # A field cut at its width: the open bracket's acronym is a prefix of the agent's.
        ("Popular Front for the Liberation of Palestine (PFL", [agent("PFLP")], True),
        ("Popular Front for the Liberation of Palestine (PFL", [agent("PFF")], False),
        # The movement a coder names holds the group the text names (the KB's parent).
        ("Anti-Castro Cubans", [agent("El Poder Cubano", "organization")], True),
        ("Anti-Castro Cubans", [agent("Tupamaros", "organization")], False),
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


def row(**coded: object) -> CodedRow:
    fields: dict[str, object] = dict.fromkeys(CodedRow.__dataclass_fields__)
    fields.update({"row_id": "1", "text": "text", **coded})
    return CodedRow(**fields)  # type: ignore[arg-type]


def event_at(name: str, lat: float | None = None, lon: float | None = None) -> Event:
    return Event(
        id="e1",
        span=(0, 4),
        trigger=Trigger(span=(0, 4), text="raid"),
        type="attack",
        when=When(earliest=dt.date(2016, 3, 1), latest=dt.date(2016, 3, 1)),
        where=Where(name=name, lat=lat, lon=lon),
    )


@pytest.fixture
def gazetteer() -> Gazetteer:
    places = {
        "1": "Marawara\t34.93\t71.20\tPPL\tAF\t\t0",
        "2": "Marawara\t10.0\t10.0\tPPL\tNG\t\t0",
    }
    return Gazetteer(places, {translit_key("Marawara"): "1,2"})


def test_a_coded_city_name_is_placed_by_the_gazetteer_in_the_rows_country(
    kb: KnowledgeBase, gazetteer: Gazetteer
) -> None:
    coded = row(place="Marawara district", country="Afghanistan")
    near = event_at("Kunar", 34.92, 71.14)  # the province, within 50 km of the town
    assert place_matches(coded, near, None, kb, gazetteer)
    far = event_at("Kabul", 34.53, 69.17)
    assert not place_matches(coded, far, None, kb, gazetteer)
    nigeria = row(place="Marawara", country="Nigeria")  # the other Marawara
    assert not place_matches(nigeria, near, None, kb, gazetteer)
    # A name no gazetteer places is compared by name, designators aside.
    assert place_matches(coded, event_at("Marawara"), None, kb, None)
    assert not place_matches(coded, event_at("Asadabad"), None, kb, None)
    # Coordinates on both sides decide.
    gold = row(place="Marawara", lat=34.93, lon=71.2)
    assert place_matches(gold, near, None, kb, gazetteer)
    assert not place_matches(gold, far, None, kb, gazetteer)


def test_a_date_is_scored_only_where_the_text_states_the_coded_one(
    kb: KnowledgeBase,
) -> None:
    coded = row(earliest=dt.date(2016, 3, 9), latest=dt.date(2016, 3, 9))
    event = event_at("Kabul")  # undated: wrong wherever a date is scored
    text = "raid on the same day"
    relative = Timex(id="t1", span=(8, 20), text="the same day", type="DATE", value="XXXX")
    record = Record(document=Document(id="d", text=text), events=[event], timexes=[relative])

    def scored(timex: Timex) -> list[int] | None:
        scores = CodedScores()
        score_row(coded, record.model_copy(update={"timexes": [timex]}), "gtd", kb, scores)
        return scores.fields.get("date")

    assert scored(relative) is None  # no calendar date in the text
    # A summary that dates only something else (the hostages' release) cannot give it.
    release = dt.date(2016, 4, 27)
    other = relative.model_copy(
        update={"value": "2016-04-27", "earliest": release, "latest": release}
    )
    assert scored(other) is None
    day = dt.date(2016, 3, 9)
    stated = relative.model_copy(update={"value": "2016-03-09", "earliest": day, "latest": day})
    assert scored(stated) == [0, 1]


def test_rows_split_into_halves_that_share_nothing() -> None:
    rows = list(range(7))
    assert split_half(rows, "even") == [0, 2, 4, 6]
    assert split_half(rows, "odd") == [1, 3, 5]
    assert split_half(rows, None) == rows


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
    raw = MESSAGES.split("\n\n\n")[0].split("\n", 2)[2]  # as the reader gives it
    text = truecase(raw)
    assert len(text) == len(raw)  # offsets are kept
    assert "Farabundo Marti National Liberation Front (FMLN)" in text
    assert "San Miguel" in text
    assert "in Usulutan." in text
    assert "[TEXT]" not in text and "(TEXT)" not in text  # a section label, not text
    assert "--        The Army reported that terrorists" in text
    assert "A bomb killed two soldiers" in text
    assert "30 December" in text
    assert truecase("Already mixed Case.") == "Already mixed Case."


def test_editorial_labels_are_blanked_and_insertions_parenthesised() -> None:
    text = (
        "SAN SALVADOR, 3 JAN 90 -- [REPORT] [ARMED FORCES PRESS COMMITTEE,\n"
        "COPREFA] [TEXT] THE FRONT [FMLN] ATTACKED [WORDS INDISTINCT] A POST."
    )
    marked = muc4.editorial_marks(text)
    assert len(marked) == len(text)
    assert marked.startswith("SAN SALVADOR, 3 JAN 90 --")
    assert "REPORT" not in marked and "COPREFA" not in marked and "TEXT" not in marked
    assert "\n" in marked  # line breaks stay where they were
    assert "THE FRONT (FMLN) ATTACKED (WORDS INDISTINCT) A POST." in marked
    # A message without the labels keeps its text, insertions aside.
    assert muc4.editorial_marks("LIMA, 4 JAN 90 -- THE [PRESIDENT] SPOKE.") == (
        "LIMA, 4 JAN 90 -- THE (PRESIDENT) SPOKE."
    )


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


def test_an_acled_area_centroid_is_matched_by_the_areas_name(kb: KnowledgeBase) -> None:
    """geo_precision 2/3: the coded point is the district's centre; naming it is right."""
    district = event_at("Balcad", 2.36, 45.39)
    coded = row(place="Qalimow", lat=2.59, lon=45.37, areas=("Qalimow", "Balcad"))
    assert place_matches(coded, district, None, kb, None)
    exact = row(place="Qalimow", lat=2.59, lon=45.37, areas=())
    assert place_matches(exact, district, None, kb, None)  # within 50 km anyway
    far = event_at("Balcad", 4.0, 46.0)
    assert place_matches(coded, far, None, kb, None)
    assert not place_matches(exact, far, None, kb, None)
    assert not place_matches(coded, event_at("Jowhar", 2.78, 45.5 + 1.5), None, kb, None)


def test_an_attack_type_or_city_the_coder_did_not_know_is_not_scored(kb: KnowledgeBase) -> None:
    record = Record(document=Document(id="d", text="raid"), events=[event_at("Kabul")])
    unknown = CodedScores()
    score_row(row(type_label="Unknown"), record, "gtd", kb, unknown)
    assert "attacktype" not in unknown.fields
    score_row(row(place="Unknown"), record, "gtd", kb, unknown)
    assert "place" not in unknown.fields
    known = CodedScores()
    score_row(row(type_label="Armed Assault", place="Kabul"), record, "gtd", kb, known)
    assert known.fields["attacktype"][1] == 1
    assert known.fields["place"] == [1, 1]


def told(
    text: str, trigger: str, kind: str, subtype: str | None, acled: str | None, sentence: str
) -> Event:
    start = text.index(trigger)
    first = text.index(sentence)
    return Event(
        id=f"e{start}",
        span=(first, first + len(sentence)),
        trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
        type=kind,  # type: ignore[arg-type]
        subtype=subtype,
        mappings=Mappings(acled=AcledMapping(event_type=acled) if acled else None),
    )


def test_the_main_event_is_the_protest_not_the_force_used_on_it() -> None:
    text = (
        "Riot police used water cannon to scatter dock workers who had marched on the port "
        "and thrown rocks at its gates. Nine of them were arrested."
    )
    first, second = text.split(". ")
    events = [
        told(text, "water cannon", "repression", "crackdown", "Violence against civilians", first),
        told(text, "marched", "protest", "demonstration", "Protests", first),
        told(text, "thrown", "protest", "riot", "Riots", first),
        told(text, "arrested", "repression", "arrest", "Strategic developments", second),
    ]
    record = Record(document=Document(id="d", text=text), events=events)
    main = main_event(record)
    assert main is not None and main.trigger.text == "thrown"
    # Without the stone-throwing it is a demonstration the police broke up.
    calm = record.model_copy(update={"events": [events[0], events[1], events[3]]})
    main = main_event(calm)
    assert main is not None and main.trigger.text == "marched"


def test_an_arrest_for_past_protests_is_the_arrest() -> None:
    text = "Police arrested twelve students for taking part in protests against the fee rise."
    events = [
        told(text, "arrested", "repression", "arrest", "Strategic developments", text),
        told(text, "protests", "protest", "demonstration", "Protests", text),
    ]
    main = main_event(Record(document=Document(id="d", text=text), events=events))
    assert main is not None and main.trigger.text == "arrested"


def test_an_event_the_scheme_codes_comes_before_one_it_does_not() -> None:
    text = "The two parties formed an alliance, and their militias then attacked a convoy."
    events = [
        told(text, "alliance", "support", "alliance", None, text),
        told(text, "attacked", "attack", "armed_assault", "Violence against civilians", text),
    ]
    main = main_event(Record(document=Document(id="d", text=text), events=events))
    assert main is not None and main.trigger.text == "attacked"


def killing(ident: str, trigger: str, text: str, dead: int | None) -> Event:
    start = text.index(trigger)
    return Event(
        id=ident,
        span=(start, start + len(trigger)),
        trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
        type="attack",
        fatalities=Fatalities(low=dead, best=dead, high=dead) if dead else None,
    )


def test_gtd_counts_every_death_of_the_incident_acled_the_main_events(kb: KnowledgeBase) -> None:
    text = "Assailants attacked a post. Four assailants were killed in the ensuing clash."
    events = [killing("e1", "attacked", text, None), killing("e2", "clash", text, 4)]
    record = Record(document=Document(id="d", text=text), events=events)
    gtd, acled = CodedScores(), CodedScores()
    score_row(row(text=text, fatalities=4.0), record, "gtd", kb, gtd)
    score_row(row(text=text, fatalities=4.0), record, "acled", kb, acled)
    assert gtd.fields["fatalities_exact"] == [1, 1]
    assert acled.fields["fatalities_exact"] == [0, 1]


def test_a_toll_shared_by_several_incidents_is_not_scored(kb: KnowledgeBase) -> None:
    text = "Assailants attacked a village. Six assailants were killed across the three raids."
    record = Record(
        document=Document(id="d", text=text), events=[killing("e1", "attacked", text, 6)]
    )
    shared = CodedScores()
    score_row(row(text=text, fatalities=2.0), record, "gtd", kb, shared)
    assert "fatalities_exact" not in shared.fields
    own = CodedScores()
    alone = text.replace(" across the three raids", "")
    score_row(row(text=alone, fatalities=6.0), record, "gtd", kb, own)
    assert own.fields["fatalities_exact"] == [1, 1]


def place_entity(ident: str, code: str) -> Entity:
    return Entity(id=ident, kind="place", name=ident, geo=Geo(lat=0.0, lon=0.0, country_code=code))


def test_the_country_is_not_read_from_a_peoples_adjective(kb: KnowledgeBase) -> None:
    text = "Rioters attacked an Armenian church in Bakirkoy, Turkey."
    armenia = kb.lookup("Armenia")[0]
    turkey = kb.lookup("Turkey")[0]
    adjective = armenia.adjectives[0]
    text = text.replace("Armenian", adjective)
    mentions = [
        Mention(
            id="m1",
            span=(text.index(adjective), text.index(adjective) + len(adjective)),
            text=adjective,
            entity=armenia.id,
        ),
        Mention(
            id="m2",
            span=(text.index("Turkey"), text.index("Turkey") + 6),
            text="Turkey",
            entity=turkey.id,
        ),
    ]
    record = Record(
        document=Document(id="d", text=text),
        entities=[place_entity(armenia.id, "AM"), place_entity(turkey.id, "TR")],
        mentions=mentions,
        events=[killing("e1", "attacked", text, None)],
    )
    scores = CodedScores()
    score_row(row(text=text, country="Turkey"), record, "acled", kb, scores)
    assert scores.fields["country"] == [1, 1]


def test_an_unplaced_event_takes_its_agents_home_country(kb: KnowledgeBase) -> None:
    text = "LNA forces clashed in Wadi al-Rabi."
    lna = kb.lookup("Libyan National Army")[0]
    event = killing("e1", "clashed", text, None).model_copy(
        update={"actors": [Actor(entity=lna.id, role="agent")]}
    )
    record = Record(
        document=Document(id="d", text=text),
        entities=[Entity(id=lna.id, kind="organization", name=lna.name)],
        events=[event],
    )
    scores = CodedScores()
    score_row(row(text=text, country="Libya"), record, "acled", kb, scores)
    assert scores.fields["country"] == [1, 1]


def test_muc4_location_names_the_place_whatever_words_stand_around_it(kb: KnowledgeBase) -> None:
    def location(places: list[str], name: str) -> bool:
        template = muc4.Muc4Template(
            "m", "1", False, "BOMBING", None, None, "", places[0], places, [], [], [], None
        )
        record = Record(document=Document(id="d", text="raid"), events=[event_at(name)])
        return template_fields(template, record, record.events[0], kb)["location"]

    assert location(["EL SALVADOR", "SAN SALVADOR"], "Downtown San Salvador")
    assert location(["PERU", "JUNIN", "EL TAMBO"], "el Tambo metropolitan district")
    assert not location(["EL SALVADOR", "SAN SALVADOR"], "Soyapango")
    # A key that gives only the country is matched by the country alone.
    assert not location(["GUATEMALA"], "Guatemala City")
    assert location(["GUATEMALA"], "Guatemala")
