"""Expanding inputs for a corpus of any size: each file once, in memory that does not grow."""

from __future__ import annotations

import glob
import os
import tracemalloc
from pathlib import Path

import pytest

from historiograph.ingest import IngestFailure, expand_inputs


def make_tree(root: Path, names: list[str]) -> Path:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    return root


def expanded(inputs: list[str], root: Path) -> list[str]:
    found = []
    for item in expand_inputs(inputs):
        assert not isinstance(item, IngestFailure), item
        found.append(Path(item).relative_to(root).as_posix())
    return found


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return make_tree(
        tmp_path / "c",
        ["a.txt", "b.html", "sub/c.txt", "sub/deep/d.md", "sub/.hidden.txt", "other/e.txt"],
    )


def test_overlapping_inputs_yield_each_file_once_in_first_seen_order(tree: Path) -> None:
    c = str(tree)
    assert expanded([c, f"{c}/**/*.txt", f"{c}/sub", f"{c}/a.txt"], tree.parent) == [
        "c/a.txt",
        "c/b.html",
        "c/other/e.txt",
        "c/sub/c.txt",
        "c/sub/deep/d.md",
    ]
    # The narrower input first: the folder after it adds only what is new.
    assert expanded([f"{c}/sub", c], tree.parent) == [
        "c/sub/c.txt",
        "c/sub/deep/d.md",
        "c/a.txt",
        "c/b.html",
        "c/other/e.txt",
    ]
    assert expanded([c, c], tree.parent) == expanded([c], tree.parent)


def test_a_glob_matching_a_folder_and_files_in_it_yields_them_once(tree: Path) -> None:
    c = str(tree)
    assert expanded([f"{c}/**"], tree.parent) == expanded([c], tree.parent)
    assert expanded([f"{c}/*"], tree.parent) == [  # files, then each folder's walk
        "c/a.txt",
        "c/b.html",
        "c/other/e.txt",
        "c/sub/c.txt",
        "c/sub/deep/d.md",
    ]
    assert sorted(expanded([f"{c}/**/*"], tree.parent)) == sorted(expanded([c], tree.parent))


@pytest.mark.parametrize(
    "pattern",
    ["**/*.txt", "*/*.txt", "c/*/*.txt", "c/**/d.md", "c/s?b/*", "c/[ab].*", "c/**/.hidden.txt"],
)
def test_globs_find_what_python_glob_finds(
    tree: Path, pattern: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python's matches, with each folder matched walked (as a folder named on its own is)."""
    monkeypatch.chdir(tree.parent)
    files: set[str] = set()
    for match in glob.glob(pattern, recursive=True):
        if os.path.isdir(match):
            files.update(f for f in expanded([match], Path()))
        elif not match.endswith(".csv"):
            files.add(match)
    assert sorted(expanded([pattern], Path())) == sorted(files)


def test_only_what_an_earlier_input_yielded_is_skipped(tree: Path) -> None:
    c = str(tree)
    (tree / "notes.csv").write_text("x", encoding="utf-8")
    # The walk skipped these (hidden, unsupported): named on their own, they are read or reported.
    found = expanded([c, f"{c}/sub/.hidden.txt", f"{c}/notes.csv"], tree.parent)
    assert found[-2:] == ["c/sub/.hidden.txt", "c/notes.csv"]
    # Another entry for the same content is another file: the store keeps one document.
    os.symlink(tree / "a.txt", tree / "other" / "link.txt")
    assert "c/other/link.txt" in expanded([c], tree.parent)
    # A folder reached through a symbolic link is the same folder.
    os.symlink(tree / "sub", tree.parent / "alias")
    assert expanded([c, str(tree.parent / "alias")], tree.parent) == expanded([c], tree.parent)


def test_standard_input_and_missing_inputs(tree: Path) -> None:
    items = list(expand_inputs(["-", str(tree / "nope.txt"), f"{tree}/*.pdf", "-"]))
    assert items[0] == "-" and len(items) == 3
    assert all(isinstance(i, IngestFailure) and i.error.code == "E107" for i in items[1:])


def peak_bytes(inputs: list[str]) -> int:
    tracemalloc.start()
    try:
        for _ in expand_inputs(inputs):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_number_of_files(tmp_path: Path) -> None:
    """200 files, then 2,000: folders as wide, one level deeper (a listing is one folder's)."""
    files = [f"doc{i:02d}.txt" for i in range(20)]
    small = make_tree(tmp_path / "small", [f"a{a}/{f}" for a in range(10) for f in files])
    large = make_tree(
        tmp_path / "large", [f"a{a}/b{b}/{f}" for a in range(10) for b in range(10) for f in files]
    )
    # Overlapping inputs, so that every file is checked against the ones before it.
    small_peak = peak_bytes([str(small / "a0"), str(small), f"{small}/**/*.txt"])
    large_peak = peak_bytes([str(large / "a0"), str(large), f"{large}/**/*.txt"])
    assert large_peak < 1.5 * small_peak
