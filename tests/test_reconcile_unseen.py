"""Reconciling accounts of kinds the older gold did not have (tests/gold/invented17):
vague tolls, places a statement names in a paragraph about another town, two towns
one wire story tells on one day, and a company named after a district."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, Figure, PlaceRef
from historiograph.reconcile.compare import compare, figure_range
from historiograph.reconcile.features import place_score, score_pair
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity

SETTINGS = load_settings()
SIMILARITY = LexicalSimilarity(SETTINGS)
DAY = dt.date(1968, 3, 11)
KESH = PlaceRef(name="Kesh", entity="ent:kesh", precision=2)
VARESH = PlaceRef(name="Varesh", entity="ent:varesh", precision=2)
ORLEK = PlaceRef(name="Orlek", entity="ent:orlek", precision=2)
POLICE = ActorRef(entity="ent:police", name="police")


def account(doc: str, at: int, quote: str, **fields: object) -> Account:
    values: dict[str, object] = {
        "key": f"sha256:{doc}@{at}-{at + 5}",
        "document": f"sha256:{doc}",
        "title": doc,
        "event": f"e{at}",
        "type": "attack",
        "trigger": quote.split()[0],
        "earliest": DAY,
        "latest": DAY,
        "precision": "day",
        "quote": quote,
        "span": (at, at + len(quote)),
    }
    values.update(fields)
    return Account.model_validate(values)


def dead(claim: str, value: int | str, low: float, high: float | None, source: str) -> Figure:
    return Figure(
        claim=claim,
        property="fatalities",
        value=value,
        low=low,
        high=high,
        qualifier="at_least" if high is None else "exact",
        source=source,
        source_kind="named",
        stance="reported",
        quote=f"{value} people",
    )


def test_a_vague_toll_keeps_its_floor_and_contradicts_a_toll_below_it() -> None:
    dozens = dead("c1", "dozens", 24, None, "the memoir")
    comparison = compare(
        [
            account("memoir", 0, "By evening dozens of our own lay dead.", figures=[dozens]),
            account("ministry", 0, "Seven rioters died.", figures=[dead("c2", 7, 7, 7, "m")]),
            account(
                "history", 0, "112 people were killed.", figures=[dead("c3", 112, 112, 112, "h")]
            ),
        ],
        SETTINGS,
    )

    assert figure_range(dozens, SETTINGS) == (24, float("inf"))
    toll = comparison.fatalities
    assert toll is not None and (toll.low, toll.high) == (7, 112)
    pairs = {
        frozenset((c.a.title, c.b.title)) for c in comparison.conflicts if c.field == "fatalities"
    }
    assert frozenset(("memoir", "ministry")) in pairs
    assert frozenset(("memoir", "history")) not in pairs


def test_a_statement_naming_the_town_anchors_a_link_its_carried_place_could_not() -> None:
    wire = account(
        "wire",
        100,
        "In Kesh, police shot dead two strikers who were blocking the line.",
        type="repression",
        place=KESH,
        agents=[POLICE],
    )
    statement = account(
        "federation",
        300,
        "We remember our two brothers murdered at Kesh on 11 March.",
        place=VARESH,
        place_carried=True,
    )
    elsewhere = statement.model_copy(
        update={"quote": "We remember our two brothers murdered on 11 March."}
    )

    named = score_pair(wire, statement, SETTINGS, SIMILARITY)
    unnamed = score_pair(wire, elsewhere, SETTINGS, SIMILARITY)

    assert named is not None and named.linked
    assert unnamed is not None and not unnamed.linked


def test_one_story_telling_a_second_town_the_same_day_tells_two_events() -> None:
    dravna = account(
        "wire", 90, "Police fired on striking coal miners outside the Dravna colliery."
    )
    kesh = account("wire", 230, "In Kesh, police shot dead two strikers the same day.", place=KESH)
    again = account("wire", 230, "Police shot dead two more strikers there.", place=KESH)

    apart = score_pair(dravna, kesh, SETTINGS, SIMILARITY)
    together = score_pair(
        dravna.model_copy(update={"quote": "Police fired on striking coal miners."}),
        again,
        SETTINGS,
        SIMILARITY,
    )

    assert apart is not None and not apart.linked
    assert together is not None and together.linked


def test_a_district_named_in_a_company_name_is_not_the_place_of_the_event() -> None:
    shooting = account(
        "history",
        100,
        "The Brigade fired on a picket at a colliery in the Orlek district.",
        place=ORLEK,
    )
    bombing = account(
        "history",
        400,
        "A bomb wrecked the offices of the Orlek Mining Trust in Varesh.",
        place=VARESH,
    )
    in_town = bombing.model_copy(update={"quote": "A bomb went off in Orlek, at the Varesh gate."})

    assert place_score(shooting, bombing, SETTINGS) == 0.5  # two rough places: undecided
    assert place_score(shooting, in_town, SETTINGS) == SETTINGS.place.contained


def test_a_month_that_holds_the_day_is_no_same_day_for_a_site_called_by_its_noun() -> None:
    landing = account(
        "radio",
        0,
        "Gunmen struck the Okaru ferry landing again on Friday.",
        earliest=dt.date(2023, 8, 18),
        latest=dt.date(2023, 8, 18),
    )
    same_day = account(
        "longread",
        0,
        "Gunmen shot at the queue for the morning ferry.",
        earliest=dt.date(2023, 8, 18),
        latest=dt.date(2023, 8, 18),
    )
    in_august = same_day.model_copy(
        update={
            "earliest": dt.date(2023, 8, 1),
            "latest": dt.date(2023, 8, 31),
            "precision": "month",
        }
    )

    assert place_score(landing, same_day, SETTINGS) == SETTINGS.place.contained
    assert place_score(landing, in_august, SETTINGS) is None


def test_a_name_a_sentence_places_the_event_at_is_no_perpetrator() -> None:
    brigade = ActorRef(entity="ent:mobile-police-brigade", name="Mobile Police Brigade")
    history = account(
        "history",
        0,
        "The Brigade fired on miners at Dravna once more and killed four.",
        agents=[brigade],
    )
    memoir = account(
        "memoir",
        0,
        "A year later they fired on the gate again.",
        agents=[ActorRef(entity="ent:dravna", name="Dravna")],
    )
    federation = account(
        "federation",
        0,
        "The Federation fired on the police at the gate.",
        agents=[ActorRef(entity="ent:federation", name="Miners' Federation")],
    )

    between = compare([history, memoir], SETTINGS).conflicts
    against = compare([history, federation], SETTINGS).conflicts

    assert [c for c in between if c.field == "perpetrator"] == []
    assert [c.field for c in against if c.field == "perpetrator"] == ["perpetrator"]
