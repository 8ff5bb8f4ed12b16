"""/outcomes : the quoted outcomes, only when the reader asks: bars, 100-person pictures, and a table."""

import streamlit as st

from liverguide import outcomes
from liverguide.content import ENDPOINTS
from ui import blocks, numbers
from ui.content import get_content, language

content = get_content()
lang = language(content)


def show_numbers(shown: bool) -> None:
    # A plain session key, not a widget's: the choice is kept while the reader visits other pages.
    st.session_state["outcomes_shown"] = shown


st.title(content.ui_text("outcomes_title", lang))
blocks.section(content, "outcomes_gate", lang)

if not st.session_state.get("outcomes_shown", False):
    st.button(
        content.ui_text("show_numbers", lang), key="outcomes_show", type="primary", on_click=show_numbers, args=(True,)
    )
    st.stop()

st.button(content.ui_text("hide_numbers", lang), key="outcomes_hide", on_click=show_numbers, args=(False,))
blocks.section(content, "outcomes_how_to_read", lang, boxed=True)

# Static charts (no zoom, no toolbar): people understand still pictures best.
CHART_CONFIG = {"displayModeBar": False}
for endpoint in ENDPOINTS:
    st.subheader(content.ui_text(f"chart_{endpoint}", lang))
    figure = outcomes.survival_chart(
        outcomes.bars(content, endpoint, lang), axis_title=content.ui_text(f"axis_{endpoint}", lang)
    )
    st.plotly_chart(
        figure, config=CHART_CONFIG, alt=outcomes.chart_alt(content, endpoint, lang), key=f"chart_{endpoint}"
    )
    if endpoint == "5y_survival":
        numbers.icon_array(content, lang)

st.subheader(content.ui_text("table_heading", lang))
for endpoint in ENDPOINTS:
    st.markdown(f"**{content.ui_text(f'endpoint_{endpoint}', lang)}**")
    st.table(outcomes.outcomes_table(content, endpoint, lang), hide_index=True)
blocks.sources(content, dict.fromkeys(o.source_id for o in content.outcomes), lang)
blocks.talk_to_team(content, lang)
