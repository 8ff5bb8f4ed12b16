"""In real Chromium: the treatments comparison reads on a phone, glossary words link to their entry,
a pathway result leads to its treatment, and the after-care checklist prints."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from harness.browser import browser_page, choose, open_page, photograph_and_check, wait_for_app
from liverguide.aftercare import aftercare_for, plain


def test_the_comparison_tables_fit_a_phone_without_sideways_scrolling(browser, app_url: str, content):
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, "/treatments")
        tables = page.get_by_test_id("stMain").locator("table")
        expect(tables).to_have_count(4)
        for i in range(4):
            table = tables.nth(i)
            table.scroll_into_view_if_needed()
            wide = table.evaluate(
                "el => Array.from(el.querySelectorAll('*')).some(n => n.scrollWidth > n.clientWidth + 1"
                " && getComputedStyle(n).overflowX !== 'visible')"
            )
            assert not wide, f"comparison table {i + 1} scrolls sideways on a phone"
        photograph_and_check(page, "treatments-comparison-phone")


def test_glossary_words_link_to_their_entry_in_a_new_tab(page: Page, app_url: str, content):
    open_page(page, app_url, "/questions")
    link = page.get_by_test_id("stMain").get_by_role("link", name=content.glossary["interventional_therapy"].term["en"])
    expect(link.first).to_have_attribute("href", "glossary?term=interventional_therapy&lang=en")
    expect(link.first).to_have_attribute("target", "_blank")
    open_page(page, app_url, "/glossary?term=interventional_therapy")
    expect(page.get_by_test_id("stMain").get_by_text(content.ui["glossary_asked"]["en"])).to_be_visible()


def test_a_pathway_result_leads_to_its_treatment_section(page: Page, app_url: str, content):
    open_page(page, app_url, "/pathway")
    main = page.get_by_test_id("stMain")
    en = content.in_language("en")
    lung = {"cancer": "metastatic", "origin": "lung", "activity": "full", "liver_signs": "none", "tumours": "one",
            "largest": "2_to_3", "liver_only": "yes", "resectable": "no"}  # fmt: skip
    for field, option in lung.items():
        choose(page, en, field, option)
    short = content.treatments["haic"].short["en"]
    clinic = main.locator(".st-key-pathway_view_clinic")  # the kinds this guide describes: TACE, HAIC
    clinic.get_by_role("link", name=en.ui("listed", text=short)).click()
    wait_for_app(page)
    expect(page).to_have_url(f"{app_url}/treatments?show=haic&lang=en")
    expect(main.get_by_text(content.ui["you_asked"]["en"])).to_be_visible()
    expect(main.get_by_role("heading", level=2).first).to_have_text(short)


def test_the_after_care_checklist_prints(page: Page, app_url: str, content):
    open_page(page, app_url, "/aftercare?show=tace")
    page.emulate_media(media="print")
    main = page.get_by_test_id("stMain")
    en = content.in_language("en")
    for item in aftercare_for(content, "tace").items:
        expect(main.get_by_text(plain(en, item.text), exact=False).first).to_be_visible()
    assert page.pdf(format="A4")[:4] == b"%PDF"
