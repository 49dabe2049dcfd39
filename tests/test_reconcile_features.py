"""Link features and clustering: which accounts are one event, and why."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from historiograph.reconcile.accounts import (
    Account,
    ActorRef,
    Figure,
    PlaceRef,
    accounts_from_record,
)
from historiograph.reconcile.clustering import Constraints, cluster_accounts
from historiograph.reconcile.features import (
    actor_tokens,
    place_score,
    repeats,
    score_pair,
    told_apart,
    worded_type,
)
from historiograph.reconcile.settings import Settings, load_settings
from historiograph.reconcile.similarity import (
    LexicalSimilarity,
    content_words,
    shared_content_words,
)
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


def test_compatibility_keeps_named_subtypes_of_one_type_apart() -> None:
    assert SETTINGS.compatibility("statement", "statement") == 1.0
    assert SETTINGS.compatibility("statement", "statement", "denial", "denial") == 1.0
    assert SETTINGS.compatibility("statement", "statement", "denial", "accusation") == 0.0
    # Subtypes no entry names stay as compatible as their type.
    assert SETTINGS.compatibility("attack", "attack", "bombing", "armed_assault") == 1.0
    assert SETTINGS.compatibility("protest", "repression", "strike") == 0.0


def test_irregular_verb_forms_keep_the_type_their_word_means() -> None:
    assert worded_type("shot") == worded_type("shoots") == "attack"
    assert worded_type("blown up") == worded_type("blew up") == worded_type("blow up")
    assert worded_type("went") is None


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
    group = account("g", dt.date(1991, 6, 1), "The bomb explosion on the Selda bridge.", place=None)
    inquiry = account(
        "i",
        dt.date(1991, 6, 2),
        "The bomb explosion at Camp Ashraf on the Selda bridge.",
        place=ASHRAF,
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


SARN = PlaceRef(name="Sarn University", entity="ent:sarn-university", precision=2)


def test_a_riot_and_the_shooting_that_broke_it_up_link_at_a_lower_type_score() -> None:
    ministry = account(
        "m",
        dt.date(1977, 4, 12),
        "Rioters armed with petrol bombs attacked a Guard unit at Sarn University.",
        type_="protest",
        place=SARN,
    ).model_copy(update={"subtype": "riot"})
    jurists = account(
        "j",
        dt.date(1977, 4, 12),
        "Nine students died when guardsmen opened fire at Sarn University.",
        place=SARN,
    )
    strike = ministry.model_copy(update={"subtype": "strike"})
    arrests = jurists.model_copy(update={"type": "repression", "subtype": "arrest"})

    scores = score_pair(ministry, jurists, SETTINGS, SIMILARITY)

    assert scores is not None and scores.linked
    assert 0 < scores.type < 1  # one event, told as two types
    assert score_pair(strike, jurists, SETTINGS, SIMILARITY) is None  # a strike is no shooting
    assert score_pair(ministry, arrests, SETTINGS, SIMILARITY) is None  # nor an arrest a riot
    assert "protest" in SETTINGS.compatible_types("repression")  # blocking lets them meet


def test_a_headline_sharing_two_names_with_a_sentence_is_no_text_anchor() -> None:
    headline = account("w", dt.date(1977, 4, 15), "Guard fires on funeral in Sarn", place=None)
    leaflet = account(
        "l",
        dt.date(1977, 4, 11),
        "On April 11, 1977, the Guard murdered 23 of our comrades at the gates of Sarn.",
        place=None,
    )
    headline = headline.model_copy(update={"date_carried": True})
    paraphrase = leaflet.model_copy(
        update={
            "key": "sha256:p@0-5",
            "document": "sha256:p",
            "quote": "The Guard fired on the funeral march in Sarn and killed four mourners.",
        }
    )

    names_only = score_pair(leaflet, headline, SETTINGS, SIMILARITY)
    same_words = score_pair(paraphrase, headline, SETTINGS, SIMILARITY)

    assert names_only is not None and names_only.text is not None
    assert names_only.text >= SETTINGS.anchors["text"]  # the ratio alone would anchor it
    assert not names_only.linked
    assert same_words is not None and same_words.linked  # guard, fire, funeral, Sarn


def test_day_precise_dates_months_apart_weigh_more_than_years() -> None:
    day = account("a", dt.date(1988, 2, 1), "The raid on the camp.")
    later = account("b", dt.date(1988, 5, 11), "The raid on the camp.")  # 100 days on
    year_a = day.model_copy(
        update={
            "earliest": dt.date(1986, 1, 1),
            "latest": dt.date(1986, 12, 31),
            "precision": "year",
        }
    )
    year_b = later.model_copy(
        update={
            "earliest": dt.date(1987, 4, 10),
            "latest": dt.date(1987, 12, 31),
            "precision": "year",
        }
    )

    days = score_pair(day, later, SETTINGS, SIMILARITY)
    years = score_pair(year_a, year_b, SETTINGS, SIMILARITY)

    assert days is not None and days.time is not None
    assert years is not None and years.time is not None
    # The same 100 days cost the day-precise pair far more than the year-precise one.
    assert 1 - days.time > 2 * (1 - years.time)


def test_in_one_document_a_season_shared_or_a_place_carried_over_is_no_anchor() -> None:
    shootings = account(
        "h",
        dt.date(1977, 4, 12),
        "The spring of 1977 opened with the shootings at Sarn.",
        place=SARN,
    ).model_copy(
        update={
            "earliest": dt.date(1977, 3, 20),
            "latest": dt.date(1977, 6, 20),
            "precision": "season",
        }
    )
    bombing = shootings.model_copy(
        update={
            "key": "sha256:h@300-304",
            "event": "e2",
            "earliest": dt.date(1977, 5, 20),
            "latest": dt.date(1977, 5, 20),
            "precision": "day",
            "place": None,
            "quote": "On May 20, 1977, a bomb killed three guardsmen.",
        }
    )
    funeral = bombing.model_copy(
        update={
            "key": "sha256:h@200-208",
            "event": "e3",
            "earliest": dt.date(1977, 4, 15),
            "latest": dt.date(1977, 4, 15),
            "place": SARN,
            "place_carried": True,
            "quote": "Three days later the Guard fired on the mourners at their funeral.",
        }
    )

    spring = score_pair(bombing, shootings, SETTINGS, SIMILARITY)
    carried = score_pair(funeral, shootings, SETTINGS, SIMILARITY)

    assert spring is not None and spring.time == 1.0 and not spring.linked
    assert carried is not None and carried.place == 1.0 and not carried.linked


def test_a_sentence_naming_the_other_accounts_place_agrees_on_it_without_a_place() -> None:
    jurists = account(
        "j", dt.date(1977, 4, 12), "Guardsmen opened fire at Sarn University.", place=SARN
    )
    leaflet = account(
        "l",
        dt.date(1977, 4, 11),
        "The Guard murdered 23 of our comrades at the gates of Sarn University.",
        place=None,
    )
    elsewhere = leaflet.model_copy(
        update={"quote": "The Guard murdered 23 of our comrades at the harbour."}
    )

    named = score_pair(leaflet, jurists, SETTINGS, SIMILARITY)
    unnamed = score_pair(elsewhere, jurists, SETTINGS, SIMILARITY)

    assert named is not None and named.place == SETTINGS.place.contained and named.linked
    assert unnamed is not None and unnamed.place is None


def test_month_and_weekday_names_are_no_shared_words() -> None:
    assert content_words("On Monday, April 9, a patrol clashed") == "patrol clashed"
    assert shared_content_words("On April 9 the brigade struck", "On April 10 a gang fled") == 0


def test_a_toll_dated_in_its_own_sentence_joins_no_event_dated_apart() -> None:
    text = (
        "On March 14, 1983, gendarmes shot miners in Ismarek.\n\n"
        "The bomb that went off on May 2, 1983, killed nine people. "
        "Later that day nine people were killed. On May 3, 1983, twelve more died."
    )
    day = dt.date(1983, 3, 14)
    trigger = text.index("shot")
    shooting = Event(
        id="e1",
        span=(0, text.index("\n")),
        trigger=Trigger(span=(trigger, trigger + 4), text="shot"),
        type="attack",
        when=When(earliest=day, latest=day, timex="t1", precision="day"),
    )

    def claim(id_: str, words: str, about: str | None = None) -> Claim:
        start = text.index(words)
        span = (start, start + len(words))
        return Claim(id=id_, span=span, about=about, property="fatalities", value=9, low=9, high=9)

    def dated(id_: str, phrase: str, date: dt.date) -> Timex:
        start = text.index(phrase)
        return Timex(
            id=id_,
            span=(start, start + len(phrase)),
            text=phrase,
            type="DATE",
            value=date.isoformat(),
            earliest=date,
            latest=date,
            precision="day",
        )

    record = Record(
        document=Document(id="sha256:f", text=text),
        timexes=[
            dated("t1", "March 14, 1983", day),
            dated("t2", "May 2, 1983", dt.date(1983, 5, 2)),
            dated("t3", "May 3, 1983", dt.date(1983, 5, 3)),
        ],
        claims=[
            claim("c1", "killed nine people", about="e1"),  # the extractor's, across paragraphs
            claim("c2", "nine people were killed"),
            claim("c3", "twelve more died"),
        ],
        events=[shooting],
    )

    (account_,) = accounts_from_record(record, SETTINGS)

    # "Later that day" is May 2's: the paragraph opens on a date of its own, so not even
    # the undated sentence's toll is the March shooting's.
    assert account_.figures == []


def test_victims_named_only_by_their_kind_are_no_anchor() -> None:
    people = ActorRef(entity="ent:people", name="people")
    cafe = account(
        "c",
        dt.date(1957, 8, 14),
        "A grenade thrown onto a cafe terrace killed three people.",
        place=None,
        patients=[people],
    )
    arrests = account(
        "m",
        dt.date(1957, 8, 14),
        "More than 1,000 people were detained without charge.",
        type_="repression",
        place=None,
        patients=[people],
    )

    scores = score_pair(arrests, cafe, SETTINGS, SIMILARITY)

    assert scores is not None and scores.actors == 0.5 and not scores.linked


def test_arrests_the_day_after_a_shooting_are_another_event() -> None:
    ismarek = PlaceRef(name="Ismarek", entity="ent:ismarek", precision=1)
    shooting = account(
        "k", dt.date(1983, 3, 14), "Gendarmes shot 14 miners in Ismarek.", place=ismarek
    )
    arrests = shooting.model_copy(
        update={
            "key": "sha256:k@90-98",
            "event": "e2",
            "type": "repression",
            "subtype": "arrest",
            "trigger": "arrested",
            "earliest": dt.date(1983, 3, 15),
            "latest": dt.date(1983, 3, 22),
            "quote": "Gendarmes arrested more than 600 miners in Ismarek.",
        }
    )
    same_day = arrests.model_copy(update={"earliest": shooting.earliest, "latest": shooting.latest})

    undated = shooting.model_copy(
        update={"document": "sha256:u", "earliest": None, "latest": None, "precision": "unknown"}
    )

    after = score_pair(arrests, shooting, SETTINGS, SIMILARITY)
    during = score_pair(same_day, shooting, SETTINGS, SIMILARITY)
    unknown = score_pair(same_day, undated, SETTINGS, SIMILARITY)

    # One day off is a disputed date between two shootings, a sequel for an arrest.
    assert after is not None and after.time is not None and after.time < 1 and not after.linked
    assert during is not None and during.time == 1.0 and during.linked
    # Where one is undated, nothing says their days meet: the town alone is too little.
    assert unknown is not None and unknown.place == 1.0 and not unknown.linked


def test_suspects_detained_on_the_day_of_a_bombing_are_another_event() -> None:
    sennach = PlaceRef(name="Sennach", entity="ent:sennach", precision=1)
    bombing = account(
        "w", dt.date(1964, 3, 2), "A bomb wrecked the night train near Sennach.", place=sennach
    ).model_copy(update={"subtype": "bombing"})
    detained = account(
        "m",
        dt.date(1964, 3, 2),
        "Police detained fourteen suspects in Sennach.",
        type_="repression",
        place=sennach,
    ).model_copy(update={"subtype": "arrest"})
    raid = bombing.model_copy(update={"subtype": "armed_assault"})

    # A bomb is never set off by arresting anyone; a raid may well have been one.
    assert score_pair(detained, bombing, SETTINGS, SIMILARITY) is None
    assert score_pair(detained, raid, SETTINGS, SIMILARITY) is not None


def test_the_sentence_telling_arrests_after_an_ambush_is_no_anchor_to_the_ambush() -> None:
    ambush = account(
        "h",
        dt.date(1957, 9, 3),
        "The Movement ambushed a police patrol on the Dunmarra road.",
        place=None,
    )
    arrests = account(
        "m",
        dt.date(1957, 9, 3),
        "In the weeks after the Dunmarra road ambush, the police detained 1,000 people.",
        type_="repression",
        place=None,
    ).model_copy(update={"subtype": "arrest", "date_carried": True})

    scores = score_pair(arrests, ambush, SETTINGS, SIMILARITY)

    assert scores is not None and (scores.text or 0) >= 0.45 and not scores.linked


def test_a_dated_account_does_not_join_a_cluster_dated_apart_through_an_undated_one() -> None:
    excelsior = PlaceRef(name="Excelsior", entity="ent:excelsior", precision=1)
    stated = account(
        "s", dt.date(1957, 8, 14), "The grenade attack on the Excelsior.", place=excelsior
    )
    undated = account(
        "u",
        dt.date(1957, 8, 14),
        "Our fighters struck the officers' mess at the Excelsior in Port Veyle and killed nine.",
        place=excelsior,
    ).model_copy(update={"earliest": None, "latest": None, "precision": "unknown"})
    later = account(
        "p",
        dt.date(1957, 10, 19),
        "A bomb in the post office in Port Veyle killed a clerk.",
        place=None,
    )

    clusterer = cluster_accounts([stated, undated, later], SETTINGS, SIMILARITY)

    assert clusterer.cluster_of[stated.key] == clusterer.cluster_of[undated.key]
    assert clusterer.cluster_of[later.key] != clusterer.cluster_of[stated.key]


def test_one_document_telling_a_march_and_the_tear_gas_that_broke_it_up_tells_one_event() -> None:
    valbrun = PlaceRef(name="Valbrun", entity="ent:valbrun", precision=1)
    march = account(
        "v",
        dt.date(1983, 3, 15),
        "Several thousand people marched through Valbrun to mourn the dead.",
        type_="protest",
        place=valbrun,
    )
    tear_gas = march.model_copy(
        update={
            "key": "sha256:v@90-98",
            "event": "e2",
            "type": "repression",
            "subtype": "crackdown",
            "quote": "Police used tear gas to break up the crowd near the bridge.",
            "date_carried": True,
            "place_carried": True,
        }
    )
    elsewhere = tear_gas.model_copy(update={"document": "sha256:other", "key": "sha256:o@0-5"})

    assert (linked := score_pair(tear_gas, march, SETTINGS, SIMILARITY)) and linked.linked
    assert (apart := score_pair(elsewhere, march, SETTINGS, SIMILARITY)) and not apart.linked


def test_words_that_say_who_told_it_are_no_shared_words() -> None:
    a = "A grenade killed three at the cafe, police said."
    b = "Police said a grenade was thrown into the cinema."

    assert shared_content_words(a, b) == 3  # grenade, police, said
    assert shared_content_words(a, b, ignore=frozenset({"said", "police"})) == 1


def test_a_claim_and_a_denial_are_never_one_statement() -> None:
    claim = account(
        "g",
        dt.date(1991, 6, 1),
        "The Red Hand Brigades claimed responsibility for the bombing.",
        type_="statement",
        place=None,
    ).model_copy(update={"subtype": "claim_of_responsibility"})
    denial = account(
        "b",
        dt.date(1991, 6, 1),
        "The Red Hand Brigades deny any part in the bombing.",
        type_="statement",
        place=None,
    ).model_copy(update={"subtype": "denial"})
    reported = denial.model_copy(update={"document": "sha256:u", "key": "sha256:u@0-5"})

    assert score_pair(claim, denial, SETTINGS, SIMILARITY) is None
    assert (same := score_pair(reported, denial, SETTINGS, SIMILARITY)) and same.type == 1.0


def test_two_bombings_a_week_apart_in_one_town_share_only_the_town_and_the_type() -> None:
    town = PlaceRef(name="Tarvel", entity="ent:tarvel", precision=1)
    first = account(
        "a",
        dt.date(2015, 2, 9),
        "A car bomb killed 12 people in Tarvel on Monday, police said.",
        place=town,
    )
    second = account(
        "b",
        dt.date(2015, 2, 16),
        "A car bomb killed 20 people in Tarvel, police said.",
        place=town,
    )
    convoy = account("c", dt.date(2011, 8, 3), "Rebels attacked a convoy in Tarvel.", place=town)
    later = account("d", dt.date(2011, 8, 24), "Rebels attacked a convoy in Tarvel.", place=town)

    # The resolver named the town wrongly: its name in the words is still the town's.
    misread = PlaceRef(name="Portville", entity="ent:portville", precision=1)
    cafe = account(
        "e", dt.date(1957, 8, 14), "A grenade in Port Veyle killed three people.", place=misread
    )
    cinema = account(
        "f", dt.date(1957, 8, 28), "A grenade in Port Veyle killed two people.", place=misread
    )

    apart = score_pair(second, first, SETTINGS, SIMILARITY)
    disputed = score_pair(later, convoy, SETTINGS, SIMILARITY)
    named = score_pair(cinema, cafe, SETTINGS, SIMILARITY)

    assert apart is not None and apart.place == 1.0 and (apart.text or 0) >= 0.45
    assert not apart.linked
    assert named is not None and named.place == 1.0 and not named.linked
    assert disputed is not None and disputed.linked  # the convoy is the words' own


def test_an_account_goes_to_the_cluster_its_date_agrees_with() -> None:
    town = PlaceRef(name="Port Veyle", entity="ent:port-veyle", precision=1)
    cafe = account(
        "c", dt.date(1957, 8, 14), "Three died on the terrace of the Excelsior.", place=town
    )
    cinema = account(
        "n",
        dt.date(1957, 8, 28),
        "A grenade at the Rialto cinema in Port Veyle killed two.",
        place=town,
    )
    historian = account(
        "h",
        dt.date(1957, 8, 14),
        "A grenade at the Excelsior cafe, and a grenade at the Rialto cinema in Port Veyle.",
        place=town,
    )

    clusterer = cluster_accounts([cafe, cinema, historian], SETTINGS, SIMILARITY)

    assert clusterer.cluster_of[cafe.key] != clusterer.cluster_of[cinema.key]
    assert clusterer.cluster_of[historian.key] == clusterer.cluster_of[cafe.key]


def test_an_undated_mention_does_not_keep_its_documents_event_from_another_sources() -> None:
    ismarek = PlaceRef(name="Ismarek", entity="ent:ismarek", precision=1)
    gendarmes = ActorRef(entity="ent:gendarmes", name="gendarmes")
    wire = account(
        "w", dt.date(1983, 3, 14), "Gendarmes fired on miners in Ismarek.", place=ismarek
    )
    mention = account("f", dt.date(1983, 3, 14), "The massacre of Ismarek.", place=ismarek)
    mention = mention.model_copy(update={"earliest": None, "latest": None, "precision": "unknown"})
    fire = account(
        "f",
        dt.date(1983, 3, 14),
        "The gendarmes opened fire on the marchers and murdered 19 of our brothers.",
        place=None,
        agents=[gendarmes],
    ).model_copy(update={"key": "sha256:f@90-99", "event": "e2"})
    historian = account(
        "h",
        dt.date(1983, 3, 14),
        "In Ismarek the gendarmes opened fire on the marchers.",
        place=ismarek,
        agents=[gendarmes],
    )

    clusterer = cluster_accounts([wire, mention, fire, historian], SETTINGS, SIMILARITY)

    assert len({clusterer.cluster_of[a.key] for a in (wire, mention, fire, historian)}) == 1


def test_one_writer_s_two_days_are_two_events_even_a_day_or_two_apart() -> None:
    hospital = account("m", dt.date(2015, 2, 12), "An air strike destroyed the hospital.")
    shelling = hospital.model_copy(
        update={
            "key": "sha256:m@90-98",
            "earliest": dt.date(2015, 2, 14),
            "latest": dt.date(2015, 2, 14),
            "quote": "Mortar shells killed nine civilians in the district.",
        }
    )
    disputed = shelling.model_copy(update={"document": "sha256:other", "key": "sha256:o@0-5"})
    guessed = shelling.model_copy(update={"date_carried": True})

    assert told_apart(hospital, shelling, SETTINGS)  # the writer's own two dates
    assert not told_apart(hospital, disputed, SETTINGS)  # two sources may dispute a day
    assert not told_apart(hospital, guessed, SETTINGS)  # a carried date keeps its slack
    linked = score_pair(shelling, hospital, SETTINGS, SIMILARITY)
    assert linked is not None and not linked.linked


def test_a_name_no_gazetteer_knows_shared_on_the_same_day_is_evidence_of_place() -> None:
    relief = account(
        "r",
        dt.date(1926, 10, 9),
        "The villagers said a squadron surrounded Tuvra and shot 63 of them.",
        place=None,
    )
    rebels = account(
        "p",
        dt.date(1926, 10, 9),
        "On 9 October the horsemen fell upon Tuvra and slaughtered its people.",
        place=None,
    )
    other_village = rebels.model_copy(
        update={"quote": "On 9 October the horsemen fell upon Sarnik and slaughtered its people."}
    )
    headline = rebels.model_copy(update={"date_carried": True})
    month_only = relief.model_copy(update={"quote": "In October the horsemen came back."})

    assert place_score(relief, rebels, SETTINGS) == SETTINGS.place.contained
    assert place_score(relief, other_village, SETTINGS) is None
    assert place_score(relief, headline, SETTINGS) is None  # a date it does not state
    assert place_score(month_only, rebels, SETTINGS) is None  # a month is no place
    linked = score_pair(rebels, relief, SETTINGS, SIMILARITY)
    assert linked is not None and linked.linked


def test_a_place_carried_over_is_no_new_place_in_one_document() -> None:
    meloz = PlaceRef(name="Meloz", entity="ent:meloz", precision=1)
    burned = account(
        "d",
        dt.date(1926, 10, 3),
        "Peasants marched on the tax office here on Sunday and burned it to the ground.",
        place=meloz,
    ).model_copy(update={"place_carried": True})
    fired = burned.model_copy(
        update={
            "key": "sha256:d@90-98",
            "event": "e2",
            "place": None,
            "place_carried": False,
            "date_carried": True,
            "quote": "Gendarmes fired volleys into the crowd, killing at least 15.",
        }
    )
    named_here = burned.model_copy(update={"place_carried": False})

    assert (linked := score_pair(fired, burned, SETTINGS, SIMILARITY)) and linked.linked
    # Where the burning's own sentence names the town and the firing's names none, the
    # same document may be moving on to another place: that takes more than the day.
    assert (apart := score_pair(fired, named_here, SETTINGS, SIMILARITY)) and not apart.linked


def test_a_toll_in_a_paragraph_opening_on_a_yearless_date_of_its_own_is_another_event_s() -> None:
    text = (
        "On August 14 our fighters struck the officers' mess and killed nine officers.\n\n"
        "On September 3 a unit of the Movement destroyed an enemy patrol. Twelve of the enemy fell."
    )
    trigger = text.index("struck")

    def undated(id_: str, phrase: str, value: str) -> Timex:
        start = text.index(phrase)
        span = (start, start + len(phrase))
        return Timex(id=id_, span=span, text=phrase, type="DATE", value=value, precision="day")

    def toll(words: str, value: int, about: str | None) -> Claim:
        start = text.index(words)
        return Claim(
            id=f"c{value}",
            span=(start, start + len(words)),
            about=about,
            property="fatalities",
            value=value,
            low=value,
            high=value,
        )

    strike = Event(
        id="e1",
        span=(0, text.index("\n")),
        trigger=Trigger(span=(trigger, trigger + 6), text="struck"),
        type="attack",
        when=When(timex="t1", precision="day"),
    )
    record = Record(
        document=Document(id="sha256:m", text=text),
        timexes=[
            undated("t1", "August 14", "XXXX-08-14"),
            undated("t2", "September 3", "XXXX-09-03"),
        ],
        claims=[toll("killed nine officers", 9, "e1"), toll("Twelve of the enemy fell", 12, None)],
        events=[strike],
    )

    (account_,) = accounts_from_record(record, SETTINGS)

    # No year anchors either date, but September 3 is not August 14: the patrol the
    # extractor missed, not the mess, lost twelve.
    assert [f.value for f in account_.figures] == [9]


def told_in(
    text: str,
    sentence: str,
    trigger: str,
    day: dt.date | None,
    *,
    carried: bool = False,
    type_: str = "attack",
    subtype: str | None = None,
) -> Account:
    """An account of ``text`` (document ``sha256:r``) whose evidence is ``sentence`` and
    whose trigger is the first ``trigger`` in it, at their real offsets; no ``day``, no
    date at all."""
    start = text.index(sentence)
    at = start + sentence.index(trigger)
    dorvan = PlaceRef(name="Dorvan", entity="ent:dorvan", lat=40.1, lon=20.2, precision=1)
    return Account(
        key=f"sha256:r@{at}-{at + len(trigger)}",
        document="sha256:r",
        event=f"e{at}",
        type=type_,
        subtype=subtype,
        trigger=trigger,
        earliest=day,
        latest=day,
        precision="day" if day else "unknown",
        date_carried=carried,
        place=dorvan,
        quote=sentence,
        span=(start, start + len(sentence)),
    )


def test_a_sentence_that_says_the_act_was_done_again_tells_another_event() -> None:
    day = dt.date(2014, 4, 4)
    first = "Rebel artillery shelled the market in Dorvan on 4 April, killing six traders."
    for later, apart in (
        ("The rebels struck the market again, killing two more traders.", True),
        ("The rebels struck the market a second time, killing two more traders.", True),
        ("The shelling of the market, killing six traders, shocked Dorvan.", False),
    ):
        text = f"{first} {later}"
        shelled = told_in(text, first, "shelled", day)
        killing = told_in(text, later, "killing", day, carried=True)

        clusterer = cluster_accounts([shelled, killing], SETTINGS, SIMILARITY)

        together = clusterer.cluster_of[shelled.key] == clusterer.cluster_of[killing.key]
        assert together is not apart, later
        assert told_apart(shelled, killing, SETTINGS) is apart


def test_a_counting_word_on_the_trigger_tells_another_event_unless_it_counts_the_last() -> None:
    day = dt.date(2016, 9, 2)
    first = "On 2 September soldiers raided the flour mill at Dorvan and shot four workers."
    second = "A second raid on the same mill followed, and three more workers were killed."
    text = f"{first} {second}"
    raided = told_in(text, first, "raided", day)
    again = told_in(text, second, "raid", day, carried=True)
    assert repeats(again, raided, SETTINGS) and not repeats(raided, again, SETTINGS)

    # "it was the third raid this year" counts the raid just told; "a second man" is no
    # second event; a headline before the story dates nothing of its own.
    for sentence, trigger in (
        ("It was the third raid on the mill this year.", "raid"),
        ("A second worker was killed by the soldiers.", "killed"),
        ("One guard was wounded and a second was killed.", "killed"),
    ):
        text = f"{first} {sentence}"
        assert not repeats(told_in(text, sentence, trigger, day, carried=True), raided, SETTINGS)
    headline = "Soldiers raid Dorvan mill"
    lead = "Soldiers raided the flour mill again on 2 September."
    text = f"{headline}\n\n{lead}"
    undated = told_in(text, headline, "raid", None)
    assert not repeats(told_in(text, lead, "raided", day), undated, SETTINGS)


def test_a_repeat_told_twice_is_one_event() -> None:
    day = dt.date(2016, 9, 5)
    first = "A second raid on the mill followed on 5 September."
    later = "The second raid destroyed the mill."
    text = f"On 2 September soldiers raided the mill. {first} {later}"
    told = told_in(text, first, "raid", day)
    retold = told_in(text, later, "raid", day, carried=True)

    assert not told_apart(told, retold, SETTINGS)


def test_an_undated_lead_is_the_event_the_next_sentence_dates() -> None:
    day = dt.date(1983, 3, 14)
    lead = "The massacre of Dorvan will not be forgotten."
    story = "On March 14, 1983, the gendarmes opened fire and murdered nineteen miners."
    arrests = "On March 14, 1983, the gendarmes arrested nineteen miners."

    def placed(text: str, follower: str, trigger: str, subtype: str) -> bool:
        # Neither places its event: the sentences share only the type's words.
        mention = told_in(text, lead, "massacre", None, type_="repression", subtype="massacre")
        told = told_in(text, follower, trigger, day, type_="repression", subtype=subtype)
        mention, told = (x.model_copy(update={"place": None}) for x in (mention, told))
        clusterer = cluster_accounts([mention, told], SETTINGS, SIMILARITY)
        return clusterer.cluster_of[mention.key] == clusterer.cluster_of[told.key]

    assert placed(f"{lead} {story}", story, "murdered", "massacre")
    assert placed(f"{lead}\n\n{story}", story, "murdered", "massacre")
    # Another sentence between them, or a next sentence of another kind, dates nothing.
    assert not placed(f"{lead} The town mourns. {story}", story, "murdered", "massacre")
    assert not placed(f"{lead} {arrests}", arrests, "arrested", "arrest")


def test_a_date_opening_its_episode_is_the_first_told_event_s_own() -> None:
    day = dt.date(2009, 6, 9)

    def carried(text: str, triggers: list[str]) -> list[bool]:
        opening = text.index("On 9 June")
        events = []
        for n, trigger in enumerate(triggers):
            start = text.index(trigger)
            sentence_start = max(text.rfind(". ", 0, start) + 2, 0)
            events.append(
                Event(
                    id=f"e{n}",
                    span=(sentence_start, text.index(".", start) + 1),
                    trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
                    type="attack",
                    when=When(earliest=day, latest=day, timex="t1", precision="day"),
                )
            )
        record = Record(
            document=Document(id="sha256:p", text=text),
            timexes=[
                Timex(
                    id="t1",
                    span=(opening, opening + 9),
                    text="On 9 June",
                    type="DATE",
                    value="2009-06-09",
                )
            ],
            events=events,
        )
        return [a.date_carried for a in accounts_from_record(record, SETTINGS)]

    stop = "On 9 June a patrol ordered a boat to stop off Harbeq."
    # The sentence that dates the episode tells no event: the firing is what it dates.
    assert carried(f"{stop} The crew opened fire on the patrol.", ["opened fire"]) == [False]
    # An event told between them, or a paragraph break, leaves the date carried over.
    told = f"{stop} Smugglers attacked the patrol. The patrol fired back."
    assert carried(told, ["attacked", "fired back"]) == [False, True]
    assert carried(f"{stop}\n\nThe crew opened fire on the patrol.", ["opened fire"]) == [True]


def test_the_mention_rules_live_in_the_one_validated_settings_file() -> None:
    repetition = SETTINGS.mentions.repetition
    assert ("a", "second", "time") in repetition.adverb_phrases
    assert SETTINGS.mentions.forward_dating.max_gap_chars >= 1

    data = SETTINGS.model_dump(mode="json")
    data["mentions"]["repetition"]["adverbz"] = ["again"]  # a misspelt key is refused
    with pytest.raises(ValidationError):
        Settings.model_validate(data)
    data = SETTINGS.model_dump(mode="json")
    del data["mentions"]["forward_dating"]
    with pytest.raises(ValidationError):
        Settings.model_validate(data)


def test_an_account_joins_the_cluster_it_meets_on_more_anchors_not_the_higher_mean() -> None:
    ashvar = PlaceRef(name="Ashvar", entity="ent:ashvar", lat=36.2, lon=44.1, precision=1)
    front = ActorRef(entity="ent:front", name="Valley Front")
    day = dt.date(2021, 5, 18)
    market = account(
        "a",
        day,
        "Mortar rounds of the Valley Front hit the market in Ashvar, killing eleven.",
        place=ashvar,
        agents=[front],
    )
    post = account(
        "b",
        day + dt.timedelta(days=6),
        "Fighters of the Valley Front attacked our observation post on the ridge.",
        place=None,
        agents=[front],
    )
    shelled = account(
        "c",
        day + dt.timedelta(days=2),
        "Valley Front gunners shelled Ashvar, witnesses said.",
        place=ashvar,
        agents=[front],
    ).model_copy(update={"date_carried": True})
    to_market = score_pair(shelled, market, SETTINGS, SIMILARITY)
    to_post = score_pair(shelled, post, SETTINGS, SIMILARITY)
    # The post names no place, so the mean leaves place out and comes out higher.
    assert to_market is not None and to_post is not None
    assert to_market.linked and to_post.linked and to_post.total > to_market.total
    assert to_market.anchors > to_post.anchors

    clusterer = cluster_accounts([market, post, shelled], SETTINGS, SIMILARITY)

    assert clusterer.cluster_of[shelled.key] == clusterer.cluster_of[market.key]
    assert clusterer.cluster_of[post.key] != clusterer.cluster_of[market.key]


def test_an_act_the_writer_denies_is_no_remention_of_an_act_it_asserts() -> None:
    day = dt.date(2021, 5, 20)
    first = "On 20 May an enemy drone strike killed nine farmers in the fields of Dorvan."
    second = "The Front did not fire a single shell at the market."
    text = f"{first} {second}"
    dorvan = PlaceRef(name="Dorvan", entity="ent:dorvan", precision=2)
    drone = told_in(text, first, "drone strike", day, type_="battle", subtype="air_strike")
    drone = drone.model_copy(update={"place": dorvan})
    shell = told_in(text, second, "shell", day, carried=True, type_="battle", subtype="shelling")
    shell = shell.model_copy(update={"place": None})
    asserted = score_pair(drone, shell, SETTINGS, SIMILARITY)
    assert asserted is not None and asserted.linked  # one day, one kind: told together

    denied = score_pair(
        drone, shell.model_copy(update={"modality": "denied"}), SETTINGS, SIMILARITY
    )

    assert denied is not None and not denied.linked


def test_the_site_one_account_names_is_the_place_of_another_that_calls_it_by_its_noun() -> None:
    orvan = PlaceRef(name="Orvan", entity="ent:orvan", precision=2)
    day = dt.date(2015, 2, 12)
    strike = account(
        "a",
        day,
        "An air strike destroyed the surgical wing of St Brenna hospital in Orvan.",
        type_="battle",
        place=orvan,
    )
    mortars = account(
        "b", day, "The hospital was hit by mortar rounds fired by the militia.", type_="battle"
    ).model_copy(update={"place": None})
    scores = score_pair(strike, mortars, SETTINGS, SIMILARITY)
    assert scores is not None and scores.place == SETTINGS.place.contained and scores.linked

    # Another day, or "the hospital" of a paragraph about another town, is no such site.
    later = mortars.model_copy(
        update={"earliest": day.replace(day=20), "latest": day.replace(day=20)}
    )
    assert place_score(strike, later, SETTINGS) is None
    elsewhere = PlaceRef(name="Tarvel", entity="ent:tarvel", precision=2)
    carried = mortars.model_copy(update={"place": elsewhere, "place_carried": True})
    assert place_score(strike, carried, SETTINGS) is None
    # A town carried over that is the other account's own is the sentence's site.
    carried = mortars.model_copy(update={"place": orvan, "place_carried": True})
    scores = score_pair(strike, carried, SETTINGS, SIMILARITY)
    assert scores is not None and scores.place == SETTINGS.place.contained and scores.linked


def test_in_one_document_kinds_that_differ_in_subtype_and_word_are_not_told_together() -> None:
    day = dt.date(2015, 2, 13)
    first = "Our artillery shelled the positions of the army in the Zenit district on Friday."
    second = "The regime's air force bombed it in front of the whole town."
    text = f"{first} {second}"
    zenit = PlaceRef(name="Zenit", entity="ent:zenit", precision=2)
    shelled = told_in(text, first, "shelled", day, type_="battle", subtype="shelling")
    shelled = shelled.model_copy(update={"place": zenit})
    # The typing model reads both as battles; "bombed" is worded an attack, and the
    # two subtypes (a shelling, an air strike) are two acts.
    bombed = told_in(
        text, second, "bombed", day, carried=True, type_="battle", subtype="air_strike"
    )
    bombed = bombed.model_copy(update={"place": None})
    apart = score_pair(shelled, bombed, SETTINGS, SIMILARITY)
    assert apart is not None and not apart.linked

    # Read as one subtype, the same day's mention is the same act told again.
    again = bombed.model_copy(update={"subtype": "shelling"})
    together = score_pair(shelled, again, SETTINGS, SIMILARITY)
    assert together is not None and together.linked


def test_a_seizure_told_with_its_dead_is_a_lethal_act_not_what_followed_one() -> None:
    nyaro = PlaceRef(name="Nyaro", entity="ent:nyaro", precision=1)
    raid = account(
        "a", dt.date(1998, 12, 15), "Armed men raided the Nyaro camp, killing 11.", place=nyaro
    )
    seized = account(
        "b",
        dt.date(1998, 12, 16),
        "Attackers overran the Nyaro camp and killed 16 refugees.",
        type_="battle",
        place=nyaro,
    ).model_copy(update={"subtype": "territory_seized"})
    dead = Figure(
        claim="c1",
        property="fatalities",
        value=16,
        low=16.0,
        high=16.0,
        qualifier="exact",
        source="author",
        source_kind="author",
        stance="asserted",
        quote="16 refugees",
    )
    # Without its dead, a seizure a day after a killing is what followed it.
    bloodless = score_pair(raid, seized, SETTINGS, SIMILARITY)
    assert bloodless is not None and not bloodless.linked

    told = score_pair(raid, seized.model_copy(update={"figures": [dead]}), SETTINGS, SIMILARITY)

    assert told is not None and told.linked and told.time == 1.0


def test_a_march_fired_on_meets_the_riot_the_other_side_tells_even_read_as_a_clash() -> None:
    keldrum = PlaceRef(name="Keldrum", entity="ent:keldrum", precision=1)
    police = ActorRef(entity="ent:police", name="police")
    ministry = account(
        "m",
        dt.date(2017, 10, 2),
        "A mob of rioters armed with iron bars stormed the police station in Keldrum.",
        type_="protest",
        place=keldrum,
    ).model_copy(update={"subtype": "riot"})
    union = account(
        "u",
        dt.date(2017, 10, 2),
        "The police opened fire on a peaceful march of miners in Keldrum.",
        type_="battle",
        place=keldrum,
        agents=[police],
    ).model_copy(update={"subtype": "clash"})
    strike = ministry.model_copy(update={"subtype": "strike"})
    shelling = union.model_copy(update={"subtype": "shelling"})

    scores = score_pair(ministry, union, SETTINGS, SIMILARITY)

    assert scores is not None and scores.linked and scores.type == 0.5
    assert score_pair(strike, union, SETTINGS, SIMILARITY) is None  # a strike exchanges no fire
    assert score_pair(ministry, shelling, SETTINGS, SIMILARITY) is None  # nor is a riot shelled


def test_actors_named_only_by_their_kind_anchor_a_link_only_on_the_same_day() -> None:
    police = ActorRef(entity="ent:police", name="police")
    detained = account(
        "w",
        dt.date(2017, 9, 9),
        "Hours later, police detained nine men at a workshop in the east of the city.",
        type_="repression",
        place=None,
        agents=[police],
    )
    arrested = account(
        "u",
        dt.date(2017, 10, 3),
        "The next day, police raided the union hall in Keldrum and arrested 200 people.",
        type_="repression",
        place=None,
        agents=[police],
    )
    front = ActorRef(entity="ent:tava-front", name="Tava Front")

    weeks_apart = score_pair(detained, arrested, SETTINGS, SIMILARITY)
    same_day = score_pair(
        detained,
        arrested.model_copy(update={"earliest": detained.earliest, "latest": detained.latest}),
        SETTINGS,
        SIMILARITY,
    )
    named = score_pair(
        detained.model_copy(update={"agents": [front]}),
        arrested.model_copy(update={"agents": [front]}),
        SETTINGS,
        SIMILARITY,
    )

    assert weeks_apart is not None and weeks_apart.anchors == 0 and not weeks_apart.linked
    assert same_day is not None and same_day.anchors == 1
    assert named is not None and named.anchors == 1  # a named group anchors weeks apart


def test_a_demonstrative_mention_re_tells_the_nearest_event_of_a_type_it_may_name() -> None:
    text = (
        "Troops shot five men in Arlan in the spring of 1983. The Front issued a statement. "
        "Rebels bombed the bus station. That massacre of travellers was the work of a gang. "
        "Officials said that attacks continued."
    )
    spring = When(earliest=dt.date(1983, 3, 20), latest=dt.date(1983, 6, 20), precision="season")

    def event(id_: str, trigger: str, type_: str) -> Event:
        start = text.index(trigger)
        return Event(
            id=id_,
            span=(start, start + len(trigger)),
            trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
            type=type_,
            when=spring,
        )

    record = Record(
        document=Document(id="sha256:d", text=text),
        events=[
            event("e1", "shot", "attack"),
            event("e2", "bombed", "attack"),
            event("e3", "statement", "statement"),
            event("e4", "massacre", "repression"),
            event("e5", "attacks", "attack"),
        ],
    )

    shot, bombed, statement, massacre, attacks = accounts_from_record(record, SETTINGS)
    scores = score_pair(bombed, massacre, SETTINGS, SIMILARITY)
    farther = score_pair(shot, massacre, SETTINGS, SIMILARITY)

    assert massacre.refers_to == bombed.key  # the nearest earlier event it may name
    assert attacks.refers_to is None  # "said that attacks": a conjunction, no demonstrative
    assert statement.refers_to is None and shot.refers_to is None
    assert scores is not None and scores.linked  # a season's date, other words: still one
    assert farther is not None and not farther.linked


def test_an_undated_event_bounded_by_the_dates_around_it_is_carried_not_stated() -> None:
    text = "On May 2 a bomb hit the station. Rebels burned a mill. On May 9 troops fired."
    may2, may9 = dt.date(1983, 5, 2), dt.date(1983, 5, 9)

    def event(id_: str, trigger: str, when: When) -> Event:
        start = text.index(trigger)
        return Event(
            id=id_,
            span=(start, start + len(trigger)),
            trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
            type="attack",
            when=when,
        )

    record = Record(
        document=Document(id="sha256:b", text=text),
        timexes=[
            Timex(id="t1", span=(3, 8), text="May 2", type="DATE", value="1983-05-02"),
            Timex(id="t2", span=(58, 63), text="May 9", type="DATE", value="1983-05-09"),
        ],
        events=[
            event("e1", "bomb", When(earliest=may2, latest=may2, timex="t1", precision="day")),
            event("e2", "burned", When(earliest=may2, latest=may9, precision="unknown")),
            event("e3", "fired", When(earliest=may9, latest=may9, timex="t2", precision="day")),
        ],
    )

    bomb, mill, fired = accounts_from_record(record, SETTINGS)

    assert not bomb.date_carried and not fired.date_carried
    assert mill.date_carried  # the narrative's guess, no source's date


def test_a_mention_of_every_attack_names_no_event_and_links_with_none() -> None:
    text = (
        "On August 4 our fighters ambushed a convoy near Tamrut. "
        "The Movement condemns every attack on civilians and will answer any such raid."
    )
    day = When(earliest=dt.date(2011, 8, 4), latest=dt.date(2011, 8, 4), precision="day")

    def event(id_: str, trigger: str) -> Event:
        start = text.index(trigger)
        return Event(
            id=id_,
            span=(start, start + len(trigger)),
            trigger=Trigger(span=(start, start + len(trigger)), text=trigger),
            type="attack",
            when=day,
        )

    record = Record(
        document=Document(id="sha256:c", text=text),
        events=[event("e1", "ambushed"), event("e2", "attack"), event("e3", "raid")],
    )

    ambush, every, any_ = accounts_from_record(record, SETTINGS)

    assert not ambush.generic and every.generic and any_.generic  # "any such raid": one between
    assert score_pair(ambush, every, SETTINGS, SIMILARITY) is None
    assert score_pair(
        ambush, ambush.model_copy(update={"key": "sha256:c@1-2"}), SETTINGS, SIMILARITY
    )


def test_a_site_of_several_words_is_met_by_its_head_noun_with_or_without_modifiers() -> None:
    mekhel = PlaceRef(name="Mekhel", entity="ent:mekhel", precision=2)
    day = dt.date(2021, 9, 4)
    attack = account(
        "a",
        day,
        "Insurgents attacked the district police headquarters in Mekhel with rifles.",
        place=mekhel,
    )
    shooting = account(
        "b",
        day,
        "The clinic received fourteen bodies after the shooting at the police headquarters.",
    ).model_copy(update={"place": None})
    market = shooting.model_copy(update={"quote": "The clinic received bodies from the market."})

    assert place_score(attack, shooting, SETTINGS) == SETTINGS.place.contained
    assert place_score(attack, market, SETTINGS) is None
