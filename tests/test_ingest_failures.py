"""Bad inputs fail one by one with their own coded error; the rest of the batch comes through."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from historiograph.errors import (
    BinaryFileError,
    DecodeError,
    EmptyDocumentError,
    IngestError,
    MalformedInputError,
    NotFoundError,
    TooLargeError,
    UnsupportedFormatError,
)
from historiograph.ingest import IngestFailure, expand_inputs, iter_documents
from historiograph.record import Document

GOOD = "The garrison held the northern gate for eleven days before the relief army arrived.\n"
LIMIT = 4096


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    files: dict[str, bytes] = {
        "a-good.txt": GOOD.encode(),
        "binary.txt": b"\x00\x01\x02\x03" * 50,
        "pdf-in-disguise.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        "empty.txt": b"",
        "spaces.md": b"  \n\t\n   \n",
        "latin1.txt": "Caf\u00e9 society in 1920.".encode("latin-1"),
        "huge.txt": b"word " * LIMIT,
        "corrupt.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without end",
        "broken.warc.gz": gzip.compress(b"WARC/1.0\r\n")[:12] + b"\xff" * 40,
        "lines.jsonl": b'{"text": "A good line."}\n{not json}\n',
        "z-good.md": b"# Last Word\n\n" + GOOD.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


EXPECTED: dict[str, type[IngestError]] = {
    "binary.txt": BinaryFileError,
    "pdf-in-disguise.txt": BinaryFileError,
    "empty.txt": EmptyDocumentError,
    "spaces.md": EmptyDocumentError,
    "latin1.txt": DecodeError,
    "huge.txt": TooLargeError,
    "corrupt.pdf": MalformedInputError,
    "broken.warc.gz#1": MalformedInputError,
    "lines.jsonl#2": MalformedInputError,
}


def test_each_bad_file_fails_with_its_own_error_and_the_batch_goes_on(corpus: Path) -> None:
    items = list(iter_documents([str(corpus)], max_bytes=LIMIT))
    failures = {Path(f.source).name: f.error for f in items if isinstance(f, IngestFailure)}
    documents = [d for d in items if isinstance(d, Document)]
    assert {name: type(error) for name, error in failures.items()} == EXPECTED
    assert [Path(d.source or "").name for d in documents] == [
        "a-good.txt",
        "lines.jsonl#1",
        "z-good.md",
    ]
    assert all(error.reason for error in failures.values())
    assert failures["huge.txt"].code == "E104"
    assert "UTF-8" in failures["latin1.txt"].reason


def test_missing_paths_and_unsupported_files_are_reported(corpus: Path) -> None:
    (corpus / "report.docx").write_bytes(b"PK\x03\x04")
    items = list(
        iter_documents(
            [str(corpus / "missing.txt"), str(corpus / "report.docx"), str(corpus / "a-good.txt")]
        )
    )
    assert isinstance(items[0], IngestFailure) and isinstance(items[0].error, NotFoundError)
    assert isinstance(items[1], IngestFailure)
    assert isinstance(items[1].error, UnsupportedFormatError)
    assert isinstance(items[2], Document)


def test_folders_are_walked_sorted_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "a.html",
        "sub/c.md",
        "sub/deeper/d.jsonl",
        ".hidden.txt",
        ".git/e.txt",
        "notes.docx",
        "crawl.warc.gz",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [Path(str(p)).relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path)])]
    assert found == ["a.html", "b.txt", "crawl.warc.gz", "sub/c.md", "sub/deeper/d.jsonl"]


def test_globs_stdin_and_duplicates(tmp_path: Path) -> None:
    for name in ["one.html", "two.html", "three.txt"]:
        (tmp_path / name).write_text("x")
    items = list(expand_inputs([f"{tmp_path}/*.html", str(tmp_path / "one.html"), "-"]))
    assert items == [str(tmp_path / "one.html"), str(tmp_path / "two.html"), "-"]
    (nothing,) = expand_inputs([f"{tmp_path}/*.pdf"])
    assert isinstance(nothing, IngestFailure) and isinstance(nothing.error, NotFoundError)


def test_a_jsonl_line_over_the_limit_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "x " * 200 + '"}\n{"text": "small"}\n')
    items = list(iter_documents([str(path)], max_bytes=100))
    assert isinstance(items[0], IngestFailure) and isinstance(items[0].error, TooLargeError)
    assert items[0].source == f"{path}#1"
    assert isinstance(items[1], Document) and items[1].text == "small"


def test_a_truncated_warc_record_fails_alone_after_the_good_ones(tmp_path: Path) -> None:
    page = b"<html><body><article><p>" + GOOD.encode() * 3 + b"</p></article></body></html>"
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for number in (1, 2):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        url = f"https://a.example/{number}"
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(page), http_headers=headers
        )
        writer.write_record(record)
    path = tmp_path / "cut.warc"
    path.write_bytes(buffer.getvalue()[:-60])
    items = list(iter_documents([str(path)]))
    assert isinstance(items[0], Document) and items[0].source == "https://a.example/1"
    assert isinstance(items[1], IngestFailure) and items[1].source == f"{path}#2"
    assert isinstance(items[1].error, MalformedInputError)
    assert "truncated" in items[1].error.reason


def test_an_html_page_without_article_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (failure,) = iter_documents([str(path)])
    assert isinstance(failure, IngestFailure)
    assert isinstance(failure.error, EmptyDocumentError)


def test_a_latin1_file_is_refused_with_how_to_convert_it() -> None:
    from historiograph.errors import DecodeError
    from historiograph.ingest.decoding import decode_text

    with pytest.raises(DecodeError, match="iconv -f LATIN1 -t UTF-8") as refused:
        decode_text("Le 16 octobre 1970 à Montréal".encode("latin-1"))
    assert "at byte 19" in str(refused.value)  # where the first non-UTF-8 byte stands


def test_a_jsonl_line_cut_short_says_so_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "w3", "text": "this line is cut\n{"text": "A whole one."}\n')

    first, second = iter_documents([str(path)])

    assert isinstance(first, IngestFailure) and isinstance(first.error, MalformedInputError)
    assert first.error.reason == "invalid JSON: Unterminated string starting at column 22"
    assert isinstance(second, Document) and second.text == "A whole one."
