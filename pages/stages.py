"""/stages : the stage table, to look up without answering anything: the European (BCLC) and the
Chinese (CNLC) stages side by side, level by level, what each means and what each guide lists first,
with the reader's own stage marked when their chooser answers settle it."""

import streamlit as st

from liverguide.answers import HCC, group_of
from liverguide.content import Words
from liverguide.markup import md
from liverguide.pathway import is_complete, stage
from liverguide.site import BY_ID
from liverguide.staging import LEVEL, LEVELS, Staging
from liverguide.views import SYSTEMS, stage_named
from ui import blocks, chooser
from ui.frame import show_page
from ui.treatments import TREATMENT_PARAM


def readers_stage() -> Staging | None:
    """The stage the reader's chooser answers give, if they are about HCC and complete."""
    answers = chooser.answers_so_far()
    if group_of(answers) == HCC and is_complete(answers):
        return stage(answers)
    return None


def stage_box(w: Words, system: str, row_id: str, yours: bool) -> None:
    row = w.content.staging[row_id]
    with st.container(border=True, key=f"stage_{row_id}"):
        if yours:  # marked in words and by the heading's arrow, not by colour alone
            st.markdown(f"**➜ {w.ui('stage_mark')}**")
        st.markdown(f"**{w.labelled(w.ui(f'view_{system}'), stage_named(w, row))}**")
        st.markdown(md(w, row.means))
        st.markdown(w.ui("listed_first"))
        for n, treatment_id in enumerate(row.first, 1):
            st.page_link(
                BY_ID["treatments"].file,
                label=w.ui("numbered", n=n, text=w(w.content.treatments[treatment_id].short)),
                query_params={TREATMENT_PARAM: treatment_id},
            )
        if row.note:
            st.markdown(md(w, row.note))
        blocks.sources(w, row.sources)
        blocks.how_we_know(w, row)


def show(w: Words) -> None:
    st.title(w.ui("stages_title"))
    blocks.section(w, "stages_intro")
    yours = readers_stage()
    with st.container(border=True):
        blocks.section(w, "stages_bclc")
    with st.container(border=True):
        blocks.section(w, "stages_cnlc")
        st.markdown(w.ui("grade_c_star"))
    rows = [(row.system, row.stage, row_id) for row_id, row in w.content.staging.items()]
    for level in LEVELS:
        st.header(w.ui(f"stage_level_{level}"), anchor=f"stages_{level}")
        columns = st.columns(len(SYSTEMS), gap="medium")
        for column, system in zip(columns, SYSTEMS, strict=True):
            with column:
                for sys, name, row_id in rows:
                    if sys == system and LEVEL[sys, name] == level:
                        stage_box(w, system, row_id, yours is not None and getattr(yours, system) == name)
    blocks.see_also(w, "pathway")
    blocks.talk_to_team(w)


show_page(show)
