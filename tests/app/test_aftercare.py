"""AppTest: the after-care page lists every item as a box to tick by hand."""

from __future__ import annotations

from tests.app.helpers import open_app, shown_text


def test_the_after_care_page_lists_every_item_as_a_box_to_tick(content):
    text = shown_text(open_app("aftercare"))
    for item in content.aftercare:
        assert f"☐ {item.text['en']}" in text
