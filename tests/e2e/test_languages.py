"""In real Chromium: every page in Chinese (no English sentence leaks, <html lang> says Chinese),
the switch in the main area works on a phone and keeps the reader's answers, and the quality
gates hold in Chinese too."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from harness.browser import browser_page, choose, go, open_page, photograph_and_check, wait_for_app
from liverguide.content import Content
from liverguide.outcomes import FIRST_PICTURE
from liverguide.site import BY_ID, PAGES

PAGE_IDS = [p.id for p in PAGES]
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}")


def meant_in_english(content: Content) -> list[str]:
    """English the Chinese pages show on purpose: citations (titles, authors, where a text is held),
    each glossary word's English name, the clinic's words as we have them, and the switch's "English";
    longest first, so a long one is taken out before a short one inside it."""
    meant = (
        {s.title for s in content.sources.values()}
        | {s.by for s in content.sources.values()}
        | {s.location for s in content.sources.values() if s.location}
        | {t.term["en"] for t in content.glossary.values()}
        | {q.original for q in content.questions if q.original}
        | set(content.meta.languages.values())
    )
    return sorted(meant, key=len, reverse=True)


def english_leaks(text: str, meant: list[str] = ()) -> list[str]:
    """Runs of three or more English words, once the English meant to be there is taken out."""
    text = " ".join(text.split())
    for words in meant:
        text = text.replace(" ".join(words.split()), " ")
    return ENGLISH_RUN.findall(text)


def test_the_leak_check_can_fail():
    assert english_leaks("这是中文。 Talk to your care team. 好的") == ["Talk to your care team"]
    assert english_leaks("经动脉化疗栓塞术（TACE）和 CT、HAIC") == []
    assert english_leaks("见 Reig M, Forner A, Rimola J（2022）", ["Reig M, Forner A, Rimola J"]) == []


@pytest.mark.parametrize("name", PAGE_IDS)
def test_every_page_in_chinese_has_chinese_text_and_html_lang(page: Page, app_url: str, name: str, content):
    open_page(page, app_url, f"{BY_ID[name].address}?lang=zh")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", level=1)).to_have_text(content.in_language("zh").ui(f"{name}_title"))
    expect(page.locator("html")).to_have_attribute("lang", re.compile(r"^zh"))
    leaks = english_leaks(main.inner_text(), meant_in_english(content))
    assert not leaks, f"English on the Chinese {name} page: {leaks}"


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("name", PAGE_IDS)
def test_every_chinese_page_passes_the_gates_and_is_photographed(
    browser, app_url: str, name: str, viewport: str, content
):
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"{BY_ID[name].address}?lang=zh")
        photograph_and_check(page, f"{name}-zh-{viewport}")


def test_the_switch_in_the_main_area_works_on_a_phone_and_keeps_the_answers(browser, app_url: str, content):
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, "/pathway")
        main = page.get_by_test_id("stMain")
        words = content.pathway_questions["cancer"].options["primary"]
        main.get_by_test_id("stRadio").get_by_text(words["en"], exact=True).click()
        wait_for_app(page)
        switch = main.get_by_role("radio", name="中文")  # the segmented control's option, in the main area
        switch.scroll_into_view_if_needed()  # the answer scrolled the page; the switch is at its top
        expect(switch).to_be_in_viewport()
        switch.click()
        wait_for_app(page)
        expect(main.get_by_role("heading", level=1)).to_have_text(content.in_language("zh").ui("pathway_title"))
        expect(page).to_have_url(re.compile(r"[?&]lang=zh"))
        expect(page.locator("html")).to_have_attribute("lang", re.compile(r"^zh"))
        expect(main.get_by_role("radio", name=words["zh"])).to_be_checked()
        # And back: the URL and the page follow.
        main.get_by_role("radio", name="English").click()
        wait_for_app(page)
        expect(main.get_by_role("heading", level=1)).to_have_text(content.in_language("en").ui("pathway_title"))
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(main.get_by_role("radio", name=words["en"])).to_be_checked()


def test_a_chinese_reader_keeps_chinese_on_the_next_page_and_in_a_glossary_tab(page: Page, app_url: str, content):
    open_page(page, app_url, "/questions?lang=zh")
    main = page.get_by_test_id("stMain")
    link = main.locator("a[href*='glossary?term=']").first
    expect(link).to_have_attribute("href", re.compile(r"lang=zh"))
    go(page, content.in_language("zh"), "pathway")  # by the guide's Menu, its only menu
    expect(main.get_by_role("heading", level=1)).to_have_text(content.in_language("zh").ui("pathway_title"))
    expect(page).to_have_url(re.compile(r"/pathway\?lang=zh"))


def test_side_by_side_shows_both_languages_in_columns_that_stack_on_a_phone(browser, app_url: str, content):
    with browser_page(browser, "phone") as page:
        open_page(page, app_url, "/treatments?lang=zh")
        main = page.get_by_test_id("stMain")
        main.get_by_text(content.in_language("zh").ui("both_languages")).click()
        wait_for_app(page)
        tace = content.treatments["tace"]
        zh = main.get_by_role("heading", name=tace.short["zh"], exact=True).first
        en = main.get_by_role("heading", name=tace.short["en"], exact=True).first
        expect(zh).to_be_visible()
        expect(en).to_be_visible()
        assert en.bounding_box()["y"] > zh.bounding_box()["y"], "on a phone the columns stack, Chinese first"
        photograph_and_check(page, "treatments-both-phone")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_the_charts_and_the_100_people_speak_chinese_with_the_same_numbers(
    browser, app_url: str, viewport: str, content
):
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, "/outcomes?lang=zh")
        main = page.get_by_test_id("stMain")
        main.get_by_role("button", name=content.in_language("zh").ui("show_numbers")).click()
        wait_for_app(page)
        charts = main.get_by_test_id("stPlotlyChart")
        expect(charts).to_have_count(3)
        seed = next(o for o in content.outcomes if o.in_seed)
        expect(charts.nth(0)).to_contain_text(content.in_language("zh").ui("freq_at_least", n=60))
        expect(charts.nth(0)).to_have_attribute("aria-label", re.compile(re.escape(seed.label["zh"])))
        expect(charts.nth(1).locator("g.shapelayer path")).to_have_count(200)
        # The picture opens on a study's row, not the clinic's figure (the audit's finding 5).
        first = next(o for o in content.outcomes if o.id == FIRST_PICTURE)
        expect(charts.nth(1)).to_have_attribute("aria-label", re.compile(re.escape(first.population["zh"])))
        assert not english_leaks(main.inner_text(), meant_in_english(content))
        photograph_and_check(page, f"outcomes-numbers-zh-{viewport}")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_a_pathway_route_and_its_flowchart_in_chinese(browser, app_url: str, viewport: str, content):
    """A late stage in Chinese, every answer in its question's box: the result, the stage in both
    systems, the chart's words and no English on the page but names and citations."""
    zh = content.in_language("zh")
    late = {"cancer": "primary", "kind": "hcc", "activity": "full", "liver_signs": "none", "tumours": "one",
            "largest": "2_to_3", "vessels": "yes", "spread": "no", "resectable": "no"}  # fmt: skip
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, "/pathway?lang=zh")
        main = page.get_by_test_id("stMain")
        for field, option in late.items():
            choose(page, zh, field, option)
        expect(main.get_by_role("heading", name=content.pathway_results["hcc_late"].headline["zh"])).to_be_visible()
        expect(main.locator(".st-key-pathway_stage")).to_contain_text("IIIa 期")
        chart = main.get_by_test_id("stGraphVizChart")
        expect(chart.locator("svg")).to_contain_text(zh.ui("node_r_drugs_first")[:4])
        expect(chart).to_have_attribute(
            "aria-label", re.compile(re.escape(content.pathway_questions["activity"].short["zh"]))
        )
        assert not english_leaks(main.inner_text(), meant_in_english(content))
        photograph_and_check(page, f"pathway-late-zh-{viewport}")
