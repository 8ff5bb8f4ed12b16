"""In real Chromium, on a 390 px phone and on A4 paper: the take-home sheet's call-now box never
splits and has the phone number with it on page 1 (printed page and downloaded file, English and
Chinese); after-care's call-now list is on a phone's first screen and its print instruction does not
print; the outcomes' numbers in words fit a phone and no axis title is cut; every flowchart label is
12 CSS px or more on a phone. Each screen is photographed at 1280 and 390 px in both languages."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from harness.browser import browser_page, choose, main, open_page, photograph_and_check, wait_for_app
from harness.journeys import (
    HEAVY_HCC_ROUTE,
    HEAVY_HCC_ROUTE_RESULT,
    METASTATIC_ROUTE,
    METASTATIC_ROUTE_RESULT,
    ROUTE,
    ROUTE_RESULT,
    call_now_signs,
)
from liverguide.aftercare import aftercare_for, plain
from liverguide.flowchart import label_lines
from liverguide.outcomes import for_endpoint, frequency
from liverguide.pathway import Answers, choose_route

PHONE_NUMBER = "0123 456 789"
PHONE_SCREEN_PX = 844  # the height of the 390 px phone the tests use
MIN_LABEL_PX = 12


def squash(text: str) -> str:
    """For comparing with text pulled out of a PDF: no spaces or line breaks at all, and ligatures
    ("ﬀ" in "different") as their letters."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_pages(pdf: bytes) -> list[str]:
    """Each printed page's text, squashed."""
    return [squash(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]


def pages_with(pages: list[str], text: str) -> list[int]:
    return [number for number, page_text in enumerate(pages, start=1) if squash(text) in page_text]


# Where a text ends on the screen, in px from the top: the bottom of the words themselves (one sign
# of a list drawn as one paragraph), not of the element that holds them.
TEXT_BOTTOM = """([where, text]) => {
  const walker = document.createTreeWalker(document.querySelector(where), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, at = node.textContent.indexOf(text);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range.getBoundingClientRect().bottom;
    }
  }
  return null;
}"""


def check_call_now_box_on_page_1(pdf: bytes, w, where: str, answers: dict[str, str]) -> None:
    """The box's heading, every sign in it (for each treatment of the route) and the phone number
    are all on page 1, and the whole sheet is two A4 pages at most."""
    pages = pdf_pages(pdf)
    assert len(pages) <= 2, f"{where}: the sheet prints on {len(pages)} pages"
    signs = call_now_signs(w, answers)
    assert signs, f"{where}: the route names a treatment with call-now signs"
    for text in (w.ui("warning_heading"), *signs, w.ui("handout_phone"), PHONE_NUMBER):
        assert pages_with(pages, text) == [1], f"{where}: {text!r} is on page(s) {pages_with(pages, text)}, not 1"


def open_sheet_and_type_the_number(page: Page, w):
    """From a chooser result to the sheet, with the team's number typed in; gives the call-now box."""
    page.get_by_role("link", name=w.ui("see_handout")).click()
    wait_for_app(page)
    phone = main(page).get_by_role("textbox", name=w.ui("handout_phone"))
    phone.fill(PHONE_NUMBER)
    phone.press("Enter")
    wait_for_app(page)
    box = main(page).locator(".st-key-call_now")
    expect(box).to_contain_text(PHONE_NUMBER)
    return box


def answer_in_boxes(page: Page, w, route: dict[str, str], result: str) -> None:
    """Answer the chooser, each answer clicked in its question's box ("not sure" is an answer to more
    than one), until the result's headline shows."""
    for field, option in route.items():
        choose(page, w, field, option)
    expect(main(page).get_by_role("heading", name=w(w.content.pathway_results[result].headline))).to_be_visible()


def print_page_and_file(browser, page: Page, w, folder: Path) -> tuple[bytes, bytes]:
    """The open sheet printed to A4, and its downloaded file printed to A4 offline, as two PDFs."""
    # The number shows as soon as the run reaches the box; the download button, later on the page,
    # carries the file of the same run only when the run has finished.
    wait_for_app(page)
    with page.expect_download() as info:
        main(page).get_by_role("button", name=w.ui("handout_download")).click()
    path = folder / f"sheet-{w.lang}.html"
    info.value.save_as(path)
    page.emulate_media(media="print")
    printed_page = page.pdf(format="A4", print_background=True)
    (folder / f"printed-{w.lang}.pdf").write_bytes(printed_page)  # kept with the test's files, to look at on a failure
    offline = browser.new_context(offline=True)
    try:
        sheet = offline.new_page()
        sheet.goto(path.as_uri())
        sheet.emulate_media(media="print")
        return printed_page, sheet.pdf(format="A4")
    finally:
        offline.close()


def answer_route(page: Page, w) -> None:
    for field, option in ROUTE.items():
        choose(page, w, field, option)
    headline = w(w.content.pathway_results[ROUTE_RESULT].headline)
    expect(main(page).get_by_role("heading", name=headline)).to_be_visible()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_printed_sheet_keeps_the_call_now_box_whole_with_the_phone_number_on_page_1(
    browser, app_url: str, lang: str, content, tmp_path: Path
):
    w = content.in_language(lang)
    with browser_page(browser, "desktop") as page:
        open_page(page, app_url, f"/pathway?lang={lang}")
        answer_route(page, w)
        box = open_sheet_and_type_the_number(page, w)
        photograph_and_check(page, f"paper-handout-{lang}-desktop")
        with page.expect_download() as info:
            main(page).get_by_role("button", name=w.ui("handout_download")).click()
        path = tmp_path / f"sheet-{lang}.html"
        info.value.save_as(path)

        page.emulate_media(media="print")
        # Large on paper: the number is bigger than the print's 13 px body text.
        size = box.get_by_text(PHONE_NUMBER).evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
        assert size >= 18, f"the phone number prints at {size}px"
        check_call_now_box_on_page_1(page.pdf(format="A4", print_background=True), w, f"printed page ({lang})", ROUTE)

    offline = browser.new_context(offline=True)
    try:
        sheet = offline.new_page()
        sheet.goto(path.as_uri())
        expect(sheet.locator(".call-now")).to_contain_text(PHONE_NUMBER)
        sheet.emulate_media(media="print")
        size = sheet.locator(".call-now .number").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
        assert size >= 24, f"the phone number in the file prints at {size}px"
        check_call_now_box_on_page_1(sheet.pdf(format="A4"), w, f"downloaded file ({lang})", ROUTE)
    finally:
        offline.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    ("route", "result"), [(HEAVY_HCC_ROUTE, HEAVY_HCC_ROUTE_RESULT), (METASTATIC_ROUTE, METASTATIC_ROUTE_RESULT)]
)
def test_the_heaviest_sheets_print_every_note_on_two_a4_pages_with_the_call_now_box_on_page_1(
    browser, app_url: str, lang: str, content, route, result, tmp_path: Path
):
    """The routes with the most notes and treatments: printed from the page and from the file."""
    w = content.in_language(lang)
    with browser_page(browser, "desktop") as page:
        open_page(page, app_url, f"/pathway?lang={lang}")
        answer_in_boxes(page, w, route, result)
        notes = choose_route(Answers(**route)).notes
        open_sheet_and_type_the_number(page, w)
        printed_page, printed_file = print_page_and_file(browser, page, w, tmp_path)
    for where, pdf in (("printed page", printed_page), ("downloaded file", printed_file)):
        check_call_now_box_on_page_1(pdf, w, f"{where} ({lang}, {result})", route)
        printed = "".join(pdf_pages(pdf))
        for note_id in notes:
            assert squash(w(content.notes[note_id].title)) in printed, (where, result, note_id)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sheet_on_a_phone_opens_with_the_call_now_box(browser, app_url: str, lang: str, content):
    w = content.in_language(lang)
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, f"/handout?lang={lang}")
        box = main(page).locator(".st-key-call_now")
        expect(box).to_contain_text(w.ui("warning_heading"))
        expect(box).to_contain_text(w.ui("handout_phone"))
        general = main(page).get_by_text(w(content.sections["handout_empty"].heading), exact=True)
        assert box.bounding_box()["y"] < general.bounding_box()["y"], "the box comes before the rest of the sheet"
        # m14: the notes' line to write on is one line, with no stray piece of it on a second.
        line = main(page).locator(".st-key-write_line p")
        height, line_height = line.evaluate(
            "(p) => [p.getBoundingClientRect().height, parseFloat(getComputedStyle(p).lineHeight)]"
        )
        assert height < 1.5 * line_height, f"the writing line wraps ({height} px, lines of {line_height} px)"
        photograph_and_check(page, f"paper-handout-{lang}-phone")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_after_care_opens_with_the_call_now_list_and_prints_without_the_screen_instruction(
    browser, app_url: str, lang: str, viewport: str, content
):
    w = content.in_language(lang)
    care = aftercare_for(content, "tace")  # as a link from TACE's section opens it
    warnings = [w(a.text) for a in care.call_now]
    normal = [plain(w, a.text) for _, items in care.normal for a in items]
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/aftercare?lang={lang}&show=tace")
        box = main(page).locator(".st-key-aftercare_call_now")
        expect(box.get_by_role("heading", name=w.ui("warning_heading"))).to_be_visible()
        expect(box).to_contain_text(w.ui("after_treatment", treatment=w(content.treatments["tace"].short)))
        for sign in warnings:
            expect(box).to_contain_text(f"☐ {sign}")
        intro = main(page).get_by_role("heading", name=w(content.sections["aftercare_intro"].heading))
        assert box.bounding_box()["y"] < intro.bounding_box()["y"], "the call-now list comes before the intro"
        for item in normal:  # often normal: something to read, not a box to tick
            expect(main(page).get_by_text(item, exact=True)).to_be_visible()
            expect(main(page)).not_to_contain_text(f"☐ {item}")
        if viewport == "phone":
            # On the first screen, before any scrolling, under the choice of treatment: the box with
            # its treatment, its heading and the first signs (TACE's nine run on below the screen).
            page.evaluate("document.querySelector('[data-testid=stMain]').scrollTo(0, 0); window.scrollTo(0, 0)")
            bottom = page.evaluate(TEXT_BOTTOM, [".st-key-aftercare_call_now", warnings[2]])
            assert bottom is not None and bottom <= PHONE_SCREEN_PX, (
                f"the third call-now sign ends at {bottom:.0f}px, below the first screen"
            )
        photograph_and_check(page, f"paper-aftercare-{lang}-{viewport}")

        page.emulate_media(media="print")
        instruction = w(content.sections["aftercare_print"].heading)
        expect(main(page).get_by_role("heading", name=instruction)).not_to_be_visible()
        pages = pdf_pages(page.pdf(format="A4"))
        assert not pages_with(pages, instruction), "the on-screen print instruction does not print"
        signs_on = {n for sign in warnings for n in pages_with(pages, sign)}
        assert len(signs_on) == 1, f"the call-now list is split over pages {sorted(signs_on)}"


# Each block of the numbers in words, and the charts' axis titles, measured in the page.
BLOCKS_JS = """() => [...document.querySelectorAll('[data-testid=stMain] li')].map(li => ({
  text: li.innerText, width: li.getBoundingClientRect().width,
  inside: li.scrollWidth <= li.clientWidth + 1}))"""
AXIS_TITLES_JS = """() => [...document.querySelectorAll('[data-testid=stPlotlyChart]')].flatMap(chart => {
  const svg = chart.querySelector('svg.main-svg').getBoundingClientRect();
  return [...chart.querySelectorAll('g.xtitle text, text.xtitle')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, left: r.left - svg.left, right: svg.right - r.right};
  });
})"""


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_outcomes_numbers_in_words_fit_a_phone_and_no_axis_title_is_cut(
    browser, app_url: str, lang: str, viewport: str, content
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/outcomes?lang={lang}")
        main(page).get_by_role("button", name=w.ui("show_numbers")).click()
        wait_for_app(page)
        expect(main(page).get_by_test_id("stPlotlyChart")).to_have_count(3)
        expect(main(page).get_by_test_id("stTable")).to_have_count(0)
        blocks = page.evaluate(BLOCKS_JS)
        column = main(page).get_by_test_id("stMarkdownContainer").first.bounding_box()["width"]
        for endpoint in ("5y_survival", "5y_relative_survival"):
            for o in for_endpoint(content, endpoint):
                # One block holds the group, its number, who, the treatment and the source.
                (block,) = [b for b in blocks if squash(w(o.label)) in squash(b["text"])]
                for text in (frequency(w, o), w(o.population), w(o.treatment), w(o.source_short)):
                    assert squash(text) in squash(block["text"]), (o.id, text)
                assert block["inside"], f"{o.id}: its text runs out of its block"
                assert block["width"] >= 0.8 * column, f"{o.id}: a {block['width']:.0f}px block is cramped"
        titles = page.evaluate(AXIS_TITLES_JS)
        assert len(titles) == 2, titles
        for title in titles:
            assert title["left"] >= 0 and title["right"] >= 0, f"axis title cut off: {title}"
        photograph_and_check(page, f"paper-outcomes-{lang}-{viewport}")


# Every label's drawn size: its font size times the drawing's scale (its width on screen over its viewBox).
LABEL_SIZES_JS = """() => {
  const svg = document.querySelector('[data-testid=stGraphVizChart] svg');
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].map(t => ({
    text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale}));
}"""


# Streamlit draws every graphviz label at 0.6rem whatever the DOT says; ui/style.py gives them the
# sizes the drawing was laid out for (liverguide/flowchart.py), which this measures as drawn.
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_flowchart_label_is_12_css_px_or_more_on_a_phone_and_the_path_is_marked(
    browser, app_url: str, lang: str, viewport: str, content
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/pathway?lang={lang}")
        answer_route(page, w)
        chart = main(page).get_by_test_id("stGraphVizChart")
        expect(chart.locator("svg")).to_be_visible()
        sizes = page.evaluate(LABEL_SIZES_JS)
        assert len(sizes) >= 10, sizes
        smallest = min(sizes, key=lambda s: s["px"])
        assert smallest["px"] >= MIN_LABEL_PX, f"{smallest['text']!r} is drawn at {smallest['px']:.1f} CSS px"
        # The path is marked by more than colour: thick bold edges and a double border on its end.
        steps = choose_route(Answers(**ROUTE), content).steps
        expect(chart.locator("g.edge path[stroke-width='3']")).to_have_count(len(steps) - 1)
        # A label is drawn in lines, one text element each: its first line finds the box.
        route_node = chart.locator("g.node", has_text=label_lines(w.ui("node_r_interventional"))[0])
        expect(route_node.locator("path, polygon")).to_have_count(2)
        photograph_and_check(page, f"paper-flowchart-{lang}-{viewport}")
