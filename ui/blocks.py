"""Blocks that pages share: text with glossary words, notes, sources, the care-team box, the
disclaimer, the draft notice, and the two-languages view."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import streamlit as st

from liverguide.content import Evidenced, Words
from liverguide.handout import at_hospital, hospital_line, hospital_phones
from liverguide.hospital import Hospital
from liverguide.markup import md, source_line, word_line
from liverguide.site import BY_ID
from ui import state


def words_used(w: Words, term_ids: list[str]) -> None:
    """A short list of the medical words on this screen, each with how to say it and what it means."""
    if not term_ids:
        return
    # Folded away to keep each step short; the words themselves are bold in the text above.
    with st.expander(w.ui("words_used", n=len(term_ids))):
        st.markdown("\n".join(word_line(w, term_id) for term_id in term_ids))


def note(w: Words, note_id: str) -> None:
    """An evidence or context note in a box: its title, its words and its sources."""
    n = w.content.notes[note_id]
    with st.container(border=True):
        # Flagged notes are where guidelines or trials differ from the clinic; say so in the label.
        label = w.ui("evidence_note" if n.flag else "note_label")
        st.markdown(f"**{w.labelled(label, w(n.title))}**")
        st.markdown(md(w, n.body))
        sources(w, n.sources)
        how_we_know(w, n)
        see_also(w, n.see_also)


def see_also(w: Words, page_id: str | None) -> None:
    """A link to the page that shows more (a page link keeps the session; a Markdown link would not)."""
    if page_id:
        page = BY_ID[page_id]
        st.page_link(page.file, label=w.ui(page.see_key), icon=":material/arrow_forward:")


def sources(w: Words, source_ids: Iterable[str]) -> None:
    ids = list(dict.fromkeys(source_ids))
    if ids:
        st.markdown(w.labelled(f"**{w.ui('sources_heading')}**", source_line(w, ids)))


def how_we_know(w: Words, *items: Evidenced) -> None:
    """What kind of evidence an item (or a list of them) rests on, in plain words, and when we last checked it."""
    st.markdown(w.evidence(*items))  # body text at full contrast (a caption's grey is for small print)


def section(w: Words, section_id: str, *, boxed: bool = False) -> None:
    """A heading and body from pages.yaml."""
    s = w.content.sections[section_id]
    with st.container(border=True) if boxed else st.container():
        st.subheader(w(s.heading))
        st.markdown(md(w, s.body))


def talk_to_team(w: Words) -> None:
    section(w, "talk_to_team", boxed=True)


def disclaimer(w: Words) -> None:
    section(w, "disclaimer", boxed=True)


def draft_notice(w: Words) -> None:
    """Until a care team has checked the content, every page says so, and after, who checked it and
    when; once the day of the next full check has passed without one, every page says that too."""
    meta = w.content.meta
    if meta.status == "draft":
        with st.container(key="draft_notice"):
            st.warning(w.ui("draft_notice"), icon=":material/info:")
    if meta.review is not None:
        who, day = meta.review
        with st.container(key="reviewed_notice"):
            st.markdown(w.ui("reviewed_notice", who=w(who), date=w.day(day)))
    if meta.overdue(date.today()):
        with st.container(key="review_overdue"):
            st.warning(w.ui("review_overdue", date=w.day(meta.next_review)), icon=":material/event_busy:")


def given_by(w: Words, hospital: Hospital | None) -> None:
    """With a hospital's file: which hospital and team give the reader this guide, on every page."""
    if hospital is not None:
        with st.container(key="hospital_line"):
            st.markdown(hospital_line(w, hospital))


def hospital_numbers(w: Words, hospital: Hospital) -> None:
    """The hospital's two numbers side by side (stacked on a phone), each under whose it is, large (on
    paper too: ui/style.py): as tall as the one number they replace, so the sheet stays on two pages."""
    phones = hospital_phones(w, hospital)
    for i, (column, (whose, number)) in enumerate(
        zip(st.columns(len(phones), vertical_alignment="bottom"), phones, strict=True)
    ):
        with column, st.container(key=f"hospital_number_{i}"):
            st.markdown(w.labelled(whose, ""))
            st.markdown(f"**{number}**")


def at_this_hospital(w: Words, hospital: Hospital | None, treatment_id: str) -> None:
    """Beside the guide's text on a treatment: that the hospital does not give it, and its own words on it."""
    said = at_hospital(w, hospital, treatment_id)
    if said:
        with st.container(key=f"hospital_says_{treatment_id}_{w.lang}", border=True):
            for line in said:
                st.markdown(line)


def review_dates(w: Words) -> None:
    meta = w.content.meta
    st.markdown(w.ui("updated_on", date=w.day(meta.updated), next=w.day(meta.next_review)))


def both_languages(w: Words) -> list[Words]:
    """A switch for the same text in every language side by side (for families who read different
    ones); the words to show, the reader's own first."""
    languages = w.content.meta.languages
    if len(languages) < 2:
        return [w]
    both = st.toggle(w.ui("both_languages"), key=state.BOTH_LANGUAGES, persist_state="session")
    others = [w.content.in_language(lang) for lang in languages if lang != w.lang]
    return [w, *others] if both else [w]


def side_by_side(shown: list[Words]) -> list:
    """One column per language; Streamlit stacks them on a phone."""
    return st.columns(len(shown), gap="large") if len(shown) > 1 else [st.container()]
