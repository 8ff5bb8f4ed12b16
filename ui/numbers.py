"""The outcomes page's interactive piece: any group shown as 100 people."""

from __future__ import annotations

import streamlit as st

from liverguide import outcomes
from liverguide.content import Words
from ui import blocks, state


@st.fragment
def icon_array(w: Words) -> None:
    """100 people, the chosen group's number filled in. A fragment: picking a group redraws only this."""
    rows = {o.id: o for o in outcomes.for_endpoint(w.content, "5y_survival")}
    st.subheader(w.ui("icons_heading"))
    chosen = st.selectbox(
        w.ui("icons_pick"),
        options=list(rows),
        # Start with the clinic's own figure: it is the number the reader came to understand.
        index=next((i for i, o in enumerate(rows.values()) if o.in_seed), 0),
        format_func=lambda outcome_id: w(rows[outcome_id].label),
        key=state.OUTCOMES_GROUP,
    )
    o = rows[chosen]
    n = outcomes.out_of_100(o.value)
    sentence = w.ui("icons_sentence", freq=outcomes.frequency(w, o), group=w(o.population), treatment=w(o.treatment))
    st.markdown(f"**{sentence[:1].upper()}{sentence[1:]}**")
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
