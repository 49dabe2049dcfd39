"""Lead fixes from the unseen set lead23 (round 25).

A date right after a preposition of time dates its clause, though the parser hung it under
the next noun ("On 27 May 1942 Czech parachutists ambushed ..."), and a later "a week
later" in the same sentence does not win. A verb that gives its object a predicate ("called
the riots a dark chapter") names the act; its subject did not do it. Fighting that filled a
stretch of time the act took ("ousted the president in a night of heavy fighting") is the
act told again. The term a court sentences someone to ("three years in solitary
confinement") is part of the sentence, not an act of its own. Violence by a politician's
supporters is a riot. An election demanded has not been held; one called has been set. One
person named by a pronoun and again by name in one event died once. "It was the fourth attack
on the pipeline this year" classes the act told before; it is no act of its own. "He" after
"Lin Biao, Mao's designated successor" is Lin Biao, not the owner inside the apposition. The
dead told in a clause joined to a riot are the riot's.
"""

from __future__ import annotations

from event_runs import event_of, names_in, readings, record_of
from historiograph.pipeline import Pipeline


def test_a_date_after_a_preposition_dates_its_clause_though_hung_under_a_noun(
    pipeline: Pipeline,
) -> None:
    text = (
        "On 27 May 1942 Czech parachutists ambushed Reinhard Heydrich's car in Prague; "
        "he died of his wounds a week later."
    )
    event = event_of(record_of(pipeline, text), "ambush")
    assert (str(event.when.earliest), str(event.when.latest)) == ("1942-05-27", "1942-05-27")


def test_who_labels_an_act_did_not_do_it(pipeline: Pipeline) -> None:
    text = (
        "Rioters burned shops in Lahore on Tuesday. "
        "The army called the riots a dark chapter in the country's history."
    )
    record = record_of(pipeline, text, "2024-01-10")
    riots = [e for e in record.events if e.type == "protest"]
    assert len(riots) == 1
    assert riots[0].trigger.text == "burned"


def test_fighting_through_a_night_is_the_coup_told_again(pipeline: Pipeline) -> None:
    text = (
        "Troops loyal to the general ousted the president in a night of heavy fighting on Friday."
    )
    record = record_of(pipeline, text, "2024-01-10")
    assert [(e.trigger.text, e.type) for e in record.events] == [("ousted", "battle")]


def test_fighting_in_a_series_of_raids_still_counts_once(pipeline: Pipeline) -> None:
    text = "Rebels took the town during two days of clashes in March 1990."
    assert len(readings(pipeline, text)) == 1


def test_the_term_of_a_sentence_is_no_confinement_of_its_own(pipeline: Pipeline) -> None:
    text = "A military court sentenced him to three years in solitary confinement."
    assert [(k, s) for _, k, s in readings(pipeline, text)] == [("legal", "sentence")]


def test_people_confined_without_a_sentence_still_are(pipeline: Pipeline) -> None:
    text = "Soldiers kept the students in solitary confinement for a week."
    assert ("repression", "forced_confinement") in [(k, s) for _, k, s in readings(pipeline, text)]


def test_supporters_of_a_politician_setting_fire_riot(pipeline: Pipeline) -> None:
    text = "Supporters of the former president set fire to a police station in Lima on Tuesday."
    assert readings(pipeline, text)[0][1:] == ("protest", "riot")


def test_an_election_demanded_is_not_held_one_called_is_set(pipeline: Pipeline) -> None:
    demanded = "Thousands of students marched on the assembly on Tuesday to demand free elections."
    assert "election" not in [k for _, k, _ in readings(pipeline, demanded)]
    called = "The junta called elections for March."
    assert [k for _, k, _ in readings(pipeline, called)] == ["election"]


def test_one_person_named_by_a_pronoun_and_by_name_died_once(pipeline: Pipeline) -> None:
    text = (
        "Fourteen years after he was shot dead outside his office in Istanbul, a court "
        "sentenced nine men to life in prison for the murder of the journalist Hrant Dink."
    )
    killing = next(e for e in record_of(pipeline, text, "2021-03-27").events if e.type == "attack")
    assert killing.fatalities is not None
    assert (killing.fatalities.low, killing.fatalities.high) == (1, 1)


def test_an_act_a_pronoun_classes_is_the_act_told_before(pipeline: Pipeline) -> None:
    text = (
        "FARC rebels blew up an oil pipeline in Arauca province overnight. "
        "It was the fourth attack on the pipeline this year."
    )
    record = record_of(pipeline, text, "2001-03-14")
    assert [e.trigger.text for e in record.events] == ["blew up"]


def test_one_who_only_owns_an_apposition_is_not_whom_he_means(pipeline: Pipeline) -> None:
    text = (
        "Lin Biao, Mao's designated successor, died on 13 September 1971 when the plane on "
        "which he was fleeing to the Soviet Union crashed in Mongolia."
    )
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, "flee"), ("agent",)) == ["Lin Biao"]


def test_the_dead_told_beside_a_riot_are_the_riots(pipeline: Pipeline) -> None:
    text = (
        "A crowd stormed the tram depot in Calcutta on 4 May 1946; at least 14 people were killed."
    )
    record = record_of(pipeline, text)
    assert [(e.type, e.subtype) for e in record.events] == [("protest", "riot")]
    assert record.events[0].fatalities is not None and record.events[0].fatalities.low == 14
