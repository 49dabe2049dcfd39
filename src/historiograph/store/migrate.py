"""Bring a database's schema up to date with the Alembic migrations shipped in the package.

No ``alembic.ini`` is needed: :func:`alembic_config` builds the configuration in
code and hands Alembic an open connection. To write a new migration after
changing :mod:`historiograph.store.schema`, from a checkout::

    from alembic import command
    from historiograph.store import Store
    from historiograph.store.migrate import alembic_config

    with Store.open("scratch.db") as store, store.engine.begin() as conn:
        command.revision(alembic_config(conn), "what changed", autogenerate=True,
                         rev_id="0004")

then review the generated file, ``migrations/versions/r0004_<slug>.py``
(the next number after the newest revision there).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from historiograph.errors import StoreError
from historiograph.store.engine import WRITE

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection) -> Config:
    """An Alembic configuration for the packaged migrations, working on ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    config.set_main_option("file_template", "r%%(rev)s_%%(slug)s")
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine) -> None:
    """Migrate to the newest schema in one transaction (a no-op when already there)."""
    with engine.connect() as connection:
        connection.execution_options(**{WRITE: True})
        with connection.begin():
            try:
                command.upgrade(alembic_config(connection), "head")
            except CommandError as exc:
                raise StoreError(
                    f"cannot migrate the database schema ({exc}); it may have been "
                    "written by a newer historiograph"
                ) from exc


def head_revision() -> str | None:
    """The newest migration shipped with this package."""
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The migration the database is at (``None`` for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()
