"""Uploads: ingested like the CLI does, size-limited, never written outside the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from historiograph.api.uploads import safe_name
from historiograph.errors import UnsupportedFormatError
from historiograph.pipeline import build_pipeline
from workbench_store import client, new_token

ARTICLE = (
    "Clashes at the camp\n\nOn 8 April 2011 Iraqi forces attacked Camp Ashraf. "
    "According to the United Nations, at least 34 people were killed.\n"
)


@pytest.fixture
def upload(tmp_path: Path) -> tuple[TestClient, dict[str, str], Path]:
    db = str(tmp_path / "store.db")
    auth = {"Authorization": f"Bearer {new_token(db)}"}
    api = client(db, tmp_path, max_upload_bytes=2000, pipeline_factory=build_pipeline)
    return api, auth, tmp_path


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.mark.model
def test_an_upload_is_saved_in_the_folder_and_ingested(
    upload: tuple[TestClient, dict[str, str], Path],
) -> None:
    api, auth, tmp_path = upload

    first = api.post("/api/ingest", files={"file": ("raid.txt", ARTICLE)}, headers=auth)
    again = api.post("/api/ingest", files={"file": ("raid.txt", ARTICLE)}, headers=auth)

    assert first.status_code == 201, first.text
    body = first.json()
    assert (body["stored"], body["failed"]) == (1, 0)
    assert (tmp_path / "uploads" / body["saved_as"]).read_text() == ARTICLE
    events = api.get("/api/events", params={"document": body["documents"][0]}).json()
    assert events["total"] >= 1
    assert (again.json()["stored"], again.json()["skipped"]) == (0, 1)


@pytest.mark.parametrize(
    "hostile",
    [
        "../../outside.txt",
        "..\\..\\outside.txt",
        "/etc/cron.d/outside.txt",
        "sub/../../outside.txt",
        "....//outside.txt",
        "out\x00side\n.txt",
    ],
)
def test_hostile_file_names_never_write_outside_the_upload_folder(
    upload: tuple[TestClient, dict[str, str], Path], hostile: str
) -> None:
    api, auth, tmp_path = upload
    before = files_under(tmp_path)

    api.post("/api/ingest", files={"file": (hostile, b"\x00\x01 not text")}, headers=auth)

    written = files_under(tmp_path) - before
    assert written, "the upload should have been saved"
    outside = [p for p in written if p.parent != tmp_path / "uploads" and "store.db" not in p.name]
    assert outside == []
    assert not (tmp_path.parent / "outside.txt").exists()


def test_an_upload_over_the_limit_is_413_and_leaves_nothing(
    upload: tuple[TestClient, dict[str, str], Path],
) -> None:
    api, auth, tmp_path = upload

    response = api.post("/api/ingest", files={"file": ("big.txt", "x" * 5000)}, headers=auth)

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "E104"
    assert list((tmp_path / "uploads").iterdir()) == []


@pytest.mark.parametrize("name", ["payload.exe", "noextension", ".htaccess", ""])
def test_an_upload_of_an_unread_type_is_415(
    upload: tuple[TestClient, dict[str, str], Path], name: str
) -> None:
    api, auth, _ = upload

    response = api.post("/api/ingest", files={"file": (name, "text")}, headers=auth)

    assert response.status_code in (415, 422)
    assert response.json()["error"]["code"] in ("E106", "E400")


@pytest.mark.parametrize(
    ("given", "saved"),
    [
        ("Report (final).HTML", "Report_final.html"),
        ("../../a b.txt", "a_b.txt"),
        ("C:\\Users\\x\\notes.md", "notes.md"),
        ("archive.warc.gz", "archive.warc.gz"),
        ("...notes.txt", "notes.txt"),
    ],
)
def test_safe_names_keep_only_a_plain_base_name_and_the_extension(given: str, saved: str) -> None:
    assert safe_name(given) == saved


def test_safe_name_refuses_what_ingest_cannot_read() -> None:
    with pytest.raises(UnsupportedFormatError):
        safe_name("run.sh")


def test_uploads_default_to_a_folder_beside_the_sqlite_store(tmp_path: Path) -> None:
    """Not the directory `serve` starts in: the uploads stay with the store they fed."""
    from historiograph.cli.serve import default_upload_dir

    assert default_upload_dir(str(tmp_path / "archive.db")) == tmp_path / "archive-uploads"
    assert default_upload_dir("postgresql://host/history") == Path("historiograph-uploads")


@pytest.mark.model
def test_an_upload_names_its_encoding_as_the_command_line_does(
    upload: tuple[TestClient, dict[str, str], Path],
) -> None:
    api, auth, _ = upload
    letter = "Lettre du préfet\n\nLe préfet a déclaré que deux gendarmes ont été blessés.\n"
    data = letter.encode("cp1252")

    guessed = api.post("/api/ingest", files={"file": ("l.txt", data)}, headers=auth)
    named = api.post(
        "/api/ingest", files={"file": ("l.txt", data)}, data={"encoding": "cp1252"}, headers=auth
    )

    assert guessed.status_code == 201 and guessed.json()["failures"][0]["code"] == "E103"
    assert named.status_code == 201 and named.json()["stored"] == 1, named.text
    document = api.get(f"/api/documents/{named.json()['documents'][0]}").json()
    assert "déclaré" in document["document"]["text"]


@pytest.mark.parametrize("encoding", ["klingon", "base64", "rot13"])
def test_an_unknown_encoding_is_refused_before_anything_is_saved(
    upload: tuple[TestClient, dict[str, str], Path], encoding: str
) -> None:
    api, auth, tmp_path = upload

    response = api.post(
        "/api/ingest", files={"file": ("a.txt", ARTICLE)}, data={"encoding": encoding}, headers=auth
    )

    assert response.status_code == 400
    assert encoding in response.json()["error"]["message"]
    assert not (tmp_path / "uploads").exists() or list((tmp_path / "uploads").iterdir()) == []
