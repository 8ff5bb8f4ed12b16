"""In real Chromium, what a new reader ran into: the labelled menu and what consultation mode is (on a
phone, by touch), the bottom Next, a double tap, large text, the keyboard in the chooser, how much
sits above a page's content, and links that land on their section."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from harness.browser import PHONE, browser_page, choose, main, open_page, photograph_and_check, wait_for_app
from harness.journeys import ROUTE, ROUTE_RESULT
from liverguide.pathway import Answers, choose_route
from liverguide.site import BY_ID, PAGES
from liverguide.views import views

FOCUSED_ANSWER = """() => { const e = document.activeElement;
  const box = e && e.closest('[class*=st-key-question_box_]');
  const name = box && [...box.classList].find(c => c.startsWith('st-key-question_box_'));
  return e && e.type === 'radio' ? name.replace('st-key-question_box_', '') : null; }"""
CHECKED = """() => Object.fromEntries([...document.querySelectorAll('[data-testid=stMain] input[type=radio]:checked')]
  .map(e => [[...e.closest('[class*=st-key-question_box_]').classList].find(c => c.startsWith('st-key-question_box_'))
  .replace('st-key-question_box_', ''), e.closest('label').innerText.trim()]))"""


def large_text(context, page: Page, px: int = 32) -> None:
    """The browser's own text size, as a phone's large-text setting sets it (16 px is 100%)."""
    cdp = context.new_cdp_session(page)
    cdp.send("Page.enable")
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": px, "fixed": px}})


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_on_a_phone_the_menu_is_labelled_and_explains_consultation_mode_before_any_switch(
    browser, app_url, content, lang
):
    w = content.in_language(lang)
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_page(page, app_url, f"/questions?lang={lang}")
        expect(page.get_by_test_id("stExpandSidebarButton")).not_to_be_visible()  # Streamlit's unlabelled »
        menu_button = page.get_by_test_id("stPopoverButton").filter(has_text=w.ui("menu"))
        expect(menu_button).to_be_in_viewport()
        menu_button.tap()
        menu = page.get_by_test_id("stPopoverBody")
        expect(menu).to_contain_text(w.ui("consult_help"))
        for p in PAGES:
            expect(menu.get_by_role("link", name=w.ui(p.nav_key), exact=True)).to_be_visible()
        wait_for_app(page)
        assert "consult=" not in page.url, "finding out what it is does not turn it on"
        expect(main(page).get_by_role("button", name=w.ui("new_patient"))).to_have_count(0)
        photograph_and_check(page, f"menu-open-{lang}-phone")
        menu.get_by_role("button", name=w.ui("consult_on")).tap()
        wait_for_app(page)
        expect(main(page).get_by_role("button", name=w.ui("new_patient"))).to_be_visible()
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_on_a_laptop_the_guide_s_menu_is_the_only_menu_and_names_every_page(browser, app_url, content, lang):
    """m11: Streamlit's own bar of pages beside the guide's Menu made two menus, and hid three pages
    under an English "3 more"."""
    w = content.in_language(lang)
    with browser_page(browser, "desktop") as page:
        open_page(page, app_url, f"/?lang={lang}")
        expect(page.get_by_test_id("stTopNav")).to_have_count(0)
        expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
        menu_button = page.get_by_test_id("stPopoverButton").filter(has_text=w.ui("menu"))
        expect(menu_button).to_be_in_viewport()
        menu_button.click()
        menu = page.get_by_test_id("stPopoverBody")
        for p in PAGES:
            expect(menu.get_by_role("link", name=w.ui(p.nav_key), exact=True)).to_be_visible()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_bottom_next_opens_the_next_question_at_its_heading(browser, app_url, content, viewport):
    en = content.in_language("en")
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, "/questions")
        main(page).get_by_role("button", name=en.ui("next")).last.click()
        wait_for_app(page)
        heading = main(page).get_by_role("heading", level=2, name=en(content.questions[1].question))
        expect(heading).to_be_in_viewport()
        expect(heading).to_be_focused()
        top = heading.bounding_box()["y"]
        assert 0 <= top < page.viewport_size["height"] / 3, f"the heading is at {top}px, not at the top"


def test_a_double_tap_on_next_moves_one_question(page: Page, app_url: str, content):
    en = content.in_language("en")
    open_page(page, app_url, "/questions")
    main(page).get_by_role("button", name=en.ui("next")).first.dblclick()
    wait_for_app(page)
    expect(main(page)).to_contain_text(en.ui("progress", n=2, total=len(content.questions)))


@pytest.mark.parametrize(
    ("page_id", "query"),
    [(p.id, f"?lang={lang}") for p in PAGES for lang in ("en", "zh")] + [("treatments", "?consult=1")],
)
def test_at_200_percent_text_on_a_phone_nothing_runs_off_the_screen_and_no_word_breaks(
    browser, app_url, content, page_id, query
):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    try:
        page = context.new_page()
        large_text(context, page)
        open_page(page, app_url, BY_ID[page_id].address + query)
        if page_id == "pathway":  # a result, with its headline, stage and lists
            w = content.in_language("zh" if "zh" in query else "en")
            for field, option in ROUTE.items():
                choose(page, w, field, option)
        for expander in main(page).get_by_test_id("stExpander").all():  # the folded tables too
            expander.locator("summary").click()
        wait_for_app(page)
        root = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        assert root >= 32, f"the guide ignores the browser's text size ({root}px)"
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"scrolls sideways by {overflow}px"
        off = page.evaluate(
            """() => [...document.querySelectorAll('[data-testid=stMain] button')].filter(b => b.offsetParent)
              .map(b => [b.innerText.trim(), b.getBoundingClientRect()])
              .filter(([, r]) => r.left < 0 || r.right > window.innerWidth).map(([t]) => t)"""
        )
        assert off == [], f"controls off the screen: {off}"
        # A word too long for the line overflows its heading (it may not break inside).
        cut = page.evaluate(
            """() => [...document.querySelectorAll('[data-testid=stMain] h1, [data-testid=stMain] h2')]
              .filter(h => h.scrollWidth > h.clientWidth + 1 || getComputedStyle(h).wordBreak === 'break-all'
                       || getComputedStyle(h).overflowWrap !== 'normal').map(h => h.innerText)"""
        )
        assert cut == [], f"headings that break a word or run over: {cut}"
        photograph_and_check(page, f"{page_id}-large-text-phone{query.replace('?', '-').replace('=', '')}")
    finally:
        context.close()


# The full chooser (radios). Consultation mode draws buttons: tests/e2e/test_pathway.py walks it by keyboard.
def test_a_keyboard_reader_reaches_a_route_and_no_earlier_answer_changes(page: Page, app_url: str, content):
    en = content.in_language("en")
    questions = content.pathway_questions
    open_page(page, app_url, "/pathway")
    given: dict[str, str] = {}
    fields = list(ROUTE)
    for n, (field, option) in enumerate(ROUTE.items()):
        for _ in range(60):  # Tab on to the next question's choices
            if page.evaluate(FOCUSED_ANSWER) == field:
                break
            page.keyboard.press("Tab")
            wait_for_app(page)
        assert page.evaluate(FOCUSED_ANSWER) == field, f"Tab never reached the question {field}"
        index = list(questions[field].options).index(option)
        # The first choice by Space; the others by arrows from it (each arrow chooses, as in any radio group).
        for key in ["Space"] if index == 0 else ["ArrowDown"] * index:
            page.keyboard.press(key)
            # The answer's run is over once what it adds is there (idle alone can come before it starts).
            if n + 1 < len(fields):
                expect(page.locator(f".st-key-question_box_{fields[n + 1]}")).to_be_attached()
            wait_for_app(page)
        page.wait_for_function(f"() => ({FOCUSED_ANSWER})() === {field!r}")
        given[field] = en(questions[field].options[option])
        assert page.evaluate(CHECKED) == given, "an earlier answer changed"
        assert page.evaluate(FOCUSED_ANSWER) == field, "focus stays on the question just answered"
    expect(main(page).get_by_role("heading", name=en(content.pathway_results[ROUTE_RESULT].headline))).to_be_visible()


@pytest.mark.parametrize("page_id", [p.id for p in PAGES])
def test_on_a_phone_the_page_s_own_title_is_in_the_top_third_of_the_first_screen(browser, app_url, page_id):
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, BY_ID[page_id].address)
        top = main(page).get_by_role("heading", level=1).bounding_box()["y"]
        assert top < PHONE["height"] / 3, f"{page_id}: the title starts {top:.0f}px down"


def test_read_about_a_treatment_lands_on_that_treatment(browser, app_url, content):
    en = content.in_language("en")
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, "/pathway")
        for field, option in ROUTE.items():
            choose(page, en, field, option)
        bclc = views(en, choose_route(Answers(**ROUTE), content))[0]
        short = en(content.treatments[bclc.treatments[0]].short)
        view = main(page).locator(".st-key-pathway_view_bclc")
        view.get_by_role("link", name=bclc.items[0]).click()
        wait_for_app(page)
        expect(main(page).get_by_role("heading", level=2, name=short, exact=True)).to_be_in_viewport()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_clinic_s_words_come_first_in_the_reader_s_own_language(browser, app_url, content, viewport):
    zh = content.in_language("zh")
    q = content.questions[0]
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, "/questions?lang=zh")
        main(page).get_by_text(zh.ui("original_toggle")).click()
        wait_for_app(page)
        ours = main(page).get_by_text(zh(q.original_translation)).bounding_box()
        theirs = main(page).get_by_text(q.original[:40]).bounding_box()
        # Stacked on a phone: ours above; side by side: ours on the left.
        assert (ours["y"], ours["x"]) < (theirs["y"], theirs["x"]) if viewport == "phone" else ours["x"] < theirs["x"]


def test_on_a_phone_at_home_every_answer_and_button_is_a_finger_high(browser, app_url, content):
    """44 px, as in consultation mode (the newcomer walk measured 25 px answer rows and 36 px
    language buttons)."""
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    try:
        page = context.new_page()
        open_page(page, app_url, "/pathway")
        heights = page.evaluate(
            """() => [...document.querySelectorAll(
                '[data-testid=stMain] [data-testid=stRadio] label, [data-testid=stMain] button')]
              .filter(e => e.offsetParent).map(e => [e.innerText.trim(), e.getBoundingClientRect().height])"""
        )
        assert heights, "no answers or buttons found"
        low = [(text, round(h)) for text, h in heights if h < 44 - 0.5]
        assert low == [], f"tap targets under 44 px: {low}"
    finally:
        context.close()


def test_with_a_keyboard_the_numbers_keep_focus_on_the_page_and_focus_is_plain_to_see(page: Page, app_url, content):
    """m5: after Enter on "Show me the numbers" focus fell to <body>, and the next Tab skipped "Hide
    the numbers"; the focus mark was a faint grey; every heading's link icon was a tab stop."""
    en = content.in_language("en")
    open_page(page, app_url, "/outcomes?lang=en")
    main(page).get_by_role("button", name=en.ui("show_numbers")).focus()
    page.keyboard.press("Enter")
    wait_for_app(page)
    expect(main(page).get_by_role("heading", level=1)).to_be_focused()
    page.keyboard.press("Tab")
    hide = main(page).get_by_role("button", name=en.ui("hide_numbers"))
    expect(hide).to_be_focused()
    assert hide.evaluate("(b) => getComputedStyle(b).outlineWidth") == "3px"
    links = "[...document.querySelectorAll('[data-testid=stHeaderActionElements] a')].filter((a) => a.offsetParent)"
    assert page.evaluate(f"{links}.length") == 0
