"""A chooser result in the reader's words, as the page, the take-home sheet and the stage table show
it: the stage in both systems (or what is missing to tell, and what each answer would mean), and
each view's first choices. Texts keep their glossary marks; the page links them, the sheet bolds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from liverguide.answers import ALLOWED, Answers
from liverguide.content import Words
from liverguide.content.model import FirstChoices, StageRow
from liverguide.pathway import Result
from liverguide.routes import STAGE_ROWS
from liverguide.staging import Staging, stage_if

SYSTEMS = ("bclc", "cnlc")
C_STAR = "C*"


@dataclass(frozen=True)
class View:
    """One column of "what each lists first"."""

    view: str  # routes.ALL_VIEWS
    heading: str  # "European guide (BCLC)"
    lead: str  # the stage ("Stage A: early") or what the view says
    means: str | None  # what puts a person at that stage; None for a view without a stage
    treatments: tuple[str, ...]  # treatments.yaml ids, in the view's order
    note: str | None  # said under the list
    left_out: str | None  # "Surgery is left off this list: ..."
    item: StageRow | FirstChoices  # for its sources and how we know


def stage_named(w: Words, row: StageRow) -> str:
    """'Stage A: early' / 'A 期：早期'."""
    return w.ui("stage_named", stage=row.stage, name=w(row.name))


def row_of(w: Words, system: str, stage: str) -> StageRow:
    return w.content.staging[STAGE_ROWS[system, stage]]


def copies_label(w: Words, item: StageRow | FirstChoices) -> str | None:
    """content-facts §1.3: a stage or list read only in copies says so where it is shown."""
    return w.ui("grade_c_star") if item.grade == C_STAR else None


def views(w: Words, result: Result) -> list[View]:
    """Each view of the result, in page order."""
    shown = []
    for view, list_id in result.lists.items():
        item = w.content.staging.get(list_id) or w.content.first_choices[list_id]
        if isinstance(item, StageRow):
            lead, means = stage_named(w, item), w(item.means)
        else:
            lead, means = w(item.says), None
        left_out = [t for t in result.left_out if t in item.first]
        shown.append(
            View(
                view=view,
                heading=w.ui(f"view_{view}"),
                lead=lead,
                means=means,
                treatments=result.options[view],
                note=w(item.note) if isinstance(item, StageRow) and item.note else None,
                left_out=w.ui("left_out_surgery") if left_out else None,
                item=item,
            )
        )
    return shown


def stage_lines(w: Words, staging: Staging) -> list[str]:
    """'**European guide (BCLC):** Stage A: early. One tumour ...' for each system; a system not
    settled says so. A stage the team gave says so too, and so does one that differs from the answers."""
    lines = []
    for system in SYSTEMS:
        stage = getattr(staging, system)
        heading = f"**{w.ui(f'view_{system}')}**"
        if stage is None:
            lines.append(w.labelled(heading, w.ui("stage_not_settled")))
            continue
        row = row_of(w, system, stage)
        said = w.sentences(stage_named(w, row), w.ui("stage_told") if system in staging.told else "")
        differs = w.ui("stage_told_differs") if system in staging.told_differs else ""
        lines.append(w.labelled(heading, w.sentences(said + w.ui("sentence_end"), w(row.means), differs)))
    return lines


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
