"""The guide's content for pages: loaded once per server, plus the reader's language."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

from liverguide.content import Content, ContentError, load_content
from liverguide.i18n import LANGUAGE_PARAM, pick_language

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

# Shown only when the content itself cannot be read, so it cannot come from content/.
CONTENT_BROKEN = (
    "Part of this guide could not be shown. Please tell the clinic team. "
    "Nothing you chose has been saved or sent anywhere."
)


@st.cache_resource(show_spinner=False)
def _load(root: str) -> Content:
    # cache_resource, not cache_data: Content is immutable, so every session can share one copy
    # instead of unpickling its own on every rerun.
    return load_content(Path(root))


def get_content() -> Content:
    """The checked content; on a broken file, a calm message for the reader and the details for editors."""
    try:
        return _load(str(CONTENT_DIR))
    except ContentError as exc:
        print(f"liverguide: content error: {exc}", file=sys.stderr)
        st.error(CONTENT_BROKEN)
        st.stop()
        raise  # st.stop() raises; this line only tells type checkers we never return None


def language(content: Content) -> str:
    """The reader's language: ?lang= when the guide has it, else the default."""
    return pick_language(st.query_params.get(LANGUAGE_PARAM), content.meta.languages, content.meta.default_language)
