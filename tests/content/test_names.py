"""The shipped labels: each page has one name, the menu's, which its title and the links to it repeat."""

from __future__ import annotations

import pytest

from liverguide.site import PAGES


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_page_s_title_and_the_links_to_it_use_its_menu_name(content, lang):
    w = content.in_language(lang)
    differ = []
    for page in PAGES:
        name = w.ui(page.nav_key).casefold()
        labels = ([] if page is PAGES[0] else [page.title_key]) + ([page.see_key] if page.linkable else [])
        differ += [f"{key}: {w.ui(key)!r} lacks {name!r}" for key in labels if name not in w.ui(key).casefold()]
    assert not differ, "\n".join(differ)
