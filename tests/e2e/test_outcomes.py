"""In real Chromium: the outcomes page keeps its numbers behind a gentle gate, then draws the charts
and the 100-person picture as SVG, readable on a phone and passing the accessibility check."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from harness.browser import browser_page, choose, go, main, open_page, photograph_and_check, wait_for_app
from liverguide.outcomes import FIRST_PICTURE, for_endpoint, frequency, out_of_100, the_rest


@pytest.mark.parametrize("name", ["desktop", "phone"])
def test_the_numbers_show_as_svg_charts_and_100_people_after_the_reader_asks(browser, app_url: str, name: str, content):
    en = content.in_language("en")
    seed = next(o for o in content.outcomes if o.in_seed)
    seed_words = frequency(en, seed)
    with browser_page(browser, name) as page:
        open_page(page, app_url, "/outcomes")
        main = page.get_by_test_id("stMain")
        expect(main.get_by_test_id("stPlotlyChart")).to_have_count(0)
        expect(main).not_to_contain_text("out of 100")
        main.get_by_role("button", name=en.ui("show_numbers")).click()
        wait_for_app(page)
        charts = main.get_by_test_id("stPlotlyChart")
        expect(charts).to_have_count(3)
        for i in range(3):
            expect(charts.nth(i).locator("svg.main-svg").first).to_be_visible()
        # The bar chart draws one bar per row of its endpoint, and the clinic's arrow.
        survival = charts.nth(0)
        expect(survival.locator("g.point path")).to_have_count(len(for_endpoint(content, "5y_survival")))
        expect(survival).to_contain_text(seed_words)
        # The caveat on the clinic's figure sits under the bars.
        expect(main).to_contain_text(en(content.sections["outcomes_clinic_caveat"].heading))
        # The picture: 100 people, each a head and a body, a sourced group's figure filled (not the clinic's).
        icons = charts.nth(1)
        expect(icons.locator("g.shapelayer path")).to_have_count(200)
        first = next(o for o in content.outcomes if o.id == FIRST_PICTURE)
        words = frequency(en, first)
        sentence = en.ui(
            "icons_sentence",
            freq=words,
            rest=the_rest(en, first),
            group=en(first.population),
            treatment=en(first.treatment),
        )
        expect(icons).to_have_attribute("aria-label", en.ui("icons_alt", n=out_of_100(first.value), sentence=sentence))
        photograph_and_check(page, f"outcomes-numbers-{name}")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", ["desktop", "phone"])
def test_a_reader_whose_bowel_cancer_spread_to_the_liver_is_shown_no_chart_of_another_disease(
    browser, app_url: str, content, name: str, lang: str
):
    """M3: the chooser's first answers say whose cancer it is; the numbers page then says it has no
    chart for that kind and shows what the guide has from studies of it (COLLISION, Fiorentini)."""
    w = content.in_language(lang)
    kind = w.ui("kind_bowel_spread")
    with browser_page(browser, name) as page:
        open_page(page, app_url, f"/pathway?lang={lang}")
        choose(page, w, "cancer", "metastatic")
        choose(page, w, "origin", "bowel")
        go(page, w, "outcomes")
        expect(main(page)).to_contain_text(w.ui("outcomes_not_all_fit", kind=kind))
        main(page).get_by_role("button", name=w.ui("show_numbers")).click()
        wait_for_app(page)
        expect(main(page).get_by_test_id("stPlotlyChart")).to_have_count(0)
        expect(main(page)).to_contain_text(w.ui("outcomes_we_have", kind=kind))
        expect(main(page)).to_contain_text("COLLISION")
        expect(main(page)).to_contain_text("Fiorentini")
        photograph_and_check(page, f"outcomes-bowel-spread-{name}-{lang}")


# Every text box of the drawn bar chart (its labels, ticks and axis title) and every bar, in page pixels.
CHART_BOXES = """(chart) => {
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const texts = [...chart.querySelectorAll('g.annotation text, g.xtick text, text.xtitle')]
    .filter((t) => t.textContent.trim())
    .map((t) => ({text: t.textContent, box: box(t), fill: getComputedStyle(t).fill}));
  const bars = [...chart.querySelectorAll('g.point path')].map(box);
  return {texts, bars};
}"""


def _overlap(a, b, slack: float = 1.0) -> bool:
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack


def _contrast(fill: str, background=(255, 255, 255)) -> float:
    def luminance(rgb) -> float:
        c = [v / 255 for v in rgb]
        c = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    rgb = tuple(int(v) for v in fill[fill.index("(") + 1 : fill.index(")")].split(",")[:3])
    light, dark = sorted((luminance(rgb), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_ratio_is_measured_as_wcag_says():
    assert round(_contrast("rgb(0, 0, 0)"), 1) == 21.0
    assert _contrast("rgb(118, 118, 118)") >= 4.5 > _contrast("rgb(130, 130, 130)")


def test_overlap_is_found_only_where_boxes_share_area():
    assert _overlap((0, 0, 10, 10), (5, 5, 15, 15)) and not _overlap((0, 0, 10, 10), (10, 0, 20, 10))


@pytest.mark.parametrize(
    ("name", "query"),
    [("desktop", "lang=en"), ("phone", "lang=en"), ("desktop", "lang=zh"), ("phone", "lang=zh"),
     ("desktop", "lang=en&consult=1")],
)  # fmt: skip
def test_no_chart_label_overlaps_a_bar_or_another_label_and_each_is_readable(browser, app_url, name, query, content):
    """From the chart as Chromium drew it (the boxes of its SVG text and bars), not from its settings."""
    lang = "zh" if "lang=zh" in query else "en"
    with browser_page(browser, name) as page:
        open_page(page, app_url, f"/outcomes?{query}")
        main = page.get_by_test_id("stMain")
        main.get_by_role("button", name=content.in_language(lang).ui("show_numbers")).click()
        wait_for_app(page)
        chart = main.get_by_test_id("stPlotlyChart").first
        expect(chart.locator("g.point path").first).to_be_visible()
        drawn = chart.evaluate(CHART_BOXES)
        texts, bars = drawn["texts"], drawn["bars"]
        assert texts and bars
        on_bars = [(t["text"], i) for t in texts for i, bar in enumerate(bars) if _overlap(t["box"], bar)]
        assert not on_bars, f"labels drawn over bars: {on_bars}"
        crossing = [
            (a["text"], b["text"]) for i, a in enumerate(texts) for b in texts[i + 1 :] if _overlap(a["box"], b["box"])
        ]
        assert not crossing, f"labels drawn over each other: {crossing}"
        faint = [(t["text"], t["fill"]) for t in texts if _contrast(t["fill"]) < 4.5]
        assert not faint, f"labels under 4.5:1 on white: {faint}"
