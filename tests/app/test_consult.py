"""AppTest: the consultation toggle changes the layout; New patient clears everything about the
patient and keeps the room's settings; the take-home sheet follows the answers."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from liverguide.content import load_content
from tests.app.conftest import open_app
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "content")
ROUTE = {"health": "good", "cancer": "primary", "stage": "middle", "tumour_size": "larger", "resectable": "no"}
RESULT = CONTENT.pathway_results["interventional_primary"]


def answer_route(at: AppTest, lang: str = "en") -> AppTest:
    for field, value in ROUTE.items():
        at.radio(key=f"pw_{field}_{lang}").set_value(value).run()
        assert not at.exception
    return at


def test_the_toggle_changes_the_layout_flags_and_back():
    at = open_app("pages/pathway.py")
    assert not at.session_state["layout"].consult and not at.session_state["layout"].one_step
    at.toggle(key="consult").set_value(True).run()
    layout = at.session_state["layout"]
    assert layout.consult and layout.one_step and layout.body_px >= 22 and layout.target_px >= 44
    assert [r.key for r in at.radio] == ["pw_health_en"], "one question per screen"
    at.toggle(key="consult").set_value(False).run()
    assert not at.session_state["layout"].consult
    assert [r.key for r in at.radio] == ["pw_health_en", "pw_cancer_en"]


def test_consultation_mode_from_the_url_and_a_wrong_value_is_ignored():
    assert open_app("pages/home.py", consult="1").session_state["layout"].consult
    assert not open_app("pages/home.py", consult="yes please").session_state["layout"].consult


def test_one_step_at_a_time_reaches_the_route_and_can_go_back_one_question():
    at = open_app("pages/pathway.py", consult="1")
    answer_route(at)
    assert RESULT.headline["en"] in [s.value for s in at.subheader]
    at.button(key="pathway_back").click().run()
    assert [r.key for r in at.radio] == ["pw_resectable_en"] and at.radio[0].value is None
    assert RESULT.headline["en"] not in [s.value for s in at.subheader]


def test_new_patient_clears_everything_listed_and_keeps_language_and_mode():
    at = open_app("pages/questions.py", consult="1", lang="zh")
    at.button(key="qa_next_top").click().run()
    at.switch_page("pages/pathway.py").run()
    answer_route(at, "zh")
    at.session_state["outcomes_shown"] = True
    at.switch_page("pages/handout.py").run()
    at.text_input(key="handout_phone").input("0123 456").run()
    assert RESULT.headline["zh"] in " ".join(m.value for m in at.markdown)

    at.button(key="new_patient").click().run()
    assert at.button(key="new_patient_yes"), "a confirmation comes first"
    at.button(key="new_patient_yes").click().run()
    assert not at.exception
    assert at.title[0].value == CONTENT.ui_text("home_title", "zh"), "back to the start"
    kept = {str(k) for k in at.session_state}
    assert not {k for k in kept if k.startswith(("pw_", "qa_", "outcomes", "handout"))}, kept
    assert at.session_state["lang"] == "zh" and at.session_state["consult"] is True

    at.switch_page("pages/handout.py").run()
    assert at.text_input(key="handout_phone").value == ""
    assert RESULT.headline["zh"] not in " ".join(m.value for m in at.markdown)
    at.switch_page("pages/questions.py").run()
    assert at.header[0].value == CONTENT.questions[0].question["zh"]


def test_cancelling_new_patient_keeps_everything():
    at = open_app("pages/pathway.py", consult="1")
    answer_route(at)
    at.button(key="new_patient").click().run()
    at.button(key="new_patient_no").click().run()
    assert RESULT.headline["en"] in [s.value for s in at.subheader]
    assert "new_patient_yes" not in [b.key for b in at.button], "the dialog is closed"


def test_the_sheet_reflects_the_answers_and_without_them_offers_the_general_version():
    at = open_app("pages/handout.py")
    headings = [s.value for s in at.subheader]
    assert CONTENT.sections["handout_empty"].heading["en"] in headings
    at.switch_page("pages/pathway.py").run()
    answer_route(at)
    at.switch_page("pages/handout.py").run()
    shown = " ".join(m.value for m in at.markdown)
    assert RESULT.headline["en"] in shown and RESULT.ask[0]["en"] in shown
    assert CONTENT.sections["handout_empty"].heading["en"] not in [s.value for s in at.subheader]
    assert at.get("download_button"), "the sheet can be downloaded as one file"
