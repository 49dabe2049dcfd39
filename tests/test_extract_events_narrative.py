"""Events in news and history genres: report dates, headlines, denials, durations, doers."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.extract.events.extractor import headline_end
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Event, Timex


def run(
    nlp: Language, text: str, timexes: list[Timex] | None = None
) -> tuple[list[Event], dict[str, str]]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    result = extract_events(
        doc, entities=entities, mentions=mentions, timexes=timexes or [], claims=[]
    )
    names = {e.id: e.name for e in [*entities, *result.entities]}
    return result.events, names


def timex(
    text: str, phrase: str, ident: str, day: dt.date | None, kind: str = "DATE", value: str = ""
) -> Timex:
    start = text.index(phrase)
    return Timex(
        id=ident,
        span=(start, start + len(phrase)),
        text=phrase,
        type=kind,  # type: ignore[arg-type]
        value=value or (day.isoformat() if day else ""),
        earliest=day,
        latest=day,
        precision="day" if day else None,
    )


def agents(event: Event, names: dict[str, str]) -> list[str]:
    return [names[a.entity] for a in event.actors if a.role == "agent"]


def test_narrative_time_skips_the_date_of_the_report(nlp_model: Language) -> None:
    text = (
        "Troops moved into the camp on April 8, 2011, a spokesman said on Saturday. "
        "The spokesman said residents had attacked the soldiers."
    )
    dates = [
        timex(text, "April 8, 2011", "t1", dt.date(2011, 4, 8)),
        timex(text, "Saturday", "t2", dt.date(2011, 4, 9)),
    ]
    events, _ = run(nlp_model, text, dates)
    [attack] = [e for e in events if e.trigger.text == "attacked"]
    assert attack.when.earliest == dt.date(2011, 4, 8)


def test_a_headline_is_the_lead_event_told_again(nlp_model: Language) -> None:
    text = (
        "Bridge blast kills nine in Peshawar\n"
        "Nine people were killed on 3 March 2015 when a bomb exploded on a bridge in Peshawar."
    )
    assert headline_end(text) == len("Bridge blast kills nine in Peshawar")
    events, _ = run(nlp_model, text, [timex(text, "3 March 2015", "t1", dt.date(2015, 3, 3))])
    [bombing] = [e for e in events if e.type == "attack"]
    assert bombing.trigger.span[0] > headline_end(text)
    assert (0, headline_end(text)) in bombing.evidence
    assert bombing.when.earliest == dt.date(2015, 3, 3)


def test_a_headline_the_parser_runs_into_the_lead_is_not_merged_again(
    nlp_model: Language,
) -> None:
    # the headline's "fire on" and the lead's "opened fire on" are one event already
    # (the parser makes headline, dateline and lead one sentence); it must not then
    # be taken for the headline of the next attack, in another town
    text = (
        "Marines fire on crowd at island port\n\n"
        "PORT KELAN, Varos, June 4 (Island Press Agency) - Marines opened fire on a crowd "
        "of dockers at the harbour of Port Kelan on Friday, killing at least 30 people, "
        "hospital staff said. In Tessa, 40 km up the coast, a landmine killed four marines "
        "the same afternoon."
    )
    events, _ = run(nlp_model, text)
    attacks = {e.trigger.text: e for e in events if e.type in ("attack", "repression")}
    assert len(attacks) == 2
    assert (0, headline_end(text)) not in attacks["landmine"].evidence


def test_a_first_line_that_is_a_sentence_is_no_headline() -> None:
    assert headline_end("Rebels took the town.\nThey left a day later.") == 0
    assert headline_end("Just one line without a story") == 0


def test_no_group_claiming_responsibility_is_no_claim(nlp_model: Language) -> None:
    events, _ = run(nlp_model, "No group claimed responsibility for the bombing.")
    assert [e for e in events if e.type == "statement"] == []
    events, _ = run(nlp_model, "The Northern Front claimed responsibility for the bombing.")
    assert [e.subtype for e in events if e.type == "statement"] == ["claim_of_responsibility"]


def test_the_group_an_attack_is_attributed_to_is_its_agent(nlp_model: Language) -> None:
    text = "A bomb exploded in Kabul on 3 May 2010. Sources attributed the attack to the Taliban."
    events, names = run(nlp_model, text, [timex(text, "3 May 2010", "t1", dt.date(2010, 5, 3))])
    [attack] = [e for e in events if e.type == "attack"]
    assert agents(attack, names) == ["Taliban"]
    assert len(attack.evidence) == 1  # the attribution tells the bombing again


def test_rejecting_an_accusation_is_a_denial_rejecting_a_plan_is_not(nlp_model: Language) -> None:
    events, _ = run(nlp_model, "The Front rejected any responsibility for the explosion.")
    # The denial is a statement that was made: asserted, not itself denied.
    assert [(e.subtype, e.modality) for e in events if e.type == "statement"] == [
        ("denial", "asserted")
    ]
    events, _ = run(nlp_model, "Parliament rejected the budget proposal.")
    assert [e for e in events if e.type == "statement"] == []


def test_a_duration_of_fighting_ends_at_the_date_it_ended(nlp_model: Language) -> None:
    text = "The ceasefire took effect on 10 November 2020, ending six weeks of fighting."
    dates = [
        timex(text, "10 November 2020", "t1", dt.date(2020, 11, 10)),
        timex(text, "six weeks", "t2", None, kind="DURATION", value="P6W"),
    ]
    events, _ = run(nlp_model, text, dates)
    [fighting] = [e for e in events if e.type == "battle"]
    assert fighting.when.earliest == dt.date(2020, 9, 29)
    assert fighting.when.latest == dt.date(2020, 11, 10)


def test_a_named_site_that_is_bombed_is_where(nlp_model: Language) -> None:
    events, _ = run(nlp_model, "The Kessel Dam was bombed by the Front.")
    [bombing] = [e for e in events if e.type == "attack"]
    assert bombing.where is not None and bombing.where.name == "Kessel Dam"


def test_who_fires_the_mortars_and_who_stages_the_protest(nlp_model: Language) -> None:
    events, names = run(nlp_model, "Government forces fired 82mm mortars at rebel positions.")
    [shelling] = [e for e in events if e.subtype == "shelling"]
    assert agents(shelling, names) == ["Government forces"]
    events, names = run(nlp_model, "Hundreds of teachers staged a protest in Nairobi.")
    [protest] = [e for e in events if e.type == "protest"]
    assert agents(protest, names) == ["teachers"]


def test_seizing_people_is_a_hostage_taking(nlp_model: Language) -> None:
    events, _ = run(nlp_model, "Gunmen seized 39 foreign workers at a gas plant.")
    assert [(e.type, e.subtype) for e in events] == [("attack", "hostage_taking")]
    events, _ = run(nlp_model, "Then 37 hostages died in the fire.")
    assert [e for e in events if e.subtype == "hostage_taking"] == []


def test_a_date_in_a_relative_clause_on_another_noun_is_not_the_event_date(
    nlp_model: Language,
) -> None:
    text = "The coup was condemned by the African Union, which suspended Mali the following day."
    dates = [timex(text, "the following day", "t1", dt.date(2020, 8, 19))]
    events, _ = run(nlp_model, text, dates)
    [coup] = [e for e in events if e.trigger.text == "coup"]
    assert coup.when.earliest is None


def test_who_claims_responsibility_for_an_event_is_its_agent(nlp_model: Language) -> None:
    text = (
        "A bomb exploded under the Selda bridge, killing 11 people. "
        "The Red Hand Brigades claimed responsibility for the bombing."
    )
    events, names = run(nlp_model, text)

    (bombing,) = [e for e in events if e.type == "attack"]
    assert [names[a.entity] for a in bombing.actors if a.role == "agent"] == ["Red Hand Brigades"]


def test_a_mention_in_another_form_of_an_irregular_verb_is_the_same_act(
    nlp_model: Language,
) -> None:
    text = "Gunmen shot a trader in Maiduguri on Monday. Four passers-by were hurt in the shooting."
    events, _ = run(nlp_model, text)
    assert [e.trigger.text for e in events] == ["shot"]
    second = text.index("Four")
    assert [start for start, _ in events[0].evidence] == [second]
