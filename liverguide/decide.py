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

# How much a matter counts for a person, from least to most (ui.yaml `level_<level>`).
LEVELS = ("little", "some", "lot")
# Whose ratings: the reader's, and the family member's (ui.yaml `person_<person>`).
PEOPLE = ("me", "family")
# The most characters a typed question keeps (a question, not a letter; the sheet has two pages).
MAX_QUESTION_LENGTH = 200

Ratings = Mapping[str, str]  # matter id -> level
# What would turn a reader's typed words into markup (Markdown, a glossary mark, HTML) or a list.
_MARKUP = re.compile(r"[*_`\[\]<>|#~\\]")
_LIST_START = re.compile(r"^(?:[-+]\s*)*(\d+)[.)](?=\s)|^(?:[-+]\s*)+")


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
    sources: tuple[str, ...]  # every source the cells rest on (the treatments' and the matters')


def known_about(content: Content, matter: Matter, treatment_id: str) -> Text:
    """What is known about `matter` for one treatment: its comparison cell, else its own weigh cell."""
    t = content.treatments[treatment_id]
    if t.compared and matter.compare is not None:
        return t.compare[matter.compare]
    return t.weigh[matter.id]


def option_grid(content: Content, treatment_ids: tuple[str, ...]) -> Grid:
    """Every matter, with what is known about it for each option (the loader made sure there is a cell)."""
    rows = tuple(
        Row(m, () if m.for_all is not None else tuple((t, known_about(content, m, t)) for t in treatment_ids))
        for m in content.matters.values()
    )
    sources = [s for t in treatment_ids for s in content.treatments[t].sources]
    sources += [s for m in content.matters.values() for s in m.sources]
    return Grid(tuple(treatment_ids), rows, tuple(dict.fromkeys(sources)))


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
        return w.ui("ask_treatment_for_me", name=w(content.treatments[asked.ref].short))
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
# Did it make sense?


def checks_on(content: Content, topic: str) -> tuple[Check, ...]:
    return tuple(c for c in content.checks if c.topic == topic)
