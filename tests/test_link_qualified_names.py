"""A name near a KB name only by a word the KB name adds ("Sudan People's Liberation
Army" for "the People's Liberation Army") names another body: fuzzy linking is for
spellings of one name, not for its qualified namesakes."""

from __future__ import annotations

from event_runs import record_of
from historiograph.pipeline import Pipeline


def _organizations(pipeline: Pipeline, text: str) -> dict[str, str]:
    record = record_of(pipeline, text)
    return {e.name: e.id for e in record.entities if e.kind == "organization"}


def test_an_unqualified_name_is_not_its_qualified_namesake(pipeline: Pipeline) -> None:
    found = _organizations(
        pipeline,
        "Soldiers of the People's Liberation Army cleared the square. Fighters of the "
        "National Liberation Front attacked police posts across the country.",
    )
    assert "ent:spla" not in found.values()
    assert "ent:mnlf" not in found.values()


def test_a_spelling_variant_still_links(pipeline: Pipeline) -> None:
    found = _organizations(
        pipeline, "Fighters of the Sudan People's Liberation Armi attacked a garrison."
    )
    assert "ent:spla" in found.values()
