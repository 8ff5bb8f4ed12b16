"""/questions : the Q&A walk-through, one question per step, with notes where the evidence differs."""

import streamlit as st

from ui import blocks, walkthrough
from ui.content import get_content, language
from ui.frame import both_languages, side_by_side

content = get_content()
lang = language(content)
questions = content.questions
total = len(questions)

# The position lives in a plain session key (not only the widget's), so it survives reruns and
# trips to other pages; the jump box is set from it before it is drawn.
position = st.session_state.get("qa_position", 0)
if not isinstance(position, int) or not 0 <= position < total:
    position = 0
st.session_state["qa_position"] = position
st.session_state["qa_jump"] = position


def go_to(step: int) -> None:
    st.session_state["qa_position"] = step


def jumped() -> None:
    st.session_state["qa_position"] = st.session_state["qa_jump"]


def restart() -> None:
    """Back to the start with every toggle closed, ready for the next reader.

    Toggles are set to False rather than deleted: a deleted key leaves the browser showing the old state.
    """
    st.session_state["qa_position"] = 0
    for key in [k for k in st.session_state if str(k).startswith("qa_original_")]:
        st.session_state[key] = False


def step_buttons(where: str) -> None:
    back, forward = st.columns(2, wrap=False)
    back.button(
        content.ui_text("previous", lang),
        key=f"qa_previous_{where}",
        on_click=go_to,
        args=(position - 1,),
        disabled=position == 0,
        icon=":material/arrow_back:",
        width="stretch",
    )
    if position < total - 1:
        forward.button(
            content.ui_text("next", lang),
            key=f"qa_next_{where}",
            on_click=go_to,
            args=(position + 1,),
            icon=":material/arrow_forward:",
            width="stretch",
            type="primary",
        )
    else:
        forward.button(
            content.ui_text("restart", lang),
            key=f"qa_restart_{where}",
            on_click=restart,
            icon=":material/restart_alt:",
            width="stretch",
        )


q = questions[position]
st.title(content.ui_text("questions_title", lang))
st.progress((position + 1) / total, text=content.ui_text("progress", lang, n=position + 1, total=total))
st.selectbox(
    content.ui_text("jump_label", lang),
    options=range(total),
    format_func=lambda i: f"{i + 1}. {content.text(questions[i].label, lang)}",
    key="qa_jump",
    on_change=jumped,
)
step_buttons("top")

langs = both_languages(content, lang)
for column, shown in zip(side_by_side(langs), langs, strict=True):
    with column:
        walkthrough.step(content, q, shown)

if q.original and st.toggle(content.ui_text("original_toggle", lang), key=f"qa_original_{q.id}"):
    walkthrough.clinic_words(content, q, lang, langs)

texts = [q.answer, *q.key_points, q.meaning, *(content.notes[n].body for n in q.notes)]
blocks.words_used(content, blocks.terms_in(content, texts, lang), lang)
blocks.sources(content, q.sources, lang)
blocks.talk_to_team(content, lang)
step_buttons("bottom")
