"""/decide : the decision, about liver cancer, what matters to you (and your family), your options side
by side, your own questions, where you stand (the option you lean towards and the SURE test), and, in
consultation mode, a check that the explanation made sense."""

import streamlit as st

from liverguide.answers import HCC
from liverguide.content import Words
from liverguide.markup import md
from liverguide.pathway import choose_route, is_complete, kind_of
from ui import blocks, chooser, decide, my_questions, state
from ui.frame import show_page


def part(w: Words, section_id: str) -> None:
    """One of the page's parts: its heading and what it is for, from pages.yaml."""
    s = w.content.sections[section_id]
    st.header(w(s.heading), anchor=section_id)
    st.markdown(md(w, s.body))


def show(w: Words) -> None:
    st.title(w.ui("decide_title"))
    answers = chooser.answers_so_far()
    result = choose_route(answers, w.content) if is_complete(answers) else None
    decide.the_decision(w, result)  # first: the choice the reader and their team face
    blocks.section(w, "decide_intro", boxed=True)
    # A long page on a phone: the nurse can go straight to a part.
    parts = ["decide_condition", "decide_matters", "decide_options", "decide_questions", "decide_ready"]
    parts += ["decide_checks"] if st.session_state[state.LAYOUT].consult else []
    links = " · ".join(f"[{w(w.content.sections[p].heading)}](#{p})" for p in parts)
    st.markdown(f"{w.ui('jump_to')} {links}")

    part(w, "decide_condition")  # what the decision is about: the kinds, the liver
    # The stages and the course without treatment are the common kind's: only for its readers, and for
    # readers whose kind the chooser does not know yet.
    common = kind_of(chooser.answers_so_far()) in (None, HCC)
    s = w.content.sections["decide_condition_hcc" if common else "decide_condition_other"]
    st.subheader(w(s.heading))
    st.markdown(md(w, s.body))
    if common:
        blocks.see_also(w, "stages")
    part(w, "decide_matters")
    decide.what_matters(w)

    part(w, "decide_options")
    decide.options_side_by_side(w, result)

    part(w, "decide_questions")
    if result is not None:
        st.markdown(f"**{w.ui('decide_route_questions')}**")
        my_questions.tick_route_questions(w, result.summary)
    st.markdown(f"**{w.ui('my_questions_heading')}**")
    my_questions.question_list(w)

    part(w, "decide_ready")
    decide.where_you_are(w, result)

    if st.session_state[state.LAYOUT].consult:
        part(w, "decide_checks")
        decide.check_questions(w)

    blocks.see_also(w, "handout")
    blocks.talk_to_team(w)


show_page(show)
