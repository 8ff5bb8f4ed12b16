"""/pathway : a few plain questions lead to the stage in two systems and what each guide and the clinic
list first, drawn and explained."""

import streamlit as st

from liverguide.content import Words
from liverguide.pathway import choose_route, is_complete
from ui import blocks, chooser, state
from ui.frame import show_page


def start_again_button(w: Words, where: str) -> None:
    st.button(
        w.ui("start_again"),
        key=f"pathway_start_again_{where}",
        on_click=chooser.start_again,
        icon=":material/restart_alt:",
    )


def introduction(w: Words) -> None:
    st.markdown(w.ui("pathway_intro"))
    if not chooser.has_answers():
        # Said before anyone answers, so a reload that clears the answers surprises nobody.
        st.markdown(w.ui("answers_not_kept"))


def show(w: Words) -> None:
    st.title(w.ui("pathway_title"))
    one_step = st.session_state[state.LAYOUT].one_step
    # In consultation mode the question comes first, so its answers are on the first screen of a
    # laptop (1280 x 900) at the larger text; what the tool does follows it.
    if not one_step:
        introduction(w)
    if chooser.has_answers():
        # For a nurse between patients: a fresh start without scrolling to the bottom.
        start_again_button(w, "top")

    answers = chooser.ask_questions(w, one_step=one_step)
    if one_step:
        introduction(w)
    if is_complete(answers):
        result = choose_route(answers, w.content)
        chooser.show_result(w, result, answers)
        chooser.show_flowchart(w, result, answers)
        blocks.see_also(w, "decide")
        blocks.see_also(w, "handout")
        blocks.talk_to_team(w)
    else:
        st.markdown(w.ui("pathway_not_yet"))

    start_again_button(w, "bottom")


show_page(show)
