"""What the frame (app.py) keeps for the whole visit: the reader's language and consultation mode,
both shown in the URL, and the New patient button that clears everything else."""

from __future__ import annotations

import json

import streamlit as st

from liverguide.content import Content
from liverguide.i18n import HTML_LANG, LANGUAGE_PARAM, pick_language
from liverguide.layout import Layout, css, layout_for
from ui.content import FRAME_KEY, LANG_KEY

CONSULT_KEY = CONSULT_PARAM = "consult"
LAYOUT_KEY = "layout"  # the Layout for this run, for pages (and tests) to read
# What New patient keeps: the room's settings, not the person's.
KEPT_FOR_NEXT_PATIENT = {LANG_KEY, CONSULT_KEY, LAYOUT_KEY, FRAME_KEY}
ASKED_KEY, GO_HOME_KEY = "new_patient_asked", "new_patient_go_home"


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


def settle_layout() -> Layout:
    """Consultation mode from ?consult=1 (or 0), else as set earlier in the visit; kept in the URL while on."""
    requested = st.query_params.get(CONSULT_PARAM)
    on = requested == "1" if requested in ("0", "1") else bool(st.session_state.get(CONSULT_KEY, False))
    st.session_state[CONSULT_KEY] = on
    _write_consult_param(on)
    layout = st.session_state[LAYOUT_KEY] = layout_for(on)
    return layout


def _write_consult_param(on: bool) -> None:
    if on and st.query_params.get(CONSULT_PARAM) != "1":
        st.query_params[CONSULT_PARAM] = "1"
    elif not on and CONSULT_PARAM in st.query_params:
        del st.query_params[CONSULT_PARAM]


def _language_switched() -> None:
    st.query_params[LANGUAGE_PARAM] = st.session_state[LANG_KEY]


def frame_bar(content: Content, lang: str, layout: Layout) -> None:
    """The room's controls at the top of the main area (on a phone the menu is folded away):
    English | 中文, consultation mode, and in that mode, New patient."""
    with st.container(horizontal=True, vertical_alignment="center", key="frame_bar"):
        st.segmented_control(
            content.ui_text("language_switch", lang),
            options=list(content.meta.languages),
            format_func=lambda code: content.meta.languages[code],
            key=LANG_KEY,
            required=True,
            on_change=_language_switched,
            label_visibility="collapsed",
        )
        st.toggle(
            content.ui_text("consult_toggle", lang),
            key=CONSULT_KEY,
            help=content.ui_text("consult_help", lang),
            on_change=lambda: _write_consult_param(st.session_state[CONSULT_KEY]),
        )
        if layout.consult:
            st.button(
                content.ui_text("new_patient", lang),
                key="new_patient",
                icon=":material/person_add:",
                type="primary",
                on_click=lambda: st.session_state.update({ASKED_KEY: True}),
            )
        # Streamlit writes <html lang="en"> whatever the content; screen readers need the real one.
        # A constant script per language (HTML_LANG holds only our own codes), never content text.
        # With it, the style sheet (built from the layout's numbers only), in one element.
        script = f"<script>document.documentElement.lang = {json.dumps(HTML_LANG[lang])};</script>"
        st.html(script + css(layout), unsafe_allow_javascript=True, width="content")
    if st.session_state.get(ASKED_KEY):
        _confirm_new_patient(content, lang)


def _confirm_new_patient(content: Content, lang: str) -> None:
    @st.dialog(content.ui_text("new_patient_title", lang), on_dismiss=_cancel)
    def confirm() -> None:
        st.markdown(content.ui_text("new_patient_body", lang))
        yes, no = st.columns(2)
        yes.button(
            content.ui_text("new_patient_yes", lang), key="new_patient_yes", type="primary", on_click=clear_patient
        )
        no.button(content.ui_text("new_patient_no", lang), key="new_patient_no", on_click=_cancel)
        if st.session_state.get(GO_HOME_KEY) or not st.session_state.get(ASKED_KEY):
            st.rerun()  # the whole app, not just this dialog: close it, and go home if cleared

    confirm()


def _cancel() -> None:
    st.session_state.pop(ASKED_KEY, None)


def clear_patient() -> None:
    """Forget everything about this patient: answers, place, numbers shown, the sheet, searches.

    Every key but the room's settings goes, so nothing can come back, not by Back either (the URL
    only ever holds the page, the language and the mode).
    """
    for key in list(st.session_state):
        if key not in KEPT_FOR_NEXT_PATIENT:
            del st.session_state[key]
    st.session_state[GO_HOME_KEY] = True


def going_home() -> bool:
    """True once, right after New patient: the frame then opens the home page."""
    return bool(st.session_state.pop(GO_HOME_KEY, False))


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
