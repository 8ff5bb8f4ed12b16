"""The reader's list of questions, kept for the visit: the tick box any page draws beside a question,
and the list itself on /decide, with up, down and remove, and a box to type a question of one's own."""

from __future__ import annotations

import streamlit as st

from liverguide.content import Words
from liverguide.decide import (
    MAX_QUESTION_LENGTH,
    Asked,
    asked_words,
    moved,
    route_questions,
    toggled,
    with_own,
    without,
)
from ui import state


def my_questions() -> tuple[Asked, ...]:
    return st.session_state.get(state.MY_QUESTIONS, ())


def _keep_questions(questions: tuple[Asked, ...]) -> None:
    st.session_state[state.MY_QUESTIONS] = questions


def _tick(asked: Asked) -> None:
    _keep_questions(toggled(my_questions(), asked))


def tick(w: Words, asked: Asked, label: str | None = None) -> None:
    """A box to tick a question onto the reader's list (and untick it off), wherever the question is
    shown. Drawn from the list each time, so a question taken off on /decide is unticked here too."""
    st.checkbox(
        label or asked_words(w, asked),
        **state.drawn_from(
            state.question_tick(asked.kind, asked.ref, w.lang), asked in my_questions(), lambda _: _tick(asked)
        ),
    )


def tick_route_questions(w: Words, result_id: str) -> None:
    """The questions a chooser result suggests, each with its tick box."""
    for asked in route_questions(result_id, len(w.content.pathway_results[result_id].ask)):
        tick(w, asked)


def _add_own() -> None:
    _keep_questions(with_own(my_questions(), st.session_state.get(state.MY_QUESTION_TYPED, "")))


# Up, down and remove name the question, not its place: a quick second tap that reaches the server
# after the first acts on the same question again (a second move, or nothing once it is gone).
def _move(asked: Asked, by: int) -> None:
    questions = my_questions()
    if asked in questions:
        _keep_questions(moved(questions, questions.index(asked), by))


def _remove(asked: Asked) -> None:
    questions = my_questions()
    if asked in questions:
        _keep_questions(without(questions, questions.index(asked)))


def question_list(w: Words) -> None:
    """The reader's questions in their order, each with up, down and remove; then a box to type one."""
    questions = my_questions()
    if not questions:
        st.markdown(w.ui("my_questions_empty"))
    for i, asked in enumerate(questions):
        # Keys by place (a typed question is no key); each button acts on its question (_move).
        with st.container(border=True, key=f"my_question_box_{i}"):
            st.markdown(f"{i + 1}\\. {asked_words(w, asked)}")
            with st.container(horizontal=True, key=f"screen_only_my_question_{i}"):
                st.button(
                    w.ui("my_question_up"),
                    key=f"my_question_up_{i}",
                    icon=":material/arrow_upward:",
                    on_click=_move,
                    args=(asked, -1),
                    disabled=i == 0,
                )
                st.button(
                    w.ui("my_question_down"),
                    key=f"my_question_down_{i}",
                    icon=":material/arrow_downward:",
                    on_click=_move,
                    args=(asked, 1),
                    disabled=i == len(questions) - 1,
                )
                st.button(
                    w.ui("my_question_remove"),
                    key=f"my_question_remove_{i}",
                    icon=":material/close:",
                    on_click=_remove,
                    args=(asked,),
                )
    # A form: the typed words reach the server only when added (Enter or the button), then the box clears.
    with st.form("my_question_form", clear_on_submit=True, border=False), st.container(key="screen_only_type"):
        st.text_input(w.ui("my_question_type"), key=state.MY_QUESTION_TYPED, max_chars=MAX_QUESTION_LENGTH)
        st.form_submit_button(w.ui("my_question_add"), icon=":material/add:", on_click=_add_own)
