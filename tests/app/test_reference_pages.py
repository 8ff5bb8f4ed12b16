"""AppTest: the glossary finds words by part of their name; treatments and after-care show their content."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from liverguide.content import load_content
from tests.app.conftest import open_app
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "content")


def shown_terms(at: AppTest) -> list[str]:
    names = {term.term["en"] for term in CONTENT.glossary.values()}
    return [h.value for h in at.subheader if h.value in names]


def test_the_glossary_lists_every_word_before_a_search():
    assert len(shown_terms(open_app("pages/glossary.py"))) == len(CONTENT.glossary)


@pytest.mark.parametrize(
    ("typed", "expected"), [("abla", "ablation"), ("CHEMO", "chemotherapy"), ("vein", "portal vein")]
)
def test_the_glossary_search_finds_a_word_by_part_of_its_name(typed, expected):
    at = open_app("pages/glossary.py")
    at.text_input(key="glossary_search").input(typed).run()
    found = shown_terms(at)
    assert any(expected in name.lower() for name in found), found
    assert all(typed.lower() in name.lower() for name in found)
    assert len(found) < len(CONTENT.glossary)


def test_a_search_that_matches_nothing_says_so_calmly():
    at = open_app("pages/glossary.py")
    at.text_input(key="glossary_search").input("zzzz").run()
    assert not shown_terms(at)
    assert CONTENT.ui["glossary_none"]["en"] in [m.value for m in at.markdown]


def test_a_link_to_a_glossary_word_shows_that_entry_first():
    at = open_app("pages/glossary.py", term="haic")
    assert shown_terms(at)[0] == CONTENT.glossary["haic"].term["en"]


def test_an_unknown_glossary_word_in_the_link_is_ignored():
    at = open_app("pages/glossary.py", term="nonsense")
    assert len(shown_terms(at)) == len(CONTENT.glossary)


def test_the_treatments_page_shows_every_treatment_and_the_comparison():
    at = open_app("pages/treatments.py")
    headers = [h.value for h in at.header]
    for t in CONTENT.treatments.values():
        assert t.short["en"] in headers
    tables = [m.value for m in at.markdown if "|---|---|" in m.value]
    assert len(tables) == 4  # one small table per comparison question
    assert all(t.name["en"] in tables[0] for t in CONTENT.treatments.values())
    assert at.get("imgs") or at.get("image"), "the artery drawing is missing"


def test_a_link_from_a_pathway_result_puts_that_treatment_first():
    at = open_app("pages/treatments.py", show="haic")
    treatment_headers = [h.value for h in at.header if h.value in {t.short["en"] for t in CONTENT.treatments.values()}]
    assert treatment_headers[0] == CONTENT.treatments["haic"].short["en"]
    assert CONTENT.ui["you_asked"]["en"] in " ".join(m.value for m in at.markdown)


def test_the_after_care_page_lists_every_warning_sign_as_a_box_to_tick():
    at = open_app("pages/aftercare.py")
    text = " ".join(m.value for m in at.markdown)
    for item in CONTENT.aftercare:
        assert f"☐ {item.text['en']}" in text
