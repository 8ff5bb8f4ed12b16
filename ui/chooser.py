"""The pathway chooser's Streamlit pieces: the answers kept for the visit, the questions as widgets,
the result, and the flowchart."""

from __future__ import annotations

import json

import streamlit as st

from liverguide.content import Words
from liverguide.flowchart import edge_labels, flowchart_dot, node_labels, path_in_words
from liverguide.markup import md, terms_in
from liverguide.pathway import ALLOWED, Answers, Result, answered_so_far, questions_to_ask
from ui import blocks, state
from ui.treatments import links as treatment_links

QUESTION_BOX_PREFIX = "st-key-question_box_"  # the class Streamlit gives each question's box (its key)


def answers_given() -> dict[str, str]:
    """The reader's answers by question, kept for the whole visit (every language's radio is drawn from them)."""
    return st.session_state.setdefault(state.PATHWAY_ANSWERS, {})


def answers_so_far() -> Answers:
    return answered_so_far(answers_given())[0]


def ask_questions(w: Words, *, one_step: bool = False) -> Answers:
    """Show each question that applies to the answers so far, and return the answers given.

    One step (consultation mode): the answers so far in one line with a Back button, and only the
    next question, so the shared screen holds one thing at a time.
    """
    if one_step:
        answers, current = answered_so_far(answers_given())
        _so_far(w, answers)
        if current:
            _question(w, current)
        keep_focus()
        return answers
    # ALLOWED is in asking order, so one pass meets each question after those it depends on.
    given: dict[str, str | None] = {}
    for field in ALLOWED:
        if field in questions_to_ask(Answers(**given)):
            given[field] = _question(w, field)
    keep_focus()
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


def _remember(field: str, key: str) -> None:
    answers_given()[field] = st.session_state[key]
    st.session_state[state.PATHWAY_FOCUS] = (field, st.session_state.get(state.PATHWAY_FOCUS, ("", 0))[1] + 1)


def keep_focus() -> None:
    """After an answer the page is drawn again and the browser's focus is lost: a keyboard user's
    next Tab or arrow key then started from the top and could change an earlier answer. Put focus
    back on the answer just given (so arrows go on within that question and Tab goes to the next),
    or, when that question has gone (one question per screen), on the first choice of the next one.
    A constant script: only our own field id and a count (which makes each one new) go into it."""
    field, count = st.session_state.get(state.PATHWAY_FOCUS, ("", 0))
    if not field:
        return
    here = json.dumps(f".{QUESTION_BOX_PREFIX}{field} input[type=radio]:checked")
    script = (
        "<script>(() => { const go = (tries) => {"
        f" const el = document.querySelector({here})"
        " || document.querySelector('[data-testid=stMain] [data-testid=stRadio] input[type=radio]');"
        " if (!el) { if (tries) setTimeout(() => go(tries - 1), 50); return; }"
        " el.focus({preventScroll: true}); }; go(20); })();"
        f" /* {int(count)} */</script>"
    )
    st.html(script, unsafe_allow_javascript=True, width="content")


def _question(w: Words, field: str) -> str | None:
    q = w.content.pathway_questions[field]
    stored = answers_given().get(field)
    # One widget per language: a radio whose option words change keeps its value on the server but
    # shows no choice in the browser (seen in Chromium), so a switch draws a new one from the answers.
    key = state.pathway_radio(field, w.lang)
    with st.container(border=True, key=f"question_box_{field}"):
        st.markdown(f"**{w(q.question)}**")
        st.markdown(md(w, q.help))
        return st.radio(
            w(q.question),
            options=ALLOWED[field],
            index=ALLOWED[field].index(stored) if stored else None,
            format_func=lambda option: w(q.options[option]),
            key=key,
            on_change=_remember,
            args=(field, key),
            label_visibility="collapsed",
        )


def has_answers() -> bool:
    return any(value is not None for value in answers_given().values())


def start_again() -> None:
    """Clear every answer, ready for the next reader.

    The radios are set to None rather than deleted: a deleted key leaves the browser showing the old choice.
    """
    answers_given().clear()
    for key in _radio_keys():
        st.session_state[key] = None


def show_result(w: Words, result: Result) -> None:
    summary = w.content.pathway_results[result.summary]
    st.header(w.ui("pathway_result"))
    with st.container(border=True):
        st.subheader(w(summary.headline))
        for field in ("why", "involves"):
            st.markdown(w.labelled(f"**{w.ui(field)}**", md(w, getattr(summary, field))))
        treatment_links(w, summary.treatments)
        st.markdown(f"**{w.ui('ask_heading')}**")
        st.markdown("\n".join(f"- {w(question)}" for question in summary.ask))
        blocks.sources(w, [*result.sources, *summary.sources])
        blocks.how_we_know(w, summary)
    for note_id in result.notes:
        blocks.note(w, note_id)
    not_for(w, summary.treatments)
    texts = [summary.why, summary.involves, *(w.content.notes[n].body for n in result.notes)]
    texts += [w.content.treatments[t].not_for for t in summary.treatments]
    blocks.words_used(w, terms_in(w, texts))


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


def show_flowchart(w: Words, path: tuple[str, ...], answers: Answers) -> None:
    path_words = path_in_words(w, path, answers)
    st.subheader(w.ui("flowchart_heading"))
    st.graphviz_chart(
        flowchart_dot(node_labels(w), edge_labels(w), path),
        width="stretch",
        alt=w.ui("flowchart_alt", path=path_words),
    )
    st.markdown(w.ui("flowchart_key"))
    st.markdown(f"**{w.ui('your_path')}** {path_words}")
