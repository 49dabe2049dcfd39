"""Link features and clustering: which accounts are one event, and why."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef
from historiograph.reconcile.clustering import Constraints, cluster_accounts
from historiograph.reconcile.features import actor_tokens, score_pair
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity

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
