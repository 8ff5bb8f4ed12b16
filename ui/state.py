"""Every value the guide keeps in a reader's session, by key, in one place.

A session lives only while the tab is open; nothing here is written anywhere else. New patient
(ui/frame.py) deletes every key except KEPT_FOR_NEXT_PATIENT, so a key added here, or a widget key
added anywhere, is forgotten with the patient unless it is listed there on purpose. Buttons have
keys too (named where they are drawn); they hold no answer and go with the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

# The room's settings, set by the frame on every run (ui/frame.py).
LANG = "lang"  # the reader's language; also the language switch's widget key and ?lang=
CONSULT = "consult"  # consultation mode on or off; also the toggle's widget key and ?consult=
LAYOUT = "layout"  # the Layout for this run (liverguide/layout.py), for pages and tests to read
# What New patient keeps: the room's settings, not the person's.
KEPT_FOR_NEXT_PATIENT = frozenset({LANG, CONSULT, LAYOUT})

# New patient: the confirmation is open; then, once, "open the home page".
NEW_PATIENT_ASKED = "new_patient_asked"
NEW_PATIENT_GO_HOME = "new_patient_go_home"

# /questions: the walk-through's place, the jump list drawn from it, and each "clinic's own words" toggle.
QA_POSITION = "qa_position"
QA_JUMP = "qa_jump"
QA_ORIGINAL_PREFIX = "qa_original_"  # + question id
QA_SCROLL_UP = "qa_scroll_up"  # how many times a bottom button moved the reader (each brings the heading up)

# /pathway: the answers by question (the one store every language's radio and button is drawn from),
# and the radios (the full chooser; consultation mode draws one button per answer, which keeps nothing).
PATHWAY_ANSWERS = "pw_answers"
PATHWAY_RADIO_PREFIX = "pw_"  # + field + "_" + language: one radio per language (drawn_from says why)
PATHWAY_CHOICE_PREFIX = "pathway_choice_"  # + field + "_" + answer: a button (not "pw_": a button takes no value)
PATHWAY_FOCUS = "pathway_focus"  # (the question last answered, a count): where keyboard focus goes next

# /outcomes: whether the reader asked to see the numbers, and the group in the 100-person picture.
OUTCOMES_SHOWN = "outcomes_shown"
OUTCOMES_FOCUS = "outcomes_focus"  # a count: each show or hide of the numbers moves focus once (a title mark)
OUTCOMES_FOCUS_NOW = "outcomes_focus_now"  # set by that show or hide, for its own run only
OUTCOMES_GROUP = "outcomes_group"

# /aftercare: the treatment the reader chose, and the day of it they typed (for the calendar file
# only), each kept once for every language's widget (drawn per language, like the chooser's radios).
AFTERCARE_TREATMENT = "aftercare_treatment"
AFTERCARE_DAY = "aftercare_day"

# /decide: each person's ratings ({person: {matter: level}}, the one store every language's control
# is drawn from), whether a family member rates too, the reader's list of questions (a tuple of
# liverguide.decide.Asked, ticked anywhere or typed), the box they type in, and in consultation mode
# the check topic and the answer given to each check question (shown, never scored).
DECIDE_RATINGS = "decide_ratings"
DECIDE_RATING_PREFIX = "decide_rate_"  # + person + "_" + matter + "_" + language
DECIDE_FAMILY = "decide_family"
MY_QUESTIONS = "my_questions"
MY_QUESTION_TICK_PREFIX = "my_question_"  # + kind + "_" + ref + "_" + language: a tick box
MY_QUESTION_TYPED = "my_question_typed"
CHECK_TOPIC = "check_topic"
CHECK_ANSWERS = "check_answers"  # {check id: answer id}
# /decide's last step: the option the reader leans towards (an option id or "not_sure_yet"), and the
# SURE test's answers ({item: "yes" | "no"}), each drawn per language from this one store.
DECIDE_LEANING = "decide_leaning"
DECIDE_SURE = "decide_sure"

# /handout: what the team typed before printing.
HANDOUT_PHONE = "handout_phone"
HANDOUT_NOTES = "handout_notes"

# /glossary: the search box. /questions and /treatments: "both languages side by side".
GLOSSARY_SEARCH = "glossary_search"
BOTH_LANGUAGES = "both_languages"


def original_toggle(question_id: str) -> str:
    return QA_ORIGINAL_PREFIX + question_id


def per_language(name: str, lang: str) -> str:
    """The key of the widget drawn in `lang` for the store or item `name` (see drawn_from)."""
    return f"{name}_{lang}"


def drawn_from(key: str, value: object, keep: Callable[[Any], None]) -> dict[str, Any]:
    """A widget's `key` and `on_change` when its value lives in a store, not in the widget: the
    widget is set from `value` before it is drawn, and `keep` gets its new value when the reader
    changes it. Each such widget has a key per language (per_language) because a choice whose words
    change under it keeps its value on the server but shows nothing chosen in the browser (seen in
    Chromium); a language switch draws a new widget from the same store instead."""
    st.session_state[key] = value
    return kept_by(key, keep)


def kept_by(key: str, keep: Callable[[Any], None]) -> dict[str, Any]:
    """A widget's `key` and an `on_change` that hands its new value to `keep`."""
    return {"key": key, "on_change": lambda: keep(st.session_state[key])}


def pathway_radio(field: str, lang: str) -> str:
    return per_language(PATHWAY_RADIO_PREFIX + field, lang)


def pathway_choice(field: str, option: str) -> str:
    return f"{PATHWAY_CHOICE_PREFIX}{field}_{option}"


def rating(person: str, matter: str, lang: str) -> str:
    return per_language(f"{DECIDE_RATING_PREFIX}{person}_{matter}", lang)


def question_tick(kind: str, ref: str, lang: str) -> str:
    return per_language(f"{MY_QUESTION_TICK_PREFIX}{kind}_{ref}", lang)


def sure_answer(item: str, lang: str) -> str:
    return per_language(f"{DECIDE_SURE}_{item}", lang)
