"""/about : how the guide was written, every source, review dates, privacy and the disclaimer."""

import streamlit as st

from liverguide.content import Words
from ui import blocks
from ui.frame import show_page


def show(w: Words) -> None:
    st.title(w.ui("about_title"))
    blocks.section(w, "about_how_written")

    st.subheader(w.ui("review_heading"))
    blocks.review_dates(w)

    blocks.section(w, "about_privacy")
    blocks.disclaimer(w)

    st.subheader(w.ui("sources_list_heading"))
    lines = []
    for s in w.content.sources.values():
        title = f"[{s.title}]({s.link})" if s.link else f"_{s.title}_ ({s.location})"
        when = w.ui("web_page_read", date=w.day(s.read)) if s.read else w.source_year(s.id)
        lines.append(f"1. {s.authors.rstrip('.')}. {title}. {when}.")
    st.markdown("\n".join(lines))


show_page(show)
