"""Link features and clustering: which accounts are one event, and why."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef, accounts_from_record
from historiograph.reconcile.clustering import Constraints, cluster_accounts
from historiograph.reconcile.features import actor_tokens, score_pair
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity
from historiograph.record import (
    Document,
    Entity,
    Event,
    Mention,
    Record,
    Timex,
    Trigger,
    When,
    Where,
)

SETTINGS = load_settings()
SIMILARITY = LexicalSimilarity(SETTINGS)
ASHRAF = PlaceRef(name="Camp Ashraf", entity="ent:camp-ashraf", lat=33.64, lon=44.57, precision=1)
BASRA = PlaceRef(name="Basra", entity="ent:basra", lat=30.5, lon=47.8, precision=1)
IRAQI_FORCES = ActorRef(entity="ent:iraqi-forces", name="Iraqi forces")
RESIDENTS = ActorRef(entity="ent:residents", name="residents")


def account(
    doc: str,
    day: dt.date,
    quote: str,
    *,
    type_: str = "attack",
    place: PlaceRef | None = ASHRAF,
    agents: list[ActorRef] | None = None,
    patients: list[ActorRef] | None = None,
) -> Account:
    return Account(
        key=f"sha256:{doc}@0-5",
        document=f"sha256:{doc}",
        event="e1",
        type=type_,
        trigger=quote.split()[0],
        earliest=day,
        latest=day,
        precision="day",
        place=place,
        agents=agents or [],
        patients=patients or [],
        quote=quote,
        span=(0, len(quote)),
    )


def test_accounts_that_disagree_on_the_date_still_link_on_place_target_and_type() -> None:
    ministry = account(
        "a",
        dt.date(2011, 4, 8),
        "Iraqi army units entered Camp Ashraf and clashed with residents.",
        agents=[IRAQI_FORCES],
        patients=[RESIDENTS],
    )
    group = account(
        "b",
        dt.date(2011, 5, 20),
        "Iraqi troops stormed Camp Ashraf, killing 34 residents.",
        agents=[IRAQI_FORCES],
        patients=[RESIDENTS],
    )

    scores = score_pair(ministry, group, SETTINGS, SIMILARITY)

    assert scores is not None and scores.linked
    assert scores.time is not None and 0 < scores.time < 1  # the disputed date still costs
    assert scores.place == 1.0 and scores.actors == 1.0


def test_raids_on_the_same_place_years_apart_are_never_compared() -> None:
    first = account("a", dt.date(2009, 7, 28), "Iraqi forces stormed Camp Ashraf.")
    second = account("b", dt.date(2011, 4, 8), "Iraqi forces stormed Camp Ashraf.")

    assert score_pair(first, second, SETTINGS, SIMILARITY) is None


def test_incompatible_types_are_never_compared() -> None:
    attack = account("a", dt.date(2013, 9, 1), "Gunmen attacked Camp Ashraf.")
    ruling = account("b", dt.date(2013, 9, 1), "A court ruled on Camp Ashraf.", type_="legal")

    assert score_pair(attack, ruling, SETTINGS, SIMILARITY) is None


def test_same_day_attacks_in_distant_places_do_not_link() -> None:
    ashraf = account("a", dt.date(2013, 9, 1), "Gunmen attacked a market, killing six.")
    basra = account(
        "b", dt.date(2013, 9, 1), "Gunmen attacked a market, killing nine.", place=BASRA
    )

    scores = score_pair(ashraf, basra, SETTINGS, SIMILARITY)

    assert scores is not None and scores.place == 0.0 and not scores.linked


def test_generic_words_do_not_tell_actors_apart() -> None:
    assert actor_tokens(ActorRef(entity="x", name="Iraqi security forces"), SETTINGS) == (
        frozenset({"iraqi"}),
        False,
    )
    assert actor_tokens(ActorRef(entity="y", name="the remaining residents"), SETTINGS)[1]


def test_blocking_gives_the_same_clusters_as_all_pairs() -> None:
    accounts = [
        account("a", dt.date(2013, 9, 1), "Iraqi forces attacked Camp Ashraf at dawn."),
        account("b", dt.date(2013, 9, 2), "Forces attacked Camp Ashraf, killing 52."),
        account("c", dt.date(2011, 4, 8), "Troops entered Camp Ashraf."),
        account("d", dt.date(2013, 9, 1), "A bomb hit a market in Basra.", place=BASRA),
    ]

    blocked = cluster_accounts(accounts, SETTINGS, SIMILARITY)
    naive = cluster_accounts(accounts, SETTINGS, SIMILARITY, blocking=False)

    groups = [sorted(a.document for a in c) for c in blocked.clusters()]
    assert sorted(groups) == [["sha256:a", "sha256:b"], ["sha256:c"], ["sha256:d"]]
    assert sorted(groups) == sorted(sorted(a.document for a in c) for c in naive.clusters())
    assert blocked.comparisons < naive.comparisons


def test_a_cannot_link_decision_overrides_the_scores() -> None:
    a = account("a", dt.date(2013, 9, 1), "Iraqi forces attacked Camp Ashraf at dawn.")
    b = account("b", dt.date(2013, 9, 1), "Iraqi forces attacked Camp Ashraf at dawn.")
    constraints = Constraints()
    constraints.apart([a.key], [b.key])

    clusterer = cluster_accounts([a, b], SETTINGS, SIMILARITY, constraints=constraints)

    assert clusterer.cluster_of[a.key] != clusterer.cluster_of[b.key]


def test_an_undated_account_does_not_chain_events_years_apart() -> None:
    headline = account("h", dt.date(2000, 1, 1), "Dam attack leaves 14 dead at Camp Ashraf.")
    headline = headline.model_copy(
        update={"earliest": None, "latest": None, "precision": "unknown"}
    )
    older = account("o", dt.date(1998, 5, 2), "The camp had been attacked once before.")
    later = account("l", dt.date(2007, 10, 12), "Troops attacked Camp Ashraf again.")

    clusterer = cluster_accounts([headline, older, later], SETTINGS, SIMILARITY)

    assert clusterer.cluster_of[older.key] != clusterer.cluster_of[later.key]
    assert clusterer.cluster_of[headline.key] in {
        clusterer.cluster_of[older.key],
        clusterer.cluster_of[later.key],
    }


def test_in_one_document_the_same_day_links_only_accounts_of_the_same_type() -> None:
    bombing = account("w", dt.date(2004, 7, 18), "Explosives were detonated at the dam.")
    again = bombing.model_copy(update={"key": "sha256:w@90-96", "event": "e2", "place": None})
    arrest = bombing.model_copy(
        update={
            "key": "sha256:w@200-208",
            "event": "e3",
            "place": None,
            "type": "repression",
            "quote": "Soldiers arrested 40 students in the capital on the same day.",
        }
    )
    settings, similarity = SETTINGS, SIMILARITY

    repeated = score_pair(again, bombing, settings, similarity)
    other = score_pair(arrest, bombing, settings, similarity)

    assert repeated is not None and repeated.linked
    assert other is not None and not other.linked


def test_a_square_named_in_the_town_the_other_account_names_is_the_same_place() -> None:
    square = PlaceRef(name="Liberty Square", entity="ent:liberty-square", precision=1)
    town = PlaceRef(name="Keltz", entity="ent:keltz", precision=1)
    daily = account(
        "d", dt.date(2001, 6, 2), "Police opened fire in Liberty Square in Keltz.", place=square
    )
    front = account(
        "f", dt.date(2001, 6, 2), "In Keltz, troops fired on demonstrators.", place=town
    )
    elsewhere = account("e", dt.date(2001, 6, 2), "Troops fired in Orvel.", place=town)

    near = score_pair(daily, front, SETTINGS, SIMILARITY)
    apart = score_pair(
        daily.model_copy(update={"quote": "Police opened fire in Liberty Square."}),
        elsewhere,
        SETTINGS,
        SIMILARITY,
    )

    assert near is not None and near.place == SETTINGS.place.contained
    assert apart is not None and apart.place == 0.0


def test_an_account_linking_two_clusters_bridges_them_unless_one_document_tells_both() -> None:
    police = account("p", dt.date(1991, 6, 1), "A bomb exploded at Camp Ashraf.", place=ASHRAF)
    group = account("g", dt.date(1991, 6, 1), "The explosion on the Selda bridge.", place=None)
    inquiry = account(
        "i", dt.date(1991, 6, 2), "The bombing at Camp Ashraf on the Selda bridge.", place=ASHRAF
    )
    direct = score_pair(police, group, SETTINGS, SIMILARITY)
    assert direct is not None and not direct.linked  # only the inquiry ties them

    bridged = cluster_accounts([police, group, inquiry], SETTINGS, SIMILARITY)
    one_teller = group.model_copy(update={"key": "sha256:p@40-49", "document": "sha256:p"})
    kept = cluster_accounts([police, one_teller, inquiry], SETTINGS, SIMILARITY)

    assert len({bridged.cluster_of[a.key] for a in (police, group, inquiry)}) == 1
    assert kept.cluster_of[police.key] != kept.cluster_of[one_teller.key]


def test_one_document_dating_two_accounts_apart_tells_two_events() -> None:
    ambush = account("m", dt.date(2011, 8, 3), "Rebels attacked a convoy at Camp Ashraf.")
    raid = ambush.model_copy(
        update={
            "key": "sha256:m@90-99",
            "event": "e2",
            "earliest": dt.date(2011, 8, 24),
            "latest": dt.date(2011, 8, 24),
        }
    )
    wire = account("w", dt.date(2011, 8, 3), "Rebels attacked a convoy at Camp Ashraf.")
    later = account("l", dt.date(2011, 8, 24), "Rebels attacked a convoy at Camp Ashraf.")

    same_document = score_pair(raid, ambush, SETTINGS, SIMILARITY)
    across = score_pair(later, wire, SETTINGS, SIMILARITY)
    clusterer = cluster_accounts([ambush, wire, raid], SETTINGS, SIMILARITY)

    assert same_document is not None and not same_document.linked
    assert across is not None and across.linked  # two sources may dispute a date
    assert clusterer.cluster_of[raid.key] != clusterer.cluster_of[ambush.key]


def test_stated_dates_weeks_apart_take_two_anchors() -> None:
    bessek = PlaceRef(name="Bessek", precision=2)
    station = account(
        "w", dt.date(2011, 8, 19), "A bomb exploded at the bus station.", place=bessek
    )
    convoy = account(
        "c", dt.date(2011, 8, 4), "Our fighters destroyed an enemy convoy.", place=bessek
    )
    carried = convoy.model_copy(update={"date_carried": True})

    stated = score_pair(station, convoy, SETTINGS, SIMILARITY)
    loose = score_pair(station, carried, SETTINGS, SIMILARITY)

    assert stated is not None and stated.place == 1.0 and not stated.linked
    assert loose is not None and loose.linked


def test_a_carried_over_date_that_agrees_is_no_evidence_across_documents() -> None:
    ambush = account("w", dt.date(2011, 8, 4), "Insurgents ambushed a convoy.", place=None)
    condemns = account(
        "c", dt.date(2011, 8, 4), "It condemns every attack on civilians.", place=None
    ).model_copy(update={"date_carried": True})
    months_off = condemns.model_copy(
        update={"earliest": dt.date(2011, 12, 1), "latest": dt.date(2011, 12, 1)}
    )

    agrees = score_pair(condemns, ambush, SETTINGS, SIMILARITY)
    far = score_pair(months_off, ambush, SETTINGS, SIMILARITY)

    assert agrees is not None and agrees.time is None
    assert far is not None and far.time is not None and far.time < 1.0


def test_the_fort_in_a_memoir_is_the_fort_the_other_account_names() -> None:
    fort = PlaceRef(name="Fort Amrel", precision=2)
    agency = account("a", dt.date(1988, 2, 10), "Rebels captured Fort Amrel.", place=fort)
    memoir = account("m", dt.date(1988, 2, 1), "When the fort fell we counted our dead.")
    memoir = memoir.model_copy(
        update={"place": None, "precision": "month", "latest": dt.date(1988, 2, 29)}
    )
    vague = memoir.model_copy(update={"quote": "When the town fell we counted our dead."})

    scores = score_pair(memoir, agency, SETTINGS, SIMILARITY)
    unrelated = score_pair(vague, agency, SETTINGS, SIMILARITY)

    assert scores is not None and scores.place == SETTINGS.place.contained and scores.linked
    assert unrelated is not None and unrelated.place is None


def test_a_date_or_place_is_carried_over_when_the_events_own_sentence_gives_none() -> None:
    text = "On August 4, 2011, fighters destroyed a convoy near Tamrut. They condemn attacks."
    day = dt.date(2011, 8, 4)
    tamrut = Where(entity="ent:tamrut", name="Tamrut", precision=2)

    def event(id_: str, trigger: str, sentence: tuple[int, int], timex: str | None) -> Event:
        start = text.index(trigger)
        return Event(
            id=id_,
            span=sentence,
            trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
            type="attack",
            when=When(earliest=day, latest=day, timex=timex, precision="day"),
            where=tamrut,
        )

    end = text.index(" They") + 1
    sentences = [(0, end), (end, len(text))]
    record = Record(
        document=Document(id="sha256:c", text=text),
        timexes=[
            Timex(id="t1", span=(3, 17), text="August 4, 2011", type="DATE", value="2011-08-04")
        ],
        entities=[Entity(id="ent:tamrut", kind="place", name="Tamrut")],
        mentions=[Mention(id="m1", span=(52, 58), text="Tamrut", entity="ent:tamrut")],
        events=[
            event("e1", "destroyed", sentences[0], "t1"),
            event("e2", "condemn", sentences[1], "t1"),
            event("e3", "attacks", sentences[1], None),
        ],
    )

    own, carried, coded = accounts_from_record(record, SETTINGS)

    assert not own.date_carried and not own.place_carried
    assert carried.date_carried and carried.place_carried
    assert not coded.date_carried  # no time expression to place: coded data, taken as stated


def test_in_one_document_a_remention_worded_as_the_same_kind_links_across_readings() -> None:
    bessek = PlaceRef(name="Bessek", precision=2)
    day = dt.date(2011, 8, 19)
    bomb = account("w", day, "A bomb exploded at the bus station.", type_="battle", place=bessek)
    bomb = bomb.model_copy(update={"trigger": "exploded"})
    again = account("w", day, "It was the deadliest attack in the station this year.", place=None)
    again = again.model_copy(update={"key": "sha256:w@90-96", "event": "e2", "trigger": "attack"})
    arrest = again.model_copy(update={"trigger": "arrests", "type": "repression"})

    scores = score_pair(again, bomb, SETTINGS, SIMILARITY)
    other = score_pair(arrest, bomb, SETTINGS, SIMILARITY)

    assert scores is not None and scores.text is not None and scores.text < 0.45
    assert scores.linked  # "exploded" and "attack" are both worded as attacks
    assert other is not None and not other.linked


def test_an_undated_mention_does_not_bridge_two_events_whose_stated_dates_contradict() -> None:
    bessek = PlaceRef(name="Bessek", precision=2)
    convoy = account(
        "c", dt.date(2011, 8, 4), "Fighters destroyed a convoy near Bessek.", place=bessek
    )
    station = account(
        "w", dt.date(2011, 8, 19), "A bomb exploded at the bus station in Bessek.", place=bessek
    )
    vague = account("h", dt.date(2011, 8, 10), "Violence in Bessek went on.", place=bessek)
    vague = vague.model_copy(update={"date_carried": True})

    clusterer = cluster_accounts([convoy, station, vague], SETTINGS, SIMILARITY)
    links = {(link.a, link.b) for link in clusterer.links if link.scores.linked}

    assert {(vague.key, convoy.key), (vague.key, station.key)} <= links
    assert clusterer.cluster_of[convoy.key] != clusterer.cluster_of[station.key]
