"""The spaCy pipeline loader: the model when installed, else a blank pipeline with a warning."""

from __future__ import annotations

import pytest

from historiograph.nlp import loader
from historiograph.nlp.datelines import WIRE_DATELINE
from historiograph.pipeline import build_pipeline
from historiograph.record import Document, document_id


def test_a_missing_model_degrades_to_a_blank_pipeline_with_one_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(loader, "MODEL_PACKAGES", ("no_such_model_package",))
    with pytest.warns(loader.MissingModelWarning, match="entities will be missing"):
        nlp = loader.load_nlp()
    assert nlp.pipe_names == ["sentencizer"]
    assert loader.describe_pipeline(nlp)["model"] == "blank:en"


def test_the_whole_pipeline_still_runs_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MODEL_PACKAGES", ("no_such_model_package",))
    with pytest.warns(loader.MissingModelWarning):
        pipeline = build_pipeline()
    text = "On June 28, 1981, a bomb killed 72 people in Tehran, according to officials."
    record = pipeline.record(Document(id=document_id(text), text=text))
    assert [t.value for t in record.timexes] == ["1981-06-28"]
    assert record.claims and record.claims[0].low == 72
    assert record.events == []  # events need the parser


def test_naming_a_model_that_is_not_installed_is_an_error() -> None:
    with pytest.raises(OSError, match="not installed"):
        loader.load_nlp("no_such_model_package")


def test_doctor_reports_the_installed_model(nlp_model: object) -> None:
    info = loader.describe_pipeline(loader.load_nlp())
    assert info["model"] in loader.MODEL_PACKAGES
    assert "ner" in info["components"]


def test_an_abbreviation_hyphened_to_a_participle_is_its_own_token() -> None:
    nlp = loader.load_nlp()
    words = [t.text for t in nlp.make_doc("The U.S.-led coalition and a well-known U.N. team.")]
    assert words[:4] == ["The", "U.S.", "-", "led"]
    assert "well-known" not in words and words[7:10] == ["well", "-", "known"]
    assert "U.N." in words


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("KABUL, 14 March 2019 (AFP) - Gunmen", "14 March 2019"),  # the day first
        ("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- THE", "3 JAN 90"),
        ("KIRKUK, Iraq, March 14, 2007 — A", "March 14, 2007"),
        ("LONDON (Reuters) - Police", None),
    ],
)
def test_a_wire_dateline_gives_its_date_either_way_round(opening: str, date: str | None) -> None:
    match = WIRE_DATELINE.match(opening)
    assert match is not None and match["date"] == date
