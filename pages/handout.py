"""/handout : a take-home sheet built from the reader's answers, to print or to download as one file."""

from datetime import date

import streamlit as st

from liverguide.content import Words
from liverguide.decide import asked_words
from liverguide.handout import Part, build_handout, paper_sources, sheet_title
from liverguide.handout_file import handout_html
from liverguide.markup import marked
from ui import blocks, chooser, decide, my_questions, state, style
from ui.content import hospital
from ui.frame import show_page


def show(w: Words) -> None:
    at = hospital()
    st.title(sheet_title(w, at))
    st.html(style.HANDOUT_PRINT, width="content")
    # Typed by the team before printing; kept only in this session (New patient clears them). With a
    # hospital's file, its numbers are printed: no number to type.
    with st.container(key="screen_only_handout"):
        st.markdown(w.ui("handout_fill_in"))
        phone = "" if at else st.text_input(w.ui("handout_phone"), key=state.HANDOUT_PHONE, persist_state="session")
        notes = st.text_area(w.ui("handout_notes"), key=state.HANDOUT_NOTES, persist_state="session")

    sheet = build_handout(
        w,
        chooser.answers_so_far(),
        today=date.today(),
        phone=phone,
        notes=notes,
        ratings=decide.ratings(),
        questions=tuple(asked_words(w, asked) for asked in my_questions.my_questions()),
        deliberation=decide.deliberation(),
        hospital=at,
    )
    st.markdown(sheet.made)
    # First on the sheet: the signs to call about and the number to call, in one box that print
    # keeps on one page (ui/style.py: .st-key-call_now), so both are on page 1.
    with st.container(key="call_now", border=True):
        show_part(w, sheet.call_now)
        if at is not None:  # each number says whose it is (one line less: the sheet is nearly full)
            blocks.hospital_numbers(w, at)
        else:
            st.markdown(f"**{w.ui('handout_phone')}**")
            with st.container(key="call_now_number"):  # large on paper
                # A line to write on when nothing was typed: the sheet is often filled in by hand.
                st.markdown(f"**{sheet.phone}**" if sheet.phone else "\\_" * 24)
    if not sheet.personal:
        blocks.see_also(w, "pathway")
    for i, part in enumerate(sheet.parts):
        # Print keeps a part whole (ui/style.py), with its heading. The route's evidence notes are a
        # box of their own that may run on to page 2, note by note, in smaller print (ui/style.py HANDOUT_PRINT).
        with st.container(key="handout_evidence" if part.boxed else f"handout_part_{i}", border=part.boxed):
            show_part(w, part)
    st.subheader(w.ui("handout_notes"))
    if sheet.notes:
        st.markdown(sheet.notes.replace("\n", "  \n"))
    else:
        with st.container(key="write_line"):  # one line to write on, cut at the edge (ui/style.py)
            st.markdown("\\_" * 40)
    with st.container(key="handout_sources"):  # short citations, small on paper
        st.markdown(paper_sources(w, sheet.sources))
        st.markdown(sheet.about)

    with st.container(key="screen_only_handout_actions"):
        st.markdown(w.ui("handout_print"))
        st.download_button(
            w.ui("handout_download"),
            data=handout_html(w, sheet),
            file_name=f"liver-guide-sheet-{w.lang}.html",
            mime="text/html",
            icon=":material/download:",
            on_click="ignore",
            key="handout_download",
        )


def show_part(w: Words, part: Part) -> None:
    st.subheader(part.heading)
    for paragraph in part.paragraphs:
        st.markdown(marked(w, paragraph))
    if part.items:
        st.markdown("\n".join(f"- {marked(w, item)}" for item in part.items))


show_page(show)
