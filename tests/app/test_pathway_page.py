"""AppTest: the pathway chooser asks only what applies, reaches every route, and starts again clean."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from liverguide.content import load_content
from tests.app.conftest import open_app
from tests.conftest import ROOT

CONTENT = load_content(ROOT / "content")
RESULTS = CONTENT.pathway_results


@pytest.fixture
def chooser() -> AppTest:
    return open_app("pages/pathway.py")


def answer(at: AppTest, **answers: str) -> AppTest:
    for field, value in answers.items():
        at.radio(key=f"pw_{field}_en").set_value(value).run()
        assert not at.exception
    return at


def shown_questions(at: AppTest) -> list[str]:
    return [r.key.removeprefix("pw_").removesuffix("_en") for r in at.radio]


def headline(at: AppTest) -> str | None:
    headlines = {r.headline["en"] for r in RESULTS.values()}
    found = [h.value for h in at.subheader if h.value in headlines]
    return found[0] if found else None


def test_only_the_first_two_questions_show_at_the_start_and_no_route(chooser):
    assert shown_questions(chooser) == ["health", "cancer"]
    assert headline(chooser) is None
    assert not chooser.get("graphviz_chart")


def test_primary_cancer_adds_its_own_questions_and_waits_for_all_of_them(chooser):
    answer(chooser, health="good", cancer="primary", stage="early", tumour_size="small")
    assert shown_questions(chooser) == ["health", "cancer", "stage", "tumour_size", "resectable"]
    assert headline(chooser) is None


@pytest.mark.parametrize(
    ("answers", "result"),
    [
        (
            {"health": "good", "cancer": "primary", "stage": "early", "tumour_size": "small", "resectable": "yes"},
            "surgery",
        ),
        (
            {"health": "good", "cancer": "primary", "stage": "late", "tumour_size": "larger", "resectable": "no"},
            "interventional_primary",
        ),
        ({"health": "unsure", "cancer": "metastatic", "origin": "breast"}, "interventional_metastatic"),
        ({"health": "poor"}, "supportive"),
        ({"health": "good", "cancer": "unsure"}, "ask_team_cancer"),
    ],
)
def test_answering_through_the_widgets_reaches_each_route(chooser, answers, result):
    answer(chooser, **answers)
    assert headline(chooser) == RESULTS[result].headline["en"]
    assert chooser.get("graphviz_chart"), "the flowchart is missing"
    text = " ".join(m.value for m in chooser.markdown)
    assert RESULTS[result].ask[0]["en"] in text
    assert CONTENT.sections["talk_to_team"].body["en"].split(".")[0] in text


def test_poor_health_shows_supportive_care_and_asks_nothing_more(chooser):
    answer(chooser, health="poor")
    assert shown_questions(chooser) == ["health"]
    assert headline(chooser) == RESULTS["supportive"].headline["en"]


def test_changing_the_cancer_type_drops_the_questions_that_no_longer_apply(chooser):
    answer(chooser, health="good", cancer="primary", stage="late")
    answer(chooser, cancer="metastatic")
    assert shown_questions(chooser) == ["health", "cancer", "origin"]
    assert not chooser.exception


def test_start_again_clears_every_answer(chooser):
    answer(chooser, health="good", cancer="metastatic", origin="lung")
    assert headline(chooser) is not None
    chooser.button(key="pathway_start_again_top").click().run()
    assert shown_questions(chooser) == ["health", "cancer"]
    assert all(r.value is None for r in chooser.radio)
    assert headline(chooser) is None
