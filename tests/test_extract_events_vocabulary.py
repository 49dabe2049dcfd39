"""The trigger lexicon's vocabulary by ontology subtype, and its ambiguous words (issue #6).

Each new word is checked where it is an event and, where it has another sense,
where it is not one: a rally in oil prices, talks that broke up, a goalscorer's
strike, a title that was claimed. The lexicon's sense constraints (``needs``,
``unless``, ``only_with``, a part of speech's own entry) carry that distinction.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from historiograph.extract.events import extract_events, load_lexicon
from historiograph.nlp.entities import entities_from_doc


def readings(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    """Trigger text -> (type, subtype) for each event found in the text."""
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    events = extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=[])
    return {e.trigger.text: (e.type, e.subtype) for e in events.events}


@pytest.mark.parametrize(
    ("text", "trigger", "reading"),
    [
        ("Security forces tortured the detainees.", "tortured", ("repression", "crackdown")),
        ("Police broke up the rally outside parliament.", "broke up", ("repression", "crackdown")),
        ("Teachers went on strike in Nairobi.", "went on strike", ("protest", "strike")),
        ("Dockworkers stopped work at the port.", "stopped work", ("protest", "strike")),
        (
            "A guard was shot during an armed robbery at a depot.",
            "armed robbery",
            ("attack", "armed_assault"),
        ),
        ("Dockers began a two-day strike at the port.", "strike", ("protest", "strike")),
        ("Thousands held a candlelight vigil in Minsk.", "vigil", ("protest", "demonstration")),
        ("The president pardoned three generals.", "pardoned", ("legal", None)),
        ("Parliament voted to impeach the president.", "impeach", ("legal", "trial")),
        (
            "The opposition leader was taken into custody on Tuesday.",
            "taken into custody",
            ("repression", "arrest"),
        ),
        ("Soldiers dragged the man from his house.", "dragged", ("repression", "arrest")),
        ("The army overthrew the government in 1973.", "overthrew", ("battle", "offensive")),
        (
            "Residents were evacuated from the district.",
            "evacuated",
            ("relocation", "displacement"),
        ),
        ("The court acquitted the former minister.", "acquitted", ("legal", "trial")),
        ("The minister stepped down on Friday.", "stepped down", ("organization", "leadership")),
        (
            "He was expelled from the party in 1998.",
            "expelled from",
            ("organization", "withdrawal"),
        ),
        ("The army claimed that rebels had burned the village.", "claimed", ("statement", None)),
        ("He was tried in absentia for treason.", "tried", ("legal", "trial")),
        (
            "The president dismissed the prime minister.",
            "dismissed",
            ("organization", "leadership"),
        ),
        (
            "Iran supplied weapons to the militia.",
            "supplied weapons",
            ("support", "military_support"),
        ),
        ("The army declared martial law in Lahore.", "martial law", ("repression", "ban")),
        (
            "On 9 May 2020, dozens of residents closed road 40 by burning tires in Ain Oussara.",
            "closed",
            ("protest", "demonstration"),
        ),
        (
            "Workers were taken as hostages by a group on 8 May 2020.",
            "taken as hostages",
            ("attack", "hostage_taking"),
        ),
    ],
)
def test_new_words_are_events(
    nlp_model: Language, text: str, trigger: str, reading: tuple[str, str | None]
) -> None:
    assert readings(nlp_model, text).get(trigger) == reading


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There was a rally in oil prices on Tuesday.", "rally"),
        ("Stocks rallied on Wall Street after the report.", "rallied"),
        ("The talks broke up without agreement.", "broke up"),
        ("Arsenal won with a late strike from Bergkamp.", "strike"),
        ("The gang escaped with an undisclosed amount of money.", "escaped"),
        ("The party ruled the country for four decades.", "ruled"),
        ("The opposition candidate conceded defeat on Monday.", "defeat"),
        ("The negotiations dragged on for weeks.", "dragged"),
        ("Seles claimed the title in Paris.", "claimed"),
        ("The coach was fired after the defeat.", "fired"),
        ("He won the case in the court of public opinion.", "court"),
        ("The bank agreed to take over its rival.", "take over"),
        ("She tried to call her brother.", "tried"),
        ("The judge dismissed the case.", "dismissed"),
        ("An opinion poll showed the party ahead.", "poll"),
        ("The company supplied parts to Ford.", "supplied"),
        ("The club sacked its coach.", "sacked"),
        ("He trained hard for the race.", "trained"),
        ("The shop closed early on Sunday.", "closed"),
        ("The government targeted inflation of 2 percent.", "targeted"),
        ("The fight against corruption continues.", "fight"),
        ("He injured his body in the crash.", "body"),
        ("Albert Emon was fired on Thursday after the home defeat.", "fired on"),
    ],
)
def test_other_senses_are_no_events(nlp_model: Language, text: str, word: str) -> None:
    assert word not in readings(nlp_model, text)


def test_a_second_strike_after_an_air_strike_is_not_a_labour_strike(nlp_model: Language) -> None:
    text = "An air strike hit the camp. A second strike killed four people."
    assert readings(nlp_model, text)["strike"] == ("battle", "air_strike")


def test_a_word_has_a_sense_for_each_part_of_speech() -> None:
    words = load_lexicon().words
    assert words["strike"].type == "attack"  # "jets struck the depot"
    assert words["strike/noun"].type == "protest"  # "a general strike"
    assert "air" in words["strike/noun"].unless


@pytest.mark.parametrize(
    ("text", "trigger", "reading"),
    [
        ("Two of the mutineers were hanged at dawn.", "hanged", ("repression", "execution")),
        ("The rebels took the city of Herat.", "took", ("battle", "territory_seized")),
        ("The garrison held out against the besiegers.", "held out", ("battle", "clash")),
        ("The brigade withdrew from the town.", "withdrew from", ("relocation", None)),
        ("The army pulled out of the valley.", "pulled out of", ("relocation", None)),
        (
            "The president appointed a new army chief.",
            "appointed",
            ("organization", "leadership"),
        ),
        ("The general was named minister of defence.", "named", ("organization", "leadership")),
        ("The authorities freed 300 detainees.", "freed", ("other", None)),
        ("The city rose in revolt.", "rose in revolt", ("protest", "riot")),
        ("The former president went on trial in the capital.", "went on trial", ("legal", "trial")),
        ("The movement was founded in 1968.", "founded", ("organization", "founding")),
        (
            "The electoral commission barred the candidate from running.",
            "barred",
            ("election", "exclusion"),
        ),
        ("The bomb went off at noon.", "went off", ("attack", "bombing")),
        ("Riot police charged a picket line.", "charged", ("repression", "crackdown")),
        ("The party expelled its founder.", "expelled", ("organization", "withdrawal")),
    ],
)
def test_common_verbs_of_conflict_history(
    nlp_model: Language, text: str, trigger: str, reading: tuple[str, str | None]
) -> None:
    assert readings(nlp_model, text).get(trigger) == reading


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Historians have not settled the question.", "settled"),
        ("I was able to establish the facts.", "establish"),
        ("The shepherd took the goats to the village.", "took"),
        ("The minister held out the prospect of talks.", "held out"),
        ("The company released its annual report.", "released"),
        ("A street was named after the former governor.", "named"),
    ],
)
def test_their_other_senses_are_no_events(nlp_model: Language, text: str, word: str) -> None:
    assert word not in readings(nlp_model, text)


def test_a_party_leaving_a_coalition_is_no_pull_back(nlp_model: Language) -> None:
    found = readings(nlp_model, "The party withdrew from the coalition.")
    assert found["withdrew from"] == ("organization", "withdrawal")


def test_a_transitive_disappearance_is_one_event(nlp_model: Language) -> None:
    doc = nlp_model("The army disappeared hundreds of students.")
    entities, mentions = entities_from_doc(doc)
    events = extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=[])
    assert [(e.type, e.subtype) for e in events.events] == [("repression", "disappearance")]
