"""/questions : the Q&A walk-through, one question per step, with notes where the evidence differs."""

import streamlit as st

from liverguide.content import Words
from liverguide.markup import terms_in
from ui import blocks, state, walkthrough
from ui.frame import show_page


def show(w: Words) -> None:
    questions = w.content.questions
    total = len(questions)
    place = walkthrough.position(total)
    q = questions[place]

    st.title(w.ui("questions_title"))
    st.progress((place + 1) / total, text=w.ui("progress", n=place + 1, total=total))
    st.selectbox(
        w.ui("jump_label"),
        options=range(total),
        format_func=lambda i: walkthrough.jump_option(w, questions, i),
        key=state.QA_JUMP,
        on_change=walkthrough.jumped,
    )
    walkthrough.step_buttons(w, place, total, "top")

    shown = blocks.both_languages(w)
    for column, words in zip(blocks.side_by_side(shown), shown, strict=True):
        with column:
            walkthrough.step(words, q)
    walkthrough.scroll_to_question()

    if q.original and st.toggle(w.ui("original_toggle"), key=state.original_toggle(q.id)):
        walkthrough.clinic_words(w, q, shown)

    warnings = walkthrough.call_now(w, q)
    texts = [q.answer, *q.key_points, *(item.text for item in warnings), q.meaning]
    texts += [w.content.notes[n].body for n in q.notes]
    blocks.words_used(w, terms_in(w, texts))
    blocks.sources(w, [*q.sources, *(source for item in warnings for source in item.sources)])
    blocks.talk_to_team(w)
    walkthrough.step_buttons(w, place, total, "bottom")


show_page(show)
