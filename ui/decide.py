"""Deciding together's Streamlit pieces: the ratings kept for the visit, the rating controls, the
options side by side, and the check questions of consultation mode. The reader's list of questions
is in ui/my_questions.py (other pages tick questions onto it)."""

from __future__ import annotations

from functools import partial

import streamlit as st

from liverguide.content import Words
from liverguide.decide import (
    ANSWERS_YES_NO,
    LEVELS,
    NOT_SURE_YET,
    PEOPLE,
    SURE,
    Deliberation,
    checks_on,
    decision_in_words,
    option_grid,
    options_of,
    sure_next_steps,
    two_views,
)
from liverguide.markup import md
from liverguide.pathway import Result
from ui import blocks, state

# ---------------------------------------------------------------------------------------------
# What the session keeps


def ratings() -> dict[str, dict[str, str]]:
    """Each person's ratings by matter, for the whole visit (every language's control is drawn from them)."""
    return st.session_state.setdefault(state.DECIDE_RATINGS, {person: {} for person in PEOPLE})


def family_rates() -> bool:
    return bool(st.session_state.get(state.DECIDE_FAMILY, False))


def people() -> tuple[str, ...]:
    return PEOPLE if family_rates() else PEOPLE[:1]


def deliberation() -> Deliberation:
    """Where the reader stands, as far as they said (the sheet prints it)."""
    return Deliberation(st.session_state.get(state.DECIDE_LEANING), dict(st.session_state.get(state.DECIDE_SURE, {})))


# ---------------------------------------------------------------------------------------------
# What matters to you


def _rate(person: str, matter: str, level: str | None) -> None:
    if level is None:
        ratings()[person].pop(matter, None)
    else:
        ratings()[person][matter] = level


def _family_switched(on: bool) -> None:
    st.session_state[state.DECIDE_FAMILY] = on


def what_matters(w: Words) -> None:
    """Each matter in its own box, with one row of choices per person (side by side on a wide screen,
    one under the other on a phone). A choice tapped again is taken back."""
    st.toggle(
        w.ui("decide_family_switch"),
        **state.drawn_from(state.per_language(state.DECIDE_FAMILY, w.lang), family_rates(), _family_switched),
    )
    rating_people = people()
    for matter in w.content.matters.values():
        with st.container(border=True, key=f"matter_{matter.id}"):
            st.markdown(f"**{w(matter.statement)}**")
            columns = st.columns(len(rating_people)) if len(rating_people) > 1 else [st.container()]
            for column, person in zip(columns, rating_people, strict=True):
                # Alone, the control is named by the matter (its label hidden: the heading says it);
                # two people side by side, each row by the person.
                label = w.ui(f"person_{person}") if len(rating_people) > 1 else w(matter.statement)
                column.segmented_control(
                    label,
                    options=LEVELS,
                    format_func=lambda level: w.ui(f"level_{level}"),
                    **state.drawn_from(
                        state.rating(person, matter.id, w.lang),
                        ratings()[person].get(matter.id),
                        partial(_rate, person, matter.id),
                    ),
                    label_visibility="collapsed" if len(rating_people) == 1 else "visible",
                )
    if family_rates():
        _agree_and_differ(w)


def _agree_and_differ(w: Words) -> None:
    """Where the two agree and where they differ: a prompt to talk, not a verdict."""
    me, family = ratings()["me"], ratings()["family"]
    views = two_views(w.content, me, family)
    with st.container(border=True, key="decide_two_views"):
        st.markdown(f"**{w.ui('decide_two_views')}**")
        if not views.agree and not views.differ:
            st.markdown(w.ui("decide_two_views_none"))
            return
        statement = {m: w(w.content.matters[m].statement) for m in w.content.matters}
        if views.agree:
            st.markdown(w.labelled(f"**{w.ui('decide_agree')}**", w.separator.join(statement[m] for m in views.agree)))
        if views.differ:
            lines = [f"- {w.labelled(statement[m], _ratings_of(w, m, PEOPLE))}" for m in views.differ]
            st.markdown(f"**{w.ui('decide_differ')}**\n\n" + "\n".join(lines))
        st.markdown(w.ui("decide_talk_about_it"))


def _ratings_of(w: Words, matter: str, persons: tuple[str, ...]) -> str:
    """'The patient: A lot; Family member: Somewhat': each of these persons who rated the matter."""
    given = [(p, ratings()[p].get(matter)) for p in persons]
    return w.separator.join(w.labelled(w.ui(f"person_{p}"), w.ui(f"level_{level}")) for p, level in given if level)


def _rated(w: Words, matter: str) -> str:
    """'Living as long as possible (The patient: A lot)', as far as anyone shown rated it."""
    statement = w(w.content.matters[matter].statement)
    said = _ratings_of(w, matter, people())
    return w.ui("in_brackets", text=statement, value=said) if said else statement


# ---------------------------------------------------------------------------------------------
# The options side by side


def the_decision(w: Words, result: Result | None) -> None:
    """The choice the reader and their team face, and its options, first on the page (IPDAS 1.1.2);
    nothing before the chooser has a result."""
    if result is not None:
        with st.container(border=True, key="decide_decision"):
            st.markdown(f"**{w.ui('decision_heading')}** {decision_in_words(w, result)}")


def options_side_by_side(w: Words, result: Result | None) -> None:
    """For the options of the reader's chooser result (None before it is complete): what is known
    about each matter, one row per matter, one cell per option (columns on a wide screen, one under
    the other on a phone, each cell named). The options are every treatment any view of the result
    lists first. Nothing is added up."""
    if result is None:
        st.markdown(w.ui("decide_no_result"))
        blocks.see_also(w, "pathway")
        return
    summary = w.content.pathway_results[result.summary]
    st.markdown(w.labelled(f"**{w.ui('decide_your_result')}**", w(summary.headline)))
    options = options_of(result)
    if not options:
        st.markdown(w.ui("decide_no_options"))
        return
    grid = option_grid(w.content, options, result.kind or "")
    st.markdown(w.ui("decide_no_best"))
    for row in grid.rows:
        with st.container(key=f"grid_{row.matter.id}"):
            st.markdown(f"#### {_rated(w, row.matter.id)}")  # a heading under the part's, of a row's size
            if row.matter.note is not None:
                st.markdown(f"**{md(w, row.matter.note)}**")
            if row.matter.for_all is not None:
                st.markdown(md(w, row.matter.for_all))
                continue
            for column, (treatment, known) in zip(st.columns(len(row.cells)), row.cells, strict=True):
                column.markdown(f"**{w(w.content.treatments[treatment].short)}**  \n{md(w, known)}")
    with st.container(key="grid_feel"):
        st.markdown(f"#### {w.ui('feel_heading')}")
        for column, (treatment, feel) in zip(st.columns(len(grid.feel)), grid.feel, strict=True):
            column.markdown(f"**{w(w.content.treatments[treatment].short)}**  \n{md(w, feel)}")
    with st.expander(w.ui("decide_grid_sources")):
        blocks.sources(w, grid.sources)
    blocks.how_we_know(w, *(w.content.treatments[t] for t in grid.treatments))


# ---------------------------------------------------------------------------------------------
# A last step: which option the reader leans towards, and the SURE test


def _set_leaning(option: str | None) -> None:
    st.session_state[state.DECIDE_LEANING] = option


def _set_sure(item: str, answer: str | None) -> None:
    answers = st.session_state.setdefault(state.DECIDE_SURE, {})
    if answer is None:
        answers.pop(item, None)
    else:
        answers[item] = answer


def where_you_are(w: Words, result: Result | None) -> None:
    """The option the reader leans towards (or "not sure yet"), the four SURE questions answered yes
    or no, and for each no what may help; kept only for the visit, like every answer."""
    options = options_of(result) if result is not None else ()
    if options:
        st.radio(
            w.ui("leaning_question"),
            options=(*options, NOT_SURE_YET),
            format_func=lambda o: w.ui("not_sure_yet") if o == NOT_SURE_YET else w(w.content.treatments[o].short),
            index=None,
            **state.drawn_from(
                state.per_language(state.DECIDE_LEANING, w.lang),
                st.session_state.get(state.DECIDE_LEANING),
                _set_leaning,
            ),
        )
    given = st.session_state.get(state.DECIDE_SURE, {})
    with st.container(border=True, key="decide_sure"):
        st.markdown(f"**{w.ui('sure_heading')}**")
        for item in SURE:
            st.segmented_control(
                w.ui(f"sure_{item}"),
                options=ANSWERS_YES_NO,
                format_func=lambda a: w.ui(f"answer_{a}"),
                **state.drawn_from(state.sure_answer(item, w.lang), given.get(item), partial(_set_sure, item)),
            )
    d = deliberation()
    if d.score is not None:
        with st.container(key="decide_sure_next"):
            st.markdown(w.ui("sure_score", score=d.score))
            st.markdown("\n".join(f"- {step}" for step in sure_next_steps(w, d)))


# ---------------------------------------------------------------------------------------------
# Did it make sense? (consultation mode)


def _answer(check_id: str, option: str) -> None:
    st.session_state.setdefault(state.CHECK_ANSWERS, {})[check_id] = option


def _topic_chosen(topic: str | None) -> None:
    """Tapping the chosen topic again leaves it chosen: one topic always shows."""
    if topic is not None:
        st.session_state[state.CHECK_TOPIC] = topic


def check_questions(w: Words) -> None:
    """A topic, then its two or three questions, each answer a large button. After any answer the
    plain explanation shows: after a wrong one, kindly, as a second go at the point. Nothing is
    counted or scored; another answer can be tapped at any time."""
    topics = tuple(dict.fromkeys(c.topic for c in w.content.checks))
    topic = st.session_state.get(state.CHECK_TOPIC, topics[0])
    st.pills(
        w.ui("check_choose_topic"),
        options=topics,
        format_func=lambda t: w.ui(f"check_topic_{t}"),
        **state.drawn_from(state.per_language(state.CHECK_TOPIC, w.lang), topic, _topic_chosen),
    )
    given = st.session_state.get(state.CHECK_ANSWERS, {})
    checks = checks_on(w.content, topic)
    for check in checks:
        with st.container(border=True, key=f"check_box_{check.id}"):
            st.markdown(f"**{w(check.question)}**")
            chosen = given.get(check.id)
            for option, words in check.options.items():
                st.button(
                    w(words),
                    key=f"check_{check.id}_{option}",
                    on_click=_answer,
                    args=(check.id, option),
                    width="stretch",
                    type="primary" if option == chosen else "secondary",
                )
            if chosen is not None:
                verdict = "check_right" if chosen == check.right else "check_not_quite"
                with st.container(key=f"check_explain_{check.id}"):
                    st.markdown(w.labelled(f"**{w.ui(verdict)}**", md(w, check.explain)))
    blocks.sources(w, [s for c in checks for s in c.sources])
