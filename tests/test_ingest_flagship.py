"""The flagship page (text captured from GIDSS.com) cleans into the article and its metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from historiograph.ingest import clean, iter_documents, read_source
from historiograph.ingest.model import RawDocument
from historiograph.record import Document, Record


@pytest.fixture(scope="module")
def flagship(flagship_path: Path) -> Document:
    (raw,) = read_source(str(flagship_path))
    assert isinstance(raw, RawDocument)
    return clean(raw)


def removed(document: Document, kind: str) -> list[str]:
    return [item.text for item in document.removed if item.kind == kind]


def test_title_comes_from_the_breadcrumb_and_is_not_repeated_in_the_text(
    flagship: Document,
) -> None:
    assert flagship.title == "Half a Century with MKO – Part I"
    assert not flagship.text.startswith("Half a Century")
    assert flagship.text.startswith("The People’s Mujahedin Organization of Iran (MKO, MEK)")


def test_series_part_one_links_to_part_two(flagship: Document) -> None:
    assert flagship.series is not None
    assert flagship.series.name == "Half a Century with MKO"
    assert flagship.series.part == 1
    assert flagship.series.next == "Half a century with MKO – Part II"
    assert removed(flagship, "series-link") == ["Half a century with MKO – Part II"]
    assert "Part II" not in flagship.text


def test_furniture_is_listed_in_removed_and_gone_from_the_text(flagship: Document) -> None:
    assert removed(flagship, "breadcrumb") == [
        "Home » Mujahedin Khalq Organization » Half a Century with MKO – Part I"
    ]
    assert removed(flagship, "related-links") == ["You may also like"]
    assert removed(flagship, "comment-prompt") == ["Leave a Comment"]
    for furniture in ("Home »", "You may also like", "Leave a Comment", "GIDSS.com"):
        assert furniture not in flagship.text


def test_byline_gives_the_author_and_leaves_the_text(flagship: Document) -> None:
    assert flagship.author == "Amirfarshad Ebrahimi"
    assert removed(flagship, "byline") == [
        "GIDSS.com,By Amirfarshad Ebrahimi ,Photojournalist & Documentary producer"
    ]
    assert "Photojournalist" not in flagship.text


def test_appendix_entries_are_references_with_exact_spans(flagship: Document) -> None:
    texts = [reference.text for reference in flagship.references]
    assert len(texts) == 5
    assert texts[0].startswith("Mohammad Sadegh Koushki, Assassins, Tehran")
    assert texts[1] == "Mohammad Sadegh Koushki, previous, p. 220"
    assert texts[-1].startswith("From start to the end, Revolutionary Guards War Research Center")
    for reference in flagship.references:
        start, end = reference.span
        assert flagship.text[start:end] == reference.text
    Record(document=flagship)  # the record's own validator re-checks every span


def test_the_intro_line_and_the_narrative_after_the_appendix_are_not_references(
    flagship: Document,
) -> None:
    texts = " ".join(reference.text for reference in flagship.references)
    assert "For further study" not in texts
    assert "In 1991, after coalition forces invaded Iraq" not in texts
    assert "In 1991, after coalition forces invaded Iraq" in flagship.text
    assert flagship.text.rstrip().endswith("“a gift from the Iraqi government for Iran”.")
    assert "Appendix:" in flagship.text


def test_paragraphs_stay_separated_by_blank_lines(flagship: Document) -> None:
    paragraphs = flagship.text.split("\n\n")
    assert len(paragraphs) > 30
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)


def test_reading_the_file_twice_gives_the_same_id(flagship_path: Path, flagship: Document) -> None:
    (again,) = iter_documents([str(flagship_path)])
    assert isinstance(again, Document)
    assert again.id == flagship.id
    assert again.source == str(flagship_path)
    assert flagship.language == "en"


def test_a_windows_copy_with_a_bom_is_the_same_document(
    flagship_path: Path, flagship: Document, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.txt"
    text = flagship_path.read_text("utf-8").replace("\n", "\r\n")
    copy.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (document,) = iter_documents([str(copy)])
    assert isinstance(document, Document)
    assert document.id == flagship.id
