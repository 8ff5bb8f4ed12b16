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


def call_now_signs(w, answers: dict[str, str] | None) -> list[str]:
    """What the sheet's call-now box must hold for these answers (None: the general sheet), in the
    reader's language: 'After TACE:' and each of its signs, for each treatment of the route that has
    its own after-care (liverguide/handout.py builds the box from the same lists)."""
    from liverguide.aftercare import aftercare_for, treatments_with_aftercare
    from liverguide.pathway import Answers, choose_route

    content = w.content
    if answers is None:
        named = [q.call_now for q in content.questions if q.call_now]
    else:
        named = content.pathway_results[choose_route(Answers(**answers)).summary].treatments
    out = []
    for t in (t for t in named if t in treatments_with_aftercare(content)):
        out.append(w.labelled(w.ui("after_treatment", treatment=w(content.treatments[t].short)), "").strip())
        out += [w(a.text) for a in aftercare_for(content, t).call_now]
    return out
