"""Round 24: the doer of the shells named by "fired by", an ambush told against a battle
whose sentence counts its dead in the passive, a burial's day that is no day of the
killing, and a document that tells an act only as not done typing nothing.
"""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import Account, ActorRef, PlaceRef, accounts_from_record
from historiograph.reconcile.clustering import cluster_accounts
from historiograph.reconcile.compare import compare
from historiograph.reconcile.features import place_score, score_pair, time_score
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity
from historiograph.record import Claim, Timex, When
from test_reconcile_accounts import agent_names, mention, record

SETTINGS = load_settings()
VELL = PlaceRef(name="Vell", entity="ent:vell", lat=44.2, lon=19.8, precision=1)
DAY = dt.date(1958, 5, 12)


def actor(name: str) -> ActorRef:
    return ActorRef(entity=f"ent:{name.lower().replace(' ', '-')}", name=name)


def fields(*accounts: Account) -> list[str]:
    return sorted(c.field for c in compare(list(accounts), SETTINGS).conflicts)


def test_the_group_that_fired_the_rockets_is_the_doer_of_the_strike() -> None:
    text = (
        "The rockets that struck the Narva depot on 9 July were fired by the Blue "
        "Crescent, not by our gunners."
    )
    rec = record(text, [("rockets", "battle", "shelling")], entities={"ent:bc": "Blue Crescent"})

    (rockets,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(rockets) == ["Blue Crescent"]


def test_a_coach_fired_by_his_club_is_no_doer_of_the_shelling_told_before() -> None:
    text = (
        "Shells hit the market in Kolbe on Monday; "
        "the team's coach was fired by the Kolbe Rovers board on Tuesday."
    )
    rec = record(
        text,
        [("Shells", "battle", "shelling")],
        entities={"ent:rovers": "Kolbe Rovers board"},
    )

    (shells,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(shells) == []


AMBUSH = mention(
    "police",
    "ambushed",
    "On 12 May a convoy of the Border Police was ambushed by Tessarian soldiers near the "
    "Vell ford, and three policemen were killed.",
    day=DAY,
    place=VELL,
    type="battle",
    subtype="clash",
    agents=[actor("Tessarian soldiers")],
)


def test_an_ambush_against_a_battle_whose_dead_are_counted_in_the_passive_is_a_type_conflict() -> (
    None
):
    battle = mention(
        "army",
        "battle",
        "On 12 May our troops threw back an armed incursion at the Vell ford in a hard battle; "
        "three of the intruders were killed.",
        day=DAY,
        place=VELL,
        type="battle",
        subtype="clash",
        agents=[actor("troops")],
    )

    assert fields(AMBUSH, battle) == ["type"]


def test_two_sources_that_both_tell_a_battle_with_passive_tolls_do_not_conflict() -> None:
    police = AMBUSH.model_copy(
        update={
            "trigger": "fought",
            "quote": "On 12 May the Border Police fought Tessarian soldiers near the Vell "
            "ford, and three policemen were killed.",
        }
    )
    army = mention(
        "army",
        "battle",
        "On 12 May our troops beat off the Border Police at the Vell ford in a hard battle; "
        "three policemen were killed.",
        day=DAY,
        place=VELL,
        type="battle",
        subtype="clash",
        agents=[actor("troops")],
    )

    assert fields(police, army) == []


def _dated(text: str, trigger: str, date_text: str, day: dt.date) -> Account:
    """The one account of ``text`` (an armed assault by ``trigger``), anchored to the
    date ``date_text`` its sentence states."""
    rec = record(text, [(trigger, "attack", "armed_assault")])
    start = text.index(date_text)
    rec.timexes.append(
        Timex(
            id="t1",
            span=(start, start + len(date_text)),
            text=date_text,
            type="DATE",
            value=day.isoformat(),
            earliest=day,
            latest=day,
            precision="day",
        )
    )
    rec.events[0].when = When(earliest=day, latest=day, precision="day", timex="t1")
    (account,) = accounts_from_record(rec, SETTINGS)
    return account


def test_a_burial_s_day_is_no_day_of_the_killing_to_dispute() -> None:
    register = _dated(
        "On 14 June were buried the miller of Vell and his wife, who were killed when the "
        "mill was burned.",
        "killed",
        "14 June",
        dt.date(1958, 6, 14),
    )
    chronicle = mention(
        "chronicle",
        "killed",
        "On 12 June raiders burned the mill of Vell and killed the miller and his wife.",
        day=dt.date(1958, 6, 12),
        place=VELL,
    )

    assert register.date_of_later_occasion
    assert "date" not in fields(register.model_copy(update={"place": VELL}), chronicle)


def test_a_killing_dated_before_its_victims_were_buried_keeps_its_day() -> None:
    diary = _dated(
        "On 14 June the raiders killed the miller of Vell, who was buried the next day.",
        "killed",
        "14 June",
        dt.date(1958, 6, 14),
    )
    chronicle = mention(
        "chronicle",
        "killed",
        "On 12 June raiders burned the mill of Vell and killed the miller.",
        day=dt.date(1958, 6, 12),
        place=VELL,
    )

    assert not diary.date_of_later_occasion
    assert "date" in fields(diary.model_copy(update={"place": VELL}), chronicle)


def test_a_document_that_only_denies_an_act_tells_no_type_against_the_others() -> None:
    bombing = mention(
        "governor",
        "blew up",
        "On 20 May saboteurs of the Hill League blew up the Vell viaduct.",
        day=DAY,
        place=VELL,
        type="attack",
        subtype="bombing",
        agents=[actor("Hill League")],
    )
    text = (
        "The League had no part in the ruin of the Vell viaduct; we do not wage war on travellers."
    )
    rec = record(text, [("war", "battle", "clash")], modality={"e1": "denied"}, doc="sha256:league")
    (war,) = accounts_from_record(rec, SETTINGS)
    assert war.negated
    denial = war.model_copy(update={"place": VELL, "title": "league"})

    assert "type" not in fields(bombing, denial)


def test_a_negation_after_the_act_does_not_make_it_a_denial_that_types_nothing() -> None:
    bombing = mention(
        "governor",
        "blew up",
        "On 20 May saboteurs of the Hill League blew up the Vell viaduct.",
        day=DAY,
        place=VELL,
        type="attack",
        subtype="bombing",
        agents=[actor("Hill League")],
    )
    # The extractor reads "will not be forgotten" as a denial of the battle; its clause
    # does not negate the act (accounts._negated_in_its_clause).
    text = "The battle of the Vell viaduct will not be forgotten."
    rec = record(text, [("battle", "battle", "clash")], modality={"e1": "denied"}, doc="sha256:a")
    (told,) = accounts_from_record(rec, SETTINGS)
    assert not told.negated
    battle = told.model_copy(update={"place": VELL, "title": "league"})

    assert "type" in fields(bombing, battle)


def test_a_village_named_lower_after_a_town_is_no_place_inside_the_town() -> None:
    town = PlaceRef(name="Tarrow", entity="ent:tarrow", precision=2)
    village = PlaceRef(name="Upper Tarrow", entity="ent:upper-tarrow", precision=2)
    vigil = mention(
        "union",
        "vigil",
        "Last night some five hundred members held a silent vigil in the square of Tarrow.",
        day=DAY,
        place=town,
        type="protest",
        subtype="demonstration",
    )
    raid = mention(
        "rights",
        "raided",
        "On Tuesday police raided the workers' hostel in Upper Tarrow and took away 12 men.",
        day=DAY,
        place=village,
        type="repression",
        subtype="crackdown",
    )

    assert place_score(vigil, raid, SETTINGS) == SETTINGS.place.undecided


def test_a_camp_named_after_its_town_is_still_the_town_s_place() -> None:
    camp = PlaceRef(name="Camp Tarrow", entity="ent:camp-tarrow", precision=2)
    town = PlaceRef(name="Tarrow", entity="ent:tarrow", precision=2)
    shelling = mention("wire", "shelled", "Guns shelled Camp Tarrow at dawn.", day=DAY, place=camp)
    strike = mention("ngo", "struck", "Shells struck Tarrow at dawn.", day=DAY, place=town)

    assert place_score(shelling, strike, SETTINGS) == SETTINGS.place.contained


def test_a_doer_told_by_its_kind_takes_the_nationality_its_sentence_gives_it() -> None:
    text = "On 3 May rocket fire from Dravanian army positions hit the Kolbe grain market."
    rec = record(
        text,
        [("rocket fire", "battle", "shelling")],
        entities={"ent:army": "army"},
        actors={"e1": [("ent:army", "agent")]},
    )

    (fire,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(fire) == ["Dravanian army"]


def test_a_weekday_or_a_town_before_the_kind_is_no_nationality() -> None:
    text = "On Tuesday police raided the hostel, and in Tarrow police fired on the crowd."
    rec = record(
        text,
        [("raided", "repression", "crackdown")],
        entities={"ent:police": "police"},
        actors={"e1": [("ent:police", "agent")]},
    )

    (raid,) = accounts_from_record(rec, SETTINGS)

    assert agent_names(raid) == ["police"]


def test_troops_entering_a_village_in_the_sentence_of_its_killing_are_no_sequel() -> None:
    text = "On 13 May soldiers entered the village of Vell and shot dead nine farmers."
    nine = text.index("nine")
    claims = [Claim(id="c1", span=(nine, nine + 12), about="e2", property="fatalities", value=9)]
    rec = record(
        text,
        [("entered", "battle", "territory_seized"), ("shot dead", "attack", "armed_assault")],
        claims=claims,
    )
    entered, _ = accounts_from_record(rec, SETTINGS)
    operation = mention(
        "ministry",
        "operation",
        "On 12 May security forces carried out an operation against a rebel cell in Vell.",
        day=DAY,
        place=VELL,
        type="battle",
        subtype="offensive",
    )
    next_day = {"earliest": DAY + dt.timedelta(days=1), "latest": DAY + dt.timedelta(days=1)}

    assert [f.claim for f in entered.figures] == ["c1"]
    assert time_score(entered.model_copy(update=next_day), operation, SETTINGS) == 1.0


def test_arrests_the_day_after_a_raid_still_follow_it() -> None:
    arrests = mention(
        "ministry",
        "arrested",
        "On 13 May police arrested eleven men in Vell.",
        day=DAY + dt.timedelta(days=1),
        place=VELL,
        type="repression",
        subtype="arrest",
    )
    operation = mention(
        "observers",
        "operation",
        "On 12 May security forces carried out an operation in Vell and killed four men.",
        day=DAY,
        place=VELL,
        type="battle",
        subtype="offensive",
    )

    assert time_score(arrests, operation, SETTINGS) < 1.0


def test_a_strike_stays_apart_from_a_bombing_that_the_unrest_of_its_month_links() -> None:
    kessin = PlaceRef(name="Kessin", entity="ent:kessin", lat=54.1, lon=12.1, precision=1)
    may = {"earliest": dt.date(1931, 5, 1), "latest": dt.date(1931, 5, 31), "precision": "month"}
    # The typing model reads the bombing's "killing" as an armed assault, which a
    # protest may meet (type_compatibility) and a strike may not.
    bombing = mention(
        "wire",
        "killing",
        "A bomb exploded at the Kessin harbour barracks on 20 May, killing four soldiers.",
        day=dt.date(1931, 5, 20),
        place=kessin,
    )
    strike = mention(
        "docker",
        "struck",
        "We struck in May 1931, every man on the Kessin harbour quays.",
        day=dt.date(1931, 5, 1),
        place=kessin,
        type="protest",
        subtype="strike",
    ).model_copy(update=may)
    unrest = mention(
        "historian",
        "unrest",
        "The unrest of May 1931 at the Kessin harbour began with the dockers and ended "
        "with a bomb at the barracks.",
        day=dt.date(1931, 5, 1),
        place=kessin,
        type="protest",
        subtype=None,
    ).model_copy(update=may)
    similarity = LexicalSimilarity(SETTINGS)
    for other in (bombing, strike):
        link = score_pair(unrest, other, SETTINGS, similarity)
        assert link is not None and link.linked

    clusters = cluster_accounts([bombing, strike, unrest], SETTINGS, similarity)

    assert clusters.cluster_of[strike.key] != clusters.cluster_of[bombing.key]


def _headline_and_story(gap: str) -> tuple[Account, Account]:
    """A bulletin's line that names a massacre, and the sentence after ``gap`` telling it."""
    headline_text = "The massacre of Kessin will not be forgotten."
    story_text = (
        "On 4 May the dragoons fell on the fishermen's march and murdered 12 of our brothers."
    )
    headline = mention(
        "bulletin",
        "massacre",
        headline_text,
        day=DAY,
        place=VELL,
        offset=headline_text.index("massacre"),
        type="repression",
        subtype="massacre",
        patients=[actor("Kessin")],
    ).model_copy(update={"earliest": None, "latest": None, "precision": "unknown", "place": None})
    start = len(headline_text) + len(gap)
    story = mention(
        "bulletin",
        "murdered",
        story_text,
        day=dt.date(1958, 5, 4),
        place=VELL,
        offset=start + story_text.index("murdered"),
        type="repression",
        subtype="massacre",
        agents=[actor("dragoons")],
        patients=[actor("brothers")],
        span=(start, start + len(story_text)),
    ).model_copy(update={"place": None})
    return headline, story


def test_a_line_that_names_a_massacre_is_the_massacre_its_next_sentence_tells() -> None:
    headline, story = _headline_and_story(" ")

    link = score_pair(headline, story, SETTINGS, LexicalSimilarity(SETTINGS))

    assert link is not None and link.linked


def test_a_line_told_sentences_before_the_story_is_not_dated_by_it() -> None:
    headline, story = _headline_and_story(" The bulletin goes to every village. ")

    link = score_pair(headline, story, SETTINGS, LexicalSimilarity(SETTINGS))

    assert link is not None and not link.linked


def test_a_line_and_a_next_sentence_placed_apart_are_two_events() -> None:
    headline, story = _headline_and_story(" ")
    kessin = PlaceRef(name="Kessin", entity="ent:kessin", precision=2)
    sefa = PlaceRef(name="Sefa pass road", entity="ent:sefa-pass-road", precision=2)

    link = score_pair(
        headline.model_copy(update={"place": kessin}),
        story.model_copy(update={"place": sefa}),
        SETTINGS,
        LexicalSimilarity(SETTINGS),
    )

    assert link is not None and not link.linked
