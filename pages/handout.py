"""/handout : a take-home sheet built from the reader's answers, to print or to download as one file."""

from datetime import date

import streamlit as st

from liverguide.handout import build_handout, handout_html
from liverguide.i18n import HTML_LANG
from ui import blocks, chooser
from ui.content import get_content, language

content = get_content()
lang = language(content)

st.title(content.ui_text("handout_title", lang))
# Typed by the team before printing; kept only in this session (New patient clears them).
with st.container(key="screen_only_handout"):
    st.markdown(content.ui_text("handout_fill_in", lang))
    phone = st.text_input(content.ui_text("handout_phone", lang), key="handout_phone", persist_state="session")
    notes = st.text_area(content.ui_text("handout_notes", lang), key="handout_notes", persist_state="session")

sheet = build_handout(content, chooser.answers_so_far(), lang, today=date.today(), phone=phone, notes=notes)
st.markdown(sheet.made)
if not sheet.personal:
    blocks.see_also(content, "pathway", lang)
for part in sheet.parts:
    with st.container(border=part.boxed):
        st.subheader(part.heading)
        for paragraph in part.paragraphs:
            st.markdown(blocks.marked(content, paragraph, lang))
        if part.items:
            st.markdown("\n".join(f"- {blocks.marked(content, item, lang)}" for item in part.items))
for key, value in (("handout_phone", sheet.phone), ("handout_notes", sheet.notes)):
    st.subheader(content.ui_text(key, lang))
    # A line to write on when nothing was typed: the sheet is often filled in by hand.
    st.markdown(value.replace("\n", "  \n") if value else "\\_" * 40)
blocks.sources(content, sheet.sources, lang)

with st.container(key="screen_only_handout_actions"):
    st.markdown(content.ui_text("handout_print", lang))
    st.download_button(
        content.ui_text("handout_download", lang),
        data=handout_html(content, sheet, html_lang=HTML_LANG[lang]),
        file_name=f"liver-guide-sheet-{lang}.html",
        mime="text/html",
        icon=":material/download:",
        on_click="ignore",
        key="handout_download",
    )
