"""The treatments page's pieces: one treatment's section, the comparison, and the artery drawing."""

from __future__ import annotations

import streamlit as st

from liverguide.aftercare import treatments_with_aftercare
from liverguide.content import COMPARE_KEYS, Treatment, Words
from liverguide.decide import Asked, asked_words
from liverguide.drawings import artery_svg
from liverguide.markup import md, table_cell
from liverguide.site import BY_ID
from ui import blocks, my_questions
from ui.content import hospital

TREATMENT_PARAM = "show"


def treatment_section(w: Words, t: Treatment, *, asked: bool = False, anchor: bool = True) -> None:
    """One treatment: what it is, who it is for and who should not have it, then (for the treatments
    in the comparison) the day, the stay, side effects and recovery, and what it can feel like.
    Fields a treatment leaves out (the shorter "other treatments") are not shown."""
    with st.container(border=asked):
        # The short name as the heading (a long one breaks mid-word on a phone), the full name under it.
        st.header(w(t.short), anchor=t.id if anchor else False)
        st.markdown(f"**{md(w, t.name)}**")
        if asked:
            st.markdown(f"**{w.ui('you_asked')}**")
        blocks.at_this_hospital(w, hospital(), t.id)  # not given there; the hospital's own words
        st.markdown(w.labelled(f"**{w.ui('t_what')}**", md(w, t.what)))
        st.markdown(w.labelled(f"**{w.ui('t_who')}**", md(w, t.who)))
        with st.container(key=f"not_for_{t.id}_{w.lang}"):
            st.markdown(w.labelled(f"**{w.ui('not_for_heading')}**", md(w, t.not_for)))
        for field in ("day", "stay"):
            if (text := getattr(t, field)) is not None:
                st.markdown(w.labelled(f"**{w.ui(f't_{field}')}**", md(w, text)))
        if t.side_effects:
            st.markdown(w.labelled(f"**{w.ui('t_side_effects')}**", ""))
            st.markdown("\n".join(f"- {md(w, effect)}" for effect in t.side_effects))
        if t.recovery is not None:
            st.markdown(w.labelled(f"**{w.ui('t_recovery')}**", md(w, t.recovery)))
        if t.feel is not None:
            st.markdown(w.labelled(f"**{w.ui('feel_heading')}**", md(w, t.feel)))
        blocks.sources(w, t.sources)
        blocks.how_we_know(w, t)
        question = Asked("treatment", t.id)  # "Could TACE be an option for me?", to tick onto the list
        my_questions.tick(w, question, w.ui("tick_to_list", question=asked_words(w, question)))
        aftercare_link(w, t.id)


def compared(w: Words) -> list[Treatment]:
    """The treatments in the side-by-side comparison (the interventional ones), in file order."""
    return [t for t in w.content.treatments.values() if t.compared]


def others(w: Words) -> list[Treatment]:
    """The other treatments a care team may talk about, shown after the comparison."""
    return [t for t in w.content.treatments.values() if not t.compared]


def comparison(w: Words) -> None:
    """One small two-column table per question, so it reads on a phone without sideways scrolling.

    Markdown tables, not st.table: a data table makes a fresh browser fetch Streamlit's Arrow code
    first (about 0.2 s more before the page is ready, measured by make bench).
    """
    st.header(w.ui("compare_heading"), anchor="compare")
    name_column = w.ui("col_treatment_name")
    for key in COMPARE_KEYS:
        heading = w.ui(f"compare_{key}")
        lines = [f"| {name_column} | {heading} |", "|---|---|"]
        lines += [f"| {table_cell(w(t.name))} | {table_cell(w(t.compare[key]))} |" for t in compared(w) if t.compare]
        st.markdown(f"**{heading}**\n\n" + "\n".join(lines))


def jump_links(w: Words) -> None:
    """Links to each treatment's section: the interventional ones, then the other treatments."""
    main = " · ".join(f"[{w(t.short)}](#{t.id})" for t in compared(w))
    st.markdown(f"{w.ui('jump_to')} {main} · [{w.ui('compare_heading')}](#compare)")
    if rest := others(w):
        more = " · ".join(f"[{w(t.short)}](#{t.id})" for t in rest)
        st.markdown(w.labelled(f"[{w.ui('other_treatments_heading')}](#other)", more))


def drawing(w: Words) -> None:
    labels = {key: w.ui(f"drawing_{key}") for key in ("liver", "tumour", "artery", "vein", "tube")}
    s = w.content.sections["treatments_drawing"]
    st.subheader(w(s.heading))
    st.image(artery_svg(labels), alt=w.ui("drawing_alt"))
    st.markdown(md(w, s.body))
    blocks.sources(w, s.sources)


def links(w: Words, treatment_ids: tuple[str, ...]) -> None:
    """Links from elsewhere (a walk-through step) to a treatment's section, and to its after-care."""
    for treatment_id in treatment_ids:
        st.page_link(
            BY_ID["treatments"].file,
            label=w.ui("read_about", name=w.treatment_name(treatment_id, in_sentence=True)),
            icon=":material/arrow_forward:",
            query_params={TREATMENT_PARAM: treatment_id},
        )
    for treatment_id in treatment_ids:
        aftercare_link(w, treatment_id)


def aftercare_link(w: Words, treatment_id: str) -> None:
    """'What to expect after TACE': to that treatment's after-care (none for a treatment without it)."""
    if treatment_id in treatments_with_aftercare(w.content):
        st.page_link(
            BY_ID["aftercare"].file,
            label=w.ui("after_link", name=w.treatment_name(treatment_id, in_sentence=True)),
            icon=":material/checklist:",
            query_params={TREATMENT_PARAM: treatment_id},
        )
