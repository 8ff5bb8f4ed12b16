"""AppTest: the take-home sheet follows the answers; without them it offers the general version."""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1.element_tree import Block

from harness.journeys import ROUTE, ROUTE_RESULT
from liverguide.aftercare import aftercare_for
from tests.app.helpers import answer, go, open_app, shown_text


def test_the_sheet_reflects_the_answers_and_without_them_offers_the_general_version(content):
    result = content.pathway_results[ROUTE_RESULT]
    empty = content.sections["handout_empty"].heading["en"]
    at = open_app("handout")
    assert empty in [s.value for s in at.subheader]
    answer(go(at, "pathway"), **ROUTE)
    go(at, "handout")
    shown = shown_text(at)
    assert result.headline["en"] in shown and result.ask[0]["en"] in shown
    assert empty not in [s.value for s in at.subheader]
    assert at.get("download_button"), "the sheet can be downloaded as one file"


def test_what_the_team_types_is_on_the_sheet():
    at = open_app("handout")
    at.text_input(key="handout_phone").input("0123 456").run()
    at.text_area(key="handout_notes").input("Come back on Monday").run()
    shown = shown_text(at)
    assert "0123 456" in shown and "Come back on Monday" in shown


def test_the_call_now_box_with_the_phone_number_comes_first_after_the_made_on_line(content):
    en = content.in_language("en")
    at = open_app("handout")
    at.text_input(key="handout_phone").input("0123 456").run()
    main = list(at.main.children.values())
    keys = [getattr(block.proto, "id", "").rsplit("-", 1)[-1] if isinstance(block, Block) else None for block in main]
    box = main[keys.index("call_now")]
    assert box.proto.flex_container.border, "a box, which print keeps on one page (ui/style.py)"
    said = [m.value for m in box.markdown]
    assert [s.value for s in box.subheader] == [en.ui("warning_heading")]
    general = [q.call_now for q in content.questions if q.call_now]  # the general sheet: the walk-through's
    assert general and all(
        any(en(a.text) in m for m in said) for t in general for a in aftercare_for(content, t).call_now
    )
    assert said[-2:] == [f"**{en.ui('handout_phone')}**", "**0123 456**"], "the number sits right under the signs"
    before = [e for e in main[: keys.index("call_now")] if getattr(e, "type", None) == "markdown"]
    assert before[-1].value.startswith(en.ui("handout_made", date=en.day(date.today()))), "right after the made-on line"
    empty = content.sections["handout_empty"].heading["en"]
    assert [s.value for s in at.subheader][:2] == [en.ui("warning_heading"), empty], "the rest comes after the box"
