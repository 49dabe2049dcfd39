"""Round 27: which figures are an event's toll, which dates are its own, and a fight told
against a one-sided killing.

A comparative toll ("more than thirty people") is no count on top of one told before; a
death the writer dates to another day is another occasion's; a year in the name of the
voice that gives a toll ("the commission of 1991") dates the voice, not the dead; a
sentence that opens "Later" carries no date from the sentence before; armed fighters
falling on the troops, told against troops firing on an unarmed crowd, is a dispute over
what happened; and a shooting and an explosion are two acts.
"""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import ActorRef, PlaceRef, accounts_from_record
from historiograph.reconcile.compare import compare
from historiograph.reconcile.features import done_by_other_means
from historiograph.reconcile.settings import load_settings
from historiograph.record import Claim, ClaimSource, Record, Timex, When
from test_reconcile_accounts import mention, record

SETTINGS = load_settings()


def _toll(text: str, words: str, claim: str, value: int, **fields: object) -> Claim:
    """A fatality claim of the first event on ``words`` of ``text``."""
    start = text.index(words)
    values: dict[str, object] = {
        "id": claim,
        "span": (start, start + len(words)),
        "about": "e1",
        "property": "fatalities",
        "value": value,
        "low": value,
        "high": value,
    }
    values.update(fields)
    return Claim.model_validate(values)


def _date(rec: Record, timex: str, words: str, day: dt.date, precision: str = "day") -> When:
    """Add ``words`` of the record's text as time expression ``timex`` of ``day`` (or of
    its year), and return it as an event's date."""
    start = rec.document.text.index(words)
    latest = day if precision == "day" else dt.date(day.year, 12, 31)
    rec.timexes.append(
        Timex(
            id=timex,
            span=(start, start + len(words)),
            text=words,
            type="DATE",
            value=day.isoformat() if precision == "day" else str(day.year),
            earliest=day,
            latest=latest,
            precision=precision,
        )
    )
    return When(earliest=day, latest=latest, timex=timex, precision=precision)


def _toll_claims(rec: Record) -> list[list[str]]:
    return [[f.claim for f in a.figures] for a in accounts_from_record(rec, SETTINGS)]


def test_more_than_thirty_in_the_next_sentence_is_the_shooting_s_toll() -> None:
    text = "The special police fired straight into us. More than thirty people died around me."
    more = _toll(text, "More than thirty people", "c1", 30, high=None, qualifier="more_than")
    rec = record(text, [("fired", "attack", "armed_assault")], claims=[more])

    assert _toll_claims(rec) == [["c1"]]


def test_three_more_dead_in_the_next_sentence_are_still_no_toll_of_the_shooting() -> None:
    text = "The special police fired straight into us. Three more men died in the night."
    more = _toll(text, "Three more men", "c1", 3)
    rec = record(text, [("fired", "attack", "armed_assault")], claims=[more])

    assert _toll_claims(rec) == [[]]


def test_a_death_the_writer_dates_two_days_later_is_another_occasion_s() -> None:
    text = (
        "On the 17th the troops fired upon a crowd in the square, and thirty were killed. "
        "On the 19th the mob broke into the arsenal; a sentry was killed."
    )
    claims = [_toll(text, "thirty", "c1", 30), _toll(text, "a sentry", "c2", 1)]
    rec = record(text, [("fired upon", "repression", "crackdown")], claims=claims)
    rec.events[0].when = _date(rec, "t1", "the 17th", dt.date(1848, 3, 17))
    _date(rec, "t2", "the 19th", dt.date(1848, 3, 19))

    assert _toll_claims(rec) == [["c1"]]


def test_a_count_a_named_voice_gave_the_next_day_is_still_the_event_s_toll() -> None:
    text = (
        "On 14 March the police fired on the march. "
        "On 15 March the city hospital said that twelve people had died."
    )
    hospital = ClaimSource(name="the city hospital", kind="named")
    twelve = _toll(text, "twelve people", "c1", 12, source=hospital, stance="reported")
    rec = record(text, [("fired on", "repression", "crackdown")], claims=[twelve])
    rec.events[0].when = _date(rec, "t1", "14 March", dt.date(1968, 3, 14))
    _date(rec, "t2", "15 March", dt.date(1968, 3, 15))

    assert _toll_claims(rec) == [["c1"]]


def test_the_year_in_a_commission_s_name_is_no_later_occasion_of_the_toll() -> None:
    text = (
        "On 12 March 1968 the Brigade fired on a picket, and the commission of 1991 "
        "established that 112 people were killed."
    )
    commission = ClaimSource(name="the commission of 1991", kind="named")
    toll = _toll(text, "112 people", "c1", 112, source=commission, stance="reported")
    rec = record(text, [("fired on", "repression", "crackdown")], claims=[toll])
    rec.events[0].when = _date(rec, "t1", "12 March 1968", dt.date(1968, 3, 12))
    _date(rec, "t2", "1991", dt.date(1991, 1, 1), precision="year")

    assert _toll_claims(rec) == [["c1"]]


def test_a_sentence_opening_later_carries_no_date_from_the_sentence_before() -> None:
    text = (
        "He had already been arrested once, in 1971. Later the battalion blew up our radio station."
    )
    rec = record(text, [("arrested", "repression", "arrest"), ("blew up", "attack", "bombing")])
    year = _date(rec, "t1", "1971", dt.date(1971, 1, 1), precision="year")
    rec.events[0].when = year
    rec.events[1].when = year

    arrest, bombing = accounts_from_record(rec, SETTINGS)

    assert arrest.interval == (dt.date(1971, 1, 1), dt.date(1971, 12, 31))
    assert bombing.date_carried and bombing.interval is None


KORNMARKT = PlaceRef(name="Kornmarkt", entity="ent:kornmarkt", precision=2)
DAY = dt.date(1848, 3, 18)
GUARDS = ActorRef(entity="ent:guards", name="Life Guards")


def _gazette(patient: str) -> list[str]:
    """The conflicts between a gazette telling insurgents firing on ``patient`` and a
    daily telling the Guards firing into an unarmed crowd."""
    gazette = mention(
        "gazette",
        "opened fire",
        f"Yesterday armed insurgents raised barricades on the Kornmarkt and opened fire "
        f"on the {patient}.",
        day=DAY,
        place=KORNMARKT,
        type="battle",
        subtype="clash",
        agents=[ActorRef(entity="ent:insurgents", name="armed insurgents")],
        patients=[ActorRef(entity=f"ent:{patient}", name=patient)],
    )
    daily = mention(
        "daily",
        "fired",
        "The Life Guards fired into an unarmed crowd gathered on the Kornmarkt.",
        day=DAY,
        place=KORNMARKT,
        agents=[GUARDS],
        patients=[ActorRef(entity="ent:crowd", name="unarmed crowd")],
    )
    return sorted(c.field for c in compare([gazette, daily], SETTINGS).conflicts)


def test_insurgents_firing_on_the_troops_against_guards_firing_on_a_crowd_is_a_type_conflict() -> (
    None
):
    assert "type" in _gazette("troops")


def test_insurgents_firing_on_a_crowd_tell_no_fight_with_the_forces() -> None:
    assert "type" not in _gazette("shopkeepers")


METRO = PlaceRef(name="Varzin", entity="ent:varzin", precision=2)
OCTOBER = dt.date(2014, 10, 10)


def _means_told(shooting: str, explosion: str) -> bool:
    """Whether a shooting told in ``shooting`` and a bombing told in ``explosion`` on the
    same day in the same city are told apart by what was done."""
    fired = mention("podcast", "fired", shooting, day=OCTOBER, place=METRO)
    blast = mention("liveblog", "explosion", explosion, day=OCTOBER, place=METRO, subtype="bombing")
    return done_by_other_means(fired, blast, SETTINGS)


def test_a_shooting_and_an_explosion_are_two_acts_however_near() -> None:
    assert _means_told(
        "The special police came out of the side streets and fired straight into us.",
        "An explosion has torn through the Markaz metro station in Varzin.",
    )


def test_a_sentence_naming_gunfire_and_grenades_may_tell_either_act() -> None:
    assert not _means_told(
        "Gunmen fired into the crowd and threw grenades at the station.",
        "An explosion has torn through the Markaz metro station in Varzin.",
    )
