"""The frame around every page: page settings, the reader's language and consultation mode (both
shown in the URL), the menu of pages, New patient, and the draft notice. app.py runs it; every page
file ends with `show_page(show)`.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from liverguide.content import Content, Words
from liverguide.i18n import LANGUAGE_PARAM, pick_language
from liverguide.layout import Layout, layout_for
from liverguide.site import BY_ID, HOME, PAGES
from ui import state
from ui.blocks import draft_notice, given_by
from ui.content import get_content, hospital, words
from ui.marks import LANG_SCRIPTS, WATCH_SCRIPT
from ui.style import css

ROOT = Path(__file__).resolve().parent.parent
# True while the frame runs a page (set around page.run(), in the script's own thread).
_FRAMED: contextvars.ContextVar[bool] = contextvars.ContextVar("framed", default=False)
CONSULT_PARAM = "consult"


def run_frame() -> None:
    """The whole frame, then the page the address asks for, inside it."""
    content = get_content()
    w = content.in_language(settle_language(content))
    layout = settle_layout()
    # No page_icon and no st.Page icons: the active one becomes the favicon, and a Material icon
    # favicon is fetched from a Google host (seen in the privacy test).
    st.set_page_config(page_title=w.ui("app_title"), layout="centered")
    pages = [
        st.Page(ROOT / p.file, title=w.ui(p.nav_key), url_path=p.url_path or None, default=p is HOME) for p in PAGES
    ]
    # The frame's Menu is the only menu (Streamlit's own bar beside it made two on a laptop, hid pages
    # under "3 more" in English, and dropped the language and mode from the address on a page change).
    page = st.navigation(pages, position="hidden")
    if going_home():  # New patient was confirmed: start the next one on the home page
        # With the room's settings in the same step, so Back has one step to pass, not three.
        st.switch_page(pages[0], query_params=settings_in_address(w, layout))
    frame_bar(w, layout, page.url_path)
    if page.url_path != BY_ID["handout"].url_path:  # the sheet has the hospital's name in its title
        given_by(w, hospital())  # whose guide it is, then who checked it (or the draft notice)
    draft_notice(w)
    framed = _FRAMED.set(True)
    try:
        page.run()
    finally:
        _FRAMED.reset(framed)
    reading_twin(w, page.url_path)


def reading_twin(w: Words, url_path: str) -> None:
    """Under a page a reader only reads, a link to its plain HTML twin in the reading edition (make
    site; served under read/ by make serve). Relative, so it works under any base path."""
    site_page = next((p for p in PAGES if p.url_path == url_path), None)
    if site_page is not None and site_page.reading:
        with st.container(key="reading_twin"):
            st.markdown(f"[{w.ui('reading_twin')}]({site_page.reading_address(w.lang)})")


def show_page(show: Callable[[Words], None]) -> None:
    """Show a page (its `show` function, given the reader's words) inside the frame.

    Until some session has called st.navigation, Streamlit treats a folder named pages/ as a legacy
    multipage app: a deep link (say /pathway) that reaches a fresh server first runs pages/pathway.py
    on its own, with no frame. The page then runs the frame itself. Its st.navigation call makes the
    app ignore the pages/ folder from then on, for every session (Streamlit's documented behaviour),
    picks this same page from the address, and runs it inside the frame, in this one run. Checked by
    a browser test that opens a deep link as the very first request to a fresh server, and by make load.
    """
    if _FRAMED.get():
        show(words())
    else:
        run_frame()


def settle_language(content: Content) -> str:
    """The reader's language for this run, remembered for the visit.

    A valid ?lang= wins (a shared link, or Back in the browser); else the language chosen earlier in
    this visit (the menu drops query parameters on a page switch); else the browser's language.
    Called before the switch is drawn, because a widget's value cannot be set after that.
    """
    meta = content.meta
    candidates = [st.query_params.get(LANGUAGE_PARAM), st.session_state.get(state.LANG), st.context.locale]
    lang = pick_language(candidates, meta.languages, meta.default_language)
    st.session_state[state.LANG] = lang
    return lang


def settle_layout() -> Layout:
    """Consultation mode from ?consult=1 (or 0), else as set earlier in the visit."""
    requested = st.query_params.get(CONSULT_PARAM)
    on = requested == "1" if requested in ("0", "1") else bool(st.session_state.get(state.CONSULT, False))
    st.session_state[state.CONSULT] = on
    layout = st.session_state[state.LAYOUT] = layout_for(on)
    return layout


def settings_in_address(w: Words, layout: Layout) -> dict[str, str]:
    """The room's settings as a page's address carries them: the language, and consultation mode."""
    return {LANGUAGE_PARAM: w.lang, **({CONSULT_PARAM: "1"} if layout.consult else {})}


def _keep_settings_in_url() -> None:
    """The language and the mode in the address, so a shared link or Back keeps them. One write per
    run at most: each write is one more step back for the browser's Back button."""
    wanted = {LANGUAGE_PARAM: st.session_state[state.LANG]}
    if st.session_state[state.CONSULT]:
        wanted[CONSULT_PARAM] = "1"
    current = st.query_params.to_dict()
    if CONSULT_PARAM in current and CONSULT_PARAM not in wanted:
        st.query_params.from_dict({**{k: v for k, v in current.items() if k != CONSULT_PARAM}, **wanted})
    elif any(current.get(k) != v for k, v in wanted.items()):
        st.query_params.update(wanted)


def _set_consult(on: bool) -> None:
    st.session_state[state.CONSULT] = on
    if on:
        st.query_params[CONSULT_PARAM] = "1"
    elif CONSULT_PARAM in st.query_params:
        del st.query_params[CONSULT_PARAM]


def _language_switched() -> None:
    st.query_params[LANGUAGE_PARAM] = st.session_state[state.LANG]


def frame_bar(w: Words, layout: Layout, url_path: str) -> None:
    """The room's controls at the top of the main area: the menu (the pages, and consultation mode
    with what it does), English | 中文, and in consultation mode, New patient."""
    _keep_settings_in_url()
    languages = w.content.meta.languages
    with st.container(horizontal=True, vertical_alignment="center", key="frame_bar"):
        # A new menu for each page and mode, so it is closed again after a choice in it.
        with st.popover(w.ui("menu"), icon=":material/menu:", key=f"frame_menu_{url_path}_{layout.consult}"):
            for page in PAGES:
                st.page_link(page.file, label=w.ui(page.nav_key), query_params=settings_in_address(w, layout))
            # Explained in words before the button, so nobody turns it on by tapping to find out what it is.
            st.markdown(f"**{w.ui('consult_toggle')}**")
            st.markdown(w.ui("consult_help"))
            st.button(
                w.ui("consult_off" if layout.consult else "consult_on"),
                key="consult_switch",
                on_click=_set_consult,
                args=(not layout.consult,),
            )
        st.segmented_control(
            w.ui("language_switch"),
            options=list(languages),
            format_func=lambda code: languages[code],
            key=state.LANG,
            required=True,
            on_change=_language_switched,
            label_visibility="collapsed",
        )
        if layout.consult:
            st.button(
                w.ui("new_patient"),
                key="new_patient",
                icon=":material/person_add:",
                type="primary",
                on_click=lambda: st.session_state.update({state.NEW_PATIENT_ASKED: True}),
            )
        # The guide's only scripts (page_scripts: the CSP lists their hashes): the page's language
        # and the watch for marks, with the style sheet (built from the layout's numbers only).
        scripts = f"<script>{LANG_SCRIPTS[w.lang]}</script><script>{WATCH_SCRIPT}</script>"
        st.html(scripts + css(layout), unsafe_allow_javascript=True, width="content")
    if st.session_state.get(state.NEW_PATIENT_ASKED):
        _confirm_new_patient(w)


def _confirm_new_patient(w: Words) -> None:
    @st.dialog(w.ui("new_patient_title"), on_dismiss=_cancel)
    def confirm() -> None:
        st.markdown(w.ui("new_patient_body"))
        yes, no = st.columns(2)
        yes.button(w.ui("new_patient_yes"), key="new_patient_yes", type="primary", on_click=clear_patient)
        no.button(w.ui("new_patient_no"), key="new_patient_no", on_click=_cancel)
        if st.session_state.get(state.NEW_PATIENT_GO_HOME) or not st.session_state.get(state.NEW_PATIENT_ASKED):
            st.rerun()  # the whole app, not just this dialog: close it, and go home if cleared

    confirm()


def _cancel() -> None:
    st.session_state.pop(state.NEW_PATIENT_ASKED, None)


def clear_patient() -> None:
    """Forget everything about this patient: answers, place, numbers shown, the sheet, searches.

    Every key but the room's settings goes, so nothing can come back, not by Back either (the URL
    only ever holds the page, the language and the mode).
    """
    for key in list(st.session_state):
        if key not in state.KEPT_FOR_NEXT_PATIENT:
            del st.session_state[key]
    st.session_state[state.NEW_PATIENT_GO_HOME] = True


def going_home() -> bool:
    """True once, right after New patient: the frame then opens the home page."""
    return bool(st.session_state.pop(state.NEW_PATIENT_GO_HOME, False))
