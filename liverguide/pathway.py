"""The pathway chooser's rules: a reader's answers -> the route doctors usually consider, and why.

The rules follow the clinic's Q&A (source `qa_source`), with the safety gate that guidelines insist
on and the clinic leaves out: these treatments are not advised when the liver is failing or the
person is too unwell (BCLC 2022, EASL-EORTC 2012). At a late stage (BCLC C) the route shows the
guides of Europe and the US (drug treatment first) beside China's and the clinic's. No CNLC staging:
its 2024 stage table could not be checked. Educational only: every route ends with "talk to your
care team".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum


class Route(StrEnum):
    SURGERY = "surgery"
    INTERVENTIONAL = "interventional"
    DRUGS_FIRST = "drugs_first"  # late stage (BCLC C): guides in Europe and the US put drug treatment first
    SUPPORTIVE = "supportive"
    ASK_TEAM = "ask_team"


ORIGINS = ("lung", "breast", "digestive", "female_genital", "urinary", "other")
# Day to day, as the ECOG scale counts it (Oken 1982): good = 0, light_work = 1, no_work = 2, poor = 3 or 4
# (or a sign that the liver is failing).
LESS_ACTIVE = ("light_work", "no_work")

# Allowed answers per field, in the order the page offers them. None (not answered) is always allowed.
ALLOWED: dict[str, tuple[str, ...]] = {
    "health": ("good", *LESS_ACTIVE, "poor", "unsure"),
    "cancer": ("primary", "metastatic", "unsure"),
    "stage": ("early", "middle", "late", "very_late", "unsure"),
    "tumour_size": ("small", "larger", "very_large", "unsure"),
    "resectable": ("yes", "no", "unsure"),
    "origin": (*ORIGINS, "unsure"),
}
# Fields that apply to one kind of cancer only.
APPLIES_TO = {"stage": "primary", "tumour_size": "primary", "resectable": "primary", "origin": "metastatic"}

# Flowchart: one node per question (in the order the page asks them) and one per route.
QUESTION_NODES = {
    "health": "q_health",
    "cancer": "q_cancer",
    "stage": "q_stage",
    "tumour_size": "q_size",
    "resectable": "q_resectable",
    "origin": "q_origin",
}
ROUTE_NODES = {route: f"r_{route.value}" for route in Route}
# (from, to, edge label id). Size changes the notes, not the route, so any answer goes on.
EDGES: tuple[tuple[str, str, str], ...] = (
    ("q_health", "r_supportive", "edge_poor"),
    ("q_health", "q_cancer", "edge_good_or_unsure"),
    ("q_cancer", "q_stage", "edge_primary"),
    ("q_cancer", "q_origin", "edge_metastatic"),
    ("q_cancer", "r_ask_team", "edge_unsure"),
    ("q_stage", "r_supportive", "edge_very_late"),
    ("q_stage", "q_size", "edge_other_stage"),
    ("q_size", "q_resectable", "edge_any"),
    ("q_resectable", "r_surgery", "edge_yes"),
    ("q_resectable", "r_interventional", "edge_no"),
    ("q_resectable", "r_drugs_first", "edge_no_late"),
    ("q_resectable", "r_ask_team", "edge_unsure"),
    ("q_origin", "r_interventional", "edge_named_place"),
    ("q_origin", "r_ask_team", "edge_unsure"),
)

# Content ids (pathway_results.yaml) of every result the rules can give.
SUMMARIES = (
    "surgery",
    "interventional_primary",
    "interventional_primary_late",
    "interventional_primary_late_check",
    "interventional_metastatic",
    "supportive",
    "supportive_metastatic",
    "ask_team_cancer",
    "ask_team_resectable",
    "ask_team_origin",
)

# What each rule rests on. Notes carry their own sources in content/notes.yaml.
RULE_SOURCES = {
    "safety_gate": ("bclc_2022", "easl_eortc_2012"),
    # For cancer that spread to the liver: not the liver cancer guides, but a review of one such treatment.
    "safety_gate_metastatic": ("kennedy_radioembolization",),
    "late_stage": ("bclc_2022", "cnlc_2022", "qa_source"),
    "clinic": ("qa_source",),
}


@dataclass(frozen=True)
class Answers:
    health: str | None = None
    cancer: str | None = None
    stage: str | None = None
    tumour_size: str | None = None
    resectable: str | None = None
    origin: str | None = None


@dataclass(frozen=True)
class Result:
    route: Route
    steps: tuple[str, ...]  # flowchart node ids, from the first question to the route
    notes: tuple[str, ...]  # content ids in notes.yaml, shown with the result
    sources: tuple[str, ...]  # source ids the rule rests on
    summary: str  # content id in pathway_results.yaml: the headline, why, what it involves, what to ask


def check(answers: Answers) -> None:
    """Raise ValueError, naming the field and its allowed values, for an answer the rules cannot take."""
    for f in fields(Answers):
        value = getattr(answers, f.name)
        if value is None:
            continue
        if value not in ALLOWED[f.name]:
            raise ValueError(f"{f.name}: {value!r} is not one of {', '.join(ALLOWED[f.name])} (or None)")
        needed = APPLIES_TO.get(f.name)
        if needed and answers.cancer != needed:
            raise ValueError(f"{f.name} applies only when cancer is {needed!r}; cancer is {answers.cancer!r}")


def choose_route(answers: Answers) -> Result:
    check(answers)
    steps = ["q_health"]
    # The safety gate, first and whatever else is answered: a failing liver or a person in bed or a
    # chair for more than half the day (ECOG 3 to 4) is not a case for treatment aimed at the liver.
    # Where the cancer started only changes the notes (no BCLC staging or transplant for metastases).
    if answers.health == "poor":
        if answers.cancer == "metastatic":
            notes = ["pw_metastatic_unwell"]
            return _result(Route.SUPPORTIVE, steps, notes, "safety_gate_metastatic", "supportive_metastatic")
        return _result(Route.SUPPORTIVE, steps, ["note_not_every_stage"], "safety_gate", "supportive")

    unsure_health = answers.health in (None, "unsure")
    notes = ["pw_health_check"] if unsure_health else []
    steps.append("q_cancer")
    if answers.cancer == "primary":
        steps.append("q_stage")
        if answers.stage == "very_late":  # BCLC D: the same gate, reached by the stage the doctor gave
            return _result(Route.SUPPORTIVE, steps, [*notes, "note_not_every_stage"], "safety_gate", "supportive")
        steps += ["q_size", "q_resectable"]
        small = answers.tumour_size == "small"
        # BCLC C: cancer in a large blood vessel or outside the liver (a late stage), or a person less
        # active than before (ECOG 1 to 2). Guides in Europe and the US then put drug treatment first.
        late = answers.stage == "late"
        less_active = answers.health in LESS_ACTIVE
        if less_active:
            notes.append("pw_less_active")
        if late:
            notes.append("pw_late_stage")
        if late or answers.tumour_size == "very_large":
            notes.append("pw_tace_caution")
        if answers.resectable == "yes":
            notes += ["note_small_tumour_options"] if small else []
            return _result(Route.SURGERY, steps, notes, "clinic", "surgery")
        if answers.resectable == "no":
            notes += ["pw_clinic_small_hcc", "note_small_hcc_figure"] if small else []
            if late and unsure_health:  # the health check leads: it decides between these routes
                return _result(Route.DRUGS_FIRST, steps, notes, "late_stage", "interventional_primary_late_check")
            if late or less_active:
                return _result(Route.DRUGS_FIRST, steps, notes, "late_stage", "interventional_primary_late")
            return _result(Route.INTERVENTIONAL, steps, notes, "clinic", "interventional_primary")
        return _result(Route.ASK_TEAM, steps, notes, "clinic", "ask_team_resectable")

    if answers.cancer == "metastatic":
        steps.append("q_origin")
        if answers.origin in ORIGINS:
            notes += ["pw_same_technique", "note_who_is_suitable_differs", "note_common_sources"]
            # The clinic's claim sits right beside the trials' answer; others get the trials' answer alone.
            if answers.origin in ("digestive", "breast"):
                notes.append("pw_clinic_very_effective")
            notes.append("note_not_better_than_chemo")
            return _result(Route.INTERVENTIONAL, steps, notes, "clinic", "interventional_metastatic")
        return _result(Route.ASK_TEAM, steps, notes, "clinic", "ask_team_origin")

    return _result(Route.ASK_TEAM, steps, notes, "clinic", "ask_team_cancer")


def _result(route: Route, steps: list[str], notes: list[str], rule: str, summary: str) -> Result:
    return Result(route, (*steps, ROUTE_NODES[route]), tuple(notes), RULE_SOURCES[rule], summary)


def questions_to_ask(answers: Answers) -> tuple[str, ...]:
    """The fields the page shows for these answers so far, in order: only those that apply.

    After poor health the route is already given (the safety gate); where the cancer started is
    still asked, because it changes the notes."""
    shown = ["health", "cancer"]
    if answers.health == "poor":
        return tuple(shown)
    if answers.cancer == "primary":
        shown.append("stage")
        if answers.stage != "very_late":
            shown += ["tumour_size", "resectable"]
    elif answers.cancer == "metastatic":
        shown.append("origin")
    return tuple(shown)


def is_complete(answers: Answers) -> bool:
    """True once a route can be shown: every question that applies has an answer ("not sure"
    counts), or the safety gate has given it already (poor health)."""
    if answers.health == "poor":
        return True
    return all(getattr(answers, name) is not None for name in questions_to_ask(answers))


def answered_so_far(given: Mapping[str, str | None]) -> tuple[Answers, str | None]:
    """The answers that apply, in the order asked, and the next question without an answer (None
    once every question that applies is answered). Answers to questions that no longer apply are
    left out. After poor health a route shows at once, and the next question may still be asked."""
    kept: dict[str, str] = {}
    while True:
        pending = [f for f in questions_to_ask(Answers(**kept)) if f not in kept]
        if not pending:
            return Answers(**kept), None
        if given.get(pending[0]) is None:
            return Answers(**kept), pending[0]
        kept[pending[0]] = given[pending[0]]
