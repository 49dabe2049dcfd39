"""Round 26: a surname alone names the person another source names in full, a victim
named dead is a toll of one, the group a sentence says set the rioters on is the
perpetrator it blames, and "took" alone types nothing.
"""

from __future__ import annotations

import datetime as dt

from historiograph.reconcile.accounts import (
    Account,
    ActorRef,
    Figure,
    PlaceRef,
    accounts_from_record,
)
from historiograph.reconcile.compare import compare, document_accounts
from historiograph.reconcile.features import actor_similarity, score_pair, worded_type
from historiograph.reconcile.settings import load_settings
from historiograph.reconcile.similarity import LexicalSimilarity
from historiograph.record import Fatalities
from test_reconcile_accounts import mention, record, toll_figure

SETTINGS = load_settings()
SIMILARITY = LexicalSimilarity(SETTINGS)
MARKET = PlaceRef(name="Nanbaro market", entity="ent:nanbaro", lat=6.4, lon=2.4, precision=1)
DAY = dt.date(1993, 11, 6)
GUARD = ActorRef(entity="ent:guard", name="Presidential Guard")


def conflicts(*accounts: Account) -> list[tuple[str, str]]:
    """Each conflict of the accounts as (field, the two documents' titles)."""
    return sorted(
        (c.field, " / ".join(sorted([c.a.title or "", c.b.title or ""])))
        for c in compare(list(accounts), SETTINGS).conflicts
    )


def arrest(doc: str, quote: str, day: dt.date, name: str) -> Account:
    return mention(
        doc,
        "arrested",
        quote,
        day=day,
        place=None,  # type: ignore[arg-type]
        type="repression",
        subtype="arrest",
        patients=[ActorRef(entity="ent:" + name.lower().replace(" ", "-"), name=name)],
    )


def test_a_surname_alone_is_the_short_form_of_the_full_name() -> None:
    short = ActorRef(entity="ent:karandikar", name="Karandikar")
    full = ActorRef(entity="ent:vishnudas-karandikar", name="Vishnudas Karandikar")
    other = ActorRef(entity="ent:ramesh-karandikar", name="Ramesh Karandikar")

    assert actor_similarity(short, full, SETTINGS) == SETTINGS.actors.short_form_match
    assert actor_similarity(full, other, SETTINGS) < SETTINGS.anchors["actors"]


def test_two_sources_a_day_apart_on_one_man_s_arrest_tell_one_arrest() -> None:
    resident = arrest(
        "resident",
        "On the 16th the Durbar arrested Vishnudas Karandikar, president of the Sangh.",
        dt.date(1931, 3, 16),
        "Vishnudas Karandikar",
    )
    historian = arrest(
        "historian",
        "Karandikar was arrested on 17 March and held without trial until 1933.",
        dt.date(1931, 3, 17),
        "Karandikar",
    )

    scores = score_pair(resident, historian, SETTINGS, SIMILARITY)

    assert scores is not None and scores.linked
    assert conflicts(resident, historian) == [("date", "historian / resident")]


def test_a_victim_named_dead_is_a_toll_of_one_that_two_dead_disputes() -> None:
    text = "On 8 November the night watchman was burned to death in the party offices."
    rec = record(text, [("burned to death", "attack", "armed_assault")])
    rec.events[0].fatalities = Fatalities(low=1, best=1, high=1)
    (radio,) = accounts_from_record(rec, SETTINGS)
    league = mention(
        "league",
        "set on fire",
        "On 8 November the party offices were set on fire; two people died in the blaze.",
        day=dt.date(2023, 8, 14),
        place=radio.place,  # type: ignore[arg-type]
        figures=[toll_figure("c1", 2, "two people")],
    )

    assert [(f.value, f.named_dead) for f in radio.figures] == [(1, True)]
    assert ("fatalities", "league / x") in conflicts(
        radio.model_copy(update={"title": "x"}), league
    )


def test_a_document_that_counts_its_dead_keeps_its_count_not_a_victim_it_names() -> None:
    named = mention(
        "radio",
        "burned to death",
        "The night watchman was burned to death.",
        day=DAY,
        place=MARKET,
        offset=40,
        figures=[
            Figure.model_validate(
                {
                    **toll_figure("e4:named-dead", 1, "burned to death").model_dump(),
                    "named_dead": True,
                }
            )
        ],
    )
    counted = mention(
        "radio",
        "set fire to",
        "Militants set fire to the offices; two people died.",
        day=DAY,
        place=MARKET,
        figures=[toll_figure("c1", 2, "two people")],
    )

    (radio,) = document_accounts([named, counted])

    assert [f.claim for f in radio.figures] == ["c1"]


def _riot_record() -> list[Account]:
    text = (
        "On Saturday 6 November a mob of rioters incited by the Union for Democratic Renewal "
        "looted shops at Nanbaro market."
    )
    rec = record(
        text,
        [("looted", "protest", "riot")],
        entities={"ent:rioters": "rioters", "ent:udr": "Union for Democratic Renewal"},
        actors={"e1": [("ent:rioters", "agent")]},
    )
    return accounts_from_record(rec, SETTINGS)


def test_the_group_that_incited_the_rioters_is_the_perpetrator_the_account_blames() -> None:
    (riot,) = _riot_record()
    riot = riot.model_copy(update={"title": "radio", "earliest": DAY, "latest": DAY})
    shooting = mention(
        "party",
        "opened fire",
        "Yesterday the Presidential Guard opened fire on our peaceful rally at Nanbaro market.",
        day=DAY,
        place=MARKET,
        type="repression",
        subtype="crackdown",
        agents=[GUARD],
    )

    assert [a.name for a in riot.agents] == ["rioters"]
    assert [a.name for a in riot.instigators] == ["Union for Democratic Renewal"]
    assert [f for f, _ in conflicts(riot, shooting)] == ["perpetrator", "type"]


def test_doers_named_in_common_words_belong_to_the_group_they_are_of() -> None:
    text = "That evening the red berets of the Presidential Guard began shooting into the crowd."
    rec = record(
        text,
        [("shooting", "attack", "armed_assault")],
        entities={"ent:berets": "red berets", "ent:guard": "Presidential Guard"},
        actors={"e1": [("ent:berets", "agent")]},
    )
    (memoir,) = accounts_from_record(rec, SETTINGS)
    league = mention(
        "league",
        "fired",
        "Soldiers of the Presidential Guard fired live ammunition into a rally.",
        day=memoir.earliest or DAY,
        place=memoir.place,  # type: ignore[arg-type]
        agents=[GUARD],
    )

    assert [a.name for a in memoir.agents] == ["red berets", "Presidential Guard"]
    assert [f for f, _ in conflicts(memoir, league)] == []


def test_took_alone_is_no_seizure_of_ground_set_against_an_arrest() -> None:
    detained = arrest(
        "liveblog", "Police have detained Nodira Yusupova.", dt.date(2014, 10, 11), "Nodira"
    )
    took = arrest(
        "podcast",
        "They took Nodira from her flat at dawn on the 11th.",
        dt.date(2014, 10, 11),
        "Nodira",
    ).model_copy(update={"trigger": "took"})

    assert worded_type("took") is None
    assert conflicts(detained, took) == []


def test_a_massacre_named_in_a_lead_is_the_shooting_its_next_sentence_tells() -> None:
    day = dt.date(1968, 3, 12)
    basin = PlaceRef(name="Orlek", entity="ent:orlek", precision=2)
    massacre = mention(
        "history",
        "massacre",
        "The massacre of 12 March 1968 ended the long truce in the coalfield.",
        day=day,
        place=None,  # type: ignore[arg-type]
        type="repression",
        subtype="massacre",
    )
    shooting = mention(
        "history",
        "fired on",
        "Men of the Mobile Police Brigade fired on a picket of some four hundred miners.",
        day=day,
        place=basin,
        offset=70,
        type="repression",
        subtype="crackdown",
        date_carried=True,
        agents=[ActorRef(entity="ent:mpb", name="Mobile Police Brigade")],
    )

    scores = score_pair(massacre, shooting, SETTINGS, SIMILARITY)

    assert scores is not None and scores.linked
