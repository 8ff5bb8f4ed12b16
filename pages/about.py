"""/about : how the guide was written, every source, review dates, privacy and the disclaimer."""

import streamlit as st

from ui import blocks
from ui.content import get_content, language

content = get_content()
lang = language(content)

st.title(content.ui_text("about_title", lang))
blocks.section(content, "about_how_written", lang)

st.subheader(content.ui_text("review_heading", lang))
blocks.review_dates(content, lang)

blocks.section(content, "about_privacy", lang)
blocks.disclaimer(content, lang)

st.subheader(content.ui_text("sources_list_heading", lang))
lines = []
for s in content.sources.values():
    title = f"[{s.title}]({s.link})" if s.link else f"_{s.title}_ ({s.location})"
    when = (
        content.ui_text("web_page_read", lang, date=blocks.day(content, s.read, lang))
        if s.read
        else content.source_year(s.id, lang)
    )
    lines.append(f"1. {s.authors.rstrip('.')}. {title}. {when}.")
st.markdown("\n".join(lines))
