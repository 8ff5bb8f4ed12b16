"""/ : who the guide is for, how to use it, where to start."""

import streamlit as st

from ui import blocks
from ui.content import get_content, language

content = get_content()
lang = language(content)

st.title(content.ui_text("home_title", lang))
blocks.section(content, "home_who_for", lang)
blocks.section(content, "home_how_to_use", lang)

# A large button, not a plain link: the first step must be easy to see and to tap. The click is
# kept in session state, not read from the button, so it survives the frame's one-off rerun.
if st.session_state.pop("home_start_clicked", False):
    st.switch_page("pages/questions.py")
st.button(
    content.ui_text("home_start", lang),
    key="home_start",
    type="primary",
    icon=":material/arrow_forward:",
    on_click=lambda: st.session_state.update(home_start_clicked=True),
)
st.subheader(content.ui_text("home_more", lang))
# Short labels (the menu's own words): a page link does not wrap, and a phone is narrow.
for page, icon in (
    ("pathway", "alt_route"),
    ("outcomes", "bar_chart"),
    ("treatments", "medical_services"),
    ("aftercare", "checklist"),
    ("glossary", "menu_book"),
    ("about", "info"),
):
    st.page_link(f"pages/{page}.py", label=content.ui_text(f"nav_{page}", lang), icon=f":material/{icon}:")

blocks.disclaimer(content, lang)
blocks.review_dates(content, lang)
