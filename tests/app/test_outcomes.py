"""AppTest: the outcomes page shows no number until the reader asks, then the charts, pictures and the
numbers in words."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from liverguide.outcomes import for_endpoint, frequency, out_of_100
from tests.app.helpers import go, open_app, shown_text

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
        assert f"**{en.labelled(o.label['en'], frequency(en, o))}**" in shown_text(at)
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


def test_picking_a_group_changes_the_100_person_picture(outcomes_page, content):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    picker = at.selectbox(key="outcomes_group")
    seed = next(o for o in content.outcomes if o.in_seed)
    assert picker.value == seed.id
    other = next(o for o in for_endpoint(content, "5y_survival") if not o.in_seed and o.bound == "exact")
    picker.select(other.id).run()
    assert f"{out_of_100(other.value)} out of 100 people were alive" in shown_text(at)
