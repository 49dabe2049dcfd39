"""Which database to use: ``--db``, then ``$HISTORIOGRAPH_DB``, then ``./historiograph.db``."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.engine import URL

DB_ENV_VAR = "HISTORIOGRAPH_DB"
DEFAULT_DB = "historiograph.db"

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def resolve_db_url(db: str | None) -> str:
    """The SQLAlchemy URL for ``db``, falling back to the environment, then the default file.

    A value with a scheme (``sqlite:///x.db``, ``postgresql://...``) passes through
    unchanged; anything else is a path and becomes an absolute SQLite URL, so the
    same database is used whatever directory a later command runs from.
    """
    value = db or os.environ.get(DB_ENV_VAR) or DEFAULT_DB
    if _URL_SCHEME.match(value):
        return value
    path = Path(value).expanduser().resolve()
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)
