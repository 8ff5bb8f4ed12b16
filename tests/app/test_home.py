"""AppTest: the home page shows the disclaimer and the review dates, starts the questions, and links to the pages."""

from __future__ import annotations

from liverguide.site import PAGES
from tests.app.helpers import open_app, shown_text


def test_the_home_page_shows_the_disclaimer_and_the_review_dates_from_the_content(guide_copy):
    guide_copy.set_meta("updated", "2030-01-02")
    guide_copy.set_meta("next_review", "2031-03-04")
    guide_copy.use()
    text = shown_text(open_app())
    assert guide_copy.content().sections["disclaimer"].body["en"].split(".")[0] in text
    assert "2 January 2030" in text and "4 March 2031" in text


def test_the_start_button_opens_the_questions(content):
    at = open_app()
    at.button(key="home_start").click().run()
    assert not at.exception
    assert at.header[0].value == content.questions[0].question["en"]


def test_the_home_page_links_to_every_page_the_registry_gives_an_icon(content):
    at = open_app()
    links = [link.proto.label for link in at.get("page_link")][len(PAGES) :]  # after the frame's menu
    en = content.in_language("en")
    assert links == [en.ui(p.nav_key) for p in PAGES if p.home_icon]
