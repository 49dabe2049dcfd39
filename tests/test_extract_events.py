"""Event extraction on sentences of the genre: triggers, types, arguments, anchoring, toll."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from historiograph.extract.events import extract_events, load_lexicon
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Claim, ClaimSource, Event, Timex


def events_of(
    nlp: Language, text: str, *, timexes: list[Timex] = (), claims: list[Claim] = ()
) -> list[Event]:  # type: ignore[assignment]
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    result = extract_events(
        doc, entities=entities, mentions=mentions, timexes=list(timexes), claims=list(claims)
    )
    return result.events


def date_timex(text: str, phrase: str, day: dt.date, ident: str = "t1") -> Timex:
    start = text.index(phrase)
    return Timex(
        id=ident,
        span=(start, start + len(phrase)),
        text=phrase,
        type="DATE",
        value=day.isoformat(),
        earliest=day,
        latest=day,
        precision="day",
    )


def test_every_lexicon_sense_is_in_the_ontology() -> None:
    lexicon = load_lexicon()  # raises if a trigger names an unknown type or subtype
    assert lexicon.words["assassination"].subtype == "assassination"
    mappings = lexicon.mappings("attack", "bombing")
    assert mappings.acled is not None and mappings.acled.event_type == "Explosions/Remote violence"
    assert mappings.gtd is not None and mappings.gtd.attacktype == "Bombing/Explosion"
    assert lexicon.mappings("election", "candidacy").acled is None


def test_a_verbal_trigger_with_agent_target_time_and_place(nlp_model: Language) -> None:
    text = "The rebels bombed the police headquarters in Kirkuk on March 3, 1991."
    events = events_of(
        nlp_model, text, timexes=[date_timex(text, "March 3, 1991", dt.date(1991, 3, 3))]
    )
    assert len(events) == 1
    event = events[0]
    assert (event.type, event.subtype, event.trigger.text) == ("attack", "bombing", "bombed")
    assert [(a.entity, a.role) for a in event.actors if a.role == "agent"] == [
        ("ent:rebels", "agent")
    ]
    assert event.when.earliest == dt.date(1991, 3, 3) and event.when.timex == "t1"
    assert event.where is not None and event.where.name == "Kirkuk"
    assert event.mappings.gtd is not None


def test_a_passive_gives_the_victim_and_the_by_phrase_the_agent(nlp_model: Language) -> None:
    text = "Hassan Ali was assassinated by the Fedayeen Brigade in Basra."
    [event] = events_of(nlp_model, text)
    roles = {a.role: a.entity for a in event.actors}
    assert event.subtype == "assassination"
    assert roles["victim"] == "ent:hassan-ali"
    assert "agent" in roles


def test_coordinated_victims_give_one_event_each(nlp_model: Language) -> None:
    text = (
        "The campaign continued with the assassination of John Carter, Peter Brown "
        "and Samuel Green in several cities."
    )
    events = [e for e in events_of(nlp_model, text) if e.subtype == "assassination"]
    victims = sorted(a.entity for e in events for a in e.actors if a.role == "victim")
    assert victims == ["ent:john-carter", "ent:peter-brown", "ent:samuel-green"]


def test_a_named_operation_is_one_event_however_often_it_is_mentioned(nlp_model: Language) -> None:
    text = (
        "The army launched Operation Northern Storm in May. "
        "Hundreds of fighters died during Operation Northern Storm."
    )
    named = [e for e in events_of(nlp_model, text) if e.trigger.text == "Operation Northern Storm"]
    assert len(named) == 1 and named[0].type == "battle"
    [second_mention] = named[0].evidence
    assert text[second_mention[0] : second_mention[1]].startswith("Hundreds of fighters died")


def test_an_attempt_is_hypothetical_not_an_overthrow(nlp_model: Language) -> None:
    text = "The party made every effort to assassinate the governor."
    [event] = events_of(nlp_model, text)
    assert event.modality == "hypothetical"


def test_a_negated_event_is_denied(nlp_model: Language) -> None:
    text = "The army did not attack the village of Halabja."
    [event] = events_of(nlp_model, text)
    assert event.modality == "denied"


def test_a_word_of_denial_denies_what_it_governs_not_itself(nlp_model: Language) -> None:
    [dismissal] = events_of(nlp_model, "The president dismissed the interior minister.")
    assert dismissal.modality == "asserted"
    events = events_of(nlp_model, "The rebels denied carrying out the bombing of the market.")
    modality = {e.trigger.text: e.modality for e in events}
    assert modality == {"denied": "asserted", "bombing": "denied"}


def test_toll_claims_attach_to_the_event_with_low_best_high(nlp_model: Language) -> None:
    text = (
        "Government troops attacked the town of Hama in February 1982. "
        "The rebels said 2,000 people were killed; officials put the toll at 1,200."
    )
    first = text.index("2,000")
    second = text.index("1,200")
    claims = [
        Claim(
            id="c1",
            span=(first, first + 5),
            property="fatalities",
            value=2000,
            low=2000,
            high=2000,
            unit="people",
            source=ClaimSource(name="The rebels", kind="named"),
            stance="reported",
        ),
        Claim(
            id="c2",
            span=(second, second + 5),
            property="fatalities",
            value=1200,
            low=1200,
            high=1200,
            unit="people",
            source=ClaimSource(name="officials", kind="unnamed"),
            stance="reported",
        ),
    ]
    doc = nlp_model(text)
    entities, mentions = entities_from_doc(doc)
    result = extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=claims)
    [attack] = [e for e in result.events if e.type in ("attack", "battle")]
    assert attack.fatalities is not None
    assert (attack.fatalities.low, attack.fatalities.best, attack.fatalities.high) == (
        1200,
        1600,
        2000,
    )
    assert attack.claims == ["c1", "c2"]
    assert {c.about for c in result.claims} == {attack.id}


def test_an_undated_event_inherits_narrative_time(nlp_model: Language) -> None:
    text = (
        "In June 1981 the opposition went underground. "
        "Two weeks later, gunmen attacked a mosque in Tehran."
    )
    june = Timex(
        id="t1",
        span=(3, 12),
        text="June 1981",
        type="DATE",
        value="1981-06",
        earliest=dt.date(1981, 6, 1),
        latest=dt.date(1981, 6, 30),
        precision="month",
    )
    [event] = [e for e in events_of(nlp_model, text, timexes=[june]) if e.type == "attack"]
    assert event.when.timex == "t1" and event.when.precision == "month"


def test_weapons_seized_is_not_territory_seized(nlp_model: Language) -> None:
    assert events_of(nlp_model, "They never returned the weapons seized from the bases.") == []
    [event] = events_of(nlp_model, "The fighters seized the city of Mehran.")
    assert event.subtype == "territory_seized"


def test_without_a_parser_there_are_no_events_and_no_error() -> None:
    import spacy

    nlp = spacy.blank("en")
    doc = nlp("The rebels bombed the headquarters.")
    result = extract_events(doc, entities=[], mentions=[], timexes=[], claims=[])
    assert result.events == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The court issued an arrest warrant for the former minister.", ("legal", "warrant")),
        (
            "The group moved its headquarters from Paris to Baghdad in 1986.",
            ("relocation", "headquarters_moved"),
        ),
        ("Both sides accepted a ceasefire in August 1988.", ("agreement", "ceasefire")),
        ("Thousands of students protested in the capital.", ("protest", "demonstration")),
        ("Police arrested dozens of activists in Tabriz.", ("repression", "arrest")),
    ],
)
def test_types_from_the_lexicon(
    nlp_model: Language, sentence: str, expected: tuple[str, str]
) -> None:
    types = {(e.type, e.subtype) for e in events_of(nlp_model, sentence)}
    assert expected in types


def test_the_blamed_party_is_the_agent(nlp_model: Language) -> None:
    text = "Police blamed the Northern Liberation Front for the bombing of the market."
    [bombing] = [e for e in events_of(nlp_model, text) if e.subtype == "bombing"]
    assert ("agent", "ent:northern-liberation-front") in {
        (a.role, a.entity) for a in bombing.actors
    }


def test_denying_a_role_does_not_deny_the_event(nlp_model: Language) -> None:
    text = "The Northern Liberation Front denied any role in the bombing of the market in Basra."
    [bombing] = [e for e in events_of(nlp_model, text) if e.subtype == "bombing"]
    assert bombing.modality != "denied"


def test_armed_men_entering_a_place_is_a_raid_a_party_entering_parliament_is_not(
    nlp_model: Language,
) -> None:
    assert [e.type for e in events_of(nlp_model, "Troops entered the town of Kirkuk.")] != []
    assert events_of(nlp_model, "The party entered parliament in 1980.") == []


def test_the_date_of_the_report_is_not_the_date_of_the_event(nlp_model: Language) -> None:
    text = "The ministry said on Saturday that gunmen had attacked a checkpoint in Basra."
    saturday = date_timex(text, "Saturday", dt.date(2011, 4, 9))
    [attack] = events_of(nlp_model, text, timexes=[saturday])
    assert attack.when.timex is None
