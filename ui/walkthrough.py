"""The walk-through's pieces: the reader's place (kept for the visit), the step buttons, one question
in one language, and the clinic's own words."""

from __future__ import annotations

import streamlit as st

from liverguide.aftercare import aftercare_for
from liverguide.content import AftercareItem, Question, Words
from liverguide.decide import Asked
from liverguide.markup import md, question_group, question_origin
from ui import blocks, marks, my_questions, state, treatments


def jump_option(w: Words, questions: tuple[Question, ...], i: int) -> str:
    """One line of the jump list. A select box has no headings, so the first question of each group
    carries its group's name: '4. Questions readers ask next: What is interventional therapy?'."""
    q = questions[i]
    label = f"{i + 1}. {w(q.label)}"
    starts_group = i == 0 or questions[i - 1].kind != q.kind
    return w.labelled(f"{i + 1}. {question_group(w, q)}", w(q.label)) if starts_group else label


def call_now(w: Words, q: Question) -> tuple[AftercareItem, ...]:
    """The after-care page's warning signs for the step's treatment, on the step that asks about
    them (none on other steps)."""
    return aftercare_for(w.content, q.call_now).call_now if q.call_now else ()


def position(total: int) -> int:
    """The question the reader is on. A plain session key (not only the widget's), so it survives
    reruns and trips to other pages; the jump list is set from it before it is drawn."""
    place = st.session_state.get(state.QA_POSITION, 0)
    if not isinstance(place, int) or not 0 <= place < total:
        place = 0
    st.session_state[state.QA_POSITION] = st.session_state[state.QA_JUMP] = place
    return place


def go_to(place: int, from_bottom: bool = False) -> None:
    st.session_state[state.QA_POSITION] = place
    if from_bottom:  # the next question starts at its heading, not where the last one ended
        st.session_state[state.QA_SCROLL_UP] = st.session_state.get(state.QA_SCROLL_UP, 0) + 1


def scroll_to_question() -> None:
    """After a step from the bottom buttons: bring the new question's heading to the top of the
    screen and move keyboard focus to it. A heading mark (ui/marks.py), new for each step (its
    count), which the frame's constant script acts on: no script of its own."""
    count = st.session_state.get(state.QA_SCROLL_UP)
    if count:
        marks.mark(marks.HEADING_MARK, count)


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
    """Previous and Next (on the last question: back to question 1), at the top and the bottom.

    Each button's key names the question it was drawn on, and it moves to a fixed place: a second
    quick tap that reaches the server before the new screen does is for the old button, so it cannot
    move the reader on again (a double tap on a phone skipped a question unread).
    """
    back, forward = st.columns(2, wrap=False)
    bottom = where == "bottom"
    back.button(
        w.ui("previous"),
        key=f"qa_previous_{where}_{place}",
        on_click=go_to,
        args=(place - 1, bottom),
        disabled=place == 0,
        icon=":material/arrow_back:",
        width="stretch",
    )
    if place < total - 1:
        forward.button(
            w.ui("next"),
            key=f"qa_next_{where}_{place}",
            on_click=go_to,
            args=(place + 1, bottom),
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
    st.markdown(f"**{question_group(w, q)}**")  # which group of the jump list this step is in
    st.header(w(q.question))
    my_questions.tick(w, Asked("walk", q.id), w.ui("tick_this_question"))
    st.markdown(question_origin(w, q))

    st.subheader(w.ui("short_answer"))
    st.markdown(md(w, q.answer))

    st.subheader(w.ui("key_points"))
    warnings = call_now(w, q)
    lines = [f"- {md(w, point)}" for point in q.key_points]
    # The after-care page's own call-now list, nested under the key point that leads into it.
    lines += [f"    - {md(w, item.text)}" for item in warnings]
    st.markdown("\n".join(lines))
    blocks.how_we_know(w, q, *warnings)

    for note_id in q.notes:
        blocks.note(w, note_id)
    if q.treatments:
        treatments.links(w, q.treatments)
    elif q.see_also:
        blocks.see_also(w, q.see_also)

    st.subheader(w.ui("meaning"))
    st.markdown(md(w, q.meaning))


def clinic_words(w: Words, q: Question, shown: list[Words]) -> None:
    """The clinic's words as we have them (English), and beside them our translation, labelled as
    ours: we do not have the clinic's Chinese original and must not pass a translation off as it.
    A reader of another language gets our translation first (on a phone the columns stack, and a
    screen of English first was a wall to read through)."""
    default = w.content.meta.default_language
    translations = [other for other in shown if other.lang != default]
    original = w.content.in_language(default)
    order = [original, *translations] if w.lang == default else [*translations, original]
    for column, words in zip(blocks.side_by_side(order), order, strict=True):
        with column:
            if words.lang == default:
                st.markdown(f"**{w.ui('original_heading')}**")
                st.markdown(f"> {q.original}")
            elif q.original_translation is not None:  # every other language has one (the model checks)
                st.markdown(f"**{words.ui('original_translated')}**")
                st.markdown(f"> {words(q.original_translation)}")
