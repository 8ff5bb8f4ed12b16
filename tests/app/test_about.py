"""AppTest: the about page lists every source, with the day a web page was read."""

from __future__ import annotations

from tests.app.helpers import open_app, shown_text


def test_the_about_page_lists_every_source_and_when_each_web_page_was_read(content):
    text = shown_text(open_app("about"))
    en = content.in_language("en")
    for source in content.sources.values():
        assert source.title in text
        if source.read:
            assert en.ui("web_page_read", date=en.day(source.read)) in text
