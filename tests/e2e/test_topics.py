"""In the browser: the walk-through's steps on what a cancer charity's pages would not leave out
(issue 25: the kinds, the team, the day, a scarred liver, newer combinations, support), each reached
from the step list, in both languages at 1280 and 390 px, through every gate."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from harness.browser import browser_page, main, open_page, photograph_and_check, wait_for_app
from liverguide.site import BY_ID
from tests.content.test_questions_content import NEW_TOPICS
from ui.walkthrough import jump_option

ISSUE_25_TOPICS = NEW_TOPICS[NEW_TOPICS.index("q_kinds") :] + ("q_the_day", "q_hepatitis_b")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_new_topic_opens_from_the_step_list_and_passes_the_gates(browser, app_url, content, lang, viewport):
    w = content.in_language(lang)
    questions = content.questions
    with browser_page(browser, viewport) as page:
        open_page(page, app_url, f"{BY_ID['questions'].address}?lang={lang}")
        for topic in ISSUE_25_TOPICS:
            i = next(n for n, q in enumerate(questions) if q.id == topic)
            main(page).get_by_test_id("stSelectbox").click()
            page.get_by_role("option", name=jump_option(w, questions, i), exact=True).click()
            wait_for_app(page)
            expect(main(page).get_by_role("heading", name=w(questions[i].question))).to_be_visible()
            photograph_and_check(page, f"topic-{topic}-{lang}-{viewport}")
