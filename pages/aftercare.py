"""/aftercare : what is often normal in the first week after treatment, and the signs that mean
"call your care team now", as a checklist that prints."""

import streamlit as st

from liverguide.content import Words
from liverguide.markup import md
from ui import blocks
from ui.frame import show_page


def show(w: Words) -> None:
    st.title(w.ui("aftercare_title"))
    blocks.section(w, "aftercare_intro")

    for kind, heading in (("warning", "warning_heading"), ("normal", "normal_heading")):
        items = [a for a in w.content.aftercare if a.kind == kind]
        with st.container(border=True) if kind == "warning" else st.container():
            st.subheader(w.ui(heading))
            # Plain boxes to tick by hand on paper; they are not widgets, so nothing is recorded.
            st.markdown("  \n".join(f"☐ {md(w, a.text)}" for a in items))
            blocks.sources(w, (s for a in items for s in a.sources))

    blocks.section(w, "aftercare_ablation")
    blocks.section(w, "aftercare_print")
    blocks.talk_to_team(w)


show_page(show)
