"""Turn the command line's inputs (files, folders, globs, "-") into the files to read.

Folders are walked recursively in sorted order, so two runs over the same
corpus see the files in the same order; hidden files and folders (".git",
".DS_Store") and files ingest cannot read are skipped there, while a file
named explicitly with an unsupported type is reported, since the user asked
for it. Globs are matched the same way, streamed folder by folder in sorted
order, never listed whole. Nothing is read here, so counting inputs for a
progress bar is cheap.

A file is yielded once even when the inputs overlap (a folder and a glob
inside it, a folder and one of its files, the same folder twice, a glob
matching a folder and the files in it). Memory does not grow with the
corpus: instead of remembering every path yielded, each file is checked
against the *inputs* before it (:class:`_Earlier`), which is what can repeat
it: a folder walk on its own never yields a path twice. "The same file" is
the same directory entry, by its folder's real path and its name: two
entries for one content (a copy, a hard or symbolic link) are both read, and
the store, keyed by the hash of the cleaned text, keeps the document once and
counts the other as skipped.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from historiograph.errors import NotFoundError
from historiograph.ingest.model import IngestFailure, format_of
from historiograph.ingest.readers import STDIN

_GLOB_CHARACTERS = frozenset("*?[")
_RECURSIVE = "**"


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: str) -> Iterator[str]:
    """Supported, non-hidden files under a folder, depth first, names sorted."""
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not _hidden(name))
        for name in sorted(files):
            if not _hidden(name) and format_of(name) is not None:
                yield os.path.join(root, name)


def _walked(rest: Sequence[str]) -> bool:
    """Whether a walk yields the file at ``rest`` (path parts) below the folder walked."""
    return bool(rest) and not any(_hidden(p) for p in rest) and format_of(rest[-1]) is not None


# -- globs -------------------------------------------------------------------------------------


def _is_magic(part: str) -> bool:
    return bool(_GLOB_CHARACTERS & set(part))


def _part_matches(name: str, part: str) -> bool:
    """One path part against one pattern part; wildcards skip hidden names, as :mod:`glob` does."""
    if not _is_magic(part):
        return name == part
    return fnmatch.fnmatch(name, part) and (not _hidden(name) or _hidden(part))


@dataclass(frozen=True)
class _Pattern:
    """A recursive glob split into its literal root folder and the parts after it."""

    root: str
    parts: tuple[str, ...]

    @classmethod
    def parse(cls, pattern: str) -> _Pattern:
        if os.altsep:
            pattern = pattern.replace(os.altsep, os.sep)
        pieces = pattern.split(os.sep)
        first = next(i for i, piece in enumerate(pieces) if _is_magic(piece))
        root = os.sep.join(pieces[:first]) or (os.sep if pattern.startswith(os.sep) else "")
        parts: list[str] = []
        for piece in pieces[first:]:
            if piece and not (piece == _RECURSIVE and parts and parts[-1] == _RECURSIVE):
                parts.append(piece)
        return cls(root, tuple(parts))

    def matches(self, rel: Sequence[str], parts: Sequence[str] | None = None) -> bool:
        """Whether the path ``rel`` (parts below :attr:`root`) matches the pattern."""
        parts = self.parts if parts is None else parts
        if not parts:
            return not rel
        head, rest = parts[0], parts[1:]
        if head == _RECURSIVE:  # zero folders, or one more non-hidden folder
            if self.matches(rel, rest):
                return True
            return bool(rel) and not _hidden(rel[0]) and self.matches(rel[1:], parts)
        return bool(rel) and _part_matches(rel[0], head) and self.matches(rel[1:], rest)

    def yields(self, rel: Sequence[str]) -> bool:
        """Whether expanding the glob yields the file at ``rel``: matched, or under a match."""
        if self.matches(rel) and format_of(rel[-1]) is not None:
            return True
        return any(self.matches(rel[:i]) and _walked(rel[i:]) for i in range(len(rel)))

    def expand(self) -> Iterator[str]:
        """The files the glob names: each match that is a supported file, or a folder's walk.

        A match inside a folder that also matched is left out: the folder's
        walk yields it. Checking the match's own ancestors against the pattern
        takes no memory, where remembering the folders walked would.
        """
        for path, rel in self._search(self.root, (), self.parts):
            if any(self.matches(rel[:i]) for i in range(len(rel))):
                continue
            if os.path.isdir(path):
                yield from _walk(path)
            elif format_of(path) is not None:
                yield path

    def _search(
        self, base: str, rel: tuple[str, ...], parts: Sequence[str]
    ) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Paths under ``base`` matching ``parts``, one folder listed at a time, names sorted."""
        if not parts or (parts[0] == _RECURSIVE and len(parts) == 1):
            yield base or os.curdir, rel  # "folder/**" is the folder's walk
            return
        head, rest = parts[0], parts[1:]
        if head == _RECURSIVE:
            yield from self._search(base, rel, rest)
            for name in _sorted_entries(base):
                path = os.path.join(base, name)
                if not _hidden(name) and os.path.isdir(path) and not os.path.islink(path):
                    yield from self._search(path, (*rel, name), parts)
            return
        names = _sorted_entries(base) if _is_magic(head) else [head]
        for name in names:
            path = os.path.join(base, name)
            if not _part_matches(name, head) or not os.path.lexists(path):
                continue
            if not rest:
                yield path, (*rel, name)
            elif os.path.isdir(path):
                yield from self._search(path, (*rel, name), rest)


def _sorted_entries(folder: str) -> list[str]:
    """One folder's names, sorted (one folder at a time: never the whole tree)."""
    try:
        return sorted(os.listdir(folder or os.curdir))
    except OSError:
        return []


# -- what the earlier inputs cover ---------------------------------------------------------------


def _location(path: str) -> tuple[str, str]:
    """A directory entry's identity: its folder's real path, and its name."""
    folder, name = os.path.split(os.path.abspath(path))
    return os.path.realpath(folder), name


@dataclass
class _Earlier:
    """The inputs expanded so far, to tell whether one of them already yielded a file.

    Kept per input, not per file: explicit files by location, folders by real
    path, globs as patterns over their root's real path. A file is checked
    against its own folders' chain, so the cost is the path's depth (plus one
    match per glob input), and nothing grows with the files yielded.
    """

    files: set[tuple[str, str]] = field(default_factory=set)
    folders: set[str] = field(default_factory=set)
    globs: list[_Pattern] = field(default_factory=list)
    _last_folder: tuple[str, str] = ("", "")

    def add(self, item: str) -> None:
        if os.path.isdir(item):
            self.folders.add(os.path.realpath(item))
        elif os.path.lexists(item):
            self.files.add(_location(item))
        elif _GLOB_CHARACTERS & set(item):
            pattern = _Pattern.parse(item)
            self.globs.append(_Pattern(os.path.realpath(pattern.root or os.curdir), pattern.parts))

    def __bool__(self) -> bool:
        return bool(self.files or self.folders or self.globs)

    def covers(self, path: str) -> bool:
        folder, name = self._real_folder(path), os.path.basename(path)
        if (folder, name) in self.files:
            return True
        parts = [*folder.split(os.sep)[1:], name]  # [1:]: the empty part before the root "/"
        for i in range(len(parts) - 1, 0, -1):
            if os.sep + os.sep.join(parts[:i]) in self.folders and _walked(parts[i:]):
                return True
        for pattern in self.globs:
            root = [p for p in pattern.root.split(os.sep) if p]
            if parts[: len(root)] == root and pattern.yields(parts[len(root) :]):
                return True
        return False

    def _real_folder(self, path: str) -> str:
        """The real path of ``path``'s folder (the last is kept: files come folder by folder)."""
        folder = os.path.dirname(os.path.abspath(path))
        if folder != self._last_folder[0]:
            self._last_folder = (folder, os.path.realpath(folder))
        return self._last_folder[1]


def _expand_one(item: str) -> Iterator[str | IngestFailure]:
    if item == STDIN:
        yield STDIN
    elif os.path.isdir(item):
        yield from _walk(item)
    elif os.path.lexists(item):
        yield item
    elif _GLOB_CHARACTERS & set(item):
        found = False
        for path in _Pattern.parse(item).expand():
            found = True
            yield path
        if not found:
            yield IngestFailure(item, NotFoundError(f"no readable file matches {item!r}"))
    else:
        yield IngestFailure(item, NotFoundError(f"no such file or folder: {item}"))


def expand_inputs(inputs: Sequence[str]) -> Iterator[str | IngestFailure]:
    """Yield each file to read once, in order, and a failure for each input that names nothing.

    The same file reached twice (a folder and a glob inside it) is read once;
    see the module docstring for what "the same" means and why this takes
    memory in proportion to the inputs, not to the files they hold.
    """
    earlier = _Earlier()
    stdin_seen = False
    for item in inputs:
        for expanded in _expand_one(item):
            if expanded == STDIN:
                if not stdin_seen:
                    stdin_seen = True
                    yield STDIN
            elif isinstance(expanded, IngestFailure) or not earlier or not earlier.covers(expanded):
                yield expanded
        if item != STDIN:
            earlier.add(item)
