"""liverguide.pathway: the chooser's rules, every valid combination of answers, and bad input."""

from __future__ import annotations

import itertools

import pytest

from liverguide.pathway import (
    ALLOWED,
    EDGES,
    LESS_ACTIVE,
    ORIGINS,
    ROUTE_NODES,
    SUMMARIES,
    Answers,
    Route,
    answered_so_far,
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


def every_primary(**fixed):
    """Every primary-cancer combination (None for not answered) with `fixed` answers."""
    for answers in every_valid_answers():
        if answers.cancer == "primary" and all(getattr(answers, k) == v for k, v in fixed.items()):
            yield answers


def primary(**kw) -> Answers:
    return Answers(**{"health": "good", "cancer": "primary", "stage": "middle", "tumour_size": "larger", **kw})


def test_late_stage_unresectable_primary_cancer_in_good_health_puts_drug_treatment_first():
    result = choose_route(Answers(cancer="primary", resectable="no", stage="late", tumour_size="larger", health="good"))
    assert result.route is Route.DRUGS_FIRST and result.summary == "interventional_primary_late"
    assert result.steps == ("q_health", "q_cancer", "q_stage", "q_size", "q_resectable", "r_drugs_first")
    assert {"bclc_2022", "cnlc_2022", "qa_source"} <= set(result.sources), "BCLC beside CNLC beside the clinic"


@pytest.mark.parametrize("cancer", [None, "primary", "metastatic", "unsure"])
def test_poor_health_gives_supportive_care_whatever_else_is_answered(cancer):
    """The safety gate: first, and unconditional, over every combination that answers poor health."""
    combos = [a for a in every_valid_answers() if a.health == "poor" and a.cancer == cancer]
    assert combos
    for answers in combos:
        result = choose_route(answers)
        assert result.route is Route.SUPPORTIVE, answers
        assert result.steps == ("q_health", "r_supportive"), answers


def test_the_metastatic_poor_health_path_has_its_own_note_without_staging_or_transplant():
    result = choose_route(Answers(health="poor", cancer="metastatic"))
    assert result.summary == "supportive_metastatic" and result.notes == ("pw_metastatic_unwell",)
    assert not {"bclc_2022", "easl_eortc_2012"} & set(result.sources), "no liver cancer guides for metastases"
    for cancer in (None, "primary", "unsure"):
        result = choose_route(Answers(health="poor", cancer=cancer))
        assert result.summary == "supportive" and result.notes == ("note_not_every_stage",)


def test_only_the_primary_supportive_result_names_transplant(content):
    assert "transplant" in content.pathway_results["supportive"].why["en"]
    assert "transplant" not in content.pathway_results["supportive_metastatic"].why["en"]
    assert "BCLC" not in content.notes["pw_metastatic_unwell"].body["en"]
    assert "transplant" not in content.notes["pw_metastatic_unwell"].body["en"]


def test_a_very_late_stage_goes_to_supportive_care_over_every_combination():
    for answers in every_primary(stage="very_late"):
        if answers.health == "poor":
            continue
        result = choose_route(answers)
        assert result.route is Route.SUPPORTIVE and result.summary == "supportive", answers
        assert result.steps == ("q_health", "q_cancer", "q_stage", "r_supportive"), answers
        assert "note_not_every_stage" in result.notes, answers


def test_after_a_very_late_stage_the_chooser_asks_nothing_more():
    answers = Answers(health="good", cancer="primary", stage="very_late")
    assert questions_to_ask(answers) == ("health", "cancer", "stage")
    assert is_complete(answers)


@pytest.mark.parametrize("cancer", [None, "unsure"])
def test_unknown_cancer_type_sends_the_reader_to_the_care_team(cancer):
    result = choose_route(Answers(health="good", cancer=cancer))
    assert result.route is Route.ASK_TEAM and result.steps[-1] == "r_ask_team"


def test_resectable_primary_goes_to_surgery():
    assert choose_route(primary(resectable="yes")).route is Route.SURGERY


def test_unresectable_primary_goes_to_interventional_unless_late_or_less_active_over_every_combination():
    for answers in every_primary(resectable="no"):
        if answers.health == "poor" or answers.stage == "very_late":
            continue
        result = choose_route(answers)
        late = answers.stage == "late" or answers.health in LESS_ACTIVE
        if not late:
            assert result.route is Route.INTERVENTIONAL and result.summary == "interventional_primary", answers
        elif answers.health in (None, "unsure"):
            assert result.summary == "interventional_primary_late_check", answers
        else:
            assert result.summary == "interventional_primary_late", answers
        assert (result.route is Route.DRUGS_FIRST) == late, answers


def test_a_late_stage_with_unsure_health_leads_with_the_health_check(content):
    for size in (None, *ALLOWED["tumour_size"]):
        result = choose_route(primary(health="unsure", stage="late", tumour_size=size, resectable="no"))
        assert result.summary == "interventional_primary_late_check"
        assert result.notes[0] == "pw_health_check"
    headline = content.pathway_results["interventional_primary_late_check"].headline["en"]
    assert headline.lower().startswith("a health check comes first")


@pytest.mark.parametrize("health", LESS_ACTIVE)
def test_being_less_active_than_before_adds_the_bclc_note_on_every_primary_route(health):
    for answers in every_primary(health=health):
        if answers.stage == "very_late":  # supportive care: its own note says why
            continue
        notes = choose_route(answers).notes
        assert "pw_less_active" in notes, answers
    for answers in every_primary(health="good"):
        assert "pw_less_active" not in choose_route(answers).notes, answers


def test_a_late_stage_or_a_tumour_of_10_cm_or_more_adds_the_tace_caution():
    for answers in every_primary():
        if answers.health == "poor" or answers.stage == "very_late":
            continue
        notes = choose_route(answers).notes
        wanted = answers.stage == "late" or answers.tumour_size == "very_large"
        assert ("pw_tace_caution" in notes) == wanted, answers


def test_late_headlines_do_not_say_interventional_therapy_comes_first(content):
    late = content.pathway_results["interventional_primary_late"]
    assert late.headline["en"].startswith("Drug treatment often comes first")
    for summary in ("interventional_primary_late", "interventional_primary_late_check"):
        why = content.pathway_results[summary].why["en"]
        assert "BCLC" in why and "Chinese guidelines" in why and "clinic's doctors" in why, summary


def test_the_clinic_is_not_credited_with_a_hedge_it_never_made(content):
    why = content.pathway_results["interventional_primary"].why["en"]
    assert "many but not all" not in why
    assert "many but not all" not in content.pathway_results["interventional_primary"].why["zh"]


@pytest.mark.parametrize("resectable", [None, "unsure"])
def test_primary_without_a_surgeon_s_answer_goes_to_the_team(resectable):
    assert choose_route(primary(resectable=resectable)).route is Route.ASK_TEAM


@pytest.mark.parametrize("origin", ORIGINS)
def test_metastatic_cancer_with_a_named_origin_goes_to_interventional_with_the_f5_note(origin):
    result = choose_route(Answers(health="good", cancer="metastatic", origin=origin))
    assert result.route is Route.INTERVENTIONAL
    assert result.steps == ("q_health", "q_cancer", "q_origin", "r_interventional")
    assert "pw_same_technique" in result.notes and "note_not_better_than_chemo" in result.notes


def test_the_metastatic_result_lists_ablation_and_tare_too(content):
    assert {"ablation", "tace", "haic", "tare"} <= set(content.pathway_results["interventional_metastatic"].treatments)


def test_the_digestive_origin_names_the_pancreas_and_not_the_gut(content):
    option = content.pathway_questions["origin"].options["digestive"]
    assert "pancreas" in option["en"] and "gut" not in option["en"] and "胰腺" in option["zh"]


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


@pytest.mark.parametrize("resectable", (None, *ALLOWED["resectable"]))
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


def test_the_health_question_follows_ecog_and_every_question_keeps_i_am_not_sure(content):
    assert ALLOWED["health"] == ("good", "light_work", "no_work", "poor", "unsure")
    poor = content.pathway_questions["health"].options["poor"]["en"]
    assert "more than half of my waking day in bed or in a chair" in poor and "wash or dress" in poor
    for field, allowed in ALLOWED.items():
        assert "unsure" in allowed, field


def test_every_valid_combination_gives_a_route_along_real_edges_with_notes_and_sources_in_content(content):
    combos = list(every_valid_answers())
    assert len(combos) > 600
    seen_routes, seen_summaries = set(), set()
    for answers in combos:
        result = choose_route(answers)
        seen_routes.add(result.route)
        seen_summaries.add(result.summary)
        assert result.steps[0] == "q_health", answers
        assert result.steps[-1] == ROUTE_NODES[result.route], answers
        assert all(edge in EDGE_SET for edge in itertools.pairwise(result.steps)), (answers, result.steps)
        assert all(n in content.notes for n in result.notes), (answers, result.notes)
        assert len(set(result.notes)) == len(result.notes), answers
        assert result.sources and all(s in content.sources for s in result.sources), answers
        assert result.summary in content.pathway_results, answers
    assert seen_routes == set(Route)
    assert seen_summaries == set(SUMMARIES)


def test_every_edge_of_the_flowchart_is_taken_by_some_answers():
    taken = {edge for a in every_valid_answers() for edge in itertools.pairwise(choose_route(a).steps)}
    assert taken == EDGE_SET


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
        (Answers(health="good"[::-1]), "health"),
        (primary(stage="D"), "stage"),
        (primary(health="ecog2"), "health"),
    ],
)
def test_bad_input_raises_a_value_error_naming_the_field(answers, field):
    with pytest.raises(ValueError, match=field):
        choose_route(answers)


def test_an_unknown_value_error_lists_the_allowed_values():
    with pytest.raises(ValueError, match="small, larger, very_large, unsure"):
        choose_route(primary(tumour_size="huge"))


def test_only_the_questions_that_apply_are_asked():
    assert questions_to_ask(Answers()) == ("health", "cancer")
    assert questions_to_ask(Answers(cancer="primary")) == ("health", "cancer", "stage", "tumour_size", "resectable")
    assert questions_to_ask(Answers(cancer="metastatic")) == ("health", "cancer", "origin")
    # After poor health the route is given; where the cancer started is still asked, for the notes.
    assert questions_to_ask(Answers(health="poor", cancer="primary")) == ("health", "cancer")


def test_a_route_waits_until_every_question_that_applies_is_answered():
    assert not is_complete(Answers(health="good", cancer="primary", stage="early", tumour_size="small"))
    assert is_complete(primary(resectable="unsure"))
    assert is_complete(Answers(health="poor"))
    assert not is_complete(Answers(cancer="metastatic", origin="lung"))


def test_after_poor_health_the_route_shows_at_once_and_the_cancer_question_is_next():
    answers, next_question = answered_so_far({"health": "poor"})
    assert is_complete(answers) and next_question == "cancer"
    answers, next_question = answered_so_far({"health": "poor", "cancer": "metastatic", "origin": "lung"})
    assert answers == Answers(health="poor", cancer="metastatic") and next_question is None
