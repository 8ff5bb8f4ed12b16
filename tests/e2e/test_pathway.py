"""In real Chromium: a reader clicks through the pathway chooser to a route, the flowchart marks the
path, and a deep link that reaches a fresh server first still gets the frame."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from liverguide.site import PAGES
from tests.e2e.browser import browser_page, choose, main, open_page, photograph_and_check, wait_for_app

LATE_SMALL = {"health": "good", "cancer": "primary", "stage": "late", "tumour_size": "small", "resectable": "no"}


def expect_route(page: Page, content, result: str, route_node: str) -> None:
    en = content.in_language("en")
    expect(main(page).get_by_role("heading", name=en(content.pathway_results[result].headline))).to_be_visible()
    chart = main(page).get_by_test_id("stGraphVizChart")
    expect(chart.locator("svg")).to_be_visible()
    # The path is marked by thick edges and a double border, not by colour alone.
    expect(chart.locator("g.edge path[stroke-width='3']").first).to_be_attached()
    # A label is drawn in lines: its first word finds the box.
    expect(chart.locator("g.node", has_text=en.ui(route_node).split()[0]).locator("path, polygon")).to_have_count(2)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_a_reader_clicks_through_a_late_stage_to_drug_treatment_first(browser, app_url: str, content, viewport: str):
    en = content.in_language("en")
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, "/pathway")
        for field, option in LATE_SMALL.items():
            choose(page, en, field, option)
            expect(
                main(page).get_by_role("radio", name=en(content.pathway_questions[field].options[option]))
            ).to_be_checked()
        expect_route(page, content, "interventional_primary_late", "node_r_drugs_first")
        for note in ("pw_late_stage", "pw_tace_caution", "pw_clinic_small_hcc", "note_small_hcc_figure"):
            expect(main(page)).to_contain_text(en(content.notes[note].title))
        questions = content.pathway_questions
        steps = [en.labelled(en(questions[f].short), en(questions[f].options[v])) for f, v in LATE_SMALL.items()]
        path_words = " → ".join([*steps, en.ui("node_r_drugs_first")])
        expect(main(page).get_by_test_id("stGraphVizChart")).to_have_attribute(
            "aria-label", en.ui("flowchart_alt", path=path_words)
        )
        photograph_and_check(page, f"pathway-result-{viewport}")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_a_reader_with_cancer_that_spread_from_the_pancreas_gets_the_metastatic_route(
    browser, app_url: str, content, viewport: str
):
    en = content.in_language("en")
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, "/pathway")
        for field, option in (("health", "good"), ("cancer", "metastatic"), ("origin", "digestive")):
            choose(page, en, field, option)
        expect_route(page, content, "interventional_metastatic", "node_r_interventional")
        for note in ("pw_clinic_very_effective", "note_not_better_than_chemo"):
            expect(main(page)).to_contain_text(en(content.notes[note].title))
        for treatment in ("ablation", "tare"):
            short = content.treatments[treatment].short["en"]
            expect(main(page).get_by_role("link", name=en.ui("read_about", name=short))).to_be_visible()
        photograph_and_check(page, f"pathway-metastatic-{viewport}")


def test_a_reader_with_a_failing_liver_reaches_supportive_care_and_can_start_again(page: Page, app_url: str, content):
    en = content.in_language("en")
    open_page(page, app_url, "/pathway")
    choose(page, en, "health", "poor")
    expect_route(page, content, "supportive", "node_r_supportive")
    # The route is given at once; where the cancer started is still asked, for the notes only.
    expect(main(page).get_by_test_id("stRadio")).to_have_count(2)
    choose(page, en, "cancer", "metastatic")
    expect(main(page)).to_contain_text(en(content.notes["pw_metastatic_unwell"].title))
    expect(main(page).get_by_test_id("stRadio")).to_have_count(2)
    main(page).get_by_role("button", name=en.ui("start_again")).first.click()
    wait_for_app(page)
    expect(main(page).get_by_role("heading", name=en(content.pathway_results["supportive"].headline))).to_have_count(0)
    expect(main(page).get_by_test_id("stRadio")).to_have_count(2)
    expect(main(page).get_by_test_id("stRadio").get_by_role("radio", checked=True)).to_have_count(0)


@pytest.mark.parametrize("address", [p.address for p in PAGES if p.url_path][:3])
def test_a_deep_link_as_the_first_request_to_a_fresh_server_still_gets_the_frame(
    page: Page, fresh_app_url: str, content, address: str
):
    # Streamlit runs a folder named pages/ as a legacy app until st.navigation first runs (ui/frame.py).
    en = content.in_language("en")
    open_page(page, fresh_app_url, address)
    page_id = address.strip("/")
    expect(main(page).get_by_role("heading", level=1)).to_have_text(en.ui(f"{page_id}_title"))
    expect(page.locator(".st-key-frame_bar")).to_be_visible()  # the frame's language switch and mode
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    expect(page.get_by_role("link", name=en.ui("nav_home")).first).to_be_attached()  # the frame's own menu
