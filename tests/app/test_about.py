"""AppTest: the about page lists every source, with the day a web page was read."""

from __future__ import annotations

from liverguide import reading
from tests.app.helpers import open_app, shown_text


def test_the_about_page_lists_every_source_and_when_each_web_page_was_read(content):
    text = shown_text(open_app("about"))
    en = content.in_language("en")
    for source in content.sources.values():
        assert source.title in text
        if source.read:
            assert en.ui("web_page_read", date=en.day(source.read)) in text


def test_the_about_page_lists_what_changed_newest_first_with_its_day(content):
    text = shown_text(open_app("about"))
    en = content.in_language("en")
    assert en.ui("changes_heading") in text
    places = [text.index(en.day(change.day)) for change in content.changes]
    assert places == sorted(places), "the newest change comes first"


def test_the_about_page_publishes_each_page_s_reading_level_as_the_tests_measure_it(content):
    levels = reading.page_levels(content)
    for lang in ("en", "zh"):
        w = content.in_language(lang)
        text = shown_text(open_app("about", lang=lang))
        for row in levels:
            line = (
                f"{w.ui(f'nav_{row.page}')} | {w.ui('reading_grade', grade=row.grade, hardest=row.hardest)}"
                f" | {w.ui('reading_characters', n=row.characters)}"
            )
            assert line in text, line
