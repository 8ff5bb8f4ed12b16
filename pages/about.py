"""/about : how the guide was written, who made it, who pays and our ties, how the evidence was chosen,
how it is kept up to date, what changed and when, how easy each page is to read, every source, review
dates, privacy and the disclaimer."""

import streamlit as st

from liverguide.content import Words
from liverguide.markup import md
from ui import blocks
from ui.content import reading_levels
from ui.frame import show_page


def changes(w: Words) -> None:
    """The dated list of changes a reader would notice, newest first (as NCI's PDQ pages keep one)."""
    st.subheader(w.ui("changes_heading"))
    st.markdown("\n".join(f"- **{w.day(c.day)}**: {md(w, c.text)}" for c in w.content.changes))


def reading_table(w: Words) -> None:
    """Each page's reading level, from the same code the content tests use (liverguide/reading.py)."""
    blocks.section(w, "about_reading_levels")
    header = f"| {w.ui('reading_col_page')} | {w.ui('reading_col_en')} | {w.ui('reading_col_zh')} |\n|---|---|---|"
    rows = [
        f"| {w.ui(f'nav_{r.page}')} | {w.ui('reading_grade', grade=r.grade, hardest=r.hardest)} "
        f"| {w.ui('reading_characters', n=r.characters)} |"
        for r in reading_levels()
    ]
    st.markdown("\n".join([header, *rows]))


def show(w: Words) -> None:
    st.title(w.ui("about_title"))
    blocks.section(w, "about_how_written")
    for section_id in ("about_who_made", "about_funding", "about_methods", "about_update_policy", "about_editorial"):
        blocks.section(w, section_id)

    st.subheader(w.ui("review_heading"))
    blocks.review_dates(w)
    changes(w)
    blocks.section(w, "about_evidence")
    reading_table(w)

    blocks.section(w, "about_privacy")
    blocks.disclaimer(w)

    st.subheader(w.ui("sources_list_heading"))
    lines = []
    for s in w.content.sources.values():
        title = f"[{s.title}]({s.link})" if s.link else f"{s.title} ({s.location})"
        when = w.ui("web_page_read", date=w.day(s.read)) if s.read else w.source_year(s.id)
        lines.append(f"1. {s.by.rstrip('.')}. {title}. {when}.")
    st.markdown("\n".join(lines))


show_page(show)
