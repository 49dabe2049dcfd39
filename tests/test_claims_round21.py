"""Claims and tolls that a twenty-first round's fresh gold (tests/gold/claims11-claims.jsonl,
tests/gold/tolls19-events.jsonl) found hard: a gapped second source whose bare figure the
recogniser takes for an age ("the opposition, 40"), a gapped source that reports a "that"
clause of its own, "registered" and "logged" as reporting verbs, a qualifier word parsed
as an adverbial noun ("counted nearer 130"), and "spoke of" with a figure the parse lost.

The sentences are new, so that the rules are tested and not the gold texts.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from claim_phrases import claims_of
from event_runs import event_told_by, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_a_gapped_bare_figure_after_a_comma_is_no_age(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The prefect said 9 people had drowned; the rebels, 35.")
    second = found["35"]
    assert (second.property, second.low, second.stance) == ("fatalities", 35, "reported")
    assert second.source.name == "the rebels"
    assert found["9 people"].source.name == "The prefect"


def test_a_gapped_figure_after_the_opposition_is_the_opposition_s(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "The interior minister said 14; the opposition, 60.")
    assert found["60"].source.name == "the opposition"
    assert found["14"].source.name == "The interior minister"


def test_a_named_person_s_age_after_a_comma_stays_no_figure(nlp_model: Language) -> None:
    found = claims_of(nlp_model, "Police named the two dead as Hassan Bey, 52, and Musa Ali, 38.")
    assert "38" not in found
    assert "52" not in found


def test_a_gapped_source_may_report_a_that_clause(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The army said 23 militants were killed, and the Red Crescent, that 70 had been wounded.",
    )
    assert found["70"].source.name == "the Red Crescent"
    assert found["70"].property == "injured"
    assert found["23 militants"].source.name == "The army"


def test_registered_and_logged_report_their_figure(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The parish clerk registered 61 burials that winter. "
        "The harbour office logged 212 arrivals.",
    )
    assert found["61 burials"].source.name == "The parish clerk"
    assert found["61 burials"].stance == "reported"
    assert found["212 arrivals"].source.name == "The harbour office"


def test_a_qualifier_parsed_as_an_adverbial_noun_still_gives_a_figure(
    nlp_model: Language,
) -> None:
    found = claims_of(
        nlp_model,
        "The magistrate recorded 40 deaths in March, though the surgeon counted nearer 90.",
    )
    ninety = found["nearer 90"]
    assert (ninety.property, ninety.qualifier, ninety.low) == ("fatalities", "about", 90)
    assert ninety.source.name == "the surgeon"


def test_spoke_of_gives_its_figure_after_a_semicolon(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model,
        "The war office admitted 55 dead; Ottoman chroniclers spoke of more than a thousand "
        "Russian fallen.",
    )
    claim = next(c for quote, c in found.items() if quote.startswith("more than a thousand"))
    assert claim.source.name == "Ottoman chroniclers"
    assert claim.stance == "reported"


def test_a_gapped_second_toll_widens_the_event_s_toll(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded outside the customs house in Chaman on Monday. "
        "The district police chief said 8 people had died; the insurgents, 30."
    )
    event = event_told_by(record_of(pipeline, text), "exploded")
    assert toll_of(event) == (8, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents fired two rockets at the airport in Mogadishu, causing no casualties.",
        "A parcel bomb exploded at the tax office in Limerick on Friday; no one was hurt.",
        "Gunmen attacked a convoy near Gao on Tuesday, but nobody was injured.",
        "Rebels shelled the town of Ngala on Friday. There were no deaths.",
    ],
)
def test_an_act_that_harmed_nobody_has_a_toll_of_zero(pipeline: Pipeline, text: str) -> None:
    record = record_of(pipeline, text)
    violent = [e for e in record.events if e.type in ("attack", "battle")]
    assert violent
    assert all(toll_of(e) == (0, 0) for e in violent)


def test_no_injuries_beside_a_counted_toll_leave_the_count(pipeline: Pipeline) -> None:
    text = (
        "A car bomb exploded near the ministry on Monday, killing four guards; "
        "there were no injuries among the staff."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "exploded")) == (4, 4)


def test_dead_of_the_blast_and_what_followed_are_the_first_act_s(pipeline: Pipeline) -> None:
    text = (
        "A grenade was lobbed at soldiers guarding the town hall in Kasese; five soldiers and "
        "at least two bystanders died in the explosion and the shooting that followed."
    )
    assert toll_of(event_told_by(record_of(pipeline, text), "grenade")) == (7, 7)


def test_neighbours_who_were_shot_are_dead_people(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model, "The militia came at dawn, and nineteen of our neighbours were shot by the well."
    )
    claim = found["nineteen of our neighbours"]
    assert (claim.property, claim.unit, claim.low) == ("fatalities", "people", 19)


def test_a_gapped_municipality_gives_its_own_count(nlp_model: Language) -> None:
    found = claims_of(
        nlp_model, "Rescuers said 31 bodies had been pulled from the river; the prefecture, 26."
    )
    assert found["26"].source.name == "the prefecture"
    assert found["26"].property == "fatalities"
