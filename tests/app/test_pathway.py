"""AppTest: the pathway chooser asks only what applies, reaches every route, goes one step at a time
in consultation mode, and starts again clean."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.helpers import answer, go, open_app, shown_text
from tests.journeys import ROUTE, ROUTE_RESULT


@pytest.fixture
def chooser() -> AppTest:
    return open_app("pathway")


def shown_questions(at: AppTest) -> list[str]:
    return [r.key.removeprefix("pw_").removesuffix("_en") for r in at.radio]


def headline(at: AppTest, content) -> str | None:
    headlines = {r.headline["en"] for r in content.pathway_results.values()}
    found = [h.value for h in at.subheader if h.value in headlines]
    return found[0] if found else None


def test_only_the_first_two_questions_show_at_the_start_and_no_route(chooser, content):
    assert shown_questions(chooser) == ["health", "cancer"]
    assert headline(chooser, content) is None
    assert not chooser.get("graphviz_chart")


def test_primary_cancer_adds_its_own_questions_and_waits_for_all_of_them(chooser, content):
    answer(chooser, health="good", cancer="primary", stage="early", tumour_size="small")
    assert shown_questions(chooser) == ["health", "cancer", "stage", "tumour_size", "resectable"]
    assert headline(chooser, content) is None


@pytest.mark.parametrize(
    ("answers", "result"),
    [
        (
            {"health": "good", "cancer": "primary", "stage": "early", "tumour_size": "small", "resectable": "yes"},
            "surgery",
        ),
        (ROUTE, ROUTE_RESULT),
        ({"health": "unsure", "cancer": "metastatic", "origin": "breast"}, "interventional_metastatic"),
        ({"health": "poor"}, "supportive"),
        ({"health": "good", "cancer": "unsure"}, "ask_team_cancer"),
    ],
)
def test_answering_through_the_widgets_reaches_each_route(chooser, content, answers, result):
    answer(chooser, **answers)
    assert headline(chooser, content) == content.pathway_results[result].headline["en"]
    assert chooser.get("graphviz_chart"), "the flowchart is missing"
    text = shown_text(chooser)
    assert content.pathway_results[result].ask[0]["en"] in text
    assert content.sections["talk_to_team"].body["en"].split(".")[0] in text


def test_poor_health_shows_supportive_care_at_once_and_asks_only_where_the_cancer_started(chooser, content):
    answer(chooser, health="poor")
    assert shown_questions(chooser) == ["health", "cancer"]
    assert headline(chooser, content) == content.pathway_results["supportive"].headline["en"]
    answer(chooser, cancer="metastatic")
    assert shown_questions(chooser) == ["health", "cancer"], "the route is given: nothing more is asked"
    text = shown_text(chooser)
    assert content.notes["pw_metastatic_unwell"].title["en"] in text
    assert content.notes["note_not_every_stage"].title["en"] not in text
    assert "transplant" not in text.lower()


@pytest.mark.parametrize(
    ("answers", "result", "notes"),
    [
        (
            {"health": "good", "cancer": "primary", "stage": "late", "tumour_size": "larger", "resectable": "no"},
            "interventional_primary_late",
            ["pw_late_stage", "pw_tace_caution"],
        ),
        (
            {"health": "unsure", "cancer": "primary", "stage": "late", "tumour_size": "larger", "resectable": "no"},
            "interventional_primary_late_check",
            ["pw_health_check", "pw_late_stage"],
        ),
        (
            {"health": "no_work", "cancer": "primary", "stage": "middle", "tumour_size": "larger", "resectable": "no"},
            "interventional_primary_late",
            ["pw_less_active"],
        ),
        ({"health": "good", "cancer": "primary", "stage": "very_late"}, "supportive", ["note_not_every_stage"]),
    ],
)
def test_late_stage_routes_show_their_own_headline_and_notes(chooser, content, answers, result, notes):
    answer(chooser, **answers)
    assert headline(chooser, content) == content.pathway_results[result].headline["en"]
    text = shown_text(chooser)
    for note_id in notes:
        assert content.notes[note_id].title["en"] in text, note_id
    assert content.pathway_results["interventional_primary"].headline["en"] not in text


def test_a_very_late_stage_asks_nothing_more(chooser, content):
    answer(chooser, health="good", cancer="primary", stage="very_late")
    assert shown_questions(chooser) == ["health", "cancer", "stage"]


def test_changing_the_cancer_type_drops_the_questions_that_no_longer_apply(chooser):
    answer(chooser, health="good", cancer="primary", stage="late")
    answer(chooser, cancer="metastatic")
    assert shown_questions(chooser) == ["health", "cancer", "origin"]
    assert not chooser.exception


def test_start_again_clears_every_answer(chooser, content):
    answer(chooser, health="good", cancer="metastatic", origin="lung")
    assert headline(chooser, content) is not None
    chooser.button(key="pathway_start_again_top").click().run()
    assert shown_questions(chooser) == ["health", "cancer"]
    assert all(r.value is None for r in chooser.radio)
    assert headline(chooser, content) is None


def test_one_step_at_a_time_reaches_the_route_and_can_go_back_one_question(content):
    at = answer(open_app("pathway", consult="1"), **ROUTE)
    assert content.pathway_results[ROUTE_RESULT].headline["en"] in [s.value for s in at.subheader]
    at.button(key="pathway_back").click().run()
    last = list(ROUTE)[-1]
    assert [r.key for r in at.radio] == [f"pw_{last}_en"] and at.radio[0].value is None
    assert content.pathway_results[ROUTE_RESULT].headline["en"] not in [s.value for s in at.subheader]


def test_before_any_answer_the_chooser_says_nothing_is_kept_so_a_reload_surprises_nobody(chooser, content):
    note = content.in_language("en").ui("answers_not_kept")
    assert note in shown_text(chooser)
    answer(chooser, health="good")
    assert note not in shown_text(chooser), "once answering, the Start again button takes its place"


def test_the_new_answers_survive_a_language_switch_stay_out_of_the_url_and_new_patient_clears_them(content):
    late = {"health": "no_work", "cancer": "primary", "stage": "late", "tumour_size": "very_large", "resectable": "no"}
    at = answer(open_app("pathway", consult="1"), **late)
    headline = content.pathway_results["interventional_primary_late"].headline
    assert headline["en"] in [s.value for s in at.subheader]
    at.button_group(key="lang").set_value("zh").run()
    assert not at.exception
    assert headline["zh"] in [s.value for s in at.subheader], "the answers are kept in the other language"
    assert not set(at.query_params) & set(late), "no answer goes into the address"
    at.button(key="new_patient").click().run()
    at.button(key="new_patient_yes").click().run()
    go(at, "pathway")
    assert headline["zh"] not in shown_text(at)
    assert all(r.value is None for r in at.radio)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_result_says_who_should_not_have_each_treatment_it_names(content, lang):
    at = answer(open_app("pathway", lang=lang), lang=lang, **ROUTE)
    w = content.in_language(lang)
    summary = content.pathway_results[ROUTE_RESULT]
    assert summary.treatments, "the route names treatments"
    shown = shown_text(at)
    assert w.ui("not_for_these") in shown
    for treatment_id in summary.treatments:
        treatment = content.treatments[treatment_id]
        assert f"**{w(treatment.short)}**" in shown, treatment_id
        assert w.evidence(*(content.treatments[t] for t in summary.treatments)) in [c.value for c in at.caption]
