"""AppTest: the pathway chooser asks only what applies, reaches each stage of both systems and each
route through its widgets, sets the views side by side, goes one step at a time in consultation
mode, and starts again clean."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from harness.journeys import ROUTE, ROUTE_RESULT, STAGE_JOURNEYS
from liverguide.markup import marked
from liverguide.pathway import ALLOWED, Answers, choose_route
from liverguide.views import stage_lines, views
from tests.app.helpers import answer, go, open_app, shown_text, step_button
from ui.marks import FOCUS_MARK, HEADING_MARK, page_scripts
from ui.state import PATHWAY_CHOICE_PREFIX, pathway_choice

WELL = {"cancer": "primary", "kind": "hcc", "activity": "full", "liver_signs": "none"}


@pytest.fixture
def chooser() -> AppTest:
    return open_app("pathway")


def shown_questions(at: AppTest) -> list[str]:
    return [r.key.removeprefix("pw_").removesuffix("_en") for r in at.radio]


def tap(at: AppTest, **answers: str) -> AppTest:
    """Answer in consultation mode: one question per screen, each answer a button."""
    for field, value in answers.items():
        at.button(key=pathway_choice(field, value)).click().run()
        assert not at.exception
    return at


def choice_buttons(at: AppTest) -> dict[str, list[str]]:
    """The answer buttons on the screen, by question: {field: [answer id, ...]} in the order shown."""
    shown: dict[str, list[str]] = {}
    for b in at.button:
        if str(b.key).startswith(PATHWAY_CHOICE_PREFIX):
            field = max((f for f in ALLOWED if str(b.key).startswith(f"{PATHWAY_CHOICE_PREFIX}{f}_")), key=len)
            shown.setdefault(field, []).append(str(b.key).removeprefix(f"{PATHWAY_CHOICE_PREFIX}{field}_"))
    return shown


def block_keys(node) -> list[tuple[str, list[str]]]:
    """Every keyed container on the page with the keyed containers inside it, in page order."""
    found = []
    for child in getattr(node, "children", {}).values():
        if isinstance(child, Block):
            key = str(getattr(child.proto, "id", "")).split("-", 2)[-1]
            if key:
                found.append((key, [k for k, _ in block_keys(child)]))
        found += block_keys(child)
    return found


def marks(at: AppTest, prefix: str) -> dict[str, str | None]:
    """The marks (ui/marks.py) on the page: {mark key: the key of the question box it is in, or None}."""
    boxes = {k: inner for k, inner in block_keys(at._tree) if k.startswith("question_box_")}
    keys = [k for k, _ in block_keys(at._tree) if k.startswith(prefix)]
    return {k: next((box for box, inner in boxes.items() if k in inner), None) for k in keys}


def headline(at: AppTest, content, lang: str = "en") -> str | None:
    headlines = {r.headline[lang] for r in content.pathway_results.values()}
    found = [h.value for h in at.subheader if h.value in headlines]
    return found[0] if found else None


def links(at: AppTest) -> list[str]:
    return [link.proto.label for link in at.get("page_link")]


def test_at_the_start_only_the_questions_for_everyone_show_and_no_route(chooser, content):
    assert shown_questions(chooser) == ["cancer", "activity", "liver_signs"]
    assert headline(chooser, content) is None
    assert not chooser.get("graphviz_chart")


def test_primary_cancer_adds_its_own_questions_and_waits_for_all_of_them(chooser, content):
    answer(chooser, cancer="primary", kind="hcc", activity="light")
    assert shown_questions(chooser)[:5] == ["cancer", "kind", "activity", "activity_cause", "liver_signs"]
    assert shown_questions(chooser)[-5:] == ["largest", "vessels", "spread", "told_system", "resectable"]
    assert headline(chooser, content) is None


@pytest.mark.parametrize(("given", "bclc", "cnlc", "result"), STAGE_JOURNEYS)
def test_answering_through_the_widgets_reaches_each_stage_of_both_systems(chooser, content, given, bclc, cnlc, result):
    answer(chooser, **given)
    assert headline(chooser, content) == content.pathway_results[result].headline["en"]
    en = content.in_language("en")
    staging = choose_route(Answers(**given), content).staging
    assert (staging.bclc, staging.cnlc) == (bclc, cnlc)
    text = shown_text(chooser)
    assert all(marked(en, line) in text for line in stage_lines(en, staging)), "the stage in both systems, in words"
    assert en.ui("grade_c_star") in text, "a Chinese stage says how it was worked out"
    assert chooser.get("graphviz_chart"), "the flowchart is missing"


def test_the_end_stage_comes_from_the_safety_gate_for_every_kind_of_cancer(chooser, content):
    answer(chooser, cancer="primary", kind="hcc", activity="resting")
    assert shown_questions(chooser) == ["cancer", "kind", "activity"], "nothing more is asked"
    assert headline(chooser, content) == content.pathway_results["supportive"].headline["en"]
    assert "Stage D: end stage" in shown_text(chooser) and "Stage IV: end stage" in shown_text(chooser)
    answer(chooser, cancer="metastatic", origin="lung", activity="full", liver_signs="some")
    assert headline(chooser, content) == content.pathway_results["supportive_other"].headline["en"]
    text = shown_text(chooser)
    assert content.notes["pw_metastatic_unwell"].title["en"] in text and "Stage D" not in text


@pytest.mark.parametrize(
    ("answers", "result"),
    [
        ({**STAGE_JOURNEYS[0][0], "resectable": "yes"}, "hcc_surgery"),
        (ROUTE, ROUTE_RESULT),
        ({**WELL, "tumours": "unsure", "largest": "unsure", "vessels": "no", "spread": "no", "told_system": "no",
          "resectable": "no"}, "hcc_unknown"),
        ({"cancer": "primary", "kind": "bile_duct", "activity": "full", "liver_signs": "none", "tumours": "one",
          "largest": "3_to_5", "vessels": "no", "spread": "no", "resectable": "no"}, "bile_duct"),
        ({"cancer": "metastatic", "origin": "neuroendocrine", "activity": "full", "liver_signs": "none",
          "tumours": "one", "largest": "2_to_3", "liver_only": "yes", "resectable": "no"}, "metastatic_net"),
        ({"cancer": "metastatic", "origin": "bowel", "activity": "full", "liver_signs": "none", "tumours": "one",
          "largest": "2_to_3", "liver_only": "yes", "resectable": "yes"}, "metastatic_surgery"),
        ({"cancer": "unsure", "activity": "full", "liver_signs": "none"}, "ask_team_cancer"),
    ],
)  # fmt: skip
def test_answering_through_the_widgets_reaches_each_route(chooser, content, answers, result):
    answer(chooser, **answers)
    assert headline(chooser, content) == content.pathway_results[result].headline["en"]
    assert chooser.get("graphviz_chart"), "the flowchart is missing"
    text = shown_text(chooser)
    # Each question to ask is a box to tick onto the reader's list (ui/my_questions.py).
    assert [c.label for c in chooser.checkbox] == [q["en"] for q in content.pathway_results[result].ask]
    assert content.sections["talk_to_team"].body["en"].split(".")[0] in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_three_views_sit_side_by_side_each_treatment_linked_to_its_section(content, lang):
    at = answer(open_app("pathway", lang=lang), lang=lang, **ROUTE)
    w = content.in_language(lang)
    result = choose_route(Answers(**ROUTE), content)
    text = shown_text(at)
    for view in ("bclc", "cnlc", "clinic"):
        assert f"**{w.ui(f'view_{view}')}**" in text, view
    items = [item for view in views(w, result) for item in view.items]
    assert len(items) == 7 and all(label in links(at) for label in items), "each first choice links to its section"
    assert w.ui("left_out_surgery") in text
    keys = {k for k, _ in block_keys(at._tree)}
    assert {"pathway_view_bclc", "pathway_view_cnlc", "pathway_view_clinic"} <= keys, "one box per view"


def test_a_stage_not_settled_says_what_is_missing_and_what_each_answer_would_mean(chooser, content):
    answer(chooser, **WELL, tumours="one", largest="2_to_3", vessels="no", spread="no")
    answer(chooser, activity="light", activity_cause="unsure", liver_signs="none", told_system="no", resectable="no")
    en = content.in_language("en")
    text = shown_text(chooser)
    assert en.ui("stage_missing", questions=en(content.pathway_questions["activity_cause"].short)) in text
    assert "European stage C; Chinese stage Ia" in text and "European stage A; Chinese stage Ia" in text
    assert headline(chooser, content) == content.pathway_results["hcc_unknown"].headline["en"]


def test_a_stage_the_team_gave_stands_in_for_the_details(chooser, content):
    answer(chooser, **WELL, tumours="unsure", largest="unsure", vessels="no", spread="no")
    answer(chooser, told_system="cnlc", told_cnlc="iib", resectable="no")
    text = shown_text(chooser)
    assert "Stage IIb: middle" in text and content.in_language("en").ui("stage_told") in text


def test_changing_the_cancer_type_drops_the_questions_that_no_longer_apply(chooser):
    answer(chooser, **WELL, tumours="one")
    answer(chooser, cancer="metastatic")
    assert shown_questions(chooser) == ["cancer", "origin", "activity", "liver_signs"]
    assert not chooser.exception


def test_start_again_clears_every_answer(chooser, content):
    answer(chooser, cancer="unsure", activity="full", liver_signs="none")
    assert headline(chooser, content) is not None
    chooser.button(key="pathway_start_again_top").click().run()
    assert shown_questions(chooser) == ["cancer", "activity", "liver_signs"]
    assert all(r.value is None for r in chooser.radio)
    assert headline(chooser, content) is None


def test_one_step_at_a_time_reaches_the_route_and_can_go_back_one_question(content):
    at = tap(open_app("pathway", consult="1"), **ROUTE)
    assert content.pathway_results[ROUTE_RESULT].headline["en"] in [s.value for s in at.subheader]
    assert choice_buttons(at) == {} and not at.radio
    at.button(key="pathway_back").click().run()
    last = list(ROUTE)[-1]
    assert choice_buttons(at) == {last: list(ALLOWED[last])} and not at.radio
    assert at.session_state["pw_answers"] == {f: v for f, v in ROUTE.items() if f != last}
    assert content.pathway_results[ROUTE_RESULT].headline["en"] not in [s.value for s in at.subheader]
    assert list(marks(at, FOCUS_MARK).values()) == [f"question_box_{last}"], "focus goes to the question asked again"


def test_in_consultation_mode_each_answer_is_one_large_button_and_a_tap_answers_and_moves_on(content):
    """Issue 16: in a radio group every arrow key chooses, and here a choice moved the reader on, so
    a keyboard could not look through the answers. Buttons: Tab moves, Enter or a tap chooses."""
    en = content.in_language("en")
    at = open_app("pathway", consult="1")
    assert not at.radio, "no radio group in consultation mode"
    assert choice_buttons(at) == {"cancer": list(ALLOWED["cancer"])}
    cancer = content.pathway_questions["cancer"]
    buttons = [at.button(key=pathway_choice("cancer", o)) for o in ALLOWED["cancer"]]
    assert [b.label for b in buttons] == [en(cancer.options[o]) for o in ALLOWED["cancer"]]
    assert en(cancer.question) in shown_text(at) and not marks(at, FOCUS_MARK), "nothing to move focus to yet"

    tap(at, cancer="primary")
    assert at.session_state["pw_answers"] == {"cancer": "primary"}
    assert choice_buttons(at) == {"kind": list(ALLOWED["kind"])}, "the next question, alone"
    assert en.labelled(en(cancer.short), en(cancer.options["primary"])) in shown_text(at), "the answers so far"
    # Keyboard focus goes to the next question's first answer: a mark in its box (ui/marks.py).
    (first,) = marks(at, FOCUS_MARK).items()
    assert first[1] == "question_box_kind"
    tap(at, kind="hcc")
    (second,) = marks(at, FOCUS_MARK).items()
    assert second[1] == "question_box_activity" and second[0] != first[0], "a new mark for each answer"
    assert not {k for k in at.session_state if str(k).startswith(PATHWAY_CHOICE_PREFIX) and at.session_state[k]}


def test_the_buttons_and_the_full_chooser_s_radios_share_one_set_of_answers(content):
    """Consultation mode off and on again mid-way: the radios show the answers tapped, and the
    buttons carry on from the answers chosen on the radios."""
    at = tap(open_app("pathway", consult="1"), cancer="primary", kind="hcc")
    at.button(key="consult_switch").click().run()
    assert [(r.key, r.value) for r in at.radio][:2] == [("pw_cancer_en", "primary"), ("pw_kind_en", "hcc")]
    assert choice_buttons(at) == {}
    answer(at, **{f: v for f, v in ROUTE.items() if f not in ("cancer", "kind", "resectable")})
    at.button(key="consult_switch").click().run()
    assert choice_buttons(at) == {"resectable": list(ALLOWED["resectable"])} and not at.radio
    tap(at, resectable="no")
    assert content.pathway_results[ROUTE_RESULT].headline["en"] in [s.value for s in at.subheader]


def test_in_the_full_chooser_focus_stays_on_the_question_just_answered(chooser):
    answer(chooser, cancer="primary")
    assert list(marks(chooser, FOCUS_MARK).values()) == ["question_box_cancer"]
    answer(chooser, kind="hcc")
    (mark,) = marks(chooser, FOCUS_MARK).values()
    assert mark == "question_box_kind" and not choice_buttons(chooser)


def html_scripts(at: AppTest) -> list[str]:
    bodies = [e.proto.body for e in at.get("html")]
    return [s for body in bodies for s in re.findall(r"<script[^>]*>(.*?)</script>", body, flags=re.S)]


def test_every_script_the_guide_writes_is_one_of_the_constants_the_csp_allows(content):
    """Issue 15: the policy allows each script by its hash, so each must be the same bytes every
    time; an answer, a focus move or a step from the bottom Next draws a mark, never a script."""
    allowed = set(page_scripts())
    seen: list[str] = []
    at = open_app("pathway", consult="1")
    for field, option in ROUTE.items():
        tap(at, **{field: option})
        seen += html_scripts(at)
    at.button(key="pathway_back").click().run()
    seen += html_scripts(at)
    at.button_group(key="lang").set_value("zh").run()
    seen += html_scripts(at)
    at.button(key="consult_switch").click().run()
    answer(at, "zh", activity="resting")
    seen += html_scripts(at)
    go(at, "questions")
    for _ in range(2):
        step_button(at, "next", "bottom").click().run()
        seen += html_scripts(at)
        assert len(marks(at, HEADING_MARK)) == 1
    assert seen and set(seen) <= allowed, set(seen) - allowed
    assert {s for s in seen if "documentElement.lang" in s} == {page_scripts()[0], page_scripts()[1]}
    for script in allowed:
        assert "<" not in script, "Streamlit's sanitiser drops a script whose text looks like markup"


def test_before_any_answer_the_chooser_says_nothing_is_kept_so_a_reload_surprises_nobody(chooser, content):
    note = content.in_language("en").ui("answers_not_kept")
    assert note in shown_text(chooser)
    answer(chooser, cancer="primary")
    assert note not in shown_text(chooser), "once answering, the Start again button takes its place"


def test_the_new_answers_survive_a_language_switch_stay_out_of_the_url_and_new_patient_clears_them(content):
    late = {"cancer": "primary", "kind": "hcc", "activity": "self_care", "activity_cause": "cancer",
            "liver_signs": "none", "tumours": "one", "largest": "over_10", "vessels": "no", "spread": "no",
            "resectable": "no"}  # fmt: skip
    at = tap(open_app("pathway", consult="1"), **late)
    headline = content.pathway_results["hcc_levels_differ"].headline
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
    assert choice_buttons(at) == {"cancer": list(ALLOWED["cancer"])} and not marks(at, FOCUS_MARK)
    assert at.session_state["pw_answers"] == {}


def test_mid_way_a_language_switch_keeps_the_answers_and_asks_the_same_question_in_the_other_language(content):
    zh = content.in_language("zh")
    at = tap(open_app("pathway", consult="1"), cancer="primary", kind="hcc")
    at.button_group(key="lang").set_value("zh").run()
    assert choice_buttons(at) == {"activity": list(ALLOWED["activity"])}
    activity = content.pathway_questions["activity"]
    assert [at.button(key=pathway_choice("activity", o)).label for o in ALLOWED["activity"]] == [
        zh(activity.options[o]) for o in ALLOWED["activity"]
    ]
    cancer = content.pathway_questions["cancer"]
    assert zh.labelled(zh(cancer.short), zh(cancer.options["primary"])) in shown_text(at)
    tap(at, **{f: v for f, v in ROUTE.items() if f not in ("cancer", "kind")})
    assert content.pathway_results[ROUTE_RESULT].headline["zh"] in [s.value for s in at.subheader]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_result_says_who_should_not_have_each_treatment_it_names(content, lang):
    at = answer(open_app("pathway", lang=lang), lang=lang, **ROUTE)
    w = content.in_language(lang)
    named = choose_route(Answers(**ROUTE), content).treatments
    shown = shown_text(at)
    assert w.ui("not_for_these") in shown
    for treatment_id in named:
        assert f"**{w(content.treatments[treatment_id].short)}**" in shown, treatment_id
    assert w.evidence(*(content.treatments[t] for t in named)) in [c.value for c in at.markdown]
