"""liverguide.views: a result in the reader's words: the stage in both systems or what is missing,
what each answer would mean, each view's first choices, and the label for a stage read in copies."""

from __future__ import annotations

import pytest

from harness.journeys import ROUTE, every_result
from liverguide.pathway import Answers, choose_route
from liverguide.views import copies_label, missing_line, stage_lines, views, what_each_answer_would_mean

WELL = {"cancer": "primary", "kind": "hcc", "activity": "full", "liver_signs": "none", "vessels": "no", "spread": "no"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_stage_the_chooser_can_give_reads_in_both_systems(content, lang):
    w = content.in_language(lang)
    stagings = {r.staging for _, r in every_result(content) if r.staging is not None}
    assert len(stagings) > 500
    for s in stagings:
        lines = stage_lines(w, s)
        assert len(lines) == 2 and lines[0].startswith(f"**{w.ui('view_bclc')}") and w.ui("view_cnlc") in lines[1]
        for system, line in zip(("bclc", "cnlc"), lines, strict=True):
            stage = getattr(s, system)
            if stage is None:
                assert w.ui("stage_not_settled") in line
            else:
                assert w(content.staging[f"{system}_{stage.lower()}"].means) in line
        assert (missing_line(w, s) is None) == (not s.missing)


def test_the_daughter_s_result_in_words(content):
    en = content.in_language("en")
    result = choose_route(Answers(**ROUTE), content)
    bclc, cnlc = stage_lines(en, result.staging)
    assert "Stage A: early" in bclc and "Stage Ia: early" in cnlc
    shown = views(en, result)
    assert [v.view for v in shown] == ["bclc", "cnlc", "clinic"]
    assert [v.heading for v in shown] == [en.ui("view_bclc"), en.ui("view_cnlc"), en.ui("view_clinic")]
    assert shown[0].left_out == en.ui("left_out_surgery") and shown[2].left_out is None
    assert copies_label(en, shown[1].item) == en.ui("grade_c_star"), "§1.3: a Chinese stage says how it was read"
    assert copies_label(en, shown[0].item) is None, "BCLC rows are graded B"
    assert shown[2].lead == en(content.first_choices["clinic_unresectable"].says)


def test_what_is_missing_and_what_each_answer_would_mean(content):
    en = content.in_language("en")
    answers = Answers(**WELL, activity_cause=None, tumours="one", largest="2_to_3", told_system="no", resectable="no")
    answers = Answers(**{**answers.__dict__, "activity": "light", "activity_cause": "unsure"})
    s = choose_route(answers, content).staging
    assert missing_line(en, s) == en.ui(
        "stage_missing", questions=en(content.pathway_questions["activity_cause"].short)
    )
    lines = what_each_answer_would_mean(en, answers, s)
    cancer, other = (en(content.pathway_questions["activity_cause"].options[o]) for o in ("cancer", "other"))
    assert lines == [
        f"**Why less active: {cancer}**: European stage C; Chinese stage Ia",
        f"**Why less active: {other}**: European stage A; Chinese stage Ia",
    ]


def test_a_stage_the_team_gave_says_so(content):
    zh = content.in_language("zh")
    answers = Answers(
        **{**WELL, "tumours": "unsure", "largest": "unsure"}, told_system="cnlc", told_cnlc="iib", resectable="no"
    )
    _, cnlc = stage_lines(zh, choose_route(answers, content).staging)
    assert "IIb 期" in cnlc and zh.ui("stage_told") in cnlc


def test_a_stage_the_team_gave_that_differs_from_the_answers_is_pointed_out(content):
    en = content.in_language("en")
    answers = Answers(**{**WELL, "vessels": "yes", "spread": "unsure", "tumours": "one", "largest": "up_to_2"},
                      told_system="bclc", told_bclc="a", resectable="no")  # fmt: skip
    bclc, _ = stage_lines(en, choose_route(answers, content).staging)
    assert "Stage C: late" in bclc and en.ui("stage_told_differs") in bclc


def test_a_stage_matched_to_the_team_s_and_the_stages_still_possible_are_said(content):
    """Review 24 C1 and minor 1."""
    en = content.in_language("en")
    unknown = {"activity": "unsure", "liver_signs": "unsure", "vessels": "unsure", "spread": "unsure"}
    told_iiia = Answers(**{**WELL, **unknown}, tumours="unsure", largest="unsure", told_system="cnlc", told_cnlc="iiia")
    bclc, cnlc = stage_lines(en, choose_route(told_iiia, content).staging)
    assert "Stage C: late" in bclc and en.ui("stage_matched") in bclc and en.ui("stage_told") in cnlc
    told_b = Answers(**WELL, tumours="unsure", largest="unsure", told_system="bclc", told_bclc="b")
    _, cnlc = stage_lines(en, choose_route(told_b, content).staging)
    assert cnlc.endswith(en.ui("stage_could_be", stages="IIa or IIb"))
    # Where the answers leave most stages open, or the last one, only "not settled" is said.
    nothing = Answers(**{**WELL, **unknown}, tumours="unsure", largest="unsure", told_system="no")
    assert all(
        line.endswith(en.ui("stage_not_settled")) for line in stage_lines(en, choose_route(nothing, content).staging)
    )


def test_the_last_stage_from_the_answers_alone_is_what_tests_will_confirm(content):
    """Review 24 M4: one answer does not make the end stage a fact."""
    en = content.in_language("en")
    gated = Answers(cancer="primary", kind="hcc", activity="full", liver_signs="some")
    bclc, cnlc = stage_lines(en, choose_route(gated, content).staging)
    assert bclc.startswith(f"**{en.ui('view_bclc')}**: Possibly Stage D: end stage; tests will confirm.")
    assert "Possibly Stage IV" in cnlc
    details = dict.fromkeys(("activity", "liver_signs", "tumours", "largest", "vessels", "spread"), "unsure")
    told = Answers(cancer="primary", kind="hcc", **details, told_system="bclc", told_bclc="d")
    bclc, _ = stage_lines(en, choose_route(told, content).staging)
    assert "Possibly" not in bclc and en.ui("stage_told") in bclc


def test_flagged_first_choices_and_unordered_kinds_read_as_such(content):
    """Review 24 M1 and M2: a flag beside a choice the tumour may put out of reach; the clinic's kinds
    as bullets, not a ranking."""
    en = content.in_language("en")
    shown = {
        v.view: v
        for v in views(en, choose_route(Answers(**WELL, tumours="one", largest="5_to_10", resectable="no"), content))
    }
    assert shown["bclc"].items == (
        f"1. {en(content.treatments['transplant'].short)} ({en.ui('flag_beyond_milan')})",
        f"2. {en(content.treatments['ablation'].short)} ({en.ui('flag_too_big_for_ablation')})",
    )
    assert shown["clinic"].items == tuple(f"• {en(content.treatments[t].short)}" for t in ("tace", "haic"))


def test_where_the_guides_lists_wait_on_an_answer_a_column_says_so_beside_the_clinic(content):
    """Review 24 minor 14: the clinic's view does not stand alone."""
    en = content.in_language("en")
    unknown = Answers(**WELL, tumours="unsure", largest="unsure", told_system="no", resectable="no")
    shown = views(en, choose_route(unknown, content))
    assert [v.view for v in shown] == ["guides", "clinic"] and shown[0].lead == en.ui("guides_wait_on_stage")
    assert shown[0].items == () and shown[0].item is None
    origin = Answers(cancer="metastatic", origin="unsure", activity="full", liver_signs="none")
    shown = views(en, choose_route(origin, content))
    assert [v.view for v in shown] == ["evidence", "clinic"] and shown[0].lead == en.ui("guides_wait_on_origin")
    assert [v.view for v in views(en, choose_route(Answers(**ROUTE), content))] == ["bclc", "cnlc", "clinic"]
