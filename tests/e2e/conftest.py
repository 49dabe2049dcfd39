"""End-to-end fixtures: the workbench on a real port, driven by headless Chromium.

The browser is Debian's ``chromium`` (``apt-get install chromium``), driven by
Playwright's Python client with ``executable_path``; Playwright's own browser
downloads are never used. Tests skip with a clear message when either is
missing. The store is the demo corpus run through the real pipeline, plus a
hostile document whose text carries a script tag and two accounts of one raid
that disagree on its date. Every request the page makes
outside the app is aborted and recorded, which proves the pages work offline.
Screenshots go to ``$HISTORIOGRAPH_E2E_ARTIFACTS`` (default: pytest's temporary
folder, ``.../e2e-screenshots``).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest

from historiograph.api import create_app
from historiograph.pipeline import build_pipeline, ingest
from historiograph.reconcile import reconcile_pending
from historiograph.store import Store
from historiograph.store.review import create_token
from workbench_store import RAIDS, hostile_record, raid_record

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: end-to-end test in headless Chromium")


@dataclass
class Workbench:
    """A running workbench: its URL, a write token, and the demo store's ids."""

    url: str
    token: str
    hostile_id: str
    blocked: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(
        os.environ.get("HISTORIOGRAPH_E2E_ARTIFACTS")
        or tmp_path_factory.getbasetemp() / "e2e-screenshots"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def workbench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workbench]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="the playwright Python package is missing")
    import uvicorn

    folder = tmp_path_factory.mktemp("e2e")
    db = str(folder / "demo.db")
    with Store.open(db) as store, as_file(files("historiograph") / "data" / "demo") as demo:
        ingest([str(demo)], store=store, pipeline=build_pipeline(), max_bytes=10_000_000)
        hostile = hostile_record()
        store.save_record(hostile)
        # Two accounts of one raid that disagree on its date (April 8 / June 2, 2011), so
        # the timeline has a disputed date whatever the extractor makes of the demo.
        for raid in (RAIDS[0], RAIDS[2]):
            store.save_record(raid_record(*raid))
        reconcile_pending(store)
        _, token = create_token(store, "e2e-reviewer")
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(db, upload_dir=folder / "uploads"),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the workbench server did not start")
        time.sleep(0.05)
    yield Workbench(url=f"http://127.0.0.1:{port}", token=token, hostile_id=hostile.document.id)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser_context(
    workbench: Workbench, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )

        def offline(route: Any) -> None:
            if route.request.url.startswith(workbench.url):
                route.continue_()
            else:
                workbench.blocked.append(route.request.url)
                route.abort()

        context.route("**/*", offline)
        yield context
        context.close()


@pytest.fixture
def page(browser_context: Any) -> Iterator[Any]:
    """A fresh tab; fails the test on any JavaScript error the page raises."""
    tab = browser_context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    tab.close()
    assert errors == [], f"JavaScript errors: {errors}"
