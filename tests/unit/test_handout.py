"""liverguide.handout: the take-home sheet follows the answers, and its file is safe and self-contained."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from liverguide.handout import build_handout, handout_html
from liverguide.i18n import HTML_LANG
from liverguide.pathway import Answers
from tests.journeys import ROUTE, ROUTE_RESULT

TODAY = date(2026, 11, 27)
ANSWERS = Answers(**ROUTE)


def headings(sheet) -> list[str]:
    return [part.heading for part in sheet.parts]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_sheet_from_answers_has_the_route_its_treatments_questions_and_warning_signs(content, lang):
    w = content.in_language(lang)
    result = content.pathway_results[ROUTE_RESULT]
    sheet = build_handout(w, ANSWERS, today=TODAY)
    assert sheet.personal and sheet.lang == lang
    text = " ".join(p for part in sheet.parts for p in (*part.paragraphs, *part.items))
    assert w(result.headline) in text and w(result.why) in text
    for treatment_id in result.treatments:
        assert w(content.treatments[treatment_id].what) in text
    assert all(w(q) in text for q in result.ask)
    assert all(w(a.text) in text for a in content.aftercare if a.kind == "warning")
    assert [p.boxed for p in sheet.parts].count(True) == 1, "the warning signs stand out"
    assert "qa_source" in sheet.sources and len(sheet.sources) == len(set(sheet.sources))
    assert w.day(TODAY) in sheet.made


def test_with_no_route_yet_the_sheet_says_how_to_fill_it_and_is_general(content):
    en = content.in_language("en")
    sheet = build_handout(en, Answers(health="good"), today=TODAY)
    assert not sheet.personal
    assert headings(sheet)[:2] == [en(content.sections[s].heading) for s in ("handout_empty", "handout_general_ask")]
    assert not any(
        en(r.headline) in p for r in content.pathway_results.values() for part in sheet.parts for p in part.paragraphs
    )


@pytest.mark.parametrize("status", ["draft", "reviewed"])
def test_a_draft_says_so_on_paper_and_a_reviewed_sheet_does_not(guide_copy, status):
    guide_copy.set_meta("status", status)
    en = guide_copy.content().in_language("en")
    made = build_handout(en, ANSWERS, today=TODAY).made
    assert (en.ui("draft_notice") in made) == (status == "draft")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.urls = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("src", "href") and v]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_file_is_one_page_of_html_with_no_scripts_and_nothing_to_fetch(content, lang):
    w = content.in_language(lang)
    page = handout_html(w, build_handout(w, ANSWERS, today=TODAY, phone="0123 456"))
    parser = _Tags()
    parser.feed(page)
    assert f'<html lang="{HTML_LANG[lang]}">' in page and '<meta charset="utf-8">' in page
    assert not {"script", "img", "link", "iframe", "object"} & set(parser.tags)
    assert all(url.startswith("https://") for url in parser.urls), "only links to read, nothing loaded"
    assert "0123 456" in page and w(content.pathway_results[ROUTE_RESULT].headline) in page
    assert "[[" not in page, "glossary marks become words"


def test_what_the_team_types_cannot_inject_markup_into_the_file(content):
    en = content.in_language("en")
    page = handout_html(en, build_handout(en, ANSWERS, today=TODAY, notes="<script>alert(1)</script>\n**bold**"))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert re.search(r"<p>\*\*bold\*\*</p>", page), "typed notes are shown as typed"
