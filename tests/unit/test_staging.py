"""liverguide.staging (through pathway.stage): each stage rule at its edges, in both systems; what is
missing when the answers do not settle it; the stage the team gave; what each answer would mean."""

from __future__ import annotations

import pytest

from liverguide.answers import ALLOWED
from liverguide.pathway import Answers, Staging, stage, stage_if

WELL = {"cancer": "primary", "kind": "hcc", "activity": "full", "liver_signs": "none", "vessels": "no", "spread": "no"}


def hcc(**kw) -> Answers:
    return Answers(**{**WELL, **kw})


def test_the_issue_s_example():
    s = stage(
        Answers(cancer="primary", kind="hcc", activity="full", liver_signs="none", tumours="one", largest="3_to_5",
                vessels="no", spread="no")
    )  # fmt: skip
    assert (s.bclc, s.cnlc, s.missing) == ("A", "Ia", ())


@pytest.mark.parametrize(
    ("tumours", "largest", "bclc", "cnlc"),
    [
        # 2 cm: one tumour of 2 cm or less is BCLC 0; over 2 cm it is A. CNLC Ia up to 5 cm either way.
        ("one", "up_to_2", "0", "Ia"),
        ("one", "2_to_3", "A", "Ia"),
        # 5 cm: CNLC Ia up to 5 cm, Ib over it; BCLC A for one tumour of any size.
        ("one", "3_to_5", "A", "Ia"),
        ("one", "5_to_10", "A", "Ib"),
        ("one", "over_10", "A", "Ib"),
        # 3 cm, with two or three tumours: BCLC A and CNLC Ib up to 3 cm; B and IIa over it.
        ("two_three", "up_to_2", "A", "Ib"),
        ("two_three", "2_to_3", "A", "Ib"),
        ("two_three", "3_to_5", "B", "IIa"),
        ("two_three", "over_10", "B", "IIa"),
        # Three tumours against four: four or more is BCLC B and CNLC IIb, whatever their size.
        ("four_plus", "up_to_2", "B", "IIb"),
        ("four_plus", "over_10", "B", "IIb"),
        ("four_plus", "unsure", "B", "IIb"),
    ],
)
def test_the_tumours_decide_the_early_and_middle_stages_at_their_edges(tumours, largest, bclc, cnlc):
    assert stage(hcc(tumours=tumours, largest=largest)) == Staging(bclc, cnlc)


def test_a_large_vessel_or_spread_outside_the_liver_is_bclc_c_and_cnlc_iii():
    assert stage(hcc(tumours="one", largest="up_to_2", vessels="yes")) == Staging("C", "IIIa")
    assert stage(hcc(tumours="one", largest="up_to_2", spread="yes")) == Staging("C", "IIIb")
    assert stage(hcc(tumours="four_plus", largest="over_10", vessels="yes", spread="yes")) == Staging("C", "IIIb")
    # Any tumours: the vessel or the spread settles it even when the tumours are not known.
    assert stage(hcc(tumours="unsure", largest="unsure", spread="yes")) == Staging("C", "IIIb")


@pytest.mark.parametrize("activity", ["light", "self_care"])
def test_being_less_active_counts_toward_bclc_c_only_when_the_cancer_is_the_cause(activity):
    one_small = {"tumours": "one", "largest": "2_to_3"}
    assert stage(hcc(**one_small, activity=activity, activity_cause="cancer")) == Staging("C", "Ia")
    assert stage(hcc(**one_small, activity=activity, activity_cause="other")) == Staging("A", "Ia")
    unsure = stage(hcc(**one_small, activity=activity, activity_cause="unsure"))
    assert unsure == Staging(None, "Ia", ("activity_cause",)), "CNLC keeps activity 0-2 in stages I-III"
    assert stage(hcc(**one_small, activity=activity)).missing == ("activity_cause",), "not answered counts as unsure"


def test_fully_active_lets_the_tumours_decide():
    assert stage(hcc(tumours="one", largest="up_to_2", activity="full")) == Staging("0", "Ia")


def test_in_bed_or_a_chair_most_of_the_day_or_a_failing_liver_is_the_last_stage_whatever_else():
    for tumours in ALLOWED["tumours"]:
        assert stage(hcc(tumours=tumours, activity="resting")) == Staging("D", "IV")
        assert stage(hcc(tumours=tumours, liver_signs="some", vessels="unsure")) == Staging("D", "IV")


def test_not_knowing_how_active_or_the_liver_signs_leaves_the_last_stage_open():
    s = stage(hcc(tumours="one", largest="up_to_2", activity="unsure"))
    assert (s.bclc, s.cnlc, s.missing) == (None, None, ("activity",))
    s = stage(hcc(tumours="one", largest="up_to_2", liver_signs="unsure", vessels="yes"))
    assert (s.bclc, s.cnlc, s.missing) == (None, None, ("liver_signs",))


def test_what_is_missing_is_named_in_asking_order():
    s = stage(hcc(activity="light", activity_cause="unsure", tumours="unsure", largest="unsure", vessels="unsure"))
    assert s == Staging(None, None, ("activity_cause", "tumours", "largest", "vessels"))
    s = stage(hcc(tumours="two_three", largest="unsure", spread="unsure"))
    assert (s.bclc, s.cnlc, s.missing) == (None, None, ("largest", "spread"))
    s = stage(hcc(tumours="one", largest="up_to_2", vessels="yes", spread="unsure"))
    assert (s.bclc, s.cnlc, s.missing) == ("C", None, ("spread",)), "IIIa or IIIb"


def test_a_stage_the_team_gave_stands_in_for_details_not_known():
    unsettled = {"tumours": "unsure", "largest": "unsure"}
    s = stage(hcc(**unsettled, told_system="bclc", told_bclc="b"))
    assert (s.bclc, s.cnlc, s.told) == ("B", None, ("bclc",)) and s.missing == ("tumours", "largest")
    assert s.cnlc_could_be == ("IIa", "IIb"), "B is two or three tumours over 3 cm (IIa), or four or more (IIb)"
    s = stage(hcc(**unsettled, told_system="bclc", told_bclc="unsure"))
    assert (s.bclc, s.cnlc, s.told) == (None, None, ())


def test_the_team_s_stage_in_one_system_settles_the_other_where_the_details_allow_only_one():
    nothing_known = {"activity": "unsure", "liver_signs": "unsure", "vessels": "unsure", "spread": "unsure"}
    # CNLC IIIa and IIIb need a working liver and the person up for half the day, and a vessel or
    # spread: that is always BCLC C.
    for told in ("iiia", "iiib"):
        s = stage(hcc(**nothing_known, told_system="cnlc", told_cnlc=told))
        assert (s.bclc, s.told, s.matched, s.missing) == ("C", ("cnlc",), ("bclc",), ()), told
    # CNLC IIa with the person fully active: two or three tumours over 3 cm, so BCLC B.
    s = stage(hcc(tumours="unsure", largest="unsure", told_system="cnlc", told_cnlc="iia"))
    assert (s.bclc, s.cnlc, s.matched) == ("B", "IIa", ("bclc",))
    # CNLC Ib, activity not known: BCLC A, or C if the cancer has made the person less active.
    s = stage(hcc(**nothing_known, told_system="cnlc", told_cnlc="ib"))
    assert (s.bclc, s.cnlc, s.matched, s.bclc_could_be) == (None, "Ib", (), ("A", "C"))
    # BCLC 0 is only ever CNLC Ia; D only ever IV.
    assert stage(hcc(**nothing_known, told_system="bclc", told_bclc="0")).cnlc == "Ia"
    assert stage(hcc(**nothing_known, told_system="bclc", told_bclc="d")).cnlc == "IV"


def test_the_details_win_over_a_letter_the_reader_may_have_mixed_up():
    # Settled by the details (BCLC C from the vessel), unsettled in CNLC: the team's letter fills only CNLC.
    s = stage(hcc(tumours="one", largest="up_to_2", vessels="yes", spread="unsure", told_system="bclc", told_bclc="a"))
    assert (s.bclc, s.cnlc, s.told, s.told_differs) == ("C", None, (), ("bclc",)), "and says the two differ"
    # Unsettled by the details, but they rule the letter out: no vessel, no spread and fully active is never C.
    s = stage(hcc(tumours="unsure", largest="unsure", told_system="bclc", told_bclc="c"))
    assert (s.bclc, s.told, s.told_differs) == (None, (), ("bclc",))


def test_what_the_stage_could_still_be_agrees_with_the_rules():
    """Every set of details, "not sure" included (unanswered reads the same): a settled system could be
    only its stage, and an unsettled one more than one (the two ways of working it out agree)."""
    from itertools import product

    from liverguide.staging import DETAILS

    choices = [ALLOWED[name] for name in DETAILS]
    checked = 0
    for combo in product(*choices):
        s = stage(hcc(**dict(zip(DETAILS, combo, strict=True))))
        for system in ("bclc", "cnlc"):
            settled, could_be = getattr(s, system), s.could_be(system)
            assert could_be == (settled,) if settled else len(could_be) > 1, (combo, system, could_be)
        checked += 1
    assert checked == 5 * 3 * 3 * 4 * 6 * 3 * 3


def test_what_each_answer_would_mean():
    answers = hcc(tumours="one", largest="2_to_3", activity="light", activity_cause="unsure")
    would = dict(stage_if(answers, "activity_cause", ALLOWED["activity_cause"]))
    assert would == {"cancer": Staging("C", "Ia"), "other": Staging("A", "Ia")}


def test_staging_is_for_hcc_only():
    for answers in (Answers(cancer="metastatic", origin="lung"), Answers(cancer="primary", kind="bile_duct")):
        with pytest.raises(ValueError, match="HCC"):
            stage(answers)
    assert stage(hcc(kind="unsure", tumours="one", largest="up_to_2")).bclc == "0", "a kind not known is staged as HCC"
