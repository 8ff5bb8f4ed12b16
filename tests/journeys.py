"""Readers' journeys that several kinds of test (and the benchmark) take, each written once."""

from __future__ import annotations

# A daughter answering for her father: primary liver cancer at the middle stage, a tumour over 3 cm,
# which the surgeon cannot remove. Its result, by id in pathway_results.yaml:
ROUTE = {"health": "good", "cancer": "primary", "stage": "middle", "tumour_size": "larger", "resectable": "no"}
ROUTE_RESULT = "interventional_primary"

# The heaviest sheets, by the notes and treatments they carry (tests/e2e/test_phone_and_paper.py
# prints them): a late stage with unsure health and one small tumour (five notes), and spread from
# the digestive system with unsure health (six notes, four treatments).
LATE_ROUTE = {"health": "unsure", "cancer": "primary", "stage": "late", "tumour_size": "small", "resectable": "no"}
LATE_ROUTE_RESULT = "interventional_primary_late_check"
METASTATIC_ROUTE = {"health": "unsure", "cancer": "metastatic", "origin": "digestive"}
METASTATIC_ROUTE_RESULT = "interventional_metastatic"
