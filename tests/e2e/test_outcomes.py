"""In real Chromium: the outcomes page keeps its numbers behind a gentle gate, then draws the charts
and the 100-person picture as SVG, readable on a phone and passing the accessibility check."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from harness.browser import browser_page, open_page, photograph_and_check, wait_for_app
from liverguide.outcomes import FIRST_PICTURE, for_endpoint, frequency, out_of_100, the_rest


@pytest.mark.parametrize("name", ["desktop", "phone"])
def test_the_numbers_show_as_svg_charts_and_100_people_after_the_reader_asks(browser, app_url: str, name: str, content):
    en = content.in_language("en")
    seed = next(o for o in content.outcomes if o.in_seed)
    seed_words = frequency(en, seed)
    with browser_page(browser, name) as page:
        open_page(page, app_url, "/outcomes")
        main = page.get_by_test_id("stMain")
        expect(main.get_by_test_id("stPlotlyChart")).to_have_count(0)
        expect(main).not_to_contain_text("out of 100")
        main.get_by_role("button", name=en.ui("show_numbers")).click()
        wait_for_app(page)
        charts = main.get_by_test_id("stPlotlyChart")
        expect(charts).to_have_count(3)
        for i in range(3):
            expect(charts.nth(i).locator("svg.main-svg").first).to_be_visible()
        # The bar chart draws one bar per row of its endpoint, and the clinic's arrow.
        survival = charts.nth(0)
        expect(survival.locator("g.point path")).to_have_count(len(for_endpoint(content, "5y_survival")))
        expect(survival).to_contain_text(seed_words)
        # The caveat on the clinic's figure sits under the bars.
        expect(main).to_contain_text(en(content.sections["outcomes_clinic_caveat"].heading))
        # The picture: 100 people, each a head and a body, a sourced group's figure filled (not the clinic's).
        icons = charts.nth(1)
        expect(icons.locator("g.shapelayer path")).to_have_count(200)
        first = next(o for o in content.outcomes if o.id == FIRST_PICTURE)
        words = frequency(en, first)
        sentence = en.ui(
            "icons_sentence",
            freq=words,
            rest=the_rest(en, first),
            group=en(first.population),
            treatment=en(first.treatment),
        )
        expect(icons).to_have_attribute("aria-label", en.ui("icons_alt", n=out_of_100(first.value), sentence=sentence))
        photograph_and_check(page, f"outcomes-numbers-{name}")
