"""make run's server (deploy/editors.py): the app, and the reading edition under /read/ as make
serve has it, so every "Simple page" link the app shows opens its twin (before, under make run it
opened Streamlit's page shell at a deep address: a blank page)."""

from __future__ import annotations

import pytest

from harness.browser import serve
from liverguide.site import PAGES
from tests.conftest import ROOT
from tests.e2e.test_serve import get_status


@pytest.fixture(scope="module")
def editors(edition):
    env = {
        "LIVERGUIDE_SITE": str(edition),
        "PYTHONPATH": str(ROOT),
    }
    with serve(ROOT / "deploy" / "editors.py", env=env) as server:
        yield server.url


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_reading_twin_the_app_links_to_opens_under_make_run(editors, content, lang):
    twins = [p for p in PAGES if p.reading]
    assert len(twins) >= 5
    for site_page in twins:
        status, headers, answer = get_status(f"{editors}/{site_page.reading_address(lang)}")
        kind, body = headers.get("content-type", ""), answer.decode("utf-8")
        assert status == 200 and kind.startswith("text/html"), site_page.url_path
        assert "<main" in body and 'id="root"' not in body, f"{site_page.url_path}: the app's page shell"


def test_the_app_is_still_there_and_a_missing_plain_page_is_not_found(editors):
    status, headers, answer = get_status(f"{editors}/")
    kind, body = headers.get("content-type", ""), answer.decode("utf-8")
    assert status == 200 and kind.startswith("text/html") and 'id="root"' in body, "the app's page shell"
    assert get_status(f"{editors}/read/en/nothing.html")[0] == 404
