"""/outcomes : the quoted outcomes, only when the reader asks: bars, 100-person pictures, and the numbers in words."""

import streamlit as st

from liverguide import outcomes
from liverguide.content import ENDPOINTS, Words
from liverguide.markup import md
from liverguide.pathway import kind_of
from ui import blocks, chooser, numbers, state
from ui.frame import show_page
from ui.marks import TITLE_MARK, mark

# Static charts (no zoom, no toolbar): people understand still pictures best.
CHART_CONFIG = {"displayModeBar": False}


def show_numbers(shown: bool) -> None:
    # A plain session key, not a widget's: the choice is kept while the reader visits other pages.
    st.session_state[state.OUTCOMES_SHOWN] = shown
    # The button pressed goes away: keyboard focus goes to the page's title, not to <body>
    # (a new mark each time, drawn in this run only, so coming back to the page moves nothing).
    st.session_state[state.OUTCOMES_FOCUS] = st.session_state.get(state.OUTCOMES_FOCUS, 0) + 1
    st.session_state[state.OUTCOMES_FOCUS_NOW] = True


def show(w: Words) -> None:
    st.title(w.ui("outcomes_title"))
    if st.session_state.pop(state.OUTCOMES_FOCUS_NOW, False):
        mark(TITLE_MARK, st.session_state[state.OUTCOMES_FOCUS])
    blocks.section(w, "outcomes_gate")
    # Only numbers about the reader's own kind of cancer, once the chooser knows it.
    kind = kind_of(chooser.answers_so_far())
    shown = outcomes.endpoints_for(w.content, kind)
    # The reader's kind, when some chart is not about it.
    not_all_theirs = kind if kind is not None and shown != ENDPOINTS else None
    if not_all_theirs:
        with st.container(border=True, key="outcomes_your_kind"):
            st.markdown(w.ui("outcomes_not_all_fit", kind=w.ui(f"kind_{not_all_theirs}")))
            blocks.see_also(w, "pathway")

    if not st.session_state.get(state.OUTCOMES_SHOWN, False):
        st.button(w.ui("show_numbers"), key="outcomes_show", type="primary", on_click=show_numbers, args=(True,))
        return

    st.button(w.ui("hide_numbers"), key="outcomes_hide", on_click=show_numbers, args=(False,))
    if shown:
        blocks.section(w, "outcomes_how_to_read", boxed=True)

    for endpoint in shown:
        st.subheader(w.ui(f"chart_{endpoint}"))
        st.markdown(outcomes.chart_whose(w, endpoint, kind))
        if endpoint == "5y_relative_survival":
            # Whose numbers these are, and what "relative survival" means, before the bars: readers
            # whose cancer spread to the liver from elsewhere may otherwise take them as their own.
            st.markdown(md(w, w.content.sections["outcomes_registry_note"].body))
        figure = outcomes.survival_chart(
            outcomes.bars(w, endpoint, kind),
            axis_title=w.ui(f"axis_{endpoint}"),
            font_px=st.session_state[state.LAYOUT].chart_px,
        )
        alt = outcomes.chart_alt(w, endpoint, kind)
        st.plotly_chart(figure, config=CHART_CONFIG, alt=alt, key=f"chart_{endpoint}")
        if endpoint == "5y_survival":
            numbers.clinic_caveat(w)  # under the bars, beside the clinic's hatched bar
            numbers.icon_array(w, kind)
    if not_all_theirs:
        numbers.known_for_kind(w, not_all_theirs)

    # Each chart's text alternative: one short block per group, which fits a phone (a table did
    # not, and a data table makes a fresh browser fetch Streamlit's Arrow code).
    if shown:
        st.subheader(w.ui("in_words_heading"))
    for endpoint in shown:
        st.markdown(f"**{w.ui(f'endpoint_{endpoint}')}**")
        st.markdown(outcomes.outcomes_in_words(w, endpoint, kind))
    blocks.sources(w, (o.source_id for o in outcomes.fitting(w.content, kind)))
    blocks.talk_to_team(w)


show_page(show)
