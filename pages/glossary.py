"""/glossary : every medical word the guide uses, in plain language, found by typing part of it."""

import streamlit as st

from ui import blocks
from ui.content import get_content, language

content = get_content()
lang = language(content)


def entry(term_id: str) -> None:
    term = content.glossary[term_id]
    st.subheader(content.text(term.term, lang), anchor=term_id)
    st.markdown(f"{content.ui_text('say_it', lang)} _{content.text(term.say, lang)}_")
    st.markdown(content.text(term.definition, lang))
    blocks.sources(content, term.sources, lang)


st.title(content.ui_text("glossary_title", lang))
blocks.section(content, "glossary_intro", lang)

# ?term=tace (from a word elsewhere in the guide) shows that entry first; anything else is ignored.
asked = st.query_params.get("term")
if asked in content.glossary:
    with st.container(border=True):
        st.markdown(f"**{content.ui_text('glossary_asked', lang)}**")
        entry(asked)

search = st.text_input(
    content.ui_text("glossary_search", lang),
    key="glossary_search",
    placeholder=content.ui_text("glossary_placeholder", lang),
    type="search",
    live=True,
)
needle = (search or "").strip().casefold()
by_name = sorted(content.glossary, key=lambda term_id: content.text(content.glossary[term_id].term, lang).casefold())
found = [t for t in by_name if needle in content.text(content.glossary[t].term, lang).casefold()]
if not found:
    st.markdown(content.ui_text("glossary_none", lang))
for term_id in found:
    entry(term_id)
