"""The guide's content for pages: read once per server (with the hospital's file, if the server has
one: liverguide/hospital.py), and the reader's words in their language."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

from liverguide import reading
from liverguide.content import Content, ContentError, Words, content_folder, load_content
from liverguide.hospital import Hospital, for_hospital, hospital_path, load_hospital
from ui import state

# Shown only when the content itself cannot be read, so it cannot come from content/; in both languages.
CONTENT_BROKEN = (
    "Part of this guide could not be shown. Please tell the team that runs this guide. "
    "Nothing you chose has been saved or sent anywhere.\n\n"
    "本指南的部分内容无法显示。请告诉本指南的编写团队。您做的选择没有被保存，也没有被发送到任何地方。"
)


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(root: str) -> Content:
    # cache_resource, not cache_data: Content is immutable, so every session can share one copy
    # instead of unpickling its own on every rerun.
    return load_content(Path(root))


@st.cache_resource(show_spinner=False, max_entries=4)
def _served(root: str, hospital_file: str | None) -> tuple[Content, Hospital | None]:
    """The guide as the hospital offers it (its languages, its sign-off), and the hospital."""
    content = _load(root)
    hospital = load_hospital(hospital_file, content) if hospital_file else None
    return for_hospital(content, hospital), hospital


@st.cache_resource(show_spinner=False, max_entries=4)
def _levels(root: str) -> list[reading.PageLevel]:
    return reading.page_levels(_load(root))


def reading_levels() -> list[reading.PageLevel]:
    """Each page's reading level, worked out once per server (the first grading takes about a second)."""
    get_content()  # a broken content folder shows its message first
    return _levels(str(content_folder()))


def get_content() -> Content:
    """The checked content; on a broken file, a calm message for the reader and the details for editors."""
    return _get()[0]


def hospital() -> Hospital | None:
    """The hospital's checked file, or None when the guide runs without one."""
    return _get()[1]


def _get() -> tuple[Content, Hospital | None]:
    path = hospital_path()
    try:
        return _served(str(content_folder()), str(path) if path else None)
    except ContentError as exc:  # a broken hospital file too (HospitalError)
        print(f"liverguide: content error: {exc}", file=sys.stderr)
        st.error(CONTENT_BROKEN)
        st.stop()
        raise  # st.stop() raises; this line only tells type checkers we never return None


def words() -> Words:
    """The content in the reader's language, as the frame settled it for this run (ui.frame.settle_language)."""
    content = get_content()
    return content.in_language(st.session_state.get(state.LANG) or content.meta.default_language)
