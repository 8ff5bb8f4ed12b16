"""The take-home sheet: what the reader looked at today, in their language, as parts that a page can
show and that also make one self-contained HTML file (liverguide/handout_file.py).

Texts keep their glossary marks here; the page turns them into links, the file into bold words.
A personal sheet carries every evidence note of the route, in a short box under the route.
On paper and on screen the sheet opens with the title, the day it was made, then the signs that
mean "call your care team now" in a box with the team's phone number (large): one line for each
group of the route's treatments with after-care of their own, each sign once (liverguide/aftercare.py),
so the box and the number are on page 1 and the box never splits across pages (`break-inside: avoid`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from liverguide.aftercare import call_now_groups
from liverguide.content import AftercareItem, Text, Treatment, Words
from liverguide.decide import PEOPLE, Deliberation, Ratings, decision_in_words, deliberation_in_words, ratings_in_words
from liverguide.hospital import Hospital
from liverguide.markup import plain
from liverguide.pathway import Answers, Result, choose_route, is_complete
from liverguide.views import copies_label, missing_line, row_of, stage_lines, views


@dataclass(frozen=True)
class Part:
    heading: str
    paragraphs: tuple[str, ...] = ()  # Markdown, with glossary marks
    items: tuple[str, ...] = ()  # a list under the paragraphs
    boxed: bool = False  # a short box of its own: the route's evidence notes


@dataclass(frozen=True)
class Handout:
    lang: str
    title: str  # Markdown (a hospital's name in it is escaped)
    made: str  # the day it was made, and that it is education, not advice
    personal: bool  # built from the reader's answers, or the general version
    about: str  # who pays for the guide and when it is checked next: last, in small print, with the sources
    call_now: Part  # the warning signs: first after the made-on line, boxed, with the phone number
    parts: tuple[Part, ...]  # the rest, in reading order
    sources: tuple[str, ...]  # source ids, in order of first use
    phone: str  # what the team typed, or "" for a line to write on
    notes: str
    # From a hospital's file: its numbers, (whose, number), large in the call-now box in place of the
    # line to write on (whose it is in Markdown, the file's words escaped). Its name is in the title.
    phones: tuple[tuple[str, str], ...] = ()


def build_handout(
    w: Words,
    answers: Answers,
    *,
    today: date,
    phone: str = "",
    notes: str = "",
    ratings: Mapping[str, Ratings] | None = None,
    questions: tuple[str, ...] = (),
    deliberation: Deliberation | None = None,
    hospital: Hospital | None = None,
) -> Handout:
    """The sheet for these answers; the general version when no route can be shown yet.

    It opens with the decision the reader and their team face. From /decide: what matters to the
    reader (and their family member), by person; where they stand (the option they lean towards and
    the SURE test); and the reader's own list of questions (in their words), which then stands in for
    the questions the sheet would suggest: the reader chose theirs, and the sheet keeps to two pages."""
    content = w.content
    personal = is_complete(answers)
    if personal:
        parts, sources, named = _personal_parts(w, answers, ratings or {}, questions, deliberation, hospital)
    else:
        parts, sources, named = _general_parts(w, ratings or {}, questions)
    # The signs of each treatment the route names that has after-care of its own, each sign once,
    # under the treatments it is for; the general sheet carries the walk-through's (TACE's). A route
    # of treatments without their own list (supportive care, or "ask your team") says the team will
    # give theirs.
    groups = call_now_groups(content, named)
    call_now = Part(
        w.ui("warning_heading"),
        tuple(_signs(w, ts, signs) for ts, signs in groups) or (w.ui("handout_call_now_none"),),
    )
    sources += [s for _, signs in groups for a in signs for s in a.sources]
    talk = content.sections["talk_to_team"]
    parts.append(Part(w(talk.heading), (w(talk.body),)))
    made = w.ui("handout_made", date=w.day(today))
    meta = content.meta
    if meta.review is None:  # on paper too, until a care team has checked the content
        made = w.sentences(made, w.ui("draft_notice"))
    else:
        who, day = meta.review
        made = w.sentences(made, w.ui("reviewed_notice", who=w(who), date=w.day(day)))
    if content.meta.overdue(today):
        made = w.sentences(made, w.ui("review_overdue", date=w.day(content.meta.next_review)))
    return Handout(
        w.lang,
        sheet_title(w, hospital),
        made,
        personal,
        w.ui("handout_about", date=w.day(content.meta.next_review)),
        call_now,
        tuple(parts),
        tuple(dict.fromkeys(sources)),
        phone.strip(),
        notes.strip(),
        hospital_phones(w, hospital),
    )


def _personal_parts(
    w: Words,
    answers: Answers,
    ratings: Mapping[str, Ratings],
    questions: tuple[str, ...],
    deliberation: Deliberation | None,
    hospital: Hospital | None,
) -> tuple[list[Part], list[str], tuple[str, ...]]:
    """The sheet for a route: (its parts, their sources, the treatments it names)."""
    content = w.content
    parts: list[Part] = []
    sources: list[str] = []
    result = choose_route(answers, content)
    summary = content.pathway_results[result.summary]
    named = result.treatments
    decision = f"**{w.ui('decision_heading')}** {decision_in_words(w, result)}"
    parts.append(Part(w.ui("pathway_result"), (decision, f"**{w(summary.headline)}**", w(summary.why))))
    parts += _stage_and_views(w, result, answers)
    # Every note the route shows on screen, in a short box right under it: the guidelines' and
    # trials' view (a late stage's drug treatment first, the health check) goes home on paper too.
    evidence = [content.notes[n] for n in result.notes]
    if evidence:
        route_notes = tuple(f"**{w(n.title)}** {w(n.body)}" for n in evidence)
        parts.append(Part(w.ui("evidence_note"), route_notes, boxed=True))
    treatments = [content.treatments[t] for t in named]
    # With a hospital's file, the treatments it does not give, named once after them (one line, not
    # one per treatment). Its own notes stay on the treatments page: they may run to 240 characters
    # for each treatment, and the sheet, nearly full, must stay on two pages.
    described = tuple(w.labelled(f"**{w(d.treatment.name)}**", w(d.meaning)) for d in _short(w, treatments))
    described += not_offered(w, hospital, named)
    parts.append(Part(w.ui("involves"), (w(summary.involves),), described))
    parts += _what_matters(w, ratings)
    if deliberation is not None and deliberation.said:
        said, steps = deliberation_in_words(w, deliberation)
        parts.append(Part(w.ui("deliberation_heading"), (w.sentences(said, *steps),)))
        sources += content.sections["decide_ready"].sources  # the SURE test's source
    parts.append(_my_questions(w, questions) or Part(w.ui("ask_heading"), items=tuple(w(q) for q in summary.ask)))
    sources += [*result.sources, *summary.sources, *(s for n in evidence for s in n.sources)]
    sources += [s for d in _short(w, treatments) for s in d.sources]
    return parts, sources, named


def _general_parts(
    w: Words, ratings: Mapping[str, Ratings], questions: tuple[str, ...]
) -> tuple[list[Part], list[str], tuple[str, ...]]:
    """The sheet before a route can be shown: (its parts, their sources, the treatments whose signs it
    carries: the walk-through's)."""
    content = w.content
    parts: list[Part] = []
    sources: list[str] = []
    named = tuple(q.call_now for q in content.questions if q.call_now)
    empty = content.sections["handout_empty"]
    parts.append(Part(w(empty.heading), (w(empty.body),)))
    parts += _what_matters(w, ratings)
    general = content.sections["handout_general_ask"]
    mine = _my_questions(w, questions)
    parts.append(mine or Part(w(general.heading), (w(general.body),)))
    if not mine:
        sources += general.sources
    return parts, sources, named


def sheet_title(w: Words, hospital: Hospital | None) -> str:
    """'Take-home sheet', or 'Take-home sheet from Riverside General Hospital' (Markdown, its name escaped)."""
    if hospital is None:
        return w.ui("handout_title")
    return w.ui("handout_title_from", hospital=plain(hospital.name[w.lang]))


def hospital_line(w: Words, hospital: Hospital | None) -> str:
    """'This guide is given to you by the Liver Cancer Team at Riverside General Hospital.', or ''."""
    if hospital is None:
        return ""
    return w.ui("hospital_banner", team=plain(hospital.team[w.lang]), hospital=plain(hospital.name[w.lang]))


def hospital_phones(w: Words, hospital: Hospital | None) -> tuple[tuple[str, str], ...]:
    """The hospital's two numbers, each with whose it is: the team's in working hours, then out of hours."""
    if hospital is None:
        return ()
    team = w.ui("phone_working_hours", team=plain(hospital.team[w.lang]))
    return ((team, hospital.phones.working_hours), (w.ui("phone_out_of_hours"), hospital.phones.out_of_hours))


def at_hospital(w: Words, hospital: Hospital | None, treatment: str) -> tuple[str, ...]:
    """What the hospital says of a treatment, as Markdown: that it does not give it, and its own
    words on it, marked as theirs."""
    if hospital is None:
        return ()
    name = plain(hospital.name[w.lang])
    said = () if hospital.offers(treatment) else (f"**{w.ui('hospital_not_offered', hospital=name)}**",)
    return said + hospital_note(w, hospital, treatment)


def hospital_note(w: Words, hospital: Hospital | None, treatment: str) -> tuple[str, ...]:
    """The hospital's own words on a treatment, marked as theirs, as Markdown; () if it has none."""
    if hospital is None or (note := hospital.notes.get(treatment)) is None:
        return ()
    return (w.labelled(f"_{w.ui('hospital_note')}_", plain(note[w.lang])),)


def not_offered(w: Words, hospital: Hospital | None, treatments: tuple[str, ...]) -> tuple[str, ...]:
    """'Not offered at Riverside General Hospital: Liver transplant; HAIC. Ask your team where they
    are done.', as one Markdown line; () if it gives them all."""
    missing = [w(w.content.treatments[t].short) for t in treatments if hospital and not hospital.offers(t)]
    if hospital is None or not missing:
        return ()
    name = plain(hospital.name[w.lang])
    return (f"**{w.ui('hospital_not_offered_these', hospital=name, treatments=w.separator.join(missing))}**",)


def _stage_and_views(w: Words, result: Result, answers: Answers) -> list[Part]:
    """The stage in both systems (or what is missing), and each view's first choices in one line."""
    parts = []
    if result.staging is not None:
        lines = stage_lines(w, result.staging)
        label = copies_label(w, row_of(w, "cnlc", result.staging.cnlc)) if result.staging.cnlc else None
        missing = missing_line(w, result.staging)
        parts.append(Part(w.ui("stage_heading"), tuple(x for x in (*lines, label, missing) if x)))
    lines = []
    for view in views(w, result):
        first = w.separator.join(view.items) + w.ui("sentence_end") if view.items else ""
        lead = view.lead if view.means is None else ""
        said = w.sentences(lead, first, view.left_out or "", view.note or "")
        lines.append(w.labelled(f"**{view.heading}**", said))
    if lines:
        parts.append(Part(w.ui("views_heading"), tuple(lines)))
    return parts


def _what_matters(w: Words, ratings: Mapping[str, Ratings]) -> list[Part]:
    """'What matters most': one line per person who rated anything; none if nobody did."""
    said = [(person, ratings_in_words(w, ratings.get(person, {}))) for person in PEOPLE]
    lines = tuple(w.labelled(f"**{w.ui(f'person_{p}')}**", words) for p, words in said if words)
    return [Part(w.ui("handout_matters"), lines)] if lines else []


def _my_questions(w: Words, questions: tuple[str, ...]) -> Part | None:
    return Part(w.ui("handout_my_questions"), items=questions) if questions else None


def _signs(w: Words, treatments: tuple[str, ...], signs: list[AftercareItem]) -> str:
    """'**After TACE or ablation:** yellow skin...; new confusion...' : one line per group of
    treatments, short enough that every sign of a route fits the box on page 1."""
    names = w.one_of([w.treatment_name(t, in_sentence=True) for t in treatments])
    return w.labelled(
        f"**{w.ui('after_treatment', treatment=names)}**",
        w.separator.join(w(a.text) for a in signs) + w.ui("sentence_end"),
    )


class Described(NamedTuple):
    treatment: Treatment
    meaning: Text
    sources: tuple[str, ...]


def _short(w: Words, treatments: list[Treatment]) -> list[Described]:
    """Each treatment with what the sheet says about it and that text's sources: the short meaning of
    its name from the glossary (the guide's pages have the rest), or its own "what it is" when its
    glossary word is shared with another treatment (TACE with ablation shares TACE's)."""
    shared = Counter(t.term for t in w.content.treatments.values())
    out = []
    for t in treatments:
        term = w.content.glossary[t.term]
        if shared[t.term] == 1 or t.term == t.id:
            out.append(Described(t, term.definition, term.sources))
        else:
            out.append(Described(t, t.what, t.sources))
    return out


def paper_citation(w: Words, source_id: str) -> str:
    """A citation short enough for paper: the first author and "et al." ('Reig M et al. (2022)'), or
    the source's own name, or its organisation. The sheet cites every source of what it prints, so
    the list must stay short."""
    source = w.content.sources[source_id]
    if source.name or not source.authors:
        return w.citation(source_id)
    names = re.split(r"[,;]", source.authors)
    first = names[0].strip()
    who = w.ui("citation_et_al", first=first) if len(names) > 1 else first
    return w.ui("citation", who=who, year=w.source_year(source_id))


def paper_sources(w: Words, source_ids: tuple[str, ...]) -> str:
    """The sheet's sources as one Markdown line of short, linked citations."""
    parts = []
    for source_id in source_ids:
        label, link = paper_citation(w, source_id), w.content.sources[source_id].link
        parts.append(f"[{label}]({link})" if link else label)
    return w.labelled(f"**{w.ui('sources_heading')}**", w.separator.join(parts))
