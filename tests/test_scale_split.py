"""Large JSON Lines and WARC files cut into slices: the same documents, shared by workers."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import logging
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from distributed import LocalCluster
from spacy.language import Language
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from historiograph.ingest import IngestFailure, iter_documents
from historiograph.ingest.batch import FileSlice, iter_parts, split_file
from historiograph.pipeline import build_pipeline, ingest
from historiograph.record import Document
from historiograph.scale.dask_engine import DaskOptions, ingest_dask
from historiograph.scale.progress import ProgressTracker
from historiograph.store import Store
from test_scale_dask import records_by_id, short_text


def outcome(items: Iterable[Document | IngestFailure]) -> list[tuple[str, str]]:
    """(source, text) for a document, (source, error code) for a failure."""
    return [
        (i.source, i.error.code) if isinstance(i, IngestFailure) else (i.source or "", i.text)
        for i in items
    ]


def jsonl_file(path: Path, count: int) -> Path:
    lines = [json.dumps({"text": short_text(i), "title": f"Report {i}"}) for i in range(count)]
    lines[3] = "{not json"
    lines[7] = ""  # blank lines are skipped, and still counted
    lines[11] = json.dumps({"text": "word " * 200})  # over the limit below
    path.write_bytes(codecs.BOM_UTF8 + ("\n".join(lines) + "\n").encode("utf-8"))
    return path


def warc_file(path: Path, count: int, *, compress: bool) -> Path:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for i in range(count):
        kind = "text/plain" if i % 5 == 4 else "text/html"  # not documents, still counted
        headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        page = f"<html><body><article><p>{short_text(i)}</p></article></body></html>"
        record = writer.create_warc_record(
            f"https://a.example/{i}",
            "response",
            payload=io.BytesIO(page.encode("utf-8")),
            http_headers=headers,
        )
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return path


def sliced(path: Path, every: int) -> list[FileSlice]:
    parts = list(split_file(str(path), every))
    assert [p.last for p in parts] == [False] * (len(parts) - 1) + [True]
    assert all(a.end == b.start for a, b in pairwise(parts))
    return parts


def test_jsonl_slices_read_the_same_documents_as_the_whole_file(tmp_path: Path) -> None:
    path = jsonl_file(tmp_path / "big.jsonl", 40)
    whole = outcome(iter_documents([str(path)], max_bytes=600))
    failures = [(s.rsplit("/", 1)[1], c) for s, c in whole if c.startswith("E1")]
    assert failures == [("big.jsonl#4", "E105"), ("big.jsonl#12", "E104")]
    for every in (1, 300, 2000):
        parts = sliced(path, every)
        assert len(parts) > 1
        assert outcome(iter_parts(parts, max_bytes=600)) == whole
    # A slice after the first starts on a line of its own, with that line's number.
    second = sliced(path, 2000)[1]
    with path.open("rb") as stream:
        stream.seek(second.start - 1)
        assert stream.read(1) == b"\n"
        stream.seek(0)
        assert stream.read(second.start).count(b"\n") == second.first - 1


@pytest.mark.parametrize("compress", [False, True])
def test_warc_slices_read_the_same_documents_as_the_whole_archive(
    tmp_path: Path, compress: bool
) -> None:
    path = warc_file(
        tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), 12, compress=compress
    )
    whole = outcome(iter_documents([str(path)]))
    assert len(whole) == 10  # records 5 and 10 are not HTML
    parts = sliced(path, 900 if compress else 2500)
    assert len(parts) > 2
    assert outcome(iter_parts(parts)) == whole


def test_a_damaged_archive_fails_in_its_last_slice_after_the_good_records(tmp_path: Path) -> None:
    path = warc_file(tmp_path / "crawl.warc.gz", 12, compress=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4] + b"\xff" * 40)
    whole = outcome(iter_documents([str(path)]))
    assert whole[-1][1] == "E105" and len(whole) > 5
    parts = sliced(path, 900)
    assert len(parts) > 2
    assert outcome(iter_parts(parts)) == whole


def test_files_that_fail_whole_are_not_cut(tmp_path: Path) -> None:
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n  \n" * 1000)
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes(('{"text": "a"}\n' * 300).encode("utf-16"))
    one_stream = tmp_path / "one.warc.gz"
    plain = warc_file(tmp_path / "plain.warc", 6, compress=False).read_bytes()
    one_stream.write_bytes(gzip.compress(plain))  # not one gzip member a record
    for path in (blank, utf16, one_stream):
        (part,) = split_file(str(path), 100)
        assert (part.start, part.end, part.last) == (0, None, True)
        read = outcome(iter_parts([part]))
        assert read == outcome(iter_documents([str(path)])) and read[-1][1].startswith("E10")


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    ) as local:
        yield local


def test_workers_share_one_big_file_and_store_what_one_process_stores(
    nlp_model: Language, cluster: LocalCluster, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    path = jsonl_file(corpus / "big.jsonl", 24)
    (corpus / "one.txt").write_text(short_text(100), encoding="utf-8")
    with Store.open(str(tmp_path / "local.db")) as store:
        local = ingest([str(corpus)], store=store, pipeline=build_pipeline(), max_bytes=600)
        expected = records_by_id(store)
        expected_errors = sorted((e.source, e.code) for e in store.run_errors(local.run_id))

    tracker = ProgressTracker(total_files=2, engine="dask")
    options = DaskOptions(
        scheduler=cluster.scheduler_address, bytes_per_task=path.stat().st_size // 4
    )
    with Store.open(str(tmp_path / "dask.db")) as store:
        summary = ingest_dask(
            [str(corpus)], store=store, options=options, max_bytes=600, progress=tracker
        )
        assert records_by_id(store) == expected
        errors = sorted((e.source, e.code) for e in store.run_errors(summary.run_id))
    assert errors == expected_errors and len(errors) == 2
    assert (summary.stored, summary.failed) == (local.stored, local.failed) == (22, 2)
    assert sum(w.tasks for w in summary.workers.values()) >= 5  # four slices, and one.txt
    assert all(w.documents for w in summary.workers.values())  # both workers read the file
    assert tracker.snapshot().files == 2  # the big file counts once, on its last slice
