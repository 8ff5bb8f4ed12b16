"""AppTest: the take-home sheet follows the answers; without them it offers the general version."""

from __future__ import annotations

from tests.app.helpers import answer, go, open_app, shown_text
from tests.journeys import ROUTE, ROUTE_RESULT


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
