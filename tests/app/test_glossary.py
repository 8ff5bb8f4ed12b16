"""AppTest: the glossary lists every word, finds one by part of its name in either language, and
opens the entry a link asks for."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.helpers import open_app, shown_text


def shown_terms(at: AppTest, content, lang: str = "en") -> list[str]:
    names = {term.term[lang] for term in content.glossary.values()}
    return [h.value for h in at.subheader if h.value in names]


def test_the_glossary_lists_every_word_before_a_search(content):
    assert len(shown_terms(open_app("glossary"), content)) == len(content.glossary)


@pytest.mark.parametrize(
    ("typed", "expected"), [("abla", "ablation"), ("CHEMO", "chemotherapy"), ("vein", "portal vein")]
)
def test_the_search_finds_a_word_by_part_of_its_name(content, typed, expected):
    at = open_app("glossary")
    at.text_input(key="glossary_search").input(typed).run()
    found = shown_terms(at, content)
    assert any(expected in name.lower() for name in found), found
    assert all(typed.lower() in name.lower() for name in found)
    assert len(found) < len(content.glossary)


def test_a_search_that_matches_nothing_says_so_calmly(content):
    at = open_app("glossary")
    at.text_input(key="glossary_search").input("zzzz").run()
    assert not shown_terms(at, content)
    assert content.ui["glossary_none"]["en"] in [m.value for m in at.markdown]


def test_a_link_to_a_glossary_word_shows_that_entry_first(content):
    assert shown_terms(open_app("glossary", term="haic"), content)[0] == content.glossary["haic"].term["en"]


def test_an_unknown_glossary_word_in_the_link_is_ignored(content):
    assert len(shown_terms(open_app("glossary", term="nonsense"), content)) == len(content.glossary)


def test_the_glossary_finds_a_word_by_either_language_and_shows_both(content):
    at = open_app("glossary", lang="zh")
    term = content.glossary["post_embolization_syndrome"]
    for typed in (term.term["zh"][:3], term.term["en"][:10]):
        at.text_input(key="glossary_search").set_value(typed).run()
        assert shown_terms(at, content, "zh") == [term.term["zh"]]
    assert term.term["en"] in shown_text(at)
