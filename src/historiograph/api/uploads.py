"""Saving an uploaded file safely: bounded in size, named by us, inside the upload folder.

An upload's name and bytes come from whoever sent them. The name is only a
hint: it is reduced to a short, plain base name (no folders, no ``..``, no
control or shell characters) that keeps the extension ingest needs, and the
file is stored under a name prefixed with the hash of its content, so two
uploads never overwrite each other and nothing is ever written outside the
folder. Reading stops as soon as the limit is passed.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO

from historiograph.errors import TooLargeError, UnsupportedFormatError, UsageError
from historiograph.ingest.model import SUFFIXES, format_of

CHUNK = 1 << 16
MAX_NAME = 80
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(filename: str | None) -> str:
    """A plain file name from a client's: base name only, safe characters, known extension."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = _UNSAFE.sub("_", base).strip("._")
    if format_of(base) is None:
        known = ", ".join(sorted(SUFFIXES))
        raise UnsupportedFormatError(
            f"cannot ingest {filename!r}: unsupported file type (reads {known})"
        )
    suffix = next(s for s in sorted(SUFFIXES, key=len, reverse=True) if base.lower().endswith(s))
    stem = base[: len(base) - len(suffix)].strip("._")[: MAX_NAME - len(suffix)] or "upload"
    return stem + suffix.lower()


def save_upload(stream: BinaryIO, filename: str | None, folder: Path, *, max_bytes: int) -> Path:
    """Copy ``stream`` into ``folder`` (at most ``max_bytes``) and return where it was saved."""
    name = safe_name(filename)
    root = folder.resolve()
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle, temp = tempfile.mkstemp(dir=root, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise TooLargeError(f"upload is larger than the limit of {max_bytes} bytes")
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise UsageError("the upload is empty")
        target = (root / f"{digest.hexdigest()[:12]}-{name}").resolve()
        if target.parent != root:
            raise UsageError(f"refusing to write {name!r} outside the upload folder")
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
