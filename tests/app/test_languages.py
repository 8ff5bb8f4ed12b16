"""AppTest: every page in both languages; the switch keeps what the reader chose; ?lang= and the
browser's language pick the language, and a wrong one falls back."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from liverguide.content import load_content
from tests.app.conftest import open_app
from tests.app.test_pages import PAGES
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "content")
TITLES = {  # each page's title key in ui.yaml
    "pages/home.py": "home_title",
    "pages/questions.py": "questions_title",
    "pages/pathway.py": "pathway_title",
    "pages/outcomes.py": "outcomes_title",
    "pages/treatments.py": "treatments_title",
    "pages/aftercare.py": "aftercare_title",
    "pages/handout.py": "handout_title",
    "pages/glossary.py": "glossary_title",
    "pages/about.py": "about_title",
}


def switch_language(at: AppTest, lang: str) -> AppTest:
    at.button_group(key="lang").set_value(lang).run()
    assert not at.exception
    return at


def menu(at: AppTest) -> list[str]:
    return [option.content for option in at.button_group(key="lang").proto.options]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_in_both_languages_with_its_title_in_that_language(page, lang):
    at = open_app(page, lang=lang)
    assert at.title[0].value == CONTENT.ui_text(TITLES[page], lang)
    assert at.session_state["lang"] == lang


def test_the_switch_offers_every_language_by_its_own_name():
    at = open_app()
    assert menu(at) == ["English", "中文"]


def test_switching_language_changes_the_words_and_keeps_the_pathway_answers():
    at = open_app("pages/pathway.py")
    at.radio(key="pw_health_en").set_value("good").run()
    at.radio(key="pw_cancer_en").set_value("primary").run()
    switch_language(at, "zh")
    assert at.title[0].value == CONTENT.ui_text("pathway_title", "zh")
    assert at.radio(key="pw_health_zh").value == "good" and at.radio(key="pw_cancer_zh").value == "primary"
    assert at.radio(key="pw_cancer_zh").options[0] == CONTENT.pathway_questions["cancer"].options["primary"]["zh"]
    assert at.radio(key="pw_cancer_zh").index == 0, "the browser is told which answer is chosen"
    switch_language(at, "en")
    assert at.radio(key="pw_cancer_en").value == "primary"


def test_switching_language_keeps_the_question_position_and_the_number_consent():
    at = open_app("pages/questions.py")
    at.button(key="qa_next_top").click().run()
    at.session_state["outcomes_shown"] = True
    switch_language(at, "zh")
    assert at.header[0].value == CONTENT.questions[1].question["zh"]
    at.switch_page("pages/outcomes.py").run()
    assert at.get("plotly_chart"), "the numbers stay shown after a language switch"


def test_the_language_is_kept_on_a_trip_to_another_page():
    at = open_app("pages/home.py", lang="zh")
    at.query_params.clear()  # the menu drops query parameters on a page switch
    at.switch_page("pages/glossary.py").run()
    assert at.title[0].value == CONTENT.ui_text("glossary_title", "zh")


def test_an_unknown_language_in_the_url_falls_back_to_english():
    at = open_app("pages/home.py", lang="klingon")
    assert at.title[0].value == CONTENT.ui_text("home_title", "en")


def test_with_no_lang_parameter_the_browser_language_decides():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.context["locale"] = "zh-CN"
    at.run()
    assert at.session_state["lang"] == "zh" and at.title[0].value == CONTENT.ui_text("home_title", "zh")


def test_side_by_side_shows_the_question_in_both_languages():
    at = open_app("pages/questions.py", lang="zh")
    at.toggle(key="both_languages").set_value(True).run()
    headers = [h.value for h in at.header]
    assert CONTENT.questions[0].question["zh"] in headers and CONTENT.questions[0].question["en"] in headers


def test_the_clinic_s_words_come_with_a_translation_marked_as_ours():
    at = open_app("pages/questions.py", lang="zh")
    at.toggle(key=f"qa_original_{CONTENT.questions[0].id}").set_value(True).run()
    shown = " ".join(m.value for m in at.markdown)
    q = CONTENT.questions[0]
    assert q.original in shown and q.original_translation["zh"] in shown
    assert CONTENT.ui_text("original_translated", "zh") in shown


def test_the_glossary_finds_a_word_by_either_language_and_shows_both():
    at = open_app("pages/glossary.py", lang="zh")
    for typed in ("栓塞后", "post-embol"):
        at.text_input(key="glossary_search").set_value(typed).run()
        terms = {t.term["zh"] for t in CONTENT.glossary.values()}
        assert [s.value for s in at.subheader if s.value in terms] == [
            CONTENT.glossary["post_embolization_syndrome"].term["zh"]
        ]
    shown = " ".join(m.value for m in at.markdown)
    assert CONTENT.glossary["post_embolization_syndrome"].term["en"] in shown
