"""Which database to use: ``--db``, then ``$HISTORIOGRAPH_DB``, then ``./historiograph.db``."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url

DB_ENV_VAR = "HISTORIOGRAPH_DB"
DEFAULT_DB = "historiograph.db"

POSTGRES_DRIVER = "psycopg"
"""The PostgreSQL driver historiograph installs (psycopg 3), used when a URL names none."""

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def resolve_db_url(db: str | None) -> str:
    """The SQLAlchemy URL for ``db``, falling back to the environment, then the default file.

    A value with a scheme (``sqlite:///x.db``, ``postgresql://...``) passes through,
    except that ``postgresql://`` and ``postgres://`` without a driver get psycopg 3:
    SQLAlchemy would otherwise pick psycopg2, which historiograph does not install.
    Anything else is a path and becomes an absolute SQLite URL, so the same
    database is used whatever directory a later command runs from.
    """
    value = db or os.environ.get(DB_ENV_VAR) or DEFAULT_DB
    if _URL_SCHEME.match(value):
        scheme = value.split("://", 1)[0].lower()
        if scheme in ("postgresql", "postgres"):
            url = make_url("postgresql" + value[len(scheme) :])
            return url.set(drivername=f"postgresql+{POSTGRES_DRIVER}").render_as_string(
                hide_password=False
            )
        return value
    path = Path(value).expanduser().resolve()
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)
