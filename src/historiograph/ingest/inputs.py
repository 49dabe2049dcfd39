"""Turn the command line's inputs (files, folders, globs, "-") into the files to read.

Folders are walked recursively in sorted order, so two runs over the same
corpus see the files in the same order; hidden files and folders (".git",
".DS_Store") and files ingest cannot read are skipped there, while a file
named explicitly with an unsupported type is reported, since the user asked
for it. Nothing is read here, so counting inputs for a progress bar is cheap.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from historiograph.errors import NotFoundError
from historiograph.ingest.model import IngestFailure, format_of
from historiograph.ingest.readers import STDIN

_GLOB_CHARACTERS = frozenset("*?[")


def _walk(folder: str) -> Iterator[str]:
    """Supported, non-hidden files under a folder, depth first, names sorted."""
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and format_of(name) is not None:
                yield os.path.join(root, name)


def _expand_glob(pattern: str) -> Iterator[str]:
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            yield from _walk(match)
        elif format_of(match) is not None:
            yield match


def _expand_one(item: str) -> Iterator[str | IngestFailure]:
    if item == STDIN:
        yield STDIN
    elif os.path.isdir(item):
        yield from _walk(item)
    elif os.path.lexists(item):
        yield item
    elif _GLOB_CHARACTERS & set(item):
        matches = list(_expand_glob(item))
        if not matches:
            yield IngestFailure(item, NotFoundError(f"no readable file matches {item!r}"))
        yield from matches
    else:
        yield IngestFailure(item, NotFoundError(f"no such file or folder: {item}"))


def expand_inputs(inputs: Sequence[str]) -> Iterator[str | IngestFailure]:
    """Yield each file to read once, in order, and a failure for each input that names nothing.

    The same file reached twice (a folder and a glob inside it) is read once.
    """
    seen: set[str] = set()
    for item in inputs:
        for expanded in _expand_one(item):
            if isinstance(expanded, IngestFailure):
                yield expanded
                continue
            identity = expanded if expanded == STDIN else str(Path(expanded).resolve())
            if identity not in seen:
                seen.add(identity)
                yield expanded
