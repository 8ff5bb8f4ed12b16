"""/ : who the guide is for, how to use it, where to start."""

import streamlit as st

from liverguide.content import Words
from liverguide.site import BY_ID, PAGES
from ui import blocks
from ui.frame import show_page


def show(w: Words) -> None:
    st.title(w.ui("home_title"))
    blocks.section(w, "home_who_for")
    blocks.section(w, "home_how_to_use")

    # A large button, not a plain link: the first step must be easy to see and to tap.
    if st.button(w.ui("home_start"), key="home_start", type="primary", icon=":material/arrow_forward:"):
        st.switch_page(BY_ID["questions"].file)
    st.subheader(w.ui("home_more"))
    # Short labels (the menu's own words): a page link does not wrap, and a phone is narrow.
    for page in PAGES:
        if page.home_icon:
            st.page_link(page.file, label=w.ui(page.nav_key), icon=f":material/{page.home_icon}:")

    blocks.disclaimer(w)
    blocks.review_dates(w)


show_page(show)
