"""Accounts from records: who a document says did the act, and which figures are its toll."""

from __future__ import annotations

import datetime as dt
import re

from historiograph.reconcile.accounts import (
    Account,
    ActorRef,
    Figure,
    PlaceRef,
    accounts_from_record,
)
from historiograph.reconcile.compare import compare
from historiograph.reconcile.features import told_apart
from historiograph.reconcile.settings import load_settings
from historiograph.record import (
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Record,
    Timex,
    Trigger,
    When,
)

SETTINGS = load_settings()
DAY = When(earliest=dt.date(2023, 8, 14), latest=dt.date(2023, 8, 14), precision="day")


def _sentence(text: str, start: int) -> tuple[int, int]:
    opening = max(text.rfind(". ", 0, start) + 2, 0)
    end = text.find(".", start)
    return opening, len(text) if end < 0 else end + 1


def record(
    text: str,
    events: list[tuple[str, str, str | None]],
    *,
    entities: dict[str, str] | None = None,
    actors: dict[str, list[tuple[str, str]]] | None = None,
    modality: dict[str, str] | None = None,
    claims: list[Claim] | None = None,
    doc: str = "sha256:x",
) -> Record:
    """A record of ``text``: events as (trigger, type, subtype), numbered e1...; every
    occurrence of an entity's name is a mention of it."""
    entities = entities or {}
    built = []
    for n, (trigger, type_, subtype) in enumerate(events, 1):
        start = text.index(trigger)
        built.append(
            Event.model_validate(
                {
                    "id": f"e{n}",
                    "span": _sentence(text, start),
                    "trigger": Trigger(span=(start, start + len(trigger)), text=trigger),
                    "type": type_,
                    "subtype": subtype,
                    "when": DAY,
                    "actors": [
                        {"entity": e, "role": r} for e, r in (actors or {}).get(f"e{n}", [])
                    ],
                    "modality": (modality or {}).get(f"e{n}", "asserted"),
                }
            )
        )
    mentions = [
        Mention(id=f"m{i}", span=(m.start(), m.end()), text=name, entity=entity)
        for i, (entity, name) in enumerate(entities.items())
        for m in re.finditer(re.escape(name), text)
    ]
    return Record(
        document=Document(id=doc, text=text, published=dt.date(2023, 8, 20)),
        entities=[Entity(id=e, kind="organization", name=name) for e, name in entities.items()],
        mentions=mentions,
        events=built,
        claims=claims or [],
    )


def mention(
    doc: str,
    trigger: str,
    quote: str,
    *,
    day: dt.date,
    place: PlaceRef,
    offset: int = 0,
    **fields: object,
) -> Account:
    """One document's mention of an armed assault at ``place`` on ``day``; ``fields``
    override any of its values (type, actors, figures...)."""
    values: dict[str, object] = {
        "key": f"sha256:{doc}@{offset}-{offset + len(trigger)}",
        "document": f"sha256:{doc}",
        "title": doc,
        "event": f"e{offset}",
        "type": "attack",
        "subtype": "armed_assault",
        "trigger": trigger,
        "earliest": day,
        "latest": day,
        "precision": "day",
        "place": place,
        "quote": quote,
        "span": (0, len(quote)),
    }
    values.update(fields)
    return Account.model_validate(values)


def toll_figure(claim: str, value: int, quote: str, *, stance: str = "reported") -> Figure:
    """The author's exact count of ``value`` dead, told by claim ``claim`` as ``quote``."""
    return Figure(
        claim=claim,
        property="fatalities",
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        source="author",
        source_kind="author",
        stance=stance,
        quote=quote,
    )


def agent_names(account: Account) -> list[str]:
    return [a.name for a in account.agents]


def test_a_doer_named_by_carried_out_by_is_the_agent_of_the_clause_s_event() -> None:
    text = "The bombing of the bus station was carried out by the Tava Front, police said."
    rec = record(text, [("bombing", "attack", "bombing")], entities={"ent:tava": "Tava Front"})

    (bombing,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(bombing) == ["Tava Front"]


def test_a_pronoun_clause_names_the_doer_of_the_violent_event_just_told() -> None:
    text = (
        "Gunmen opened fire at the Okaru landing. "
        "It was carried out by men of the Coast Battalion in plain clothes, to scare us."
    )
    rec = record(
        text, [("opened fire", "attack", "armed_assault")], entities={"ent:cb": "Coast Battalion"}
    )

    (shooting,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(shooting) == ["Coast Battalion"]


def test_a_negated_attribution_or_one_about_a_peaceful_event_names_no_doer() -> None:
    text = (
        "A bomb exploded at the station. The bombing was not carried out by the Front. "
        "The march that followed was organized by the Union."
    )
    rec = record(
        text,
        [
            ("exploded", "attack", "bombing"),
            ("bombing", "attack", "bombing"),
            ("march", "protest", None),
        ],
        entities={"ent:front": "Front", "ent:union": "Union"},
    )

    exploded, bombing, march = accounts_from_record(rec, SETTINGS)

    assert exploded.agents == [] and bombing.agents == []  # "was not carried out by"
    assert march.agents == []  # a march organized by the Union: no doer of violence


def test_an_accusation_names_the_doer_of_the_violent_event_it_follows() -> None:
    text = "Shells struck the market, killing eight. The defence ministry blamed the Front."
    rec = record(
        text,
        [("struck", "battle", "shelling"), ("blamed", "statement", "accusation")],
        entities={"ent:ministry": "defence ministry", "ent:front": "Front"},
        actors={"e2": [("ent:ministry", "agent"), ("ent:front", "target")]},
    )

    shelling, blame = accounts_from_record(rec, SETTINGS)

    assert agent_names(shelling) == ["Front"]
    assert blame.agents == [ActorRef(entity="ent:ministry", name="defence ministry")]


def test_a_document_reporting_rival_doers_takes_no_side() -> None:
    text = (
        "A bomb killed seven at the station. The Lantern claimed it, and the police blamed "
        "the Front."
    )
    rec = record(
        text,
        [
            ("bomb", "attack", "bombing"),
            ("claimed", "statement", "claim_of_responsibility"),
            ("blamed", "statement", "accusation"),
        ],
        entities={"ent:lantern": "Lantern", "ent:police": "police", "ent:front": "Front"},
        actors={
            "e2": [("ent:lantern", "agent")],
            "e3": [("ent:police", "agent"), ("ent:front", "target")],
        },
    )

    bomb, _, _ = accounts_from_record(rec, SETTINGS)

    assert bomb.agents == []


def test_an_act_the_writer_denies_doing_is_a_denial_against_a_source_that_blames_it() -> None:
    prosecutor = record(
        "The bombing of the station was carried out by the People's Front.",
        [("bombing", "attack", "bombing")],
        entities={"ent:pf": "People's Front"},
        doc="sha256:p",
    )
    front = record(
        "The People's Front did not plant the bomb at the station. "
        "Provocateurs bombed the station.",
        [("plant", "attack", "bombing"), ("bombed", "attack", "bombing")],
        entities={"ent:pf": "People's Front"},
        actors={"e1": [("ent:pf", "agent")]},
        modality={"e1": "denied"},
        doc="sha256:f",
    )
    accounts = accounts_from_record(prosecutor, SETTINGS) + accounts_from_record(front, SETTINGS)

    conflicts = [c for c in compare(accounts, SETTINGS).conflicts if c.field == "perpetrator"]

    assert len(conflicts) == 1
    denied = conflicts[0].b if conflicts[0].b.document == "sha256:f" else conflicts[0].a
    assert "denied" in str(denied.value)
    # The denial's side is the account of what the document says did happen, not the
    # act it tells as denied.
    bombed = next(a for a in accounts if a.trigger == "bombed")
    assert denied.event_key == bombed.key


def test_a_figure_counted_on_top_of_deaths_told_is_no_toll_of_the_event() -> None:
    text = (
        "Gunmen shot at the queue; at least twelve people died. "
        "Four days later three more men died there."
    )
    twelve = text.index("at least twelve people")
    more = text.index("three more men")
    claims = [
        Claim(
            id="c1",
            span=(twelve, twelve + 22),
            about="e1",
            property="fatalities",
            value=12,
            low=12,
            qualifier="at_least",
        ),
        Claim(id="c2", span=(more, more + 14), about="e1", property="fatalities", value=3),
    ]
    rec = record(text, [("shot", "attack", "armed_assault")], claims=claims)

    (shooting,) = accounts_from_record(rec, SETTINGS)

    assert [f.claim for f in shooting.figures] == ["c1"]


def _dated(doc: str, quote: str, day: dt.date) -> Account:
    return Account(
        key=f"sha256:{doc}@0-5",
        document=f"sha256:{doc}",
        event="e1",
        type="attack",
        trigger=quote.split()[1],
        earliest=day,
        latest=day,
        precision="day",
        quote=quote,
        span=(0, len(quote)),
    )


def test_a_repeat_dated_after_another_source_s_event_is_another_event() -> None:
    first = _dated("a", "Gunmen opened fire at the landing", dt.date(2023, 8, 14))
    again = _dated("b", "Gunmen struck the landing again on Friday", dt.date(2023, 8, 18))
    plain = _dated("c", "Gunmen struck the landing on Friday", dt.date(2023, 8, 18))
    near = _dated("d", "Gunmen struck the landing again on Tuesday", dt.date(2023, 8, 15))

    assert told_apart(first, again, SETTINGS) and told_apart(again, first, SETTINGS)
    assert not told_apart(first, plain, SETTINGS)  # a disputed date alone splits nothing
    assert not told_apart(first, near, SETTINGS)  # within the slack for a disputed day


def test_a_date_guessed_from_the_dates_around_an_undated_event_dates_nothing() -> None:
    text = "Two years ago the Front expelled the gang. The Front had no part in the bombing."
    guess = When(earliest=dt.date(2015, 1, 1), latest=dt.date(2015, 12, 31), precision="unknown")
    rec = record(text, [("expelled", "relocation", None), ("bombing", "attack", "bombing")])
    rec.timexes.append(
        Timex(id="t1", span=(0, 13), text="Two years ago", type="DATE", value="2015")
    )
    rec.events[0].when = When(
        earliest=dt.date(2015, 1, 1), latest=dt.date(2015, 12, 31), timex="t1", precision="year"
    )
    rec.events[1].when = guess

    expelled, bombing = accounts_from_record(rec, SETTINGS)

    assert expelled.interval == (dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    # The bombing's year is the narrative's guess: it must not keep the bombing from the
    # accounts that date it (two years later), so it reads as no date at all.
    assert bombing.date_carried and bombing.interval is None
