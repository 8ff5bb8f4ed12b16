"""liverguide.pathway: the chooser's rules, every valid combination of answers, and bad input."""

from __future__ import annotations

import itertools

import pytest

from liverguide.pathway import (
    ALLOWED,
    EDGES,
    ORIGINS,
    ROUTE_NODES,
    Answers,
    Route,
    choose_route,
    is_complete,
    questions_to_ask,
)

EDGE_SET = {(a, b) for a, b, _ in EDGES}


def every_valid_answers():
    """Every combination the page can produce, with None for not answered."""
    health = (None, *ALLOWED["health"])
    for h in health:
        for cancer in (None, "unsure"):
            yield Answers(health=h, cancer=cancer)
        for stage, size, resectable in itertools.product(
            (None, *ALLOWED["stage"]), (None, *ALLOWED["tumour_size"]), (None, *ALLOWED["resectable"])
        ):
            yield Answers(health=h, cancer="primary", stage=stage, tumour_size=size, resectable=resectable)
        for origin in (None, *ALLOWED["origin"]):
            yield Answers(health=h, cancer="metastatic", origin=origin)


def primary(**kw) -> Answers:
    return Answers(**{"health": "good", "cancer": "primary", "stage": "middle", "tumour_size": "larger", **kw})


def test_late_stage_unresectable_primary_cancer_in_good_health_goes_to_interventional():
    result = choose_route(Answers(cancer="primary", resectable="no", stage="late", tumour_size="larger", health="good"))
    assert result.route is Route.INTERVENTIONAL
    assert result.steps == ("q_health", "q_cancer", "q_stage", "q_size", "q_resectable", "r_interventional")


@pytest.mark.parametrize("answers", [Answers(health="poor"), primary(health="poor", resectable="yes")])
def test_poor_health_gives_supportive_care_whatever_else_is_answered(answers):
    result = choose_route(answers)
    assert result.route is Route.SUPPORTIVE
    assert result.steps == ("q_health", "r_supportive")
    assert "note_not_every_stage" in result.notes


@pytest.mark.parametrize("cancer", [None, "unsure"])
def test_unknown_cancer_type_sends_the_reader_to_the_care_team(cancer):
    result = choose_route(Answers(health="good", cancer=cancer))
    assert result.route is Route.ASK_TEAM and result.steps[-1] == "r_ask_team"


def test_resectable_primary_goes_to_surgery():
    assert choose_route(primary(resectable="yes")).route is Route.SURGERY


@pytest.mark.parametrize("stage", ALLOWED["stage"])
@pytest.mark.parametrize("size", ALLOWED["tumour_size"])
def test_unresectable_primary_goes_to_interventional_at_any_stage_and_size(stage, size):
    assert choose_route(primary(resectable="no", stage=stage, tumour_size=size)).route is Route.INTERVENTIONAL


@pytest.mark.parametrize("resectable", [None, "unsure"])
def test_primary_without_a_surgeon_s_answer_goes_to_the_team(resectable):
    assert choose_route(primary(resectable=resectable)).route is Route.ASK_TEAM


@pytest.mark.parametrize("origin", ORIGINS)
def test_metastatic_cancer_with_a_named_origin_goes_to_interventional(origin):
    result = choose_route(Answers(health="good", cancer="metastatic", origin=origin))
    assert result.route is Route.INTERVENTIONAL
    assert result.steps == ("q_health", "q_cancer", "q_origin", "r_interventional")
    assert "pw_same_technique" in result.notes


@pytest.mark.parametrize("origin", [None, "unsure"])
def test_metastatic_cancer_of_unknown_origin_goes_to_the_team(origin):
    assert choose_route(Answers(health="good", cancer="metastatic", origin=origin)).route is Route.ASK_TEAM


def test_unresectable_small_tumour_shows_the_clinic_s_figure_beside_its_evidence_note():
    notes = choose_route(primary(resectable="no", tumour_size="small")).notes
    assert notes.index("pw_clinic_small_hcc") + 1 == notes.index("note_small_hcc_figure")
    assert "pw_clinic_small_hcc" not in choose_route(primary(resectable="no", tumour_size="larger")).notes


def test_resectable_small_tumour_notes_that_ablation_is_an_equal_first_choice():
    assert "note_small_tumour_options" in choose_route(primary(resectable="yes", tumour_size="small")).notes
    assert "note_small_tumour_options" not in choose_route(primary(resectable="yes")).notes


@pytest.mark.parametrize("resectable", ALLOWED["resectable"])
def test_late_stage_notes_that_drug_treatment_often_comes_first_or_alongside(resectable):
    assert "pw_late_stage" in choose_route(primary(resectable=resectable, stage="late")).notes
    assert "pw_late_stage" not in choose_route(primary(resectable=resectable, stage="early")).notes


@pytest.mark.parametrize("origin", ["digestive", "breast"])
def test_gut_or_breast_origin_shows_the_clinic_s_claim_beside_its_evidence_note(origin):
    notes = choose_route(Answers(health="good", cancer="metastatic", origin=origin)).notes
    assert notes.index("pw_clinic_very_effective") + 1 == notes.index("note_not_better_than_chemo")


@pytest.mark.parametrize("origin", ["lung", "female_genital", "urinary", "other"])
def test_other_origins_get_the_trials_answer_without_the_clinic_s_claim(origin):
    notes = choose_route(Answers(health="good", cancer="metastatic", origin=origin)).notes
    assert "pw_clinic_very_effective" not in notes
    assert "note_not_better_than_chemo" in notes and "note_common_sources" in notes


@pytest.mark.parametrize("health", [None, "unsure"])
def test_unknown_health_notes_that_the_team_checks_the_liver_first(health):
    assert "pw_health_check" in choose_route(primary(health=health, resectable="no")).notes
    assert "pw_health_check" not in choose_route(primary(resectable="no")).notes


def test_every_valid_combination_gives_a_route_along_real_edges_with_notes_and_sources_in_content(content):
    combos = list(every_valid_answers())
    assert len(combos) > 300
    seen_routes = set()
    for answers in combos:
        result = choose_route(answers)
        seen_routes.add(result.route)
        assert result.steps[0] == "q_health", answers
        assert result.steps[-1] == ROUTE_NODES[result.route], answers
        assert all(edge in EDGE_SET for edge in itertools.pairwise(result.steps)), (answers, result.steps)
        assert all(n in content.notes for n in result.notes), (answers, result.notes)
        assert len(set(result.notes)) == len(result.notes), answers
        assert result.sources and all(s in content.sources for s in result.sources), answers
        assert result.summary in content.pathway_results, answers
    assert seen_routes == set(Route)


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        (Answers(health="fine"), "health"),
        (Answers(cancer="liver"), "cancer"),
        (primary(tumour_size="huge"), "tumour_size"),
        (Answers(cancer="metastatic", origin="moon"), "origin"),
        (primary(origin="lung"), "origin"),
        (Answers(cancer="metastatic", resectable="yes"), "resectable"),
        (Answers(cancer="unsure", stage="early"), "stage"),
    ],
)
def test_bad_input_raises_a_value_error_naming_the_field(answers, field):
    with pytest.raises(ValueError, match=field):
        choose_route(answers)


def test_an_unknown_value_error_lists_the_allowed_values():
    with pytest.raises(ValueError, match="small, larger, unsure"):
        choose_route(primary(tumour_size="huge"))


def test_only_the_questions_that_apply_are_asked():
    assert questions_to_ask(Answers()) == ("health", "cancer")
    assert questions_to_ask(Answers(cancer="primary")) == ("health", "cancer", "stage", "tumour_size", "resectable")
    assert questions_to_ask(Answers(cancer="metastatic")) == ("health", "cancer", "origin")


def test_a_route_waits_until_every_question_that_applies_is_answered():
    assert not is_complete(Answers(health="good", cancer="primary", stage="early", tumour_size="small"))
    assert is_complete(primary(resectable="unsure"))
    assert is_complete(Answers(health="poor"))
    assert not is_complete(Answers(cancer="metastatic", origin="lung"))
