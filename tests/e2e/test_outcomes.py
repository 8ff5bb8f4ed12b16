"""In real Chromium: the outcomes page keeps its numbers behind a gentle gate, then draws the charts
and the 100-person picture as SVG, readable on a phone and passing the accessibility check."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from liverguide.content import load_content
from tests.e2e.conftest import ROOT, browser_page, open_page, photograph_and_check, wait_for_app

CONTENT = load_content(ROOT / "content")


@pytest.mark.parametrize("name", ["desktop", "phone"])
def test_the_numbers_show_as_svg_charts_and_100_people_after_the_reader_asks(browser, app_url: str, name: str):
    with browser_page(browser, name) as page:
        open_page(page, app_url, "/outcomes")
        main = page.get_by_test_id("stMain")
        expect(main.get_by_test_id("stPlotlyChart")).to_have_count(0)
        expect(main).not_to_contain_text("out of 100")
        main.get_by_role("button", name=CONTENT.ui["show_numbers"]["en"]).click()
        wait_for_app(page)
        charts = main.get_by_test_id("stPlotlyChart")
        expect(charts).to_have_count(3)
        for i in range(3):
            expect(charts.nth(i).locator("svg.main-svg").first).to_be_visible()
        # The bar chart draws one bar per row of its endpoint, and the clinic's arrow.
        survival = charts.nth(0)
        rows = [o for o in CONTENT.outcomes if o.endpoint == "5y_survival"]
        expect(survival.locator("g.point path")).to_have_count(len(rows))
        expect(survival).to_contain_text("more than 60 out of 100")
        # The picture: 100 people, each a head and a body, 60 of them filled (the clinic's figure).
        icons = charts.nth(1)
        expect(icons.locator("g.shapelayer path")).to_have_count(200)
        expect(icons).to_have_attribute(
            "aria-label", CONTENT.ui_text("icons_alt", "en", n=60, sentence=_seed_sentence())
        )
        photograph_and_check(page, f"outcomes-numbers-{name}")


def _seed_sentence() -> str:
    seed = next(o for o in CONTENT.outcomes if o.in_seed)
    return CONTENT.ui_text(
        "icons_sentence",
        "en",
        freq="more than 60 out of 100",
        group=seed.population["en"],
        treatment=seed.treatment["en"],
    )
