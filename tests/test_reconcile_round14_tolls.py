"""Round 14: a toll told in another lethal event's sentence is that event's, and a
total counted in "souls" is no victim group to add to its own breakdown."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, Figure, accounts_from_record
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import load_settings
from historiograph.record import Claim, Document, Event, Record, Timex, Trigger, When
from test_reconcile_accounts import toll_figure

SETTINGS = load_settings()
MARCH = When(earliest=dt.date(1898, 3, 1), latest=dt.date(1898, 3, 31), precision="month")


def _event(text: str, event_id: str, trigger: str, type_: str, claims: list[str]) -> Event:
    start = text.index(trigger)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    return Event.model_validate(
        {
            "id": event_id,
            "span": (sentence_start, text.index(".", start) + 1),
            "trigger": Trigger(span=(start, start + len(trigger)), text=trigger),
            "type": type_,
            "when": MARCH,
            "claims": claims,
        }
    )


def _claim(text: str, claim_id: str, words: str, about: str) -> Claim:
    at = text.index(words)
    return Claim(
        id=claim_id, span=(at, at + len(words)), about=about, property="fatalities", value=1
    )


def test_a_toll_in_the_next_killing_s_sentence_is_not_given_to_the_first() -> None:
    # The extractor gave both figures to the burning; the estimate is told with the
    # destruction of Nashiro, in its own sentence.
    text = (
        "On 8 March the rebels burned the Lumbe mission and killed twelve people. "
        "In mid-March the Rifles destroyed Nashiro, and the estimate puts the dead at "
        "150 to 200."
    )
    record = Record(
        document=Document(id="sha256:history", text=text, published=dt.date(1964, 6, 1)),
        events=[
            _event(text, "e1", "burned", "attack", ["c1", "c2"]),
            _event(text, "e2", "destroyed", "battle", []),
        ],
        claims=[
            _claim(text, "c1", "twelve people", "e1"),
            _claim(text, "c2", "150 to 200", "e1"),
        ],
    )

    burning, destruction = accounts_from_record(record, SETTINGS)

    assert [f.claim for f in burning.figures] == ["c1"]
    assert [f.claim for f in destruction.figures] == ["c2"]


def _june_18(text: str) -> Timex:
    start = text.index("June 18, 1898")
    return Timex(
        id="t1",
        span=(start, start + len("June 18, 1898")),
        text="June 18, 1898",
        type="DATE",
        value="1898-06-18",
        earliest=dt.date(1898, 6, 18),
        latest=dt.date(1898, 6, 18),
        precision="day",
    )


def _account(doc: str, figures: list[Figure]) -> Account:
    quote = f"The mission burned, as {doc} tells it."
    return Account(
        key=f"sha256:{doc}@0-5",
        document=f"sha256:{doc}",
        event="e1",
        title=doc,
        type="attack",
        trigger="burned",
        earliest=dt.date(1898, 3, 8),
        latest=dt.date(1898, 3, 8),
        precision="day",
        quote=quote,
        span=(0, len(quote)),
        figures=figures,
    )


def test_twelve_souls_eleven_of_them_converts_is_a_toll_of_twelve() -> None:
    letter = _account(
        "letter",
        [toll_figure("c1", 12, "twelve souls"), toll_figure("c2", 11, "eleven of our converts")],
    )
    history = _account("history", [toll_figure("c3", 12, "twelve people")])
    governor = _account("governor", [toll_figure("c4", 14, "fourteen persons")])

    assert compare([letter, history], SETTINGS).conflicts == []
    conflicts = compare([letter, governor], SETTINGS).conflicts
    assert [(c.field, c.a.value, c.b.value) for c in conflicts] == [("fatalities", "12", "14")]


def test_a_toll_the_sentence_gives_after_moving_on_to_another_date_is_not_the_event_s() -> None:
    # The June convoy attack was not extracted; its four dead are no toll of April's.
    text = (
        "In April the guerrillas ambushed a column in the pass, and on June 18, 1898, "
        "they struck again, killing four soldiers."
    )
    june = _june_18(text)
    record = Record(
        document=Document(id="sha256:history", text=text, published=dt.date(1964, 6, 1)),
        events=[_event(text, "e1", "ambushed", "battle", ["c1"])],
        claims=[_claim(text, "c1", "four soldiers", "e1")],
        timexes=[june],
    )

    (ambush,) = accounts_from_record(record, SETTINGS)

    assert ambush.figures == []


def test_a_toll_counted_by_a_later_date_is_still_the_event_s() -> None:
    text = "In March the Rifles fired on the crowd, and by June 18, 1898, forty had died."
    june = _june_18(text)
    record = Record(
        document=Document(id="sha256:wire", text=text, published=dt.date(1898, 6, 20)),
        events=[_event(text, "e1", "fired", "attack", ["c1"])],
        claims=[_claim(text, "c1", "forty", "e1")],
        timexes=[june],
    )

    (shooting,) = accounts_from_record(record, SETTINGS)

    assert [f.claim for f in shooting.figures] == ["c1"]
