"""``historiograph serve``: the API and web workbench on a local port."""

from __future__ import annotations

from pathlib import Path

import click
from sqlalchemy.engine import make_url

from historiograph.cli.options import db_option
from historiograph.store import resolve_db_url


def default_upload_dir(db: str | None) -> Path:
    """Where uploads go unless ``--uploads`` says: beside a SQLite store, named after it.

    Uploads belong to the store they were ingested into; a folder in whatever
    directory ``serve`` happens to start from would scatter them (and drop them
    into a source checkout). A server database keeps the old relative folder.
    """
    url = make_url(resolve_db_url(db))
    database = url.database
    is_file = bool(database) and database != ":memory:" and not str(database).startswith("file:")
    if url.get_backend_name() == "sqlite" and database and is_file:
        path = Path(database)
        return path.with_name(f"{path.stem}-uploads")
    from historiograph.api.app import DEFAULT_UPLOAD_DIR

    return DEFAULT_UPLOAD_DIR


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--uploads",
    "upload_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder where uploaded documents are saved (nothing is written outside it) "
    "[default: beside the SQLite store, e.g. archive-uploads/ for archive.db].",
)
@click.option(
    "--max-upload-mb",
    type=click.IntRange(1, 1024),
    default=10,
    show_default=True,
    help="Largest upload accepted.",
)
@click.option(
    "--no-token",
    is_flag=True,
    help="Let anyone who can reach the server write (for a workbench on your own machine).",
)
def serve(
    db: str | None,
    host: str,
    port: int,
    upload_dir: Path | None,
    max_upload_mb: int,
    no_token: bool,
) -> None:
    """Serve the workbench: the JSON API (/api, described at /openapi.json) and the web UI.

    Read-only by default: writes (review, upload) need a token from
    `historiograph token create NAME`, sent as 'Authorization: Bearer TOKEN'.

    \b
    Example:
        historiograph serve --db demo.db --port 8000
    """
    import uvicorn

    from historiograph.api import create_app

    app = create_app(
        db,
        token_required_for_writes=not no_token,
        upload_dir=upload_dir or default_upload_dir(db),
        max_upload_bytes=max_upload_mb * 1024 * 1024,
    )
    click.echo(f"historiograph workbench on http://{host}:{port}/ (Ctrl-C stops it)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
