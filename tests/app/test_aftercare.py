"""AppTest: the after-care page asks which treatment (or opens on the one a link names), then shows
that treatment's call-now signs as boxes to tick by hand, what is often normal day by day, with no
boxes, and the usual check-ups; the calendar file needs the treatment day, kept in the session only;
the print instruction and the calendar are for the screen only; New patient clears the choice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from liverguide.aftercare import aftercare_choices, aftercare_for
from liverguide.content import AFTERCARE_PHASES
from liverguide.markup import md
from tests.app.helpers import go, open_app, shown_text
from tests.content.test_aftercare_content import AFTERCARE_TREATMENTS
from ui import state


def keyed_blocks(at: AppTest) -> list[tuple[str, Block]]:
    """The page's containers that have a key, in the order shown (a block's id ends with its key)."""
    found = []

    def walk(node) -> None:
        for child in getattr(node, "children", {}).values():
            if isinstance(child, Block):
                block_id = getattr(child.proto, "id", "")
                if block_id:
                    found.append((block_id.rsplit("-", 1)[-1], child))
                walk(child)

    walk(at.main)
    return found


def said_in(block: Block) -> str:
    return " ".join([*(m.value for m in block.markdown), *(h.value for h in block.subheader)])


def choose(at: AppTest, treatment: str, lang: str = "en") -> AppTest:
    at.button_group(key=state.per_language(state.AFTERCARE_TREATMENT, lang)).set_value(treatment).run()
    assert not at.exception
    return at


def test_with_no_treatment_chosen_the_page_asks_which_and_shows_no_list(content):
    at = open_app("aftercare")
    en = content.in_language("en")
    choice = at.button_group(key=state.per_language(state.AFTERCARE_TREATMENT, "en"))
    assert choice.label == en.ui("aftercare_choose") and choice.value is None
    en_names = [en(content.treatments[t].short) for t in aftercare_choices(content)]
    assert list(choice.options) == en_names
    text = shown_text(at)
    assert en.ui("aftercare_choose_hint") in text and "☐" not in text


@pytest.mark.parametrize("treatment", AFTERCARE_TREATMENTS)
def test_a_treatment_s_call_now_signs_come_first_as_boxes_then_its_days_and_check_ups(content, treatment):
    at = choose(open_app("aftercare"), treatment)
    en = content.in_language("en")
    care = aftercare_for(content, treatment)
    text = shown_text(at)
    for item in care.call_now:
        assert f"☐ {md(en, item.text)}" in text
    for _, items in care.normal:
        assert all(md(en, a.text) in text and f"☐ {md(en, a.text)}" not in text for a in items)
    assert all(md(en, a.text) in text for a in care.checkups)
    others = [a for a in content.aftercare if treatment not in a.treatments and a.kind == "warning"]
    assert not any(f"☐ {md(en, a.text)}" in text for a in others), "only this treatment's signs"
    headings = [s.value for s in at.subheader]
    assert headings[0] == en.ui("warning_heading"), "the call-now list comes right under the choice"
    assert headings.index(en.ui("normal_heading")) < headings.index(en.ui("checkups_heading"))
    labels = {f"**{en.ui(f'phase_{phase}')}**": phase for phase in AFTERCARE_PHASES}
    shown_phases = [labels[m.value] for m in at.main.markdown if m.value in labels]
    assert shown_phases == [phase for phase, _ in care.normal], "each phase once, in time order"
    boxes = dict(keyed_blocks(at))
    assert boxes["aftercare_call_now"].proto.flex_container.border, "the signs are in a box"
    assert all(f"☐ {md(en, a.text)}" in said_in(boxes["aftercare_call_now"]) for a in care.call_now)
    named = en.ui("after_treatment", treatment=en.treatment_name(treatment, in_sentence=True))
    assert f"**{named}**" in said_in(boxes["aftercare_call_now"]), "the box names its treatment, on paper too"


def test_a_link_with_show_opens_on_that_treatment_and_a_wrong_one_is_ignored(content):
    at = open_app("aftercare", show="tace")
    assert at.button_group(key=state.per_language(state.AFTERCARE_TREATMENT, "en")).value == "tace"
    assert "show" not in at.query_params, "the address drops it, so a rerun keeps the reader's own choice"
    at = open_app("aftercare", show="nonsense")
    assert at.button_group(key=state.per_language(state.AFTERCARE_TREATMENT, "en")).value is None and not at.exception


def test_the_choice_and_the_day_survive_a_language_switch(content):
    at = choose(open_app("aftercare"), "tace")
    at.date_input(key=state.per_language(state.AFTERCARE_DAY, "en")).set_value(date.today()).run()
    at.query_params["lang"] = "zh"
    at.session_state[state.LANG] = "zh"
    at.run()
    assert at.button_group(key=state.per_language(state.AFTERCARE_TREATMENT, "zh")).value == "tace"
    assert at.date_input(key=state.per_language(state.AFTERCARE_DAY, "zh")).value == date.today()


def test_the_calendar_download_needs_the_day_and_the_day_stays_in_the_session_only(content):
    at = choose(open_app("aftercare"), "tace")
    en = content.in_language("en")
    assert en.ui("calendar_no_date") in shown_text(at)
    assert not [b for b in at.get("download_button")], "no file without a day"
    day = date.today() - timedelta(days=2)
    at.date_input(key=state.per_language(state.AFTERCARE_DAY, "en")).set_value(day).run()
    assert at.session_state[state.AFTERCARE_DAY] == day
    (download,) = at.get("download_button")
    assert download.proto.label == en.ui("calendar_download")
    assert f"{day:%Y-%m-%d}" not in str(at.query_params), "the day never goes into the address"


def test_new_patient_clears_the_treatment_and_the_day(content):
    at = choose(open_app("aftercare", consult="1"), "tace")
    at.date_input(key=state.per_language(state.AFTERCARE_DAY, "en")).set_value(date.today()).run()
    at.button(key="new_patient").click().run()
    at.button(key="new_patient_yes").click().run()
    assert not {str(k) for k in at.session_state if str(k).startswith(("aftercare_"))}
    go(at, "aftercare")
    assert at.button_group(key=state.per_language(state.AFTERCARE_TREATMENT, "en")).value is None
    assert "☐" not in shown_text(at)


def test_the_print_instruction_and_the_calendar_are_for_the_screen_only(content):
    at = choose(open_app("aftercare"), "tace")
    instruction = content.sections["aftercare_print"].heading["en"]
    # The print style sheet (ui/style.py) hides every container whose key starts with screen_only.
    calendar = content.in_language("en").ui("calendar_heading")
    for words in (instruction, calendar):
        holding = [key for key, block in keyed_blocks(at) if words in said_in(block)]
        assert holding and all(key.startswith("screen_only") for key in holding), words
