"""/glossary : every medical word the guide uses, in plain language, found by typing part of it."""

import streamlit as st

from liverguide.content import Words
from liverguide.i18n import SORTED_BY_SOUND, sort_key
from ui import blocks, state
from ui.frame import show_page


def entry(w: Words, term_id: str) -> None:
    term = w.content.glossary[term_id]
    st.subheader(w(term.term), anchor=term_id)
    # The term in the other language too (with its abbreviation), so families reading different
    # languages, and patients whose doctors use English terms, can match the words up.
    for other in w.content.meta.languages:
        if other != w.lang:
            st.markdown(w.labelled(w.ui(f"lang_name_{other}"), f"**{term.term[other]}**"))
    st.markdown(f"{w.ui('say_it')} _{w(term.say)}_")
    st.markdown(w(term.definition))
    blocks.sources(w, term.sources)


def show(w: Words) -> None:
    glossary = w.content.glossary
    st.title(w.ui("glossary_title"))
    blocks.section(w, "glossary_intro")

    # ?term=tace (from a word elsewhere in the guide) shows that entry first; anything else is ignored.
    asked = st.query_params.get("term")
    if asked is not None and asked in glossary:
        with st.container(border=True):
            st.markdown(f"**{w.ui('glossary_asked')}**")
            entry(w, asked)

    search = st.text_input(
        w.ui("glossary_search"),
        key=state.GLOSSARY_SEARCH,
        placeholder=w.ui("glossary_placeholder"),
        type="search",
        live=True,
    )
    needle = (search or "").strip().casefold()
    # Sorted by how a word sounds (for Chinese, its pinyin), so the list reads like a dictionary;
    # found by part of the word in any language.
    sound = "say" if w.lang in SORTED_BY_SOUND else "term"
    by_sound = sorted(glossary, key=lambda t: sort_key(w(getattr(glossary[t], sound))))
    found = [t for t in by_sound if any(needle in words.casefold() for words in glossary[t].term.values())]
    if not found:
        st.markdown(w.ui("glossary_none"))
    for term_id in found:
        entry(w, term_id)


show_page(show)
