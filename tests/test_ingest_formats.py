"""Each input format, with fixtures made in the test: HTML, PDF, WARC, JSONL, Markdown, stdin."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

from fpdf import FPDF
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from historiograph.errors import MalformedInputError
from historiograph.ingest import IngestFailure, RawDocument, iter_documents, read_source
from historiograph.record import Document

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>The Siege of Brenholt – Part 2 | Northern History</title>
<meta name="author" content="Eleanor Vance">
<meta property="article:published_time" content="2015-03-03T10:00:00Z">
<link rel="canonical" href="https://history.example.org/brenholt-2">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/wars">Wars</a></li>
<li><a href="/about">About</a></li></ul></nav></header>
<main><article>
<h1>The Siege of Brenholt – Part 2</h1>
<p>The second winter of the siege began in November 1641, when the last supply road to
Brenholt was cut by the besieging army under the command of a colonel from the south.</p>
<p>By January the garrison had fewer than 900 men fit for duty, and the town council wrote
that more than 300 civilians had died of hunger and cold since the autumn.</p>
<p>The chroniclers disagree about the number of dead. According to the parish registers,
1,200 people were buried in the town between December and March.</p>
<h2>Sources</h2>
<ul><li>Thomas Reed, The Northern Sieges, Cambridge University Press, 1998, pp. 112–140</li>
<li>Margaret Hale, "Hunger and Surrender", Journal of Civil War Studies 14 (2006)</li></ul>
<p>Share this: Facebook Twitter Email</p>
<h3>Related posts</h3>
<ul><li><a href="/brenholt-1">The Siege of Brenholt – Part 1</a></li>
<li><a href="/forts">Civil War Fortifications in the North</a></li></ul>
</article></main>
<footer><p>© 2015 Northern History. All rights reserved.</p>
<a href="/privacy">Privacy Policy</a></footer>
</body></html>
"""


def html_response(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def test_html_page_keeps_the_article_and_reads_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "brenholt.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    (raw,) = read_source(str(path))
    assert isinstance(raw, RawDocument)
    assert raw.url == "https://history.example.org/brenholt-2"
    (document,) = iter_documents([str(path)])
    assert isinstance(document, Document)
    assert document.source == "https://history.example.org/brenholt-2"
    assert document.title == "The Siege of Brenholt – Part 2"
    assert document.author == "Eleanor Vance"
    assert document.published == dt.date(2015, 3, 3)
    assert document.language == "en"
    assert document.series is not None and document.series.part == 2
    assert document.text.startswith("The second winter of the siege began in November 1641")
    for furniture in ("Home", "About", "Privacy Policy", "©", "Share this", "Fortifications"):
        assert furniture not in document.text
    assert [r.text for r in document.references] == [
        "Thomas Reed, The Northern Sieges, Cambridge University Press, 1998, pp. 112–140",
        'Margaret Hale, "Hunger and Surrender", Journal of Civil War Studies 14 (2006)',
    ]


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.htm"
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"')
    html = html.replace("The chroniclers", "The café chroniclers").replace("–", "-")
    path.write_bytes(html.encode("windows-1252"))
    (document,) = iter_documents([str(path)])
    assert isinstance(document, Document)
    assert "The café chroniclers" in document.text


def test_pdf_text_and_metadata(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_title("The Long Night")
    pdf.set_author("Jane Doe")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "The garrison surrendered on 12 April 1642 after a siege of six months.")
    pdf.add_page()
    pdf.multi_cell(0, 8, "More than 1,200 people were buried in the town that winter.")
    path = tmp_path / "night.pdf"
    pdf.output(str(path))
    (document,) = iter_documents([str(path)])
    assert isinstance(document, Document)
    assert (document.title, document.author) == ("The Long Night", "Jane Doe")
    assert "surrendered on 12 April 1642" in document.text
    assert "\n\nMore than 1,200 people" in document.text  # pages are paragraphs


def test_warc_yields_one_document_per_html_response(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        html_response(writer, "https://a.example/one", ARTICLE_HTML.encode(), "text/html")
        html_response(writer, "https://a.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        second = ARTICLE_HTML.replace("Part 2", "Part 3").replace("second winter", "third winter")
        html_response(writer, "https://a.example/two", second.encode(), "text/html; charset=utf-8")
    raws = list(read_source(str(path)))
    assert all(isinstance(raw, RawDocument) for raw in raws)
    assert [(r.source, r.url, r.format) for r in raws if isinstance(r, RawDocument)] == [
        (f"{path}#1", "https://history.example.org/brenholt-2", "warc"),
        (f"{path}#3", "https://history.example.org/brenholt-2", "warc"),
    ]
    documents = list(iter_documents([str(path)]))
    assert [d.title for d in documents if isinstance(d, Document)] == [
        "The Siege of Brenholt – Part 2",
        "The Siege of Brenholt – Part 3",
    ]


def test_jsonl_bad_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "The fort fell in 1642.",
                "title": "Fort",
                "published": "2015-03-03",
                "source": "https://x.example/a",
            }
        ),
        '{"text": "unterminated',
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": "A second document.", "author": "Jane Doe"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([str(path)]))
    documents = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert [(d.source, d.title, d.published) for d in documents] == [
        ("https://x.example/a", "Fort", dt.date(2015, 3, 3)),
        (f"{path}#5", None, None),
    ]
    assert documents[1].author == "Jane Doe"
    assert [f.source for f in failures] == [f"{path}#2", f"{path}#3"]
    assert all(isinstance(f.error, MalformedInputError) for f in failures)
    assert 'no "text" field' in failures[1].error.reason


def test_markdown_heading_becomes_the_title(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# The Long Night\n\nThe garrison surrendered after six months of siege and hunger.\n"
    )
    (document,) = iter_documents([str(path)])
    assert isinstance(document, Document)
    assert document.title == "The Long Night"
    assert document.text == "The garrison surrendered after six months of siege and hunger."


def test_stdin_is_plain_text() -> None:
    stdin = io.BytesIO(b"By Jane Doe\n\nThe garrison surrendered.\n")
    (document,) = iter_documents(["-"], stdin=stdin)
    assert isinstance(document, Document)
    assert (document.source, document.author, document.text) == (
        "-",
        "Jane Doe",
        "The garrison surrendered.",
    )


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("The garrison surrendered in 1642.".encode("utf-16"))
    (document,) = iter_documents([str(path)])
    assert isinstance(document, Document)
    assert document.text == "The garrison surrendered in 1642."


def test_plain_text_in_a_named_encoding_is_read_and_nothing_else_changes(tmp_path: Path) -> None:
    """A legacy corpus is read once its encoding is named; it is never guessed, and an HTML
    page keeps the charset it states."""
    letter = tmp_path / "lettre.txt"
    letter.write_bytes("Le 16 octobre 1970 à Montréal, la loi fut proclamée.".encode("latin-1"))
    page = tmp_path / "page.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")

    (refused,) = iter_documents([str(letter)])
    (read,) = iter_documents([str(letter)], encoding="latin-1")
    (piped,) = read_source("-", stdin=io.BytesIO("Québec".encode("cp1252")), encoding="cp1252")
    (html,) = iter_documents([str(page)], encoding="latin-1")

    assert isinstance(refused, IngestFailure) and "--encoding" in refused.error.reason
    assert isinstance(read, Document) and read.text.startswith("Le 16 octobre 1970 à Montréal")
    assert isinstance(piped, RawDocument) and piped.text == "Québec"
    assert isinstance(html, Document) and "–" in (html.title or "")  # still UTF-8


TABLE_HTML = """<!DOCTYPE html><html lang="en"><head><title>Counting the flood dead</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/world">World</a></nav>
<article><h1>Counting the flood dead</h1>
<p>The embankment above the lower town gave way in the early hours of 3 September 2022, and
the water reached the houses in less than an hour, officials said the next morning.</p>
<table><thead><tr><th>Source</th><th>Dead</th><th>Missing</th></tr></thead>
<tbody><tr><td>Provincial government</td><td>41</td><td>60</td></tr>
<tr><td>Red Cross</td><td>87</td><td>—</td></tr></tbody></table>
<p>A parliamentary commission later put the toll at 112, and found that the embankment had
not been inspected for six years before it failed.</p></article></body></html>"""


def test_an_html_tables_rows_stay_in_the_text_with_their_headings(tmp_path: Path) -> None:
    """A table of figures is not a menu: each row is read out with its column names."""
    path = tmp_path / "flood.html"
    path.write_text(TABLE_HTML, encoding="utf-8")
    (document,) = iter_documents([str(path)])
    assert isinstance(document, Document)
    assert "Provincial government: Dead: 41; Missing: 60." in document.text
    assert "Red Cross: Dead: 87." in document.text
    assert "|" not in document.text and "---" not in document.text
    assert all(r.kind != "navigation" or "41" not in r.text for r in document.removed)
