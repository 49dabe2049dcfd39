"""Event arguments, twenty-third round (issue #6): a force's capitalised plural stands
for the body its "of" phrase names, a titled name before a misread light verb is its
doer, walls and gates are things an assault hits, a head noun the tagger took for an
adjective is the thing hit, a relative clause the parse cut from an act still says whom
it harmed, and whoever initials or ratifies an agreement is a party to it."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from event_runs import event_of, names_in, record_of
from historiograph.extract.events.arguments import _subject_before_verb
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_fighters_of_a_named_force_are_that_force(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "JUBA, South Sudan — Fighters of the National Salvation Front shelled a market on the "
        "edge of Yei on Monday.",
    )
    assert names_in(record, event_of(record, "shelled"), DOERS) == ["National Salvation Front"]


def test_the_titled_ruler_before_a_misread_siege_is_its_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In 1683 the grand vizier Kara Mustafa laid siege to Vienna with an army of about "
        "150,000 men.",
    )
    assert "Kara Mustafa" in names_in(record, event_of(record, "laid siege"), DOERS)


def test_a_title_the_parse_hung_before_a_misread_verb_is_its_subject() -> None:
    # "the Seljuk sultan Alp Arslan laid siege to Manzikert", parsed as one noun phrase
    # with the verb an adjective of "siege" and the titled name an ``nmod`` of it.
    doc = Doc(
        Vocab(),
        words=["the", "Seljuk", "sultan", "Alp", "Arslan", "laid", "siege", "to", "Manzikert"],
        heads=[6, 2, 6, 4, 2, 6, 6, 6, 7],
        deps=["det", "nmod", "nmod", "compound", "appos", "amod", "ROOT", "prep", "pobj"],
        pos=["DET", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN"],
        tags=["DT", "NNP", "NN", "NNP", "NNP", "VBD", "NN", "IN", "NNP"],
    )
    subject = _subject_before_verb(doc[5])
    assert subject is not None and subject.text == "sultan"


def test_walls_broken_through_are_the_target(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "After a month his soldiers broke through the city walls.")
    assert names_in(record, event_of(record, "broke through"), DONE_TO) == ["city walls"]


def test_a_head_noun_tagged_as_an_adjective_is_the_thing_hit(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Protesters set fire to a police precinct in Atlanta on Saturday night.",
    )
    assert names_in(record, event_of(record, "set fire to"), DONE_TO) == ["police precinct"]


def test_a_cut_off_relative_clause_names_whom_the_act_harmed(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A man was charged on Monday in connection with a shooting at a high school "
        "basketball game in Jackson, Mississippi, that wounded three people, police said.",
    )
    assert names_in(record, event_of(record, "shooting"), DONE_TO) == ["people"]


def test_a_relative_clause_of_no_harm_names_no_target(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A man was charged on Monday in connection with a shooting at a high school "
        "basketball game in Jackson, Mississippi, that drew large crowds, police said.",
    )
    assert names_in(record, event_of(record, "shooting"), DONE_TO) == []


def test_whoever_initials_an_agreement_is_a_party_to_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "On 12 May, after two weeks of talks at a hotel in Geneva, Switzerland, the foreign "
        "ministers of Armenia and Azerbaijan initialled a ceasefire agreement.",
    )
    parties = names_in(record, event_of(record, "ceasefire"), DOERS)
    assert {"Armenia", "Azerbaijan"} <= set(parties)
