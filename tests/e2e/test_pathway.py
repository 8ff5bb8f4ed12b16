"""In real Chromium: a reader clicks through the pathway chooser to a route, and the flowchart marks the path."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from liverguide.content import load_content
from tests.e2e.conftest import ROOT, browser_page, open_page, photograph_and_check, wait_for_app

CONTENT = load_content(ROOT / "content")
QUESTIONS = CONTENT.pathway_questions
RESULTS = CONTENT.pathway_results


def choose(page: Page, field: str, option: str) -> None:
    """Click an answer by its words, inside the box that holds the question, and wait for the rerun."""
    words = QUESTIONS[field].options[option]["en"]
    radio = page.get_by_test_id("stMain").get_by_test_id("stRadio").filter(has_text=words)
    radio.get_by_text(words, exact=True).click()
    wait_for_app(page)
    expect(radio.get_by_role("radio", name=words)).to_be_checked()


def expect_route(page: Page, result: str) -> None:
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name=RESULTS[result].headline["en"])).to_be_visible()
    chart = main.get_by_test_id("stGraphVizChart")
    expect(chart.locator("svg")).to_be_visible()
    # The path is marked by thick edges and a double border, not by colour alone.
    expect(chart.locator("g.edge path[stroke-width='3']").first).to_be_attached()
    expect(chart.locator("g.node", has_text=_route_node_label(result)).locator("path, polygon")).to_have_count(2)


def _route_node_label(result: str) -> str:
    node = {"interventional_primary": "node_r_interventional", "supportive": "node_r_supportive"}[result]
    return CONTENT.ui[node]["en"]


@pytest.mark.parametrize("name", ["desktop", "phone"])
def test_a_reader_clicks_through_to_an_interventional_route(browser, app_url: str, name: str):
    with browser_page(browser, name) as page:
        open_page(page, app_url, "/pathway")
        choose(page, "health", "good")
        choose(page, "cancer", "primary")
        choose(page, "stage", "late")
        choose(page, "tumour_size", "small")
        choose(page, "resectable", "no")
        expect_route(page, "interventional_primary")
        main = page.get_by_test_id("stMain")
        expect(main).to_contain_text(CONTENT.notes["pw_clinic_small_hcc"].title["en"])
        expect(main).to_contain_text(CONTENT.notes["note_small_hcc_figure"].title["en"])
        expect(main.get_by_test_id("stGraphVizChart")).to_have_attribute(
            "aria-label", CONTENT.ui_text("flowchart_alt", "en", path=_path_words())
        )
        photograph_and_check(page, f"pathway-result-{name}")


def _path_words() -> str:
    """The path as the page should say it: each question with the answer this test gave."""
    given = {"health": "good", "cancer": "primary", "stage": "late", "tumour_size": "small", "resectable": "no"}
    steps = [f"{QUESTIONS[f].short['en']}: {QUESTIONS[f].options[v]['en']}" for f, v in given.items()]
    return " → ".join([*steps, CONTENT.ui["node_r_interventional"]["en"]])


def test_a_reader_with_a_failing_liver_reaches_supportive_care_and_can_start_again(page: Page, app_url: str):
    open_page(page, app_url, "/pathway")
    choose(page, "health", "poor")
    expect_route(page, "supportive")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_test_id("stRadio")).to_have_count(1)
    main.get_by_role("button", name=CONTENT.ui["start_again"]["en"]).first.click()
    wait_for_app(page)
    expect(main.get_by_role("heading", name=RESULTS["supportive"].headline["en"])).to_have_count(0)
    expect(main.get_by_test_id("stRadio")).to_have_count(2)
    expect(main.get_by_test_id("stRadio").get_by_role("radio", checked=True)).to_have_count(0)


def test_a_deep_link_as_the_first_request_to_a_fresh_server_still_gets_the_frame(page: Page, fresh_app_url: str):
    # Streamlit treats a folder named pages/ as a legacy app until st.navigation first runs (ui/content.py).
    open_page(page, fresh_app_url, "/pathway")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(CONTENT.ui["draft_notice"]["en"])).to_be_visible()
    expect(main.get_by_role("heading", level=1)).to_have_text(CONTENT.ui["pathway_title"]["en"])
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
