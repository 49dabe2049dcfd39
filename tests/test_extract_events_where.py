"""Where an event happened: names that describe its actors are not its place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_runs import found_where
from historiograph.record import Entity, Geo


def place_of(nlp: Language, text: str, trigger: str, names: list[str]) -> str | None:
    """The place find_where gives ``trigger`` among ``names``, each a located place."""
    doc = nlp(text)
    places = []
    for name in names:
        start = text.index(name)
        geo = Geo(lat=30.0, lon=40.0, feature="PPL", country_code="XX")
        places.append(
            (start, start + len(name), Entity(id=f"ent:{start}", kind="place", name=name, geo=geo))
        )
    return found_where(next(t for t in doc if t.text == trigger), places)


@pytest.mark.parametrize(
    ("text", "trigger", "names", "place"),
    [
        (
            "An air strike by the Saudi-led coalition hit a crowded market in the Saada "
            "province of Yemen on Tuesday.",
            "strike",
            ["Saudi", "Saada"],
            "Saada",
        ),
        (
            "A Kabul-based group attacked a checkpoint, officials in Herat said.",
            "attacked",
            ["Kabul", "Herat"],
            None,
        ),
    ],
)
def test_a_name_hyphened_to_a_participle_describes_the_actors(
    nlp_model: Language, text: str, trigger: str, names: list[str], place: str | None
) -> None:
    assert place_of(nlp_model, text, trigger, names) != "Saudi"
    assert place_of(nlp_model, text, trigger, names) != "Kabul"
    if place is not None:
        assert place_of(nlp_model, text, trigger, names) == place


def test_a_name_without_the_hyphen_is_still_a_place(nlp_model: Language) -> None:
    text = "Gunmen attacked a checkpoint in Kabul on Friday."
    assert place_of(nlp_model, text, "attacked", ["Kabul"]) == "Kabul"
