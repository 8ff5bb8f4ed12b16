"""The walk-through's pieces: one question in one language, and the clinic's own words."""

from __future__ import annotations

import streamlit as st

from liverguide.content import Content, Question
from ui import blocks
from ui.frame import side_by_side


def step(content: Content, q: Question, lang: str) -> None:
    """The question, its answer, the notes where studies differ, and what it means: in one language."""
    st.header(content.text(q.question, lang))
    st.markdown(f"_{content.ui_text('from_the_clinic' if q.kind == 'source' else 'follow_up', lang)}_")

    st.subheader(content.ui_text("short_answer", lang))
    st.markdown(blocks.md(content, q.answer, lang))

    st.subheader(content.ui_text("key_points", lang))
    st.markdown("\n".join(f"- {blocks.md(content, point, lang)}" for point in q.key_points))

    for note_id in q.notes:
        blocks.note(content, note_id, lang)
    blocks.see_also(content, q.see_also, lang)

    st.subheader(content.ui_text("meaning", lang))
    st.markdown(blocks.md(content, q.meaning, lang))


def clinic_words(content: Content, q: Question, lang: str, langs: list[str]) -> None:
    """The clinic's words as we have them (English), and beside them our translation, labelled as
    ours: we do not have the clinic's Chinese original and must not pass a translation off as it."""
    translations = [other for other in langs if other != content.meta.default_language]
    columns = side_by_side([content.meta.default_language, *translations])
    with columns[0]:
        st.markdown(f"**{content.ui_text('original_heading', lang)}**")
        st.markdown(f"> {q.original}")
    for column, other in zip(columns[1:], translations, strict=True):
        with column:
            st.markdown(f"**{content.ui_text('original_translated', other)}**")
            st.markdown(f"> {content.text(q.original_translation, other)}")
