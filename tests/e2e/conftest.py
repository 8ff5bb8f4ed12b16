"""Browser-test fixtures: one guide server per session, Debian's Chromium, and small page helpers."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Stop Chromium calling home on a closed network; root needs --no-sandbox.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
PAGES = {
    "home": "/",
    "questions": "/questions",
    "pathway": "/pathway",
    "outcomes": "/outcomes",
    "treatments": "/treatments",
    "aftercare": "/aftercare",
    "handout": "/handout",
    "glossary": "/glossary",
    "about": "/about",
}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs Debian's chromium")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(script: Path = ROOT / "app.py"):
    """The guide (or another script, for the benchmark's baseline), served as `make run` serves it,
    on a free port of this machine. Yields (url, process).

    The server's output goes to a log file in the temp folder, named by port, for debugging.
    """
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless=true"]
    command += [f"--server.port={port}", "--server.address=127.0.0.1", "--server.fileWatcherType=none"]
    with open(Path(tempfile.gettempdir()) / f"liverguide-e2e-{port}.log", "w") as log:
        # Run from the project folder, so .streamlit/config.toml applies to the baseline too.
        proc = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while not _healthy(url):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the guide's server did not start; see {log.name}")
                time.sleep(0.2)
            yield url, proc
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def _healthy(url: str) -> bool:
    try:
        return urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok"
    except OSError:
        return False


@pytest.fixture(scope="session")
def app_url():
    with serve() as (url, _):
        yield url


@pytest.fixture
def fresh_app_url():
    """A server that no browser has visited yet (its first request is the test's)."""
    with serve() as (url, _):
        yield url


def wait_for_app(page: Page) -> None:
    """Wait until the script has finished and nothing is still loading (as Streamlit's own e2e tests do)."""
    page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']").wait_for(state="attached")
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(state="attached")
    expect(page.get_by_test_id("stMain").get_by_test_id("stSkeleton")).to_have_count(0)


def open_page(page: Page, app_url: str, path: str) -> None:
    page.goto(app_url + path)
    wait_for_app(page)


def assert_accessible(page: Page) -> None:
    """axe-core (the copy bundled with axe-playwright-python) finds no serious or critical WCAG 2.2 AA problem."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("(o) => axe.run(document, o)", {"runOnly": {"type": "tag", "values": AXE_TAGS}})
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)


@contextlib.contextmanager
def browser_page(browser, width: str):
    """A fresh session in a new browser context at "desktop" (1280 px) or "phone" (390 px) width."""
    context = browser.new_context(viewport=DESKTOP if width == "desktop" else PHONE, is_mobile=width == "phone")
    try:
        yield context.new_page()
    finally:
        context.close()


def photograph_and_check(page: Page, name: str) -> None:
    """A screenshot to look at, then the gates every screen passes: nothing scrolls sideways, no
    link label is cut off, and axe finds no serious or critical problem."""
    assert screenshot(page, name).stat().st_size > 10_000
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px"
    cut = page.evaluate(
        "Array.from(document.querySelectorAll('[data-testid=stPageLink-NavLink] p, "
        "[data-testid=stPageLink-NavLink] span')).filter(e => e.scrollWidth > e.clientWidth + 1)"
        ".map(e => e.textContent)"
    )
    assert cut == [], f"link labels cut off in {name}: {cut}"
    assert_accessible(page)


def screenshot(page: Page, name: str) -> Path:
    """The whole page: Streamlit scrolls inside its own container, so grow the window to fit it first."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    size = page.viewport_size
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], height + 100)})
    wait_for_app(page)
    page.screenshot(path=path, full_page=True)
    page.set_viewport_size(size)
    return path
