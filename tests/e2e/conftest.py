"""Browser-test fixtures: one guide server per session, and Debian's Chromium (harness/browser.py
has the plumbing, which make bench and make load share)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from harness.browser import CHROMIUM, CHROMIUM_ARGS, serve

# How long an expectation waits for the page to show something (not a limit on speed: on a loaded
# 2-core machine the first plotly chart of a run can take more than Playwright's default 5 s to draw).
expect.set_options(timeout=30_000)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs Debian's chromium")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def app_url(content):
    """The guide's server for the whole run (after the content has loaded: a broken file skips these tests)."""
    with serve() as server:
        yield server.url


@pytest.fixture
def fresh_app_url(content):
    """A server that no browser has visited yet (its first request is the test's)."""
    with serve() as server:
        yield server.url
