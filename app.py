"""The frame of the guide: page settings, the reader's language, consultation mode, and the menu of pages."""

from pathlib import Path

import streamlit as st

from ui.blocks import draft_notice
from ui.content import frame_ran, get_content
from ui.frame import frame_bar, going_home, settle_language, settle_layout

HERE = Path(__file__).parent

content = get_content(is_frame=True)
lang = settle_language(content)
layout = settle_layout()
# No page_icon and no st.Page icons: the active one becomes the favicon, and a Material icon
# favicon is fetched from a Google host (seen in the privacy test).
st.set_page_config(page_title=content.ui_text("app_title", lang), layout="centered")

pages = [
    st.Page(HERE / "pages/home.py", title=content.ui_text("nav_home", lang), default=True),
    st.Page(HERE / "pages/questions.py", title=content.ui_text("nav_questions", lang), url_path="questions"),
    st.Page(HERE / "pages/pathway.py", title=content.ui_text("nav_pathway", lang), url_path="pathway"),
    st.Page(HERE / "pages/outcomes.py", title=content.ui_text("nav_outcomes", lang), url_path="outcomes"),
    st.Page(HERE / "pages/treatments.py", title=content.ui_text("nav_treatments", lang), url_path="treatments"),
    st.Page(HERE / "pages/aftercare.py", title=content.ui_text("nav_aftercare", lang), url_path="aftercare"),
    st.Page(HERE / "pages/handout.py", title=content.ui_text("nav_handout", lang), url_path="handout"),
    st.Page(HERE / "pages/glossary.py", title=content.ui_text("nav_glossary", lang), url_path="glossary"),
    st.Page(HERE / "pages/about.py", title=content.ui_text("nav_about", lang), url_path="about"),
]
page = st.navigation(pages, position="top")
if going_home():  # New patient was confirmed: start the next one on the home page
    st.switch_page(pages[0])
frame_bar(content, lang, layout)
draft_notice(content, lang)
frame_ran()
page.run()
