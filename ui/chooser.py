"""The pathway chooser's Streamlit pieces: the answers kept for the visit, the questions as widgets,
the result, and the flowchart."""

from __future__ import annotations

import streamlit as st

from liverguide.content import Words
from liverguide.flowchart import edge_labels, flowchart_dot, node_labels, path_in_words
from liverguide.markup import marked, md, terms_in
from liverguide.pathway import ALLOWED, Answers, Result, answered_so_far, questions_to_ask
from liverguide.site import BY_ID
from liverguide.staging import Staging
from liverguide.views import View, copies_label, missing_line, row_of, stage_lines, views, what_each_answer_would_mean
from ui import blocks, my_questions, state
from ui.marks import FOCUS_MARK, mark
from ui.treatments import TREATMENT_PARAM, aftercare_link


def answers_given() -> dict[str, str]:
    """The reader's answers by question, kept for the whole visit (every language's radio is drawn from them)."""
    return st.session_state.setdefault(state.PATHWAY_ANSWERS, {})


def answers_so_far() -> Answers:
    return answered_so_far(answers_given())[0]


def ask_questions(w: Words, *, one_step: bool = False) -> Answers:
    """Show each question that applies to the answers so far, and return the answers given.

    One step (consultation mode): the answers so far in one line with a Back button, and only the
    next question, its answers as one large button each, so the shared screen holds one thing at a
    time and a keyboard can look through the answers (Tab) before choosing one (Enter): in a radio
    group every arrow key chooses, and here each choice moved the reader on to the next question.
    """
    if one_step:
        answers, current = answered_so_far(answers_given())
        _so_far(w, answers)
        if current:
            _choices(w, current)
        return answers
    # ALLOWED is in asking order, so one pass meets each question after those it depends on.
    given: dict[str, str | None] = {}
    for field in ALLOWED:
        if field in questions_to_ask(Answers(**given)):
            given[field] = _question(w, field)
    return Answers(**given)


def _so_far(w: Words, answers: Answers) -> None:
    given = [(f, getattr(answers, f)) for f in ALLOWED if getattr(answers, f) is not None]
    if not given:
        return
    words = [w.labelled(w(w.content.pathway_questions[f].short), _option(w, f, v)) for f, v in given]
    st.markdown(f"**{w.ui('pathway_so_far')}** {w.separator.join(words)}")
    st.button(w.ui("pathway_back"), key="pathway_back", icon=":material/undo:", on_click=_forget, args=(given[-1][0],))


def _option(w: Words, field: str, value: str) -> str:
    return w(w.content.pathway_questions[field].options[value])


def _radio_keys(field: str | None = None) -> list[str]:
    prefix = state.PATHWAY_RADIO_PREFIX + (f"{field}_" if field else "")
    return [k for k in st.session_state if str(k).startswith(prefix) and k != state.PATHWAY_ANSWERS]


def _forget(field: str) -> None:
    answers_given().pop(field, None)
    for key in _radio_keys(field):
        st.session_state[key] = None
    _move_focus(field)  # Back: to the first answer of the question asked again


def _remember(field: str, option: str | None) -> None:
    if option is not None:  # a radio, once chosen, is never unchosen
        answers_given()[field] = option
    _move_focus(field)


def _choose(field: str, option: str) -> None:
    """One answer's button. Only for the question on the screen: a second quick tap that reaches
    the server after the first is for a question already answered, and changes nothing."""
    if answered_so_far(answers_given())[1] != field:
        return
    answers_given()[field] = option
    _move_focus(field)


def _move_focus(field: str) -> None:
    """After an answer the page is drawn again and the browser's focus is lost: a keyboard user's
    next Tab or arrow key then started from the top and could change an earlier answer. Each answer
    draws a new focus mark (ui/marks.py) in the box of the question that should have focus: the one
    just answered (its answer, so arrows go on within that question and Tab goes to the next), or,
    one question per screen, the next one (its first answer)."""
    count = st.session_state.get(state.PATHWAY_FOCUS, ("", 0))[1]
    st.session_state[state.PATHWAY_FOCUS] = (field, count + 1)


def _focus_mark(field: str | None = None) -> None:
    """The focus mark, in the question box being drawn: for any question (one per screen), or only
    for `field` (the full chooser: the question last answered)."""
    focused, count = st.session_state.get(state.PATHWAY_FOCUS, ("", 0))
    if count and (field is None or field == focused):
        mark(FOCUS_MARK, count)


def _question(w: Words, field: str) -> str | None:
    q = w.content.pathway_questions[field]
    stored = answers_given().get(field)
    with st.container(border=True, key=f"question_box_{field}"):
        st.markdown(f"**{w(q.question)}**")
        st.markdown(md(w, q.help))
        chosen = st.radio(
            w(q.question),
            options=ALLOWED[field],
            # Set by its index, not through the session (state.drawn_from): a reader whose server
            # process stopped is moved to a new one with the browser's radios as they were, and a
            # radio set through the new session then lost the next answer given (tests/e2e/test_serve.py).
            index=ALLOWED[field].index(stored) if stored else None,
            format_func=lambda option: w(q.options[option]),
            **state.kept_by(state.pathway_radio(field, w.lang), lambda option: _remember(field, option)),
            label_visibility="collapsed",
        )
        _focus_mark(field)
    return chosen


def _choices(w: Words, field: str) -> None:
    """One question per screen: its answers as one large button each, in the question's own box.
    Tab moves between them, Enter or a tap chooses; a button keeps no value (the answer goes to the
    one store), so a language switch and New patient need nothing more."""
    q = w.content.pathway_questions[field]
    with st.container(border=True, key=f"question_box_{field}"):
        st.markdown(f"**{w(q.question)}**")
        st.markdown(md(w, q.help))
        for option in ALLOWED[field]:
            st.button(
                w(q.options[option]),
                key=state.pathway_choice(field, option),
                on_click=_choose,
                args=(field, option),
                width="stretch",
            )
        _focus_mark()


def has_answers() -> bool:
    return any(value is not None for value in answers_given().values())


def start_again() -> None:
    """Clear every answer, ready for the next reader.

    The radios are set to None rather than deleted: a deleted key leaves the browser showing the old choice.
    """
    answers_given().clear()
    for key in _radio_keys():
        st.session_state[key] = None


def show_result(w: Words, result: Result, answers: Answers) -> None:
    """The headline; the stage in both systems (or what is missing, and what each answer would
    mean); what each guide and the clinic list first, side by side; why; what it involves; the
    questions to ask; then the notes and who should not have each treatment."""
    summary = w.content.pathway_results[result.summary]
    st.header(w.ui("pathway_result"))
    with st.container(border=True, key="pathway_result"):
        st.subheader(w(summary.headline))
        if result.staging is not None:
            _stage(w, result.staging, answers)
        _views(w, result)
        for field in ("why", "involves"):
            st.markdown(w.labelled(f"**{w.ui(field)}**", md(w, getattr(summary, field))))
        for treatment_id in result.treatments:
            aftercare_link(w, treatment_id)
        st.markdown(f"**{w.ui('ask_heading')}**")
        st.markdown(w.ui("tick_hint"))
        my_questions.tick_route_questions(w, result.summary)
        blocks.sources(w, [*result.sources, *summary.sources])
        blocks.how_we_know(w, summary)
    for note_id in result.notes:
        blocks.note(w, note_id)
    not_for(w, result.treatments)
    blocks.see_also(w, "stages")
    texts = [summary.why, summary.involves, *(w.content.notes[n].body for n in result.notes)]
    texts += [w.content.treatments[t].not_for for t in result.treatments]
    blocks.words_used(w, terms_in(w, texts))


def _stage(w: Words, staging: Staging, answers: Answers) -> None:
    with st.container(key="pathway_stage"):
        st.markdown(f"**{w.ui('stage_heading')}**")
        st.markdown("\n".join(f"- {marked(w, line)}" for line in stage_lines(w, staging)))
        if staging.cnlc is not None and (label := copies_label(w, row_of(w, "cnlc", staging.cnlc))):
            st.markdown(label)
        missing = missing_line(w, staging)
        if missing:
            st.markdown(missing)
            with st.expander(w.ui("stage_if_heading"), expanded=True):
                st.markdown("\n".join(f"- {line}" for line in what_each_answer_would_mean(w, answers, staging)))


def _views(w: Words, result: Result) -> None:
    """One column per view (stacked on a phone), each with its first choices linked to their sections."""
    shown = views(w, result)
    if not shown:
        return
    st.markdown(f"**{w.ui('views_heading')}**")
    for column, view in zip(st.columns(len(shown)), shown, strict=True):
        with column.container(border=True, key=f"pathway_view_{view.view}"):
            _view(w, view)


def _view(w: Words, view: View) -> None:
    st.markdown(f"**{view.heading}**")
    st.markdown(marked(w, view.lead))
    for treatment_id, item in zip(view.treatments, view.items, strict=True):
        st.page_link(BY_ID["treatments"].file, label=item, query_params={TREATMENT_PARAM: treatment_id})
    for said in (view.left_out, view.note):
        if said:
            st.markdown(marked(w, said))
    if view.item is not None:
        blocks.how_we_know(w, view.item)


def not_for(w: Words, treatment_ids: tuple[str, ...]) -> None:
    """Who should not have each treatment the result names: the treatments page's own words, beside the
    notes. Each text names its sources in brackets; the treatments page lists them in full."""
    if not treatment_ids:
        return
    treatments = [w.content.treatments[t] for t in treatment_ids]
    with st.container(border=True, key="pathway_not_for"):
        st.markdown(f"**{w.ui('not_for_these')}**")
        st.markdown("\n".join(f"- {w.labelled(f'**{w(t.short)}**', md(w, t.not_for))}" for t in treatments))
        blocks.how_we_know(w, *treatments)


def show_flowchart(w: Words, result: Result, answers: Answers) -> None:
    """The chart for the reader's kind of cancer, with their path marked, and the path in words."""
    path_words = path_in_words(w, result.steps, answers)
    st.subheader(w.ui("flowchart_heading"))
    st.graphviz_chart(
        flowchart_dot(node_labels(w, result.group), edge_labels(w, result.group), result.steps),
        width="stretch",
        alt=w.ui("flowchart_alt", path=path_words),
    )
    st.markdown(w.ui("flowchart_key"))
    st.markdown(f"**{w.ui('your_path')}** {path_words}")
