"""Two names joined by "and" that the recogniser tells apart ("the ports of Le Havre
and Marseille") are two names, the "and" belonging to neither; a name with "and" in
it ("St. Kitts and Nevis") stays whole; a city that missiles struck is a place even
where the recogniser took it for a person, a person struck by a bowler is not."""

from __future__ import annotations

from event_runs import record_of
from historiograph.pipeline import Pipeline


def test_the_and_between_two_names_belongs_to_neither(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Dockworkers at the ports of Le Havre and Marseille walked out on Thursday."
    )
    places = {e.name for e in record.entities if e.kind == "place"}
    assert {"Le Havre", "Marseille"} <= places


def test_a_name_with_and_in_it_stays_whole(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Voters in St. Kitts and Nevis went to the polls.")
    assert "Saint Kitts and Nevis" in {e.name for e in record.entities}


def test_a_city_struck_by_missiles_is_a_place(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Russian missiles struck Kharkiv on Monday, killing four people.")
    assert "Kharkiv" in {e.name for e in record.entities if e.kind == "place"}


def test_a_person_struck_by_a_bowler_stays_a_person(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The fast bowler struck Taylor on the helmet.")
    assert "Taylor" not in {e.name for e in record.entities if e.kind == "place"}
