"""/treatments : what each kind of interventional therapy is, side by side, with after-care close by,
then the other treatments a care team may talk about."""

import streamlit as st

from liverguide.content import Words
from ui import blocks, treatments
from ui.frame import show_page
from ui.marks import HEADING_MARK, mark


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

    # A link from a pathway result ("Read about TACE") lands on that treatment, first on the page,
    # with its heading at the top of the screen: Streamlit may keep the chooser's scroll position
    # (a long page, read to its end) for the new page. A heading mark (ui/marks.py), one per
    # treatment: it acts when the page is drawn, not again on the page's own reruns.
    if asked:
        sections([w.content.treatments[asked]])
        mark(HEADING_MARK, list(w.content.treatments).index(asked) + 1)
    blocks.section(w, "treatments_intro")
    treatments.jump_links(w)
    blocks.see_also(w, "aftercare")

    treatments.drawing(w)
    sections([t for t in treatments.compared(w) if t.id != asked])
    treatments.comparison(w)
    blocks.see_also(w, "aftercare")

    # Treatments that are not interventional therapy but often come up when a team explains the choice.
    st.divider()
    st.header(w.ui("other_treatments_heading"), anchor="other")
    st.markdown(w.ui("other_treatments_intro"))
    sections([t for t in treatments.others(w) if t.id != asked])
    blocks.talk_to_team(w)


show_page(show)
