"""/ : who the guide is for, how to use it, where to start."""

import streamlit as st

from ui import blocks
from ui.content import get_content, language

content = get_content()
lang = language(content)

st.title(content.ui_text("home_title", lang))
blocks.section(content, "home_who_for", lang)
blocks.section(content, "home_how_to_use", lang)

st.page_link("pages/questions.py", label=content.ui_text("home_start", lang), icon=":material/arrow_forward:")
st.page_link("pages/about.py", label=content.ui_text("home_about_link", lang), icon=":material/menu_book:")

blocks.disclaimer(content, lang)
blocks.review_dates(content, lang)
