"""Readers' journeys that several kinds of test (and the benchmark) take, each written once."""

from __future__ import annotations

# A daughter answering for her father: primary liver cancer at the middle stage, a tumour over 3 cm,
# which the surgeon cannot remove. Its result, by id in pathway_results.yaml:
ROUTE = {"health": "good", "cancer": "primary", "stage": "middle", "tumour_size": "larger", "resectable": "no"}
ROUTE_RESULT = "interventional_primary"
