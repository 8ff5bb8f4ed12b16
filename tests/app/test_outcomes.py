"""AppTest: the outcomes page shows no number until the reader asks, then the charts, pictures and the
numbers in words."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from harness.journeys import STAGE_JOURNEYS
from liverguide.outcomes import FIRST_PICTURE, for_endpoint, frequency, out_of_100, the_rest
from tests.app.helpers import answer, go, open_app, shown_text

NUMBER_WORDS = re.compile(r"\d+ out of 100")


@pytest.fixture
def outcomes_page() -> AppTest:
    return open_app("outcomes")


def test_the_gate_hides_every_number_until_the_reader_asks(outcomes_page):
    at = outcomes_page
    assert not at.get("plotly_chart") and not at.table
    assert not NUMBER_WORDS.search(shown_text(at))
    assert [b.key for b in at.button if b.key != "consult_switch"] == ["outcomes_show"]  # the frame's menu has one


def test_after_asking_the_charts_pictures_and_numbers_in_words_appear(outcomes_page, content):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    assert not at.exception
    assert len(at.get("plotly_chart")) == 3  # two bar charts and the 100-person picture
    assert not at.table, "the numbers in words are Markdown: no data table (and no Arrow code) on this page"
    en = content.in_language("en")
    for o in content.outcomes:  # every number, with its group and source, in words
        said = frequency(en, o)
        if o.endpoint == "5y_survival":
            said = en.ui("freq_alive_and_not", freq=said, rest=the_rest(en, o))
        assert f"**{en.labelled(o.label['en'], said)}**" in shown_text(at)
        assert en.labelled(en.ui("col_source"), o.source_short["en"]) in shown_text(at)


def test_the_choice_is_kept_for_the_session_and_the_numbers_can_be_hidden_again(outcomes_page):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    go(at, "home")
    go(at, "outcomes")
    assert len(at.get("plotly_chart")) == 3
    at.button(key="outcomes_hide").click().run()
    assert not at.get("plotly_chart") and not at.table
    assert not NUMBER_WORDS.search(shown_text(at))


def test_the_first_picture_is_a_sourced_row_and_picking_a_group_changes_it(outcomes_page, content):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    picker = at.selectbox(key="outcomes_group")
    first = next(o for o in content.outcomes if o.id == picker.value)
    assert not first.in_seed and first.source_id != "qa_source" and first.id == "rfa_3cm_5y"
    other = next(o for o in for_endpoint(content, "5y_survival") if not o.in_seed and o.bound == "exact" and o != first)
    picker.select(other.id).run()
    assert f"{out_of_100(other.value)} out of 100 people were alive" in shown_text(at)


def test_the_clinic_s_row_comes_with_its_caveat_and_the_note_on_it(outcomes_page, content):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    caveat = content.sections["outcomes_clinic_caveat"]
    note = content.notes["note_small_hcc_figure"]
    # Beside the clinic's bar, whatever group the picture shows.
    assert shown_text(at).count(caveat.heading["en"]) == 1
    assert "32 out of 100" in caveat.body["en"] and "Lencioni, 2016" in caveat.body["en"]
    seed = next(o for o in content.outcomes if o.in_seed)
    at.selectbox(key="outcomes_group").select(seed.id).run()
    assert shown_text(at).count(caveat.heading["en"]) == 2, "and with the clinic's picture"
    assert any(note.title["en"] in e.label for e in at.expander)


def test_the_us_registry_chart_is_named_for_cancer_that_started_in_the_liver(outcomes_page, content):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    en = content.in_language("en")
    assert "started in the liver or its bile ducts" in en.ui("chart_5y_relative_survival")
    assert en.ui("chart_5y_relative_survival") in [s.value for s in at.subheader]
    text = shown_text(at)
    assert "These numbers are not about cancer that spread to the liver from somewhere else" in text
    assert "relative_survival" in content.sections["outcomes_registry_note"].body["en"], "defined in the glossary"
    assert "US cancer records" in content.sections["outcomes_gate"].body["en"]


@pytest.mark.parametrize(
    ("answers", "opens_on"),
    [
        (STAGE_JOURNEYS[0][0], FIRST_PICTURE),  # an early stage: the ablation group
        (next(j[0] for j in STAGE_JOURNEYS if j[3] == "hcc_middle"), "tace_review_5y"),  # the middle stage: TACE
        (next(j[0] for j in STAGE_JOURNEYS if j[3] == "hcc_late"), None),  # a late stage: no group is like it
    ],
)
def test_the_picture_opens_on_the_group_nearest_the_reader_s_result_or_on_none(content, answers, opens_on):
    """Audit m17: a reader just told their cancer is at a late stage is not first shown the most hopeful group."""
    at = answer(open_app("pathway"), **answers)
    go(at, "outcomes")
    at.button(key="outcomes_show").click().run()
    assert at.selectbox(key="outcomes_group").value == opens_on
    said = content.ui["icons_none_like_yours"]["en"]
    assert (said in shown_text(at)) == (opens_on is None)
    assert len(at.get("plotly_chart")) == (3 if opens_on else 2)
