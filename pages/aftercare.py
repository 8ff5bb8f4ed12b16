"""/aftercare : which treatment the reader had (or the one a link named), then for it the signs that
mean "call your care team now" first, as a checklist that prints, what is often normal day by day,
and the usual check-ups, with a calendar file of them."""

import streamlit as st

from liverguide.aftercare import aftercare_for
from liverguide.content import Words
from ui import aftercare, blocks
from ui.frame import show_page


def show(w: Words) -> None:
    st.title(w.ui("aftercare_title"))
    aftercare.linked(w)
    treatment = aftercare.choose_treatment(w)
    if treatment is None:
        st.markdown(w.ui("aftercare_choose_hint"))
    else:
        care = aftercare_for(w.content, treatment)
        aftercare.call_now_box(w, care)
        aftercare.often_normal(w, care)
        aftercare.checkups(w, care)
        aftercare.calendar_file(w, care)
    blocks.section(w, "aftercare_intro")
    blocks.talk_to_team(w)
    with st.container(key="screen_only_aftercare_print"):  # an instruction for the screen, not for paper
        blocks.section(w, "aftercare_print")


show_page(show)
