"""The pathway chooser's rules: a reader's answers -> the route doctors usually consider, and why.

The rules follow the clinic's Q&A (source `qa_source`), with the safety gate that guidelines insist
on and the clinic leaves out: these treatments are not advised when the liver is failing or the
person is too unwell (BCLC 2022, EASL 2018). Educational only: every route ends with "talk to your
care team".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum


class Route(StrEnum):
    SURGERY = "surgery"
    INTERVENTIONAL = "interventional"
    SUPPORTIVE = "supportive"
    ASK_TEAM = "ask_team"


ORIGINS = ("lung", "breast", "digestive", "female_genital", "urinary", "other")

# Allowed answers per field, in the order the page offers them. None (not answered) is always allowed.
ALLOWED: dict[str, tuple[str, ...]] = {
    "health": ("good", "poor", "unsure"),
    "cancer": ("primary", "metastatic", "unsure"),
    "stage": ("early", "middle", "late", "unsure"),
    "tumour_size": ("small", "larger", "unsure"),
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
# (from, to, edge label id). Stage and size change the notes, not the route, so any answer goes on.
EDGES: tuple[tuple[str, str, str], ...] = (
    ("q_health", "r_supportive", "edge_poor"),
    ("q_health", "q_cancer", "edge_good_or_unsure"),
    ("q_cancer", "q_stage", "edge_primary"),
    ("q_cancer", "q_origin", "edge_metastatic"),
    ("q_cancer", "r_ask_team", "edge_unsure"),
    ("q_stage", "q_size", "edge_any"),
    ("q_size", "q_resectable", "edge_any"),
    ("q_resectable", "r_surgery", "edge_yes"),
    ("q_resectable", "r_interventional", "edge_no"),
    ("q_resectable", "r_ask_team", "edge_unsure"),
    ("q_origin", "r_interventional", "edge_named_place"),
    ("q_origin", "r_ask_team", "edge_unsure"),
)

# Content ids (pathway_results.yaml) of every result the rules can give.
SUMMARIES = (
    "surgery",
    "interventional_primary",
    "interventional_metastatic",
    "supportive",
    "ask_team_cancer",
    "ask_team_resectable",
    "ask_team_origin",
)

# What each rule rests on. Notes carry their own sources in content/notes.yaml.
RULE_SOURCES = {
    "safety_gate": ("bclc_2022", "easl_2018"),
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
    if answers.health == "poor":
        return _result(Route.SUPPORTIVE, steps, ["note_not_every_stage"], "safety_gate", "supportive")

    notes = [] if answers.health == "good" else ["pw_health_check"]
    steps.append("q_cancer")
    if answers.cancer == "primary":
        steps += ["q_stage", "q_size", "q_resectable"]
        small = answers.tumour_size == "small"
        if answers.stage == "late":
            notes.append("pw_late_stage")
        if answers.resectable == "yes":
            notes += ["note_small_tumour_options"] if small else []
            return _result(Route.SURGERY, steps, notes, "clinic", "surgery")
        if answers.resectable == "no":
            notes += ["pw_clinic_small_hcc", "note_small_hcc_figure"] if small else []
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
    """The fields the page shows for these answers so far, in order: only those that apply."""
    shown = ["health", "cancer"]
    if answers.cancer == "primary":
        shown += ["stage", "tumour_size", "resectable"]
    elif answers.cancer == "metastatic":
        shown.append("origin")
    return tuple(shown)


def is_complete(answers: Answers) -> bool:
    """True once every question that applies has an answer ("not sure" counts), so a route can be shown."""
    if answers.health == "poor":
        return True
    return all(getattr(answers, name) is not None for name in questions_to_ask(answers))


def answered_so_far(given: Mapping[str, str | None]) -> tuple[Answers, str | None]:
    """The answers that apply, in the order asked, and the next question without an answer (None
    when a route can be shown). Answers to questions that no longer apply are left out."""
    kept: dict[str, str] = {}
    while True:
        if kept.get("health") == "poor":
            return Answers(**kept), None
        pending = [f for f in questions_to_ask(Answers(**kept)) if f not in kept]
        if not pending:
            return Answers(**kept), None
        if given.get(pending[0]) is None:
            return Answers(**kept), pending[0]
        kept[pending[0]] = given[pending[0]]
