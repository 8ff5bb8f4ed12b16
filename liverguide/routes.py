"""What the pathway chooser can answer, by id: the routes, the result texts and first-choice lists the
rules name, the stages' rows, and the flowchart's boxes and arrows. The rules are in pathway.py; the
loader checks that content/ has a text for every id here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from liverguide.answers import BILE_DUCT, GROUPS, HCC, KNOWN, METASTATIC, PRIMARY, QUESTION_NODES, UNKNOWN
from liverguide.staging import BCLC_STAGES, CNLC_STAGES, LEVELS


class Route(StrEnum):
    SURGERY = "surgery"
    INTERVENTIONAL = "interventional"
    DRUGS_FIRST = "drugs_first"
    SUPPORTIVE = "supportive"
    ASK_TEAM = "ask_team"


# Whose first choices a result sets side by side, in the order the page shows them: the European
# guide (BCLC), the Chinese guide (CNLC), what trials and guidelines show (for cancers the two staging
# systems do not cover), and the clinic whose Q&A began the guide.
VIEWS: dict[str, tuple[str, ...]] = {
    HCC: ("bclc", "cnlc", "clinic"),
    BILE_DUCT: ("evidence", "clinic"),
    METASTATIC: ("evidence", "clinic"),
    UNKNOWN: (),
}
# A column "the guides" stands in, without a list, where their lists wait on the stage (views.py).
ALL_VIEWS = ("guides", "bclc", "cnlc", "evidence", "clinic")

# Whom the numbers a reader sees are about: the kind of cancer, and for cancer that spread to the
# liver where it started (pathway.kind_of). A number in a /decide cell is shown only to readers of its
# kind (treatments.yaml `weigh: {<matter>@<kind>: ...}`); "any" marks a mixed group the text names.
KINDS = ("hcc", "bile_duct", "bowel_spread", "net_spread", "spread")
ANY_KIND = "any"
# Care for symptoms only: an option of every decision, whatever the lists (/decide).
SYMPTOM_CARE = "palliative"

# Result texts (pathway_results.yaml), by the kind of cancer they are about.
RESULTS: dict[str, tuple[str, ...]] = {
    HCC: ("supportive", "hcc_surgery", "hcc_early", "hcc_middle", "hcc_late", "hcc_levels_differ", "hcc_unknown"),
    BILE_DUCT: ("supportive_other", "bile_duct_surgery", "bile_duct", "ask_team_resectable"),
    METASTATIC: (
        "supportive_other",
        "metastatic_surgery",
        "metastatic_net",
        "metastatic_bowel",
        "metastatic_drugs_first",
        "ask_team_resectable",
        "ask_team_origin",
    ),
    UNKNOWN: ("supportive", "ask_team_cancer"),
}
ALL_RESULTS = tuple(dict.fromkeys(r for results in RESULTS.values() for r in results))

# The rows of the stage table (staging.yaml): one per stage of each system, named bclc_a, cnlc_iia ...
STAGE_ROWS = {("bclc", s): f"bclc_{s.lower()}" for s in BCLC_STAGES} | {
    ("cnlc", s): f"cnlc_{s.lower()}" for s in CNLC_STAGES
}

# First choices outside the staging systems (first_choices.yaml): the clinic's view, and what trials
# and guidelines show for bile duct cancer and for cancer that spread to the liver.
FIRST_CHOICES = (
    "clinic_resectable",
    "clinic_unresectable",
    "clinic_unsure",
    "clinic_metastatic",
    "evidence_bile_duct_surgery",
    "evidence_bile_duct",
    "evidence_bile_duct_unsure",
    "evidence_bowel_surgery",
    "evidence_bowel",
    "evidence_bowel_unsure",
    "evidence_net_surgery",
    "evidence_net",
    "evidence_drugs_first",
    "evidence_pancreas_lung",
    "evidence_supportive",
)


# ---------------------------------------------------------------------------------------------
# The flowchart: question boxes (answers.QUESTION_NODES), stage boxes for HCC, route boxes.

# A stage box for each level of stage (early, middle, late, end: pathway.level_of), and one for a
# stage not settled; BCLC D and CNLC IV meet at the end box.
STAGE_NODES = {level: f"s_{level}" for level in LEVELS} | {None: "s_unknown"}
ROUTE_NODES = {route: f"r_{route.value}" for route in Route}
# Every box, each with its words in ui.yaml (node_<id>): questions in asking order, stages from early
# to the end and then "not settled", routes.
ALL_NODES = (*QUESTION_NODES, *dict.fromkeys(STAGE_NODES.values()), *ROUTE_NODES.values())


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str | None  # ui.yaml id of the words on the arrow; None: the boxes say enough
    groups: tuple[str, ...]  # the charts it is drawn in (answers.GROUPS): the same arrow may read
    # differently in two charts, since the same question leads on for different reasons


_TO_THE_STAGE = tuple(Edge("q_spread", s, None, (HCC,)) for s in ("s_early", "s_middle", "s_late"))
_TOLD_STAGE = tuple(Edge("q_told", s, None, (HCC,)) for s in ("s_early", "s_middle", "s_late", "s_end", "s_unknown"))
_STAGE_TO_SURGERY = tuple(Edge(s, "q_resectable", None, (HCC,)) for s in ("s_early", "s_middle", "s_late", "s_unknown"))
_NOT_HCC = (BILE_DUCT, METASTATIC, UNKNOWN)

EDGES: tuple[Edge, ...] = (
    Edge("q_cancer", "q_kind", "edge_in_liver", PRIMARY),
    Edge("q_cancer", "q_origin", "edge_spread_to_liver", (METASTATIC,)),
    Edge("q_cancer", "q_activity", "edge_not_sure", (UNKNOWN,)),
    Edge("q_kind", "q_activity", "edge_any_answer", PRIMARY),
    Edge("q_origin", "q_activity", "edge_any_answer", (METASTATIC,)),
    Edge("q_activity", "s_end", "edge_resting", (HCC,)),
    Edge("q_activity", "r_supportive", "edge_resting", _NOT_HCC),
    Edge("q_activity", "q_liver", "edge_other_answers", GROUPS),
    Edge("q_liver", "s_end", "edge_liver_signs", (HCC,)),
    Edge("q_liver", "r_supportive", "edge_liver_signs", _NOT_HCC),
    Edge("q_liver", "q_tumours", "edge_other_answers", KNOWN),
    Edge("q_liver", "r_ask_team", "edge_origin_unknown", (METASTATIC,)),
    Edge("q_liver", "r_ask_team", "edge_other_answers", (UNKNOWN,)),
    Edge("q_tumours", "q_spread", "edge_any_answer", PRIMARY),
    Edge("q_tumours", "q_liver_only", "edge_any_answer", (METASTATIC,)),
    *_TO_THE_STAGE,
    Edge("q_spread", "q_told", "edge_stage_unsettled", (HCC,)),
    *_TOLD_STAGE,
    Edge("s_end", "r_supportive", None, (HCC,)),
    *_STAGE_TO_SURGERY,
    Edge("q_spread", "q_resectable", "edge_any_answer", (BILE_DUCT,)),
    Edge("q_liver_only", "q_resectable", "edge_any_answer", (METASTATIC,)),
    Edge("q_resectable", "r_surgery", "edge_yes_no_spread", PRIMARY),
    Edge("q_resectable", "r_surgery", "edge_yes_bowel_net", (METASTATIC,)),
    Edge("q_resectable", "r_interventional", "edge_early_middle", (HCC,)),
    Edge("q_resectable", "r_interventional", "edge_net", (METASTATIC,)),
    Edge("q_resectable", "r_drugs_first", "edge_late", (HCC,)),
    Edge("q_resectable", "r_drugs_first", "edge_no_or_spread", (BILE_DUCT,)),
    Edge("q_resectable", "r_drugs_first", "edge_other_answers", (METASTATIC,)),
    Edge("q_resectable", "r_ask_team", "edge_stage_not_settled", (HCC,)),
    Edge("q_resectable", "r_ask_team", "edge_not_sure", (BILE_DUCT,)),
    Edge("q_resectable", "r_ask_team", "edge_not_sure_bowel_net", (METASTATIC,)),
)


def edges_of(group: str) -> tuple[Edge, ...]:
    """The arrows of one kind of cancer's chart."""
    return tuple(e for e in EDGES if group in e.groups)


def nodes_of(group: str) -> tuple[str, ...]:
    """The boxes of one chart: the questions in asking order, the stages from early to the end, then
    the routes (Graphviz keeps this order within a row)."""
    drawn = {n for e in edges_of(group) for n in (e.source, e.target)}
    return tuple(n for n in ALL_NODES if n in drawn)


# The lists of first choices each kind of reader can be shown (a unit test holds every result to it):
# what /decide needs something known about, for that kind, for every treatment they name.
_CLINIC = ("clinic_resectable", "clinic_unresectable", "clinic_unsure")
_SPREAD = ("clinic_metastatic", "evidence_supportive")
LISTS_BY_KIND: dict[str, tuple[str, ...]] = {
    "hcc": (*STAGE_ROWS.values(), *_CLINIC),
    "bile_duct": (
        *_CLINIC,
        "evidence_bile_duct_surgery",
        "evidence_bile_duct",
        "evidence_bile_duct_unsure",
        "evidence_supportive",
    ),
    "bowel_spread": (*_SPREAD, "evidence_bowel_surgery", "evidence_bowel", "evidence_bowel_unsure"),
    "net_spread": (*_SPREAD, "evidence_net_surgery", "evidence_net"),
    "spread": (*_SPREAD, "evidence_drugs_first", "evidence_pancreas_lung"),
}
