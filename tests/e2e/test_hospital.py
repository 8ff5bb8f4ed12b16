"""In real Chromium, with the worked example's hospital file: the heaviest take-home sheet (every
note of the route, both people's ratings, seven questions, the SURE test) still prints on two A4
pages with the hospital's two numbers, its name and who checked the guide on page 1, and the
treatments it does not give named further down (printed page and downloaded file, English and
Chinese); after-care prints its numbers with its call-now list on page 1; the treatments page shows
the hospital's own words and what it does not offer. Each screen is photographed (at 1280 and
390 px for the sheet and after-care) in both languages (screenshots/hospital-*.png)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from harness.browser import browser_page, go, main, open_page, photograph_and_check, serve, wait_for_app
from harness.journeys import HEAVY_HCC_ROUTE, HEAVY_HCC_ROUTE_RESULT
from liverguide.hospital import HOSPITAL_SETTING, load_hospital
from liverguide.pathway import Answers, choose_route
from tests.conftest import ROOT
from tests.e2e.test_decide import OWN_QUESTION, fill_decide_to_the_most
from tests.e2e.test_phone_and_paper import answer_in_boxes, pages_with, pdf_pages, print_page_and_file, squash
from tests.e2e.test_serve import production

EXAMPLE = ROOT / "deploy" / "hospital.example.toml"


@pytest.fixture(scope="module")
def hospital_url(content):
    """A guide server with the worked example's hospital file."""
    with serve(env={HOSPITAL_SETTING: str(EXAMPLE)}) as server:
        yield server.url


@pytest.fixture(scope="module")
def hospital(content):
    return load_hospital(EXAMPLE, content)


def numbers(hospital) -> tuple[str, str]:
    return hospital.phones.working_hours, hospital.phones.out_of_hours


def open_sheet(page: Page, w, hospital):
    """From a chooser result to the sheet; gives the call-now box, with the hospital's numbers in it."""
    page.get_by_role("link", name=w.ui("see_handout")).click()
    wait_for_app(page)
    box = main(page).locator(".st-key-call_now")
    for number in numbers(hospital):
        expect(box).to_contain_text(number)
    expect(main(page).get_by_role("textbox", name=w.ui("handout_phone"))).to_have_count(0)
    return box


def check_sheet(pdf: bytes, w, where: str, hospital) -> str:
    """At most two A4 pages; the call-now heading, the numbers, the hospital's name and who checked the
    guide on page 1. Gives the whole sheet's text, squashed."""
    pages = pdf_pages(pdf)
    assert len(pages) <= 2, f"{where}: the sheet prints on {len(pages)} pages"
    lang = w.lang
    page_1 = (w.ui("warning_heading"), w.ui("phone_out_of_hours"), *numbers(hospital), hospital.name[lang])
    for text in (*page_1, hospital.sign_off.clinician[lang], hospital.sign_off.role[lang]):
        assert 1 in pages_with(pages, text), f"{where}: {text!r} is on page(s) {pages_with(pages, text)}, not 1"
    assert not pages_with(pages, w.ui("draft_notice")), f"{where}: signed off, so no draft notice"
    return "".join(pages)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_heaviest_sheet_with_the_hospital_s_numbers_and_words_prints_on_two_a4_pages(
    browser, hospital_url: str, content, hospital, lang: str, tmp_path: Path
):
    w = content.in_language(lang)
    route, result = HEAVY_HCC_ROUTE, HEAVY_HCC_ROUTE_RESULT
    named = choose_route(Answers(**route), content).treatments
    not_offered = [t for t in named if not hospital.offers(t)]
    assert not_offered, "the route names a treatment the hospital does not give"
    with browser_page(browser, "desktop") as page:
        open_page(page, hospital_url, f"/pathway?lang={lang}")
        answer_in_boxes(page, w, route, result)
        fill_decide_to_the_most(page, w, result)
        go(page, w, "pathway")
        open_sheet(page, w, hospital)
        photograph_and_check(page, f"hospital-sheet-{lang}-desktop")
        printed_page, printed_file = print_page_and_file(browser, page, w, tmp_path)
    name = hospital.name[lang]
    for where, pdf in (("printed page", printed_page), ("downloaded file", printed_file)):
        printed = check_sheet(pdf, w, f"{where} ({lang})", hospital)
        missing = w.separator.join(w(content.treatments[t].short) for t in not_offered)
        assert squash(w.ui("hospital_not_offered_these", hospital=name, treatments=missing)) in printed, where
        assert squash(f"{OWN_QUESTION[lang]} (3)") in printed, where


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sheet_on_a_phone_opens_with_the_hospital_s_numbers_large(browser, hospital_url, content, hospital, lang):
    w = content.in_language(lang)
    with browser_page(browser, "phone") as page:
        open_page(page, hospital_url, f"/handout?lang={lang}")
        box = main(page).locator(".st-key-call_now")
        expect(box).to_contain_text(w.ui("warning_heading"))
        for number in numbers(hospital):
            expect(box).to_contain_text(number)
            size = box.locator("strong", has_text=number).evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
            assert size >= 24, f"{number} shows at {size}px on a phone"
        expect(main(page)).to_contain_text(hospital.name[lang])
        photograph_and_check(page, f"hospital-sheet-{lang}-phone")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_after_care_prints_the_hospital_s_numbers_with_its_call_now_list_on_page_1(
    browser, hospital_url, content, hospital, lang, viewport
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, hospital_url, f"/aftercare?lang={lang}&show=tace")
        box = main(page).locator(".st-key-aftercare_call_now")
        for number in numbers(hospital):
            expect(box).to_contain_text(number)
        expect(main(page)).to_contain_text(hospital.name[lang])
        photograph_and_check(page, f"hospital-aftercare-{lang}-{viewport}")
        page.emulate_media(media="print")
        pages = pdf_pages(page.pdf(format="A4"))
        assert len(pages) <= 2, f"after-care prints on {len(pages)} pages"
        for text in (w.ui("warning_heading"), *numbers(hospital)):
            assert pages_with(pages, text) == [1], f"{text!r} on page(s) {pages_with(pages, text)}"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_treatments_page_shows_the_hospital_s_words_and_what_it_does_not_offer(
    browser, hospital_url, content, hospital, lang
):
    w = content.in_language(lang)
    with browser_page(browser, "desktop") as page:
        open_page(page, hospital_url, f"/treatments?lang={lang}")
        name = hospital.name[lang]
        expect(main(page).locator(".st-key-hospital_says_tace_" + lang)).to_contain_text(hospital.notes["tace"][lang])
        expect(main(page).locator(f".st-key-hospital_says_tare_{lang}")).to_contain_text(
            w.ui("hospital_not_offered", hospital=name)
        )
        photograph_and_check(page, f"hospital-treatments-{lang}-desktop")


def test_make_serve_with_the_hospital_file_serves_its_numbers_through_the_front(
    browser, content, hospital, monkeypatch: pytest.MonkeyPatch
):
    """`make serve HOSPITAL=...` as a hospital runs it: nginx in front of two app processes, given the
    file by a path relative to the repository (serve.py hands each process the absolute path)."""
    monkeypatch.setenv(HOSPITAL_SETTING, str(EXAMPLE.relative_to(ROOT)))
    with production() as front, browser_page(browser, "phone") as page:
        open_page(page, front["url"], "/handout?lang=zh")
        box = main(page).locator(".st-key-call_now")
        for number in numbers(hospital):
            expect(box).to_contain_text(number)
        expect(main(page).get_by_role("heading", level=1)).to_contain_text(hospital.name["zh"])
