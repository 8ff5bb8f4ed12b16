"""The pathway chooser's questions, each declared once (its answers, whom it applies to, when it is
asked, its box in the flowchart), and what a reader has answered so far.

Everything about a question that the rules, the loader, the page and the flowchart need is derived
from QUESTIONS: ALLOWED (each question's answers, in asking order), whom it applies to, the nodes.
Its words are in content/pathway_questions.yaml; the loader checks they cover exactly these answers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import SimpleNamespace

from liverguide.staging import (
    ACTIVITY,
    CAUSES,
    LESS_ACTIVE,
    LIVER_SIGNS,
    NOT_SURE,
    SIZES,
    TUMOURS,
    YES_NO,
    gated,
    last_stage_given,
    not_known,
    stage_from_details,
)

# Whom the reader is answering about, once the first questions are answered (group_of):
HCC = "hcc"  # cancer that started in the liver, of the common kind (or the kind is not known)
BILE_DUCT = "bile_duct"  # bile duct cancer inside the liver (intrahepatic cholangiocarcinoma)
METASTATIC = "metastatic"  # cancer that started elsewhere and spread to the liver
UNKNOWN = "unknown"  # not known where the cancer started
GROUPS = (HCC, BILE_DUCT, METASTATIC, UNKNOWN)
PRIMARY = (HCC, BILE_DUCT)
KNOWN = (HCC, BILE_DUCT, METASTATIC)

ORIGINS = ("bowel", "neuroendocrine", "breast", "stomach", "pancreas", "lung", "female_genital", "urinary", "other")


@dataclass(frozen=True)
class Answers:
    """One reader's answers; None where a question is not answered (or does not apply)."""

    cancer: str | None = None
    kind: str | None = None
    origin: str | None = None
    activity: str | None = None
    activity_cause: str | None = None
    liver_signs: str | None = None
    tumours: str | None = None
    largest: str | None = None
    vessels: str | None = None
    spread: str | None = None
    told_system: str | None = None
    told_bclc: str | None = None
    told_cnlc: str | None = None
    liver_only: str | None = None
    resectable: str | None = None


def group_of(answers: Answers) -> str:
    """Whom the answers are about: the kind of cancer, as far as it is known."""
    if answers.cancer == "metastatic":
        return METASTATIC
    if answers.cancer == "primary":
        return BILE_DUCT if answers.kind == "bile_duct" else HCC
    return UNKNOWN


def _stage_unsettled(answers: Answers) -> bool:
    return not stage_from_details(answers).settled


def _origin_named(answers: Answers) -> bool:
    """Spread to the liver from a place not named: the team is asked first, whatever else is answered."""
    return group_of(answers) != METASTATIC or not not_known(answers.origin)


@dataclass(frozen=True)
class ChooserQuestion:
    field: str  # a field of Answers, and the id of its words in pathway_questions.yaml
    options: tuple[str, ...]  # its answers, in the order the page offers them
    node: str  # its box in the flowchart (several questions may share one)
    applies_to: tuple[str, ...]  # the groups it is asked of
    when: Callable[[Answers], bool] | None = None  # asked only when this holds of the answers before it

    def applies(self, answers: Answers) -> bool:
        return group_of(answers) in self.applies_to and (self.when is None or self.when(answers))


# In asking order. Every question keeps "I am not sure".
QUESTIONS: tuple[ChooserQuestion, ...] = (
    ChooserQuestion("cancer", ("primary", "metastatic", NOT_SURE), "q_cancer", GROUPS),
    ChooserQuestion("kind", (HCC, BILE_DUCT, NOT_SURE), "q_kind", PRIMARY),
    ChooserQuestion("origin", (*ORIGINS, NOT_SURE), "q_origin", (METASTATIC,)),
    ChooserQuestion("activity", (*ACTIVITY, NOT_SURE), "q_activity", GROUPS),
    # BCLC counts being less active toward stage C only when the cancer is the cause (BCLC 2022).
    ChooserQuestion("activity_cause", (*CAUSES, NOT_SURE), "q_activity", (HCC,), lambda a: a.activity in LESS_ACTIVE),
    ChooserQuestion("liver_signs", (*LIVER_SIGNS, NOT_SURE), "q_liver", GROUPS),
    ChooserQuestion("tumours", (*TUMOURS, NOT_SURE), "q_tumours", KNOWN, _origin_named),
    ChooserQuestion("largest", (*SIZES, NOT_SURE), "q_tumours", KNOWN, _origin_named),
    ChooserQuestion("vessels", (*YES_NO, NOT_SURE), "q_spread", PRIMARY),
    ChooserQuestion("spread", (*YES_NO, NOT_SURE), "q_spread", PRIMARY),
    # A reader who was told a stage but not the details: asked when the details leave it unsettled.
    ChooserQuestion("told_system", ("bclc", "cnlc", "no", NOT_SURE), "q_told", (HCC,), _stage_unsettled),
    ChooserQuestion(
        "told_bclc", ("0", "a", "b", "c", "d", NOT_SURE), "q_told", (HCC,), lambda a: a.told_system == "bclc"
    ),
    ChooserQuestion(
        "told_cnlc",
        ("ia", "ib", "iia", "iib", "iiia", "iiib", "iv", NOT_SURE),
        "q_told",
        (HCC,),
        lambda a: a.told_system == "cnlc",
    ),
    ChooserQuestion("liver_only", (*YES_NO, NOT_SURE), "q_liver_only", (METASTATIC,), _origin_named),
    ChooserQuestion("resectable", (*YES_NO, NOT_SURE), "q_resectable", KNOWN, _origin_named),
)


BY_FIELD = {q.field: q for q in QUESTIONS}
# Each question's answers, in asking order. None (not answered) is always allowed.
ALLOWED: dict[str, tuple[str, ...]] = {q.field: q.options for q in QUESTIONS}
# The flowchart's question boxes, in asking order, with the questions each holds.
QUESTION_NODES: dict[str, tuple[str, ...]] = {
    node: tuple(q.field for q in QUESTIONS if q.node == node) for node in dict.fromkeys(q.node for q in QUESTIONS)
}


def check(answers: Answers) -> None:
    """Raise ValueError, naming the field and its allowed values, for an answer the rules cannot take,
    or for an answer to a question that is not asked of this kind of cancer."""
    for q in QUESTIONS:
        value = getattr(answers, q.field)
        if value is None:
            continue
        if not isinstance(value, str) or value not in q.options:
            raise ValueError(f"{q.field}: {value!r} is not one of {', '.join(q.options)} (or None)")
        if group_of(answers) not in q.applies_to:
            about = group_of(answers)
            raise ValueError(
                f"{q.field} applies only to {' or '.join(q.applies_to)} cancer; these answers are about {about}"
            )


def questions_to_ask(answers: Answers) -> tuple[str, ...]:
    """The fields the page shows for these answers so far, in order: only those that apply. Once the
    safety gate is met, or the team gave the last stage, the route is given and nothing more is asked."""
    shown: list[str] = []
    # The answers to the questions asked so far; read like Answers, built up one field at a time
    # (the page and every chooser result call this, so it stays cheap).
    before = SimpleNamespace(**dict.fromkeys(ALLOWED))
    for q in QUESTIONS:
        if gated(before) or last_stage_given(before):
            break
        if q.applies(before):  # type: ignore[arg-type]
            shown.append(q.field)
            setattr(before, q.field, getattr(answers, q.field))
    return tuple(shown)


def answered_so_far(given: Mapping[str, str | None]) -> tuple[Answers, str | None]:
    """The answers that apply, in the order asked, and the next question without an answer (None
    once every question that applies is answered). Answers to questions that no longer apply are
    left out."""
    kept: dict[str, str] = {}
    while True:
        pending = [f for f in questions_to_ask(Answers(**kept)) if f not in kept]
        if not pending:
            return Answers(**kept), None
        if given.get(pending[0]) is None:
            return Answers(**kept), pending[0]
        kept[pending[0]] = given[pending[0]]  # type: ignore[assignment]


def is_complete(answers: Answers) -> bool:
    """True once a route can be shown: every question that applies has an answer ("not sure" counts),
    or the safety gate has given it already."""
    return all(getattr(answers, name) is not None for name in questions_to_ask(answers))
