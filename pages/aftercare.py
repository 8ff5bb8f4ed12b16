"""/aftercare : the signs that mean "call your care team now" first, as a checklist that prints,
then what is often normal in the first week after treatment."""

import streamlit as st

from liverguide.content import Words
from liverguide.markup import md
from ui import blocks
from ui.frame import show_page


def show(w: Words) -> None:
    st.title(w.ui("aftercare_title"))
    items = {kind: [a for a in w.content.aftercare if a.kind == kind] for kind in ("warning", "normal")}

    # First, right under the title: on a phone it is on the first screen, and on paper it is one
    # block that never splits across pages (ui/style.py: .st-key-aftercare_call_now).
    with st.container(key="aftercare_call_now", border=True):
        st.subheader(w.ui("warning_heading"))
        # Plain boxes to tick by hand on paper (the signs you have, to tell the team when you call);
        # they are not widgets, so nothing is recorded.
        st.markdown("  \n".join(f"☐ {md(w, a.text)}" for a in items["warning"]))
        blocks.sources(w, (s for a in items["warning"] for s in a.sources))
        blocks.how_we_know(w, *items["warning"])

    blocks.section(w, "aftercare_intro")
    # What is often normal is something to read, not to tick: a plain list.
    st.subheader(w.ui("normal_heading"))
    st.markdown("\n".join(f"- {md(w, a.text)}" for a in items["normal"]))
    blocks.sources(w, (s for a in items["normal"] for s in a.sources))
    blocks.how_we_know(w, *items["normal"])

    blocks.section(w, "aftercare_ablation")
    blocks.talk_to_team(w)
    with st.container(key="screen_only_aftercare_print"):  # an instruction for the screen, not for paper
        blocks.section(w, "aftercare_print")


show_page(show)
