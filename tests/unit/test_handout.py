"""liverguide.handout: the take-home sheet follows the answers, and its file is safe and self-contained."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest

from harness.journeys import ROUTE, ROUTE_RESULT, call_now_signs, one_per_result
from liverguide.aftercare import aftercare_for, treatments_with_aftercare
from liverguide.handout import build_handout
from liverguide.handout_file import handout_html
from liverguide.i18n import HTML_LANG
from liverguide.pathway import Answers, choose_route, is_complete
from liverguide.routes import ALL_RESULTS
from liverguide.views import stage_lines, views
from tests.conftest import REVIEWERS

TODAY = date(2026, 11, 27)
ANSWERS = Answers(**ROUTE)


def headings(sheet) -> list[str]:
    return [part.heading for part in sheet.parts]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_sheet_from_answers_has_the_route_its_treatments_questions_and_warning_signs(content, lang):
    w = content.in_language(lang)
    result = content.pathway_results[ROUTE_RESULT]
    chosen = choose_route(ANSWERS, content)
    sheet = build_handout(w, ANSWERS, today=TODAY)
    assert sheet.personal and sheet.lang == lang
    text = " ".join(p for part in sheet.parts for p in (*part.paragraphs, *part.items))
    assert w(result.headline) in text and w(result.why) in text
    for treatment_id in chosen.treatments:  # each by name, with the short meaning of its glossary word
        treatment = content.treatments[treatment_id]
        assert w(treatment.name) in text and w(content.glossary[treatment.term].definition) in text
    assert all(w(q) in text for q in result.ask)
    # The stage in both systems, and each view's first choices, go home too.
    assert all(line in text for line in stage_lines(w, chosen.staging))
    assert w.ui("grade_c_star") in text, "the Chinese stage carries its plain-words label on paper too"
    for view in views(w, chosen):
        assert view.heading in text and all(w(content.treatments[t].short) in text for t in view.treatments)
    # The warning signs stand out: every sign of each of the route's treatments with after-care of its
    # own is in the call-now part (boxed, first), once, on a line that names that treatment, and
    # nowhere else. A sign two treatments share is one line for both ("After TACE or ablation").
    cared = [t for t in chosen.treatments if t in treatments_with_aftercare(content)]
    assert cared, "the route under test names a treatment with after-care"
    assert sheet.call_now.heading == w.ui("warning_heading")
    box = " ".join(sheet.call_now.paragraphs)
    for treatment_id in cared:
        for sign in (w(a.text) for a in aftercare_for(content, treatment_id).call_now):
            (line,) = [line for line in sheet.call_now.paragraphs if sign in line]
            assert w.treatment_name(treatment_id, in_sentence=True) in line.split("**")[1], (treatment_id, sign)
            assert box.count(sign) == 1 and sign not in text, sign
    assert w.ui("warning_heading") not in headings(sheet)
    assert "qa_source" in sheet.sources and len(sheet.sources) == len(set(sheet.sources))
    assert w.day(TODAY) in sheet.made


def test_with_no_route_yet_the_sheet_says_how_to_fill_it_and_is_general(content):
    en = content.in_language("en")
    sheet = build_handout(en, Answers(cancer="primary"), today=TODAY)
    assert not sheet.personal
    assert headings(sheet)[:2] == [en(content.sections[s].heading) for s in ("handout_empty", "handout_general_ask")]
    assert not any(
        en(r.headline) in p for r in content.pathway_results.values() for part in sheet.parts for p in part.paragraphs
    )


@pytest.mark.parametrize("status", ["draft", "reviewed"])
def test_a_draft_says_so_on_paper_and_a_reviewed_sheet_says_who_checked_it(guide_copy, status):
    if status == "reviewed":
        guide_copy.mark_reviewed(on="2026-12-20")
    en = guide_copy.content().in_language("en")
    made = build_handout(en, ANSWERS, today=TODAY).made
    assert (en.ui("draft_notice") in made) == (status == "draft")
    assert (REVIEWERS["en"] in made) == (status == "reviewed")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.urls = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k == "href" and v]
        self.loaded = getattr(self, "loaded", []) + [v for k, v in attrs if k == "src" and v]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_file_is_one_page_of_html_with_no_scripts_and_nothing_to_fetch(content, lang):
    w = content.in_language(lang)
    page = handout_html(w, build_handout(w, ANSWERS, today=TODAY, phone="0123 456"))
    parser = _Tags()
    parser.feed(page)
    assert f'<html lang="{HTML_LANG[lang]}">' in page and '<meta charset="utf-8">' in page
    assert not {"script", "img", "link", "iframe", "object"} & set(parser.tags)
    assert not getattr(parser, "loaded", []), "nothing loaded"
    assert all(re.match(r"https?://", url) for url in parser.urls), "only links to read, to web pages"
    assert "0123 456" in page and w(content.pathway_results[ROUTE_RESULT].headline) in page
    # The call-now box comes first after the made-on line, holds every sign and the phone number
    # (large), and its style keeps it on one page.
    body = page[page.index("<body>") :]
    box_start = body.index("<section class='box call-now'>")
    assert body.index("class='made'") < box_start < body.index("<section>")
    box = body[box_start : body.index("</section>", box_start)]
    said = re.sub(r"<[^>]+>", "", box)  # the words, without the bold around each treatment's name
    assert all(html.escape(sign) in said for sign in call_now_signs(w, ROUTE))
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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_note_and_every_first_choice_of_every_result_is_on_the_sheet(content, lang):
    """One sheet for each different result (text, stage, lists, notes): every note in a short box right
    under the route, the stage and what is missing, and each view's first choices."""
    w = content.in_language(lang)
    results = one_per_result(content)
    assert {r.summary for _, r in results} == set(ALL_RESULTS)
    for answers, result in results:
        sheet = build_handout(w, answers, today=TODAY)
        boxed = [part for part in sheet.parts if part.boxed]
        text = " ".join(p for part in sheet.parts for p in (*part.paragraphs, *part.items))
        if result.staging is not None:
            assert all(line in text for line in stage_lines(w, result.staging)), answers
        for view in views(w, result):
            assert view.heading in text and all(w(content.treatments[t].short) in text for t in view.treatments)
            assert view.left_out is None or view.left_out in text
        if not result.notes:
            assert not boxed, answers
            continue
        (box,) = boxed
        assert box.heading == w.ui("evidence_note")
        for note_id in result.notes:
            note = content.notes[note_id]
            assert any(w(note.title) in p and w(note.body) in p for p in box.paragraphs), (answers, note_id)
            assert all(s in sheet.sources for s in note.sources), (answers, note_id)
        # The box sits right under the route and its stage, so the caveat is read with the headline.
        assert sheet.parts.index(box) == (3 if result.staging is not None else 2 if result.options else 1), answers


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_late_stage_caveat_goes_home_on_paper(content, lang):
    w = content.in_language(lang)
    answers = Answers(**{**ROUTE, "largest": "2_to_3", "vessels": "yes"})
    page = handout_html(w, build_handout(w, answers, today=TODAY))
    late = content.pathway_results["hcc_late"]
    assert html.escape(w(late.headline)) in page
    box = page[page.index("<section class='evidence'>") :]
    box = box[: box.index("</section>")]
    assert html.escape(w(content.notes["pw_late_stage"].title)) in box
    assert html.escape(w(content.notes["pw_tace_caution"].title)) in box


def test_on_paper_citations_are_short_and_each_names_its_first_author(content):
    from liverguide.handout import paper_citation

    en = content.in_language("en")
    assert paper_citation(en, "bclc_2022") == "Reig M et al. (2022)"
    assert paper_citation(en, "qa_source") == en.citation("qa_source"), "a source's own name is kept"
    assert paper_citation(content.in_language("zh"), "bclc_2022") == "Reig M 等（2022）"


def test_a_route_whose_treatments_have_no_after_care_of_their_own_says_the_team_gives_the_signs(content):
    """Supportive care names no treatment with after-care here: no one else's list stands in for it."""
    en = content.in_language("en")
    answers = Answers(cancer="primary", kind="hcc", activity="resting")
    assert is_complete(answers) and choose_route(answers, content).summary == "supportive"
    assert not set(choose_route(answers, content).treatments) & set(treatments_with_aftercare(content))
    sheet = build_handout(en, answers, today=TODAY)
    assert sheet.call_now.paragraphs == (en.ui("handout_call_now_none"),) and not sheet.call_now.items


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sheet_opens_with_the_decision_and_ends_with_who_made_the_guide(content, lang):
    from liverguide.decide import decision_in_words

    w = content.in_language(lang)
    sheet = build_handout(w, ANSWERS, today=TODAY)
    first = sheet.parts[0]
    assert first.heading == w.ui("pathway_result")
    assert (
        first.paragraphs[0] == f"**{w.ui('decision_heading')}** {decision_in_words(w, choose_route(ANSWERS, content))}"
    )
    assert w.day(content.meta.next_review) in sheet.about
    page = handout_html(w, sheet)
    assert page.rindex(html.escape(w.ui("sources_heading"))) < page.rindex(html.escape(sheet.about).split(".")[0])


@pytest.mark.parametrize(
    ("leaning", "sure", "said", "steps"),
    [
        (None, {}, False, ()),
        ("tace", {"sure": "yes", "understand": "yes", "risks": "yes", "support": "yes"}, True, ("sure_all_yes",)),
        (
            "not_sure_yet",
            {"sure": "no", "understand": "yes", "risks": "no", "support": "yes"},
            True,
            ("sure_next_sure", "sure_next_risks"),
        ),
        (None, {"support": "no"}, True, ("sure_next_support",)),
    ],
)
def test_where_the_reader_stands_goes_home_with_a_next_step_for_each_no(content, leaning, sure, said, steps):
    from liverguide.decide import Deliberation

    en = content.in_language("en")
    sheet = build_handout(en, ANSWERS, today=TODAY, deliberation=Deliberation(leaning, sure))
    part = [p for p in sheet.parts if p.heading == en.ui("deliberation_heading")]
    assert bool(part) == said
    if not said:
        return
    text = part[0].paragraphs[0]
    assert set(content.sections["decide_ready"].sources) <= set(sheet.sources), "the SURE test's source is cited"
    assert all(en.ui(step) in text for step in steps)
    assert all(en.ui(f"sure_next_{item}") not in text for item in sure if sure[item] == "yes")
    if leaning == "tace":
        assert en(content.treatments["tace"].short) in text
    if len(sure) == 4:  # the count once all four are answered; each answer given before that
        assert en.ui("sure_score", score=list(sure.values()).count("yes")) in text
    else:
        assert en.ui("sure_support") in text and en.ui("sure_score", score=0) not in text
    # The part sits after what matters and before the questions.
    order = headings(sheet)
    assert order.index(en.ui("deliberation_heading")) < order.index(en.ui("ask_heading"))


@pytest.mark.parametrize(("days_after", "overdue"), [(0, False), (1, True)])
def test_a_guide_past_its_yearly_check_says_so_on_paper(content, days_after, overdue):
    en = content.in_language("en")
    today = content.meta.next_review + timedelta(days=days_after)
    made = build_handout(en, ANSWERS, today=today).made
    assert (en.ui("review_overdue", date=en.day(content.meta.next_review)) in made) == overdue


def test_no_citation_on_paper_says_its_authors_were_not_checked(content):
    """A source whose authors we could not read carries a short name of its own for paper."""
    from liverguide.handout import paper_citation

    for lang in ("en", "zh"):
        w = content.in_language(lang)
        for source_id in content.sources:
            assert "not checked" not in paper_citation(w, source_id), source_id
