"""/glossary : every medical word the guide uses, in plain language, found by typing part of it."""

import streamlit as st

from liverguide.i18n import SORTED_BY_SOUND, sort_key
from ui import blocks
from ui.content import get_content, language

content = get_content()
lang = language(content)


def entry(term_id: str) -> None:
    term = content.glossary[term_id]
    st.subheader(content.text(term.term, lang), anchor=term_id)
    # The term in the other language too (with its abbreviation), so families reading different
    # languages, and patients whose doctors use English terms, can match the words up.
    for other in content.meta.languages:
        if other != lang:
            name = content.ui_text(f"lang_name_{other}", lang)
            st.markdown(content.labelled(name, f"**{content.text(term.term, other)}**", lang))
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
# Sorted by how a word sounds (for Chinese, its pinyin), so the list reads like a dictionary; found by
# part of the word in any language.
by_sound = sorted(
    content.glossary,
    key=lambda t: sort_key(
        content.text(getattr(content.glossary[t], "say" if lang in SORTED_BY_SOUND else "term"), lang)
    ),
)
found = [t for t in by_sound if any(needle in words.casefold() for words in content.glossary[t].term.values())]
if not found:
    st.markdown(content.ui_text("glossary_none", lang))
for term_id in found:
    entry(term_id)
