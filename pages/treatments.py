"""/treatments : what each kind of interventional therapy is, side by side, with after-care close by."""

import streamlit as st

from liverguide.content import Words
from ui import blocks, treatments
from ui.frame import show_page


def show(w: Words) -> None:
    # ?show=tace (from a pathway result) puts that treatment first; anything else is ignored.
    asked = st.query_params.get(treatments.TREATMENT_PARAM)
    asked = asked if asked in w.content.treatments else None

    st.title(w.ui("treatments_title"))
    shown = blocks.both_languages(w)

    def sections(of: list) -> None:
        for treatment in of:
            for column, words in zip(blocks.side_by_side(shown), shown, strict=True):
                with column:
                    treatments.treatment_section(words, treatment, asked=treatment.id == asked, anchor=words is w)

    # A link from a pathway result ("Read about TACE") lands on that treatment, first on the page.
    if asked:
        sections([w.content.treatments[asked]])
    blocks.section(w, "treatments_intro")
    jump = " · ".join(f"[{w(t.short)}](#{t.id})" for t in w.content.treatments.values())
    st.markdown(f"{w.ui('jump_to')} {jump} · [{w.ui('compare_heading')}](#compare)")
    blocks.see_also(w, "aftercare")

    treatments.drawing(w)
    sections([t for t in w.content.treatments.values() if t.id != asked])
    treatments.comparison(w)
    blocks.see_also(w, "aftercare")
    blocks.talk_to_team(w)


show_page(show)
