"""The walk-through's pieces: the reader's place (kept for the visit), the step buttons, one question
in one language, and the clinic's own words."""

from __future__ import annotations

import streamlit as st

from liverguide.content import Question, Words
from liverguide.markup import md
from ui import blocks, state


def position(total: int) -> int:
    """The question the reader is on. A plain session key (not only the widget's), so it survives
    reruns and trips to other pages; the jump list is set from it before it is drawn."""
    place = st.session_state.get(state.QA_POSITION, 0)
    if not isinstance(place, int) or not 0 <= place < total:
        place = 0
    st.session_state[state.QA_POSITION] = st.session_state[state.QA_JUMP] = place
    return place


def go_to(place: int) -> None:
    st.session_state[state.QA_POSITION] = place


def jumped() -> None:
    st.session_state[state.QA_POSITION] = st.session_state[state.QA_JUMP]


def restart() -> None:
    """Back to the start with every toggle closed, ready for the next reader.

    Toggles are set to False rather than deleted: a deleted key leaves the browser showing the old state.
    """
    st.session_state[state.QA_POSITION] = 0
    for key in [k for k in st.session_state if str(k).startswith(state.QA_ORIGINAL_PREFIX)]:
        st.session_state[key] = False


def step_buttons(w: Words, place: int, total: int, where: str) -> None:
    """Previous and Next (on the last question: back to question 1), at the top and the bottom."""
    back, forward = st.columns(2, wrap=False)
    back.button(
        w.ui("previous"),
        key=f"qa_previous_{where}",
        on_click=go_to,
        args=(place - 1,),
        disabled=place == 0,
        icon=":material/arrow_back:",
        width="stretch",
    )
    if place < total - 1:
        forward.button(
            w.ui("next"),
            key=f"qa_next_{where}",
            on_click=go_to,
            args=(place + 1,),
            icon=":material/arrow_forward:",
            width="stretch",
            type="primary",
        )
    else:
        forward.button(
            w.ui("restart"), key=f"qa_restart_{where}", on_click=restart, icon=":material/restart_alt:", width="stretch"
        )


def step(w: Words, q: Question) -> None:
    """The question, its answer, the notes where studies differ, and what it means: in one language."""
    st.header(w(q.question))
    st.markdown(f"_{w.ui('from_the_clinic' if q.kind == 'source' else 'follow_up')}_")

    st.subheader(w.ui("short_answer"))
    st.markdown(md(w, q.answer))

    st.subheader(w.ui("key_points"))
    st.markdown("\n".join(f"- {md(w, point)}" for point in q.key_points))

    for note_id in q.notes:
        blocks.note(w, note_id)
    blocks.see_also(w, q.see_also)

    st.subheader(w.ui("meaning"))
    st.markdown(md(w, q.meaning))


def clinic_words(w: Words, q: Question, shown: list[Words]) -> None:
    """The clinic's words as we have them (English), and beside them our translation, labelled as
    ours: we do not have the clinic's Chinese original and must not pass a translation off as it."""
    default = w.content.meta.default_language
    translations = [other for other in shown if other.lang != default]
    columns = blocks.side_by_side([w.content.in_language(default), *translations])
    with columns[0]:
        st.markdown(f"**{w.ui('original_heading')}**")
        st.markdown(f"> {q.original}")
    for column, other in zip(columns[1:], translations, strict=True):
        with column:
            st.markdown(f"**{other.ui('original_translated')}**")
            st.markdown(f"> {other(q.original_translation)}")
