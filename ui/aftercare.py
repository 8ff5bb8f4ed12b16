"""The after-care page's pieces: which treatment (chosen, or linked with ?show=), its call-now box,
what is often normal day by day, the usual check-ups, and the calendar file."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from liverguide.aftercare import (
    Aftercare,
    aftercare_choice_for,
    aftercare_choices,
    calendar,
    treatments_with_aftercare,
    weeks_in_words,
)
from liverguide.content import Words
from liverguide.markup import md
from ui import blocks, state
from ui.content import hospital
from ui.treatments import TREATMENT_PARAM


def linked(w: Words) -> None:
    """A link such as /aftercare?show=tace (from /treatments or a chooser result) chooses that
    treatment once; the address then drops it, so the reader's own choice is not undone by a rerun.
    Anything else in ?show= is ignored."""
    asked = st.query_params.get(TREATMENT_PARAM)
    if asked is None:
        return
    if asked in treatments_with_aftercare(w.content):
        st.session_state[state.AFTERCARE_TREATMENT] = aftercare_choice_for(w.content, asked)
    del st.query_params[TREATMENT_PARAM]


def choose_treatment(w: Words) -> str | None:
    """The treatment the reader had, as one button each (a tap chooses; nothing is kept but the choice)."""
    options = aftercare_choices(w.content)
    chosen = st.session_state.get(state.AFTERCARE_TREATMENT)
    return st.pills(
        w.ui("aftercare_choose"),
        options,
        format_func=lambda t: w(w.content.treatments[t].short),
        **state.drawn_from(
            state.per_language(state.AFTERCARE_TREATMENT, w.lang),
            chosen if chosen in options else None,
            lambda t: st.session_state.update({state.AFTERCARE_TREATMENT: t}),
        ),
    )


def call_now_box(w: Words, care: Aftercare) -> None:
    """First under the choice: on a phone it is on the first screen, and on paper it is one block
    that never splits across pages (ui/style.py: .st-key-aftercare_call_now)."""
    with st.container(key="aftercare_call_now", border=True):
        st.markdown(f"**{w.ui('after_treatment', treatment=w.treatment_name(care.treatment, in_sentence=True))}**")
        st.subheader(w.ui("warning_heading"))
        # Plain boxes to tick by hand on paper (the signs you have, to tell the team when you call);
        # they are not widgets, so nothing is recorded.
        st.markdown("  \n".join(f"☐ {md(w, a.text)}" for a in care.call_now))
        if (at := hospital()) is not None:  # the numbers to call, under the signs, in the same box
            st.markdown(f"**{w.ui('handout_phone')}**")
            blocks.hospital_numbers(w, at)
        blocks.sources(w, (s for a in care.call_now for s in a.sources))
        blocks.how_we_know(w, *care.call_now)


def often_normal(w: Words, care: Aftercare) -> None:
    """Something to read, not to tick: a short list for each phase."""
    if not care.normal:
        return
    st.subheader(w.ui("normal_heading"))
    for phase, items in care.normal:
        st.markdown(f"**{w.ui(f'phase_{phase}')}**")
        st.markdown("\n".join(f"- {md(w, a.text)}" for a in items))
    normal = [a for _, items in care.normal for a in items]
    blocks.sources(w, (s for a in normal for s in a.sources))
    blocks.how_we_know(w, *normal)


def checkups(w: Words, care: Aftercare) -> None:
    if not care.checkups:
        return
    st.subheader(w.ui("checkups_heading"))
    st.markdown("\n".join(f"- {w.labelled(f'**{weeks_in_words(w, a)}**', md(w, a.text))}" for a in care.checkups))
    blocks.sources(w, (s for a in care.checkups for s in a.sources))
    blocks.how_we_know(w, *care.checkups)


def calendar_file(w: Words, care: Aftercare) -> None:
    """The reader may type the day of the treatment (kept only in the session) and download the
    check-ups as reminders. On screen only: paper has the list above."""
    if not care.checkups:
        return
    with st.container(key="screen_only_aftercare_calendar"):
        st.subheader(w.ui("calendar_heading"))
        st.markdown(w.ui("calendar_intro"))
        today = date.today()
        treated = st.date_input(
            w.ui("calendar_date"),
            min_value=today - timedelta(days=366),
            max_value=today + timedelta(days=366),
            format="YYYY-MM-DD",
            **state.drawn_from(
                state.per_language(state.AFTERCARE_DAY, w.lang),
                st.session_state.get(state.AFTERCARE_DAY),
                lambda day: st.session_state.update({state.AFTERCARE_DAY: day}),
            ),
        )
        if treated is None:
            st.markdown(w.ui("calendar_no_date"))
            return
        st.download_button(
            w.ui("calendar_download"),
            data=calendar(w, care.treatment, treated).encode("utf-8"),
            file_name=f"after-{care.treatment}-{treated:%Y-%m-%d}-{w.lang}.ics",
            mime="text/calendar",
            icon=":material/event:",
            on_click="ignore",
            key="aftercare_calendar_download",
        )
