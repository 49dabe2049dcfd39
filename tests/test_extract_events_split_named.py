"""A hostage-taking, an execution or an assassination is split into one event per
victim only where the text tells the victims apart by name; people told by common
nouns ("my grandfather and two neighbours") were taken together, in one act."""

from __future__ import annotations

from spacy.language import Language

from event_runs import events_of


def test_victims_named_one_by_one_are_one_event_each(nlp_model: Language) -> None:
    events, names = events_of(
        nlp_model, "Gunmen kidnapped Ahmed Musa and Peter Okafor outside Warri on Monday."
    )
    taken = [e for e in events if e.subtype == "hostage_taking"]
    assert sorted(names[a.entity] for e in taken for a in e.actors if a.role == "victim") == [
        "Ahmed Musa",
        "Peter Okafor",
    ]
    assert len(taken) == 2


def test_victims_told_by_common_nouns_are_one_event(nlp_model: Language) -> None:
    events, names = events_of(
        nlp_model, "Rebels abducted my father and my uncle from our farm in 1998."
    )
    [taken] = [e for e in events if e.subtype == "hostage_taking"]
    assert sorted(names[a.entity] for a in taken.actors if a.role == "victim") == [
        "father",
        "uncle",
    ]
