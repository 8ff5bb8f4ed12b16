"""liverguide.pathway: the chooser's rules over every set of answers the page can give, the audit's
situations (C1, M1-M5), the newcomer walk's, the second clinical review's (review 24: C1, M1-M7), and
bad input."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from harness.journeys import ROUTE, ROUTE_RESULT, every_answers, every_result
from liverguide.answers import GROUPS, HCC, LESS_ACTIVE
from liverguide.pathway import Answers, Route, choose_route
from liverguide.routes import ALL_RESULTS, EDGES, RESULTS, ROUTE_NODES, VIEWS, edges_of

WELL = {"cancer": "primary", "kind": "hcc", "activity": "full", "liver_signs": "none", "vessels": "no", "spread": "no"}


def hcc(**kw) -> Answers:
    return Answers(**{**WELL, **kw})


def spread_from(origin: str, **kw) -> Answers:
    base = {"cancer": "metastatic", "origin": origin, "activity": "full", "liver_signs": "none", "tumours": "one",
            "largest": "2_to_3", "liver_only": "yes", "resectable": "no"}  # fmt: skip
    return Answers(**{**base, **kw})


def test_every_set_of_answers_gives_a_result_that_the_content_can_show(content):
    """269,374 sets: a route; for HCC a stage in both systems or what is missing to tell; each view's
    first choices, in page order, every id a treatment with what it is, who it is for and who should
    not have it; steps along real arrows of the reader's chart; notes and sources that exist."""
    results = every_result(content)
    assert len(results) == len(every_answers()) > 250_000
    arrows = {g: {(e.source, e.target) for e in edges_of(g)} for g in GROUPS}
    seen_routes, seen_results, seen_arrows = set(), set(), set()
    for answers, r in results:
        seen_routes.add(r.route)
        seen_results.add(r.summary)
        assert r.summary in RESULTS[r.group], answers
        if r.group == HCC:
            s = r.staging
            assert s is not None and (s.bclc is not None or s.cnlc is not None or s.missing), answers
            assert (s.bclc is None or s.cnlc is None) == bool(s.missing) or s.told, answers
        else:
            assert r.staging is None, answers
        assert tuple(r.options) == tuple(v for v in VIEWS[r.group] if v in r.options), answers
        for first in r.options.values():
            for t in first:
                treatment = content.treatments[t]
                assert treatment.what and treatment.who and treatment.not_for, t
        steps = list(itertools.pairwise(r.steps))
        assert r.steps[-1] == ROUTE_NODES[r.route] and all(step in arrows[r.group] for step in steps), (
            answers,
            r.steps,
        )
        seen_arrows.update((a, b, r.group) for a, b in steps)
        assert all(n in content.notes for n in r.notes) and len(set(r.notes)) == len(r.notes), answers
        assert r.sources and all(s in content.sources for s in r.sources), answers
        _holds_the_review_s_rules(answers, r)
    assert seen_routes == set(Route)
    assert seen_results == set(ALL_RESULTS)
    drawn = {(e.source, e.target, g) for e in EDGES for g in e.groups}
    assert seen_arrows == drawn, "every arrow of every chart is taken by some answers"


def _holds_the_review_s_rules(a: Answers, r) -> None:
    """Review 24, over every set of answers."""
    late_in_china = r.staging is not None and r.staging.cnlc in ("IIIa", "IIIb")
    beyond_the_liver = a.spread == "yes" or (r.staging is not None and r.staging.cnlc == "IIIb")
    # M1: the clinic named no kind; the kinds listed leave out ablation where it would not fit.
    if a.vessels == "yes" or a.spread == "yes" or a.largest in ("5_to_10", "over_10") or late_in_china:
        assert "ablation" not in r.options.get("clinic", ()), a
    # M3: no surgery route once the cancer has spread outside the liver.
    if beyond_the_liver:
        assert r.route is not Route.SURGERY, a
    # C1, M5: the late-stage comparison comes with the late result, and only with it.
    assert ("pw_late_stage" in r.notes) == (r.summary == "hcc_late"), a
    if r.summary == "hcc_late":
        assert r.staging.cnlc in ("IIIa", "IIIb", None) and r.staging.bclc in ("C", None), a
    if late_in_china and r.route is not Route.SUPPORTIVE and r.route is not Route.SURGERY:
        assert "pw_tace_caution" in r.notes, a
    # M1: the clinic's Q&A says nothing of spread that surgery can remove.
    if r.group == "metastatic" and a.resectable == "yes":
        assert "clinic" not in r.options, a


def test_the_safety_gate_gives_supportive_care_over_every_set_of_answers_that_meets_it(content):
    gated = [(a, r) for a, r in every_result(content) if a.activity == "resting" or a.liver_signs == "some"]
    assert {a.cancer for a, _ in gated} == {"primary", "metastatic", "unsure"}
    for answers, r in gated:
        assert r.route is Route.SUPPORTIVE, answers
        assert "clinic" not in r.options, "no 'interventional therapy at any stage' for the end stage"
        assert set(r.treatments) <= {"palliative", "transplant"}, answers
        if r.group == HCC:
            assert (r.staging.bclc, r.staging.cnlc) == ("D", "IV"), answers


def test_the_gate_says_no_stage_or_transplant_where_they_do_not_apply(content):
    for answers in (Answers(cancer="metastatic", origin="lung", activity="resting"),
                    Answers(cancer="primary", kind="bile_duct", activity="full", liver_signs="some")):  # fmt: skip
        r = choose_route(answers, content)
        assert r.summary == "supportive_other" and r.staging is None and r.treatments == ("palliative",)
        said = content.pathway_results[r.summary].why["en"] + " ".join(content.notes[n].body["en"] for n in r.notes)
        assert "transplant" not in said and "BCLC" not in said


def test_the_daughter_learns_her_father_s_stage_and_what_each_lists_first(content):
    """Newcomer walk B1 and M1: one 4 cm tumour, surgery not possible, fully active."""
    r = choose_route(Answers(**ROUTE), content)
    assert r.summary == ROUTE_RESULT and r.route is Route.INTERVENTIONAL
    assert (r.staging.bclc, r.staging.cnlc) == ("A", "Ia")
    assert r.options == {"bclc": ("transplant", "ablation"), "cnlc": ("ablation", "transplant"),
                         "clinic": ("tace", "ablation", "haic")}  # fmt: skip
    assert r.left_out == ("resection",), "the surgeon said no: surgery is left off the guides' lists, and says so"
    assert "pw_ablation_with_tace" in r.notes, "3 to 5 cm: TACE with ablation (CNLC)"


def test_each_stage_has_its_own_result():
    """Audit M1: early, middle, late and not known no longer share one text."""
    one = {"tumours": "one", "largest": "2_to_3", "resectable": "no"}
    assert choose_route(hcc(**one)).summary == "hcc_early"
    assert choose_route(hcc(tumours="four_plus", largest="3_to_5", resectable="no")).summary == "hcc_middle"
    late = choose_route(hcc(**one, vessels="yes"))
    assert late.summary == "hcc_late" and late.route is Route.DRUGS_FIRST
    assert late.options["bclc"] == ("drugs",) and late.options["cnlc"][0] == "tace", (
        "Europe: drugs; China IIIa: TACE first"
    )
    unknown = choose_route(hcc(tumours="unsure", largest="unsure", told_system="no", resectable="no"))
    assert unknown.summary == "hcc_unknown" and unknown.route is Route.ASK_TEAM
    assert unknown.staging.missing == ("tumours", "largest"), "audit M2: what is missing is named"
    assert choose_route(hcc(**{**one, "resectable": "yes"})).summary == "hcc_surgery"


@pytest.mark.parametrize("activity", LESS_ACTIVE)
def test_being_less_active_no_longer_makes_an_early_stage_late(activity):
    """Audit C1: one tumour of 3 cm, surgery not possible, less active."""
    one = {"tumours": "one", "largest": "2_to_3", "resectable": "no", "activity": activity}
    other = choose_route(hcc(**one, activity_cause="other"))
    assert (
        other.summary == "hcc_early" and "ablation" in other.options["bclc"] and "pw_less_active_other" in other.notes
    )
    cancer = choose_route(hcc(**one, activity_cause="cancer"))
    assert cancer.staging.bclc == "C" and cancer.staging.cnlc == "Ia"
    assert "ablation" in cancer.options["cnlc"], "the Chinese guide still lists ablation at Ia"
    assert "pw_less_active_cancer" in cancer.notes
    # Review 24 M5: late in Europe only from being less active is not "a late stage" with a note on
    # vessels and spread the reader does not have.
    assert cancer.summary == "hcc_levels_differ" and "pw_late_stage" not in cancer.notes
    unsure = choose_route(hcc(**one, activity_cause="unsure", told_system="no"))
    assert unsure.staging.bclc is None and unsure.staging.missing == ("activity_cause",)
    assert unsure.summary == "hcc_unknown" and "pw_less_active_unsure" in unsure.notes


def test_the_small_tumour_notes_follow_the_surgeon_s_answer():
    small = {"tumours": "one", "largest": "up_to_2"}
    assert "note_small_tumour_options" in choose_route(hcc(**small, resectable="yes")).notes
    notes = choose_route(hcc(**small, resectable="no")).notes
    assert notes.index("pw_clinic_small_hcc") + 1 == notes.index("note_small_hcc_figure")


def test_the_tace_caution_comes_with_a_vessel_spread_or_a_very_large_tumour_but_not_on_the_surgery_route():
    """Audit m7."""
    assert "pw_tace_caution" in choose_route(hcc(tumours="one", largest="over_10", resectable="no")).notes
    assert (
        "pw_tace_caution"
        in choose_route(hcc(tumours="one", largest="up_to_2", vessels="yes", resectable="unsure")).notes
    )
    assert "pw_tace_caution" not in choose_route(hcc(tumours="one", largest="over_10", resectable="yes")).notes
    assert "pw_tace_caution" not in choose_route(hcc(tumours="one", largest="3_to_5", resectable="no")).notes


def test_not_sure_of_surgery_adds_the_question_to_ask_and_keeps_surgery_on_the_lists():
    r = choose_route(hcc(tumours="one", largest="3_to_5", resectable="unsure"))
    assert "pw_ask_surgery" in r.notes and "resection" in r.options["bclc"] and not r.left_out
    assert r.options["clinic"] == ("resection", "tace", "ablation", "haic")


def test_a_kind_not_known_is_staged_as_hcc_and_says_so():
    r = choose_route(hcc(kind="unsure", tumours="one", largest="up_to_2", resectable="no"))
    assert r.group == HCC and r.staging.bclc == "0" and r.notes[0] == "pw_kind_unsure"


def test_bile_duct_cancer_gets_its_own_result_without_hcc_stages():
    """Audit M5."""
    base = {"cancer": "primary", "kind": "bile_duct", "activity": "full", "liver_signs": "none", "tumours": "one",
            "largest": "3_to_5", "vessels": "no", "spread": "no"}  # fmt: skip
    r = choose_route(Answers(**base, resectable="no"))
    assert r.summary == "bile_duct" and r.route is Route.DRUGS_FIRST and r.staging is None
    assert r.options["evidence"] == ("drugs_bile_duct",) and "bclc" not in r.options and "pw_bile_duct" in r.notes
    assert choose_route(Answers(**base, resectable="yes")).options["evidence"] == ("resection",)
    assert choose_route(Answers(**base, resectable="unsure")).summary == "ask_team_resectable"


def test_bowel_cancer_spread_that_can_be_removed_leads_with_surgery_or_ablation():
    """Audit M3, newcomer walk M2."""
    r = choose_route(spread_from("bowel", tumours="two_three", largest="2_to_3", resectable="yes"))
    assert r.route is Route.SURGERY and r.options["evidence"] == ("resection", "ablation")
    assert {"pw_bowel_spread", "pw_bowel_small_spots"} <= set(r.notes)
    r = choose_route(spread_from("bowel"))
    assert r.summary == "metastatic_bowel" and r.options["evidence"] == ("drugs_spread",)
    assert choose_route(spread_from("bowel", resectable="unsure")).summary == "ask_team_resectable"
    assert "pw_spread_elsewhere" in choose_route(spread_from("bowel", liver_only="no")).notes


def test_a_neuroendocrine_tumour_gets_embolisation_and_the_hormone_flare_not_the_chemotherapy_note():
    """Audit M4."""
    r = choose_route(spread_from("neuroendocrine"))
    assert r.route is Route.INTERVENTIONAL and r.summary == "metastatic_net"
    assert {"tae", "tace", "tare"} <= set(r.options["evidence"])
    assert {"pw_net", "pw_net_flare"} <= set(r.notes) and "note_not_better_than_chemo" not in r.notes
    assert choose_route(spread_from("neuroendocrine", resectable="yes")).route is Route.SURGERY
    # Review 24 M6: a surgeon's answer not known asks the team, with both ways shown.
    unsure = choose_route(spread_from("neuroendocrine", resectable="unsure"))
    assert unsure.summary == "ask_team_resectable" and unsure.options["evidence"] == ("resection", "tae")


@pytest.mark.parametrize("origin", ["pancreas", "lung"])
def test_pancreas_and_lung_spread_puts_drugs_first_without_an_encouraging_headline(content, origin):
    r = choose_route(spread_from(origin, resectable="yes"), content)
    assert r.route is Route.DRUGS_FIRST and r.options["evidence"] == ("drugs_spread",)
    assert {"pw_pancreas_lung", "pw_surgery_other_spread", "note_not_better_than_chemo"} <= set(r.notes)
    assert "pw_clinic_very_effective" not in r.notes
    assert "may be part of the plan" not in content.pathway_results[r.summary].headline["en"]


@pytest.mark.parametrize("origin", ["bowel", "stomach", "breast"])
def test_the_clinic_s_claim_for_digestive_tract_and_breast_sits_right_before_the_trials_answer(origin):
    notes = choose_route(spread_from(origin)).notes
    assert notes.index("pw_clinic_very_effective") + 1 == notes.index("note_not_better_than_chemo")


def test_being_less_active_is_weighed_for_spread_and_bile_duct_cancer_too():
    """Audit M3: activity matters here too."""
    assert "pw_activity_not_hcc" in choose_route(spread_from("breast", activity="self_care")).notes
    assert "pw_activity_not_hcc" not in choose_route(spread_from("breast")).notes


def test_where_the_spread_came_from_not_known_asks_the_team_after_the_safety_questions():
    r = choose_route(Answers(cancer="metastatic", origin="unsure", activity="full", liver_signs="none"))
    assert r.summary == "ask_team_origin" and r.options == {"clinic": ("tace", "haic")}


def test_choose_route_reads_the_guide_s_own_content_when_none_is_given(content):
    assert choose_route(Answers(**ROUTE)).options == choose_route(Answers(**ROUTE), content).options


@pytest.mark.parametrize(
    "answers",
    [Answers(cancer="primary", kind="hcc", activity="ecog1"), Answers(cancer="metastatic", vessels="no")],
)
def test_bad_input_raises_a_value_error(answers):
    with pytest.raises(ValueError):
        choose_route(answers)


# --- Review 24 -----------------------------------------------------------------------------------

NOTHING_KNOWN = {"activity": "unsure", "liver_signs": "unsure", "vessels": "unsure", "spread": "unsure",
                 "tumours": "unsure", "largest": "unsure"}  # fmt: skip


def test_a_chinese_stage_the_team_gave_gets_its_stage_result_with_both_guides_side_by_side():
    """Review 24 C1: told CNLC IIIa with no details is the late result, the European C beside it,
    with the late-stage comparison and the TACE caution."""
    r = choose_route(hcc(**NOTHING_KNOWN, told_system="cnlc", told_cnlc="iiia", resectable="no"))
    assert r.summary == "hcc_late" and (r.staging.bclc, r.staging.cnlc) == ("C", "IIIa")
    assert r.staging.matched == ("bclc",) and list(r.options) == ["bclc", "cnlc", "clinic"]
    assert {"pw_late_stage", "pw_tace_caution"} <= set(r.notes)
    assert r.steps[-3:] == ("s_late", "q_resectable", "r_drugs_first")
    early = choose_route(hcc(**NOTHING_KNOWN, told_system="cnlc", told_cnlc="ib", resectable="no"))
    assert early.summary == "hcc_early" and early.staging.bclc is None and early.steps[-3] == "s_early"
    # Less active for a reason not known could make it late in Europe: the stage stays open.
    open_ = hcc(**{**NOTHING_KNOWN, "activity": "light"}, activity_cause="unsure", told_system="cnlc", told_cnlc="ib")
    assert choose_route(replace(open_, resectable="no")).summary == "hcc_unknown"


def test_the_clinic_s_list_is_kinds_this_guide_describes_and_drops_ablation_where_it_would_not_fit(content):
    """Review 24 M1."""
    assert not any(
        content.first_choices[i].ordered for i in ("clinic_unresectable", "clinic_unsure", "clinic_metastatic")
    )
    vessel = choose_route(hcc(tumours="one", largest="2_to_3", vessels="yes", resectable="no"), content)
    assert vessel.options["clinic"] == ("tace", "haic")
    large = choose_route(hcc(tumours="one", largest="over_10", resectable="no"), content)
    assert large.options["clinic"] == ("tace", "haic")
    bowel = choose_route(spread_from("bowel", resectable="yes"), content)
    assert list(bowel.options) == ["evidence"], "no clinic list for spread surgery can remove"
    assert "clinic" not in content.pathway_results["hcc_middle"].headline["en"].lower()


def test_a_large_single_tumour_flags_the_first_choices_it_puts_out_of_reach():
    """Review 24 M2: BCLC A lists a new liver and ablation; for one tumour over 5 cm they are flagged,
    with the note on TACE with ablation (up to 7 cm in the Chinese guide's text), and over 10 cm the
    TACE caution with HAIC."""
    r = choose_route(hcc(tumours="one", largest="5_to_10", resectable="no"))
    assert r.summary == "hcc_early" and r.flags == {
        "transplant": "flag_beyond_milan",
        "ablation": "flag_too_big_for_ablation",
    }
    assert "pw_ablation_with_tace" in r.notes and "pw_tace_caution" not in r.notes
    assert "pw_tace_caution" in choose_route(hcc(tumours="one", largest="over_10", resectable="no")).notes
    assert choose_route(hcc(tumours="four_plus", largest="up_to_2", resectable="no")).flags == {
        "transplant": "flag_beyond_milan"
    }
    assert choose_route(hcc(tumours="two_three", largest="2_to_3", resectable="no")).flags == {}


def test_surgery_is_not_the_headline_once_the_cancer_has_spread_outside_the_liver():
    """Review 24 M3."""
    r = choose_route(hcc(tumours="one", largest="2_to_3", spread="yes", resectable="yes"))
    assert r.summary == "hcc_late" and "pw_surgery_with_spread" in r.notes
    assert choose_route(hcc(tumours="one", largest="2_to_3", vessels="yes", resectable="yes")).summary == "hcc_surgery"
    bile = {"cancer": "primary", "kind": "bile_duct", "activity": "full", "liver_signs": "none", "tumours": "one",
            "largest": "3_to_5", "vessels": "no"}  # fmt: skip
    r = choose_route(Answers(**bile, spread="yes", resectable="yes"))
    assert r.summary == "bile_duct" and "pw_surgery_with_spread" in r.notes
    assert choose_route(Answers(**bile, spread="yes", resectable="unsure")).summary == "bile_duct"


def test_many_small_bowel_spots_get_the_ablation_trial_note():
    """Review 24 minor 4: COLLISION took up to 10 spots of 3 cm or less."""
    assert "pw_bowel_small_spots" in choose_route(spread_from("bowel", tumours="four_plus", largest="up_to_2")).notes
    assert "pw_bowel_small_spots" not in choose_route(spread_from("bowel", largest="3_to_5")).notes
