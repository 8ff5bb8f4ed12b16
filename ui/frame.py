"""What the frame (app.py) keeps for the whole visit: the reader's language, shown in the URL."""

from __future__ import annotations

import json

import streamlit as st

from liverguide.content import Content
from liverguide.i18n import HTML_LANG, LANGUAGE_PARAM, pick_language
from ui.content import LANG_KEY


def settle_language(content: Content) -> str:
    """The reader's language for this run, remembered for the visit and written into the URL.

    A valid ?lang= wins (a shared link, or Back in the browser); else the language chosen earlier in
    this visit (the menu drops query parameters on a page switch); else the browser's language.
    Called before the switch is drawn, because a widget's value cannot be set after that.
    """
    meta = content.meta
    candidates = [st.query_params.get(LANGUAGE_PARAM), st.session_state.get(LANG_KEY), st.context.locale]
    lang = pick_language(candidates, meta.languages, meta.default_language)
    st.session_state[LANG_KEY] = lang
    if st.query_params.get(LANGUAGE_PARAM) != lang:
        st.query_params[LANGUAGE_PARAM] = lang
    return lang


def _switched() -> None:
    st.query_params[LANGUAGE_PARAM] = st.session_state[LANG_KEY]


def language_switch(content: Content, lang: str) -> None:
    """English | 中文 at the top of the main area: on a phone the menu is folded away."""
    st.segmented_control(
        content.ui_text("language_switch", lang),
        options=list(content.meta.languages),
        format_func=lambda code: content.meta.languages[code],
        key=LANG_KEY,
        required=True,
        on_change=_switched,
        label_visibility="collapsed",
    )
    # Streamlit writes <html lang="en"> whatever the content; screen readers need the real one.
    # A constant script per language (HTML_LANG holds only our own codes), never content text.
    script = f"<script>document.documentElement.lang = {json.dumps(HTML_LANG[lang])};</script>"
    st.html(script, unsafe_allow_javascript=True, width="content")


def both_languages(content: Content, lang: str) -> list[str]:
    """A switch for the same text in every language side by side (for families who read different
    ones); the languages to show, the reader's own first."""
    if len(content.meta.languages) < 2:
        return [lang]
    both = st.toggle(content.ui_text("both_languages", lang), key="both_languages", persist_state="session")
    return [lang, *(other for other in content.meta.languages if other != lang)] if both else [lang]


def side_by_side(langs: list[str]) -> list:
    """One column per language; Streamlit stacks them on a phone."""
    return st.columns(len(langs), gap="large") if len(langs) > 1 else [st.container()]
