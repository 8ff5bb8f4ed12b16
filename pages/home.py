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
st.page_link("pages/pathway.py", label=content.ui_text("home_pathway_link", lang), icon=":material/alt_route:")
st.page_link("pages/about.py", label=content.ui_text("home_about_link", lang), icon=":material/menu_book:")

blocks.disclaimer(content, lang)
blocks.review_dates(content, lang)
