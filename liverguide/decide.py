"""Deciding together (/decide): what matters to the reader and, if they like, to a family member; the
options of their chooser result side by side, matter by matter; the reader's own list of questions;
and the check questions a nurse can ask. Pure: the page keeps the ratings and the list in the session.

The guide never adds the ratings up or picks an option: the table sets out what is known, and the
ratings only say where two people agree or differ, as a prompt to talk.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from liverguide.content import Check, Content, Matter, Text, Words
from liverguide.pathway import Result
from liverguide.routes import ANY_KIND, SYMPTOM_CARE

# How much a matter counts for a person, from least to most (ui.yaml `level_<level>`).
LEVELS = ("little", "some", "lot")
# Whose ratings: the reader's, and the family member's (ui.yaml `person_<person>`).
PEOPLE = ("me", "family")
# The most characters a typed question keeps (a question, not a letter; the sheet has two pages).
MAX_QUESTION_LENGTH = 200
# Steps towards another option, never options of their own: portal vein embolisation readies the
# liver for surgery.
STEPS_NOT_OPTIONS = ("pve",)
# The SURE test of decisional certainty (Légaré 2010), in its order: each answered yes or no
# (ui.yaml `sure_<item>`, and `sure_next_<item>`: what to do when the answer is no).
SURE = ("sure", "understand", "risks", "support")
ANSWERS_YES_NO = ("yes", "no")
# "Which option are you leaning towards?" has the options of the decision and this one.
NOT_SURE_YET = "not_sure_yet"

Ratings = Mapping[str, str]  # matter id -> level
# What would turn a reader's typed words into markup (Markdown, a glossary mark, HTML) or a list.
_MARKUP = re.compile(r"[*_`\[\]<>|#~\\]")
_LIST_START = re.compile(r"^(?:[-+]\s*)*(\d+)[.)](?=\s)|^(?:[-+]\s*)+")


# ---------------------------------------------------------------------------------------------
# The decision and its options


def options_of(result: Result) -> tuple[str, ...]:
    """The options of the decision a chooser result sets out: every treatment any of its views lists
    first, in page order, then care for symptoms only, always last; none while the lists wait on
    where the cancer started."""
    if not result.treatments:
        return ()
    named = (t for t in result.treatments if t != SYMPTOM_CARE and t not in STEPS_NOT_OPTIONS)
    return (*named, SYMPTOM_CARE)


def decision_in_words(w: Words, result: Result) -> str:
    """'You and your team are deciding how to treat ... The options in this guide: TACE, ablation or
    palliative care.'"""
    decision = w(w.content.pathway_results[result.summary].decision)
    names = [w.treatment_name(t, in_sentence=True) for t in options_of(result)]
    if not names:
        return decision
    return w.sentences(decision, w.ui("decision_options", options=w.one_of(names)))


# ---------------------------------------------------------------------------------------------
# The options side by side


@dataclass(frozen=True)
class Row:
    matter: Matter
    cells: tuple[tuple[str, Text], ...]  # (treatment id, what is known), in the result's order; none
    # for a matter with one text for every option (matter.for_all)


@dataclass(frozen=True)
class Grid:
    treatments: tuple[str, ...]
    rows: tuple[Row, ...]
    feel: tuple[tuple[str, Text], ...]  # (treatment id, what it can feel like), in the result's order
    sources: tuple[str, ...]  # every source the cells rest on (the treatments' and the matters')


def known_about(content: Content, matter: Matter, treatment_id: str, kind: str) -> Text:
    """What is known about `matter` for one treatment, for readers of this kind (routes.KINDS): its
    comparison cell, else its weigh cell for the kind, for a mixed group, or for any reader."""
    t = content.treatments[treatment_id]
    if t.compare is not None and matter.compare is not None:  # t.compared
        return t.compare[matter.compare]
    weigh = t.weigh or {}
    for key in (f"{matter.id}@{kind}", f"{matter.id}@{ANY_KIND}", matter.id):
        if key in weigh:
            return weigh[key]
    raise KeyError(f"{treatment_id}: nothing known about {matter.id} for {kind}")


def option_grid(content: Content, treatment_ids: tuple[str, ...], kind: str) -> Grid:
    """Every matter, with what is known about it for each option, for readers of this kind (the
    loader made sure there is a cell), and what each option can feel like."""
    rows = tuple(
        Row(m, () if m.for_all is not None else tuple((t, known_about(content, m, t, kind)) for t in treatment_ids))
        for m in content.matters.values()
    )
    feel = tuple((t, f) for t in treatment_ids if (f := content.treatments[t].feel) is not None)
    sources = [s for t in treatment_ids for s in content.treatments[t].sources]
    sources += [s for m in content.matters.values() for s in m.sources]
    return Grid(tuple(treatment_ids), rows, feel, tuple(dict.fromkeys(sources)))


# ---------------------------------------------------------------------------------------------
# What matters: one person's ratings, and two people's side by side


def rated(content: Content, ratings: Ratings, level: str) -> tuple[str, ...]:
    """The matters rated `level`, in the order the page asks about them."""
    return tuple(m for m in content.matters if ratings.get(m) == level)


@dataclass(frozen=True)
class TwoViews:
    agree: tuple[str, ...]  # matters both rated the same
    differ: tuple[str, ...]  # matters both rated, differently


def two_views(content: Content, me: Ratings, family: Ratings) -> TwoViews:
    """Where two people's ratings meet and part: only matters both have rated."""
    both = [m for m in content.matters if me.get(m) in LEVELS and family.get(m) in LEVELS]
    return TwoViews(tuple(m for m in both if me[m] == family[m]), tuple(m for m in both if me[m] != family[m]))


def ratings_in_words(w: Words, ratings: Ratings) -> str:
    """'A lot: living as long as possible; what it costs. Somewhat: ...': most first; '' if none rated."""
    said = []
    for level in reversed(LEVELS):
        matters = rated(w.content, ratings, level)
        if matters:
            statements = w.separator.join(w(w.content.matters[m].statement) for m in matters)
            said.append(w.labelled(w.ui(f"level_{level}"), statements) + w.ui("sentence_end"))
    return w.sentences(*said)


# ---------------------------------------------------------------------------------------------
# My questions: ticked anywhere, or typed


@dataclass(frozen=True)
class Asked:
    """One question on the reader's list: a walk-through step (its question id), a question a chooser
    result suggests ('<result id>_<n>', counting from 1), a treatment ('is it for me?', its id), or the
    reader's own words."""

    kind: Literal["walk", "route", "treatment", "own"]
    ref: str


def asked_words(w: Words, asked: Asked) -> str:
    content = w.content
    if asked.kind == "walk":
        return w(next(q.question for q in content.questions if q.id == asked.ref))
    if asked.kind == "route":
        result, n = asked.ref.rsplit("_", 1)
        return w(content.pathway_results[result].ask[int(n) - 1])
    if asked.kind == "treatment":
        return w.ui("ask_treatment_for_me", name=w.treatment_name(asked.ref, in_sentence=True))
    return asked.ref


def route_questions(result_id: str, count: int) -> tuple[Asked, ...]:
    return tuple(Asked("route", f"{result_id}_{n}") for n in range(1, count + 1))


def toggled(questions: tuple[Asked, ...], asked: Asked) -> tuple[Asked, ...]:
    """Ticked: added at the end; unticked: taken out."""
    return tuple(q for q in questions if q != asked) if asked in questions else (*questions, asked)


def with_own(questions: tuple[Asked, ...], typed: str) -> tuple[Asked, ...]:
    """The reader's own question added at the end, as plain words: the marks that would make it a
    link, a list or bold print on the page or the sheet are left out, spaces tidied, and it is cut at
    MAX_QUESTION_LENGTH characters; nothing is added for an empty box or a question already on the list."""
    words = _MARKUP.sub(" ", typed)
    words = " ".join(_LIST_START.sub(r"\1", words.strip()).split())[:MAX_QUESTION_LENGTH].strip()
    asked = Asked("own", words)
    return questions if not words or asked in questions else (*questions, asked)


def moved(questions: tuple[Asked, ...], index: int, by: int) -> tuple[Asked, ...]:
    """The question at `index` one place up (by=-1) or down (by=1); unchanged at either end."""
    target = index + by
    if not (0 <= index < len(questions) and 0 <= target < len(questions)):
        return questions
    order = list(questions)
    order[index], order[target] = order[target], order[index]
    return tuple(order)


def without(questions: tuple[Asked, ...], index: int) -> tuple[Asked, ...]:
    return tuple(q for i, q in enumerate(questions) if i != index)


# ---------------------------------------------------------------------------------------------
# A last step: leaning, and the SURE test


@dataclass(frozen=True)
class Deliberation:
    """Where the reader stands at the end of /decide: the option they lean towards (an option id, or
    NOT_SURE_YET; None if not said) and their SURE answers ({item: "yes" | "no"})."""

    leaning: str | None
    sure: Mapping[str, str]

    @property
    def score(self) -> int | None:
        """How many SURE questions were answered yes, once all four are answered (4: sure enough to
        go on; less: what to do next, for each no)."""
        if any(self.sure.get(item) not in ANSWERS_YES_NO for item in SURE):
            return None
        return sum(self.sure[item] == "yes" for item in SURE)

    @property
    def next_steps(self) -> tuple[str, ...]:
        """The SURE items answered no, in the test's order."""
        return tuple(item for item in SURE if self.sure.get(item) == "no")

    @property
    def said(self) -> bool:
        return self.leaning is not None or any(self.sure.get(item) in ANSWERS_YES_NO for item in SURE)


def deliberation_in_words(w: Words, d: Deliberation) -> tuple[str, tuple[str, ...]]:
    """What the sheet prints, short enough for paper: one line with the leaning and the SURE test (the
    count of yes once all four are answered, else each answer given), and a next step for each no;
    ("", ()) when the reader said nothing."""
    if not d.said:
        return "", ()
    said = []
    if d.leaning is not None:
        leaning = w.ui("not_sure_yet") if d.leaning == NOT_SURE_YET else w(w.content.treatments[d.leaning].short)
        said.append(w.labelled(f"**{w.ui('leaning_heading')}**", leaning + w.ui("sentence_end")))
    if d.score is not None:
        said.append(w.labelled(f"**{w.ui('sure_heading')}**", w.ui("sure_score", score=d.score)))
    elif answered := [(item, d.sure[item]) for item in SURE if d.sure.get(item) in ANSWERS_YES_NO]:
        each = w.separator.join(w.labelled(w.ui(f"sure_{item}"), w.ui(f"answer_{a}")) for item, a in answered)
        said.append(w.labelled(f"**{w.ui('sure_heading')}**", each + w.ui("sentence_end")))
    return w.sentences(*said), sure_next_steps(w, d)


def sure_next_steps(w: Words, d: Deliberation) -> tuple[str, ...]:
    """What may help, for each SURE question answered no; after four yes, that the reader may be ready."""
    if d.score == len(SURE):
        return (w.ui("sure_all_yes"),)
    return tuple(w.ui(f"sure_next_{item}") for item in d.next_steps)


# ---------------------------------------------------------------------------------------------
# Did it make sense?


def checks_on(content: Content, topic: str) -> tuple[Check, ...]:
    return tuple(c for c in content.checks if c.topic == topic)
