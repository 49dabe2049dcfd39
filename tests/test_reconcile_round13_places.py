"""Round 13: a sentence that opens on where ("In Drusk, ...") tells its own place, and a
loose death toll belongs to an event told before it, not to the next one."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, PlaceRef, accounts_from_record
from historiograph.reconcile.features import located_names, score_pair
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity
from historiograph.record import Claim, Document, Event, Record, Trigger, When

SETTINGS = load_settings()
SIMILARITY = LexicalSimilarity(SETTINGS)
DAY = dt.date(1935, 5, 14)
PROVINCE = PlaceRef(name="Brevane", entity="ent:brevane", precision=2)
DRUSK = PlaceRef(name="Drusk", entity="ent:drusk", precision=2)


def wire_account(number: int, quote: str, place: PlaceRef) -> Account:
    """One mention of the wire story, dated to the day in its own sentence."""
    return Account(
        key=f"sha256:wire@{number}-{number + 5}",
        document="sha256:wire",
        event=f"e{number}",
        type="attack",
        subtype="armed_assault",
        trigger=quote.split()[0],
        earliest=DAY,
        latest=DAY,
        precision="day",
        place=place,
        quote=quote,
        span=(number, number + len(quote)),
    )


def test_a_preposition_that_opens_the_sentence_still_says_where() -> None:
    assert located_names("In Kesh, police shot dead two strikers.", SETTINGS) == {"kesh"}
    assert located_names("At Kerra the same morning a mine went off.", SETTINGS) == {"kerra"}
    assert located_names("In March the Front struck again.", SETTINGS) == frozenset()


def test_one_writer_s_two_same_day_shootings_at_two_named_towns_are_two_events() -> None:
    # The resolver placed the first only in the province around both towns: the
    # sentences themselves say Ilsk and Drusk.
    market = wire_account(
        10,
        "Mounted men fired into a crowd at the Ilsk cattle market, killing at least 25 people.",
        PROVINCE,
    )
    evening = wire_account(
        300,
        "In Drusk, a market town down the river, constables shot dead three people.",
        DRUSK,
    )

    scores = score_pair(evening, market, SETTINGS, SIMILARITY)

    assert scores is not None and not scores.linked


def _memoir(text: str, trigger: str, subtype: str, figure: str) -> Record:
    start = text.index(trigger)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    event = Event.model_validate(
        {
            "id": "e1",
            "span": (sentence_start, text.index(".", start) + 1),
            "trigger": Trigger(span=(start, start + len(trigger)), text=trigger),
            "type": "attack",
            "subtype": subtype,
            "when": When(earliest=DAY, latest=DAY, precision="day"),
        }
    )
    at = text.index(figure)
    claim = Claim(id="c1", span=(at, at + len(figure)), about=None, property="fatalities", value=40)
    return Record(
        document=Document(id="sha256:memoir", text=text, published=dt.date(1971, 3, 1)),
        events=[event],
        claims=[claim],
    )


def test_a_loose_toll_is_not_given_to_the_event_the_writer_tells_next() -> None:
    # The shooting the toll belongs to was not extracted; the burning told after it
    # did not cause those deaths.
    text = (
        "I had taken the boys to the market when the shooting began. "
        "Some forty people died in the square. "
        "In early June they burned Pellas Ford, where my sister lived."
    )
    rec = _memoir(text, "burned", "facility_attack", "Some forty people")

    (burning,) = accounts_from_record(rec, SETTINGS)

    assert burning.figures == []


def test_a_loose_toll_told_after_its_event_is_still_that_event_s() -> None:
    text = "In early June they burned Pellas Ford. Some forty people died in the fire."
    rec = _memoir(text, "burned", "facility_attack", "Some forty people")

    (burning,) = accounts_from_record(rec, SETTINGS)

    assert [f.claim for f in burning.figures] == ["c1"]
