"""In the browser: deciding together. A reader and a family member rate what matters and see where
they differ; the options of the chooser result sit side by side; questions ticked on three pages and
one typed come together in one list that can be reordered; all of it prints on the take-home sheet,
still two A4 pages with the heaviest route; in consultation mode the check questions explain again
after a wrong answer; New patient clears everything, and Back brings none of it back. Each screen
passes the gates at 1280 and 390 px, in both languages."""

from __future__ import annotations

import contextlib
import re
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

from harness.browser import ROOT, browser_page, go, main, open_page, photograph_and_check, wait_for_app
from harness.journeys import (
    HEAVY_HCC_ROUTE,
    HEAVY_HCC_ROUTE_RESULT,
    METASTATIC_ROUTE,
    METASTATIC_ROUTE_RESULT,
    ROUTE,
    ROUTE_RESULT,
)
from liverguide.decide import SURE, Asked, asked_words, checks_on, route_questions
from liverguide.pathway import Answers, choose_route
from tests.e2e.test_phone_and_paper import (
    answer_in_boxes,
    check_call_now_box_on_page_1,
    open_sheet_and_type_the_number,
    pdf_pages,
    print_page_and_file,
    squash,
)
from ui import state

OWN_QUESTION = {"en": "Can my daughter come with me on the day?", "zh": "治疗那天我女儿可以陪我去吗？"}


def rate(page: Page, w, person: str, matter: str, level: str) -> None:
    box = main(page).locator(f".st-key-matter_{matter}")
    group = box.locator(f".st-key-{state.rating(person, matter, w.lang)}")
    group.get_by_role("radio", name=w.ui(f"level_{level}"), exact=True).click()
    wait_for_app(page)
    expect(group.get_by_role("radio", name=w.ui(f"level_{level}"), exact=True)).to_have_attribute(
        "aria-checked", "true"
    )


def lean(page: Page, w, option: str) -> None:
    group = main(page).locator(f".st-key-{state.per_language(state.DECIDE_LEANING, w.lang)}")
    group.get_by_role("radiogroup").get_by_text(option, exact=True).click()
    wait_for_app(page)
    expect(group.get_by_role("radio", name=option, exact=True)).to_be_checked()


def answer_sure(page: Page, w, item: str, answer: str) -> None:
    group = main(page).locator(f".st-key-{state.sure_answer(item, w.lang)}")
    group.get_by_role("radio", name=w.ui(f"answer_{answer}"), exact=True).click()
    wait_for_app(page)
    expect(group.get_by_role("radio", name=w.ui(f"answer_{answer}"), exact=True)).to_have_attribute(
        "aria-checked", "true"
    )


def tick(page: Page, w, asked: Asked) -> None:
    main(page).locator(f".st-key-{state.question_tick(asked.kind, asked.ref, w.lang)}").locator("label").click()
    wait_for_app(page)


def type_own_question(page: Page, w, words: str) -> None:
    box = main(page).get_by_role("textbox", name=w.ui("my_question_type"))
    for _ in range(3):
        # A rerun still drawing the page (after the last tick) can redraw the box empty after the
        # fill; the box must hold the words before Enter sends them.
        wait_for_app(page)
        box.fill(words)
        with contextlib.suppress(AssertionError):
            expect(box).to_have_value(words, timeout=5_000)
            break
    expect(box).to_have_value(words)
    box.press("Enter")
    wait_for_app(page)
    expect(main(page).locator("[class*='st-key-my_question_box_']").last).to_contain_text(words)
    expect(box).to_have_value("")  # empty again, for the next question


def fill_decide_to_the_most(page: Page, w, result: str) -> None:
    """From a chooser result: /decide filled as fully as a reader can, for the heaviest sheet. Every
    matter rated by the reader and a family member, "not sure yet", four SURE answers of no, every
    suggested question of the result ticked and three typed."""
    go(page, w, "decide")
    main(page).get_by_text(w.ui("decide_family_switch")).click()
    wait_for_app(page)
    levels = ("lot", "some", "little")
    for i, matter in enumerate(w.content.matters):
        rate(page, w, "me", matter, levels[i % 3])
        rate(page, w, "family", matter, levels[(i + 1) % 3])
    lean(page, w, w.ui("not_sure_yet"))
    for item in SURE:
        answer_sure(page, w, item, "no")
    for asked in route_questions(result, len(w.content.pathway_results[result].ask)):
        tick(page, w, asked)
    for n in range(3):
        type_own_question(page, w, f"{OWN_QUESTION[w.lang]} ({n + 1})")


def expect_list(page: Page, questions: list[str]) -> None:
    """The reader's list shows these questions, numbered, in this order (once the page has redrawn it)."""
    boxes = main(page).locator("[class*='st-key-my_question_box_']")
    expect(boxes).to_have_count(len(questions))
    texts = boxes.locator("[data-testid=stMarkdown] p")
    expect(texts).to_have_text([f"{n}. {q}" for n, q in enumerate(questions, 1)])


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_reader_and_a_family_member_weigh_the_options_and_gather_their_questions(
    browser, app_url: str, content, lang: str, viewport: str
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/pathway?lang={lang}")
        answer_in_boxes(page, w, ROUTE, ROUTE_RESULT)
        first, second = route_questions(ROUTE_RESULT, 2)
        tick(page, w, second)  # on the chooser's result
        go(page, w, "treatments")
        tick(page, w, Asked("treatment", "tace"))
        go(page, w, "questions")
        walk = Asked("walk", content.questions[0].id)
        tick(page, w, walk)
        go(page, w, "decide")

        # What matters: the reader's, then a family member's beside it; where they differ shows.
        rate(page, w, "me", "longer_life", "lot")
        rate(page, w, "me", "little_hospital", "some")
        main(page).get_by_text(w.ui("decide_family_switch")).click()
        wait_for_app(page)
        rate(page, w, "family", "longer_life", "lot")
        rate(page, w, "family", "little_hospital", "lot")
        views = main(page).locator(".st-key-decide_two_views")
        statements = {m: w(content.matters[m].statement) for m in content.matters}
        expect(views.locator("p").filter(has_text=w.ui("decide_agree"))).to_contain_text(statements["longer_life"])
        expect(views).to_contain_text(w.ui("decide_differ"))
        expect(views.get_by_role("listitem")).to_have_count(1)
        expect(views.get_by_role("listitem")).to_contain_text(statements["little_hospital"])
        expect(views).to_contain_text(w.ui("decide_talk_about_it"))

        # The options of the result, each matter's row naming each option; nothing marked best.
        named = choose_route(Answers(**ROUTE), content).treatments
        for matter in content.matters.values():
            row = main(page).locator(f".st-key-grid_{matter.id}")
            expect(row).to_contain_text(w(matter.statement))
            if matter.for_all is None:
                for t in named:
                    expect(row).to_contain_text(w(content.treatments[t].short))
        expect(main(page).locator(".st-key-grid_longer_life")).to_contain_text(w.ui("level_lot"))
        expect(main(page)).to_contain_text(w.ui("decide_no_best"))

        # The list: ticked on three pages, one more ticked here, and one typed; then reordered.
        tick(page, w, first)
        type_own_question(page, w, OWN_QUESTION[lang])
        ticked = (second, Asked("treatment", "tace"), walk, first)
        expected = [asked_words(w, a) for a in ticked] + [OWN_QUESTION[lang]]
        expect_list(page, expected)
        main(page).locator(".st-key-my_question_up_4").get_by_role("button").click()
        wait_for_app(page)
        expected[3], expected[4] = expected[4], expected[3]
        expect_list(page, expected)
        main(page).locator(".st-key-my_question_remove_0").get_by_role("button").click()
        wait_for_app(page)
        expected.pop(0)
        expect_list(page, expected)

        # About liver cancer comes before the options, and the decision opens them.
        condition = w(content.sections["decide_condition"].heading)
        expect(main(page).get_by_role("heading", name=condition)).to_be_visible()
        decision = main(page).locator(".st-key-decide_decision")
        expect(decision).to_contain_text(w.ui("decision_heading"))
        expect(decision).to_contain_text(w(content.pathway_results[ROUTE_RESULT].decision))

        # The last step: leaning towards an option, and the SURE test with a next step for the one no.
        lean(page, w, w(content.treatments[named[0]].short))
        for item in SURE:
            answer_sure(page, w, item, "no" if item == "support" else "yes")
        next_steps = main(page).locator(".st-key-decide_sure_next")
        expect(next_steps).to_contain_text(w.ui("sure_score", score=3))
        expect(next_steps).to_contain_text(w.ui("sure_next_support"))
        expect(next_steps).not_to_contain_text(w.ui("sure_next_sure"))
        photograph_and_check(page, f"decide-{lang}-{viewport}")

        # The chooser's tick box now shows the question taken off the list as unticked.
        go(page, w, "pathway")
        box = main(page).locator(f".st-key-{state.question_tick(second.kind, second.ref, lang)}")
        expect(box.get_by_role("checkbox")).not_to_be_checked()

        # On the sheet: what matters to each, and the list in its order in place of the suggested questions.
        box = open_sheet_and_type_the_number(page, w)
        sheet = main(page)
        expect(sheet).to_contain_text(w.ui("handout_matters"))
        expect(sheet).to_contain_text(w.ui("person_family"))
        items = sheet.locator("[class*='st-key-handout_part_']").filter(has_text=w.ui("handout_my_questions"))
        expect(items.get_by_role("listitem")).to_have_text(expected)
        suggested = content.pathway_results[ROUTE_RESULT].ask[2]
        expect(sheet).not_to_contain_text(w(suggested))  # a suggested question the reader did not keep
        page.emulate_media(media="print")
        pages = pdf_pages(page.pdf(format="A4", print_background=True))
        assert len(pages) <= 2, f"the sheet prints on {len(pages)} pages"


@pytest.mark.parametrize(
    ("route", "result"), [(METASTATIC_ROUTE, METASTATIC_ROUTE_RESULT), (HEAVY_HCC_ROUTE, HEAVY_HCC_ROUTE_RESULT)]
)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_heaviest_sheet_with_two_people_s_ratings_seven_questions_and_the_sure_test_prints_on_two_a4_pages(
    browser, app_url: str, content, lang: str, route: dict, result: str, tmp_path: Path
):
    """On the two routes whose sheets carry the most notes and treatments: every matter rated by both
    people, every suggested question ticked and three typed, "not sure yet" and four SURE answers of
    no (a next step for each): the decision, where the reader stands and who made the guide all print,
    still on two pages, call-now box on page 1."""
    w = content.in_language(lang)
    with browser_page(browser, "desktop") as page:
        open_page(page, app_url, f"/pathway?lang={lang}")
        answer_in_boxes(page, w, route, result)
        fill_decide_to_the_most(page, w, result)
        go(page, w, "pathway")
        open_sheet_and_type_the_number(page, w)
        printed_page, printed_file = print_page_and_file(browser, page, w, tmp_path)
    said = (
        w.ui("decision_heading"),
        w.ui("handout_matters"),
        w.ui("person_family"),
        w.ui("deliberation_heading"),
        w.ui("sure_score", score=0),
        *(w.ui(f"sure_next_{item}") for item in SURE),
        f"{OWN_QUESTION[lang]} (3)",
        w.ui("handout_about", date=w.day(content.meta.next_review)),
    )
    for where, pdf in (("printed page", printed_page), ("downloaded file", printed_file)):
        check_call_now_box_on_page_1(pdf, w, f"{where} ({lang})", route)
        printed = "".join(pdf_pages(pdf))
        for words in said:
            assert squash(words) in printed, (where, words)


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_about_page_says_who_made_the_guide_who_pays_how_it_was_written_and_when_it_is_checked(
    browser, app_url: str, content, lang: str, viewport: str
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/about?lang={lang}")
        for section in (s for s in content.sections.values() if s.page == "about"):
            heading = w(section.heading)
            expect(main(page).get_by_role("heading", name=heading)).to_be_visible()
        expect(main(page)).to_contain_text(w.day(content.meta.next_review))
        photograph_and_check(page, f"about-{lang}-{viewport}")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_in_consultation_mode_a_wrong_answer_brings_the_explanation_again_kindly(
    browser, app_url: str, content, lang: str, viewport: str
):
    w = content.in_language(lang)
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"/decide?lang={lang}&consult=1")
        heading = w(content.sections["decide_checks"].heading)
        expect(main(page).get_by_role("heading", name=heading)).to_be_visible()
        main(page).get_by_role("radio", name=w.ui("check_topic_aftercare"), exact=True).click()
        wait_for_app(page)
        check = checks_on(content, "aftercare")[0]
        box = main(page).locator(f".st-key-check_box_{check.id}")
        wrong = next(o for o in check.options if o != check.right)
        box.get_by_role("button", name=w(check.options[wrong]), exact=True).click()
        wait_for_app(page)
        explained = box.locator(f".st-key-check_explain_{check.id}")
        expect(explained).to_contain_text(w.ui("check_not_quite"))
        expect(explained).to_contain_text(re.sub(r"\s+", " ", w(check.explain)).split("。")[0].split(". ")[0])
        photograph_and_check(page, f"decide-checks-{lang}-{viewport}")
        box.get_by_role("button", name=w(check.options[check.right]), exact=True).click()
        wait_for_app(page)
        expect(explained).to_contain_text(w.ui("check_right"))
        expect(explained).not_to_contain_text(w.ui("check_not_quite"))
        # Nothing is scored: no count of right answers anywhere on the page.
        expect(main(page)).not_to_contain_text(re.compile(r"\b\d+ (of|out of) \d+ (right|correct)"))


def test_new_patient_clears_the_ratings_the_list_and_the_checks_and_back_brings_none_back(
    page: Page, app_url: str, content
):
    en = content.in_language("en")
    open_page(page, app_url, "/decide?consult=1&lang=en")
    main(page).get_by_text(en.ui("decide_family_switch")).click()
    wait_for_app(page)
    rate(page, en, "me", "keep_liver", "lot")
    rate(page, en, "family", "keep_liver", "little")
    type_own_question(page, en, OWN_QUESTION["en"])
    check = checks_on(content, "suitable")[0]
    main(page).locator(f".st-key-check_box_{check.id}").get_by_role("button").first.click()
    wait_for_app(page)
    go(page, en, "treatments")
    go(page, en, "decide")
    expect_list(page, [OWN_QUESTION["en"]])  # kept for the visit
    main(page).get_by_role("button", name=en.ui("new_patient")).click()
    page.get_by_role("dialog").get_by_role("button", name=en.ui("new_patient_yes")).click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"^[^?]*/\?"))
    assert OWN_QUESTION["en"] not in page.url
    go(page, en, "decide")

    def nothing_kept() -> None:
        expect(main(page)).to_contain_text(en.ui("my_questions_empty"))
        expect(main(page)).not_to_contain_text(OWN_QUESTION["en"])
        expect(main(page).locator(".st-key-decide_two_views")).to_have_count(0)
        expect(main(page).locator(f".st-key-check_explain_{check.id}")).to_have_count(0)
        chosen = main(page).locator(".st-key-matter_keep_liver").locator("[role=radio][aria-checked=true]")
        expect(chosen).to_have_count(0)

    nothing_kept()
    for _ in range(4):  # Back through the pages seen before New patient
        page.go_back()
        wait_for_app(page)
        if main(page).get_by_role("heading", level=1).inner_text() == en.ui("decide_title"):
            nothing_kept()
        expect(main(page)).not_to_contain_text(OWN_QUESTION["en"])


def files_holding(token: str, since: float) -> list[Path]:
    """Files under the project or the temp folder, written since `since`, that hold `token`."""
    holding = []
    for folder in (ROOT, Path(tempfile.gettempdir())):
        for path in folder.rglob("*"):
            try:
                if path.is_file() and path.stat().st_mtime >= since and path.stat().st_size < 50_000_000:
                    if token.encode() in path.read_bytes():
                        holding.append(path)
            except OSError:
                continue
    return holding


def test_the_file_search_finds_words_written_to_disk(tmp_path):
    """The leak check below can fail: words written to a file during a test are found."""
    token, started = f"Zebra{time.time_ns()}", time.time() - 1
    (tmp_path / "note.txt").write_text(f"the reader asked {token}", encoding="utf-8")
    assert files_holding(token, started) == [tmp_path / "note.txt"]


def test_what_the_reader_types_and_rates_goes_into_no_address_no_log_and_no_file(browser, app_url: str, content):
    """A unique question typed, ratings given and a check answered: afterwards no address the browser
    asked for holds the words, nor the server's log, nor any file written during the test under the
    project or the temp folder."""
    en = content.in_language("en")
    token = f"Zebra{time.time_ns()}"  # words nobody else writes
    started = time.time()
    port = urlparse(app_url).port
    with browser_page(browser, "desktop") as page:
        addresses: list[str] = []
        page.on("request", lambda r: addresses.append(r.url))
        page.on("framenavigated", lambda f: addresses.append(f.url))
        open_page(page, app_url, "/decide?lang=en&consult=1")
        rate(page, en, "me", "cost", "lot")
        type_own_question(page, en, f"May I ask {token} here?")
        check = checks_on(content, "suitable")[0]  # the first topic, shown first
        main(page).locator(f".st-key-check_box_{check.id}").get_by_role("button").first.click()
        wait_for_app(page)
        go(page, en, "handout")
        expect(main(page)).to_contain_text(token)  # it reached the sheet, so the server had it
        addresses.append(page.url)
    assert addresses and not [a for a in addresses if token in a]
    log = Path(tempfile.gettempdir()) / f"liverguide-e2e-{port}.log"
    assert log.exists(), "the test server's log is where harness/browser.py writes it"
    assert token not in log.read_text(encoding="utf-8", errors="replace")
    assert files_holding(token, started) == []
