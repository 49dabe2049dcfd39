"""Guards on whole clusters: what a third account's links may not join together."""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef
from historiograph.reconcile.clustering import cluster_accounts
from historiograph.reconcile.features import score_pair
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity

SETTINGS = load_settings()
SIMILARITY = LexicalSimilarity(SETTINGS)
JUNE_1 = dt.date(1991, 6, 1)
BRIGADES = ActorRef(entity="ent:red-hand-brigades", name="Red Hand Brigades")
CAMP = PlaceRef(name="Camp Ashraf", entity="ent:camp-ashraf", lat=33.64, lon=44.57, precision=1)


def account(
    doc: str,
    start: int,
    quote: str,
    type_: str,
    subtype: str | None,
    *,
    day: dt.date | None = JUNE_1,
    place: PlaceRef | None = None,
    agents: list[ActorRef] | None = None,
) -> Account:
    return Account(
        key=f"sha256:{doc}@{start}-{start + 5}",
        document=f"sha256:{doc}",
        event=f"e{start}",
        type=type_,
        subtype=subtype,
        trigger=quote.split()[0],
        earliest=day,
        latest=day,
        precision="day" if day else "unknown",
        place=place,
        agents=agents or [],
        quote=quote,
        span=(start, start + len(quote)),
    )


def test_a_headline_statement_does_not_make_a_denial_and_an_accusation_one_statement() -> None:
    headline = account(
        "brigades", 0, "Communique of the Red Hand Brigades", "statement", "announcement"
    )
    denial = account(
        "brigades",
        40,
        "The Red Hand Brigades deny any part in the explosion on the Selda bridge",
        "statement",
        "denial",
        agents=[BRIGADES],
    )
    accusation = account(
        "brigades",
        120,
        "and accuse the state security service of staging it",
        "statement",
        "accusation",
    )
    assert score_pair(denial, accusation, SETTINGS, SIMILARITY) is None  # never compared
    headline_links = [score_pair(headline, x, SETTINGS, SIMILARITY) for x in (denial, accusation)]
    assert all(s is not None and s.linked for s in headline_links)  # one day, one document

    clusters = cluster_accounts([headline, denial, accusation], SETTINGS, SIMILARITY)

    assert clusters.cluster_of[denial.key] != clusters.cluster_of[accusation.key]


def test_a_riot_and_the_arrests_stay_one_raid_when_the_storming_links_both() -> None:
    # Across types a 0 only keeps the pair from linking by itself: the residents' riot
    # and the arrests the police made are one raid (demo gold, raid-2009).
    storming = account(
        "residents",
        0,
        "Iraqi security forces stormed Camp Ashraf, killing 11 residents",
        "battle",
        "clash",
        place=CAMP,
    )
    arrests = account(
        "residents", 80, "Iraqi police arrested 36 residents of Camp Ashraf", "repression", "arrest"
    )
    riot = account(
        "residents",
        160,
        "Camp Ashraf residents attacked the Iraqi security forces",
        "protest",
        "riot",
    )
    assert score_pair(riot, arrests, SETTINGS, SIMILARITY) is None

    clusters = cluster_accounts([storming, arrests, riot], SETTINGS, SIMILARITY)

    assert len({clusters.cluster_of[a.key] for a in (storming, arrests, riot)}) == 1


def test_what_went_on_since_a_year_is_no_account_of_an_act_in_those_years() -> None:
    # "which has fought government forces in the province since 2009", in a report of
    # the bus station bombing of August 19, 2011: the span to the report overlaps the
    # bombing, the group and the town are the bombing's, and it is not the bombing.
    since = account(
        "wire",
        120,
        "the Qaralin Free Movement, which has fought government forces in Bessek since 2009",
        "battle",
        "clash",
        day=None,
        place=CAMP,
        agents=[BRIGADES],
    ).model_copy(update={"earliest": dt.date(2009, 1, 1), "latest": dt.date(2011, 8, 20)})
    bombing = account(
        "wire",
        0,
        "A bomb exploded at the bus station in Bessek, police blamed the Movement",
        "attack",
        "bombing",
        day=dt.date(2011, 8, 19),
        place=CAMP,
        agents=[BRIGADES],
    )
    two_days = since.model_copy(
        update={"earliest": dt.date(2011, 8, 17), "latest": dt.date(2011, 8, 19)}
    )

    assert score_pair(since, bombing, SETTINGS, SIMILARITY) is None
    assert score_pair(two_days, bombing, SETTINGS, SIMILARITY) is not None
