"""liverguide.handout: the take-home sheet follows the answers, and its file is safe and self-contained."""

from __future__ import annotations

import html
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
    # The warning signs stand out: every one in the call-now part (boxed, first), and nowhere else.
    warnings = tuple(w(a.text) for a in content.aftercare if a.kind == "warning")
    assert sheet.call_now.heading == w.ui("warning_heading") and sheet.call_now.items == warnings
    assert not any(warning in text for warning in warnings)
    assert w.ui("warning_heading") not in headings(sheet)
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
    # The call-now box comes first after the made-on line, holds every sign and the phone number
    # (large), and its style keeps it on one page.
    body = page[page.index("<body>") :]
    box_start = body.index("<section class='box call-now'>")
    assert body.index("class='made'") < box_start < body.index("<section>")
    box = body[box_start : body.index("</section>", box_start)]
    assert all(html.escape(w(a.text)) in box for a in content.aftercare if a.kind == "warning")
    assert "<p class='number'>0123 456</p>" in box and html.escape(w.ui("handout_phone")) in box
    style = page[page.index("<style>") : page.index("</style>")]
    box_rule = re.search(r"\.box \{([^}]*)\}", style).group(1)
    assert "break-inside: avoid" in box_rule and "page-break-inside: avoid" in box_rule
    assert int(re.search(r"\.phone \.number \{[^}]*font-size: (\d+)pt", style).group(1)) >= 18
    assert "[[" not in page, "glossary marks become words"


def test_what_the_team_types_cannot_inject_markup_into_the_file(content):
    en = content.in_language("en")
    page = handout_html(en, build_handout(en, ANSWERS, today=TODAY, notes="<script>alert(1)</script>\n**bold**"))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert re.search(r"<p>\*\*bold\*\*</p>", page), "typed notes are shown as typed"
    page = handout_html(en, build_handout(en, ANSWERS, today=TODAY, phone="<b>0123</b>"))
    assert "<b>0123" not in page and "&lt;b&gt;0123" in page, "nor the phone number"
