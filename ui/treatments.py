"""The treatments page's pieces: one treatment's section, the comparison, and the artery drawing."""

from __future__ import annotations

import streamlit as st

from liverguide.content import COMPARE_KEYS, Content, Treatment
from liverguide.drawings import artery_svg
from ui import blocks

TREATMENT_PARAM = "show"


def section(content: Content, t: Treatment, lang: str, *, asked: bool = False, anchor: bool = True) -> None:
    with st.container(border=asked):
        # The short name as the heading (a long one breaks mid-word on a phone), the full name under it.
        st.header(content.text(t.short, lang), anchor=t.id if anchor else False)
        st.markdown(f"**{blocks.md(content, t.name, lang)}**")
        if asked:
            st.markdown(f"**{content.ui_text('you_asked', lang)}**")
        for field in ("what", "who", "day", "stay"):
            words = blocks.md(content, getattr(t, field), lang)
            st.markdown(content.labelled(f"**{content.ui_text(f't_{field}', lang)}**", words, lang))
        st.markdown(content.labelled(f"**{content.ui_text('t_side_effects', lang)}**", "", lang))
        st.markdown("\n".join(f"- {blocks.md(content, effect, lang)}" for effect in t.side_effects))
        words = blocks.md(content, t.recovery, lang)
        st.markdown(content.labelled(f"**{content.ui_text('t_recovery', lang)}**", words, lang))
        blocks.sources(content, t.sources, lang)


def comparison(content: Content, lang: str) -> None:
    """One small two-column table per question, so it reads on a phone without sideways scrolling.

    Markdown tables, not st.table: a data table makes a fresh browser fetch Streamlit's Arrow code
    first (about 0.2 s more before the page is ready, measured by make bench).
    """
    st.header(content.ui_text("compare_heading", lang), anchor="compare")
    name_column = content.ui_text("col_treatment_name", lang)
    for key in COMPARE_KEYS:
        heading = content.ui_text(f"compare_{key}", lang)
        rows = [(content.text(t.name, lang), content.text(t.compare[key], lang)) for t in content.treatments.values()]
        lines = [f"| {name_column} | {heading} |", "|---|---|"]
        lines += [f"| {_cell(name)} | {_cell(cell)} |" for name, cell in rows]
        st.markdown(f"**{heading}**\n\n" + "\n".join(lines))


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def drawing(content: Content, lang: str) -> None:
    labels = {key: content.ui_text(f"drawing_{key}", lang) for key in ("liver", "tumour", "artery", "vein", "tube")}
    s = content.sections["treatments_drawing"]
    st.subheader(content.text(s.heading, lang))
    st.image(artery_svg(labels), alt=content.ui_text("drawing_alt", lang))
    st.markdown(blocks.md(content, s.body, lang))
    blocks.sources(content, s.sources, lang)


def links(content: Content, treatment_ids: tuple[str, ...], lang: str) -> None:
    """Links from elsewhere (the pathway result) to a treatment's section."""
    for treatment_id in treatment_ids:
        name = content.text(content.treatments[treatment_id].short, lang)
        st.page_link(
            "pages/treatments.py",
            label=content.ui_text("read_about", lang, name=name),
            icon=":material/arrow_forward:",
            query_params={TREATMENT_PARAM: treatment_id},
        )
