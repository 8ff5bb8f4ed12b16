"""/pathway : a few plain questions lead to the route doctors usually consider, drawn and explained."""

import streamlit as st

from liverguide.pathway import choose_route, is_complete
from ui import blocks, chooser
from ui.content import get_content, language
from ui.frame import LAYOUT_KEY

content = get_content()
lang = language(content)


def start_again_button(where: str) -> None:
    st.button(
        content.ui_text("start_again", lang),
        key=f"pathway_start_again_{where}",
        on_click=chooser.start_again,
        icon=":material/restart_alt:",
    )


st.title(content.ui_text("pathway_title", lang))
st.markdown(content.ui_text("pathway_intro", lang))
if chooser.has_answers():
    # For a nurse between patients: a fresh start without scrolling to the bottom.
    start_again_button("top")

answers = chooser.ask_questions(content, lang, one_step=st.session_state[LAYOUT_KEY].one_step)
if is_complete(answers):
    result = choose_route(answers)
    chooser.show_result(content, result, lang)
    chooser.show_flowchart(content, lang, result.steps, answers)
    blocks.see_also(content, "handout", lang)
    blocks.talk_to_team(content, lang)
else:
    st.markdown(f"_{content.ui_text('pathway_not_yet', lang)}_")

start_again_button("bottom")
