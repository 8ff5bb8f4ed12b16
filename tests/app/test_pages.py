"""AppTest: every page runs from the entry point, and the walk-through reacts as a reader expects."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from liverguide.content import load_content
from tests.app.conftest import open_app
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "content")
TOTAL = len(CONTENT.questions)
PAGES = [
    "pages/home.py",
    "pages/questions.py",
    "pages/pathway.py",
    "pages/outcomes.py",
    "pages/treatments.py",
    "pages/aftercare.py",
    "pages/handout.py",
    "pages/glossary.py",
    "pages/about.py",
]


def question_text(i: int) -> str:
    return CONTENT.questions[i].question["en"]


@pytest.fixture
def app() -> AppTest:
    return open_app()


def open_questions(app: AppTest) -> AppTest:
    app.switch_page("pages/questions.py").run()
    assert not app.exception
    return app


def shown_question(at: AppTest) -> str:
    return at.header[0].value


def progress_text(at: AppTest) -> str:
    return at.get("progress")[0].proto.text


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_an_exception(app, page):
    app.switch_page(page).run()
    assert not app.exception
    assert app.title, f"{page} shows no title"


def test_the_home_page_shows_the_disclaimer_and_review_date(app):
    text = " ".join(m.value for m in app.markdown)
    assert "not give medical advice" in text
    assert "27 November 2026" in text


@pytest.mark.parametrize("page", PAGES)
def test_every_page_says_it_is_a_draft_until_a_care_team_has_checked_it(app, page):
    app.switch_page(page).run()
    assert CONTENT.meta.status == "draft"
    assert CONTENT.ui["draft_notice"]["en"] in [w.value for w in app.warning]


def test_the_home_page_start_button_opens_the_questions(app):
    app.button(key="home_start").click().run()
    assert not app.exception
    assert shown_question(app) == question_text(0)


def test_the_walk_through_starts_at_question_one_with_its_progress(app):
    at = open_questions(app)
    assert shown_question(at) == question_text(0)
    assert progress_text(at) == f"Question 1 of {TOTAL}"
    assert at.button(key="qa_previous_bottom").disabled


def test_next_and_previous_move_one_question(app):
    at = open_questions(app)
    at.button(key="qa_next_bottom").click().run()
    assert shown_question(at) == question_text(1)
    assert progress_text(at) == f"Question 2 of {TOTAL}"
    at.button(key="qa_previous_bottom").click().run()
    assert shown_question(at) == question_text(0)


def test_the_top_buttons_move_too(app):
    at = open_questions(app)
    at.button(key="qa_next_top").click().run()
    assert shown_question(at) == question_text(1)
    at.button(key="qa_previous_top").click().run()
    assert shown_question(at) == question_text(0)


def test_the_last_question_offers_a_fresh_start_instead_of_next(app):
    at = open_questions(app)
    for _ in range(TOTAL - 1):
        at.button(key="qa_next_bottom").click().run()
    assert progress_text(at) == f"Question {TOTAL} of {TOTAL}"
    assert not [b for b in at.button if b.key == "qa_next_bottom"]
    at.button(key="qa_restart_bottom").click().run()
    assert shown_question(at) == question_text(0)
    assert progress_text(at) == f"Question 1 of {TOTAL}"


def test_a_fresh_start_closes_the_clinic_s_words_for_the_next_reader(app):
    at = open_questions(app)
    first = CONTENT.questions[0]
    at.toggle(key=f"qa_original_{first.id}").set_value(True).run()
    at.selectbox(key="qa_jump").select(TOTAL - 1).run()
    at.button(key="qa_restart_top").click().run()
    assert at.toggle(key=f"qa_original_{first.id}").value is False


def test_jump_goes_straight_to_any_question(app):
    at = open_questions(app)
    at.selectbox(key="qa_jump").select(4).run()
    assert shown_question(at) == question_text(4)
    assert progress_text(at) == f"Question 5 of {TOTAL}"
    at.button(key="qa_next_bottom").click().run()
    assert shown_question(at) == question_text(5)


def test_the_position_survives_reruns_and_a_visit_to_another_page(app):
    at = open_questions(app)
    at.button(key="qa_next_bottom").click().run()
    at.button(key="qa_next_bottom").click().run()
    at.run()
    assert shown_question(at) == question_text(2)
    at.switch_page("pages/about.py").run()
    at.switch_page("pages/questions.py").run()
    assert shown_question(at) == question_text(2)


def test_a_clinic_question_shows_its_notes_and_its_original_words_on_request(app):
    at = open_questions(app)
    first = CONTENT.questions[0]
    text = " ".join(m.value for m in at.markdown)
    for note_id in first.notes:
        assert CONTENT.notes[note_id].title["en"] in text
    assert first.original[:40] not in text
    at.toggle(key=f"qa_original_{first.id}").set_value(True).run()
    assert first.original[:40] in " ".join(m.value for m in at.markdown)


def test_the_about_page_lists_every_source(app):
    app.switch_page("pages/about.py").run()
    text = " ".join(m.value for m in app.markdown)
    for source in CONTENT.sources.values():
        assert source.title in text
    assert "Web page, read on 27 November 2026" in text


def test_a_broken_content_folder_shows_a_calm_message_not_a_traceback(tmp_path, monkeypatch):
    (tmp_path / "meta.yaml").write_text("default_language: en\n")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    import ui.content

    monkeypatch.setattr(ui.content, "CONTENT_DIR", tmp_path)
    ui.content._load.clear()
    at.run()
    assert not at.exception
    assert "could not be shown" in at.error[0].value
    ui.content._load.clear()
