"""liverguide.answers: each chooser question declared once; only the questions that apply are asked;
the safety gate and a stage the team gave end the questions; bad input names its field."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from liverguide.answers import (
    ALLOWED,
    BY_FIELD,
    GROUPS,
    QUESTION_NODES,
    QUESTIONS,
    Answers,
    answered_so_far,
    check,
    group_of,
    is_complete,
    questions_to_ask,
)

HCC_DETAILS = {"activity": "full", "liver_signs": "none", "tumours": "one", "largest": "3_to_5", "vessels": "no"}


def test_allowed_answers_and_the_flowchart_boxes_are_derived_from_the_one_declaration():
    assert tuple(f.name for f in fields(Answers)) == tuple(q.field for q in QUESTIONS), "Answers follows QUESTIONS"
    assert ALLOWED == {q.field: q.options for q in QUESTIONS}
    assert [f for fs in QUESTION_NODES.values() for f in fs] == sorted(ALLOWED, key=list(ALLOWED).index)
    assert QUESTION_NODES["q_tumours"] == ("tumours", "largest") and QUESTION_NODES["q_spread"] == ("vessels", "spread")
    assert all(set(q.applies_to) <= set(GROUPS) for q in QUESTIONS)


def test_every_question_keeps_i_am_not_sure():
    for q in QUESTIONS:
        assert "unsure" in q.options, q.field


def test_the_issue_s_fields_take_the_issue_s_answers():
    assert ALLOWED["cancer"] == ("primary", "metastatic", "unsure")
    assert ALLOWED["kind"] == ("hcc", "bile_duct", "unsure")
    assert ALLOWED["activity"] == ("full", "light", "self_care", "resting", "unsure")
    assert ALLOWED["activity_cause"] == ("cancer", "other", "unsure")
    assert ALLOWED["liver_signs"] == ("none", "some", "unsure")
    assert ALLOWED["tumours"] == ("one", "two_three", "four_plus", "unsure")
    assert ALLOWED["largest"] == ("up_to_2", "2_to_3", "3_to_5", "5_to_10", "over_10", "unsure")
    for field in ("vessels", "spread", "resectable", "liver_only"):
        assert ALLOWED[field] == ("yes", "no", "unsure"), field
    origins = ("bowel", "neuroendocrine", "breast", "stomach", "pancreas", "lung", "female_genital", "urinary", "other")
    assert ALLOWED["origin"] == (*origins, "unsure")


@pytest.mark.parametrize(
    ("answers", "group"),
    [
        (Answers(), "unknown"),
        (Answers(cancer="unsure"), "unknown"),
        (Answers(cancer="primary"), "hcc"),
        (Answers(cancer="primary", kind="unsure"), "hcc"),
        (Answers(cancer="primary", kind="bile_duct"), "bile_duct"),
        (Answers(cancer="metastatic"), "metastatic"),
    ],
)
def test_the_answers_are_about_a_kind_of_cancer(answers, group):
    assert group_of(answers) == group


def test_only_the_questions_that_apply_are_asked():
    assert questions_to_ask(Answers()) == ("cancer", "activity", "liver_signs")
    hcc = Answers(cancer="primary", kind="hcc", **HCC_DETAILS, spread="no")
    assert questions_to_ask(hcc) == (
        "cancer",
        "kind",
        "activity",
        "liver_signs",
        "tumours",
        "largest",
        "vessels",
        "spread",
        "resectable",
    )
    bile = Answers(cancer="primary", kind="bile_duct", **HCC_DETAILS, spread="unsure")
    assert questions_to_ask(bile) == (
        "cancer",
        "kind",
        "activity",
        "liver_signs",
        "tumours",
        "largest",
        "vessels",
        "spread",
        "resectable",
    )
    spread = Answers(cancer="metastatic", origin="lung")
    assert questions_to_ask(spread) == (
        "cancer",
        "origin",
        "activity",
        "liver_signs",
        "tumours",
        "largest",
        "liver_only",
        "resectable",
    )
    assert questions_to_ask(Answers(cancer="metastatic", origin="unsure")) == (
        "cancer",
        "origin",
        "activity",
        "liver_signs",
    )


@pytest.mark.parametrize("activity", ["light", "self_care"])
def test_the_cause_of_being_less_active_is_asked_only_for_hcc_and_only_then(activity):
    assert "activity_cause" in questions_to_ask(Answers(cancer="primary", activity=activity))
    assert "activity_cause" in questions_to_ask(Answers(cancer="primary", kind="unsure", activity=activity))
    assert "activity_cause" not in questions_to_ask(Answers(cancer="primary", activity="full"))
    assert "activity_cause" not in questions_to_ask(Answers(cancer="primary", kind="bile_duct", activity=activity))
    assert "activity_cause" not in questions_to_ask(Answers(cancer="metastatic", origin="lung", activity=activity))


def test_the_stage_the_team_gave_is_asked_only_when_the_answers_leave_it_unsettled():
    settled = Answers(cancer="primary", kind="hcc", **HCC_DETAILS, spread="no")
    assert "told_system" not in questions_to_ask(settled)
    unsettled = Answers(cancer="primary", kind="hcc", **{**HCC_DETAILS, "tumours": "unsure"}, spread="no")
    assert questions_to_ask(unsettled)[-2:] == ("told_system", "resectable")
    assert "told_bclc" in questions_to_ask(Answers(**{**unsettled.__dict__, "told_system": "bclc"}))
    assert "told_cnlc" in questions_to_ask(Answers(**{**unsettled.__dict__, "told_system": "cnlc"}))
    assert not {"told_bclc", "told_cnlc"} & set(
        questions_to_ask(Answers(**{**unsettled.__dict__, "told_system": "no"}))
    )


@pytest.mark.parametrize(
    "first", [{"cancer": "primary", "kind": "hcc"}, {"cancer": "primary", "kind": "bile_duct"},
              {"cancer": "metastatic", "origin": "bowel"}, {"cancer": "unsure"}]
)  # fmt: skip
def test_the_safety_gate_ends_the_questions_for_every_kind_of_cancer(first):
    resting = Answers(**first, activity="resting")
    assert questions_to_ask(resting)[-1] == "activity" and is_complete(resting)
    signs = Answers(**first, activity="full", liver_signs="some")
    assert questions_to_ask(signs)[-1] == "liver_signs" and is_complete(signs)


def test_a_last_stage_the_team_gave_ends_the_questions():
    given = Answers(
        cancer="primary",
        kind="hcc",
        **{**HCC_DETAILS, "liver_signs": "unsure", "tumours": "unsure"},
        spread="no",
        told_system="cnlc",
        told_cnlc="iv",
    )
    assert questions_to_ask(given)[-1] == "told_cnlc" and is_complete(given)
    # Fully active with no liver signs cannot be the last stage: the team's IV is not taken, and the
    # questions go on to surgery.
    ruled_out = replace(given, liver_signs="none")
    assert questions_to_ask(ruled_out)[-1] == "resectable"


def test_answers_so_far_keep_order_and_drop_what_no_longer_applies():
    answers, pending = answered_so_far({"cancer": "primary", "activity": "light"})
    assert answers == Answers(cancer="primary") and pending == "kind"
    given = {"cancer": "metastatic", "kind": "hcc", "origin": "lung", "activity": "resting", "tumours": "one"}
    answers, pending = answered_so_far(given)
    assert answers == Answers(cancer="metastatic", origin="lung", activity="resting") and pending is None


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        (Answers(cancer="liver"), "cancer"),
        (Answers(cancer="primary", kind="hepatoma"), "kind"),
        (Answers(cancer="primary", activity="ecog2"), "activity"),
        (Answers(cancer="primary", largest="huge"), "largest"),
        (Answers(cancer="primary", tumours=3), "tumours"),  # type: ignore[arg-type]
        (Answers(cancer="metastatic", origin="moon"), "origin"),
        (Answers(cancer="metastatic", vessels="yes"), "vessels"),
        (Answers(cancer="primary", origin="lung"), "origin"),
        (Answers(cancer="unsure", kind="hcc"), "kind"),
        (Answers(cancer="primary", kind="bile_duct", activity_cause="cancer"), "activity_cause"),
        (Answers(cancer="primary", told_bclc="E"), "told_bclc"),
    ],
)
def test_bad_input_raises_a_value_error_naming_the_field(answers, field):
    with pytest.raises(ValueError, match=field):
        check(answers)


def test_an_unknown_answer_s_error_lists_the_allowed_values():
    with pytest.raises(ValueError, match="up_to_2, 2_to_3, 3_to_5, 5_to_10, over_10, unsure"):
        check(Answers(cancer="primary", largest="huge"))


def test_every_question_has_a_box_in_the_flowchart():
    assert all(BY_FIELD[f].node == node for node, fs in QUESTION_NODES.items() for f in fs)
