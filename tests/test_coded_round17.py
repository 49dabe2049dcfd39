"""Round 17: what one ACLED row is about, read as ACLED's codebook reads a note.

One row is one act of one actor at one place on one day, however many verbs
tell it, and its location is the most specific place the note names that the
coder could find: a village missing from the gazetteer is coded at the
district named around it, an event told with no place by a place the note
names elsewhere. The fresh gold ``tests/gold/coded12-acled.csv`` is read in the
pre-2019 scheme, from regions far apart.
"""

from __future__ import annotations

from pathlib import Path

from historiograph.evaluate.coded import (
    CodedRow,
    CodedScores,
    coded_rows,
    located_where,
    main_event,
    row_event,
    score_row,
)
from historiograph.export import acled
from historiograph.record import (
    AcledMapping,
    Actor,
    Document,
    Entity,
    Event,
    Fatalities,
    Geo,
    Mappings,
    Mention,
    Record,
    Trigger,
    Where,
)
from historiograph.resolve import KnowledgeBase

GOLD = Path(__file__).parent / "gold" / "coded12-acled.csv"


def coded_row(**fields: object) -> CodedRow:
    values: dict[str, object] = dict.fromkeys(CodedRow.__dataclass_fields__)
    values.update({"row_id": "1", "text": "text", **fields})
    return CodedRow(**values)  # type: ignore[arg-type]


def act(
    text: str,
    trigger: str,
    kind: str,
    subtype: str | None,
    acled_type: str,
    *,
    agent: str | None = None,
    dead: int | None = None,
    where: Where | None = None,
) -> Event:
    """An event told by ``trigger`` in the sentence around it."""
    start = text.index(trigger)
    sentence_start = text.rfind(". ", 0, start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = text.find(". ", start)
    sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
    return Event(
        id=f"e{start}",
        span=(sentence_start, sentence_end),
        trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
        type=kind,  # type: ignore[arg-type]
        subtype=subtype,
        mappings=Mappings(acled=AcledMapping(event_type=acled_type)),
        actors=[Actor(entity=agent, role="agent")] if agent else [],
        fatalities=Fatalities(low=dead, best=dead, high=dead) if dead else None,
        where=where,
    )


def test_two_verbs_of_one_attack_are_one_row_with_the_attacks_toll(kb: KnowledgeBase) -> None:
    text = "Militiamen burned the granaries of the hamlet and hacked three herders to death."
    burned = act(text, "burned", "repression", None, "Violence against civilians", agent="m")
    hacked = act(
        text, "hacked", "attack", "armed_assault", "Violence against civilians", agent="m", dead=3
    )
    record = Record(document=Document(id="d", text=text), events=[burned, hacked])
    assert main_event(record) is burned
    assert row_event(record, burned) == [burned, hacked]
    scores = CodedScores()
    score_row(coded_row(text=text, fatalities=3.0), record, "acled", kb, scores)
    assert scores.fields["fatalities_exact"] == [1, 1]


def test_an_act_of_another_type_or_by_another_actor_is_another_row() -> None:
    text = "Troops detained a ferryman and then shelled the ridge, killing six fighters."
    detained = act(text, "detained", "repression", "arrest", "Strategic developments", agent="t")
    shelled = act(
        text, "shelled", "battle", "shelling", "Explosions/Remote violence", agent="t", dead=6
    )
    record = Record(document=Document(id="d", text=text), events=[detained, shelled])
    assert row_event(record, detained) == [detained]
    other = "Herders stole cattle and raiders burned the mill, killing two millers."
    stole = act(other, "stole", "repression", None, "Violence against civilians", agent="h")
    burned = act(other, "burned", "attack", None, "Violence against civilians", agent="r", dead=2)
    two = Record(document=Document(id="d2", text=other), events=[stole, burned])
    assert row_event(two, stole) == [stole]


def test_a_protest_carries_the_toll_of_the_force_used_on_it(kb: KnowledgeBase) -> None:
    text = "Dockers marched on the harbour office. Guards fired on the column, killing two dockers."
    marched = act(text, "marched", "protest", "demonstration", "Protests", agent="d")
    fired = act(
        text, "fired", "repression", "crackdown", "Violence against civilians", agent="g", dead=2
    )
    record = Record(document=Document(id="d", text=text), events=[marched, fired])
    assert main_event(record) is marched
    scores = CodedScores()
    score_row(coded_row(text=text, fatalities=2.0), record, "acled", kb, scores)
    assert scores.fields["fatalities_exact"] == [1, 1]


def place(ident: str, lat: float, lon: float, feature: str = "PPL") -> Entity:
    return Entity(id=ident, kind="place", name=ident, geo=Geo(lat=lat, lon=lon, feature=feature))


def mention(text: str, name: str, entity: str, after: int = 0) -> Mention:
    start = text.index(name, after)
    return Mention(id=f"m{start}", span=(start, start + len(name)), text=name, entity=entity)


def test_a_village_the_gazetteer_lacks_is_placed_at_the_district_named_round_it(
    kb: KnowledgeBase,
) -> None:
    text = "Gunmen raided Kofar Tsamiya in Dandume district, killing four farmers."
    village = Entity(id="kofar", kind="place", name="Kofar Tsamiya")
    district = place("dandume", 11.46, 7.13)
    event = act(
        text,
        "raided",
        "attack",
        "armed_assault",
        "Violence against civilians",
        agent="g",
        dead=4,
        where=Where(entity="kofar", name="Kofar Tsamiya"),
    )
    record = Record(
        document=Document(id="d", text=text),
        entities=[village, district],
        mentions=[mention(text, "Kofar Tsamiya", "kofar"), mention(text, "Dandume", "dandume")],
        events=[event],
    )
    where = located_where(record, [event], kb)
    assert where is not None and (where.lat, where.lon) == (11.46, 7.13)
    # ACLED codes it at the district's centre, geo_precision 2.
    coded = coded_row(text=text, place="Dandume", lat=11.45, lon=7.12, areas=("Dandume",))
    scores = CodedScores()
    score_row(coded, record, "acled", kb, scores)
    assert scores.fields["place"] == [1, 1]


def test_an_event_told_with_no_place_is_placed_by_the_town_the_note_names(
    kb: KnowledgeBase,
) -> None:
    text = "A general strike shut the markets. Buses from Tamale did not run."
    strike = act(text, "strike", "protest", "strike", "Protests", agent="u")
    tamale = place("tamale", 9.40, -0.84)
    ghana = place("ghana", 8.0, -1.0, feature="PCLI")
    record = Record(
        document=Document(id="d", text=text),
        entities=[tamale, ghana],
        mentions=[mention(text, "Tamale", "tamale")],
        events=[strike],
    )
    where = located_where(record, [strike], kb)
    assert where is not None and where.entity == "tamale"
    # A country is no event's location.
    only_country = record.model_copy(
        update={"mentions": [mention(text, "Tamale", "ghana")]}  # the country's name here
    )
    assert located_where(only_country, [strike], kb) is None


def test_the_fresh_gold_rows_are_read_in_the_old_scheme_from_many_regions() -> None:
    rows = list(coded_rows(GOLD, "acled", limit=None))
    assert len(rows) == 21
    assert {r.scheme for r in rows} == {acled.PRE_2019}
    assert all(r.lat is not None and r.country and r.actor for r in rows)
    assert len({r.country for r in rows}) >= 15
    assert sum(bool(r.areas) for r in rows) >= 3  # district- and province-level points
