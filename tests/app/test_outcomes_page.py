"""AppTest: the outcomes page shows no number until the reader asks, then the charts, pictures and tables."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import open_app

NUMBER_WORDS = re.compile(r"\d+ out of 100")


@pytest.fixture
def outcomes_page() -> AppTest:
    return open_app("pages/outcomes.py")


def all_text(at: AppTest) -> str:
    cells = [str(cell) for t in at.table for cell in t.value.to_numpy().ravel()]
    return " ".join([*(m.value for m in at.markdown), *(h.value for h in at.subheader), *cells])


def test_the_gate_hides_every_number_until_the_reader_asks(outcomes_page):
    at = outcomes_page
    assert not at.get("plotly_chart") and not at.table
    assert not NUMBER_WORDS.search(all_text(at))
    assert [b.key for b in at.button] == ["outcomes_show"]


def test_after_asking_the_charts_pictures_and_tables_appear(outcomes_page):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    assert not at.exception
    assert len(at.get("plotly_chart")) == 3  # two bar charts and the 100-person picture
    assert len(at.table) == 2
    assert "more than 60 out of 100" in all_text(at)


def test_the_choice_is_kept_for_the_session_and_the_numbers_can_be_hidden_again(outcomes_page):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    at.switch_page("pages/home.py").run()
    at.switch_page("pages/outcomes.py").run()
    assert len(at.get("plotly_chart")) == 3
    at.button(key="outcomes_hide").click().run()
    assert not at.get("plotly_chart") and not at.table
    assert not NUMBER_WORDS.search(all_text(at))


def test_picking_a_group_changes_the_100_person_picture(outcomes_page):
    at = outcomes_page
    at.button(key="outcomes_show").click().run()
    picker = at.selectbox(key="outcomes_group")
    assert picker.value == "small_hcc_5y_seed"
    picker.select("tace_review_5y").run()
    assert "32 out of 100 people were alive" in all_text(at)
