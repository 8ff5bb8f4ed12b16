"""The sheets the browser tests print as the heaviest (harness/journeys.py HEAVY_HCC_ROUTE, METASTATIC_ROUTE)
are the heaviest of every result the chooser gives, in both languages, so "every sheet fits two A4
pages" is tested where it is hardest."""

from __future__ import annotations

from datetime import date

import pytest

from harness.journeys import HEAVY_HCC_ROUTE, METASTATIC_ROUTE, one_per_result, sheet_weight
from liverguide.handout import build_handout
from liverguide.pathway import Answers

NEAR_ENOUGH = 0.97


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_heaviest_sheets_printed_in_the_browser_tests_are_the_heaviest_of_all(content, lang):
    w = content.in_language(lang)
    today = date(2026, 12, 6)
    weights = [(sheet_weight(build_handout(w, a, today=today)), r.group, a) for a, r in one_per_result(content)]
    hcc = max(weight for weight, group, _ in weights if group == "hcc")
    others = max(weight for weight, group, _ in weights if group != "hcc")
    # The weight is a rough measure of printed height, and one route cannot be the heaviest in both
    # languages: within 3 in 100 of the heaviest is close enough.
    assert sheet_weight(build_handout(w, Answers(**HEAVY_HCC_ROUTE), today=today)) >= hcc * NEAR_ENOUGH
    assert sheet_weight(build_handout(w, Answers(**METASTATIC_ROUTE), today=today)) >= others * NEAR_ENOUGH
