"""In real Chromium: a reader clicks through the pathway chooser to the stage in both systems and
what each guide and the clinic list first, the flowchart marks the path through the stage, the stage
table marks the reader's stage, and a deep link that reaches a fresh server first still gets the frame."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from harness.browser import (
    browser_page,
    choose,
    main,
    open_page,
    photograph_and_check,
    wait_for_app,
    words_shown,
)
from harness.journeys import ROUTE, ROUTE_RESULT, STAGE_JOURNEYS
from liverguide.answers import Answers
from liverguide.flowchart import path_in_words
from liverguide.pathway import choose_route
from liverguide.site import PAGES
from liverguide.views import stage_lines, views

LATE = {"cancer": "primary", "kind": "hcc", "activity": "full", "liver_signs": "none", "tumours": "one",
        "largest": "2_to_3", "vessels": "yes", "spread": "no", "resectable": "no"}  # fmt: skip
BOWEL = {"cancer": "metastatic", "origin": "bowel", "activity": "full", "liver_signs": "none", "tumours": "two_three",
         "largest": "2_to_3", "liver_only": "yes", "resectable": "yes"}  # fmt: skip
BILE_DUCT = {"cancer": "primary", "kind": "bile_duct", "activity": "light", "liver_signs": "none", "tumours": "one",
             "largest": "3_to_5", "vessels": "no", "spread": "no", "resectable": "no"}  # fmt: skip


def answer_all(page: Page, w, answers: dict[str, str]) -> None:
    for field, option in answers.items():
        choose(page, w, field, option)


def expect_result(page: Page, w, answers: dict[str, str]) -> None:
    """The headline, the stage in both systems (for HCC), each view's first choices as links, and the
    flowchart with the path marked by more than colour and spoken in words."""
    content = w.content
    result = choose_route(Answers(**answers), content)
    summary = content.pathway_results[result.summary]
    expect(main(page).get_by_role("heading", name=w(summary.headline))).to_be_visible()
    if result.staging is not None:
        stage_box = main(page).locator(".st-key-pathway_stage")
        for line in stage_lines(w, result.staging):
            expect(stage_box).to_contain_text(words_shown(w, line))
    for view in views(w, result):
        box = main(page).locator(f".st-key-pathway_view_{view.view}")
        expect(box).to_contain_text(view.heading)
        for item in view.items:  # "1. Ablation (usually too big ...)", or "• TACE" for kinds in no order
            expect(box.get_by_role("link", name=item, exact=True)).to_be_visible()
    chart = main(page).get_by_test_id("stGraphVizChart")
    expect(chart.locator("svg")).to_be_visible()
    expect(chart.locator("g.edge path[stroke-width='3']").first).to_be_attached()
    expect(chart).to_have_attribute(
        "aria-label", w.ui("flowchart_alt", path=path_in_words(w, result.steps, Answers(**answers)))
    )


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_daughter_clicks_through_to_her_father_s_stage_and_the_three_views(
    browser, app_url: str, content, viewport: str, lang: str
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/pathway?lang={lang}")
        answer_all(page, w, ROUTE)
        expect_result(page, w, ROUTE)
        expect(main(page)).to_contain_text(w.ui("left_out_surgery"))
        expect(main(page)).to_contain_text(w.ui("grade_c_star"))
        photograph_and_check(page, f"pathway-result-{lang}-{viewport}")


@pytest.mark.parametrize(
    ("given", "bclc", "cnlc", "result"), STAGE_JOURNEYS, ids=[f"{b}-{c}" for _, b, c, _ in STAGE_JOURNEYS]
)
def test_clicking_through_reaches_each_stage_of_both_systems(
    page: Page, app_url: str, content, given, bclc, cnlc, result
):
    en = content.in_language("en")
    open_page(page, app_url, "/pathway")
    answer_all(page, en, given)
    expect_result(page, en, given)
    stage = main(page).locator(".st-key-pathway_stage")
    expect(stage).to_contain_text(
        en.ui("stage_named", stage=bclc, name=en(content.staging[f"bclc_{bclc.lower()}"].name))
    )
    expect(stage).to_contain_text(
        en.ui("stage_named", stage=cnlc, name=en(content.staging[f"cnlc_{cnlc.lower()}"].name))
    )
    expect(main(page).get_by_role("heading", name=en(content.pathway_results[result].headline))).to_be_visible()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_a_late_stage_sets_drug_treatment_first_in_europe_beside_tace_first_in_china(
    browser, app_url: str, content, viewport: str
):
    en = content.in_language("en")
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, "/pathway")
        answer_all(page, en, LATE)
        expect_result(page, en, LATE)
        for note in ("pw_late_stage", "pw_tace_caution"):
            expect(main(page)).to_contain_text(en(content.notes[note].title))
        photograph_and_check(page, f"pathway-late-{viewport}")


@pytest.mark.parametrize("answers", [BOWEL, BILE_DUCT], ids=["bowel-spread", "bile-duct"])
def test_the_kinds_the_staging_systems_do_not_cover_get_their_own_views(browser, app_url: str, content, answers):
    en = content.in_language("en")
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, "/pathway")
        answer_all(page, en, answers)
        expect_result(page, en, answers)
        expect(main(page).locator(".st-key-pathway_stage")).to_have_count(0)  # no HCC stage for these
        photograph_and_check(page, f"pathway-{answers['cancer']}-{answers.get('origin') or answers.get('kind')}")


def test_a_reader_in_bed_most_of_the_day_reaches_supportive_care_at_once_and_can_start_again(
    page: Page, app_url: str, content
):
    en = content.in_language("en")
    open_page(page, app_url, "/pathway")
    answer_all(page, en, {"cancer": "primary", "kind": "hcc", "activity": "resting"})
    expect(main(page).get_by_role("heading", name=en(content.pathway_results["supportive"].headline))).to_be_visible()
    expect(main(page).get_by_test_id("stRadio")).to_have_count(3), "nothing more is asked"
    main(page).get_by_role("button", name=en.ui("start_again")).first.click()
    wait_for_app(page)
    expect(main(page).get_by_role("heading", name=en(content.pathway_results["supportive"].headline))).to_have_count(0)
    expect(main(page).get_by_test_id("stRadio").get_by_role("radio", checked=True)).to_have_count(0)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_stage_table_sets_both_systems_side_by_side_and_marks_the_reader_s_stage(
    browser, app_url: str, content, viewport: str, lang: str
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/stages?lang={lang}")
        for row_id, row in content.staging.items():
            box = main(page).locator(f".st-key-stage_{row_id}")
            expect(box).to_contain_text(words_shown(w, w(row.means)))
        expect(main(page)).to_contain_text(w.ui("grade_c_star"))
        expect(main(page).get_by_text(w.ui("stage_mark"))).to_have_count(0), "no answers: nothing marked"
        photograph_and_check(page, f"stages-{lang}-{viewport}")
        # After the chooser, the reader's own stage is marked in words, in each system.
        open_page(page, app_url, f"/pathway?lang={lang}")
        answer_all(page, w, ROUTE)
        main(page).get_by_role("link", name=w.ui("see_stages")).click()
        wait_for_app(page)
        for row_id in ("bclc_a", "cnlc_ia"):
            expect(main(page).locator(f".st-key-stage_{row_id}")).to_contain_text(w.ui("stage_mark"))
        expect(main(page).get_by_text(w.ui("stage_mark"))).to_have_count(2)


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
    expect(
        page.get_by_test_id("stPopoverButton").filter(has_text=en.ui("menu"))
    ).to_be_visible()  # the frame's own menu


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
        if n == 0:  # from the top of the page, Tab on to the first question's answers (past its help's links)
            for _ in range(40):
                if page.evaluate(FOCUSED)["box"] == field and page.evaluate(FOCUSED)["tag"] == "BUTTON":
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
