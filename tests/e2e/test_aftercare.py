"""In the browser: after-care per treatment. A tap chooses the treatment; each prints with its call-now
list whole on page 1; the day typed makes a calendar file that a kept iCalendar parser reads; New
patient clears the choice and the day, and Back brings neither back."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import Page, expect

from harness.browser import browser_page, go, main, open_page, photograph_and_check, wait_for_app
from liverguide.aftercare import aftercare_choices, aftercare_for, checkup_day
from tests.e2e.test_phone_and_paper import pages_with, pdf_pages
from ui import state


def tap_treatment(page: Page, w, treatment: str) -> None:
    # One tap each, a radio group.
    choice = main(page).locator(f".st-key-{state.per_language(state.AFTERCARE_TREATMENT, w.lang)}")
    choice.get_by_role("radio", name=w(w.content.treatments[treatment].short), exact=True).click()
    wait_for_app(page)
    expect(main(page).locator(".st-key-aftercare_call_now")).to_contain_text(
        w.ui("after_treatment", treatment=w.treatment_name(treatment, in_sentence=True))
    )


def type_day(page: Page, w, day: date) -> None:
    """As a reader types it: year, month and day into the date box's parts, then on past its calendar
    button, as the page tells them (the box takes the day when focus leaves it)."""
    main(page).get_by_role("spinbutton", name=re.compile("year")).click()
    page.keyboard.type(f"{day:%Y%m%d}")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    wait_for_app(page)
    expect(main(page).get_by_role("button", name=w.ui("calendar_download"))).to_be_visible()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_treatment_is_a_tap_away_and_prints_with_its_call_now_list_whole_on_page_1(
    browser, app_url: str, content, lang: str, viewport: str
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/aftercare?lang={lang}")
        expect(main(page)).to_contain_text(w.ui("aftercare_choose_hint"))
        expect(main(page).locator(".st-key-aftercare_call_now")).to_have_count(0)
        for treatment in aftercare_choices(content):  # one button per distinct list
            tap_treatment(page, w, treatment)
            care = aftercare_for(content, treatment)
            box = main(page).locator(".st-key-aftercare_call_now")
            for item in care.call_now:
                expect(box).to_contain_text(f"☐ {w(item.text)}")
            if treatment == "tace":
                photograph_and_check(page, f"aftercare-{treatment}-{lang}-{viewport}")
            page.emulate_media(media="print")
            pages = pdf_pages(page.pdf(format="A4"))
            for text in (w.ui("warning_heading"), *(w(a.text) for a in care.call_now)):
                assert pages_with(pages, text) == [1], f"{treatment}: {text!r} on page(s) {pages_with(pages, text)}"
            assert not pages_with(pages, w.ui("calendar_heading")), "the calendar part is for the screen only"
            page.emulate_media(media="screen")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_day_typed_makes_a_calendar_file_a_calendar_reads(
    browser, app_url: str, content, lang: str, tmp_path: Path
):
    w = content.in_language(lang)
    treated = date.today() - timedelta(days=3)
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, f"/aftercare?lang={lang}&show=ablation")
        expect(main(page).locator(".st-key-aftercare_call_now")).to_be_visible()
        expect(main(page).get_by_role("button", name=w.ui("calendar_download"))).to_have_count(0)
        type_day(page, w, treated)
        assert f"{treated:%Y-%m-%d}" not in page.url, "the day never goes into the address"
        with page.expect_download() as info:
            main(page).get_by_role("button", name=w.ui("calendar_download")).click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        photograph_and_check(page, f"aftercare-calendar-{lang}-phone")
    assert path.suffix == ".ics"
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    care = aftercare_for(content, "ablation")
    events = cal.walk("VEVENT")
    assert [e.decoded("DTSTART") for e in events] == [checkup_day(treated, a) for a in care.checkups]
    summary = w.ui("calendar_summary", treatment=w.in_sentence(w(content.treatments["ablation"].short)))
    assert all(str(e["SUMMARY"]) == summary for e in events), "in the reader's language"


def test_new_patient_clears_the_treatment_and_the_day_and_back_brings_neither_back(page: Page, app_url: str, content):
    en = content.in_language("en")
    open_page(page, app_url, "/aftercare?consult=1&lang=en")
    tap_treatment(page, en, "tace")
    type_day(page, en, date.today())
    go(page, en, "treatments")
    go(page, en, "aftercare")
    expect(main(page).locator(".st-key-aftercare_call_now")).to_be_visible()  # kept for the visit
    main(page).get_by_role("button", name=en.ui("new_patient")).click()
    page.get_by_role("dialog").get_by_role("button", name=en.ui("new_patient_yes")).click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"^[^?]*/\?"))
    go(page, en, "aftercare")
    expect(main(page).locator(".st-key-aftercare_call_now")).to_have_count(0)
    expect(main(page)).to_contain_text(en.ui("aftercare_choose_hint"))
    for _ in range(4):  # Back through the pages seen before New patient
        page.go_back()
        wait_for_app(page)
        expect(main(page).locator(".st-key-aftercare_call_now")).to_have_count(0)
        expect(main(page).get_by_role("button", name=en.ui("calendar_download"))).to_have_count(0)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_treatment_s_link_opens_the_after_care_page_on_that_treatment(page: Page, app_url: str, content, lang: str):
    w = content.in_language(lang)
    open_page(page, app_url, f"/treatments?lang={lang}")
    name = w(content.treatments["haic"].short)
    main(page).get_by_role("link", name=w.ui("after_link", name=name)).first.click()
    wait_for_app(page)
    expect(main(page).get_by_role("heading", level=1)).to_have_text(w.ui("aftercare_title"))
    choice = main(page).locator(f".st-key-{state.per_language(state.AFTERCARE_TREATMENT, lang)}")
    expect(choice.get_by_role("radio", name=name, exact=True)).to_have_attribute("aria-checked", "true")
    expect(main(page).locator(".st-key-aftercare_call_now")).to_contain_text(w.ui("after_treatment", treatment=name))
    # The reader's own tap then wins: the link's ?show= is gone from the address.
    tap_treatment(page, w, "tace")
    page.reload()
    wait_for_app(page)
    expect(main(page).locator(".st-key-aftercare_call_now")).to_have_count(0)  # a reload starts afresh
