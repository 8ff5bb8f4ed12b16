"""The outcomes page's interactive piece: any group shown as 100 people."""

from __future__ import annotations

import streamlit as st

from liverguide import outcomes
from liverguide.content import Content


@st.fragment
def icon_array(content: Content, lang: str) -> None:
    """100 people, the chosen group's number filled in. A fragment: picking a group redraws only this."""
    rows = outcomes.for_endpoint(content, "5y_survival")
    st.subheader(content.ui_text("icons_heading", lang))
    ids = [o.id for o in rows]
    chosen = st.selectbox(
        content.ui_text("icons_pick", lang),
        options=ids,
        # Start with the clinic's own figure: it is the number the reader came to understand.
        index=next((i for i, o in enumerate(rows) if o.in_seed), 0),
        format_func=lambda outcome_id: content.text(next(o for o in rows if o.id == outcome_id).label, lang),
        key="outcomes_group",
    )
    o = next(o for o in rows if o.id == chosen)
    n = outcomes.out_of_100(o.value)
    sentence = content.ui_text(
        "icons_sentence",
        lang,
        freq=outcomes.frequency(content, o, lang),
        group=content.text(o.population, lang),
        treatment=content.text(o.treatment, lang),
    )
    st.markdown(f"**{sentence[:1].upper()}{sentence[1:]}**")
    st.plotly_chart(
        outcomes.icon_array_figure(n),
        config={"staticPlot": True},
        alt=content.ui_text("icons_alt", lang, n=n, sentence=sentence),
        key="outcomes_icons",
    )
    st.markdown(content.ui_text("icons_key", lang))
    if o.bound == "at_least":
        st.markdown(content.ui_text("icons_key_open", lang, n=n))
