"""AppTest: the outcomes page shows no number until the reader asks, then the charts, pictures and the
numbers in words."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from harness.journeys import STAGE_JOURNEYS
from liverguide.markup import md
from liverguide.outcomes import FIRST_PICTURE, chart_whose, for_endpoint, frequency, known_for, out_of_100, the_rest
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


# M3: a reader whose cancer is of another kind is shown no number about cancer that started in the liver.
BOWEL_SPREAD = {"cancer": "metastatic", "origin": "bowel"}
BILE_DUCT = {"cancer": "primary", "kind": "bile_duct"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_reader_whose_bowel_cancer_spread_to_the_liver_sees_what_the_guide_has_for_it_and_no_other_numbers(
    content, lang
):
    w = content.in_language(lang)
    at = answer(open_app("pathway", lang=lang), lang, **BOWEL_SPREAD)
    go(at, "outcomes", lang=lang)
    kind = w.ui("kind_bowel_spread")
    assert w.ui("outcomes_not_all_fit", kind=kind) in shown_text(at), "said before any number is asked for"
    at.button(key="outcomes_show").click().run()
    text = shown_text(at)
    assert not at.get("plotly_chart") and not at.selectbox, "no chart and no picture of another disease's numbers"
    for o in content.outcomes:
        assert w(o.label) not in text and w(o.population) not in text
    assert w.ui("outcomes_we_have", kind=kind) in text
    for k in known_for(content, "bowel_spread"):
        assert md(w, k.text) in text
    if lang == "en":  # COLLISION's serious problems and Fiorentini's medians, each with its group
        assert "7 out of 100 had a serious problem after ablation" in text and "lived past 22 months" in text
    assert w.ui("outcomes_we_have_none", kind=kind) not in text


def test_a_reader_with_bile_duct_cancer_sees_only_the_us_records_which_count_it(content):
    en = content.in_language("en")
    at = answer(open_app("pathway"), **BILE_DUCT)
    go(at, "outcomes")
    at.button(key="outcomes_show").click().run()
    assert len(at.get("plotly_chart")) == 1 and not at.selectbox
    text = shown_text(at)
    assert en.ui("chart_5y_relative_survival") in text and en.ui("chart_5y_survival") not in text
    assert chart_whose(en, "5y_relative_survival", "bile_duct") in text
    assert en.ui("outcomes_we_have", kind=en.ui("kind_bile_duct")) in text


def test_a_reader_whose_kind_has_no_numbers_is_told_so_plainly(content):
    en = content.in_language("en")
    at = answer(open_app("pathway"), cancer="metastatic", origin="lung")
    go(at, "outcomes")
    at.button(key="outcomes_show").click().run()
    assert not at.get("plotly_chart")
    assert en.ui("outcomes_we_have_none", kind=en.ui("kind_spread")) in shown_text(at)


def test_before_the_chooser_knows_the_kind_every_chart_says_whose_numbers_they_are(outcomes_page, content):
    at = outcomes_page
    en = content.in_language("en")
    assert "None of them is about cancer that spread to the liver" in shown_text(at)  # in the gate, before any number
    at.button(key="outcomes_show").click().run()
    text = shown_text(at)
    assert "Your answers in the chooser say" not in text
    for endpoint in ("5y_survival", "5y_relative_survival"):
        assert chart_whose(en, endpoint) in text
    hcc = "liver cell cancer (HCC), which started in the liver"
    assert chart_whose(en, "5y_survival") == f"These numbers are about {hcc}."
