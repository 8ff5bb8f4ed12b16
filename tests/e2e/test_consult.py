"""In real Chromium: consultation mode (large text, large targets, one step at a time), New patient
(nothing of the last patient left on any page, not by Back either), the take-home sheet (two A4
pages at most when printed, and a downloaded file that opens and prints with no server or network),
and printing any page (its whole content, without the menu)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from harness.browser import (
    SCREENSHOTS,
    browser_page,
    choose,
    go,
    main,
    open_menu,
    open_page,
    photograph_and_check,
    wait_for_app,
)
from harness.journeys import ROUTE, ROUTE_RESULT
from liverguide.aftercare import aftercare_for, treatments_with_aftercare
from liverguide.pathway import Answers, choose_route
from tests.e2e.test_phone_and_paper import pdf_pages, squash


def tap(page: Page, w, field: str, option: str) -> None:
    """Consultation mode: tap an answer's button in its question's box, and wait for the next screen
    (one question per screen: the box goes)."""
    box = main(page).locator(f".st-key-question_box_{field}")
    box.get_by_role("button", name=w(w.content.pathway_questions[field].options[option]), exact=True).click()
    expect(box).to_have_count(0)
    wait_for_app(page)


def answer_route(page: Page, w, consult: bool = False) -> None:
    for field, option in ROUTE.items():
        (tap if consult else choose)(page, w, field, option)
    expect(main(page).get_by_role("heading", name=w(w.content.pathway_results[ROUTE_RESULT].headline))).to_be_visible()


def first_warning(content):
    """The first call-now sign on the sheet of ROUTE (its first treatment with after-care)."""
    named = choose_route(Answers(**ROUTE), content).treatments
    first = next(t for t in named if t in treatments_with_aftercare(content))
    return aftercare_for(content, first).call_now[0]


def pdf_text(pdf: bytes) -> tuple[int, str]:
    """How many pages were printed, and all their text, squashed."""
    printed = pdf_pages(pdf)
    return len(printed), "".join(printed)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_consultation_mode_has_large_text_large_targets_and_one_question_at_a_time(
    browser, app_url: str, viewport: str, content
):
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, "/pathway?consult=1")
        en = content.in_language("en")
        tap(page, en, "cancer", "primary")
        # One question per screen (the next one only), each answer a button as wide as its box.
        expect(main(page).locator("[class*=st-key-question_box_]")).to_have_count(1)
        expect(main(page).get_by_test_id("stRadio")).to_have_count(0)
        box = main(page).locator(".st-key-question_box_kind")
        options = content.pathway_questions["kind"].options
        expect(box.get_by_test_id("stButton")).to_have_count(len(options))
        for option in options.values():
            expect(box.get_by_role("button", name=en(option), exact=True)).to_be_visible()
        widths = box.get_by_role("button").evaluate_all("(bs) => bs.map((b) => b.getBoundingClientRect().width)")
        text_width = box.get_by_test_id("stMarkdownContainer").first.bounding_box()["width"]
        assert min(widths) >= text_width - 1, (widths, text_width)
        expect(main(page)).to_contain_text(en.ui("pathway_so_far"))
        sizes = page.evaluate(
            """() => {
              const main = document.querySelector('[data-testid=stMain]');
              const px = (e) => parseFloat(getComputedStyle(e).fontSize);
              const body = [...main.querySelectorAll('[data-testid=stMarkdownContainer] p')].map(px);
              const targets = [...main.querySelectorAll('button, [data-testid=stRadio] label')]
                .filter((e) => e.offsetParent !== null).map((e) => e.getBoundingClientRect().height);
              return {body, targets};
            }"""
        )
        assert sizes["body"] and min(sizes["body"]) >= 22, sizes["body"]
        assert sizes["targets"] and min(sizes["targets"]) >= 44, sizes["targets"]
        photograph_and_check(page, f"consult-pathway-{viewport}")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_in_consultation_mode_the_first_question_s_answers_are_on_a_laptop_s_first_screen(
    browser, app_url: str, content, lang: str
):
    """m4: at 1280 x 900 the nurse taps the first answer without scrolling."""
    w = content.in_language(lang)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        open_page(page, app_url, f"/pathway?lang={lang}&consult=1")
        box = main(page).locator(".st-key-question_box_cancer")
        for option in content.pathway_questions["cancer"].options.values():
            answer = box.get_by_role("button", name=w(option), exact=True).bounding_box()
            assert answer["y"] + answer["height"] <= 900, f"{w(option)} ends at {answer['y'] + answer['height']} px"
        expect(main(page)).to_contain_text(w.ui("pathway_intro"))  # what the tool does, under the question
        photograph_and_check(page, f"consult-pathway-first-screen-{lang}")
    finally:
        context.close()


def test_consultation_mode_is_kept_in_the_url_across_pages_and_can_be_turned_off(page: Page, app_url: str, content):
    en = content.in_language("en")
    open_page(page, app_url, "/")
    open_menu(page, en).get_by_role("button", name=en.ui("consult_on")).click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"consult=1"))
    # The address changes as the run begins and the larger text comes later in the same run.
    page.wait_for_function(
        "parseFloat(getComputedStyle(document.querySelector('[data-testid=stMain] p')).fontSize) >= 22"
    )
    go(page, en, "questions")
    expect(page).to_have_url(re.compile(r"/questions\?.*consult=1"))
    open_menu(page, en).get_by_role("button", name=en.ui("consult_off")).click()
    wait_for_app(page)
    expect(page).not_to_have_url(re.compile(r"consult="))
    expect(main(page).get_by_role("button", name=en.ui("new_patient"))).to_have_count(0)


def test_in_consultation_mode_a_page_change_is_one_step_back(page: Page, app_url: str, content):
    en = content.in_language("en")
    open_page(page, app_url, "/questions?consult=1&lang=en")
    before = page.evaluate("history.length")
    go(page, en, "pathway")
    go(page, en, "treatments")
    assert page.evaluate("history.length") - before == 2, "one history entry per page change"
    page.go_back()
    wait_for_app(page)
    expect(main(page).get_by_role("heading", level=1)).to_have_text(en.ui("pathway_title"))


def test_new_patient_leaves_no_trace_on_any_page_not_even_by_back(page: Page, app_url: str, content):
    open_page(page, app_url, "/questions?consult=1&lang=zh")
    main(page).get_by_role("button", name=content.in_language("zh").ui("next")).first.click()
    wait_for_app(page)
    expect(main(page)).to_contain_text(content.in_language("zh").ui("progress", n=2, total=len(content.questions)))
    go(page, content.in_language("zh"), "pathway")
    answer_route(page, content.in_language("zh"), consult=True)
    go(page, content.in_language("zh"), "outcomes")
    main(page).get_by_role("button", name=content.in_language("zh").ui("show_numbers")).click()
    wait_for_app(page)
    expect(main(page).get_by_test_id("stPlotlyChart")).to_have_count(3)
    go(page, content.in_language("zh"), "handout")
    main(page).get_by_role("textbox", name=content.in_language("zh").ui("handout_phone")).fill("0123 456 789")
    main(page).get_by_role("textbox", name=content.in_language("zh").ui("handout_phone")).press("Enter")
    wait_for_app(page)
    expect(main(page)).to_contain_text(content.pathway_results[ROUTE_RESULT].headline["zh"])

    main(page).get_by_role("button", name=content.in_language("zh").ui("new_patient")).click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(content.in_language("zh").ui("new_patient_body"))
    steps_before = page.evaluate("history.length")
    dialog.get_by_role("button", name=content.in_language("zh").ui("new_patient_yes")).click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"^[^?]*/\?"))  # the home page, language and mode kept
    expect(page).to_have_url(re.compile(r"lang=zh"))
    expect(page).to_have_url(re.compile(r"consult=1"))
    expect(main(page).get_by_role("heading", level=1)).to_have_text(content.in_language("zh").ui("home_title"))
    wait_for_app(page)
    # m7: one step for Back to pass (it passed the empty sheet three times).
    assert page.evaluate("history.length") - steps_before <= 1

    def no_trace() -> None:
        for name in ("questions", "pathway", "outcomes", "handout"):
            go(page, content.in_language("zh"), name)
            text = main(page).inner_text()
            assert content.pathway_results[ROUTE_RESULT].headline["zh"] not in text and "0123 456 789" not in text, name
        expect(main(page).get_by_text(content.sections["handout_empty"].heading["zh"])).to_be_visible()

    no_trace()
    go(page, content.in_language("zh"), "pathway")
    first = main(page).locator(".st-key-question_box_cancer")  # the first question again, nothing so far
    expect(first.get_by_test_id("stButton")).to_have_count(len(content.pathway_questions["cancer"].options))
    expect(main(page)).not_to_contain_text(content.in_language("zh").ui("pathway_so_far"))
    go(page, content.in_language("zh"), "questions")
    expect(main(page)).to_contain_text(content.in_language("zh").ui("progress", n=1, total=len(content.questions)))
    go(page, content.in_language("zh"), "outcomes")
    expect(main(page).get_by_test_id("stPlotlyChart")).to_have_count(0)
    for _ in range(8):  # Back through the pages seen before New patient
        page.go_back()
        wait_for_app(page)
        text = main(page).inner_text()
        assert content.pathway_results[ROUTE_RESULT].headline["zh"] not in text and "0123 456 789" not in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sheet_prints_on_two_a4_pages_at_most_with_route_questions_and_warnings(
    browser, app_url: str, lang: str, content
):
    with browser_page(browser, "desktop") as page:
        open_page(page, app_url, f"/pathway?lang={lang}")
        answer_route(page, content.in_language(lang))
        page.get_by_role("link", name=content.in_language(lang).ui("see_handout")).click()
        wait_for_app(page)
        expect(main(page).get_by_role("heading", level=1)).to_have_text(content.in_language(lang).ui("handout_title"))
        photograph_and_check(page, f"handout-{lang}-desktop")
        page.emulate_media(media="print")
        pages, text = pdf_text(page.pdf(format="A4", print_background=True))
        assert pages <= 2, f"the sheet prints on {pages} pages"
        for expected in (
            content.pathway_results[ROUTE_RESULT].headline[lang],
            content.pathway_results[ROUTE_RESULT].ask[0][lang],
            first_warning(content).text[lang],
        ):
            assert squash(expected) in squash(text), expected
        assert squash(content.in_language(lang).ui("nav_questions")) not in squash(text), "the menu is not printed"


def test_without_answers_the_sheet_on_a_phone_offers_the_general_version(browser, app_url: str, content):
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, "/handout?lang=zh")
        expect(main(page).get_by_text(content.sections["handout_empty"].heading["zh"])).to_be_visible()
        photograph_and_check(page, "handout-zh-phone")


def test_the_downloaded_sheet_opens_from_disk_with_no_server_and_no_network(
    browser, app_url: str, tmp_path: Path, content
):
    with browser_page(browser, "desktop") as page:
        open_page(page, app_url, "/pathway?lang=zh")
        answer_route(page, content.in_language("zh"))
        go(page, content.in_language("zh"), "handout")
        with page.expect_download() as info:
            main(page).get_by_role("button", name=content.in_language("zh").ui("handout_download")).click()
        path = tmp_path / "sheet.html"
        info.value.save_as(path)
    context = browser.new_context(offline=True)
    try:
        offline = context.new_page()
        requests = []
        offline.on("request", lambda r: requests.append(r.url))
        offline.goto(path.as_uri())
        expect(offline.locator("html")).to_have_attribute("lang", re.compile(r"^zh"))
        expect(offline.get_by_role("heading", level=1)).to_have_text(content.in_language("zh").ui("handout_title"))
        expect(offline.locator("body")).to_contain_text(content.pathway_results[ROUTE_RESULT].headline["zh"])
        assert [u for u in requests if not u.startswith("file:")] == []
        assert offline.locator("script").count() == 0
        offline.screenshot(path=SCREENSHOTS / "handout-file-zh.png", full_page=True)
        pages, text = pdf_text(offline.pdf(format="A4"))
        assert pages <= 2 and squash(first_warning(content).text["zh"]) in squash(text)
    finally:
        context.close()


def test_printing_a_page_shows_its_folded_parts_and_not_the_menu(page: Page, app_url: str, content):
    open_page(page, app_url, "/questions")
    words = main(page).get_by_test_id("stExpander")
    first_term = content.glossary["interventional_therapy"].definition["en"]
    expect(words.get_by_text(first_term)).not_to_be_visible()  # folded on screen
    page.emulate_media(media="print")
    expect(words.get_by_text(first_term)).to_be_visible()
    expect(page.get_by_test_id("stHeader")).not_to_be_visible()
    expect(page.locator(".st-key-frame_bar")).not_to_be_visible()
    pages, text = pdf_text(page.pdf(format="A4"))
    assert squash(first_term) in squash(text)
