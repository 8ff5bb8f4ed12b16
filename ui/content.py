"""The guide's content for pages: loaded once per server, plus the reader's language."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from liverguide.content import Content, ContentError, load_content

LANG_KEY = "lang"  # session key of the reader's language, set by the frame
CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

# Shown only when the content itself cannot be read, so it cannot come from content/; in both languages.
CONTENT_BROKEN = (
    "Part of this guide could not be shown. Please tell the team that runs this guide. "
    "Nothing you chose has been saved or sent anywhere.\n\n"
    "本指南的部分内容无法显示。请告诉本指南的编写团队。您做的选择没有被保存，也没有被发送到任何地方。"
)


@st.cache_resource(show_spinner=False)
def _load(root: str) -> Content:
    # cache_resource, not cache_data: Content is immutable, so every session can share one copy
    # instead of unpickling its own on every rerun.
    return load_content(Path(root))


FRAME_KEY = "frame_ran"  # set by the frame in every run, taken by the page


def frame_ran() -> None:
    """Called by app.py just before it runs the page."""
    st.session_state[FRAME_KEY] = True


def _require_frame() -> None:
    """Make sure app.py (the frame) runs around every page.

    Until some session has called st.navigation, Streamlit 1.67 treats a folder named pages/ as
    a legacy multipage app: a deep link (say /pathway) that reaches a fresh server before that runs
    pages/pathway.py on its own, without the frame, its menu or the draft notice. Leave that mode
    and run again, the way st.navigation itself does. The frame marks each run, so a page also
    notices when another session already left the mode (20 readers at once, make load); it tries
    a few times, then says the page could not be shown rather than loop. Checked by a browser test
    that opens a deep link as the very first request to a fresh server, and by make load.
    """
    if st.session_state.pop(FRAME_KEY, False):
        st.session_state.pop("frame_retries", None)
        return
    retries = st.session_state["frame_retries"] = st.session_state.get("frame_retries", 0) + 1
    if retries > 3:
        st.error(CONTENT_BROKEN)
        st.stop()
    PagesManager.uses_pages_directory = False
    st.rerun()


def get_content(*, is_frame: bool = False) -> Content:
    """The checked content; on a broken file, a calm message for the reader and the details for editors.

    Every page starts here, so this is also where the frame is made sure of (app.py itself passes
    is_frame=True: its own st.navigation call leaves the legacy mode before any page runs).
    """
    if not is_frame:
        _require_frame()
    try:
        return _load(str(CONTENT_DIR))
    except ContentError as exc:
        print(f"liverguide: content error: {exc}", file=sys.stderr)
        st.error(CONTENT_BROKEN)
        st.stop()
        raise  # st.stop() raises; this line only tells type checkers we never return None


def language(content: Content) -> str:
    """The reader's language, as the frame settled it for this run (ui.frame.settle_language)."""
    return st.session_state.get(LANG_KEY) or content.meta.default_language
