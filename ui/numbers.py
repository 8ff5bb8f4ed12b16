"""The outcomes page's interactive piece: any group shown as 100 people."""

from __future__ import annotations

import streamlit as st

from liverguide import outcomes
from liverguide.content import Words
from liverguide.markup import md
from liverguide.pathway import choose_route, is_complete
from ui import blocks, chooser, state


@st.fragment
def icon_array(w: Words, kind: str | None) -> None:
    """100 people, the chosen group's number filled in, opening on the group nearest the reader's
    chooser result, or on none when no group is like it (outcomes.first_picture); only groups of the
    reader's kind of cancer (all before the chooser knows it). A fragment: picking a group redraws only this."""
    rows = {o.id: o for o in outcomes.for_endpoint(w.content, "5y_survival", kind)}
    st.subheader(w.ui("icons_heading"))
    answers = chooser.answers_so_far()
    result = choose_route(answers, w.content).summary if is_complete(answers) else None
    first = outcomes.first_picture(result)
    chosen = st.selectbox(
        w.ui("icons_pick"),
        options=list(rows),
        index=list(rows).index(first) if first in rows else None,
        format_func=lambda outcome_id: w(rows[outcome_id].label),
        key=state.OUTCOMES_GROUP,
        placeholder=w.ui("icons_pick_placeholder"),
    )
    if chosen is None:  # no group on this page is like the situation the reader's answers describe
        st.markdown(w.ui("icons_none_like_yours"))
        return
    o = rows[chosen]
    n = outcomes.out_of_100(o.value)
    sentence = outcomes.picture_sentence(w, o)
    st.markdown(outcomes.picture_caption(w, o))
    st.plotly_chart(
        outcomes.icon_array_figure(n),
        config={"staticPlot": True},
        alt=w.ui("icons_alt", n=n, sentence=sentence),
        key="outcomes_icons",
    )
    st.markdown(w.ui("icons_key"))
    blocks.how_we_know(w, o)
    if o.bound == "at_least":
        st.markdown(w.ui("icons_key_open", n=n))
    if o.in_seed:  # the clinic's figure comes with what it fits, and the note that says more
        clinic_caveat(w, with_note=True)


def known_for_kind(w: Words, kind: str) -> None:
    """For a reader of a kind of cancer some chart is not about: what deciding together's table says
    from studies of that kind alone, each with its treatment and matter, and a plain line when none
    of it is a number."""
    named = w.ui(f"kind_{kind}")
    known = outcomes.known_for(w.content, kind)
    with st.container(border=True, key="outcomes_known_for_kind"):
        if not any(k.has_number for k in known):
            st.markdown(w.ui("outcomes_we_have_none", kind=named))
        if known:
            st.markdown(f"**{w.ui('outcomes_we_have', kind=named)}**")
        for k in known:
            treatment, matter = w.content.treatments[k.treatment_id], w.content.matters[k.matter_id]
            st.markdown(f"**{w.labelled(w(treatment.short), w(matter.statement))}**  \n{md(w, k.text)}")
        blocks.see_also(w, "decide")


def clinic_caveat(w: Words, *, with_note: bool = False) -> None:
    """What the clinic's "more than 60 out of 100" fits: under its bar, and with its picture, where
    the evidence note on it (note_small_hcc_figure, as in the walk-through) can be opened."""
    s = w.content.sections["outcomes_clinic_caveat"]
    with st.container(border=True):
        st.markdown(f"**{w(s.heading)}**")
        st.markdown(md(w, s.body))
        blocks.sources(w, s.sources)
        if with_note:
            n = w.content.notes["note_small_hcc_figure"]
            with st.expander(w.labelled(w.ui("evidence_note"), w(n.title))):
                st.markdown(md(w, n.body))
                blocks.sources(w, n.sources)
                blocks.how_we_know(w, n)
