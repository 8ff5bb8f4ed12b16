"""/pathway : a few plain questions lead to the route doctors usually consider, drawn and explained."""

import streamlit as st

from liverguide.pathway import choose_route, is_complete
from ui import blocks, chooser
from ui.content import get_content, language

content = get_content()
lang = language(content)

st.title(content.ui_text("pathway_title", lang))
st.markdown(content.ui_text("pathway_intro", lang))

answers = chooser.ask_questions(content, lang)
if is_complete(answers):
    result = choose_route(answers)
    chooser.show_result(content, result, lang)
    chooser.show_flowchart(content, lang, result.steps)
    blocks.talk_to_team(content, lang)
else:
    st.markdown(f"_{content.ui_text('pathway_not_yet', lang)}_")

st.button(
    content.ui_text("start_again", lang),
    key="pathway_start_again",
    on_click=chooser.start_again,
    icon=":material/restart_alt:",
)
