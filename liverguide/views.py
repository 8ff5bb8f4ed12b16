"""A chooser result in the reader's words, as the page, the take-home sheet and the stage table show
it: the stage in both systems (or what is missing to tell, and what each answer would mean), and
each view's first choices. Texts keep their glossary marks; the page links them, the sheet bolds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from liverguide.answers import ALLOWED, METASTATIC, Answers
from liverguide.content import Words
from liverguide.content.model import FirstChoices, StageRow
from liverguide.pathway import Result
from liverguide.routes import STAGE_ROWS, Route
from liverguide.staging import BCLC_STAGES, CNLC_STAGES, Staging, stage_if

SYSTEMS = ("bclc", "cnlc")
STAGES = {"bclc": BCLC_STAGES, "cnlc": CNLC_STAGES}
C_STAR = "C*"


@dataclass(frozen=True)
class View:
    """One column of "what each lists first"."""

    view: str  # routes.ALL_VIEWS
    heading: str  # "European guide (BCLC)"
    lead: str  # the stage ("Stage A: early") or what the view says
    means: str | None  # what puts a person at that stage; None for a view without a stage
    treatments: tuple[str, ...]  # treatments.yaml ids, in the view's order
    items: tuple[str, ...]  # each treatment as the list shows it: "1. Ablation (usually too big ...)"
    note: str | None  # said under the list
    left_out: str | None  # "Surgery is left off this list: ..."
    item: StageRow | FirstChoices | None  # for its sources and how we know; None for a column without a list


def stage_named(w: Words, row: StageRow) -> str:
    """'Stage A: early' / 'A 期：早期'."""
    return w.ui("stage_named", stage=row.stage, name=w(row.name))


def row_of(w: Words, system: str, stage: str) -> StageRow:
    return w.content.staging[STAGE_ROWS[system, stage]]


def copies_label(w: Words, item: StageRow | FirstChoices) -> str | None:
    """content-facts §1.3: a stage or list read only in copies says so where it is shown."""
    return w.ui("grade_c_star") if item.grade == C_STAR else None


def views(w: Words, result: Result) -> list[View]:
    """Each view of the result, in page order; first, where the guides' lists wait on an answer, a
    column that says so, so the clinic's view does not stand alone."""
    shown = [waiting] if (waiting := _guides_waiting(w, result)) else []
    for view, list_id in result.lists.items():
        item = w.content.staging.get(list_id) or w.content.first_choices[list_id]
        if isinstance(item, StageRow):
            lead, means = stage_named(w, item), w(item.means)
        else:
            lead, means = w(item.says), None
        left_out = [t for t in result.left_out if t in item.first]
        items = []
        for n, treatment_id in enumerate(result.options[view], 1):
            name = w(w.content.treatments[treatment_id].short)
            if treatment_id in result.flags:
                name = w.ui("flagged", text=name, flag=w.ui(result.flags[treatment_id]))
            items.append(w.ui("numbered", n=n, text=name) if item.ordered else w.ui("listed", text=name))
        shown.append(
            View(
                view=view,
                heading=w.ui(f"view_{view}"),
                lead=lead,
                means=means,
                treatments=result.options[view],
                items=tuple(items),
                note=w(item.note) if isinstance(item, StageRow) and item.note else None,
                left_out=w.ui("left_out_surgery") if left_out else None,
                item=item,
            )
        )
    return shown


def _guides_waiting(w: Words, result: Result) -> View | None:
    if result.route is Route.SUPPORTIVE:
        return None
    if result.staging is not None and not {"bclc", "cnlc"} & result.lists.keys():
        view, lead = "guides", "guides_wait_on_stage"
    elif result.group == METASTATIC and "evidence" not in result.lists:
        view, lead = "evidence", "guides_wait_on_origin"
    else:
        return None
    return View(view, w.ui(f"view_{view}"), w.ui(lead), None, (), (), None, None, None)


def stage_lines(w: Words, staging: Staging) -> list[str]:
    """'**European guide (BCLC):** Stage A: early. One tumour ...' for each system. A system not
    settled says so, with the stages it could still be when the answers narrow them down. A stage
    the team gave says so, and so does one matched to it, or one that differs from the answers. The
    last stage, from the reader's answers alone, is said as what tests will confirm."""
    lines = []
    for system in SYSTEMS:
        stage = getattr(staging, system)
        heading = f"**{w.ui(f'view_{system}')}**"
        if stage is None:
            lines.append(w.labelled(heading, _not_settled(w, staging.could_be(system), STAGES[system])))
            continue
        row = row_of(w, system, stage)
        named = stage_named(w, row)
        if stage == STAGES[system][-1] and system not in staging.told:
            named = w.ui("stage_maybe", named=named)
        mark = "stage_told" if system in staging.told else "stage_matched" if system in staging.matched else None
        said = w.sentences(named, w.ui(mark) if mark else "")
        differs = w.ui("stage_told_differs") if system in staging.told_differs else ""
        lines.append(w.labelled(heading, w.sentences(said + w.ui("sentence_end"), w(row.means), differs)))
    return lines


def _not_settled(w: Words, could_be: tuple[str, ...], stages: tuple[str, ...]) -> str:
    """'not settled yet.', and which stages it could be, when the answers rule most out and not the
    last stage (the gate decides that one)."""
    if 1 < len(could_be) <= len(stages) // 2 and stages[-1] not in could_be:
        return w.ui(
            "stage_could_be", stages=w.ui("or_between", first=w.separator.join(could_be[:-1]), last=could_be[-1])
        )
    return w.ui("stage_not_settled")


def missing_line(w: Words, staging: Staging) -> str | None:
    """'To settle it, we would need: Why less active; Tumours.' or None when nothing is missing."""
    if not staging.missing:
        return None
    names = w.separator.join(w(w.content.pathway_questions[f].short) for f in staging.missing)
    return w.ui("stage_missing", questions=names)


def what_each_answer_would_mean(w: Words, answers: Answers, staging: Staging) -> list[str]:
    """For each question still missing, each answer with the stage it would give, the others as given:
    'Why less active: The cancer: European stage C; Chinese stage Ia'."""
    lines = []
    for field in staging.missing:
        question = w.content.pathway_questions[field]
        for value, would in stage_if(answers, field, ALLOWED[field]):
            said = w.labelled(w(question.short), w(question.options[value]))
            lines.append(w.labelled(f"**{said}**", stage_pair(w, would)))
    return lines


def stage_pair(w: Words, staging: Staging) -> str:
    """'European stage C; Chinese stage Ia', with 'not settled' for a system that still is not."""
    unknown = w.ui("stage_unknown_short")
    return w.ui("stage_pair", bclc=staging.bclc or unknown, cnlc=staging.cnlc or unknown)
