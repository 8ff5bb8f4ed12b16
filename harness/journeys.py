"""Readers' journeys that several kinds of test (and the benchmark) take, each written once, and every
set of answers the chooser can be given."""

from __future__ import annotations

import itertools
from dataclasses import replace
from functools import cache

# A daughter answering for her father (the newcomer walk's blocker): one 4 cm liver cell cancer,
# fully active, no signs of a failing liver, nothing in a vessel or outside the liver, and a surgeon
# who cannot remove it. An early stage: BCLC A, CNLC Ia. Its result, by id in pathway_results.yaml:
ROUTE = {
    "cancer": "primary",
    "kind": "hcc",
    "activity": "full",
    "liver_signs": "none",
    "tumours": "one",
    "largest": "3_to_5",
    "vessels": "no",
    "spread": "no",
    "resectable": "no",
}
ROUTE_RESULT = "hcc_early"

# The heaviest sheets, by the text they print (tests/e2e/test_phone_and_paper.py prints them; the
# content test tests/content/test_handout_weight.py keeps them the heaviest): late in Europe only
# because the cancer has made the person less active, one tumour over 10 cm, with the kind and the
# liver's signs not known, the European stage the team gave, and the surgeon's answer not known (the
# most notes and lists);
# and bowel cancer spread with unsure liver signs, cancer outside the liver too, and the surgeon's
# answer not known (both ways shown).
HEAVY_HCC_ROUTE = {
    "cancer": "primary",
    "kind": "unsure",
    "activity": "light",
    "activity_cause": "cancer",
    "liver_signs": "unsure",
    "tumours": "one",
    "largest": "over_10",
    "vessels": "no",
    "spread": "no",
    "told_system": "bclc",
    "told_bclc": "c",
    "resectable": "unsure",
}
HEAVY_HCC_ROUTE_RESULT = "hcc_levels_differ"
METASTATIC_ROUTE = {
    "cancer": "metastatic",
    "origin": "bowel",
    "activity": "light",
    "liver_signs": "unsure",
    "tumours": "one",
    "largest": "up_to_2",
    "liver_only": "no",
    "resectable": "unsure",
}
METASTATIC_ROUTE_RESULT = "ask_team_resectable"


def _hcc(tumours: str, largest: str, vessels: str = "no", spread: str = "no", resectable: str = "no") -> dict:
    well = {"cancer": "primary", "kind": "hcc", "activity": "full", "liver_signs": "none"}
    return {
        **well,
        "tumours": tumours,
        "largest": largest,
        "vessels": vessels,
        "spread": spread,
        "resectable": resectable,
    }


# One reader for each stage of both systems, answered in the page's order: (answers, BCLC, CNLC, result).
STAGE_JOURNEYS = (
    (_hcc("one", "up_to_2"), "0", "Ia", "hcc_early"),
    (_hcc("one", "5_to_10"), "A", "Ib", "hcc_early"),
    (_hcc("two_three", "3_to_5"), "B", "IIa", "hcc_middle"),
    (_hcc("four_plus", "up_to_2", resectable="unsure"), "B", "IIb", "hcc_middle"),
    (_hcc("one", "2_to_3", vessels="yes"), "C", "IIIa", "hcc_late"),
    (_hcc("one", "2_to_3", spread="yes", resectable="yes"), "C", "IIIb", "hcc_late"),
    ({"cancer": "primary", "kind": "hcc", "activity": "resting"}, "D", "IV", "supportive"),
)


@cache
def every_answers() -> tuple:
    """Every complete set of answers the page can produce: each question asked in order, only where it
    applies, each answer ("not sure" included), stopping where the route is given. 269,374 sets."""
    from liverguide.answers import QUESTIONS, Answers
    from liverguide.staging import gated, last_stage_given

    def ended(a: Answers) -> bool:
        return gated(a) or last_stage_given(a)

    def walk(a: Answers, i: int):
        while i < len(QUESTIONS) and not ended(a) and not QUESTIONS[i].applies(a):
            i += 1
        if i == len(QUESTIONS) or ended(a):
            yield a
            return
        q = QUESTIONS[i]
        for option in q.options:
            yield from walk(replace(a, **{q.field: option}), i + 1)

    return tuple(walk(Answers(), 0))


_RESULTS: dict[int, tuple] = {}


def every_result(content) -> tuple:
    """(answers, result) for every complete set of answers, worked out once per run and content."""
    from liverguide.pathway import choose_route

    if id(content) not in _RESULTS:
        _RESULTS[id(content)] = tuple((a, choose_route(a, content)) for a in every_answers())
    return _RESULTS[id(content)]


def one_per_result(content) -> list:
    """(answers, result) once for each different set of texts a result shows (its words, lists and
    notes; the stage's own lines are tested once per stage): what a test that builds a sheet or a
    page for every result needs to build. About 1,700."""
    seen: dict = {}
    for answers, result in every_result(content):
        key = (result.summary, tuple(result.lists.items()), result.left_out, tuple(result.flags.items()), result.notes)
        seen.setdefault(key, (answers, result))
    return list(seen.values())


def sheet_weight(sheet) -> float:
    """How much a take-home sheet prints, in characters of body text: the evidence box and the sources
    are set smaller (liverguide/handout.py), so they count for less. A proxy to find the heaviest."""
    size = sum(len(p) for p in sheet.call_now.paragraphs)
    for part in sheet.parts:
        chars = sum(len(p) for p in (*part.paragraphs, *part.items))
        size += chars * 0.8 if part.boxed else chars
    return size + 21 * len(sheet.sources)


def call_now_signs(w, answers: dict[str, str] | None) -> list[str]:
    """What the sheet's call-now box must hold for these answers (None: the general sheet), in the
    reader's language: 'After TACE or ablation:' and each of their signs, for each group of the
    route's treatments with after-care of their own (liverguide/handout.py builds the box from the
    same groups)."""
    from liverguide.aftercare import call_now_groups
    from liverguide.pathway import Answers, choose_route

    content = w.content
    if answers is None:
        named = tuple(q.call_now for q in content.questions if q.call_now)
    else:
        named = choose_route(Answers(**answers), content).treatments
    out = []
    for treatments, signs in call_now_groups(content, named):
        names = w.one_of([w.treatment_name(t, in_sentence=True) for t in treatments])
        out.append(w.labelled(w.ui("after_treatment", treatment=names), "").strip())
        out += [w(a.text) for a in signs]
    return out


def routes(content, n: int) -> list[dict[str, str]]:
    """n different complete sets of answers, spread over every result the chooser gives: one of each
    result in turn, from a sample of every set the page can produce (every_answers)."""
    from liverguide.pathway import choose_route

    every = every_answers()
    rare = (a for a in every if a.cancer != "primary" or a.kind == "bile_duct")  # the smaller kinds, all of them
    sample = [*every[:: max(1, len(every) // 2000)], *rare]
    by_result: dict[str, list] = {}
    for answers in sample:
        by_result.setdefault(choose_route(answers, content).summary, []).append(answers)
    turns = [answers for group in itertools.zip_longest(*by_result.values()) for answers in group if answers]
    return [{k: v for k, v in vars(a).items() if v is not None} for a in turns[:n]]
