"""liverguide.handout: the take-home sheet follows the answers, and its file is safe and self-contained."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from liverguide.content import load_content
from liverguide.handout import build_handout, handout_html
from liverguide.pathway import Answers
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "content")
TODAY = date(2026, 11, 27)
ROUTE = Answers(health="good", cancer="primary", stage="middle", tumour_size="larger", resectable="no")
RESULT = CONTENT.pathway_results["interventional_primary"]


def headings(sheet) -> list[str]:
    return [part.heading for part in sheet.parts]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_sheet_from_answers_has_the_route_its_treatments_questions_and_warning_signs(lang):
    sheet = build_handout(CONTENT, ROUTE, lang, today=TODAY)
    assert sheet.personal and sheet.lang == lang
    text = " ".join(p for part in sheet.parts for p in (*part.paragraphs, *part.items))
    assert RESULT.headline[lang] in text and RESULT.why[lang] in text
    for treatment_id in RESULT.treatments:
        assert CONTENT.treatments[treatment_id].what[lang] in text
    assert all(q[lang] in text for q in RESULT.ask)
    assert all(a.text[lang] in text for a in CONTENT.aftercare if a.kind == "warning")
    assert [p.boxed for p in sheet.parts].count(True) == 1, "the warning signs stand out"
    assert "qa_source" in sheet.sources and len(sheet.sources) == len(set(sheet.sources))
    assert CONTENT.ui_text("date", lang, d=TODAY) in sheet.made


def test_with_no_route_yet_the_sheet_says_how_to_fill_it_and_is_general():
    sheet = build_handout(CONTENT, Answers(health="good"), "en", today=TODAY)
    assert not sheet.personal
    assert headings(sheet)[:2] == [CONTENT.sections[s].heading["en"] for s in ("handout_empty", "handout_general_ask")]
    assert not any(
        r.headline["en"] in p for r in CONTENT.pathway_results.values() for part in sheet.parts for p in part.paragraphs
    )


def test_a_draft_says_so_on_paper():
    assert CONTENT.ui_text("draft_notice", "en") in build_handout(CONTENT, ROUTE, "en", today=TODAY).made


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.urls = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]


@pytest.mark.parametrize("lang,code", [("en", "en"), ("zh", "zh-Hans")])
def test_the_file_is_one_page_of_html_with_no_scripts_and_nothing_to_fetch(lang, code):
    page = handout_html(CONTENT, build_handout(CONTENT, ROUTE, lang, today=TODAY, phone="0123 456"), html_lang=code)
    parser = _Tags()
    parser.feed(page)
    assert f'<html lang="{code}">' in page and '<meta charset="utf-8">' in page
    assert not {"script", "img", "link", "iframe", "object"} & set(parser.tags)
    assert all(url.startswith("https://") for url in parser.urls), "only links to read, nothing loaded"
    assert "0123 456" in page and RESULT.headline[lang] in page
    assert "[[" not in page, "glossary marks become words"


def test_what_the_team_types_cannot_inject_markup_into_the_file():
    sheet = build_handout(CONTENT, ROUTE, "en", today=TODAY, notes="<script>alert(1)</script>\n**bold**")
    page = handout_html(CONTENT, sheet, html_lang="en")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert re.search(r"<p>\*\*bold\*\*</p>", page), "typed notes are shown as typed"
