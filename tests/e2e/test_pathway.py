"""In real Chromium: a reader clicks through the pathway chooser to a route, the flowchart marks the
path, and a deep link that reaches a fresh server first still gets the frame."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from liverguide.site import PAGES
from tests.e2e.browser import browser_page, choose, main, open_page, photograph_and_check, wait_for_app
from tests.journeys import ROUTE, ROUTE_RESULT

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


# Where keyboard focus is: the question box it is in, and the words of the button or answer it is on.
FOCUSED = """() => { const e = document.activeElement;
  const box = e && e.closest('[class*=st-key-question_box_]');
  const name = box && [...box.classList].find(c => c.startsWith('st-key-question_box_'));
  return {box: name ? name.replace('st-key-question_box_', '') : null, tag: e ? e.tagName : null,
          text: e ? e.innerText.trim() : null}; }"""


def so_far_line(page: Page, label: str) -> str | None:
    return page.evaluate(
        "(label) => ([...document.querySelectorAll('[data-testid=stMain] p')].map((p) => p.innerText)"
        ".find((t) => t.startsWith(label)) || null)",
        label,
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_in_consultation_mode_a_keyboard_looks_through_the_answers_and_no_arrow_key_answers(
    page: Page, app_url: str, content, lang: str
):
    """Issue 16: Tab moves from answer to answer, arrow keys answer nothing (they used to choose in a
    radio group, and each choice moved on to the next question), Enter answers; after each answer
    focus is on the next question's first answer."""
    w = content.in_language(lang)
    questions = content.pathway_questions
    open_page(page, app_url, f"/pathway?consult=1&lang={lang}")
    fields = list(ROUTE)
    given: list[str] = []
    for n, (field, option) in enumerate(ROUTE.items()):
        words = [w(text) for text in questions[field].options.values()]
        if n == 0:  # from the top of the page, Tab on to the first question's answers
            for _ in range(40):
                if page.evaluate(FOCUSED)["box"] == field:
                    break
                page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused == {"box": field, "tag": "BUTTON", "text": words[0]}, f"focus is not on {field}'s first answer"
        # Look through every answer with the arrow keys and Tab: nothing is answered.
        before = so_far_line(page, w.ui("pathway_so_far"))
        for key in ["ArrowDown", "ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft", "ArrowDown"]:
            page.keyboard.press(key)
        for text in words[1:]:
            page.keyboard.press("Tab")
            assert page.evaluate(FOCUSED) == {"box": field, "tag": "BUTTON", "text": text}
            page.keyboard.press("ArrowDown")
        for _ in words[1:]:
            page.keyboard.press("Shift+Tab")
        wait_for_app(page)
        expect(main(page).locator(f".st-key-question_box_{field}")).to_be_visible()
        assert so_far_line(page, w.ui("pathway_so_far")) == before, "an arrow key or Tab answered"
        # Tab to the answer, then Enter.
        for _ in range(list(questions[field].options).index(option)):
            page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED)["text"] == w(questions[field].options[option])
        page.keyboard.press("Enter")
        expect(main(page).locator(f".st-key-question_box_{field}")).to_have_count(0)
        if n + 1 < len(fields):
            expect(main(page).locator(f".st-key-question_box_{fields[n + 1]}")).to_be_visible()
        wait_for_app(page)
        given.append(w.labelled(w(questions[field].short), w(questions[field].options[option])))
        if n + 1 < len(fields):
            page.wait_for_function(f"() => ({FOCUSED})().box === {fields[n + 1]!r}")
    expect(main(page).get_by_role("heading", name=w(content.pathway_results[ROUTE_RESULT].headline))).to_be_visible()
    assert so_far_line(page, w.ui("pathway_so_far")) == f"{w.ui('pathway_so_far')} {w.separator.join(given)}"
    photograph_and_check(page, f"consult-pathway-keyboard-{lang}")
