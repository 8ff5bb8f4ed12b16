"""The pathway chooser's rules: a reader's answers -> the stage (for the common kind of liver cancer,
in the European and the Chinese system), what each view lists first, the route, its path through the
flowchart, the notes shown with it, and why. Educational only: every route ends with "talk to your
care team".

The safety gate comes first and is unconditional: a person in bed or a chair for more than half the
day, or with signs that the liver is failing, is not a case for treatment aimed at the liver (BCLC
2022; EASL-EORTC 2012), whatever else is answered and whatever the kind of cancer. The clinic's view
(surgery if it can remove the cancer, otherwise interventional therapy at any stage) keeps its own
column beside the guides'. The stage tables and every list of first choices are content
(staging.yaml, first_choices.yaml); only the mapping from answers to a stage is code (staging.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from liverguide.answers import (
    ALLOWED,
    BILE_DUCT,
    BY_FIELD,
    HCC,
    LESS_ACTIVE,
    METASTATIC,
    NOT_SURE,
    QUESTIONS,
    UNKNOWN,
    Answers,
    answered_so_far,
    check,
    group_of,
    is_complete,
    not_known,
    questions_to_ask,
)
from liverguide.content import Content, content_folder, load_content
from liverguide.routes import ROUTE_NODES, STAGE_NODES, STAGE_ROWS, VIEWS, Route
from liverguide.staging import LEVEL, SIZES, UP_TO_3, Staging, gated, stage_if, staged

__all__ = [
    "ALLOWED",
    "QUESTIONS",
    "Answers",
    "Result",
    "Route",
    "Staging",
    "answered_so_far",
    "choose_route",
    "kind_of",
    "is_complete",
    "questions_to_ask",
    "stage",
    "stage_if",
]

# What each kind of rule rests on, beside the sources of the lists it shows and of its notes.
RULE_SOURCES = {
    HCC: ("bclc_2022", "bclc_2025", "cnlc_2019", "cnlc_2022", "cnlc_2024", "qa_source"),
    BILE_DUCT: ("onkopedia_btc_2024", "qa_source"),
    METASTATIC: ("macmillan_secondary_liver", "gao_2016_liver_metastases", "qa_source"),
    UNKNOWN: ("qa_source",),
}
SAFETY_GATE_SOURCES = ("bclc_2022", "easl_eortc_2012")
# The first choices of a view that the surgeon's "no" takes off the list.
SURGERY = "resection"
# Tumours over 5 cm: beyond the Milan rules for a new liver when there is one, and usually too big
# for ablation alone (BCLC 2022; Mazzaferro 1996).
OVER_5 = SIZES[3:]
# The Chinese stages of cancer grown into a large vessel (IIIa) or spread outside the liver (IIIb).
CNLC_LATE = ("IIIa", "IIIb")


@dataclass(frozen=True)
class Result:
    route: Route
    group: str  # answers.GROUPS: whom the answers are about
    kind: str | None  # routes.KINDS: whom the numbers shown are about (kind_of); None: not known
    staging: Staging | None  # for cancer that started in the liver, of the common kind; None otherwise
    # Each view's first choices (treatments.yaml ids), in that view's own order, views in page order.
    options: Mapping[str, tuple[str, ...]]
    lists: Mapping[str, str]  # each view's list, by id in staging.yaml or first_choices.yaml
    left_out: tuple[str, ...]  # first choices left off the lists because the surgeon said no
    # What a reader should know beside a first choice that the tumours may put out of reach, by
    # treatment id: the id of its words in ui.yaml ("beyond the Milan rules").
    flags: Mapping[str, str]
    steps: tuple[str, ...]  # flowchart node ids, from the first question to the route
    notes: tuple[str, ...]  # content ids in notes.yaml, shown with the result
    sources: tuple[str, ...]  # source ids the rule and its lists rest on
    summary: str  # content id in pathway_results.yaml: the headline, why, what it involves, what to ask

    @property
    def treatments(self) -> tuple[str, ...]:
        """Every treatment any view names, once, in page order (what /decide and the sheet weigh)."""
        return tuple(dict.fromkeys(t for first in self.options.values() for t in first))


@cache
def _guide(folder: Path) -> Content:
    return load_content(folder)


def guide_content() -> Content:
    """The guide's own content, read once: for callers that do not pass theirs (pages always do)."""
    return _guide(content_folder())


def stage(answers: Answers) -> Staging:
    """The stage in both systems, for cancer that started in the liver of the common kind (HCC), or of
    a kind not known (the stage then assumes HCC, and the result says so)."""
    check(answers)
    if group_of(answers) != HCC:
        raise ValueError(
            f"stage() is for primary liver cancer of the common kind (HCC); these answers are about {group_of(answers)}"
        )
    return staged(answers)


def kind_of(answers: Answers) -> str | None:
    """Whom a number shown to this reader must be about (routes.KINDS): cancer that started in the
    liver (HCC or bile duct), or spread from the bowel, from a neuroendocrine tumour, or from
    elsewhere or a place not known; None before the kind of cancer is known."""
    group = group_of(answers)
    if group == METASTATIC:
        return {"bowel": "bowel_spread", "neuroendocrine": "net_spread"}.get(answers.origin or "", "spread")
    return {HCC: "hcc", BILE_DUCT: "bile_duct"}.get(group)


def choose_route(answers: Answers, content: Content | None = None) -> Result:
    """The result for these answers. Raises ValueError, naming the field, for answers the rules
    cannot take."""
    check(answers)
    content = content or guide_content()
    rule = {HCC: _hcc, BILE_DUCT: _bile_duct, METASTATIC: _metastatic, UNKNOWN: _unknown}[group_of(answers)]
    return rule(answers, content)


# ---------------------------------------------------------------------------------------------
# The rules, by the kind of cancer


def _hcc(a: Answers, content: Content) -> Result:
    s = staged(a)
    notes = ["pw_kind_unsure"] if a.kind == NOT_SURE else []
    lists = {"bclc": _row("bclc", s.bclc), "cnlc": _row("cnlc", s.cnlc)}
    if s.bclc == "D" or s.cnlc == "IV":
        notes.append("note_not_every_stage")
        return _result(a, content, Route.SUPPORTIVE, "supportive", lists, notes, s)
    notes += _health_notes(a)
    notes += _activity_notes(a)
    lists["clinic"] = _clinic(a.resectable)
    level = level_of(a, s)
    spread_outside = a.spread == "yes" or s.cnlc == "IIIb"
    if a.resectable == "yes" and not spread_outside:
        route, summary = Route.SURGERY, "hcc_surgery"
    elif level == "early":
        route, summary = Route.INTERVENTIONAL, "hcc_early"
    elif level == "middle":
        route, summary = Route.INTERVENTIONAL, "hcc_middle"
    elif level == "late" and _levels(s, "cnlc") <= {"early", "middle"}:
        # Late in Europe only because the cancer has made the person less active: the Chinese stage
        # goes by the tumours.
        route, summary = Route.DRUGS_FIRST, "hcc_levels_differ"
    elif level == "late":
        route, summary = Route.DRUGS_FIRST, "hcc_late"
    else:
        route, summary = Route.ASK_TEAM, "hcc_unknown"
    if summary == "hcc_late":
        notes.append("pw_late_stage")
    if a.resectable == "yes" and spread_outside:
        notes.append("pw_surgery_with_spread")
    if a.resectable == NOT_SURE:
        notes.append("pw_ask_surgery")
    notes += _hcc_size_notes(a, s, route, level)
    return _result(a, content, route, summary, lists, notes, s)


def level_of(a: Answers, s: Staging) -> str | None:
    """The stage in plain words (staging.LEVELS) that sets the route: the European stage's when the
    answers narrow it to one level, else the Chinese stage's (a stage the team gave in the Chinese
    system, say), unless the reader is less active for a reason not known, which could make it
    late in Europe."""
    bclc, cnlc = _levels(s, "bclc"), _levels(s, "cnlc")
    if len(bclc) == 1:
        return bclc.pop()
    if len(cnlc) == 1 and not (a.activity in LESS_ACTIVE and not_known(a.activity_cause)):
        return cnlc.pop()
    return None


def _levels(s: Staging, system: str) -> set[str]:
    return {LEVEL[system, stage] for stage in s.could_be(system)}


def _hcc_size_notes(a: Answers, s: Staging, route: Route, level: str | None) -> list[str]:
    notes = []
    # Small liver cancer, as the clinic's figure means it: one tumour of 3 cm or less, nothing in a
    # large vessel or outside the liver.
    confined = a.vessels != "yes" and a.spread != "yes" and s.cnlc not in CNLC_LATE
    one_small = a.tumours == "one" and a.largest in UP_TO_3 and confined
    not_surgery = route is not Route.SURGERY
    if one_small and not not_surgery:
        notes.append("note_small_tumour_options")
    elif one_small:
        notes += ["pw_clinic_small_hcc", "note_small_hcc_figure"]
    elif a.tumours == "one" and confined and not_surgery and level == "early" and a.largest in ("3_to_5", "5_to_10"):
        notes.append("pw_ablation_with_tace")  # 3 to 7 cm in the Chinese guide's text
    # TACE is not advised with a large vessel or spread outside the liver, and with care for a very
    # large tumour; on the surgery route TACE is not on the list, so the caution would only confuse.
    if not_surgery and (not confined or a.largest == "over_10"):
        notes.append("pw_tace_caution")
    return notes


def _bile_duct(a: Answers, content: Content) -> Result:
    notes = ["pw_bile_duct"]
    if gated(a):
        return _result(a, content, Route.SUPPORTIVE, "supportive_other", {"evidence": "evidence_supportive"}, notes)
    notes += _health_notes(a) + _activity_notes(a)
    if a.tumours == "one" and a.largest in UP_TO_3 and a.resectable != "yes":
        notes.append("pw_bile_duct_small")
    lists = {"clinic": _clinic(a.resectable)}
    if a.spread == "yes" or a.resectable == "no":
        # Spread outside the liver: drug treatment comes first, whatever surgery could do in the liver.
        if a.resectable == "yes":
            notes.append("pw_surgery_with_spread")
        lists["evidence"] = "evidence_bile_duct"
        return _result(a, content, Route.DRUGS_FIRST, "bile_duct", lists, notes)
    if a.resectable == "yes":
        lists["evidence"] = "evidence_bile_duct_surgery"
        return _result(a, content, Route.SURGERY, "bile_duct_surgery", lists, notes)
    lists["evidence"] = "evidence_bile_duct_unsure"
    return _result(a, content, Route.ASK_TEAM, "ask_team_resectable", lists, notes)


def _metastatic(a: Answers, content: Content) -> Result:
    if gated(a):
        lists = {"evidence": "evidence_supportive"}
        return _result(a, content, Route.SUPPORTIVE, "supportive_other", lists, ["pw_metastatic_unwell"])
    notes = _health_notes(a) + _activity_notes(a)
    lists = {"clinic": "clinic_metastatic"}
    if not_known(a.origin):
        return _result(a, content, Route.ASK_TEAM, "ask_team_origin", lists, notes)
    if a.origin == "bowel":
        notes.append("pw_bowel_spread")
        if a.largest in UP_TO_3:  # COLLISION took up to 10 spots, each 3 cm or less
            notes.append("pw_bowel_small_spots")
        if a.liver_only == "no":
            notes.append("pw_spread_elsewhere")
        route, summary, lists["evidence"] = {
            "yes": (Route.SURGERY, "metastatic_surgery", "evidence_bowel_surgery"),
            "no": (Route.DRUGS_FIRST, "metastatic_bowel", "evidence_bowel"),
        }.get(a.resectable or "", (Route.ASK_TEAM, "ask_team_resectable", "evidence_bowel_unsure"))
    elif a.origin == "neuroendocrine":
        notes += ["pw_net", "pw_net_flare"]
        route, summary, lists["evidence"] = {
            "yes": (Route.SURGERY, "metastatic_surgery", "evidence_net_surgery"),
            "no": (Route.INTERVENTIONAL, "metastatic_net", "evidence_net"),
        }.get(a.resectable or "", (Route.ASK_TEAM, "ask_team_resectable", "evidence_net_surgery"))
    else:
        route, summary = Route.DRUGS_FIRST, "metastatic_drugs_first"
        if a.origin in ("pancreas", "lung"):
            notes.append("pw_pancreas_lung")
            lists["evidence"] = "evidence_pancreas_lung"
        else:
            lists["evidence"] = "evidence_drugs_first"
            if a.liver_only == "yes" and a.tumours in ("one", "two_three"):
                notes.append("pw_mainly_in_liver")
        if a.resectable == "yes":
            notes.append("pw_surgery_other_spread")
    if a.origin != "neuroendocrine":
        # The clinic's claim sits right beside the trials' answer (F5), which is not about NETs.
        if a.origin in ("bowel", "stomach", "breast"):
            notes.append("pw_clinic_very_effective")
        notes.append("note_not_better_than_chemo")
    notes.append("note_who_is_suitable_differs")
    if a.resectable == "yes":
        del lists["clinic"]  # the clinic's Q&A says nothing of spread that surgery can remove
    return _result(a, content, route, summary, lists, notes)


def _unknown(a: Answers, content: Content) -> Result:
    if gated(a):
        return _result(a, content, Route.SUPPORTIVE, "supportive", {}, ["note_not_every_stage"])
    return _result(a, content, Route.ASK_TEAM, "ask_team_cancer", {}, _health_notes(a))


# ---------------------------------------------------------------------------------------------
# Shared pieces


def _health_notes(a: Answers) -> list[str]:
    """Not sure how active, or of the liver's signs: the team checks first."""
    return ["pw_health_check"] if not_known(a.activity) or not_known(a.liver_signs) else []


def _activity_notes(a: Answers) -> list[str]:
    if a.activity not in LESS_ACTIVE:
        return []
    if group_of(a) != HCC:
        return ["pw_activity_not_hcc"]
    return [
        {"cancer": "pw_less_active_cancer", "other": "pw_less_active_other"}.get(
            a.activity_cause or "", "pw_less_active_unsure"
        )
    ]


def _row(system: str, stage_name: str | None) -> str | None:
    return STAGE_ROWS[system, stage_name] if stage_name is not None else None


def _clinic(resectable: str | None) -> str:
    return {"yes": "clinic_resectable", "no": "clinic_unresectable"}.get(resectable or "", "clinic_unsure")


def _result(
    a: Answers,
    content: Content,
    route: Route,
    summary: str,
    lists: Mapping[str, str | None],
    notes: list[str],
    staging: Staging | None = None,
) -> Result:
    group = group_of(a)
    shown = {view: list_id for view in VIEWS[group] if (list_id := lists.get(view))}
    options: dict[str, tuple[str, ...]] = {}
    left_out: list[str] = []
    sources = [*RULE_SOURCES[group], *(SAFETY_GATE_SOURCES if route is Route.SUPPORTIVE else ())]
    for view, list_id in shown.items():
        item = content.staging.get(list_id) or content.first_choices[list_id]
        first = item.first
        if a.resectable == "no" and view != "clinic" and SURGERY in first:
            left_out.append(SURGERY)
            first = tuple(t for t in first if t != SURGERY)
        if view == "clinic" and not _ablation_may_fit(a, staging):
            # The clinic named no kind of interventional therapy; the kinds this guide lists for it
            # leave out one that would not fit.
            first = tuple(t for t in first if t != "ablation")
        options[view] = first
        sources += item.sources
    return Result(
        route=route,
        group=group,
        kind=kind_of(a),
        staging=staging,
        options=options,
        lists=shown,
        left_out=tuple(dict.fromkeys(left_out)),
        flags={t: flag for t, flag in _flags(a).items() if any(t in first for first in options.values())},
        steps=_steps(a, staging, route),
        notes=tuple(dict.fromkeys(notes)),
        sources=tuple(dict.fromkeys(sources)),
        summary=summary,
    )


def _ablation_may_fit(a: Answers, staging: Staging | None) -> bool:
    """Ablation is for tumours of 5 cm or less, not grown into a large vessel or spread outside the
    liver (BCLC 2022; CNLC 2019)."""
    late = staging is not None and staging.cnlc in CNLC_LATE
    return a.largest not in OVER_5 and a.vessels != "yes" and a.spread != "yes" and not late


def _flags(a: Answers) -> dict[str, str]:
    """First choices the reader's tumours may put out of reach, with the words said beside them."""
    flags = {}
    beyond_milan = (
        a.tumours == "four_plus"
        or (a.tumours == "one" and a.largest in OVER_5)
        or (a.tumours == "two_three" and a.largest in SIZES and a.largest not in UP_TO_3)
    )
    if beyond_milan and group_of(a) == HCC:  # the Milan rules are for HCC
        flags["transplant"] = "flag_beyond_milan"
    if a.largest in OVER_5:
        flags["ablation"] = "flag_too_big_for_ablation"
    return flags


def _steps(a: Answers, staging: Staging | None, route: Route) -> tuple[str, ...]:
    """The boxes the reader passed: each question's box, in asking order (a box holds one or more
    questions), then for HCC the stage box before the surgery question, then the route."""
    nodes: list[str] = []
    for field in questions_to_ask(a):
        node = BY_FIELD[field].node
        if not nodes or nodes[-1] != node:
            nodes.append(node)
    if staging is not None:
        end = staging.bclc == "D" or staging.cnlc == "IV"
        stage_node = STAGE_NODES["end" if end else level_of(a, staging)]
        at = nodes.index("q_resectable") if "q_resectable" in nodes else len(nodes)
        nodes.insert(at, stage_node)
    return (*nodes, ROUTE_NODES[route])
