"""AppTest: the frame around every page (the registry's pages, both languages, the draft notice, a
broken content folder), the language switch, consultation mode and New patient."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from harness.journeys import ROUTE, ROUTE_RESULT
from liverguide.content import ContentError
from liverguide.layout import AT_HOME, CONSULTATION
from liverguide.site import PAGES
from tests.app.helpers import answer, go, open_app, shown_text, step_button
from tests.conftest import REVIEWERS, ROOT
from ui.style import css

PAGE_IDS = [p.id for p in PAGES]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_page_in_the_registry_runs_in_both_languages_with_its_title(content, page_id, lang):
    at = open_app(page_id, lang=lang)
    w = content.in_language(lang)
    assert at.title[0].value == w.ui(f"{page_id}_title")
    assert at.session_state["lang"] == lang


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_a_draft_says_so_on_every_page(guide_copy, page_id):
    guide_copy.set_meta("status", "draft")
    guide_copy.use()
    at = open_app(page_id)
    notice = guide_copy.content().in_language("en").ui("draft_notice")
    assert notice in [w.value for w in at.warning]


def test_once_a_care_team_has_reviewed_it_the_draft_notice_goes_and_every_page_says_who_checked_it(guide_copy):
    guide_copy.mark_reviewed(on="2026-12-20")
    guide_copy.use()
    en = guide_copy.content().in_language("en")
    said = en.ui("reviewed_notice", who=REVIEWERS["en"], date=en.day(date(2026, 12, 20)))
    for page_id in ("home", "pathway", "about"):
        at = open_app(page_id)
        assert not at.warning, page_id
        assert said in [c.value for c in at.markdown], page_id


@pytest.mark.parametrize(
    ("status", "extra", "problem"),
    [
        ("reviewed", "", "reviewed_by"),
        ("draft", "reviewed_by:\n  en: a team\n  zh: 一个团队\n", "draft has no reviewer"),
    ],
)
def test_a_review_needs_who_and_when_and_a_draft_has_no_reviewer(guide_copy, status, extra, problem):
    guide_copy.set_meta("status", status)
    path = guide_copy.root / "meta.yaml"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        guide_copy.content()
    assert "meta.yaml" in str(refused.value) and problem in str(refused.value)


@pytest.mark.parametrize(("next_review", "overdue"), [("2026-01-02", True), ("2099-01-02", False)])
def test_past_the_day_of_its_yearly_check_every_page_says_so(guide_copy, next_review, overdue):
    """about_update_policy promises it: a copy left unchecked past its day tells the reader to check with their team."""
    guide_copy.set_meta("next_review", next_review)
    guide_copy.use()
    en = guide_copy.content().in_language("en")
    notice = en.ui("review_overdue", date=en.day(date.fromisoformat(next_review)))
    for page_id in ("home", "pathway", "handout"):
        assert (notice in [w.value for w in open_app(page_id).warning]) == overdue, page_id


@pytest.mark.own_content
def test_a_broken_content_folder_shows_a_calm_message_not_a_traceback(tmp_path, monkeypatch):
    (tmp_path / "meta.yaml").write_text("default_language: en\n")
    monkeypatch.setenv("LIVERGUIDE_CONTENT", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert "could not be shown" in at.error[0].value


# The language switch


def switch_language(at: AppTest, lang: str) -> AppTest:
    at.button_group(key="lang").set_value(lang).run()
    assert not at.exception
    return at


def test_the_switch_offers_every_language_by_its_own_name(content):
    options = [option.content for option in open_app().button_group(key="lang").proto.options]
    assert options == list(content.meta.languages.values())


def test_switching_language_changes_the_words_and_keeps_the_pathway_answers(content):
    at = answer(open_app("pathway"), cancer="primary", kind="hcc")
    switch_language(at, "zh")
    zh = content.in_language("zh")
    assert at.title[0].value == zh.ui("pathway_title")
    assert at.radio(key="pw_kind_zh").value == "hcc" and at.radio(key="pw_cancer_zh").value == "primary"
    assert at.radio(key="pw_cancer_zh").options[0] == zh(content.pathway_questions["cancer"].options["primary"])
    assert at.radio(key="pw_cancer_zh").index == 0, "the browser is told which answer is chosen"
    switch_language(at, "en")
    assert at.radio(key="pw_cancer_en").value == "primary"


def test_switching_language_keeps_the_question_position_and_the_number_consent(content):
    at = open_app("questions")
    step_button(at, "next", "top").click().run()
    at.session_state["outcomes_shown"] = True
    switch_language(at, "zh")
    assert at.header[0].value == content.questions[1].question["zh"]
    go(at, "outcomes")
    assert at.get("plotly_chart"), "the numbers stay shown after a language switch"


def test_the_language_is_kept_on_a_trip_to_another_page(content):
    at = open_app("home", lang="zh")
    at.query_params.clear()  # the menu drops query parameters on a page switch
    go(at, "glossary")
    assert at.title[0].value == content.in_language("zh").ui("glossary_title")


def test_an_unknown_language_in_the_url_falls_back_to_the_default(content):
    at = open_app("home", lang="klingon")
    assert at.session_state["lang"] == content.meta.default_language
    assert at.title[0].value == content.in_language(content.meta.default_language).ui("home_title")


def test_with_no_lang_parameter_the_browser_language_decides(content):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.context["locale"] = "zh-CN"
    at.run()
    assert at.session_state["lang"] == "zh" and at.title[0].value == content.in_language("zh").ui("home_title")


# Consultation mode and New patient


def test_the_menu_turns_consultation_mode_on_and_off_and_explains_it_first(content):
    at = open_app("pathway")
    en = content.in_language("en")
    assert not at.session_state["layout"].consult and not at.session_state["layout"].one_step
    assert en.ui("consult_help") in shown_text(at), "what it does is said before the button that does it"
    at.button(key="consult_switch").click().run()
    layout = at.session_state["layout"]
    assert layout.consult and layout.one_step and layout.body_px >= 22 and layout.target_px >= 44
    assert not at.radio and {b.key for b in at.button if b.key.startswith("pathway_choice_")} == {
        f"pathway_choice_cancer_{option}" for option in content.pathway_questions["cancer"].options
    }, "one question per screen, each answer a button"
    assert at.button(key="consult_switch").label == en.ui("consult_off")
    at.button(key="consult_switch").click().run()
    assert not at.session_state["layout"].consult
    assert [r.key for r in at.radio] == ["pw_cancer_en", "pw_activity_en", "pw_liver_signs_en"]


def test_the_menu_lists_every_page_by_its_menu_name(content):
    en = content.in_language("en")
    links = [link.proto.label for link in open_app("about").get("page_link")]
    assert links[: len(PAGES)] == [en.ui(p.nav_key) for p in PAGES]


def test_consultation_mode_from_the_url_and_a_wrong_value_is_ignored():
    assert open_app("home", consult="1").session_state["layout"].consult
    assert not open_app("home", consult="yes please").session_state["layout"].consult


def test_new_patient_clears_everything_and_keeps_only_language_and_mode(content):
    zh = content.in_language("zh")
    headline = zh(content.pathway_results[ROUTE_RESULT].headline)
    at = open_app("questions", consult="1", lang="zh")
    step_button(at, "next", "top").click().run()
    answer(go(at, "pathway"), "zh", **ROUTE)
    at.session_state["outcomes_shown"] = True
    go(at, "handout")
    at.text_input(key="handout_phone").input("0123 456").run()
    assert headline in shown_text(at)

    at.button(key="new_patient").click().run()
    assert at.button(key="new_patient_yes"), "a confirmation comes first"
    at.button(key="new_patient_yes").click().run()
    assert not at.exception
    assert at.title[0].value == zh.ui("home_title"), "back to the start"
    kept = {str(k) for k in at.session_state}
    assert not {k for k in kept if k.startswith(("pw_", "qa_", "outcomes", "handout"))}, kept
    assert at.session_state["lang"] == "zh" and at.session_state["consult"] is True

    go(at, "handout")
    assert at.text_input(key="handout_phone").value == ""
    assert headline not in shown_text(at)
    go(at, "questions")
    assert at.header[0].value == content.questions[0].question["zh"]


def test_cancelling_new_patient_keeps_everything(content):
    at = answer(open_app("pathway", consult="1"), **ROUTE)
    at.button(key="new_patient").click().run()
    at.button(key="new_patient_no").click().run()
    assert content.pathway_results[ROUTE_RESULT].headline["en"] in [s.value for s in at.subheader]
    assert "new_patient_yes" not in [b.key for b in at.button], "the dialog is closed"


def test_the_style_sheet_is_style_only_and_sizes_text_only_in_consultation_mode():
    home, consult = css(AT_HOME), css(CONSULTATION)
    for sheet in (home, consult):
        assert sheet.startswith("<style>") and sheet.endswith("</style>") and "<script" not in sheet
        assert "@media print" in sheet and "details::details-content" in sheet
    # The root size is a share of the reader's own text size (16 px unless they changed it), never fixed px.
    assert "html { font-size: 137.5% !important; }" in consult and "html { font-size: 112.5% !important; }" in home
    assert CONSULTATION.body_px / 16 == 1.375 and AT_HOME.body_px / 16 == 1.125
